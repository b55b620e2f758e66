"""Word sets for comparing texts: content words and their overlap.

Input: text. Output: frozensets of lower-cased content words and a similarity in 0..1, used
to merge the same event, figure or statement reported by several articles.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_]{3,}")
_STOP = frozenset(
    """the and that this with from have has had was were are will would could should can
    for not but its their there they them then than also been being into onto over such
    which who whom whose what when where while said says say told added noted stated
    about after before between both each other some any all our your his her him she
    we you one two may might must very more most much many""".split()
)


def content_words(text: str) -> frozenset[str]:
    """Return the lower-cased words of three letters or more, stop words left out."""
    return frozenset(w for w in (m.lower() for m in _WORD.findall(text)) if w not in _STOP)


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """Overlap of two word sets relative to the smaller one (0 when either is empty)."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))
