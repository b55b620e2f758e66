"""Speed-ups of the actor matcher give the answers of the code they replaced."""

from __future__ import annotations

import random
from pathlib import Path

from briefing.extract.matcher import GIVEN_BEFORE, given_before

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
