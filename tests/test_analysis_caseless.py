"""Caseless patterns find exactly what their IGNORECASE patterns find."""

from __future__ import annotations

import re
import string
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.analysis.caseless import FOLDS_TO_ASCII, Caseless, lowered
from briefing.analysis.patterns import COUNTS, EVENTS

TEXT = ("At least SEVEN Civilians were killed; Iran said 2 Pakistanis and three girls died "
        "in the STRIKES. Talks and a Ceasefire followed the attack.")


def spans(pattern: Caseless, text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text, lowered(text))]


def reference(pattern: Caseless, text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in pattern.regex.finditer(text)]


def test_counts_and_events_match_as_ignorecase_does_with_the_texts_own_case():
    assert spans(COUNTS, TEXT) == reference(COUNTS, TEXT)
    assert [m["noun"] for m in COUNTS.finditer(TEXT, lowered(TEXT))] == [
        "Civilians", "Pakistanis", "girls"]
    assert [m.group(1) for m in EVENTS.finditer(TEXT, lowered(TEXT))] == [
        "STRIKE", "Talks", "Ceasefire", "attack"]


def test_a_range_is_searched_with_pos_and_endpos():
    start = TEXT.index("Iran")
    end = TEXT.index("STRIKES")
    found = [m.span() for m in COUNTS.finditer(TEXT, lowered(TEXT), start, end)]
    assert found == [m.span() for m in COUNTS.regex.finditer(TEXT, start, end)]
    assert len(found) == 2


def test_non_ascii_text_uses_the_ignorecase_pattern():
    text = "Iran said two \u212aurds were killed"  # KELVIN SIGN folds to k only under IGNORECASE
    assert lowered(text) is None
    assert spans(COUNTS, text) == reference(COUNTS, text)


def test_other_non_ascii_text_is_lowered_in_its_ascii_letters_only():
    text = ("L\u2019Iran a d\u00e9clar\u00e9 : SEVEN Civilians \u00c9TAIENT killed \u2014 "
            "2 Pakistanis")
    low = lowered(text)
    assert low == "".join(c.lower() if c.isascii() else c for c in text)
    assert spans(COUNTS, text) == reference(COUNTS, text)
    assert [m["noun"] for m in COUNTS.finditer(text, low)] == ["Civilians", "Pakistanis"]
    assert lowered("a lone surrogate \ud800") is None


def test_only_four_non_ascii_characters_match_an_ascii_character_under_ignorecase():
    letters = re.compile("[a-z]", re.IGNORECASE)
    others = re.compile("[" + re.escape(string.printable.translate(
        {ord(c): None for c in string.ascii_letters})) + "]", re.IGNORECASE)
    found = {chr(cp) for cp in range(128, sys.maxunicode + 1)
             if not 0xD800 <= cp <= 0xDFFF
             and (letters.fullmatch(chr(cp)) or others.fullmatch(chr(cp)))}
    assert found == set(FOLDS_TO_ASCII)


def test_a_non_ascii_pattern_is_refused():
    with pytest.raises(ValueError, match="non-ASCII"):
        Caseless("\\bd\u00e9clar\u00e9")


def test_an_upper_case_literal_is_refused():
    with pytest.raises(ValueError, match="upper-case literal"):
        Caseless(r"\bIran\b")
    Caseless(r"[A-Z]\w+\s\S+\b")  # classes and escapes are fine


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(list("aeiKLmnoST 0123,.-$'\n\u00e9\u00c9\u2019\u00fc\u0661") + [
    "two ", "Seven ", "civilians", "Iranians", "killed", "at least ", "AIR STRIKES",
    "Dozens of ", "million", "attack", "Talks"]), max_size=30).map("".join))
def test_any_text_gives_the_same_matches(text: str):
    for pattern in (COUNTS, EVENTS):
        assert spans(pattern, text) == reference(pattern, text)


def per_range(pattern: Caseless, text: str, ranges: list[tuple[int, int]]) -> list[list[tuple]]:
    low = lowered(text)
    return [[m.span() for m in pattern.finditer(text, low, s, e)] for s, e in ranges]


def test_in_ranges_gives_each_range_what_its_own_scan_gives():
    text = "Iran said 2 children died. 7 civilians\nwere killed. Five soldiers were hurt"
    cut = text.index("civilians") + 3  # a range that ends inside a word
    ranges = [(0, 26), (27, cut), (cut, len(text) - 10), (len(text) - 9, len(text))]
    found = COUNTS.in_ranges(text, lowered(text), ranges)
    assert [[m.span() for m in ms] for ms in found] == per_range(COUNTS, text, ranges)
    assert [m.group() for m in found[0]] == ["2 children"]


@pytest.mark.parametrize(("text", "cut", "alone"), [
    # A match across the cut hides the one that starts after it.
    ("Iran said at least 5 soldiers died", len("Iran said at least "), ["5 soldiers"]),
    # The range ends a word that the whole text goes on with.
    ("Iran said 2 Iraniansx died", len("Iran said 2 Iranians"), ["2 Iranians"]),
])
def test_in_ranges_scans_a_range_alone_where_the_whole_scan_differs(text, cut, alone):
    ranges = [(0, cut), (cut, len(text))]
    found = COUNTS.in_ranges(text, lowered(text), ranges)
    assert [[m.span() for m in ms] for ms in found] == per_range(COUNTS, text, ranges)
    assert [m.group() for ms in found for m in ms] == alone


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["two ", "Seven ", "civilians", "killed", ". ", "\n", "ab",
                                 "attack", " ", "3", "AIR STRIKES", "at least "]),
                max_size=30).map("".join),
       st.lists(st.integers(min_value=0, max_value=200), max_size=8))
def test_in_ranges_is_exact_for_any_cut(text: str, cuts: list[int]):
    points = sorted({min(c, len(text)) for c in cuts} | {0, len(text)})
    ranges = [(a, b) for a, b in zip(points, points[1:], strict=False) if a < b]
    ranges = [r for k, r in enumerate(ranges) if k % 3 != 1]  # leave some gaps
    for pattern in (COUNTS, EVENTS):
        found = pattern.in_ranges(text, lowered(text), ranges)
        assert [[m.span() for m in ms] for ms in found] == per_range(pattern, text, ranges)
