"""Caseless patterns find exactly what their IGNORECASE patterns find."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.analysis.bottom_line import EVENTS
from briefing.analysis.caseless import Caseless, lowered
from briefing.analysis.figures import COUNTS

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


def test_an_upper_case_literal_is_refused():
    with pytest.raises(ValueError, match="upper-case literal"):
        Caseless(r"\bIran\b")
    Caseless(r"[A-Z]\w+\s\S+\b")  # classes and escapes are fine


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(list("aeiKLmnoST 0123,.-$'\n") + [
    "two ", "Seven ", "civilians", "Iranians", "killed", "at least ", "AIR STRIKES",
    "Dozens of ", "million", "attack", "Talks"]), max_size=30).map("".join))
def test_any_ascii_text_gives_the_same_matches(text: str):
    for pattern in (COUNTS, EVENTS):
        assert spans(pattern, text) == reference(pattern, text)
