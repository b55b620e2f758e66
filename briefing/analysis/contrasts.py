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
- Disagreement as news reports it (`find_disagreements`), each side a named party speaking
  (a statement's speaker who is not a private person, or the state or body that is the
  subject of "said" at the head of a sentence extraction left without a statement):
  - a denial answering a claim: B "denied that ...", "rejected the charges", "dismissed it
    as baseless" (not "rejected the offer", not "denied press reports") against A's
    statement sharing its content words, in the same story, or in another when the denial
    names A;
  - a reply: "Reacting to X's remark that ..., B said ..." against X's remark (the speaker
    named X, or the party named in the reference), unless the reply agrees;
  - opposed framings of one act: its agent calls it self-defence, a response, lawful, and
    another party calls it aggression, an act of war, illegal; the two share a word of the
    act beyond names and framing;
  - an agreement: A says X failed to honour or violated a pact, X says it complied with it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from briefing.analysis.context import Passage, carries_cue, claimant_at
from briefing.analysis.model import AccountClaim, Contrast
from briefing.models import PUBLIC
from briefing.selection import content_words

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
    return strikes + fights + find_disputes(passages) + find_disagreements(passages)


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


# --- How news reports a disagreement between named parties, whatever the crisis. ------------
# A side is what a named party says: the speaker of an extracted statement (not a private
# person's: `PUBLIC`), or the state or body named as the subject of "said" at the head of a
# sentence that extraction left without one ("The U.S. said ..."). Never the reporter's voice.
DENIAL = re.compile(r"\b(?:den(?:y|ies|ied)|reject(?:s|ed)?|dismiss(?:es|ed)?|refut(?:e|es|ed)|"
                    r"disput(?:e|es|ed)|rebut(?:s|ted)?|contradict(?:s|ed)?)\b", re.IGNORECASE)
_SUBJECT_SAYS = re.compile(r"\s+(?:said|says|told|stated|announced|insisted|maintained|argued|"
                           r"alleged|charged|asserted|accused)\b", re.IGNORECASE)
# "Reacting to X's remark that ...,", "In reply to the charges by X,": a reply to words.
REPLY = re.compile(
    r"\b(?:(?:react(?:ing|ed)|respond(?:ing|ed)|repl(?:ying|ied)|answering|retorting|"
    r"in\s+(?:a\s+|an\s+)?(?:reply|response|answer|reaction|rebuttal|retort))\s+to|"
    r"(?:hitting|hit|striking|struck)\s+back\s+at)\s+"
    r"(?P<ref>[^,;:.\"“”]{3,200}?)(?=\s*[,;:]|\s+\w+\s+(?:said|says|told)\b)", re.IGNORECASE)
SPEECH = re.compile(r"\b(?:remarks?|statements?|comments?|claims?|charges?|accusations?|"
                    r"assertions?|allegations?|criticisms?|warnings?|threats?|words|suggestions?|"
                    r"speech|demands?|ultimatum|denials?|assessment|contention|insistence)\b",
                    re.IGNORECASE)
# A reply that agrees is no competing account.
AGREES = re.compile(r"\b(?:agree[sd]?|welcom\w*|support\w*|endors\w*|accept\w*|prais\w*|"
                    r"concur\w*|back(?:s|ed|ing)?|applaud\w*|thank\w*)\b", re.IGNORECASE)
_ACT = (r"(?:attacks?|strikes?|raids?|acts?|actions?|moves?|invasion|occupation|annexation|"
        r"blockade|incursions?|intervention|operations?|sanctions|tariffs|measures?|decisions?|"
        r"seizures?|detentions?|arrests?|war|use|shelling|bombing|killings?)")
