"""Fuzz statement extraction and attribution with the shipped actor dictionary.

Every statement's spans must lie inside the article, in order, and its text must be the
text at those spans; the speaker's actor must be a configured actor or None.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import atheris

with atheris.instrument_imports():
    from briefing.config.settings import load_config
    from briefing.extract.matcher import build_matcher
    from briefing.extract.statements import extract
    from briefing.extract.text import join_spans
    from briefing.models import Article

from _harness import run

ACTORS = load_config(Path(__file__).resolve().parent.parent / "config").actors
MATCHER = build_matcher(ACTORS)
IDS = {actor.id for actor in ACTORS.actors}


def test_one_input(data: bytes) -> None:
    text = data.decode("utf-8", "replace")
    article = Article("fuzz", dt.date(2024, 1, 19), "t", "s", None, text, "fuzz")
    for statement in extract(article, MATCHER):
        end = 0
        for start, stop in statement.spans:
            assert end <= start < stop <= len(text), statement.spans
            end = stop
        assert statement.text == join_spans(text, statement.spans)
        assert statement.speaker.actor is None or statement.speaker.actor in IDS


if __name__ == "__main__":
    run(test_one_input)
