"""Who said what about whom: statements -> (speaker actor, target actors, stance cue) links.

Input: `Passage` values (context.py) and the actors to show. Output: `StanceLink` values
(one per statement, merged across articles) and the speaker x target table.
The targets of a statement are the actors named in it or in the sentence that carries its
cue, other than the speaker's own actor. The cue comes from the statement's words and its
cue verb, by rule, strongest first: condemns, threatens, warns, offers to mediate, respects,
regrets, urges, is concerned, then accuses ("exaggerated", "blamed"), denies, rejects ("is
not in favour of"), supports, welcomes; a statement with none of them "mentions" its target.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from briefing.analysis.context import Passage, carries_cue
from briefing.analysis.model import (
    ACCUSES,
    CONCERNED,
    CONDEMNS,
    DENIES,
    OFFERS_TO_MEDIATE,
    REGRETS,
    REJECTS,
    RESPECTS,
    STANCE_CUES,
    SUPPORTS,
    THREATENS,
    URGES,
    WARNS,
    WELCOMES,
    StanceCell,
    StanceLink,
)
from briefing.analysis.words import SAME_AT, similarity
from briefing.models import PUBLIC, Citation, Statement
from briefing.selection import content_words

MENTIONS = "mentions"
CUE_RULES = (
    (CONDEMNS, re.compile(r"\bcondemn|\bdenounc|\bdeplor|\bblatant\s+breach|"
                          r"\b(?:act|acts)\s+of\s+(?:\w+\s+)?aggression", re.I)),
    # A threat is of what is still to come ("would retaliate", "vowed to avenge"); an act done
    # "in retaliation for" another, or a "retaliatory strike", is no threat but the act.
    (THREATENS, re.compile(r"\bthreaten|\bultimatum|\b(?:will|would|shall|vow\w*|pledg\w*|"
                           r"promis\w*|ready|prepared|determined)\s+(?:to\s+)?(?:\w+\s+)?"
                           r"(?:retaliat|respond|hit\s+back|strike\s+back|avenge|punish)|"
                           r"\bcrushing\s+blow|\brevenge\b", re.I)),
    (WARNS, re.compile(r"\bwarn|serious\s+consequences|\bthreat", re.I)),
    (OFFERS_TO_MEDIATE, re.compile(r"\bmediat|constructive\s+role|\bwilling|\breadiness|"
                                   r"\boffer", re.I)),
    (RESPECTS, re.compile(r"\brespects?\b", re.I)),
    (REGRETS, re.compile(r"\bregret", re.I)),
    (URGES, re.compile(r"\burg|\bcall(?:s|ed)?\s+(?:on|for|upon)|\brestraint|\bhopes?\b|"
                       r"\bask\b", re.I)),
    (CONCERNED, re.compile(r"\bconcern", re.I)),
    # Later rules only name what the ones above leave as "mentions".
    (ACCUSES, re.compile(r"\baccus|\bblam(?:e|ed|es|ing)\b|\bexaggerat|\bfabricat|\bfalsif|"
                         r"\blie[sd]?\b|\blying\b|\bpropaganda\b", re.I)),
    (DENIES, re.compile(r"\bden(?:y|ies|ied|ial)\b|\bdismiss|\brefut|\bbaseless|\bgroundless|"
                        r"\bunfounded", re.I)),
    (REJECTS, re.compile(r"\breject|\boppos|\bnot\s+in\s+favou?r|\bobject(?:s|ed)?\s+to\b|"
                         r"\brefus", re.I)),
    (SUPPORTS, re.compile(r"\bsupports?\b|\bendors|\bin\s+favou?r\s+of|\bstands?\s+(?:with|by)\b|"
                          r"\bback(?:s|ing)\b|\bbacked\s+(?!by\b)|\b(?:fully\s+)?entitled\s+to\b|"
                          r"\bright\s+to\s+(?:defend|self-defen[cs]e)", re.I)),
    (WELCOMES, re.compile(r"\bwelcom|\bprais|\bcommend|\bapplaud|\bhail", re.I)),
)
# Actors named after "including" are the statement's context, not whom it is about.
_CONTEXT = re.compile(r"\bincluding\b[^.;:]*$", re.IGNORECASE)


# "did not object", "is not in favour": a negated cue word is no such stance.
_NEGATED = re.compile(r"\b(?:not|no|never|without)\s+(?:\w+\s+)?$|n't\s+(?:\w+\s+)?$",
                      re.IGNORECASE)


def stance_cue(statement: Statement) -> str:
    """Return the statement's stance cue, or "mentions" when it has none."""
    words = f"{statement.cue} {statement.text}"
    for cue, regex in CUE_RULES:
        if any(not _NEGATED.search(words, max(0, m.start() - 20), m.start())
               for m in regex.finditer(words)):
            return cue
    return MENTIONS


