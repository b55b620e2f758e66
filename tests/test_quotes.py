"""Quotation marks -> quoted passages (quotes.py): pairing, paragraphs, and the mark patterns."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from briefing.extract.quotes import MARKS, OPENING, find_quotes, mark_pattern
from briefing.extract.text import segment


def quoted(text: str) -> list[str]:
    """The quoted words of `text`, one string per passage (its pieces joined by |)."""
    return ["|".join(text[s:e] for s, e in q.spans) for q in find_quotes(text, segment(text))]


def test_curly_straight_low_and_guillemet_marks_all_pair() -> None:
    text = ('He said “we will respond” today. She said "not now". '
            'Der Minister sagte „nie wieder“. Le ministre a dit «jamais».')
    assert quoted(text) == ["we will respond", "not now", "nie wieder", "jamais"]


def test_two_apostrophes_stand_for_a_double_mark_in_wire_copy() -> None:
    assert quoted("The minister said ''we are ready'' on Monday.") == ["we are ready"]


def test_three_apostrophes_close_the_inner_quote_first_and_open_the_outer_first() -> None:
    # An archive's double mark of two apostrophes beside a single mark: three apostrophes
    # after a word close the inner quote, then the outer one; after a space they open the
    # outer first.
    text = "''I would use the word 'old-school,''' said Gregory Slayton. ''Humility, yes.''"
    assert quoted(text) == ["I would use the word 'old-school", "Humility, yes."]
    text = "He said '''Old times' are back,'' on Monday."
    assert quoted(text) == ["'Old times' are back"]


def test_an_apostrophe_alone_never_opens_a_quote() -> None:
    assert quoted("Iran's envoy said the talks' end was near.") == []


def test_a_quote_goes_on_into_a_paragraph_that_opens_with_a_new_mark() -> None:
    text = '“We will not retreat,” he said. “The border is ours.\n\n“We will hold it.”'
    assert quoted(text) == ["We will not retreat", "The border is ours.|We will hold it."]


def test_a_quote_left_open_ends_with_its_paragraph() -> None:
    text = 'He said “we will see.\n\nThe talks resumed on Monday, “calmly” by all accounts.'
    assert quoted(text) == ["we will see.", "calmly"]


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
