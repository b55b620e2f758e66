"""Reference: the shipped data files -> one frozen `Reference`, and its look-ups.

Input: data/reference.json and data/people.tsv (made by rebuild.py). Output: `load()`, a
cached `Reference` whose methods answer: which state or body a phrase stands for on a date
(`state_of`, `body_of`, `lookup`), which person a name means on a date (`person`), and the
voice of role words (`voice_words`). Reading the files is the only I/O; it happens once, on
the first call of `load()`, never on import.
"""

from __future__ import annotations

import datetime as dt
import gc
import itertools
import json
import re
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

from briefing.knowledge.model import Person, Resolution, Role, StateRef
from briefing.knowledge.names import (
    fold,
    given_forms,
    name_tokens,
    names_text,
    surname,
    surname_of,
)
from briefing.knowledge.people import (
    Term,
    choose,
    fits,
    given_match,
    line_names,
    line_terms,
    parse_person,
    resolve,
)

DATA = Path(__file__).parent / "data"
RESOLVED = 16384  # answers each memo of a Reference keeps (see `Reference.resolved`)
K = TypeVar("K")
V = TypeVar("V")
STATE_KINDS = frozenset({"state", "historical", "territory"})
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
POSSESSIVE_ENDS = ("s", "'", "’")
_UNSET: Any = object()  # a memo holds no answer for the key
NOBODY: tuple[Person | None, Role | None] = (None, None)  # `Reference.choice`: no one chosen
# A word of a speaker phrase as affiliation.py splits it ("U.S.", "Taiwan's", "al-Assad").
TOKEN = re.compile(r"[^\W_]+(?:[.'’&-][^\W_]+)*\.?")
# Characters besides ASCII that fold() leaves as they are: in a phrase of only these, a word's
# folded form is the folded word (see `Reference.heads`).
_PLAIN = str.maketrans("", "", "‘’“”–—")


# The ways a state's institution or a body is named whose short names `tails` gives.
TAILED_VIA = frozenset({"central_bank", "seat", "state_media", "broadcaster", "institution",
                        "body"})


# Words before a name in some of the reference's names that are no one's given name ("Acting
# Minister Abdul Rahim"): "Acting Turkish Prime Minister" keeps its state.
NOT_GIVEN = frozenset({"acting", "interim", "former"})


def clean(phrase: str) -> str:
    """Strip spaces, a leading 'the' and a trailing possessive ("the Kremlin's" -> "Kremlin")."""
    text = " ".join(phrase.split())
    if text[:4].lower() == "the ":
        text = text[4:]
    # (only a text ending in s or an apostrophe can end in a possessive)
    return _POSSESSIVE.sub("", text) if text[-1:] in POSSESSIVE_ENDS else text


