"""Speed-ups of the reference's look-ups give the answers of the code they replaced."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from briefing.knowledge import load
from briefing.knowledge.store import _POSSESSIVE, clean

PIECES = ["the", "The", "THE", "Kremlin", "Kremlin's", "Taiwan’s", "Saudis", "Saudis'",
          "U.S.", "s", "'", "’", "'s", "’s", " ", "  ", "\t", "\n", "ministry", "Sri Lanka",
          "the ", "Thes", "Paris", "é", ""]


def old_clean(phrase: str) -> str:
    text = " ".join(phrase.split())
    if text[:4].lower() == "the ":
        text = text[4:]
    return _POSSESSIVE.sub("", text)


def test_clean_is_the_old_clean() -> None:
    rng = random.Random(14)
    for _ in range(20000):
        phrase = "".join(rng.choice(PIECES) for _ in range(rng.randrange(0, 6)))
        assert clean(phrase) == old_clean(phrase), phrase


def test_remembered_answers_are_those_worked_out() -> None:
    ref = load()
    phrases = ["Kremlin", "the Kremlin's", "Soviet", "Moscow", "turkey", "Turkey", "OPEC", "Opec",
               "Nobody", "Sri Lanka", "SRI LANKA", ""]
    names = ["Mikhail Gorbachev", "Gorbachev", "Hillary Clinton", "Clinton", "Nobody Known",
             "Jens Stoltenberg"]
    for day in (dt.date(1987, 3, 15), dt.date(2016, 5, 1), None):
        for phrase in phrases * 2:  # the second time from the memo
            assert ref.lookup(phrase, day) == ref._lookup(phrase, day)
        for name in names * 2:
            assert ref.person(name, day) == ref._resolve(name, day)
    for name in names * 2:
        assert ref.files(name) == (name.split()[-1].lower() in ref.people_index)


def test_a_full_memo_is_emptied_and_answers_stay_right(monkeypatch: pytest.MonkeyPatch) -> None:
    from briefing.knowledge import store
    monkeypatch.setattr(store, "RESOLVED", 3)
    ref = store.from_files()
    for phrase in ["Kremlin", "Soviet", "Moscow", "Turkey", "OPEC", "Paris", "Kremlin"]:
        assert ref.lookup(phrase) == ref._lookup(phrase, None)
        assert len(ref.looked) <= 3


def test_the_loaded_reference_is_out_of_the_cycle_collectors_view() -> None:
    """A full collection does not walk the reference's tables (stop 15: `gc.freeze`)."""
    import gc

    from briefing.knowledge import store

    gc.unfreeze()
    store.load.cache_clear()
    try:
        reference = store.load()
        assert gc.get_freeze_count() > 0
        tracked = {id(o) for o in gc.get_objects()}
        rows = next(iter(reference.exact.values()))
        assert gc.is_tracked(rows) and id(rows) not in tracked
        assert id(reference.exact) not in tracked
    finally:
        store.load.cache_clear()
