"""Resolving a name for a speaker phrase's affiliation (issue 14, stop 16) gives the choice
of `Reference.person`: `Reference.choice` reads the roles of a surname's people as strings
(`line_terms`) and makes only the person it chooses."""

from __future__ import annotations

import datetime as dt
import random
import re
from dataclasses import replace

import pytest

from briefing.knowledge import Reference, load
from briefing.knowledge.model import Person, Role
from briefing.knowledge.names import given_forms, name_tokens, same_given, surname, surname_of
from briefing.knowledge.people import (
    choose,
    fits,
    given_match,
    line_names,
    line_terms,
    parse_person,
    person_names,
    resolve,
)

DAYS = [None, dt.date(1987, 3, 15), dt.date(2016, 5, 1), dt.date(2005, 1, 1),
        dt.date(1999, 12, 31), dt.date(2009, 1, 20), dt.date(1960, 1, 1)]


@pytest.fixture(scope="module")
def ref() -> Reference:
    return load()


def test_the_shipped_roles_dates_are_eight_digits(ref: Reference) -> None:
    for line in ref.people_lines:
        for text in line.split("\t")[3].split(";"):
            if text:
                for day in text.split(":")[3:]:
                    assert day == "" or re.fullmatch(r"[0-9]{8}", day), line


def test_a_lines_names_and_terms_are_its_persons(ref: Reference) -> None:
    for line in ref.people_lines[::7]:
        person = parse_person(line)
        assert line_names(line) == person_names(person)
        assert line_terms(line) == tuple(
            (r.office, r.dated, r.start.strftime("%Y%m%d") if r.start else "",
             r.end.strftime("%Y%m%d") if r.end else "") for r in person.roles)


NAMES = ["Hillary Clinton", "Bill Clinton", "William J. Clinton", "Clinton", "Mr. Clinton",
         "Chelsea Clinton", "George Bush", "George W. Bush", "George H.W. Bush", "Bush",
         "Jeb Bush", "Mikhail Gorbachev", "Gorbachev", "Gerhard Stoltenberg", "Stoltenberg",
         "Joe Biden", "Joseph R. Biden Jr.", "J. Biden", "Ronald Reagan", "Reagan", "Kohl",
         "Donald Trump", "Helmut Kohl", "Margaret Thatcher", "Smith", "John Smith", "Ali",
         "Mohammed Ali", "Khan", "Ahmed Khan", "Nobody Atall", "Ronnie De Mel", "", "Mr.",
         "Javier Perez de Cuellar", "Perez de Cuellar", "Obama", "Barack Obama", "Putin"]


def _names(ref: Reference) -> list[str]:
    """NAMES, and names of people of the reference: whole, by surname, with a given name."""
    rng = random.Random(16)
    out = list(NAMES)
    for line in rng.sample(ref.people_lines, 400):
        keys, name = line.split("\t")[:2]
        out += [name, keys.split()[0].title(), f"Mr. {name.split()[0]} {keys.split()[-1]}"]
    return out


def test_a_choice_is_the_resolutions(ref: Reference) -> None:
    fresh = replace(ref, resolved={}, misfits={}, names={}, parsed={}, chosen={}, fitting={},
                    terms={}, texts={})
    names = _names(ref)
    for _ in range(2):  # once worked out, once remembered
        for name in names:
            for day in DAYS:
                res = ref.person(name, day)
                want = (res.chosen, res.role) if res.chosen is not None else (None, None)
                assert fresh.choice(name, day) == want, (name, day)


def test_fits_is_a_given_match_of_none(ref: Reference) -> None:
    names = _names(ref)
    for name in names[::3]:
        query = name_tokens(name)
        for i in ref.people_index.get(query[-1] if query else "", ())[:40]:
            person = ref._person_at(i)
            assert fits(query, person_names(person)) == (given_match(query, person) is None)


def _made_up(rng: random.Random, k: int) -> Person:
    roles = []
    for _ in range(rng.randrange(0, 4)):
        start = end = None
        if rng.random() < 0.7:
            start = dt.date(rng.choice([1985, 1987, 2005, 2016]), rng.randrange(1, 13), 1)
        if rng.random() < 0.5:
            end = (start or dt.date(1990, 1, 1)) + dt.timedelta(days=rng.choice([0, 40, 4000]))
        roles.append(Role(rng.choice(["USA", "DEU", "NATO"]), rng.choice([None, "gov", "igo"]),
                          start, end, rng.choice(["USAGOV", "USAELI", "DEUGOV", "IGOWSTNAT"])))
    return Person(f"Someone {k} Made", (), tuple(roles))


def test_choose_follows_resolve_on_made_up_people() -> None:
    rng = random.Random(1616)
    days = [None, *(dt.date(y, m, 1) for y in (1985, 1987, 2005, 2016, 2027) for m in (1, 3, 12))]
    for _ in range(4000):
        people = [_made_up(rng, k) for k in range(rng.randrange(0, 5))]
        terms = [tuple((r.office, r.dated, r.start.strftime("%Y%m%d") if r.start else "",
                        r.end.strftime("%Y%m%d") if r.end else "") for r in p.roles)
                 for p in people]
        for day in (rng.choice(days), *(r.start for p in people for r in p.roles if r.start),
                    *(r.end for p in people for r in p.roles if r.end)):
            for query in (("made",), ("someone", "made")):
                res = resolve(" ".join(query), day, people, query)
                k = choose(day, len(query) > 1, terms)
                assert (people[k] if k is not None else None) == res.chosen


