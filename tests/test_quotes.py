"""Quotation marks: the mark patterns that quotes.py and its readers share."""

from __future__ import annotations

import re

from briefing.quotes import MARKS, OPENING, mark_pattern


def test_mark_pattern_matches_as_the_plain_alternation_would() -> None:
    text = "''x'' ' '' ''' \"a\" “b” „c« »d ' it's ’"
    for marks, pattern in (("\"“”„«»", MARKS), ("\"“„«", OPENING), ("”\"", mark_pattern("”\""))):
        plain = re.compile(rf"''|[{marks}]")
        for start in range(len(text) + 1):
            for end in range(start, len(text) + 1):
                assert [m.span() for m in pattern.finditer(text, start, end)] == [
                    m.span() for m in plain.finditer(text, start, end)], (marks, start, end)
    assert [m.group() for m in MARKS.finditer("''a'' b' \"c\"")] == ["''", "''", '"', '"']
