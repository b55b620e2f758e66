"""The browsable archive (issue 16): output/index.html and output/actors/<id>.html."""

from __future__ import annotations

import datetime as dt
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner
from operate_fixtures import make_config

from briefing.cli import cli
from briefing.render.archive_html import actor_html
from briefing.sources.archive import Hit


class Page(HTMLParser):
    """The links, tags and text of a page; fails on a tag closed that was never opened."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.links: list[str] = []
        self.tags: list[str] = []
        self.text: list[str] = []
        self.open: list[str] = []
        self.feed(text)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag not in ("meta", "br"):
            self.open.append(tag)
        self.links += [v or "" for k, v in attrs if k == "href"]
        assert not any(k.startswith("on") for k, _ in attrs)

    def handle_endtag(self, tag: str) -> None:
        assert self.open and self.open.pop() == tag, f"</{tag}> closes nothing"

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_each_build_refreshes_the_index_and_the_actors_pages(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = str(make_config(tmp_path / "config", smtp=None))
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    assert runner.invoke(cli, ["ingest", "--config", config]).exit_code == 0
    for day in ("2024-01-18", "2024-01-19"):
        built = runner.invoke(cli, ["build", "--date", day, "--config", config])
        assert built.exit_code == 0, built.stderr
    out = tmp_path / "output"
    index = Page((out / "index.html").read_text("utf-8"))
    assert "script" not in index.tags and index.open == []
    dated = [link for link in index.links if link.endswith("/brief.html")]
    assert dated == ["2024-01-19/brief.html", "2024-01-18/brief.html"]  # newest first
    assert {"2024-01-19/brief.md", "2024-01-19/brief.pdf"} <= set(index.links)
    assert all((out / link).is_file() for link in index.links)
    assert any("to mediate" in t for t in index.text)  # the bottom line
    china = Page((out / "actors" / "china.html").read_text("utf-8"))
    assert "script" not in china.tags and china.open == []
    text = "".join(china.text)
    assert "We are also willing to play a constructive role" in text
    assert text.count("We are also willing to play a constructive role") == 2  # two articles
    assert "../2024-01-19/brief.html" in china.links
    assert all((out / "actors" / link).resolve().is_file() for link in china.links)


def test_actor_pages_escape_what_articles_say() -> None:
    hit = Hit(brief_date=dt.date(2024, 1, 19), date=dt.date(2024, 1, 19), article_id="a",
              title="<script>alert(1)</script>", source="Wire & Co", url="https://x/?a=1&b=\"",
              origin="", kind="quote", spans=((0, 5),), text="<b>bold</b> & more", cue="said",
              speaker="A <i>B</i>", role=None, voice="official", capacity="gov",
              actor="china", actor_code="CHN")
    page = Page(actor_html("T", "China <x>", dt.date(2023, 12, 21), dt.date(2024, 1, 19),
                           [hit]))
    assert "script" not in page.tags and "b" not in page.tags and "i" not in page.tags
    text = "".join(page.text)
    assert "<b>bold</b> & more" in text and "<script>alert(1)</script>" in text
    assert 'https://x/?a=1&b="' in page.links
