"""What changed: new and repeated statements, new and silent actors, trend markers."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.analysis.changes import PreviousBrief, compare, previous_from_json
from briefing.models import OFFICIAL, QUOTE, Citation, Entry, Speaker, Statement


def entry(actor: str, text: str) -> Entry:
    speaker = Speaker(None, None, actor, OFFICIAL, None, None)
    statement = Statement("a1", QUOTE, ((0, len(text)),), text, "said", None, speaker)
    return Entry(statement, actor, 5.0, (Citation("a1", 1, ((0, len(text)),)),))


PREVIOUS = {
    "date": "2024-01-18",
    "title": "t",
    "statements": [
        {"actor": "china", "text": "We are willing to play a constructive role."},
        {"actor": "japan", "text": "Japan is concerned about regional stability."},
    ],
}


def test_previous_from_json_reads_a_statements_json_document():
    previous = previous_from_json(PREVIOUS)
    assert previous.date == dt.date(2024, 1, 18)
    assert previous.statements[0] == ("china", "We are willing to play a constructive role.")
    assert previous.activity is None


def test_previous_from_json_refuses_something_else():
    with pytest.raises(ValueError, match="not a brief's statements.json"):
        previous_from_json({"date": "yesterday", "statements": []})


def test_new_statements_new_and_silent_actors():
    entries = [
        entry("china", "We are willing to play a constructive role."),
        entry("pakistan", "Pakistan fully respects the sovereignty of Iran."),
    ]
    changes, trends = compare(previous_from_json(PREVIOUS), entries, {})
    assert changes.previous == dt.date(2024, 1, 18)
    assert changes.new_actors == ("pakistan",)
    assert changes.silent_actors == ("japan",)
    assert [(c.actor, c.text) for c in changes.new_statements] == [
        ("pakistan", "Pakistan fully respects the sovereignty of Iran.")]
    assert changes.repeated == 1
    assert [(t.actor, t.now, t.before, t.marker) for t in trends] == [
        ("china", 1, 1, "→"), ("pakistan", 1, 0, "new"), ("japan", 0, 1, "silent")]


def test_trends_use_recorded_activity_when_both_briefs_have_it():
    previous = PreviousBrief(dt.date(2024, 1, 18), (("china", "x"),),
                             (("china", 5), ("iran", 3)))
    _, trends = compare(previous, [entry("china", "y")], {"china": 9, "iran": 1})
    assert [(t.actor, t.marker) for t in trends] == [("china", "↑"), ("iran", "↓")]


def test_without_a_previous_brief_nothing_is_marked():
    changes, trends = compare(None, [entry("china", "y")], {"china": 2})
    assert changes.previous is None and changes.new_statements == ()
    assert [(t.actor, t.now, t.before, t.marker) for t in trends] == [("china", 2, None, "")]


def test_a_statement_citing_the_same_characters_is_not_new_even_in_other_words():
    document = {"date": "2024-01-18", "statements": [
        {"actor": "china", "text": "the two sides can exercise calm",
         "sources": [{"article_id": "a1", "spans": [[0, 31]]}]}]}
    previous = previous_from_json(document)
    assert ("a1", (0, 31)) in previous.cited
    moved = entry("china", "the need for calm and restraint, said the spokeswoman, again")
    moved = Entry(moved.statement, "china", 5.0,
                  (Citation("a2", 2, ((5, 9),)), Citation("a1", 1, ((0, 31),))))
    changes, _ = compare(previous, [moved], {})
    assert changes.new_statements == () and changes.repeated == 1
