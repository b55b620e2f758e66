"""Reported speech (reported.py): each shape of "X said (that) ..." in news prose, then the
patterns written for speed, which must match as their plain forms do."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.config.settings import load_config
from briefing.extract.matcher import build_matcher
from briefing.extract.reported import CONJOINED
from briefing.extract.statements import extract
from briefing.extract.text import join_spans
from briefing.models import ACCORDING_TO, REPORTED, Article

MATCHER = build_matcher(load_config(Path(__file__).resolve().parent.parent / "config").actors)


def reported(text: str) -> list[tuple[str, str, str]]:
    """(kind, what was said, speaker phrase) of every reported statement in `text`."""
    article = Article(id="r", date=dt.date(2024, 1, 19), title="", source="test", url=None,
                      text=text, origin="test")
    return [(s.kind, join_spans(text, s.spans), text[slice(*s.speaker.span)])
            for s in extract(article, MATCHER) if s.kind in (REPORTED, ACCORDING_TO)]


def test_speaker_then_said_that() -> None:
    assert reported("The foreign minister said that the border would stay closed until "
                    "further notice.") == [
        (REPORTED, "the border would stay closed until further notice", "The foreign minister")]


def test_said_after_the_clause() -> None:
    [(kind, said, speaker)] = reported("The border would stay closed until further notice, "
                                       "the foreign minister said on Tuesday.")
    assert (kind, speaker) == (REPORTED, "the foreign minister")
    assert said.startswith("The border would stay closed")


def test_according_to() -> None:
    [(kind, said, speaker)] = reported("According to the interior ministry, three soldiers "
                                       "were wounded in the attack.")
    assert (kind, speaker) == (ACCORDING_TO, "the interior ministry")
    assert "three soldiers were wounded" in said

PLAIN_CONJOINED = re.compile(
    r"(?<![\s,])(?:\s*+,)?\s++(?:and|but)\s++(?:(?:also|later|then)\s++)?(?=(\w+)\b)"
)
PIECES = [" ", "  ", ",", "\n", "and", "but", "also", "then", "x", "said", "y,", "é", "_", "-",
          "andy"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=12), st.integers(0, 3))
def test_conjoined_matches_as_its_plain_form(pieces: list[str], start: int) -> None:
    text = "".join(pieces)
    assert [(m.span(), m.group(1)) for m in CONJOINED.finditer(text, start)] == [
        (m.span(), m.group(1)) for m in PLAIN_CONJOINED.finditer(text, start)]


def test_conjoined_finds_the_second_verb() -> None:
    text = "He said it was over, and said , but also added that"
    assert [m.group(1) for m in CONJOINED.finditer(text)] == ["said", "added"]
    assert [m.group() for m in CONJOINED.finditer(text)] == [", and ", " , but also "]


def test_a_cue_scan_answers_every_range_as_its_three_scans_would() -> None:
    from briefing.extract.reported import scan_cues

    texts = [
        "He said that, according to officials, she added: they called it “odd”. Saidy "
        "was not a cue; unsaid neither. 'We reiterated it,' stated Baloch, calling for calm.",
        "No cue at all here, and none there: saidx, toldly.",
        "",
    ]
    for text in texts:
        scan = scan_cues(text)
        for start in range(0, len(text) + 1):
            for end in range(start, len(text) + 1, 2):
                three = [[m.span() for m in part.within(start, end)]
                         for part in (scan.cue, scan.according, scan.called)]
                found = scan.within(start, end)
                assert (found and [[m.span() for m in part] for part in found]) == (
                    any(three) and three or None), (start, end)
