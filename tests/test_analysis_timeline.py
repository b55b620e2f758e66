"""Timeline: dated sentences and undated statements, merged across articles, oldest first."""

from __future__ import annotations

import datetime as dt

from analysis_cases import article, prepare, quote, said
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.analysis.model import Event
from briefing.analysis.timeline import MERGE_AT, _merge, _order, build_timeline
from briefing.analysis.words import similarity
from briefing.models import Citation
from briefing.selection import content_words

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


WORDS = ("pakistan", "iran", "strike", "border", "warned", "talks", "calm", "civilians",
         "missiles", "mediate", "restraint", "sovereignty")


def _naive_merge(events: list[Event]) -> tuple[Event, ...]:
    """The merge as first written: every event against every kept one (the reference)."""
    merged: list[Event] = []
    for event in sorted(events, key=_order):
        words = content_words(event.text)
        for i, kept in enumerate(merged):
            if (kept.kind == event.kind and set(kept.actors) & set(event.actors)
                    and (kept.date == event.date or not event.when)
                    and similarity(words, content_words(kept.text)) >= MERGE_AT
                    and kept.citations[0].article_id != event.citations[0].article_id):
                merged[i] = Event(kept.date, kept.approximate, kept.when, kept.kind,
                                  kept.actors, kept.text, kept.citations + event.citations)
                break
        else:
            merged.append(event)
    return tuple(sorted(merged, key=_order))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.lists(st.sampled_from(WORDS), min_size=0, max_size=8),
                          st.sampled_from(("strike", "talks")),
                          st.sampled_from((("pakistan",), ("iran",), ("pakistan", "iran"))),
                          st.integers(0, 1), st.booleans(), st.integers(1, 5)),
                max_size=25))
def test_indexed_merge_equals_comparing_every_pair(drawn: list[tuple]) -> None:
    events = [
        Event(THU + dt.timedelta(days=day), False, "on Thursday" if when else "", kind, actors,
              " ".join(words), (Citation(f"a{article}", article, ((i, i + 1),)),))
        for i, (words, kind, actors, day, when, article) in enumerate(drawn)
    ]
    assert _merge(events) == _naive_merge(events)


def test_a_dated_sentence_with_no_act_and_no_words_is_no_event():
    text = "The Pakistani rupee eased to 280.5 from 279.9 yesterday."
    assert build_timeline(prepare((article(text, THU), ()))) == ()


def test_dated_words_that_no_followed_actor_speaks_are_no_event():
    # A company's news about a deal with a government is not the government's act; the
    # same sentence spoken by the government is.
    deal = ("A Texas engineering firm has signed a 20 mln dlr contract with the Pakistani "
            "government to build a dam, its chairman John Hale said yesterday.")
    art = article(deal, THU)
    st = said(art, deal[:deal.index(", its chairman")], None, name="John Hale")
    assert build_timeline(prepare((art, (st,)))) == ()
    official = said(art, deal[:deal.index(", its chairman")], "pakistan", name="John Hale")
    (event,) = build_timeline(prepare((art, (official,))))
    assert (event.when, event.kind, event.actors) == ("yesterday", "statement", ("pakistan",))


def test_one_story_telling_one_attack_twice_is_one_event():
    # The lead, dated by its telling ("said on Thursday"), and the detail with "the attack"
    # and the event's own date, are one line citing both sentences.
    text = ("Pakistan said on Thursday its forces had repulsed an Iranian attack on a border "
            "post.\n\nThe attack was beaten off on Wednesday by a Pakistani border battalion, "
            "officials in Islamabad said.")
    events = build_timeline(prepare((article(text, THU), ())))
    (event,) = [e for e in events if e.kind == "strike"]
    assert event.when == "Wednesday" and event.text.startswith("The attack was beaten off")
    assert len(event.citations) == 2


