"""Quotation marks: the mark patterns that quotes.py and its readers share."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from briefing.extract.quotes import MARKS, OPENING, mark_pattern


def test_mark_pattern_matches_as_the_plain_alternation_would() -> None:
    text = "''x'' ' '' ''' \"a\" “b” „c« »d ' it's ’"
    for marks, pattern in (("\"“”„«»", MARKS), ("\"“„«", OPENING), ("”\"", mark_pattern("”\""))):
        plain = re.compile(rf"''|[{marks}]")
        for start in range(len(text) + 1):
            for end in range(start, len(text) + 1):
                assert [m.span() for m in pattern.finditer(text, start, end)] == [
                    m.span() for m in plain.finditer(text, start, end)], (marks, start, end)
    assert [m.group() for m in MARKS.finditer("''a'' b' \"c\"")] == ["''", "''", '"', '"']


def test_mark_spans_are_the_spans_of_the_mark_pattern() -> None:
    from briefing.extract.quotes import mark_spans

    for text in ("''x'' ' '' ''' '''' \"a\" “b” „c« »d ' it's ’", "'\"'", "\"''\"", "", "x'"):
        assert mark_spans(text) == [m.span() for m in MARKS.finditer(text)], text


@given(st.text(alphabet="'\"“”„«»’ a\n", max_size=40))
def test_mark_spans_agree_with_the_pattern_on_any_text(text: str) -> None:
    from briefing.extract.quotes import mark_spans

    assert mark_spans(text) == [m.span() for m in MARKS.finditer(text)]
