"""Values of the reference knowledge: states, bodies, people, roles and resolutions.

Input: none (definitions only). Output: the frozen dataclasses that the look-up returns:
`StateRef` (a state or body a phrase stands for), `Role` and `Person` (people with dated
roles), `Candidate` and `Resolution` (how a name resolved on a date, and why), `Evidence`
and `Affiliation` (whom a speaker phrase speaks for, in which voice, and which words said so).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

# The voices of wire_guidelines.md. A state's voice carries a state code; a body's carries
# the body's code; every other voice carries none.
STATE_VOICES = frozenset({"gov", "leg", "opp"})
VOICES = ("gov", "leg", "opp", "igo", "rebel", "business", "media", "expert", "unnamed", "private")


@dataclass(frozen=True, slots=True)
class StateRef:
    """What a phrase stands for: a state (ISO alpha-3 or historical code) or a body."""

    code: str
    name: str
    kind: str  # state | historical | territory | body
    matched: str  # the phrase as found
    via: str  # name | adjective | capital | seat | central_bank | state_media | broadcaster
    #   | body | phoenix ...
    voice: str | None  # the voice the phrase implies by itself (a seat -> gov), if any


@dataclass(frozen=True, slots=True)
class Role:
    """One dated role of a person: whom they spoke for, how, and when."""

    code: str  # actor code: "DEU", "NATO"
    voice: str | None  # gov, leg, opp, igo, rebel, business, media; None for an elite role
    start: dt.date | None
    end: dt.date | None
    cameo: str  # the Phoenix code it came from ("DEUGOV")

    def covers(self, day: dt.date) -> bool:
        """Say whether the role held on `day` (an undated role holds on every day)."""
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)

    @property
    def dated(self) -> bool:
        """Say whether the role has a start or an end."""
        return self.start is not None or self.end is not None

    @property
    def office(self) -> bool:
        """Say whether this is an office (not Phoenix's 'elite': notable, out of office)."""
        return self.voice is not None


@dataclass(frozen=True, slots=True)
class Person:
    """A person of the reference, with every name they go by and their dated roles."""

    name: str
    aliases: tuple[str, ...]
    roles: tuple[Role, ...]

    def roles_on(self, day: dt.date | None) -> tuple[Role, ...]:
        """Return the roles held on `day`, best first: dated office, undated office, elite."""
        held = [r for r in self.roles if day is None or r.covers(day)]
        return tuple(sorted(held, key=lambda r: (not r.office, not r.dated, r.cameo)))


@dataclass(frozen=True, slots=True)
class Candidate:
    """A person a name might mean, and the verdict of the rules on them."""

    person: Person
    accepted: bool
    reason: str


@dataclass(frozen=True, slots=True)
class Resolution:
    """How a name resolved on a date: every candidate considered, the choice, and the rule."""

    name: str
    day: dt.date | None
    candidates: tuple[Candidate, ...]
    chosen: Person | None
    role: Role | None
    rule: str


@dataclass(frozen=True, slots=True)
class Evidence:
    """Words of a speaker phrase that decided something, with their offsets in the phrase."""

    text: str
    start: int
    end: int
    what: str  # state | institution | role | person


@dataclass(frozen=True, slots=True)
class Affiliation:
    """Whom a speaker phrase speaks for: an actor code (or None), a voice, and why."""

    code: str | None
    voice: str
    rule: str
    evidence: tuple[Evidence, ...]
    person: Person | None = None
