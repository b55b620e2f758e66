"""Speed-ups of attribution give the answers of the code they replaced."""

from __future__ import annotations

import bisect
import random
from pathlib import Path

import pytest

from briefing.config.settings import load_config
from briefing.extract.attribution import (
    OFFICIAL,
    PERSON,
    RECENT,
    Antecedent,
    _may_be_subject,
    _Named,
    new_antecedent,
    new_speaker,
)
from briefing.extract.matcher import ActorMatcher, build_matcher
from briefing.extract.text import START

ROOT = Path(__file__).resolve().parent.parent
PIECES = ["Baloch", "Mumtaz Zahra Baloch", "Trump", "Mr. Trump", "Putin", "Zakharova", "said",
          "he", "she", "to", "of", "a", "the", "’s", "'s", " ", " ", ", ", ". ", "\n",
          "Biden", "President", "spokesman", "Xi Jinping", "Wang Wenbin", "against", "é"]


@pytest.fixture(scope="module")
def matcher() -> ActorMatcher:
    return build_matcher(load_config(ROOT / "config").actors)


def _texts() -> list[str]:
    rng = random.Random(15)
    made = [" ".join(rng.choice(PIECES) for _ in range(rng.randrange(0, 40))) for _ in range(400)]
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    return made + seeds


def test_states_by_code_is_the_old_function(matcher: ActorMatcher) -> None:
    found: dict[str, list[str]] = {}  # attribution._states_by_code before stop 15
    for actor in matcher.actors.actors:
        code = matcher.voices.codes.get(actor.id)
        if actor.kind == "state" and code is not None and code.code is not None:
            found.setdefault(code.code, []).append(actor.id)
    old = {code: ids[0] for code, ids in found.items() if len(ids) == 1}
    assert matcher.states_by_code == old
    assert matcher.states_by_code is matcher.states_by_code  # made once


def _old_named(text: str, people: list, position: int) -> list[Antecedent]:
    """The people named before a pronoun, as `_antecedent` read them before stop 15."""
    out = []
    earlier = bisect.bisect_left(people, position, key=START)
    for m in people[max(0, earlier - RECENT) : earlier]:
        if m.person is not None and _may_be_subject(text, m):
            named = new_speaker(m.person.name, m.person.role, m.actor, OFFICIAL, None, None)
            out.append(new_antecedent(m.start, named, None, False))
    return out


def test_named_people_are_the_old_candidates(matcher: ActorMatcher) -> None:
    rng = random.Random(16)
    for text in _texts():
        mentions = matcher.index(text).mentions
        people = [m for m in mentions if m.kind == PERSON]
        named = _Named(text, mentions)
        positions = list(range(len(text) + 2)) if len(text) < 300 else \
            [rng.randrange(len(text) + 2) for _ in range(300)]
        for position in positions:
            assert named.before(position) == _old_named(text, people, position), (text, position)
