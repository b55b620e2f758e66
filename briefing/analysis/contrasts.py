"""Competing accounts: passages -> pairs of diverging claims about the same event.

Input: `Passage` values (context.py). Output: `Contrast` values. The rules are narrow on
purpose (a false "contradiction" is worse than a missing one); each side is cited.

- Strikes: one actor says ITS OWN strikes hit militants or terrorists ("targeted terrorist
  hideouts"), and another actor says the strikes BY THAT ACTOR killed or injured civilians
  ("the attack by Islamabad has claimed at least seven civilians"). Both claims need a
  known claimant; the harm claim must name the striker ("by X").
- Fighting: two actors each claim the other's defeat: its attacks repelled ("an Iraqi
  attack was repulsed", "crushed a rebel offensive"), its losses ("Iraqi troops suffered
  3,000 casualties", "hundreds of Iranians were killed"), or its reports exaggerated or
  false ("Iran had exaggerated battle reports"). Each claim needs a known claimant who is
  not the loser, and the loser is named beside the attack, loss or report.
- One body against another: "The Pentagon will appeal Commerce's approval of the sales"
  is one side; the other is the opposed body's own words in the same story ("The Commerce
  Department said it intends to approve ...").
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
# The loser's attack, beaten: "an Iranian attack ... was repelled", "repulsed nine Iraqi
# counter-attacks". The loser is named just before the attack word.
ATTACK = re.compile(r"\b(?:attacks?|counter-?attacks?|offensives?|assaults?|advances?|raids?|"
                    r"incursions?|thrusts?|push)\b", re.IGNORECASE)
REPELLED = re.compile(r"\b(?:repell?ed|repulsed|crushed|foiled|thwarted|routed|halted|"
                      r"beat(?:en)?\s+(?:back|off)|fended\s+off|drove\s+back|driven\s+back|"
                      r"pushed\s+back|smashed|defeated)\b", re.IGNORECASE)
# The loser's losses: "Iraqi troops suffered ...", "Iraq lost at least 3,000 men".
LOSS = re.compile(r"^(?:'s)?(?:\s+(?:troops|forces|soldiers|army|units|men|side))?"
                  r"(?:\s+(?:had|have|has))?\s+(?:suffered|lost|sustained)\b", re.IGNORECASE)
# The loser's account dismissed: "Iran had exaggerated battle reports".
DISMISSED = re.compile(r"^(?:'s)?(?:\s+(?:had|has|have|was|were))?\s+(?:exaggerated|"
                       r"fabricated|inflated|invented|lied|falsified)\b", re.IGNORECASE)
# Cheap tests (substrings, faster than a regular expression) before the rules: a sentence
# with none of these words claims no defeat, or opposes nothing.
_DEFEAT_WORDS = ("repel", "repuls", "crush", "foil", "thwart", "rout", "halt", "beat", "fended",
                 "drove", "driven", "pushed", "smash", "defeat", "suffer", "lost", "sustain",
                 "exaggerat", "fabricat", "inflat", "invent", "lied", "falsif", "killed",
                 "wounded", "captured")
_OPPOSE_WORDS = ("appeal", "oppose", "challenge", "contest", "block", "fight", "reject",
                 "overturn", "veto")
_DECIDED = (r"\b(?:decided|approved|intends?\s+to|plans?\s+to|will\s+(?:allow|let|grant)|"
            r"proposed|offered|agreed)\b")
LOSER_GAP = 30  # characters from the loser's name to its attack word
CLAUSE = 160  # characters from a beaten attack word to its verb
MAX_MORE = 2  # more sentences shown for each side of a fight
# "The Pentagon will appeal Commerce's approval ...": the opposer and the opposed body.
_NAME = r"[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}"
OPPOSES = re.compile(
    rf"(?P<opp>{_NAME})\s+(?:will|would|is\s+to|plans\s+to|intends\s+to|vowed\s+to|"
    rf"has\s+vowed\s+to|is\s+expected\s+to)?\s*(?:appeal|oppose|challenge|contest|block|"
    rf"fight|reject|overturn|veto)(?:s|ed|d)?\s+(?:the\s+)?(?P<own>{_NAME})['’]s\s+"
    rf"(?P<thing>approval|decision|plan|proposal|ruling|order|move|bid|request|offer|deal|"
    rf"policy|sale|licen[cs]e)s?\b")


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
    strikes = tuple(sorted(out, key=lambda c: (min(targets[c.agent].order,
                                                   harms[c.agent].order), c.agent)))
    paired = {frozenset((c.first.actor, c.second.actor)) for c in strikes}
    fights = tuple(c for c in find_fights(passages)
                   if frozenset((c.agent, c.other)) not in paired)
    return strikes + fights + find_disputes(passages)


def find_fights(passages: Sequence[Passage]) -> tuple[Contrast, ...]:
    """Two actors each claiming the other's defeat: one contrast per pair, each side's
    claims in story order, the same words in several stories told once citing each."""
    # (claimant, loser) -> its claims by their words (dicts keep story order)
    sides: dict[tuple[str, str], dict[str, AccountClaim]] = {}
    for passage in passages:
        if not passage.statements or not passage.mentions:
            continue
        text = passage.text
        if not any(word in text for word in _DEFEAT_WORDS):
            continue
        for claimant, loser in _defeats(passage):
            claims = sides.setdefault((claimant, loser), {})
            known = claims.get(passage.text)
            cited = (known.citations if known else ()) + (passage.citation(),)
            claims[passage.text] = AccountClaim(claimant, passage.text, cited)
    out = []
    for (first, second), claims in sides.items():
        if first < second and (second, first) in sides:
            mine = list(claims.values())[:1 + MAX_MORE]
            theirs = list(sides[(second, first)].values())[:1 + MAX_MORE]
            out.append(Contrast(first, "fighting", mine[0], theirs[0], second,
                                tuple(mine[1:]), tuple(theirs[1:])))
    return tuple(out)


def _defeats(passage: Passage) -> list[tuple[str, str]]:
    """(claimant, loser) for each defeat of a named actor the sentence claims."""
    text = passage.article.text
    found: list[tuple[str, str]] = []
    for loser, (start, end) in passage.mentions:
        at = None
        after = text[end:min(passage.end, end + LOSER_GAP + 40)]
        if LOSS.match(after) or DISMISSED.match(after):
            at = start
        else:
            attack = ATTACK.search(text, end, min(passage.end, end + LOSER_GAP))
            if attack and not re.search(r"[,;:]", text[end:attack.start()]):
                before = text[max(passage.start, start - CLAUSE):start]
                behind = text[attack.end():min(passage.end, attack.end() + CLAUSE)]
                if (REPELLED.search(before[-60:]) or REPELLED.search(behind)):
                    at = start
        if at is None:
            continue
        claimant = claimant_at(passage, at)
        if claimant is not None and claimant != loser:
            found.append((claimant, loser))
    for m in passage.counts:
        if not m["noun"][:1].isupper():
            continue  # "hundreds of Iranians were killed": a demonym counted dead
        tail = text[m.end():min(passage.end, m.end() + LOSER_GAP)]
        if not re.match(r"\s+(?:were|had\s+been|have\s+been)\s+(?:killed|wounded|captured)",
                        tail):
            continue
        named = next((a for a, (s, e) in passage.mentions if s <= m.start("noun") < e), None)
        claimant = claimant_at(passage, m.start())
        if named and claimant and claimant != named:
            found.append((claimant, named))
    return list(dict.fromkeys(found))


def find_disputes(passages: Sequence[Passage]) -> tuple[Contrast, ...]:
    """One body opposing another's decision, against that body's own words."""
    out = []
    by_article: dict[str, list[Passage]] = {}
    for passage in passages:
        by_article.setdefault(passage.article.id, []).append(passage)
    for passage in passages:
        text = passage.text
        if "'s " not in text and "’s " not in text:
            continue
        if not any(word in text for word in _OPPOSE_WORDS):
            continue
        m = OPPOSES.search(passage.article.text, passage.start, passage.end)
        if m is None:
            continue
        opposer = re.sub(r"^(?:The|A)\s+", "", m["opp"])
        own = re.sub(r"^(?:The|A)\s+", "", m["own"])
        if own == opposer:
            continue
        says = re.compile(rf"\b{re.escape(own)}\b(?:\s+[A-Z][\w.-]*){{0,2}}\s+"
                          r"(?:said|says|announced|intends|plans|decided|approved|has\s+argued|"
                          r"argued|proposed)\b")
        # Its own words are about the thing opposed: they name it, or a decision.
        about = re.compile(rf"\b{re.escape(m['thing'][:4].lower())}|{_DECIDED}", re.IGNORECASE)
        theirs = next((p for p in by_article[passage.article.id]
                       if p is not passage and says.search(p.text) and about.search(p.text)),
                      None)
        if theirs is None:
            continue
        actor = _actor_of(passage) or ""  # the bodies are named by `who`, not by actor
        first = AccountClaim(actor, theirs.text, (theirs.citation(),), own)
        second = AccountClaim(actor, passage.text, (passage.citation(),), opposer)
        out.append(Contrast(actor, m["thing"].lower(), first, second))
    return tuple(out)


def _actor_of(passage: Passage) -> str | None:
    return passage.named_outside[0] if passage.named_outside else None


def _claim(passage: Passage, actor: str) -> AccountClaim:
    return AccountClaim(actor, passage.text, (passage.citation(),))


def _target_claims(passage: Passage) -> list[_Side]:
    if not passage.statements:
        return []  # claimant_at would find no claimant
    if not _may_target(passage.text):
        return []
    out = []
    for m in TARGETS.finditer(passage.article.text, passage.start, passage.end):
        claimant = claimant_at(passage, m.start())
        if claimant is None or _by_actor(passage, m.start()) not in (None, claimant):
            continue
        out.append(_Side(claimant, _claim(passage, claimant), (passage.number, passage.start)))
    return out[:1]


def _may_target(text: str) -> bool:
    """False where TARGETS cannot match: ASCII text without its words' common parts
    (IGNORECASE over ASCII is lower case); non-ASCII text is left to the expression."""
    if not text.isascii():
        return True
    low = text.lower()
    return "terrorist" in low or "militant" in low or "targeted" in low


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
