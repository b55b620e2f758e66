"""What to watch: statements -> forward-looking items (warnings, threats, intentions, ...).

Input: `Passage` values (context.py) and the actors to show. Output: `WatchItem` values,
one per forward-looking sentence of an actor's statement: a warning ("warned Iran of
serious consequences"), a threat ("will retaliate"), a stated intention ("will continue its
endeavour", "willing to play a constructive role", "our determination to defeat"), a
deadline ("within 48 hours") or something scheduled ("talks will be held on Monday").
Reported speech shows its whole sentence (the cue is part of the meaning); a quotation
shows the quoted words of the sentence that looks ahead. Repeats across articles merge.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from briefing.analysis.context import Passage, carries_cue
from briefing.analysis.model import (
    DEADLINE,
    INTENTION,
    SCHEDULED,
    THREAT,
    WARNING,
    WATCH_KINDS,
    WatchItem,
)
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


def watch_kind(text: str) -> str | None:
    """Return the kind of forward-looking words in `text` (first rule that matches), or None."""
    for kind, regex in RULES:
        if regex.search(text):
            return kind
    return None


def find_watch(passages: Sequence[Passage], shown: Collection[str]) -> tuple[WatchItem, ...]:
    """Gather the forward-looking sentences of the shown actors' statements."""
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
            text = passage.article.text[span[0]:span[1]]
            kind = watch_kind(text if statement.kind == QUOTE else
                              f"{statement.cue} {text}")
            if kind is None:
                continue
            seen.add((statement, span[0]))
            found.append(WatchItem(actor, kind, text, (passage.citation(span),)))
    return _merge(found)


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
    return tuple(sorted(merged, key=lambda w: (WATCH_KINDS.index(w.kind),
                                               w.citations[0].number,
                                               w.citations[0].spans[0][0])))
