"""Word sets for comparing texts: content words and their overlap.

Input: text. Output: frozensets of lower-cased content words and a similarity in 0..1, used
to merge the same event, figure or statement reported by several articles.
"""

from __future__ import annotations

from briefing.selection import STOP_WORDS, WORD


def content_words(text: str) -> frozenset[str]:
    """Return the lower-cased words of three letters or more, stop words left out."""
    return frozenset(w for w in (m.lower() for m in WORD.findall(text)) if w not in STOP_WORDS)


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """Overlap of two word sets relative to the smaller one (0 when either is empty)."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))
