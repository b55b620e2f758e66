"""Reported speech: the patterns written for speed match as their plain forms do."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.reported import CONJOINED

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
