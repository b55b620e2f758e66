"""`CueScan.within` read from the merged matches of its four scans gives the answers of
the four scans' own `within` calls it replaced (issue 14, stop 17, fourth round).

The replaced code is kept here (`_four_scans`) and compared with the new on every range of
news-style texts and of random texts made of cue words, word pieces and marks.
"""

from __future__ import annotations

import random
import re
from itertools import accumulate

from briefing.extract.reported import CueScan, SentenceCues, scan_cues

NEWS = [
    "He said that, according to officials, she added: they called it “odd”. Saidy "
    "was not a cue; unsaid neither. 'We reiterated it,' stated Baloch, calling for calm.",
    "Figures show the economy grew, data showed on Monday, the minister told reporters. "
    "Critics dubbed the plan “a farce” and branded it a failure, Reuters reported.",
    "According to the ministry, the strikes hit 12 sites. The army denied it, saying the "
    "reports were false; the figures shows nothing, Mr. Smith said.\n\nNo cue here.",
    "He said it was over; she told reporters it was not, the minister warned.",
    "No cue at all here, and none there: saidx, toldly, showx, callers.",
    "",
]
PIECES = ["said", "says", "told", "according to", "According to", "called", "calls",
          "dubbed", "labelled", "figures show", "data showed", "shows", "He", "warned",
          "x", "saidx", "_said", "showy", "call_", ". ", ".\n", "\n\n", " ", ", ", "“", "”",
          "Taiwan", "officials", "A", "reported", "added", "9"]


def _four_scans(scan: CueScan, start: int, end: int) -> SentenceCues | None:
    """CueScan.within before stop 17's fourth round: each scan's own within."""
    starts = scan.starts
    lo = len([s for s in starts if s < start])
    if (lo == len(starts) or starts[lo] >= end) and not (lo and scan.reach[lo - 1] > start):
        text = scan.text
        if end >= len(text) or not ((char := text[end]).isalnum() or char == "_"):
            return None
    cue = scan.cue.within(start, end)
    if scan.data.possible and (data := scan.data.within(start, end)):
        cue = sorted(cue + data, key=lambda c: c.start())
    found = (cue,
             scan.according.within(start, end) if scan.according.possible else [],
             scan.called.within(start, end) if scan.called.possible else [])
    return found if found[0] or found[1] or found[2] else None


def _seen(found: SentenceCues | None) -> object:
    """What a reader can see of an answer: each match's span, text and groups."""
    if found is None:
        return None
    return [[(m.span(), m.group(), m.groups()) for m in part] for part in found]


def _check(text: str, step: int = 1) -> None:
    scan = scan_cues(text)
    size = len(text)
    for start in range(size + 1):
        for end in range(start, size + 1, step):
            assert _seen(scan.within(start, end)) == _seen(_four_scans(scan, start, end)), (
                text, start, end)


def test_the_merged_matches_answer_every_range_of_news_text_as_the_four_scans() -> None:
    for text in NEWS:
        _check(text)


def test_the_merged_matches_answer_every_range_of_random_text_as_the_four_scans() -> None:
    rng = random.Random(1704)
    for _ in range(150):
        text = "".join(rng.choice(PIECES) + rng.choice(["", " ", ""])
                       for _ in range(rng.randrange(0, 25)))
        _check(text, rng.choice([1, 2, 3]))


def test_the_merged_lists_are_the_scans_matches_in_order() -> None:
    # starts and reach as before (the sorted spans of the four scans), with or without the
    # shortcut for an article where only CUE matched.
    rng = random.Random(1705)
    texts = NEWS + ["".join(rng.choice(PIECES) + rng.choice(["", " "])
                            for _ in range(rng.randrange(0, 25))) for _ in range(2000)]
    for text in texts:
        scan = scan_cues(text)
        parts = (scan.cue, scan.according, scan.called, scan.data)
        spans = sorted(span for part in parts for span in part.spans())
        assert scan.starts == [s for s, _ in spans]
        assert scan.reach == list(accumulate((e for _, e in spans), max))
        assert sorted(zip(scan.starts, [m.end() for m in scan.matches], scan.kinds,
                          strict=True)) == sorted(
            (m.start(), m.end(), kind) for kind, part in enumerate(parts)
            for m in part.within(0, len(text)))
        assert scan.starts == [m.start() for m in scan.matches]
        assert all(isinstance(m, re.Match) for m in scan.matches)