# Opposed framings of one act, the general vocabulary of disputes: what its agent calls it
# (self-defence, a response, lawful) against what another party calls it (aggression, an act
# of war, illegal).
JUSTIFIED = re.compile(
    r"\b(?:self[- ]defen[cs]e|(?:right|entitled)\s+to\s+defend|defensive\s+(?:action|measures?|"
    r"operation)|legitimate\s+(?:defen[cs]e|response|targets?|military\s+targets?)|"
    r"in\s+retaliation\s+for|(?:measured|proportionate|appropriate|justified|necessary)\s+"
    r"response|in\s+accordance\s+with\s+international\s+law|(?:was|were|is|are)\s+(?:lawful|"
    r"legal|legitimate|justified))\b", re.IGNORECASE)
CONDEMNED = re.compile(
    r"\b(?:aggressions?|aggressive\s+acts?|acts?\s+of\s+(?:war|terror(?:ism)?|piracy|"
    r"banditry)|declaration\s+of\s+war|(?:full[- ]scale|all[- ]out|full[- ]fledged|open)\s+war|"
    r"unprovoked|war\s+crimes?|state\s+terrorism|piracy|(?:violation|breach)\s+of\s+"
    r"international\s+law|(?:illegal|unlawful|illegitimate|unjustified)\s+(?:\w+\s+)?" + _ACT +
    r"|(?:was|is|were|are|as|it)\s+(?:\w+\s+)?(?:illegal|unlawful|illegitimate|unjustified))\b",
    re.IGNORECASE)
# Who is named just before a framing word as its object or its place is the victim, not the
# agent: "an attack on Iran", "aggression against Iran".
_VICTIM = re.compile(r"(?:\b(?:against|on|upon|into|at|in|of|over|to|with|toward|towards)"
                     r"(?:\s+(?:the|a|an|its|their))?\s*)$", re.IGNORECASE)
_NEGATION = re.compile(r"\b(?:not|no|never|nor|neither|without)\b|n't\b", re.IGNORECASE)
FRAME_GAP = 90  # characters from the agent's name to the framing word
# An agreement kept or broken: "X has failed to implement the accord" against X's "we have
# complied with the agreement".
PACT = r"(?:agreements?|pacts?|accords?|deals?|treat(?:y|ies)|ceasefires?|cease-fires?|truces?|" \
    r"commitments?|promises?|obligations?|undertakings?|understandings?|memorandum|protocols?)"
BROKE = re.compile(
    rf"\b(?:fail(?:ed|s|ure)?\s+to\s+(?:implement|honou?r|abide|fulfil|fulfill|comply|observe|"
    rf"live\s+up|keep|respect|meet|carry\s+out)|(?:not|n't|never)\s+(?:\w+\s+)?(?:fulfilled|"
    rf"fulfil|fulfill|honou?red|honou?r|kept|keep|lived\s+up|live\s+up|complied|comply|abided|"
    rf"abide|implemented|implement|respected|respect)|violat(?:ed|es|ing|ion\s+of)|"
    rf"breach(?:ed|es|ing)?|broke\s+(?:the|its|their|an?)|in\s+defiance\s+of|reneged\s+on)\b"
    rf"[^.;]{{0,80}}\b{PACT}",
    re.IGNORECASE)
KEPT = re.compile(
    rf"\b(?:(?:has|have|had|is|are|was|were|fully)\s+(?:\w+\s+)?(?:complied|abided|fulfilled|"
    rf"honou?red|kept|respected|implemented|observed|lived\s+up|adhered|complying|abiding|"
    rf"honou?ring|respecting|implementing|observing|adhering)|(?:not|never)\s+(?:\w+\s+)?"
    rf"(?:violated|breached|broken))\b[^.;]{{0,60}}\b{PACT}",
    re.IGNORECASE)
