"""Timeline: passages -> dated events, merged across articles, oldest first.

Input: `Passage` values (context.py). Output: `Event` values. An event is either a sentence
that dates itself outside quotation marks and reports an act (a strike, warning, offer,
talks) or words ("On January 17, Pakistan warned Iran ...", "... initiated by Tehran late
Tuesday night ...", "the ISPR said on January 18"), or, for an actor that speaks in an article
without a dated sentence of its own, its first statement there, dated by the article
(approximate: the report's date, not the statement's). The same event reported by several
articles (same day, same kind, shared actors, mostly the same words) is one event citing
each article.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from briefing.analysis.context import Passage, carries_cue
from briefing.analysis.model import Event
from briefing.analysis.words import similarity
from briefing.models import PUBLIC, Citation
from briefing.selection import content_words

# Event kinds, tried in this order on the words outside quotation marks.
KINDS = (
    ("offer", re.compile(r"mediat|willing|readiness|constructive role|\boffer", re.I)),
    ("warning", re.compile(r"\bwarn|threat|consequences|ultimatum", re.I)),
    ("strike", re.compile(r"\battack|\bstrike|missile|launched|\bfired|\bbomb|shell|raid", re.I)),
    ("talks", re.compile(r"\btalks\b|\bmeet|\bsummit|\bvisit", re.I)),
)
STATEMENT = "statement"
MERGE_AT = 0.5  # content-word similarity at which two reports are one event


def build_timeline(passages: Sequence[Passage]) -> tuple[Event, ...]:
    """Return the timeline's events, merged, oldest first."""
    dated: list[tuple[Passage, Event]] = []
    for passage in passages:
        event = _dated_event(passage)
        if event is not None:
            dated.append((passage, event))
    events = [event for _, event in dated]
    events.extend(_statement_events(passages, dated))
    return _merge(events)


def _outside_quotes(passage: Passage) -> str:
    text = passage.article.text
    pieces, at = [], passage.start
    for s, e in passage.quoted:
        pieces.append(text[at:s])
        at = e
    pieces.append(text[at:passage.end])
    return " ".join(pieces)


def _kind(passage: Passage) -> str:
    words = _outside_quotes(passage)
    for kind, regex in KINDS:
        if regex.search(words):
            return kind
    return STATEMENT


def _dated_event(passage: Passage) -> Event | None:
    actors = passage.actors(outside_quotes=True)
    if not actors:
        return None  # (asked first: most sentences name no actor, and dates cost more)
    refs = passage.dates
    if not refs:
        return None
    kind = _kind(passage)
    if kind == STATEMENT and not passage.statements:
        return None  # a date in a sentence that reports no act and no words ("from 1.30 yesterday")
    ref = refs[0]
    return Event(ref.date, ref.approximate, ref.expression, kind, actors, passage.text,
                 (passage.citation(),))


def _speakers(passage: Passage, kind: str) -> set[str]:
    """The actors a dated sentence speaks for: its statements' speakers."""
    found = {s.speaker.actor for s in passage.statements if s.speaker.actor}
    if kind in ("offer", "warning"):
        found |= set(passage.actors(outside_quotes=True)[:1])
    return {a for a in found if a}


def _statement_events(passages: Sequence[Passage],
                      dated: list[tuple[Passage, Event]]) -> list[Event]:
    spoken = {(p.article.id, actor) for p, e in dated for actor in _speakers(p, e.kind)}
    out: list[Event] = []
    for passage in passages:
        for statement in passage.statements:
            actor = statement.speaker.actor
            if actor is None or statement.speaker.voice == PUBLIC:
                continue
            key = (passage.article.id, actor)
            if key in spoken:
                continue
            if not carries_cue(passage, statement):
                continue
            spoken.add(key)
            out.append(Event(passage.article.date, True, "", STATEMENT,
                             (actor, *(a for a in passage.actors() if a != actor)),
                             passage.text, (passage.citation(),)))
    return out


def _merge(events: list[Event]) -> tuple[Event, ...]:
    """Merge each event into the first earlier-kept event that reports the same thing.

    Only kept events that could match are compared, through two word indexes, with the
    result of comparing every pair. A match shares at least k = ceil(MERGE_AT * n) of the
    n words of the smaller of the two, so any n - k + 1 of those words include a shared
    one: a kept event files that many of its words (the rarest) in `brief`, which every
    word of a new event is looked up in, and every word in `full`, which the new event's
    own n - k + 1 rarest words are looked up in.
    """
    ordered = sorted(events, key=_order)
    sets = [content_words(event.text) for event in ordered]
    frequency = Counter(w for words in sets for w in words)
    merged: list[Event] = []
    merged_sets: list[frozenset[str]] = []
    full: dict[str, list[int]] = defaultdict(list)
    brief: dict[str, list[int]] = defaultdict(list)
    for event, words in zip(ordered, sets, strict=True):
        rarest = sorted(words, key=lambda w: (frequency[w], w))[: _enough(len(words))]
        candidates = {i for w in rarest for i in full.get(w, ())}
        candidates.update(i for w in words for i in brief.get(w, ()))
        for i in sorted(candidates):
            kept = merged[i]
            if (kept.kind == event.kind and set(kept.actors) & set(event.actors)
                    and (kept.date == event.date or not event.when)
                    and similarity(words, merged_sets[i]) >= MERGE_AT
                    and kept.citations[0].article_id != event.citations[0].article_id):
                citations: tuple[Citation, ...] = kept.citations + event.citations
                merged[i] = Event(kept.date, kept.approximate, kept.when, kept.kind,
                                  kept.actors, kept.text, citations)
                break
        else:
            for w in words:
                full[w].append(len(merged))
            for w in rarest:
                brief[w].append(len(merged))
            merged.append(event)
            merged_sets.append(words)
    return tuple(sorted(merged, key=_order))


def _enough(n: int) -> int:
    """How many of n words meet every word set that shares MERGE_AT of them."""
    return n - math.ceil(MERGE_AT * n - 1e-9) + 1 if n else 0


def _order(event: Event) -> tuple[object, ...]:
    first = event.citations[0]
    return (event.date, first.number, first.spans[0][0])
