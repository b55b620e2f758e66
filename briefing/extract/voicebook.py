"""The voice book: what voices are read with, made once per configuration.

Input: the configured actors (config/actors.yaml) and the worldwide reference
(briefing.knowledge). Output: a `VoiceBook`: the reference, each configured actor's code and
capacity (`Voice`), the words a title before a name is made of, and the memos that keep what
is asked again and again, article after article (a phrase's reading, whether a word is a
given name or may stand in a title run). voices.py reads each article's speakers with it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from briefing.config.settings import Actors
from briefing.extract.cues import TITLES
from briefing.knowledge import Affiliation, Reference, affiliation
from briefing.knowledge.store import STATE_KINDS

# A configured actor's kind -> the capacity its statements have by default.
KIND_CAPACITY = {"state": "gov", "government body": "gov", "international organisation": "igo",
                 "armed group": "rebel", "political party": "opp"}


MEMO = 32768  # keys each of a VoiceBook's memos holds before it starts again
_UNSET: Any = object()  # a memo holds no answer for the key
NOT_ROLE_TOKENS = frozenset({"a", "an", "to", "at", "in", "on", "with", "said", "says", "is",
                             "was", "by", "from"})


@dataclass(frozen=True, slots=True)
class Voice:
    """Whom a speaker speaks for (code or None), in which capacity (or None), and why."""

    code: str | None
    capacity: str | None
    rule: str


UNKNOWN_VOICE = Voice(None, None, "the text does not say")


@dataclass(frozen=True, slots=True)
class VoiceBook:
    """What voices are read with, made once per configuration: the reference, the configured
    actors' codes and the words a title before a name is made of."""

    reference: Reference
    codes: dict[str, Voice]  # configured actor id -> its code and capacity
    role_tokens: frozenset[str]  # the words of the reference's role phrases
    # The actors `follow_all` adds: their speakers' voices are what the reference reads in
    # their words, never a configured actor's default ("Greek newspapers" are no voice of
    # Greece's government)
    added: frozenset[str] = frozenset()
    # What is asked again and again, article after article, kept once answered (each a
    # function of its key alone; emptied when it holds MEMO keys): the reading of a phrase
    # (phrase, day, default state) -> Affiliation; whether a word ends a run of given names
    # (`no_given_name`); whether a word may stand in a title run (`title_run`).
    readings: dict[tuple[str, dt.date | None, str | None], Affiliation | None] = \
        field(default_factory=dict)
    not_given: dict[str, bool] = field(default_factory=dict)
    in_title: dict[str, bool] = field(default_factory=dict)
    adjectives: dict[str, bool] = field(default_factory=dict)  # `_recased`: a state's?

    def title_word(self, word: str) -> bool:
        """Whether a word is a title or role word ("Minister", "Mr."), not a given name."""
        low = word.lower().rstrip(".")
        return low in TITLES or self.reference.voice_words(low) is not None

    def no_given_name(self, word: str) -> bool:
        """Whether a word is no given name: a title or role word, or a state's or body's name."""
        known = self.not_given.get(word)
        if known is None:
            if len(self.not_given) >= MEMO:
                self.not_given.clear()
            known = self.not_given[word] = self.title_word(word) or \
                self.reference.lookup(word) is not None
        return known

    def read(self, phrase: str, day: dt.date | None, default: str | None) -> Affiliation | None:
        """`affiliation(phrase, day, default)` over the book's reference, once a key."""
        key = (phrase, day, default)
        readings = self.readings
        found = readings.get(key, _UNSET)
        if found is not _UNSET:
            return found
        if len(readings) >= MEMO:
            readings.clear()
        found = readings[key] = affiliation(phrase, day, default=default,
                                            reference=self.reference)
        return found


def voice_book(actors: Actors, reference: Reference) -> VoiceBook:
    """Make the VoiceBook for a configuration's actors."""
    tokens = frozenset(t for phrase in reference.voices for t in phrase.split()
                       if t.isalpha() and t not in NOT_ROLE_TOKENS)
    return VoiceBook(reference, config_codes(actors, reference), tokens,
                     frozenset(a.id for a in actors.actors if a.followed_all))


def config_codes(actors: Actors, reference: Reference) -> dict[str, Voice]:
    """Map each configured actor id to the code of the state or body it is, and its capacity.

    An actor is looked up by its name, then its aliases, then read as a speaker phrase
    ("Pakistan military (ISPR)" -> Pakistan); an armed group speaks for no state.
    """
    out: dict[str, Voice] = {}
    for actor in actors.actors:
        capacity = KIND_CAPACITY.get(actor.kind)
        code = None
        for phrase in (actor.name, *actor.aliases):
            ref = reference.lookup(phrase)
            if ref is not None and (ref.kind in STATE_KINDS or ref.kind == "body"):
                code = ref.code
                break
        if code is None:
            found = affiliation(actor.name, reference=reference)
            code = found.code if found is not None else None
        if capacity == "rebel":
            code = None
        out[actor.id] = Voice(code, capacity, f"configured actor '{actor.id}'")
    return out
