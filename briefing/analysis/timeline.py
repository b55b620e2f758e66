"""Timeline: passages -> dated events, merged across articles, oldest first.

Input: `Passage` values (context.py). Output: `Event` values. An event is either a sentence
that dates itself outside quotation marks ("On January 17, Pakistan warned Iran ...",
"... initiated by Tehran late Tuesday night ...") or, for an actor that speaks in an article
without a dated sentence of its own, its first statement there, dated by the article
(approximate: the report's date, not the statement's). The same event reported by several
articles (same day, same kind, shared actors, mostly the same words) is one event citing
each article.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing.analysis.context import Passage
from briefing.analysis.dates import find_dates
from briefing.analysis.model import Event
from briefing.analysis.words import content_words, similarity
from briefing.models import PUBLIC, Citation, Statement

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
    refs = [r for r in find_dates(passage.article.text, passage.start, passage.end,
                                  passage.article.date) if not passage.is_quoted(r.span[0])]
    actors = passage.actors(outside_quotes=True)
    if not refs or not actors:
        return None
    ref = refs[0]
    return Event(ref.date, ref.approximate, ref.expression, _kind(passage), actors,
                 passage.text, (passage.citation(),))


def _speakers(passage: Passage, kind: str) -> set[str]:
    """The actors a dated sentence speaks for: its statements' speakers, its attributions."""
    found = {s.speaker.actor for s in passage.statements if s.speaker.actor}
    found |= {actor for actor, _ in passage.attributions}
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
            if not _is_cue_passage(passage, statement):
                continue
            spoken.add(key)
            out.append(Event(passage.article.date, True, "", STATEMENT,
                             (actor, *(a for a in passage.actors() if a != actor)),
                             passage.text, (passage.citation(),)))
    return out


def _is_cue_passage(passage: Passage, statement: Statement) -> bool:
    """The sentence that carries the statement's cue (or, without one, its first words)."""
    at = statement.cue_span[0] if statement.cue_span else statement.spans[0][0]
    return passage.start <= at < passage.end


def _merge(events: list[Event]) -> tuple[Event, ...]:
    merged: list[Event] = []
    for event in sorted(events, key=_order):
        words = content_words(event.text)
        for i, kept in enumerate(merged):
            if (kept.kind == event.kind and set(kept.actors) & set(event.actors)
                    and (kept.date == event.date or not event.when)
                    and similarity(words, content_words(kept.text)) >= MERGE_AT
                    and kept.citations[0].article_id != event.citations[0].article_id):
                citations: tuple[Citation, ...] = kept.citations + event.citations
                merged[i] = Event(kept.date, kept.approximate, kept.when, kept.kind,
                                  kept.actors, kept.text, citations)
                break
        else:
            merged.append(event)
    return tuple(sorted(merged, key=_order))


def _order(event: Event) -> tuple[object, ...]:
    first = event.citations[0]
    return (event.date, first.number, first.spans[0][0])