# "rejected", "dismissed" deny a claim only when what they reject is one ("rejected the
# charges", "dismissed the report as baseless"), not an offer, a bid or an appeal.
REJECTS_CLAIM = re.compile(
    r"^\W*(?:(?:the|a|an|any|all|such|these|those|this|[A-Z][\w.-]*['’]s?|\w+['’]s)\s+){0,3}"
    r"(?:\w+\s+)?(?:claims?|charges?|accusations?|allegations?|assertions?|suggestions?|"
    r"statements?|remarks?|comments?|contention|notion|view|assessment|version|account)\b"
    r"|\bas\s+(?:baseless|groundless|unfounded|untrue|false|lies|propaganda|nonsense|absurd|"
    r"ridiculous|fabricat\w*|misleading|inaccurate)\b", re.IGNORECASE)
# "called the charges baseless", "dismissed as lies": a claim denied without a denial verb.
DISMISSIVE = re.compile(
    r"\b(?:claims?|charges?|accusations?|allegations?|assertions?)\b[^.;]{0,40}?\b(?:baseless|"
    r"groundless|unfounded|untrue|false|lies|fabricat\w*|nonsense|absurd|ridiculous)\b|"
    r"\b(?:baseless|groundless|unfounded|untrue|false|fabricated|absurd|ridiculous)\s+"
    r"(?:claims?|charges?|accusations?|allegations?|assertions?)\b", re.IGNORECASE)
# What the press or the market says is no party's claim: "denied press reports".
HEARSAY = re.compile(r"^\W*(?:(?!that\b)[\w'’-]+\s+){0,5}?(?:reports?|rumou?rs?|speculation|"
                     r"stor(?:y|ies)|articles?|newspapers?|press|media)\b", re.IGNORECASE)
MIN_SHARED = 2  # content words a claim and its denial, or a remark and its reply, share
MIN_SHARED_APART = 3  # ... when they stand in different stories
_GENERIC = frozenset(
    """official officials government spokesman spokeswoman spokesperson minister ministry
    statement statements news agency radio television report reports reported reporters
    today yesterday monday tuesday wednesday thursday friday saturday sunday week weeks
    month months year years time people country countries state states nation national
    deny denie denied denies reject rejected dismiss dismissed refute refuted claim claims
    claimed remark remarks comment comments would could should there here this those these
    were make made take taken reuter reuters""".split())
MORE_SIDES = 2  # more sentences shown for each side of a framing dispute
# What each side's framing word calls the act, for the heading: the first label that fits.
_LABELS = (("unlawful", "unlawful"), ("illeg", "unlawful"), ("unjustif", "unlawful"),
           ("violation", "unlawful"), ("breach", "unlawful"), ("aggress", "aggression"),
           ("crime", "a war crime"), ("terror", "terrorism"), ("pira", "piracy"),
           ("unprovoked", "unprovoked"), ("banditry", "banditry"), ("war", "an act of war"),
           ("defen", "self-defence"), ("retaliat", "a response"), ("respon", "a response"),
           ("law", "lawful"), ("legal", "lawful"), ("legitim", "lawful"), ("justif", "lawful"))


@dataclass(frozen=True, slots=True)
class _Voice:
    """What one named party says in one sentence."""

    actor: str
    passage: Passage
    text: str  # its words
    cue: str
    name: str  # the speaker as named ("Caspar Weinberger"), "" when none
    start: int  # where its words start in the article


def _all_voices(passages: Sequence[Passage]) -> list[_Voice]:
    """Every named party's words, each statement once: in the sentence that carries its
    cue, else (a cue outside its words' sentences) in the first sentence of its words."""
    found: dict[int, int] = {}  # statement -> its place in `out`
    out: list[_Voice] = []
    for passage in passages:
        for s in passage.statements:
            if s.speaker.actor is None or s.speaker.voice == PUBLIC:
                continue
            known = found.get(id(s))
            if known is not None and not carries_cue(passage, s):
                continue
            voice = _Voice(s.speaker.actor, passage, s.text, s.cue, s.speaker.name or "",
                           s.spans[0][0])
            if known is not None:
                out[known] = voice
            else:
                found[id(s)] = len(out)
                out.append(voice)
        out.extend(_subject_voice(passage))
    return out


