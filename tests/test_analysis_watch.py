"""What to watch: forward-looking statements by kind, with speakers and sources."""

from __future__ import annotations

import pytest
from analysis_cases import SHOWN, article, prepare, quote, said

from briefing.analysis.watch import find_watch, watch_kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("warned Iran of serious consequences", "warning"),
        ("any misadventure will be met", "warning"),
        ("Tehran threatened to retaliate", "threat"),
        ("and will continue its endeavour to find joint solutions", "intention"),
        ("We are also willing to play a constructive role", "intention"),
        ("We reaffirm our determination to defeat all enemies", "intention"),
        ("Iran must withdraw within 48 hours", "deadline"),
        ("Talks will be held in Doha next week", "scheduled"),
        ("The foreign ministers will meet on Monday", "scheduled"),
        ("we will like to play a constructive role", None),
        ("Pakistan fully respects the sovereignty of Iran", None),
        ("She takes the threat of Trump very seriously", None),
    ],
)
def test_kinds(text, kind):
    assert watch_kind(text) == kind


def test_a_reported_warning_shows_its_whole_sentence():
    text = ("On January 17, Pakistan warned Iran of serious consequences after Tehran violated "
            "its airspace.")
    art = article(text)
    st = said(art, "of serious consequences after Tehran violated its airspace", "pakistan",
              cue="warned")
    (item,) = find_watch(prepare((art, (st,))), SHOWN)
    assert (item.actor, item.kind, item.text) == ("pakistan", "warning", text)


def test_a_quote_shows_the_quoted_sentence_that_looks_ahead():
    words = ("Iran is a brotherly country. We have always emphasised dialogue and will continue "
             "its endeavour to find joint solutions")
    text = f'"{words}," she added.'
    art = article(text)
    (item,) = find_watch(prepare((art, (quote(art, words, "pakistan", cue="added"),))), SHOWN)
    assert item.kind == "intention"
    assert item.text == ("We have always emphasised dialogue and will continue its endeavour to "
                         "find joint solutions")
    (start, end), = item.citations[0].spans
    assert art.text[start:end] == item.text


def test_private_and_hidden_speakers_are_left_out():
    text = "Japan warned of serious consequences. Someone warned of serious consequences."
    art = article(text)
    st1 = said(art, "of serious consequences", "japan", cue="warned")
    assert find_watch(prepare((art, (st1,))), SHOWN) == ()