def _made_up_names() -> list[str]:
    rng = random.Random(1617)
    ascii_chars = "".join(chr(i) for i in range(128))
    pieces = ["Mr.", "Dr", "Sen", "Jr.", "Jr", "III", "iii", "O'Brien", "al-Assad", "Jean_Pierre",
              "(R)", "`x`", '"Bo"', "J.", "H.W.", "Clinton", "Bush", "Ali", "é", "Schröder", "’",
              "-", "_", " ", "  ", "\t", "\x1c", "\v", "\r", "\n", ",", "", "ß", "İ", "K", "9"]
    made = ["".join(rng.choice(ascii_chars) for _ in range(rng.randrange(0, 20)))
            for _ in range(5000)]
    made += [rng.choice(["", " "]).join(rng.choice(pieces) for _ in range(rng.randrange(0, 6)))
             for _ in range(20000)]
    return NAMES + made


def test_surname_of_is_the_last_token() -> None:
    for name in _made_up_names():
        assert surname_of(name) == surname(name_tokens(name)), name


def test_files_is_as_before(ref: Reference) -> None:
    fresh = replace(ref, filed={})
    names = _made_up_names() + _names(ref)
    for _ in range(2):  # once worked out, once remembered
        for name in names:
            assert fresh.files(name) == (surname(name_tokens(name)) in ref.people_index), name


def _name_tokens_as_it_was(name: str) -> tuple[str, ...]:
    """names.name_tokens before a name of letters and spaces was split at its spaces."""
    from briefing.knowledge.names import _DROP, _SPLIT, HONORIFICS, SUFFIXES, fold

    tokens = [t for t in _SPLIT.split(_DROP.sub("", fold(name))) if t]
    while tokens and tokens[0] in HONORIFICS and len(tokens) > 1:
        tokens.pop(0)
    while tokens and tokens[-1] in SUFFIXES and len(tokens) > 1:
        tokens.pop()
    return tuple(tokens)


def test_a_names_tokens_are_as_before(ref: Reference) -> None:
    rng = random.Random(1619)
    spaced = [" ".join(rng.choice(["Mr", "Jr", "Ali", "bush", "SEN", "", " ", "iii", "x"])
                       for _ in range(rng.randrange(0, 6))) for _ in range(5000)]
    for name in _made_up_names() + _names(ref) + spaced:
        assert name_tokens.__wrapped__(name) == _name_tokens_as_it_was(name), name


def test_a_persons_names_text_rules_out_only_misfits(ref: Reference) -> None:
    # Stop 17: `Reference._choose` reads the names of a surname's person (`line_names`) only
    # when, for each given name of the query, their names' text holds it or a name it pairs
    # with. Names of the reference and made-up ones (the surname's people's given names
    # swapped, in familiar forms, with initials, accents and dropped characters): the lines
    # that the pre-test keeps hold every line that fits, and `choice` keeps exactly those.
    rng = random.Random(17)
    forms = ["Joe", "Bill", "William", "Will", "Billy", "Al", "Alan", "Ted", "Edward", "J.",
             "H.W.", "O'Brien", "José", "Jose", "Zoë", "ß", "Jean-Pierre", "Jean_Pierre", "Mc"]
    names = _names(ref)
    for line in rng.sample(ref.people_lines, 600):
        keys, name, aliases = line.split("\t")[:3]
        given = [w for n in (name, *aliases.split("|")) for w in n.split()[:-1]] or ["X"]
        for key in keys.split():
            names += [f"{rng.choice(given)} {key.title()}",
                      f"{rng.choice(forms)} {rng.choice(given)} {key.title()}",
                      f"{rng.choice(given)} {rng.choice(forms)} {key}",
                      f"{rng.choice(forms)} {key.upper()}"]
    fresh = replace(ref, names={}, fitting={}, texts={}, chosen={})
    for name in names:
        query = name_tokens(name)
        if len(query) < 2:
            continue
        lines = ref.people_index.get(surname(query), ())
        want = tuple(i for i in lines if fits(query, line_names(ref.people_lines[i])))
        need = [given_forms(w) for w in query[:-1] if len(w) > 1]
        assert all(fresh._may_fit(i, need) for i in want), name
        fresh.choice(name, None)
        assert fresh.fitting[query] == want, name


def test_given_forms_are_the_names_same_given_pairs() -> None:
    words = ["joe", "joseph", "bill", "william", "will", "ted", "edward", "theodore", "al",
             "alan", "zed", "", "x", "larry", "lawrence", "laurence", "pat", "patricia",
             "muhammad", "mohammed", "konstantinos", "constantine", "george", "ali"]
    for a in words:
        for b in words:
            assert (b in given_forms(a)) == same_given(a, b), (a, b)
