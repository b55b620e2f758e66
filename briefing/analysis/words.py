"""Word-set comparison: two sets of content words -> their similarity.

Input: frozensets of content words (selection.content_words, the one definition, which the
selection's near-duplicate merge uses too). Output: a similarity in 0..1, and the level at
which two texts are the same statement, used to merge the same event, figure or statement
reported by several articles.
"""

from __future__ import annotations

SAME_AT = 0.8  # content-word similarity at which two texts are the same statement


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """Overlap of two word sets relative to the smaller one (0 when either is empty)."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))
