"""Overlay: what the reference says about a state or body an editor names in actors.yaml.

Input: a `Reference` and a key as an editor writes it: a code ("CAN", "NATO"), a name
("Canada") or an actor id ("saudi_arabia"). Output: `ActorRef` values (code, name, kind and
the phrases that stand for it: names, adjectives, capital, seats, central bank, state media),
for one key (`find_actor`, `actor_ref`) or for every state and body (`every_actor`).
Aliases in actors.yaml carry no dates, so a phrase goes to the code it means on the code's
own last day: the latest meaning for a state that exists now ("Russia" -> RUS), and the
meaning on its last day for a historical one ("TASS", "Soviet" -> SUN). Pure: reads nothing.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from briefing.knowledge.store import STATE_KINDS, Reference

CODE = re.compile(r"[A-Z][A-Z0-9]{1,7}")
# Phrases that do not speak for the state they name: news media that are no state's; and
# phrases that stand for no actor of an editor's on their own: a capital's radio or
# television ("Ottawa Radio"), made for every state, whose capital is an alias already.
_NOT_THE_ACTOR = frozenset({"media", "armed_group", "broadcaster"})
# Order in which actors claim a phrase two of them could take: states that exist now
# first, then bodies, territories, and historical states last.
_PRIORITY = {"state": 0, "body": 1, "territory": 2, "historical": 3}


@dataclass(frozen=True, slots=True)
class ActorRef:
    """A state or body of the reference, as an actor of the brief could follow it."""

    code: str
    name: str
    kind: str  # state | historical | territory | body
    phrases: tuple[str, ...]  # every phrase meaning it, its name included, sorted

    @property
    def priority(self) -> tuple[int, str]:
        """Sort key: who claims a shared phrase first (states of today, then ...)."""
        return (_PRIORITY.get(self.kind, 4), self.code)


def actor_ref(ref: Reference, code: str) -> ActorRef | None:
    """Return the state or body with this exact code, or None."""
    if code not in ref.states and code not in ref.bodies:
        return None
    return _build(ref, code, _phrases(ref).get(code, ()))


def find_actor(ref: Reference, key: str) -> ActorRef | None:
    """Return the state or body a key names: a code as written ("CAN"), else a name
    ("Canada", or an id such as "saudi_arabia" read as "Saudi Arabia", "uae" as "UAE"),
    else an id that is a code in lower case ("eu", "can"), else None."""
    if CODE.fullmatch(key):
        return actor_ref(ref, key)
    for text in dict.fromkeys((key, key.replace("_", " ").title(), key.upper())):
        code = code_of_name(ref, text)
        if code is not None:
            return actor_ref(ref, code)
    return actor_ref(ref, key.upper()) if CODE.fullmatch(key.upper()) else None


def code_of_name(ref: Reference, name: str) -> str | None:
    """Return the code of the state or body whose name this is ("Pakistan" -> PAK), or None."""
    found = ref.lookup(name)
    if found is not None and (found.kind in STATE_KINDS or found.kind == "body") \
            and found.via in ("name", "body"):
        return found.code
    return None


def every_actor(ref: Reference) -> tuple[ActorRef, ...]:
    """Return every state (past and present, and territories) and body, in claim order."""
    phrases = _phrases(ref)
    actors = [_build(ref, code, phrases.get(code, ())) for code in (*ref.states, *ref.bodies)]
    return tuple(sorted(actors, key=lambda a: a.priority))


def _build(ref: Reference, code: str, phrases: tuple[str, ...]) -> ActorRef:
    name = ref.name_of(code)
    return ActorRef(code, name, ref.kind_of(code), tuple(sorted({name, *phrases})))


def _last_day(ref: Reference, code: str) -> dt.date | None:
    """Return the last day a historical state or a dissolved body existed, else None."""
    row = ref.states.get(code)
    until = row[4] if row else (ref.bodies[code][3] if code in ref.bodies else None)
    return dt.date.fromisoformat(until) if until else None


def _phrases(ref: Reference) -> dict[str, tuple[str, ...]]:
    """Map each code to the phrases (as written) that mean it on the code's own last day."""
    days = {code: _last_day(ref, code) for code in (*ref.states, *ref.bodies)}
    out: dict[str, list[str]] = {}
    for phrase, rows in ref.exact.items():
        for code in dict.fromkeys(row[0] for row in rows):
            if code in days and _means(rows, code, days[code]):
                out.setdefault(code, []).append(phrase)
    return {code: tuple(phrases) for code, phrases in out.items()}


def _means(rows: list[list[Any]], code: str, day: dt.date | None) -> bool:
    """Say whether the phrase of these rows means `code` on `day` (None: its latest meaning)."""
    if day is not None:
        iso = day.isoformat()
        current = [r for r in rows
                   if (r[1] is None or r[1] <= iso) and (r[2] is None or iso <= r[2])]
    else:
        current = [r for r in rows if r[2] is None]
    if not current:
        return False
    row = current[0]
    return bool(row[0] == code and row[3] not in _NOT_THE_ACTOR)
