"""Analysis context: quotation ranges in a paragraph, found by visiting the marks only."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.analysis.context import quoted_ranges


def _every_character(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """The reference: the same rule, character by character."""
    out: list[tuple[int, int]] = []
    opened: int | None = None
    for i in range(start, end):
        ch = text[i]
        if ch == "“" or (ch == '"' and opened is None):
            if opened is None:
                opened = i + 1
        elif (ch == "”" or ch == '"') and opened is not None:
            out.append((opened, i))
            opened = None
    if opened is not None:
        out.append((opened, end))
    return tuple(out)


def test_straight_curly_and_unclosed_quotes() -> None:
    text = 'He said "calm" and “restraint” then “more'
    assert [text[s:e] for s, e in quoted_ranges(text, 0, len(text))] == [
        "calm", "restraint", "more"]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet='ab “”"\n', max_size=40), st.integers(0, 40), st.integers(0, 40))
def test_marks_only_equals_every_character(text: str, a: int, b: int) -> None:
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    assert quoted_ranges(text, start, end) == _every_character(text, start, end)


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
