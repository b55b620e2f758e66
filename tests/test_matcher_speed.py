"""Speed-ups of the actor matcher give the answers of the code they replaced."""

from __future__ import annotations

import random
from pathlib import Path

from briefing.config.settings import load_config
from briefing.extract.matcher import (
    _ACTOR,
    _CUE,
    ASCII_RUNS,
    GIVEN_BEFORE,
    ActorMatcher,
    Prescan,
    build_matcher,
    given_before,
)

ROOT = Path(__file__).resolve().parent.parent
PIECES = ["Gerhard", "Jean-Paul", "Mc", "McDonald", "said", "Mr.", "Stoltenberg", "O'Brien",
          "al-Assad", " ", " ", "  ", "\t", "\n", ",", ".", "-", "’", "a", "Z", "é", "É", "_",
          "President", "the", "de", "X-Ray", "Ab-cd"]


def _texts() -> list[str]:
    rng = random.Random(14)
    made = ["".join(rng.choice(PIECES) for _ in range(rng.randrange(0, 16))) for _ in range(2000)]
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    return made + seeds


def test_given_before_is_the_search() -> None:
    for text in _texts():
        for start in range(len(text) + 1):
            m = GIVEN_BEFORE.search(text, max(0, start - 30), start)
            got = given_before(text, start)
            assert (m and m.span(1)) == (got and got.span(1)), (text, start)


def old_prescan(matcher: ActorMatcher, text: str) -> Prescan | None:
    """ActorMatcher.prescan before issue 14's speed stop."""
    if matcher._ascii_plain:
        chars = set(ASCII_RUNS.sub("", text)) if not text.isascii() else set()
    else:
        chars = set(text)
    if not (chars <= matcher._plain_chars or all(matcher._lowers_plainly(ch) for ch in chars)):
        return None
    low = text.lower()
    size = len(low)
    kinds = matcher._kinds
    longest: dict[int, int] = {}
    cue_starts = {0}
    for index, start, end in matcher._automaton.find_matches_as_indexes(low, overlapping=True):
        if start and ((char := low[start - 1]).isalnum() or char == "_"):
            continue
        if end < size and ((char := low[end]).isalnum() or char == "_"):
            continue
        kind = kinds[index]
        if kind & _ACTOR and longest.get(start, -1) < end:
            longest[start] = end
        if kind & _CUE:
            cue_starts.add(start)
    spans = []
    last = 0
    for start in sorted(longest):
        if start >= last:
            last = longest[start]
            spans.append((start, last))
    return Prescan(tuple(spans), tuple(sorted(cue_starts)))


WORDS = ["said", "Iran", "Iranian", "the", "U.S.", "United States", "Soviet", "Moscow", "told",
         "according to", "Reagan", "Thatcher", "É", "é", "Éire", "ß", "_", "1", "x", "Ω", "Ωmega",
         "ñ", "Peña", " ", " ", ", ", ".", "-", "'", "’", "\n", "spokesman", "minister", "İ"]


def test_prescan_is_the_old_prescan() -> None:
    matcher = build_matcher(load_config(ROOT / "config").actors)
    rng = random.Random(15)
    texts = ["".join(rng.choice(WORDS) for _ in range(rng.randrange(0, 30)))
             for _ in range(3000)]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    for text in texts:
        assert matcher.prescan(text) == old_prescan(matcher, text), text
