"""Render stage, first step: a Brief -> the same Brief with every shown text of bounded length.

Input: the Brief the pipeline built. Output: a copy in which each statement, title, source
name and speaker name longer than its limit is cut at a word, with a marker ("…"). Only
the brief (Markdown, HTML, PDF) shows the cut copy; statements.json is written from the
Brief as built, so its text and offsets stay whole. One article holding a 4 MB quote
would otherwise make an 894-page PDF and a 10 MB email.
"""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar

from briefing.brief import Brief

MARKER = "…"
# The longest text of each kind a brief shows, in characters, by field name (the same
# name means the same kind of text throughout models.py and analysis/model.py).
LIMITS = {
    "text": 2_000,  # a statement, a timeline event, a figure's words, a claim
    "title": 300,  # an article's title
    "source": 200,  # a source's name
    "name": 200,  # a speaker's name
    "role": 200,
    "mention": 200,
    "item": 200,  # a skipped item (NotRead), and why
    "reason": 300,
}
# Look no further back than this for a space to cut at (a text with no space is cut hard).
WORD = 40

T = TypeVar("T")


def cut(text: str, limit: int) -> str:
    """Return `text`, or its first `limit` characters or fewer, cut at a word, with MARKER."""
    if len(text) <= limit:
        return text
    head = text[: limit - len(MARKER)]
    space = max(head.rfind(" "), head.rfind("\n"))
    if space > 0 and space >= len(head) - WORD:
        head = head[:space]
    return head.rstrip() + MARKER


def bounded(brief: Brief) -> Brief:
    """Return the brief with every text field cut to its LIMITS."""
    return _bound(brief)


def _bound(value: T) -> T:
    if isinstance(value, tuple):
        items = tuple(_bound(item) for item in value)
        return value if all(a is b for a, b in zip(items, value, strict=True)) else items  # type: ignore[return-value]
    if not dataclasses.is_dataclass(value) or isinstance(value, type):
        return value
    changes: dict[str, Any] = {}
    for field in dataclasses.fields(value):
        old = getattr(value, field.name)
        if isinstance(old, str):
            new: Any = cut(old, LIMITS[field.name]) if field.name in LIMITS else old
        else:
            new = _bound(old)
        if new is not old:
            changes[field.name] = new
    return dataclasses.replace(value, **changes) if changes else value  # type: ignore[type-var]
