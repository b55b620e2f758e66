"""Timeline: dated sentences and undated statements, merged across articles, oldest first."""

from __future__ import annotations

import datetime as dt

from analysis_cases import article, prepare, quote, said

from briefing.analysis.timeline import build_timeline

THU = dt.date(2024, 1, 18)
FRI = dt.date(2024, 1, 19)


def test_dated_sentences_become_events_in_date_order():
    text = ("China Thursday shared the willingness to mediate between Pakistan and Iran. "
            'The missile attack, initiated by Tehran "unprovoked" late Tuesday night, left two '
            "children dead.\n\nOn January 17, Pakistan warned Iran of serious consequences.")
    events = build_timeline(prepare((article(text, THU), ())))
    assert [(e.date, e.approximate, e.when, e.kind, e.actors) for e in events] == [
        (dt.date(2024, 1, 16), True, "late Tuesday night", "strike", ("iran",)),
        (dt.date(2024, 1, 17), False, "January 17", "warning", ("pakistan", "iran")),
        (THU, False, "Thursday", "offer", ("china", "pakistan", "iran")),
    ]
    assert all(e.text in text for e in events)


def test_a_date_inside_a_quotation_does_not_date_the_sentence():
    text = '"The sole objective of today’s act was security," Pakistan said.'
    assert build_timeline(prepare((article(text, FRI), ()))) == ()


def test_an_undated_statement_is_dated_by_its_article_as_approximate():
    text = ("At the same time, the Japanese government issued a statement on its concern. "
            "Russian Foreign Ministry spokeswoman Maria Zakharova noted the involvement of both "
            "nations in the SCO.")
    art = article(text, FRI)
    st = said(art, "the involvement of both nations in the SCO", "russia", cue="noted")
    (event,) = build_timeline(prepare((art, (st,))))
    assert (event.date, event.approximate, event.when, event.kind, event.actors) == (
        FRI, True, "", "statement", ("russia",))
    assert event.text.startswith("Russian Foreign Ministry spokeswoman")


def test_an_actor_with_a_dated_sentence_gets_no_undated_event_in_that_article():
    text = ("On January 17, Pakistan warned Iran of serious consequences. "
            '"Pakistan strongly condemns the violation," Baloch said.')
    art = article(text, THU)
    st = quote(art, "Pakistan strongly condemns the violation", "pakistan")
    events = build_timeline(prepare((art, (st,))))
    assert [e.when for e in events] == ["January 17"]


def test_the_same_event_in_two_articles_is_merged():
    a1 = article("On January 17, Pakistan warned Iran of serious consequences.", THU, "a1")
    a2 = article("On January 17, Pakistan warned Iran of serious consequences for the strike.",
                 FRI, "a2")
    (event,) = build_timeline(prepare((a1, ()), (a2, ())))
    assert [c.number for c in event.citations] == [1, 2]


def test_different_days_are_not_merged():
    a1 = article("China Thursday offered to mediate between Pakistan and Iran.", THU, "a1")
    a2 = article("China offered on January 19 to mediate between Pakistan and Iran.", FRI, "a2")
    assert [e.date for e in build_timeline(prepare((a1, ()), (a2, ())))] == [THU, FRI]
