"""People: a name and a date -> the person of the reference it means, with the reasons.

Input: a name as written ("Stoltenberg", "Gerhard Stoltenberg"), the article's date, and the
people of the reference filed under that name's surname. Output: a `Resolution` listing every
candidate, the verdict on each, the person chosen (or None) and the rule that chose.
The rules: a given name in the text must be one of the person's given names, or its familiar
form ("Joe" for "Joseph"; a surname never matches across a different first name); a role must
hold on the date; a surname alone needs exactly one person holding an office (not merely
'elite') on that date. Unknown stays unknown.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from briefing.knowledge.model import Candidate, Person, Resolution, Role
from briefing.knowledge.names import given_fit, given_names, name_tokens

# Titles that only a head of state or government, or a state's or body's leader, bears
# before a surname ("President Obama", "Chancellor Kohl", "Secretary-General Perez de Cuellar").
LEADER_TITLES = ("president ", "prime minister ", "premier ", "chancellor ", "king ",
                 "queen ", "emir ", "sultan ", "shah ", "ayatollah ", "supreme leader ",
                 "general secretary ", "secretary-general ", "secretary general ",
                 "chairman ")


def parse_person(line: str) -> Person:
    """Read one people.tsv line into a Person."""
    _, name, aliases, roles = line.split("\t")
    return Person(name, tuple(a for a in aliases.split("|") if a),
                  tuple(_role(r) for r in roles.split(";") if r))


def _role(text: str) -> Role:
    cameo, code, voice, start, end = text.split(":")
    day = lambda s: dt.date(int(s[:4]), int(s[4:6]), int(s[6:])) if s else None  # noqa: E731
    return Role(code, voice or None, day(start), day(end), cameo)


def known_by_surname(person: Person) -> bool:
    """Whether the reference knows a person as a leader, whom news may call by surname alone
    before naming their state: one of their names is the bare surname ("Obama",
    "Gorbachev") or a leader's title before it ("President Reagan", "Chancellor Kohl")."""
    surname = name_tokens(person.name)[-1:]
    for alias in person.aliases:
        low = alias.casefold()
        if name_tokens(alias) == surname or low.startswith(LEADER_TITLES):
            return True
    return False


def person_names(person: Person) -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """Each of a person's names (the name, then its aliases) as its surname token (a tuple of
    one, or none) and its given names: what `given_match` compares a mention with."""
    return _names((person.name, *person.aliases))


def line_names(line: str) -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """`person_names` of the person of a people.tsv line, read without making its roles."""
    _, name, aliases, _ = line.split("\t")
    return _names((name, *(a for a in aliases.split("|") if a)))


def _names(names: tuple[str, ...]) -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    out = []
    for full in names:
        tokens = name_tokens(full)
        out.append((tokens[-1:], given_names(tokens)))
    return tuple(out)


# A role of a people.tsv line as `choose` reads it: whether it is an office (`Role.office`),
# whether it is dated (`Role.dated`), and its dates as written ("YYYYMMDD", "" for none).
Term = tuple[bool, bool, str, str]


def line_terms(line: str) -> tuple[Term, ...]:
    """The roles of a people.tsv line as `Term`s, without making a `Role` or a date. Its dates
    are eight digits (compile.person_role writes "%Y%m%d"; tests/test_store_speed.py checks
    the shipped file): as strings they compare as the days they name."""
    out = []
    for text in line[line.rindex("\t") + 1:].split(";"):
        if text:
            _, _, voice, start, end = text.split(":")
            out.append((voice != "", start != "" or end != "", start, end))
    return tuple(out)


def fits(query: tuple[str, ...],
         names: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]) -> bool:
    """Whether the query's given names fit one of a person's names (`names`: `person_names`),
    as `given_match` finds them (it is None exactly then)."""
    wanted = given_names(query)
    if not wanted:
        return True
    last = query[-1:]
    for tail, theirs in names:
        if tail == last and given_fit(wanted, theirs):
            return True
    return False