@dataclass(frozen=True, slots=True)
class Reference:
    """The worldwide reference: states, bodies, their phrases, role words and people."""

    states: dict[str, list[Any]]  # code -> [name, kind, capital, from, until, successors]
    bodies: dict[str, list[Any]]  # code -> [name, parent, from, until]
    exact: dict[str, list[list[Any]]]  # phrase as written -> [[code, from, until, via, voice]]
    folded: dict[str, list[list[Any]]]  # casefolded phrase -> rows (text in capitals, Phoenix)
    voices: dict[str, list[str]]  # role words -> [voice beside a state, voice alone, strength]
    people_lines: tuple[str, ...]
    people_index: dict[str, tuple[int, ...]]
    # Every phrase above as its words (`words_key`), and every run of its first words: a window
    # of a speaker phrase whose words are not a key matches nothing, and one whose words are
    # no prefix cannot grow into a match, so affiliation.py need not look either up.
    # None: no index, look every window up.
    index: tuple[frozenset[str], frozenset[str]] | None = None
    parsed: dict[int, Person] = field(default_factory=dict)  # people_lines read so far
    # (name, day) -> its Resolution, once worked out: the same names come back article
    # after article ("Hillary Clinton", "Obama"); emptied when it holds RESOLVED names.
    resolved: dict[tuple[str, dt.date | None], Resolution] = field(default_factory=dict)
    filed: dict[str, bool] = field(default_factory=dict)  # name -> `files(name)`, the same way
    looked: dict[tuple[str, dt.date | None], StateRef | None] = field(default_factory=dict)
    # phrase -> (its clean() text, the rows it names or None), whatever the day: a phrase comes
    # back on other days, article after article; only the row in force differs (`_on`).
    rows: dict[str, tuple[str, list[list[Any]] | None]] = field(default_factory=dict)
    given: list[frozenset[str]] = field(default_factory=list)  # `given_names()`, once read
    # A name's tokens -> `given_match` of it with each person filed under its surname: whether
    # its given names fit is the same on every day (only the roles are the day's); the same
    # names come back on other days, article after article. Emptied like `resolved`.
    misfits: dict[tuple[str, ...], tuple[str | None, ...]] = field(default_factory=dict)
    # line i of people_lines -> `person_names` of its person, made on first use (as `parsed`)
    names: dict[int, tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]] = \
        field(default_factory=dict)
    # (name, day) -> `choice(name, day)`, once worked out; a name's tokens -> the lines of
    # its surname's people whose given names fit (`fits`); line i -> its roles as `Term`s.
    # The first two are emptied like `resolved`.
    chosen: dict[tuple[str, dt.date | None], tuple[Person | None, Role | None]] = \
        field(default_factory=dict)
    fitting: dict[tuple[str, ...], tuple[int, ...]] = field(default_factory=dict)
    terms: dict[int, tuple[Term, ...]] = field(default_factory=dict)
    # line i -> `names_text` of its names (the line up to its roles), made on first use
    texts: dict[int, str] = field(default_factory=dict)
    tailed: list[frozenset[str]] = field(default_factory=list)  # `tails()`, once made

    def lookup(self, phrase: str, day: dt.date | None = None) -> StateRef | None:
        """Return what a phrase stands for on `day`: a state, body, medium or armed group.

        Capitals count as written: "Turkey" is the state, "turkey" is not; text in capitals
        ("SRI LANKA") and Phoenix's many spellings are matched whatever their capitals.
        """
        # the same words come back article after article
        key = (phrase, day)
        found = self.looked.get(key, _UNSET)
        return found if found is not _UNSET else _keep(self.looked, key,
                                                      self._lookup(phrase, day))

    def _lookup(self, phrase: str, day: dt.date | None) -> StateRef | None:
        found = self.rows.get(phrase)
        text, rows = found if found is not None else _keep(self.rows, phrase,
                                                           self._rows(phrase))
        if not rows:
            return None
        code, _, _, via, voice = _on(rows, day)
        return StateRef(code, self.name_of(code), self.kind_of(code, via), text, via, voice)

    def _rows(self, phrase: str) -> tuple[str, list[list[Any]] | None]:
        """A phrase's clean() text and the rows of what it may stand for (None: nothing)."""
        text = clean(phrase)
        if not text:
            return text, None
        rows = self.exact.get(text)
        if rows is None and text[0].isupper() and not (text.isupper() and len(text) <= 3):
            rows = self.folded.get(fold(text))
        if rows is None and text.istitle() and text.isalpha():  # wire style: "Opec", "Asean"
            rows = [r for r in self.exact.get(text.upper(), ()) if r[3] == "body"] or None
        return text, rows

    def tails(self) -> frozenset[str]:
        """The last two words or more of the longer names of institutions and bodies ("National
        Bank" of "Swiss National Bank", "Seaway Authority"): the short names a story may use
        after the full one."""
        if not self.tailed:
            tails: set[str] = set()
            for phrase, rows in self.exact.items():
                words = phrase.removeprefix("the ").split()
                if len(words) > 2 and any(row[3] in TAILED_VIA for row in rows):
                    tails.update(" ".join(words[i:]) for i in range(1, len(words) - 1))
            self.tailed.append(frozenset(tails))
        return self.tailed[0]

    def state_of(self, phrase: str, day: dt.date | None = None) -> StateRef | None:
        """Return the state a phrase stands for on `day` (names, adjectives, capitals, seats,
        central banks, state media), or None."""
        ref = self.lookup(phrase, day)
        return ref if ref is not None and ref.kind in STATE_KINDS else None

    def body_of(self, phrase: str, day: dt.date | None = None) -> StateRef | None:
        """Return the intergovernmental body a phrase stands for on `day`, or None."""
        ref = self.lookup(phrase, day)
        return ref if ref is not None and ref.kind == "body" else None

    def name_of(self, code: str) -> str:
        """Return the common name of a state or body code ("" if unknown)."""
        row = self.states.get(code) or self.bodies.get(code)
        return row[0] if row else ""

    def kind_of(self, code: str, via: str = "") -> str:
        """Return state | historical | territory | body | media | armed_group."""
        if via in ("media", "armed_group"):
            return via
        if code in self.states:
            return str(self.states[code][1])
        return "body" if code in self.bodies else "unknown"

    def person(self, name: str, day: dt.date | None = None) -> Resolution:
        """Return how `name` resolves on `day`: the candidates, the choice and the rule."""
        key = (name, day)
        found = self.resolved.get(key)
        return found if found is not None else _keep(self.resolved, key,
                                                     self._resolve(name, day))

    def choice(self, name: str, day: dt.date | None = None) -> tuple[Person | None, Role | None]:
        """`person(name, day)`'s chosen person and role alone (None, None: no one), worked out
        without making the people it does not choose: most names of a speaker phrase are
        new, and the people of their surname are read for the first time."""
        key = (name, day)
        found = self.chosen.get(key)
        return found if found is not None else _keep(self.chosen, key, self._choose(name, day))

    def _choose(self, name: str, day: dt.date | None) -> tuple[Person | None, Role | None]:
        query = name_tokens(name)
        if not query:
            return NOBODY
        lines = self.people_index.get(surname(query), ())
        full = len(query) > 1
        if full:  # (a surname alone fits everyone filed under it)
            fit = self.fitting.get(query)
            if fit is None:
                # A given name (not an initial) of the query fits a person's only through one
                # of theirs that is it or pairs with it (`given_forms`), which is then a
                # substring of their names' text: a person whose text holds none of them does
                # not fit, and their names need not be read (most people of a surname).
                need = [given_forms(w) for w in query[:-1] if len(w) > 1]
                fit = _keep(self.fitting, query, tuple(
                    i for i in lines if (not need or self._may_fit(i, need)) and
                    fits(query, self._names_at(i))))
        else:
            fit = lines
        terms = self.terms
        k = choose(day, full, [terms.get(i) or self._terms_at(i) for i in fit])
        if k is None:
            return NOBODY
        person = self._person_at(fit[k])
        role = person.roles_on(day)[0]
        if day is not None:
            code = self.code_on(role.code, day)
            if code != role.code:  # as `_resolve`
                role = replace(role, code=code)
        return person, role

    def _may_fit(self, i: int, need: list[frozenset[str]]) -> bool:
        """Whether the names of line i hold, for each set of `need`, one of its names."""
        text = self.texts.get(i)
        if text is None:
            line = self.people_lines[i]
            text = self.texts[i] = names_text(line[:line.rindex("\t")])
        return all(any(form in text for form in forms) for forms in need)

    def _terms_at(self, i: int) -> tuple[Term, ...]:
        """`line_terms` of line i of people_lines, read on first use."""
        terms = self.terms[i] = line_terms(self.people_lines[i])
        return terms

    def files(self, name: str) -> bool:
        """Whether anyone is filed under the surname of `name` (most names are not)."""
        found = self.filed.get(name)
        return found if found is not None else _keep(
            self.filed, name, surname_of(name) in self.people_index)

    def given_names(self) -> frozenset[str]:
        """The given names (casefolded, two letters or more) of every person, read once."""
        if not self.given:
            self.given.append(frozenset(
                t for line in self.people_lines
                for t in line.split("\t", 2)[1].casefold().split()[:-1]
                if len(t) > 1 and t not in NOT_GIVEN))
        return self.given[0]

    def _resolve(self, name: str, day: dt.date | None) -> Resolution:
        query = name_tokens(name)
        lines = self.people_index.get(surname(query), ())
        people = [self._person_at(i) for i in lines]
        misfits = self.misfits.get(query)
        if misfits is None:  # (a surname alone has no given names to fit: none is a misfit)
            misfits = _keep(self.misfits, query, tuple(
                given_match(query, person, self._names_at(i))
                for i, person in zip(lines, people, strict=True)) if len(query) > 1
                else (None,) * len(people))
        res = resolve(name, day, people, query, misfits)
        if res.role is not None and day is not None:
            code = self.code_on(res.role.code, day)
            if code != res.role.code:  # Phoenix files Gorbachev's 1985-91 roles under RUS
                res = replace(res, role=replace(res.role, code=code))
        return res

    def _person_at(self, i: int) -> Person:
        """The person of line i of people_lines, read on first use (a line is read once)."""
        person = self.parsed.get(i)
        if person is None:
            person = self.parsed[i] = parse_person(self.people_lines[i])
        return person

    def _names_at(self, i: int) -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
        """`person_names` of the person of line i, worked out on first use."""
        names = self.names.get(i)
        if names is None:
            names = self.names[i] = line_names(self.people_lines[i])
        return names

    def code_on(self, code: str, day: dt.date) -> str:
        """Return the code a state's names stood for on `day` ("RUS" in 1987 -> "SUN")."""
        row = self.states.get(code)
        ref = self.lookup(row[0], day) if row else None
        return ref.code if ref is not None and ref.via == "name" else code

    def voice_words(self, words: str) -> list[str] | None:
        """Return [voice beside a state, voice alone, strength] of role words, or None."""
        return self.voices.get(" ".join(words.lower().split()))


