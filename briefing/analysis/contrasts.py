"""Competing accounts: passages -> pairs of diverging claims about the same strikes.

Input: `Passage` values (context.py). Output: `Contrast` values. The rule is narrow on
purpose (a false "contradiction" is worse than a missing one): one actor says ITS OWN
strikes hit militants or terrorists ("targeted terrorist hideouts", "targeted a militant
organisation"), and another actor says the strikes BY THAT ACTOR killed or injured
civilians ("the attack by Islamabad has claimed at least seven civilians"). Both claims
need a known claimant; the harm claim must name the striker ("by X"). Each side is cited.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from briefing.analysis.context import Passage, claimant_at
from briefing.analysis.model import AccountClaim, Contrast

TARGETS = re.compile(
    r"\b(?:terrorist|militant)s?\s+(?:hideouts?|targets?|groups?|organi[sz]ations?|camps?|"
    r"bases?|positions?|infrastructure)\b|\btargeted\s+hideouts\b",
    re.IGNORECASE,
)
# Who was harmed: people who are not combatants.
HARMED = re.compile(
    r"civilians?|children|kids|girls|boys|women|people|persons|residents|villagers|"
    r"[A-Z][a-z]+(?:is|ans|ese)",
)
HARM_VERB = re.compile(
    r"\b(?:killed|killing|dead|died|death|lives|claimed|injured|injuring|wounded)\b",
    re.IGNORECASE,
)
STRIKE = re.compile(r"\b(?:attacks?|strikes?|missiles?|violation|bombing|raids?)\b",
                    re.IGNORECASE)
BY_ACTOR_GAP = 60  # characters from a strike word to "by X"


@dataclass(frozen=True, slots=True)
class _Side:
    agent: str  # whose strikes
    claim: AccountClaim
    order: tuple[int, int]


def find_contrasts(passages: Sequence[Passage]) -> tuple[Contrast, ...]:
    """Pair each actor's own account of its strikes with another actor's harm claim."""
    targets: dict[str, _Side] = {}
    harms: dict[str, _Side] = {}
    for passage in passages:
        for side in _target_claims(passage):
            targets.setdefault(side.agent, side)
        for side in _harm_claims(passage):
            harms.setdefault(side.agent, side)
    out = [
        Contrast(agent, "strikes", targets[agent].claim, harms[agent].claim)
        for agent in targets
        if agent in harms and harms[agent].claim.actor != targets[agent].claim.actor
    ]
    return tuple(sorted(out, key=lambda c: (min(targets[c.agent].order, harms[c.agent].order),
                                            c.agent)))


def _claim(passage: Passage, actor: str) -> AccountClaim:
    return AccountClaim(actor, passage.text, (passage.citation(),))


def _target_claims(passage: Passage) -> list[_Side]:
    if not passage.statements:
        return []  # claimant_at would find no claimant
    out = []
    for m in TARGETS.finditer(passage.article.text, passage.start, passage.end):
        claimant = claimant_at(passage, m.start())
        if claimant is None or _by_actor(passage, m.start()) not in (None, claimant):
            continue
        out.append(_Side(claimant, _claim(passage, claimant), (passage.number, passage.start)))
    return out[:1]


def _harm_claims(passage: Passage) -> list[_Side]:
    text = passage.article.text
    if not passage.mentions:
        return []  # no actor named, no agent "by X"
    if not (HARM_VERB.search(text, passage.start, passage.end)
            and STRIKE.search(text, passage.start, passage.end)):
        return []  # cheap tests first: no harm or no strike named, no harm claim
    for m in passage.counts:
        if not HARMED.fullmatch(m["noun"]) and not m["adj"].lower().startswith("innocent"):
            continue
        window = text[max(passage.start, m.start() - 30):min(passage.end, m.end() + 20)]
        if not HARM_VERB.search(window):
            continue
        agent = _by_actor(passage, m.start())
        claimant = claimant_at(passage, m.start())
        if agent is None or claimant is None or agent == claimant:
            continue
        return [_Side(agent, _claim(passage, claimant), (passage.number, passage.start))]
    return []


def _by_actor(passage: Passage, before: int) -> str | None:
    """The actor named in "<strike word> ... by X" ahead of `before`, if any."""
    text = passage.article.text
    for strike in STRIKE.finditer(text, passage.start, before):
        for actor, (s, _) in passage.mentions:
            between = text[strike.end():s]
            if (0 <= s - strike.end() <= BY_ACTOR_GAP and re.search(r"\bby\s+$", between)
                    and s < before):
                return actor
    return None