def _subject_voice(passage: Passage) -> list[_Voice]:
    """The state or body named as the subject of "said" at the head of a sentence that
    holds no statement."""
    out: list[_Voice] = []
    if passage.statements or not passage.mentions:
        return out
    # "The U.S. said Iranians used the platforms ...": the sentence's subject says it.
    actor, (s, e) = passage.mentions[0]
    head = passage.article.text[passage.start:s]
    said = _SUBJECT_SAYS.match(passage.article.text, e, passage.end)
    if re.fullmatch(r"\s*(?:The\s+|the\s+)?", head) and said:
        words = passage.article.text[said.end():passage.end].strip()
        return [_Voice(actor, passage, words, said.group().strip(), "", said.end())]
    return out


def _stems(text: str, names: frozenset[str]) -> frozenset[str]:
    """The content words of `text`, cut to five letters (so "considered" meets "consider"),
    without generic words or the parties' names."""
    return frozenset(w[:5] for w in content_words(text)
                     if len(w) > 3 and w not in _GENERIC and not w.isdigit()
                     and w[:5] not in names)


def _name_stems(passages: Sequence[Passage]) -> frozenset[str]:
    out: set[str] = set()
    for passage in passages:
        for _, (s, e) in passage.mentions:
            out.update(w[:5] for w in re.findall(r"[a-z]+", passage.article.text[s:e].lower()))
    return frozenset(out)


def _side(voice: _Voice) -> AccountClaim:
    return AccountClaim(voice.actor, voice.passage.text, (voice.passage.citation(),))


def find_disagreements(passages: Sequence[Passage]) -> tuple[Contrast, ...]:
    """Competing accounts by the general rules of how news reports disagreement: a denial
    answering a claim, a reply to a remark, opposed framings of one act, an agreement said
    to be broken against its keeping."""
    voices = _all_voices(passages)
    names = _name_stems(passages)
    stems = {id(v): _stems(v.text, names) for v in voices}
    out = list(_framings(voices)) + list(_agreements(voices))
    out += _denials(voices, stems, names)
    out += _replies(voices, stems, names)
    seen: set[tuple[str, str]] = set()
    unique = []
    for c in out:  # wire repeats: one contrast for the same two sentences
        key = (c.first.text, c.second.text)
        if key not in seen:
            seen.add(key)
            unique.append(c)
    return tuple(unique)


def _denials(voices: Sequence[_Voice], stems: dict[int, frozenset[str]],
             names: frozenset[str]) -> list[Contrast]:
    """B "denied"/"rejected"/"dismissed" what A said: A's statement in the same story sharing
    its content words, or one by a party the denial names, anywhere."""
    out = []
    for denial in voices:
        if not _denies_a_claim(denial):
            continue
        # What is denied may stand in the sentence's other words ("X rejected the charges,
        # saying ..."): the whole sentence is compared.
        denied = _stems(denial.passage.text, names)
        named = set(denial.passage.named_outside) - {denial.actor}
        best: tuple[tuple[int, int, int], _Voice] | None = None
        for claim in voices:
            if claim.actor == denial.actor or DENIAL.search(claim.cue):
                continue
            same = claim.passage.article.id == denial.passage.article.id
            if not same and claim.actor not in named:
                continue
            shared = len(stems[id(claim)] & denied)
            if shared < (MIN_SHARED if same else MIN_SHARED_APART):
                continue
            rank = (same, shared, -abs(claim.start - denial.start) if same else 0)
            if best is None or rank > best[0]:
                best = (rank, claim)
        if best is not None:
            claim = best[1]
            out.append(Contrast(claim.actor, "claim", _side(claim), _side(denial), denial.actor,
                                about="a claim denied"))
    return out