def _keep(memo: dict[K, V], key: K, found: V) -> V:
    """Keep a memo's answer for `key`, worked out on its first use, and return it; a full
    memo (RESOLVED answers) is emptied first, so that a long run's memory stays bounded.
    (The look-ups try the memo inline: a call and a closure per hit cost more than the
    dictionary.)"""
    if len(memo) >= RESOLVED:
        memo.clear()
    memo[key] = found
    return found


def bare(word: str) -> str:
    """A folded word without a final full stop or possessive ("taiwan's" -> "taiwan",
    "gen." -> "gen"): the form in which `Reference.index` compares words."""
    word = word.rstrip(".")
    return _POSSESSIVE.sub("", word) if word[-1:] in "s'’" else word


def plain(phrase: str) -> bool:
    """Whether fold() changes no character of `phrase` but its case (ASCII, curly quotes and
    dashes): then phrase.casefold() is its folded form, character for character."""
    return phrase.isascii() or phrase.translate(_PLAIN).isascii()


def words_key(words: Any) -> str:
    """The key of a run of folded words in `Reference.index`."""
    return " ".join(bare(w) for w in words)


def phrase_index(phrases: Any) -> tuple[frozenset[str], frozenset[str]]:
    """Index phrases by their words: the set of whole phrases and the set of their prefixes."""
    whole: set[str] = set()
    prefixes: set[str] = set()
    for phrase in phrases:
        words = [bare(w) for w in TOKEN.findall(fold(phrase))]
        for k in range(1, len(words)):
            prefixes.add(" ".join(words[:k]))
        whole.add(" ".join(words))
    return frozenset(whole), frozenset(prefixes | whole)


