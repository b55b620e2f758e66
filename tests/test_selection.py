"""Selection: scoring, near-duplicate merging, per-actor choice, ordering."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from briefing import selection
from briefing.config.settings import Actor, Actors, BriefSettings
from briefing.models import (
    OFFICIAL,
    PARTIAL,
    PUBLIC,
    QUOTE,
    REPORTED,
    Article,
    Speaker,
    Statement,
)
from briefing.selection import BUDGET, content_sequence, content_words, score, select

DAY = dt.date(2024, 1, 19)


def article(aid: str, day: dt.date, text: str) -> Article:
    return Article(id=aid, date=day, title=aid, source="src", url=None, text=text, origin=aid)


def stmt(a: Article, words: str, actor: str, *, kind: str = QUOTE, name: str = "Mao Ning",
         cue: str = "said", voice: str = OFFICIAL) -> Statement:
    start = a.text.index(words)
    return Statement(
        article_id=a.id, kind=kind, spans=((start, start + len(words)),), text=words, cue=cue,
        cue_span=None,
        speaker=Speaker(name=name, role=None, actor=actor, voice=voice, mention=name, span=None),
    )


def actors(**emphasis: float) -> Actors:
    return Actors(
        actors=tuple(Actor(id=k, name=k.title(), kind="state", emphasis=v, aliases=(), people=())
                     for k, v in emphasis.items()),
        roles=(), discard=())


def settings(**overrides: object) -> BriefSettings:
    values: dict[str, object] = dict(title="T", window_days=1, statements_per_actor=2,
                                     key_developments=3, min_score=0.0, handling="",
                                     output_dir="output", sections=("actors",))
    values.update(overrides)
    return BriefSettings(**values)  # type: ignore[arg-type]


QUOTE_TEXT = "We are willing to play a constructive role in de-escalating the situation"


def test_same_quote_in_two_articles_is_one_entry_citing_both() -> None:
    a = article("a", dt.date(2024, 1, 18), f'"{QUOTE_TEXT}," she added.')
    b = article("b", DAY, f'Intro. "{QUOTE_TEXT}," she stated.')
    sel = select([stmt(a, QUOTE_TEXT, "china"), stmt(b, QUOTE_TEXT, "china")],
                 {"a": a, "b": b}, {"a": 1, "b": 2}, actors(china=1), settings(), DAY)
    [section] = sel.sections
    [entry] = section.entries
    assert [c.number for c in entry.citations] == [2, 1]  # the newer article represents it
    assert entry.statement.article_id == "b"


def test_same_speaker_same_point_in_other_words_is_merged() -> None:
    a = article("a", DAY, "Mao Ning emphasised the need for calm and restraint.")
    b = article("b", dt.date(2024, 1, 18), "Mao Ning said the Chinese side hopes the two sides "
                "can exercise calm and restraint and avoid an escalation.")
    s1 = stmt(a, "the need for calm and restraint", "china", kind=REPORTED, cue="emphasised")
    s2 = stmt(b, "the Chinese side hopes the two sides can exercise calm and restraint and avoid"
              " an escalation", "china", kind=REPORTED)
    sel = select([s1, s2], {"a": a, "b": b}, {"a": 2, "b": 1}, actors(china=1), settings(), DAY)
    [entry] = sel.sections[0].entries
    assert sorted(c.article_id for c in entry.citations) == ["a", "b"]


def test_a_fragment_of_a_quote_meets_the_whole_quote_whoever_is_named() -> None:
    a = article("a", DAY, f'"{QUOTE_TEXT}," she said.')
    b = article("b", DAY, "China would play a constructive role in de-escalating, he said.")
    whole = stmt(a, QUOTE_TEXT, "china")
    part = stmt(b, "play a constructive role in de-escalating", "china", kind=PARTIAL,
                name="Wang Yi")
    sel = select([part, whole], {"a": a, "b": b}, {"a": 1, "b": 2}, actors(china=1), settings(),
                 DAY)
    [entry] = sel.sections[0].entries
    assert sorted(c.article_id for c in entry.citations) == ["a", "b"]


def test_groups_do_not_chain_through_a_middle_statement() -> None:
    # B says half of what A says, and half of what C says; A and C share nothing. Linked
    # pair by pair, all three would be one entry: each joins the group's leader or none.
    texts = {"a": "Mao Ning said calm restraint at border crossings.",
             "b": "Mao Ning said calm restraint after missile strikes.",
             "c": "Mao Ning said missile strikes on oil tankers."}
    arts = {k: article(k, DAY, v) for k, v in texts.items()}
    items = [stmt(arts[k], arts[k].text[14:-1], "china", kind=REPORTED) for k in texts]
    sel = select(items, arts, {"a": 1, "b": 2, "c": 3}, actors(china=1),
                 settings(statements_per_actor=5), DAY)
    groups = sorted(sorted(c.article_id for c in e.citations) for e in sel.sections[0].entries)
    assert groups in (
        [["a", "b"], ["c"]], [["a"], ["b", "c"]])


def test_a_long_speech_does_not_absorb_a_short_remark_on_something_else() -> None:
    speech = ("China supports border talks between the two neighbours and stands ready to help "
              "with trade, investment, energy, water and the fight against terrorism")
    a = article("a", DAY, f"Mao Ning said {speech}.")
    b = article("b", DAY, "Mao Ning said the border talks resume in June.")
    items = [stmt(a, speech, "china", kind=REPORTED),
             stmt(b, "the border talks resume in June", "china", kind=REPORTED)]
    sel = select(items, {"a": a, "b": b}, {"a": 1, "b": 2}, actors(china=1), settings(), DAY)
    assert len(sel.sections[0].entries) == 2


def test_merging_compares_a_bounded_number_of_statements(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # 300 statements of one speaker share the phrase "United States" and nothing else that
    # would merge them: comparing every pair would be 44,850 comparisons.
    calls = []
    real = selection._same
    monkeypatch.setattr(selection, "_same", lambda *args: calls.append(1) or real(*args))
    words = ["".join(letters) for letters in itertools.product("bcdfghjklm", repeat=3)]
    arts, items = {}, []
    for i in range(300):
        text = f"The United States {words[3 * i]} {words[3 * i + 1]} {words[3 * i + 2]} plans."
        arts[f"a{i}"] = article(f"a{i}", DAY, text)
        items.append(stmt(arts[f"a{i}"], text, "united_states", kind=REPORTED,
                          name="Antony Blinken"))
    select(items, arts, {k: n for n, k in enumerate(arts, 1)}, actors(united_states=1),
           settings(), DAY)
    assert 0 < len(calls) <= BUDGET * len(items)


def test_other_speakers_and_other_points_stay_apart() -> None:
    a = article("a", DAY, "Mao Ning called for calm and restraint. Zakharova said it is "
                "regrettable that friendly countries clash.")
    s1 = stmt(a, "calm and restraint", "china", kind=REPORTED, cue="called for")
    s2 = stmt(a, "it is regrettable that friendly countries clash", "russia", kind=REPORTED,
              name="Maria Zakharova")
    sel = select([s1, s2], {"a": a}, {"a": 1}, actors(china=1, russia=1), settings(), DAY)
    assert [len(s.entries) for s in sel.sections] == [1, 1]


def test_emphasis_orders_sections_scales_room_and_zero_hides() -> None:
    sentences = ("Talks in Geneva resume next week with both delegations.",
                 "Border trade through Taftan will reopen on Monday morning.",
                 "Fishermen detained near Gwadar were released late yesterday.",
                 "Grain shipments continue despite heavy storms offshore.",
                 "Sanctions relief remains firmly off the agenda entirely.",
                 "Earthquake relief flights landed safely at Quetta airport.")
    a = article("a", DAY, " ".join(sentences))
    statements = [stmt(a, words, actor) for words, actor in zip(
        sentences, ("china", "china", "china", "china", "russia", "japan"), strict=True)]
    sel = select(statements, {"a": a}, {"a": 1}, actors(china=0.5, russia=2, japan=0),
                 settings(statements_per_actor=2), DAY)
    assert [s.actor for s in sel.sections] == ["russia", "china"]
    assert len(sel.sections[1].entries) == 1  # 2 x 0.5
    sel = select(statements, {"a": a}, {"a": 1}, actors(china=2, russia=1, japan=0),
                 settings(statements_per_actor=2), DAY)
    assert [s.actor for s in sel.sections] == ["china", "russia"]
    assert len(sel.sections[0].entries) == 4


def test_entries_within_an_actor_are_in_reading_order() -> None:
    a = article("a", DAY, "First point about the talks in Geneva. Second point, much stronger: "
                "we condemn the attack on our border posts.")
    s1 = stmt(a, "First point about the talks in Geneva.", "china", kind=REPORTED)
    s2 = stmt(a, "we condemn the attack on our border posts.", "china", cue="condemned")
    sel = select([s2, s1], {"a": a}, {"a": 1}, actors(china=1), settings(), DAY)
    assert [e.statement.text for e in sel.sections[0].entries] == [s1.text, s2.text]


def test_min_score_and_unknown_actor_drop_statements() -> None:
    a = article("a", DAY, "Short. A long enough statement about the border clash today.")
    weak = stmt(a, "Short.", "china", kind=REPORTED)
    unknown = stmt(a, "A long enough statement about the border clash today.", "nobody")
    sel = select([weak, unknown], {"a": a}, {"a": 1}, actors(china=1), settings(min_score=5.5),
                 DAY)
    assert sel.sections == ()


def test_score_prefers_quotes_officials_recency_and_early_position() -> None:
    a = article("a", DAY, "x" * 100)
    old = article("o", DAY - dt.timedelta(days=3), "x" * 100)
    words = "a statement of a reasonable length for scoring"
    q = Statement("a", QUOTE, ((0, 5),), words, "said", None,
                  Speaker("N", None, "c", OFFICIAL, "N", None))
    r = Statement("a", REPORTED, ((0, 5),), words, "said", None,
                  Speaker("N", None, "c", OFFICIAL, "N", None))
    p = Statement("a", QUOTE, ((0, 5),), words, "said", None,
                  Speaker("N", None, "c", PUBLIC, "N", None))
    assert score(q, a, 0.0, DAY) > score(r, a, 0.0, DAY)
    assert score(q, a, 0.0, DAY) > score(p, a, 0.0, DAY)
    assert score(q, a, 0.0, DAY) > score(q, old, 0.0, DAY)
    assert score(q, a, 0.0, DAY) > score(q, a, 0.9, DAY)


def test_content_words_drop_stopwords_and_plural_s() -> None:
    assert content_words("The sides said they hope for calm talks") == frozenset(
        {"side", "hope", "calm", "talk"})
    assert content_sequence("Talks, the sides said, need calm talks") == (
        "talk", "side", "need", "calm", "talk")


def test_selection_does_not_depend_on_input_order() -> None:
    a = article("a", DAY, f'"{QUOTE_TEXT}". Mao Ning called for calm and restraint now.')
    b = article("b", DAY, f'"{QUOTE_TEXT}".')
    items = [stmt(a, QUOTE_TEXT, "china"), stmt(b, QUOTE_TEXT, "china"),
             stmt(a, "calm and restraint now", "china", kind=REPORTED)]
    args = ({"a": a, "b": b}, {"a": 1, "b": 2}, actors(china=1), settings(), DAY)
    assert select(items, *args) == select(list(reversed(items)), *args)


def test_key_developments_give_the_other_party_room_however_one_is_emphasised() -> None:
    # Iran's leaders vow revenge five ways; Washington's warning must still be a key line.
    lines = ["We will avenge this aggression with a crushing blow",
             "The enemy has entered a swamp it cannot leave safely",
             "Our response will not be limited to the waters of the Gulf",
             "We will definitely retaliate and will not leave this unanswered",
             "The aggressors will regret their adventure very soon"]
    warning = "We will meet any escalation with stronger countermeasures at once"
    a = article("a", DAY, " ".join(f'"{q}," he said.' for q in lines) + f' "{warning}," she said.')
    statements = [stmt(a, q, "iran") for q in lines] + [stmt(a, warning, "usa")]
    chosen = select(statements, {"a": a}, {"a": 1}, actors(iran=2.0, usa=1.0),
                    settings(key_developments=5, statements_per_actor=5), DAY)
    owners = [e.actor for e in chosen.key_developments]
    assert len(owners) == 5 and "usa" in owners  # Iran fills the slot no other can
