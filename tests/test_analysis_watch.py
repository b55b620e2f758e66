"""What to watch: forward-looking statements by kind, with speakers and sources."""

from __future__ import annotations

import datetime as dt

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


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # A past act named a retaliation is no threat.
        ("Pakistani jets destroyed the camp in retaliation for Tuesday's attack", None),
        ("the army launched a retaliatory strike late on Sunday", None),
        # A threat looks ahead: a vow, a future, a conditional.
        ("Tehran vowed to avenge the attack", "threat"),
        ("it was ready to retaliate for any further hostile action", "threat"),
        ("Iran would retaliate if the raids went on", "threat"),
    ],
)
def test_a_threat_is_of_future_action(text, kind):
    assert watch_kind(text) == kind


def test_events_ahead_of_the_brief_come_first_soonest_first_each_once():
    from briefing.analysis.timeline import build_timeline

    thursday = dt.date(2024, 1, 18)
    first = article("Pakistan said its tariffs on Iranian steel will take effect on "
                    "February 1. The foreign ministers of Pakistan and Iran will meet in "
                    "Beijing on January 25. On January 16, Pakistan recalled its envoy "
                    "from Iran.", thursday, "a1")
    second = article("Iran vowed to retaliate if Pakistan's tariffs on Iranian steel took "
                     "effect on February 1.", thursday, "a2")
    st1 = said(first, "its tariffs on Iranian steel will take effect on February 1",
               "pakistan")
    st2 = said(second, "to retaliate if Pakistan's tariffs on Iranian steel took effect on "
               "February 1", "iran", cue="vowed")
    passages = prepare((first, (st1,)), (second, (st2,)))
    items = find_watch(passages, SHOWN, build_timeline(passages), thursday)
    assert [(w.date, w.kind) for w in items] == [
        (dt.date(2024, 1, 25), "scheduled"), (dt.date(2024, 2, 1), "deadline")]
    # The story that names the same day ahead is cited by that day's item, not listed again.
    assert {c.article_id for c in items[1].citations} == {"a1", "a2"}


def test_events_ahead_from_stories_not_about_the_crisis_are_left_out():
    from briefing.analysis.timeline import build_timeline

    thursday = dt.date(2024, 1, 18)
    art = article("Pakistan and China will hold talks on a dam loan on February 3.", thursday)
    passages = prepare((art, ()))
    events = build_timeline(passages)
    assert find_watch(passages, SHOWN, events, thursday)
    assert find_watch(passages, SHOWN, events, thursday, stories=frozenset()) == ()
