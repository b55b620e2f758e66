"""Analysis context: passages read the quotes and statements extraction found."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from analysis_cases import article, extracted, prepare

from briefing.analysis.context import claimant_at


def test_passages_prepared_beforehand_are_the_passages_made_at_once() -> None:
    from briefing.analysis.context import passages, prepare
    from briefing.config.settings import load_config
    from briefing.extract.matcher import build_matcher
    from briefing.extract.statements import extract
    from briefing.models import Article

    text = ("Iran's Foreign Ministry said on Tuesday that the strikes were \"a blatant breach\". "
            "Pakistan condemned them.\n\nChina urged restraint, Mao Ning said. It also offered "
            "to mediate.")
    article = Article(id="x1", date=dt.date(2024, 1, 18), title="t", source="s", url=None,
                      text=text, origin="test")
    matcher = build_matcher(load_config(Path(__file__).resolve().parent.parent / "config").actors)
    statements = extract(article, matcher)
    assert statements
    numbers = {"x1": 4}
    ready = prepare((article,), numbers, matcher)
    assert all(not p.statements for p in ready["x1"])
    made = passages((article,), numbers, statements, matcher)
    assert passages((article,), numbers, statements, matcher, ready) == made
    assert any(p.statements for p in made)


def test_quoted_words_are_extractions_quotes_guillemets_too() -> None:
    text = "Iran described the strike as «a blatant breach by Pakistan» on Tuesday."
    (passage,) = prepare(extracted(article(text)))
    assert [text[s:e] for s, e in passage.quoted] == ["a blatant breach by Pakistan"]
    assert passage.actors() == ("iran", "pakistan")
    assert passage.actors(outside_quotes=True) == ("iran",)


def test_a_claimant_is_a_statements_speaker_and_nothing_else() -> None:
    text = "The strikes killed two children, Pakistan's Foreign Office stressed."
    at = text.index("two")
    (read,) = prepare(extracted(article(text)))
    assert claimant_at(read, at) == "pakistan"
    (unread,) = prepare((article(text), ()))  # the same words, no statement given
    assert claimant_at(unread, at) is None
