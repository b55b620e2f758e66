"""Phrase reading helpers: word counts by offsets."""

from __future__ import annotations

from briefing.phrases import WINDOW, at_least, words


def test_at_least_agrees_with_the_word_count() -> None:
    text = "One, two-three  four's. — five\n6 _ seven, eight"
    for start in range(len(text) + 1):
        for end in range(start - 1, len(text) + 2):
            for n in (1, 2, 3, 5, 7):
                assert at_least(text, start, end, n) == (words(text, start, end) >= n)


def test_at_least_counts_only_the_first_part_of_a_long_range_as_words_does() -> None:
    text = "x" * (2 * WINDOW) + " two three"
    assert words(text, 0, len(text)) == 1
    assert not at_least(text, 0, len(text), 2)
    assert at_least(text, 1, len(text), 2) == (words(text, 1, len(text)) >= 2)
