"""Phoenix reader: the text of a PETRARCH2 Phoenix dictionary -> its entries.

Input: the text of Phoenix.Countries.actors.txt, .International., .MilNonState. or
Phoenix.agents.txt. Output: `DictionaryEntry` values (a name, its `+` synonyms, its `[CODE dates]`
roles and its comment) and the agents' role words with their codes. Pure; used by rebuild.py
only, never at run time.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

_ROLE = re.compile(r"\[([~A-Z]*)\s*([<>]?)\s*([0-9]*)(?:-([0-9]*))?\s*\]")


@dataclass(frozen=True, slots=True)
class RawRole:
    """A `[CODE dates]` of Phoenix: the code and the first and last day, when given."""

    code: str
    start: dt.date | None
    end: dt.date | None
    valid: bool  # False when a date could not be read ("9008223")


@dataclass(frozen=True, slots=True)
class DictionaryEntry:
    """One Phoenix entry: a name line, its `+` synonyms, its roles and its comment."""

    name: str
    synonyms: tuple[str, ...]
    roles: tuple[RawRole, ...]
    comment: str
    line: int


def parse_date(text: str) -> dt.date | None:
    """Read YYYYMMDD or YYMMDD (years 00-29 are 20xx); raise ValueError if it is neither."""
    if len(text) == 8:
        return dt.date(int(text[:4]), int(text[4:6]), int(text[6:]))
    if len(text) == 6:
        yy = int(text[:2])
        return dt.date((2000 if yy < 30 else 1900) + yy, int(text[2:4]), int(text[4:]))
    raise ValueError(text)


def parse_role(code: str, sign: str, first: str, second: str | None) -> RawRole:
    """Turn the parts of one `[CODE ...]` into a RawRole (`>A` from A on, `<B` until B)."""
    try:
        if not first:
            return RawRole(code, None, None, True)
        if sign == ">":
            return RawRole(code, parse_date(first), None, True)
        if sign == "<":
            return RawRole(code, None, parse_date(first), True)
        if second:
            return RawRole(code, parse_date(first), parse_date(second), True)
        day = parse_date(first)
        return RawRole(code, day, day, True)
    except ValueError:
        return RawRole(code, None, None, False)


def _split(line: str) -> tuple[str, tuple[RawRole, ...], str]:
    text, _, comment = line.partition("#")
    roles = tuple(parse_role(*m.groups()) for m in _ROLE.finditer(text))
    name = _ROLE.sub(" ", text).strip()
    return name, roles, comment.strip()


def entries(text: str) -> Iterator[DictionaryEntry]:
    """Yield the entries of an actors dictionary, in file order."""
    name: str | None = None
    synonyms: list[str] = []
    roles: list[RawRole] = []
    comment = ""
    start = 0
    blank = False
    for number, raw in enumerate(text.splitlines(), 1):
        if not raw.strip():
            blank = True
            continue
        if raw.lstrip().startswith("#"):
            continue
        body, found, note = _split(raw)
        if raw[0] in " \t" and not body:
            roles.extend(found)
            continue
        blank = False if raw.startswith("+") else blank
        if raw.startswith("+"):
            if name is not None:
                synonyms.append(body[1:].strip())
                roles.extend(found)
            continue
        if name is not None and not roles and not blank:
            # a name line with no roles shares the roles of the lines after it (Gorbachev's)
            synonyms.append(body)
            roles.extend(found)
            continue
        if name is not None:
            yield DictionaryEntry(name, tuple(synonyms), tuple(roles), comment, start)
        name, synonyms, roles, comment, start = body, [], list(found), note, number
        blank = False
    if name is not None:
        yield DictionaryEntry(name, tuple(synonyms), tuple(roles), comment, start)


def agents(text: str) -> Iterator[tuple[str, str]]:
    """Yield (role words, lowercase with spaces; agent code) from Phoenix.agents.txt.

    `!PERSON!` stands for -man/-woman/-person; other `!...!` patterns are skipped.
    """
    for raw in text.splitlines():
        body, _, _ = raw.partition("#")
        m = re.match(r"\s*([^\[]+?)\s*\[~?([A-Z]*)\]", body)
        if not m or not m.group(2):
            continue
        words, code = m.group(1).strip(), m.group(2)
        forms = [words]
        if "!PERSON!" in words:
            forms = [words.replace("!PERSON!", s) for s in ("MAN", "WOMAN", "PERSON", "MEN")]
        for form in forms:
            if "!" in form:
                continue
            yield form.strip("_ ").replace("_", " ").lower(), code
