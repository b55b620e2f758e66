"""Whom each statement speaks for: actor_code and voice in `briefing extract` output."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.config.settings import load_config
from briefing.extract.matcher import ActorMatcher, build_matcher
from briefing.extract.records import extract_record

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def matcher() -> ActorMatcher:
    return build_matcher(load_config(ROOT / "config").actors)


def voices(matcher: ActorMatcher, text: str, day: str) -> list[tuple[str | None, str | None]]:
    out = extract_record({"id": "t", "text": text, "date": day}, matcher)
    return [(s["actor_code"], s["voice"]) for s in out["statements"]]


def test_a_demonym_and_an_office_name_the_state(matcher) -> None:
    text = ("Kenyan Finance Minister Arthur Otieno said the budget deficit would narrow "
            "next year.")
    assert voices(matcher, text, "1988-05-02") == [("KEN", "gov")]


def test_a_later_surname_and_pronoun_inherit_the_first_full_mention(matcher) -> None:
    text = ("Chilean Mining Minister Rodrigo Vargas arrived in Tokyo for talks on copper.\n\n"
            "Vargas said Chile would raise output by five pct.\n\n"
            "He said prices would stay firm.")
    assert voices(matcher, text, "1988-05-02") == [("CHL", "gov"), ("CHL", "gov")]


def test_a_configured_surname_never_matches_across_another_first_name(matcher) -> None:
    text = ("West German Finance Minister Gerhard Stoltenberg arrived for the meeting.\n\n"
            "Stoltenberg said interest rates would not rise.")
    out = extract_record({"id": "t", "text": text, "date": "1987-03-02"}, matcher)
    (s,) = out["statements"]
    assert s["actor"] != "nato" and s["actor_code"] == "DEU"


def test_state_media_speak_for_their_state(matcher) -> None:
    text = "The official Tanjug news agency said the strike had ended."
    assert voices(matcher, text, "1987-04-01") == [("YUG", "gov")]


def test_firms_analysts_and_unnamed_diplomats_speak_for_no_state(matcher) -> None:
    text = ("A spokesman for the Kenya Tea Association said exports had fallen.\n\n"
            "Analysts said the shilling would weaken.\n\n"
            "Western diplomats said the talks had stalled.")
    got = voices(matcher, text, "1987-04-01")
    assert [code for code, _ in got] == [None, None, None]
    assert [voice for _, voice in got] == ["business", "expert", "unnamed"]


def test_an_office_named_without_its_state_is_the_home_states(matcher) -> None:
    text = ("Kenya will cut its import duties, Kenya's trade minister said.\n\n"
            "Kenya is seeking new markets for tea and coffee.\n\n"
            "A senior finance ministry official said the cuts would cost little revenue.")
    assert voices(matcher, text, "1987-04-01")[-1] == ("KEN", "gov")


def test_unknown_stays_unknown(matcher) -> None:
    text = "Peter Walsh said the harvest would be late."
    assert voices(matcher, text, "1987-04-01") == [(None, None)]