def _denies_a_claim(voice: _Voice) -> bool:
    """Whether the party's sentence denies a claim: its cue, or a verb of the sentence ahead
    of its words, is "denied that ...", "rejected the charges" (not "rejected the offer",
    "denied press reports")."""
    passage = voice.passage
    text = passage.article.text
    dismissive = DISMISSIVE.search(text, passage.start, passage.end)
    if dismissive and claimant_at(passage, dismissive.start()) == voice.actor:
        return True
    for m in DENIAL.finditer(text, passage.start, max(passage.start, voice.start) + 1):
        if any(a <= m.start() < b for a, b in passage.quoted):
            continue
        if m.start() < voice.start - len(m.group()) - 2 and \
                claimant_at(passage, m.start()) != voice.actor:
            continue
        after = text[m.end():passage.end]
        if HEARSAY.match(after):
            continue
        if m.group().lower().startswith(("den", "refut", "rebut", "contradict", "disput")) \
                or REJECTS_CLAIM.search(after) is not None:
            return True
    return False


def _replies(voices: Sequence[_Voice], stems: dict[int, frozenset[str]],
             names: frozenset[str]) -> list[Contrast]:
    """"Reacting to X's remark that ..., Y said ...": Y's words against X's remark."""
    out = []
    for reply in voices:
        passage = reply.passage
        text = passage.article.text
        m = REPLY.search(text, passage.start, passage.end)
        if m is None or not SPEECH.search(m["ref"]) or AGREES.search(reply.text):
            continue
        if m.end() > reply.start + len(reply.text) or claimant_at(passage, m.end()) != reply.actor:
            continue
        ref = m["ref"]
        # Whose remark: a name before "'s" or after "by", or a party named in the reference.
        owners = set(re.findall(r"([A-Z][\w-]+)['’]s\b", ref))
        owners |= set(re.findall(r"\bby\s+(?:[A-Z][\w.-]*\s+)*([A-Z][\w-]+)", ref))
        parties = {a for a, (s, _) in passage.mentions if m.start("ref") <= s < m.end("ref")}
        about = _stems(SPEECH.sub(" ", ref), names) - {w[:5].lower() for w in owners}
        best: tuple[tuple[int, int], _Voice] | None = None
        for said in voices:
            if said.actor == reply.actor or said is reply:
                continue
            by_name = any(re.search(rf"\b{re.escape(o)}\b", said.name) for o in owners)
            if not by_name and said.actor not in parties - {reply.actor}:
                continue
            shared = len(stems[id(said)] & about)
            same = said.passage.article.id == passage.article.id
            if shared < MIN_SHARED and (about or not (same and by_name)):
                continue
            rank = (same, shared)
            if best is None or rank > best[0]:
                best = (rank, said)
        if best is not None:
            said = best[1]
            out.append(Contrast(said.actor, "remark", _side(said), _side(reply), reply.actor,
                                about="a remark answered"))
    return out


def _agent_before(voice: _Voice, at: int) -> str | None:
    """The party named nearest before `at` in the sentence as the agent of what follows (not
    as its victim or place), else the speaker when none is named ("its forces", "we")."""
    passage = voice.passage
    text = passage.article.text
    for actor, (s, e) in reversed(passage.mentions):
        if e > at or at - e > FRAME_GAP:
            continue
        if re.search(r"[;:]", text[e:at]):
            break
        if text[e:e + 2] not in ("'s", "’s") and _VICTIM.search(text[passage.start:s]):
            continue  # "an attack on Iran", but "because of Tokyo's failure"
        return actor
    return None


