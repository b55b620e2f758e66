"""`briefing extract` values: one record in, one JSON value out, offsets into the text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing.config.settings import load_config
from briefing.errors import InputError
from briefing.extract.found import Rule
from briefing.extract.matcher import ActorMatcher, build_matcher
from briefing.extract.records import extract_record
from briefing.extract.rules import RULES
from briefing.models import QUOTE

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def matcher() -> ActorMatcher:
    return build_matcher(load_config(ROOT / "config").actors)


def test_record_to_json_value(matcher) -> None:
    text = ('“We will not accept this,” Baloch said. “Talks remain open.”\n\n'
            "The ministry said in a statement that the envoy had been recalled.")
    out = extract_record({"id": "r1", "text": text, "date": "2024-01-18"}, matcher)
    assert out["id"] == "r1"
    quote, reported = out["statements"]
    assert quote == {
        "kind": "quote",
        "start": 1,
        "end": text.index("open.") + 5,
        "spans": [[1, 24], [text.index("Talks"), text.index("open.") + 5]],
        "text": "We will not accept this … Talks remain open.",
        "speaker": "Mumtaz Zahra Baloch",
        "cue": "said",
        "actor": "pakistan",
        "actor_code": "PAK",
        "voice": "gov",
    }
    assert reported["kind"] == "reported"
    assert reported["text"] == "the envoy had been recalled"
    assert text[reported["start"] : reported["end"]] == reported["text"]
    assert reported["speaker"] == "The ministry"
    json.dumps(out)  # plain JSON values only


def test_every_statement_kind_other_than_quote_is_reported(matcher) -> None:
    text = "According to Tehran, the attack killed seven civilians."
    (s,) = extract_record({"id": 7, "text": text}, matcher)["statements"]
    assert (s["kind"], s["actor"], s["cue"]) == ("reported", "iran", "According to")


def test_rules_names_the_registry_entry_that_found_each_statement(matcher) -> None:
    text = '"Rules are rules," said the judge.'
    (s,) = extract_record({"id": "x", "text": text}, matcher, rules=True)["statements"]
    assert s["rule"] == "QUOTE_INVERTED" and s["speaker"] == "the judge"
    assert RULES.entry(Rule[s["rule"]]).kind == QUOTE


def test_bad_records_raise_input_errors(matcher) -> None:
    with pytest.raises(InputError, match="expected a JSON object with id and text"):
        extract_record({"text": "no id"}, matcher)
    with pytest.raises(InputError, match="bad date '2024-13-45': expected YYYY-MM-DD"):
        extract_record({"id": "a", "text": "x", "date": "2024-13-45"}, matcher)


def test_speaker_is_the_name_unless_the_text_describes_them(matcher) -> None:
    text = ("China's Foreign Ministry spokeswoman Mao Ning said the talks were useful. "
            "The spokeswoman said both sides should show restraint. "
            "She added that China would help.")
    first, second, third = extract_record({"id": "s", "text": text}, matcher)["statements"]
    assert first["speaker"] == "Mao Ning" and third["speaker"] == "Mao Ning"
    assert second["speaker"] == "The spokeswoman" and second["actor"] == "china"


def test_a_body_named_with_of_is_not_cut_in_the_speaker(matcher) -> None:
    text = ("Grain imports will double this year, a Board of Foreign Trade official said. "
            "The harbour was closed by ice, the Danish Board of Shipping said.")
    first, second = extract_record({"id": "b", "text": text}, matcher)["statements"]
    assert first["speaker"] == "a Board of Foreign Trade official"
    assert second["speaker"] == "the Danish Board of Shipping"
    # a person's name before "of" is not cut: the name stands
    text = "The plan is sound, Senator Jane Roe of Ohio said."
    (s,) = extract_record({"id": "p", "text": text}, matcher)["statements"]
    assert s["speaker"] == "Jane Roe"
