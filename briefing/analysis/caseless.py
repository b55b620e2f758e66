"""Case-insensitive patterns run fast: ASCII text -> the matches an IGNORECASE pattern finds.

Input: a text, its copy with the ASCII letters lower-cased (`lowered`; None where that
is not safe) and a range. Output: the same match objects that the IGNORECASE pattern's
`finditer` gives over the range. Python's IGNORECASE matching runs about three times
slower than plain matching; over the lowered text the plain pattern (an ASCII pattern, its
literals in lower case) finds the same spans, and each span found is matched again on the
real text, so callers see the text's own case in the groups. The other characters of a
text are kept as they are: under IGNORECASE an ASCII pattern matches a non-ASCII character
only where it is one of four (İ ı ſ K, which fold to i, s and k), and a text with any of
those takes the IGNORECASE pattern itself.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence

_WORD = re.compile(r"\w")
_ESCAPE = re.compile(r"\\.|\(\?P<\w+>|\(\?P=\w+\)")


# The non-ASCII characters that an ASCII letter matches under IGNORECASE (every code point
# was tried against every ASCII character: tests/test_analysis_caseless.py).
FOLDS_TO_ASCII = "\u0130\u0131\u017f\u212a"
_FOLDS_TO_ASCII = re.compile(f"[{FOLDS_TO_ASCII}]")


def lowered(text: str) -> str | None:
    """The text with its ASCII letters in lower case, every other character as it is (the
    same length), where that is safe to match in place of it; else None."""
    if text.isascii():
        return text.lower()
    if _FOLDS_TO_ASCII.search(text):
        return None
    try:  # UTF-8 writes a non-ASCII character in bytes >= 0x80, which lower() leaves
        return text.encode("utf-8").lower().decode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate
        return None


class Caseless:
    """A pattern matched without regard to case; see the module docstring."""

    def __init__(self, source: str, flags: int = 0) -> None:
        if not source.isascii():
            raise ValueError(f"a non-ASCII pattern would miss the text's other case: {source!r}")
        plain = source.replace("[A-Z]", "[a-z]")
        if re.search("[A-Z]", _ESCAPE.sub("", plain)):
            raise ValueError(f"an upper-case literal never matches lower-cased text: {source!r}")
        self.regex = re.compile(source, flags | re.IGNORECASE)
        self._plain = re.compile(plain, flags)

    def finditer(self, text: str, low: str | None, start: int = 0,
                 end: int | None = None) -> Iterator[re.Match[str]]:
        """The matches of the IGNORECASE pattern in text[start:end] (pos/endpos semantics)."""
        stop = len(text) if end is None else end
        if low is None:
            yield from self.regex.finditer(text, start, stop)
            return
        for found in self._plain.finditer(low, start, stop):
            match = self.regex.match(text, found.start(), stop)
            if match is None or match.end() != found.end():  # cannot happen (see above)
                raise AssertionError(f"caseless match differs at {found.start()}")
            yield match

    def in_ranges(self, text: str, low: str | None,
                  ranges: Sequence[tuple[int, int]]) -> list[list[re.Match[str]]]:
        """For each range (sorted, not overlapping), what `finditer` over it would give.

        The whole text is scanned once and each match put in the range that holds it. A
        range that a match crosses into or out of, or whose end splits a word, could match
        differently on its own: those few are scanned on their own, so the answer is exact.
        """
        out: list[list[re.Match[str]]] = [[] for _ in ranges]
        if not ranges:
            return out
        alone: set[int] = set()
        starts = [s for s, _ in ranges]
        for match in self.finditer(text, low, ranges[0][0], ranges[-1][1]):
            i = bisect.bisect_right(starts, match.start()) - 1
            if i >= 0 and match.end() <= ranges[i][1]:
                out[i].append(match)
                continue
            last = bisect.bisect_left(starts, match.end()) - 1
            alone.update(range(max(i, 0), last + 1))
        stop = len(text)
        for i, (start, end) in enumerate(ranges):
            if i in alone or (end < stop and _WORD.match(text, end)):
                out[i] = list(self.finditer(text, low, start, end))
        return out