def _on(rows: list[list[Any]], day: dt.date | None) -> list[Any]:
    """Pick the row in force on `day`; without a day, or if none is, the latest one."""
    if day is not None:
        iso = day.isoformat()
        for row in rows:
            if (row[1] is None or row[1] <= iso) and (row[2] is None or iso <= row[2]):
                return row
    return max(rows, key=lambda r: (r[2] is None, r[2] or "", r[1] or ""))


def from_files(folder: Path = DATA) -> Reference:
    """Read the data files of `folder` into a Reference."""
    data = json.loads((folder / "reference.json").read_text(encoding="utf-8"))
    lines = tuple(line for line in (folder / "people.tsv").read_text(encoding="utf-8")
                  .splitlines() if line and line[0] != "#")
    people: dict[str, list[int]] = {}
    for i, line in enumerate(lines):
        for key in line[: line.index("\t")].split(" "):
            people.setdefault(key, []).append(i)
    index = phrase_index(itertools.chain(data["exact"], data["folded"], data["voices"]))
    return Reference(data["states"], data["bodies"], data["exact"], data["folded"],
                     data["voices"], lines, {k: tuple(v) for k, v in people.items()}, index)


@cache
def load() -> Reference:
    """Return the shipped Reference, read once and cached.

    The reference lives as long as the process, and its tables are some 37,000 small lists
    and dicts that the cycle collector tracks. Once loaded, they and everything made before
    them (the configuration) are moved out of its view (`gc.freeze`), so that its full
    collections, about two in a thousand articles, do not walk them again each time
    (benchmarks/PROFILE.md, stop 15). Dropped objects are still freed by their reference
    counts.
    """
    reference = from_files(DATA)
    gc.freeze()
    return reference