def _framings(voices: Sequence[_Voice]) -> list[Contrast]:
    """An act its agent calls self-defence, a response or lawful, and another party calls
    aggression, an act of war or illegal: one contrast per agent and accuser."""
    justified: dict[str, list[_Voice]] = {}
    condemned: dict[tuple[str, str], list[_Voice]] = {}
    labels: dict[int, str] = {}  # what each voice calls the act (condemning: by -id)
    for voice in voices:
        passage = voice.passage
        text = passage.article.text
        lo, hi = max(passage.start, voice.start), passage.end
        for m in JUSTIFIED.finditer(text, lo, hi):
            if _NEGATION.search(text, max(lo, m.start() - 25), m.start()):
                continue
            agent = _agent_before(voice, m.start()) or voice.actor
            if agent == voice.actor:
                justified.setdefault(agent, []).append(voice)
                labels.setdefault(id(voice), _label(" ".join(
                    x.group() for x in JUSTIFIED.finditer(text, lo, hi))))
                break
        for m in CONDEMNED.finditer(text, lo, hi):
            if _NEGATION.search(text, max(lo, m.start() - 25), m.start()):
                continue
            target = _agent_before(voice, m.start())
            if target is not None and target != voice.actor:
                condemned.setdefault((target, voice.actor), []).append(voice)
                labels.setdefault(-id(voice), _label(" ".join(
                    x.group() for x in CONDEMNED.finditer(text, lo, hi))))
                break
    out = []
    for (agent, accuser), theirs in condemned.items():
        # The same act: the two sides' words share a content word beyond names and framing.
        words = frozenset().union(*(_act_stems(v) for v in theirs))
        mine = [v for v in justified.get(agent, ()) if _act_stems(v) & words]
        if not mine:
            continue
        first = _distinct(mine)
        second = _distinct(theirs)
        about = f"{labels[id(mine[0])]}, or {labels[-id(theirs[0])]}"
        out.append(Contrast(agent, "act", first[0], second[0], accuser, tuple(first[1:]),
                            tuple(second[1:]), about=about))
    return out


def _label(words: str) -> str:
    low = words.lower()
    return next((label for stem, label in _LABELS if stem in low), low)


def _act_stems(voice: _Voice) -> frozenset[str]:
    text = CONDEMNED.sub(" ", JUSTIFIED.sub(" ", voice.passage.text))
    names = {w[:5] for _, (s, e) in voice.passage.mentions
             for w in re.findall(r"[a-z]+", voice.passage.article.text[s:e].lower())}
    return _stems(text, frozenset(names))


def _agreements(voices: Sequence[_Voice]) -> list[Contrast]:
    """A party says another broke an agreement; that party says it kept it."""
    broke: dict[tuple[str, str], list[_Voice]] = {}
    kept: dict[str, list[_Voice]] = {}
    for voice in voices:
        passage = voice.passage
        text = passage.article.text
        lo, hi = max(passage.start, voice.start), passage.end
        m = BROKE.search(text, lo, hi)
        if m is not None and not _NEGATION.search(text, max(lo, m.start() - 12), m.start()):
            accused = _agent_before(voice, m.start())
            if accused is not None and accused != voice.actor:
                broke.setdefault((accused, voice.actor), []).append(voice)
        m = KEPT.search(text, lo, hi)
        # "has complied", "never violated"; not "has not complied"
        if m is not None and bool(_NEGATION.search(m.group())) == bool(
                re.search(r"violat|breach|broken", m.group(), re.IGNORECASE)):
            if (_agent_before(voice, m.start()) or voice.actor) == voice.actor:
                kept.setdefault(voice.actor, []).append(voice)
    out = []
    for (accused, accuser), theirs in broke.items():
        mine = kept.get(accused)
        if not mine:
            continue
        first = _distinct(mine)
        second = _distinct(theirs)
        out.append(Contrast(accused, "agreement", first[0], second[0], accuser, tuple(first[1:]),
                            tuple(second[1:]), about="an agreement kept, or broken"))
    return out


def _distinct(voices: Sequence[_Voice]) -> list[AccountClaim]:
    """Each sentence once, citing every story that tells it, at most 1 + MORE_SIDES."""
    claims: dict[str, AccountClaim] = {}
    for v in voices:
        known = claims.get(v.passage.text)
        cited = (known.citations if known else ()) + (v.passage.citation(),)
        claims[v.passage.text] = AccountClaim(v.actor, v.passage.text, tuple(dict.fromkeys(cited)))
    return list(claims.values())[:1 + MORE_SIDES]