def choose(day: dt.date | None, full: bool, people: Sequence[tuple[Term, ...]]) -> int | None:
    """Which of `people` (their roles as `Term`s) `resolve` chooses on `day`, or None, when
    they are the people of a surname whose given names fit the query (a person whose do not
    is never chosen); `full`: the query has given names. The rules of `resolve`, read off
    the terms: a role held on the day; a surname alone needs a dated office held; of several,
    the one holding an office, if only one does."""
    iso = day.isoformat().replace("-", "") if day is not None else None
    accepted: list[int] = []
    office: list[int] = []
    for k, terms in enumerate(people):
        held = terms if iso is None else [
            t for t in terms if (not t[2] or t[2] <= iso) and (not t[3] or iso <= t[3])]
        if not held or not full and not any(t[0] and t[1] for t in held):
            continue
        accepted.append(k)
        if any(t[0] for t in held):
            office.append(k)
    if len(accepted) > 1 and len(office) == 1:
        return office[0]
    return accepted[0] if len(accepted) == 1 else None


def given_match(query: tuple[str, ...], person: Person,
                names: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] | None = None,
                ) -> str | None:
    """Return None if the query's given names fit one of the person's names, else why not.
    `names`: `person_names(person)`, if made already. (A function of the query and the
    person alone, whatever the day.)"""
    wanted = given_names(query)
    if not wanted:
        return None
    if names is None:
        names = person_names(person)
    last = query[-1:]
    for tail, theirs in names:
        if tail == last and given_fit(wanted, theirs):
            return None
    first = next((w for w in wanted if len(w) > 1), wanted[0])
    theirs = names[0][1]  # the given names of the person's name
    return f"given name {first.title()!r} is not theirs ({' '.join(theirs).title() or '-'})"


def resolve(name: str, day: dt.date | None, people: Sequence[Person],
            query: tuple[str, ...] | None = None,
            misfits: Sequence[str | None] | None = None) -> Resolution:
    """Apply the rules to the people filed under `name`'s surname; see the module docstring.
    `query`: `name_tokens(name)`, if made already; `misfits`: `given_match(query, person)`
    of each of `people`, if worked out already."""
    if query is None:
        query = name_tokens(name)
    if not query:
        return Resolution(name, day, (), None, None, "no name")
    full = len(query) > 1
    candidates = []
    for k, person in enumerate(people):
        why_not = given_match(query, person) if misfits is None else misfits[k]
        if why_not:
            candidates.append(Candidate(person, False, why_not))
            continue
        held = person.roles_on(day)
        offices = [r for r in held if r.office and r.dated]
        when = day.isoformat() if day else "any date"
        if not held:
            candidates.append(Candidate(person, False, f"no role on {when}"))
        elif not full and not offices:
            candidates.append(Candidate(person, False,
                                        f"surname alone, and no dated office on {when}"))
        else:
            best = held[0]
            candidates.append(Candidate(person, True, f"{best.cameo} on {when}"))
    accepted = [c for c in candidates if c.accepted]
    if len(accepted) > 1:  # prefer the one holding an office that day
        office = [c for c in accepted if c.person.roles_on(day)[0].office]
        if len(office) == 1:
            accepted = office
    ordered = tuple(sorted(candidates, key=lambda c: (not c.accepted, c.person.name)))
    if len(accepted) == 1:
        chosen = accepted[0].person
        rule = ("full name, role on the date" if full
                else "surname, the one office-holder on the date")
        return Resolution(name, day, ordered, chosen, chosen.roles_on(day)[0], rule)
    if accepted:
        rule = f"ambiguous: {len(accepted)} people fit"
    elif candidates:
        rule = "no candidate fits"
    else:
        rule = "no one of that surname in the reference"
    return Resolution(name, day, ordered, None, None, rule)