def test_background_long_before_the_report_is_left_out():
    text = ("The raids followed fierce battles after an Iranian offensive against Pakistan "
            "launched on November 9.")
    assert build_timeline(prepare((article(text, THU), ()))) == ()


def test_a_report_dated_by_its_telling_joins_the_storys_event():
    text = ("Iran attacked Pakistani border posts on Monday in a dawn assault.\n\n"
            "Iranian television said on Wednesday that Pakistan lost dozens of soldiers in "
            "Iran's offensive.")
    events = [e for e in build_timeline(prepare((article(text, THU), ())))
              if e.kind == "strike"]
    assert [(e.when, len(e.citations)) for e in events] == [("Monday", 2)]


def test_the_statements_of_a_story_that_is_one_dispute_are_one_line():
    from briefing.analysis.model import AccountClaim, Contrast
    from briefing.analysis.timeline import fold_disputes

    def cite(start: int) -> Citation:
        return Citation("a1", 1, ((start, start + 10),))

    said1 = Event(FRI, True, "", "statement", ("china",), "The ministry said ...", (cite(0),))
    said2 = Event(FRI, True, "", "statement", ("russia",), "The agency will appeal ...",
                  (cite(20),))
    other = Event(FRI, True, "", "statement", ("japan",), "Tokyo said ...",
                  (Citation("a2", 2, ((0, 9),)),))
    dispute = Contrast("china", "approval", AccountClaim("china", "x", (cite(0),), "ministry"),
                       AccountClaim("china", "y", (cite(20),), "agency"))
    (one, two) = fold_disputes((said1, said2, other), (dispute,))
    assert one.disputed and one.citations == (cite(0), cite(20))
    assert one.actors == ("china", "russia") and two == other


def test_one_actors_offer_told_twice_in_a_story_on_one_day_is_one_line():
    text = ("Russia on Thursday offered to host talks between Pakistan and Iran.\n\n"
            "Earlier today, the Russian ambassador in Islamabad also repeated Russia's offer to "
            "mediate.\n\nOn Thursday Pakistan warned Iran of serious consequences.")
    events = build_timeline(prepare((article(text, THU), ())))
    assert [(e.kind, e.actors[0], len(e.citations)) for e in events] == [
        ("offer", "russia", 2), ("warning", "pakistan", 1)]


WED = dt.date(2024, 1, 17)


def test_a_date_that_names_the_event_referred_to_does_not_date_the_sentence():
    # "Monday's attack", "an attack last Friday": the sentence tells something else.
    text = ("Iran vowed revenge for Monday's attack on its border posts. "
            "Pakistan's army said the raid was in retaliation for an attack last Friday "
            "on its guards.")
    events = build_timeline(prepare((article(text, WED), ())))
    assert all(e.date not in (dt.date(2024, 1, 15), dt.date(2024, 1, 12)) for e in events)


def test_one_event_told_by_several_stories_in_other_words_is_one_event():
    first = article("Pakistani jets struck militant camps inside Iran on Tuesday, the "
                    "army said.", WED, "a1")
    second = article("Iran said Pakistani aircraft bombed three villages in Sistan on "
                     "Tuesday.", WED, "a2")
    (event,) = build_timeline(prepare((first, ()), (second, ())))
    assert event.kind == "strike" and {c.article_id for c in event.citations} == {"a1", "a2"}


def test_a_report_dated_by_its_week_joins_the_event_another_story_dates_exactly():
    tuesday = dt.date(2024, 1, 23)
    first = article("Pakistan imposed tariffs on Iranian steel imports last week, officials "
                    "in Islamabad said.", tuesday, "a1")
    second = article("On Friday, Pakistan imposed tariffs on steel imports from Iran.",
                     dt.date(2024, 1, 20), "a2")
    (event,) = build_timeline(prepare((first, ()), (second, ())))
    assert event.date == dt.date(2024, 1, 19) and len(event.citations) == 2


