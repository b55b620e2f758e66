"""What to watch: timeline events and statements -> what is coming, soonest first.

Input: the timeline's events (timeline.py), the brief's date, `Passage` values (context.py)
and the actors to show. Output: `WatchItem` values. An analyst reads the list as what is
coming, so it gives first the events dated after the brief's date, soonest first: a
deadline ("tariffs take effect on April 17", "the ultimatum expires") or something
scheduled ("Armacost will visit Tokyo next week"), each once, as the timeline tells it; a
same-day story on other business (`stories`: figures.crisis_stories) gives none. Then one
item per forward-looking sentence of an actor's statement: a threat of future action
("vowed to avenge the attack", "ready to retaliate for any further hostile action"), a
warning ("warned Iran of serious consequences"), an undated deadline ("within 48 hours")
or meeting ("talks will be held"), a stated intention ("will continue its endeavour",
"willing to play a constructive role"). A past act is no threat: "destroyed the platform
in retaliation for Friday's attack" looks back, and so does background dated long before
its report. Reported speech shows its whole sentence (the cue is part of the meaning); a
quotation shows the quoted words of the sentence that looks ahead. Repeats across
articles merge, and a statement that tells a dated event ahead joins that event's item.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Sequence
from dataclasses import replace

from briefing.analysis.bottom_line import is_background
from briefing.analysis.context import Passage, carries_cue
from briefing.analysis.model import (
    DEADLINE,
    INTENTION,
    SCHEDULED,
    THREAT,
    WARNING,
    Event,
    WatchItem,
)
from briefing.analysis.timeline import SAME_EVENT_WORDS
from briefing.analysis.words import SAME_AT, similarity
from briefing.models import PUBLIC, QUOTE, Citation, Statement
from briefing.selection import content_words

RULES = (
    (DEADLINE, re.compile(r"\bdeadline\b|\bultimatum\b|\bwithin\s+\d+\s+(?:hours|days|weeks)\b|"
                          r"\bby\s+the\s+end\s+of\b", re.I)),
    (SCHEDULED, re.compile(r"\b(?:talks|meeting|summit|visit|vote|session)\b[^.]{0,60}"
                           r"\b(?:will\s+be\s+held|scheduled|is\s+due|are\s+due|next\s+week|"
                           r"planned)\b|\b(?:will|to)\s+(?:meet|visit|hold\s+talks)\b", re.I)),
    (THREAT, re.compile(r"\bthreaten(?:s|ed|ing)?\b|\bretaliat|\bwill\s+respond\b|"
                        r"\bavenge\b|\bpay\s+a\s+(?:heavy\s+)?price\b", re.I)),
    (WARNING, re.compile(r"\bwarn(?:s|ed|ing)?\b|\bserious\s+consequences\b|\bmisadventure\b",
                         re.I)),
    (INTENTION, re.compile(r"\bwill\s+(?!like\b)\w+|\bshall\s+\w+|\bwilling\s+to\b|"
                           r"\bready\s+to\b|\breadiness\s+to\b|\bdetermination\s+to\b|"
                           r"\bresolve\s+to\b|\bintends?\s+to\b|\bplans?\s+to\b|\bvow|\bpledg",
                           re.I)),
)
# A threat looks ahead: a future or a conditional, a vow, "threatened to", "any further".
# Without one, "retaliation" and "retaliatory" name an act done ("destroyed the platform in
# retaliation for Friday's attack", "launched a retaliatory strike").
AHEAD = re.compile(
    r"\b(?:will|would|shall|could|might|going\s+to|ready\s+to|prepared\s+to|"
    r"threaten(?:s|ed|ing)?\s+to|vow(?:s|ed|ing)?|pledg\w*|promis\w*|warn\w*|unless|if|"
    r"any\s+(?:further|future|new)|in\s+the\s+coming|next|avenge)\b", re.I)
# The deadlines among dated events ahead; the others are things scheduled.
_DUE = re.compile(r"\b(?:deadline|ultimatum|expir\w*|effective|(?:take|takes|taking|"
                  r"come|comes|go|goes)\s+(?:into\s+)?(?:effect|force))\b", re.I)
_BY = re.compile(r"\b(?:by|before|until|no\s+later\s+than)\s+$", re.I)  # "by April 1"
# The order of the list: dated events first (soonest first), then threats and warnings of
# future action, undated deadlines and meetings, intentions.
ORDER = (THREAT, WARNING, DEADLINE, SCHEDULED, INTENTION)


def watch_kind(text: str) -> str | None:
    """Return the kind of forward-looking words in `text` (first rule that matches), or
    None. A threat must look ahead (AHEAD); words that only name a past retaliation are
    read by the later rules."""
    for kind, regex in RULES:
        if regex.search(text) and (kind != THREAT or AHEAD.search(text)):
            return kind
    return None


def find_watch(passages: Sequence[Passage], shown: Collection[str],
               events: Sequence[Event] = (), day: dt.date | None = None,
               stories: Collection[str] | None = None) -> tuple[WatchItem, ...]:
    """What is coming: the timeline's `events` dated after `day` (from `stories`, where
    given), soonest first, then the forward-looking sentences of the shown actors'
    statements."""
    dated = _join(_coming(events, shown, day, stories)) if day is not None else []
    told = {(c.article_id, c.spans[0][0]) for item in dated for c in item.citations}
    on_day = {item.date: i for i, item in enumerate(dated) if not item.approximate}
    found: list[WatchItem] = []
    seen: set[tuple[Statement, int]] = set()
    for passage in passages:
        for statement in passage.statements:
            actor = statement.speaker.actor
            if actor is None or actor not in shown or statement.speaker.voice == PUBLIC:
                continue
            span = _span(passage, statement)
            if span is None or (statement, span[0]) in seen:
                continue
            if (passage.article.id, passage.start) in told or is_background(passage):
                continue  # told by an event ahead; or looking back a long way
            ahead = next((on_day[d.date] for d in passage.dates if d.date in on_day
                          and not d.approximate), None)
            if ahead is not None:  # "announced tariffs from April 17": that event's
                kept = dated[ahead]
                dated[ahead] = replace(kept, citations=(*kept.citations, passage.citation()))
                told.add((passage.article.id, passage.start))
                continue
            text = passage.article.text[span[0]:span[1]]
            kind = watch_kind(text if statement.kind == QUOTE else
                              f"{statement.cue} {text}")
            if kind is None:
                continue
            seen.add((statement, span[0]))
            found.append(WatchItem(actor, kind, text, (passage.citation(span),)))
    return (*dated, *_merge(found))


def _coming(events: Sequence[Event], shown: Collection[str], day: dt.date,
            stories: Collection[str] | None) -> list[WatchItem]:
    out = []
    for event in events:
        if event.date <= day or not event.when:
            continue
        if stories is not None and not any(c.article_id in stories for c in event.citations):
            continue
        actor = next((a for a in event.actors if a in shown), None)
        if actor is None:
            continue
        at = event.text.find(event.when)
        due = _DUE.search(event.text) or _BY.search(event.text, max(0, at - 20), max(0, at))
        kind = DEADLINE if due else SCHEDULED
        out.append(WatchItem(actor, kind, event.text, event.citations, event.date,
                             event.approximate, event.when))
    return sorted(out, key=lambda w: (w.date or day, w.approximate,
                                      w.citations[0].number, w.citations[0].spans[0][0]))


def _join(items: list[WatchItem]) -> list[WatchItem]:
    """Events ahead that the timeline tells apart but that are one thing coming: the same
    day and some of the same words ("tariffs take effect on April 17", "to avoid the
    tariffs on April 17"), or a day of the same week ("next week") and mostly the same
    words."""
    out: list[WatchItem] = []
    words: list[frozenset[str]] = []
    for item in items:
        mine = content_words(item.text)
        for i, kept in enumerate(out):
            if (kept.date is not None and item.date is not None
                    and kept.date.isocalendar()[:2] == item.date.isocalendar()[:2]
                    and similarity(mine, words[i]) >= (
                        SAME_EVENT_WORDS if kept.date == item.date and not (
                            kept.approximate or item.approximate) else SAME_AT)):
                cited = tuple(dict.fromkeys(kept.citations + item.citations))
                out[i] = WatchItem(kept.actor, kept.kind, kept.text, cited, kept.date,
                                   kept.approximate, kept.when)
                break
        else:
            out.append(item)
            words.append(mine)
    return out


def _span(passage: Passage, statement: Statement) -> tuple[int, int] | None:
    """The words to show: the quoted part of this sentence, or the whole reported sentence."""
    if statement.kind != QUOTE:
        return (passage.start, passage.end) if carries_cue(passage, statement) else None
    for a, b in statement.spans:
        s, e = max(a, passage.start), min(b, passage.end)
        if s < e:
            text = passage.article.text
            while s < e and text[s] in " \"“‘'":
                s += 1
            while e > s and text[e - 1] in " \"”’',":
                e -= 1
            return (s, e) if s < e else None
    return None


def _merge(items: list[WatchItem]) -> tuple[WatchItem, ...]:
    merged: list[WatchItem] = []
    # Only items of one actor and kind can merge: each is compared with those kept before it.
    kept_of: dict[tuple[str, str], list[tuple[int, frozenset[str]]]] = {}
    for item in items:
        words = content_words(item.text)
        same = kept_of.setdefault((item.actor, item.kind), [])
        for i, kept_words in same:
            if similarity(words, kept_words) >= SAME_AT:
                kept = merged[i]
                citations: tuple[Citation, ...] = kept.citations + item.citations
                merged[i] = WatchItem(kept.actor, kept.kind, kept.text, citations)
                break
        else:
            same.append((len(merged), words))
            merged.append(item)
    return tuple(sorted(merged, key=lambda w: (ORDER.index(w.kind),
                                               w.citations[0].number,
                                               w.citations[0].spans[0][0])))
