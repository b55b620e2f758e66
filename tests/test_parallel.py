"""Parallel extraction: the same brief, byte for byte, from one process or several."""

from __future__ import annotations

import datetime as dt
import logging
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefing.cli import cli
from briefing.config.settings import load_config
from briefing.extract import parallel
from briefing.extract.matcher import build_matcher
from briefing.models import Article
from briefing.pipeline import build_brief
from briefing.render.markdown import render_markdown, statements_json
from briefing.sources.files import article_id

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = ROOT / "templates"
DAY = dt.date(2024, 1, 19)

# Paragraphs in the seeds' manner; article i takes four of them, numbered, so that the
# articles differ, some statements repeat across articles and every actor gets some.
PARAGRAPHS = (
    "During a press conference in Beijing, Mao Ning, China's Foreign Ministry spokeswoman, "
    "emphasised the need for calm. \"We are willing to play a constructive role in round "
    "{n},\" she stated.",
    "Russian Foreign Ministry spokeswoman Maria Zakharova said that the events of week {n} "
    "were regrettable and played into the hands of those not interested in peace.",
    "In Islamabad, Pakistan's Foreign Office Spokesperson Mumtaz Zahra Baloch clarified that "
    "strike {n} was not aimed at Iran or its institutions.",
    "“Pakistan fully respects the sovereignty of Iran in case {n},” Baloch stated.",
    "At the same time, the Japanese government issued a statement on its concern over "
    "regional stability in the {n}th week.",
    "Tehran said the strikes had killed at least {n} civilians, according to state media.",
    "Photo shows the border crossing on day {n}. — APP/File",
)


def make_articles(count: int) -> list[Article]:
    out = []
    for i in range(count):
        picked = [PARAGRAPHS[(i + k * 3) % len(PARAGRAPHS)] for k in range(4)]
        text = "\n\n".join(p.format(n=i % 37) for p in picked) + f"\n\nReport {i}."
        out.append(Article(id=article_id(text), date=DAY - dt.timedelta(days=i % 2),
                           title=f"Report {i}", source=f"wire{i % 3}", url=None, text=text,
                           origin=f"test:{i}"))
    return out


def render_both(articles: list[Article], jobs: int) -> tuple[str, str]:
    config = load_config(ROOT / "config")
    brief = build_brief(config, articles, config.brief.window(DAY), jobs=jobs)
    return render_markdown(brief, TEMPLATES), statements_json(brief)


def test_parallel_build_is_byte_identical_to_serial(caplog: pytest.LogCaptureFixture) -> None:
    articles = make_articles(parallel.MIN_ARTICLES + 40)
    serial_md, serial_json = render_both(articles, jobs=1)
    with caplog.at_level(logging.INFO, logger="briefing.extract.parallel"):
        parallel_md, parallel_json = render_both(articles, jobs=2)
    assert f"extracting {len(articles)} articles in 2 processes" in caplog.text
    assert "Mao Ning" in serial_md and "Zakharova" in serial_md
    assert parallel_md.encode("utf-8") == serial_md.encode("utf-8")
    assert parallel_json.encode("utf-8") == serial_json.encode("utf-8")


def test_parallel_statements_equal_serial_in_article_order() -> None:
    articles = make_articles(parallel.MIN_ARTICLES + 13)
    matcher = build_matcher(load_config(ROOT / "config").actors)
    serial = parallel.extract_all(articles, matcher, jobs=1)
    split = parallel.extract_all(articles, matcher, jobs=3)
    assert split == serial
    order = {a.id: i for i, a in enumerate(articles)}
    positions = [order[s.article_id] for s in split]
    assert positions == sorted(positions)


def test_few_articles_stay_in_one_process(caplog: pytest.LogCaptureFixture) -> None:
    articles = make_articles(parallel.MIN_ARTICLES - 1)
    matcher = build_matcher(load_config(ROOT / "config").actors)
    with caplog.at_level(logging.INFO, logger="briefing.extract.parallel"):
        parallel.extract_all(articles, matcher, jobs=4)
    assert "processes" not in caplog.text


def test_chunks_are_contiguous_in_order_and_cover_everything() -> None:
    articles = make_articles(10)
    chunks = parallel._chunks(articles, 4)
    assert [len(c) for c in chunks] == [3, 3, 2, 2]
    assert [a for chunk in chunks for a in chunk] == articles
    assert parallel._chunks(articles[:2], 4) == [(articles[0],), (articles[1],)]


def test_default_jobs_is_at_least_one() -> None:
    assert parallel.default_jobs() >= 1


def test_cli_build_rejects_zero_jobs() -> None:
    result = CliRunner().invoke(cli, ["build", "--jobs", "0"])
    assert result.exit_code == 2
    assert "Invalid value for '--jobs': 0 is not in the range x>=1." in result.output


def test_meanwhile_runs_in_this_process_while_the_workers_extract() -> None:
    articles = make_articles(parallel.MIN_ARTICLES + 13)
    matcher = build_matcher(load_config(ROOT / "config").actors)
    here = os.getpid()
    for jobs in (1, 2):
        statements, ran_in = parallel.extract_while(articles, matcher, os.getpid, jobs)
        assert ran_in == here
        assert statements == parallel.extract_all(articles, matcher, jobs=1)