def test_a_report_dated_by_its_week_joins_the_one_event_of_that_week_in_other_words():
    # The only exactly dated act of its party that week: one event, whatever the words,
    # and of a kind the report's words fit (a measure announced to retaliate: a decision).
    tuesday = dt.date(2024, 1, 23)
    first = article("On Friday, Pakistan imposed tariffs on steel imports from Iran.",
                    dt.date(2024, 1, 20), "a1")
    second = article("Pakistan said last week it would impose duties to retaliate against "
                     "Iranian dumping.", tuesday, "a2")
    (event,) = build_timeline(prepare((first, ()), (second, ())))
    assert event.date == dt.date(2024, 1, 19) and len(event.citations) == 2


def test_a_report_dated_by_its_week_keeps_apart_from_another_partys_act():
    tuesday = dt.date(2024, 1, 23)
    first = article("On Friday, Pakistan warned Iran it would retaliate for the raid.",
                    dt.date(2024, 1, 20), "a1")
    second = article("China last week warned Iran that it would review the trade pact.",
                     tuesday, "a2")
    assert len(build_timeline(prepare((first, ()), (second, ())))) == 2


def test_a_report_naming_the_event_as_known_joins_the_one_event_of_its_day():
    first = article("On Wednesday, Pakistan imposed duties of 40 pct on steel, cement, "
                    "fruit and carpets from Iran, the commerce ministry said.", THU, "a1")
    second = article("In announcing the tariffs on Wednesday, Islamabad accused Tehran of "
                     "breaking its promises on smuggling.", FRI, "a2")
    (event,) = build_timeline(prepare((first, ()), (second, ())))
    assert len(event.citations) == 2


def test_a_date_after_an_event_and_its_participle_does_not_date_the_sentence():
    # "sanctions announced last week": the date is the announcement's, the sentence is
    # what the minister says on the day of the report.
    text = ("Iran and Pakistan are not at war, despite the sanctions announced last week, "
            "Pakistan said.")
    events = build_timeline(prepare((article(text, FRI), ())))
    assert all(e.date != dt.date(2024, 1, 12) for e in events)


def test_a_statement_retelling_an_earlier_event_with_its_figure_joins_it():
    sat, mon = dt.date(2024, 1, 20), dt.date(2024, 1, 22)
    first = article("On Friday, Pakistan announced plans to put as much as 300 mln dlrs in "
                    "tariffs on Iranian electronic goods from April 17, because of Tehran's "
                    "failure to observe the agreement.", sat, "a1")
    text = ("Pakistan has threatened to impose tariffs worth up to 300 mln dlrs on Iranian "
            "electronics exports, in retaliation for Iran's alleged failure to keep a pact on "
            "the microchip trade signed last September, an official said.")
    second = article(text, mon, "a2")
    st = said(second, text.split(", an official")[0], "pakistan")
    (event,) = build_timeline(prepare((first, ()), (second, (st,))))
    assert event.when == "Friday" and {c.article_id for c in event.citations} == {"a1", "a2"}
    # another figure is another measure: two lines
    other = article(text.replace("300 mln", "40 mln"), mon, "a2")
    st = said(other, other.text.split(", an official")[0], "pakistan")
    assert len(build_timeline(prepare((first, ()), (other, (st,))))) == 2


def test_the_day_an_event_was_set_for_is_no_second_event():
    sat = dt.date(2024, 1, 20)
    first = article("On Friday, Pakistan announced tariffs on Iranian steel imports from "
                    "February 1.", sat, "a1")
    second = article("Pakistan's tariffs on Iranian steel imports are due to take effect on "
                     "February 1.", sat, "a2")
    (event,) = build_timeline(prepare((first, ()), (second, ())))
    assert event.when == "Friday" and len(event.citations) == 2
    # a day the earlier event does not name stays an event of its own
    third = article("Pakistan's tariffs on Iranian steel imports will be reviewed on "
                    "March 3.", sat, "a2")
    assert len(build_timeline(prepare((first, ()), (third, ())))) == 2