def find_stance(passages: Sequence[Passage], shown: Collection[str]) -> tuple[StanceLink, ...]:
    """Link each statement's speaker to the actors it is about, merged across articles."""
    seen: set[Statement] = set()
    links: list[StanceLink] = []
    mentions: dict[str, list[tuple[str, tuple[int, int]]]] = {}
    for passage in passages:
        mentions.setdefault(passage.article.id, []).extend(passage.mentions)
    for passage in passages:
        for statement in passage.statements:
            speaker = statement.speaker.actor
            if speaker is None or speaker not in shown or statement.speaker.voice == PUBLIC:
                continue
            if not carries_cue(passage, statement):
                continue
            targets = _targets(passage, statement, mentions[passage.article.id], speaker, shown)
            if not targets or statement in seen:
                continue
            seen.add(statement)
            links.append(StanceLink(speaker, targets, stance_cue(statement), statement.text,
                                    (Citation(passage.article.id, passage.number,
                                              statement.spans),)))
    return _merge(links)


def _targets(passage: Passage, statement: Statement,
             named: Sequence[tuple[str, tuple[int, int]]], speaker: str,
             shown: Collection[str]) -> tuple[str, ...]:
    """Actors named in the statement's sentence or its own words, other than the speaker."""
    text = passage.article.text
    found = [
        actor for actor, (s, e) in named
        if (passage.start <= s < passage.end or any(a <= s and e <= b for a, b in statement.spans))
        and actor in shown and not same_side(actor, speaker)
        and not _CONTEXT.search(text, max(passage.start, s - 200), s)
    ]
    return tuple(dict.fromkeys(found))


def same_side(a: str, b: str) -> bool:
    """One actor, or one and its own body: ids "pakistan" and "pakistan_ispr"."""
    return a == b or a.startswith(b + "_") or b.startswith(a + "_")


def _merge(links: list[StanceLink]) -> tuple[StanceLink, ...]:
    merged: list[StanceLink] = []
    for link in links:
        words = content_words(link.text)
        for i, kept in enumerate(merged):
            if ((kept.speaker, kept.targets, kept.cue) == (link.speaker, link.targets, link.cue)
                    and similarity(words, content_words(kept.text)) >= SAME_AT):
                if link.citations[0].article_id not in {c.article_id for c in kept.citations}:
                    merged[i] = StanceLink(kept.speaker, kept.targets, kept.cue, kept.text,
                                           kept.citations + link.citations)
                break
        else:
            merged.append(link)
    return tuple(merged)


def stance_table(links: Sequence[StanceLink]) -> tuple[StanceCell, ...]:
    """Group the links by speaker and target: the cues (strongest first) and the count."""
    cells: dict[tuple[str, str], list[StanceLink]] = {}
    for link in links:
        for target in link.targets:
            cells.setdefault((link.speaker, target), []).append(link)
    order = (*STANCE_CUES, MENTIONS)
    out = []
    for (speaker, target), group in cells.items():
        cues = tuple(sorted({link.cue for link in group}, key=order.index))
        if len(cues) > 1:  # a stance says more: the cell counts and cites the stances only
            cues = tuple(cue for cue in cues if cue != MENTIONS)
            group = [link for link in group if link.cue != MENTIONS]
        citations = tuple(c for link in group for c in link.citations)
        out.append(StanceCell(speaker, target, cues, len(group), citations))
    return tuple(sorted(out, key=lambda c: (c.speaker, c.target)))
