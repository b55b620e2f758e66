"""Nothing leaks, end to end: `briefing build` on hostile article files.

The articles quote officials saying URLs, <img>, <link>, CSS url(), file:// and data:
references, Markdown, HTML and Jinja syntax, and carry hostile titles, sources and URLs.
A recording HTTP server on 127.0.0.1 stands behind every http URL; a canary file with
unique content stands behind every file:// URL. The build must make no request, copy no
byte of the canary, render every attack as text, and write only its four files.
"""

from __future__ import annotations

import base64
import io
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import PNG, recording_server
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parent.parent
CANARY = "CANARY-7f3a9c2e-never-copy-me"
OUTPUTS = {"brief.md", "brief.html", "brief.pdf", "statements.json"}


def attacks(base: str, canary: Path) -> list[str]:
    """What an attacker puts inside a quotation, one line each."""
    data = base64.b64encode(PNG).decode()
    return [
        f'<img src="{base}/img.png"> and <img src="{canary.as_uri()}">',
        f'<link rel="stylesheet" href="{base}/style.css"> <script src="{base}/s.js"></script>',
        f"<style>@import url({base}/import.css); body {{ background: url({canary.as_uri()}) }}"
        "</style>",
        f'<div style="background-image: url({base}/inline.png)">styled</div>',
        f"![picture]({base}/md.png) and [a link]({base}/link) and <{base}/auto>",
        f'<iframe src="{base}/frame"></iframe><object data="{canary.as_uri()}"></object>',
        f"data:image/png;base64,{data} and <img src=\"data:image/png;base64,{data}\">",
        "{{ 7 * 7 }} {% for x in range(3) %}loop{% endfor %} {# comment #} {{ config }}",
        "**bold** _em_ `code` # heading | a | b | [^1] ^sup ~~strike~~ \\ &amp; &lt;b&gt;",
        f"{base}/plain-url and file:///etc/passwd and {canary.as_uri()}",
    ]


def write_articles(folder: Path, base: str, canary: Path) -> None:
    speakers = ["Mao Ning", "Maria Zakharova", "Mumtaz Zahra Baloch", "Nasser Kanaani"]
    for n, attack in enumerate(attacks(base, canary)):
        speaker = speakers[n % len(speakers)]
        title = f'<img src="{base}/title{n}.png"> {{{{ 7 * 7 }}}} ../../../../tmp/evil{n}'
        (folder / f"a{n}.md").write_text(
            "---\n"
            f"title: {json.dumps(title)}\n"
            "date: 2024-01-19\n"
            f"source: {json.dumps(f'<script src={base}/src.js></script> ../evil')}\n"
            f"url: {json.dumps('javascript:alert(1)' if n % 2 else f'{base}/source{n}')}\n"
            "---\n\n"
            f"ISLAMABAD: “We reject this entirely: {attack},” {speaker} said on Friday.\n\n"
            f"{speaker} added that {attack} was no reason for concern.\n",
            "utf-8",
        )
    # The same attacks through JSON Lines, with a path for an id.
    record = {"id": "../../../../tmp/evil-id", "date": "2024-01-19", "title": "../evil-title",
              "source": "/etc/passwd", "url": canary.as_uri(),
              "text": f"“{attacks(base, canary)[0]} is text,” Mao Ning said."}
    (folder / "more.jsonl").write_text(json.dumps(record) + "\n", "utf-8")


class Tags(HTMLParser):
    """Collect every tag and attribute of an HTML document."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, object]]:
    tmp = tmp_path_factory.mktemp("leaks")
    with recording_server() as (base, requests):
        yield _build(tmp, base, requests)


def _build(tmp: Path, base: str, requests: list[str]) -> dict[str, object]:
    canary = tmp / "canary.txt"
    canary.write_text(CANARY, "utf-8")
    articles = tmp / "articles"
    articles.mkdir()
    write_articles(articles, base, canary)
    config = tmp / "config"
    shutil.copytree(ROOT / "config", config)
    settings = (config / "briefing.yaml").read_text("utf-8")
    (config / "briefing.yaml").write_text(
        settings.replace("statements_per_actor: 3", "statements_per_actor: 20"), "utf-8")
    work = tmp / "work"
    work.mkdir()
    before = {p for p in tmp.rglob("*")}
    done = subprocess.run(
        [sys.executable, "-m", "briefing", "build", "--date", "2024-01-19", "--articles",
         str(articles), "--config", str(config), "--output", str(tmp / "out")],
        cwd=work, capture_output=True, text=True, timeout=600, check=False,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    created = {p for p in tmp.rglob("*")} - before
    return {"done": done, "created": created, "tmp": tmp, "requests": requests,
            "base": base, "canary": canary, "folder": tmp / "out" / "2024-01-19"}


def test_build_succeeds(built: dict) -> None:
    done = built["done"]
    assert done.returncode == 0, done.stderr


def test_no_network_request_was_made(built: dict) -> None:
    assert built["requests"] == []


def test_only_the_four_outputs_were_written(built: dict) -> None:
    folder = built["folder"]
    created = {p for p in built["created"] if p.is_file()}
    # ... and the archive's index beside the date folders (issue 16), nothing else
    assert {p.name for p in created} == OUTPUTS | {"index.html"}
    assert all(p.parent == (folder.parent if p.name == "index.html" else folder)
               for p in created)
    assert not list(Path("/tmp").glob("evil*"))


def test_the_canary_is_copied_nowhere(built: dict) -> None:
    folder = built["folder"]
    for name in OUTPUTS:
        assert CANARY.encode() not in (folder / name).read_bytes(), name
    reader = PdfReader(io.BytesIO((folder / "brief.pdf").read_bytes()))
    text = "".join(page.extract_text() for page in reader.pages)
    assert CANARY not in text
    for page in reader.pages:
        assert len(page.images) == 0


def test_the_attacks_reach_the_brief_as_text(built: dict) -> None:
    """Not vacuous: the hostile strings are in the brief, shown as the characters they are."""
    html = (built["folder"] / "brief.html").read_text("utf-8")
    parser = Tags()
    parser.feed(html)
    text = " ".join("".join(parser.text).split())
    base = built["base"]
    for piece in (f'<img src="{base}/img.png">', "{{ 7 * 7 }}", "{% for x in range(3) %}",
                  "**bold**", f"![picture]({base}/md.png)", "file:///etc/passwd",
                  "../../../../tmp/evil", "javascript:alert(1)"):
        assert piece in text, piece
    pdf = PdfReader(io.BytesIO((built["folder"] / "brief.pdf").read_bytes()))
    pdf_text = " ".join(" ".join(page.extract_text() for page in pdf.pages).split())
    assert "<img src=" in pdf_text and "{{ 7 * 7 }}" in pdf_text


def test_the_html_has_no_tag_or_link_from_an_article(built: dict) -> None:
    html = (built["folder"] / "brief.html").read_text("utf-8")
    parser = Tags()
    parser.feed(html)
    tags = {tag for tag, _ in parser.tags}  # (the template's own charts are inline <svg>)
    assert not tags & {"img", "script", "iframe", "object", "embed", "link", "image", "use",
                       "video", "audio", "source", "form", "input", "base", "foreignobject"}
    # The one link out allowed: an article's own http(s) URL in the source list.
    source_urls = {f"{built['base']}/source{n}" for n in range(0, 10, 2)}
    for tag, attrs in parser.tags:
        for name, value in attrs:
            value = value or ""
            assert not name.startswith("on"), (tag, name)
            if (tag, name, dict(attrs).get("class")) == ("a", "href", "url"):
                assert value in source_urls, value
                continue
            if name == "href":
                assert value.startswith("#"), (tag, value)
            lower = value.lower()
            assert "127.0.0.1" not in lower and "javascript:" not in lower, (tag, name, value)
            assert "file:" not in lower and "data:" not in lower, (tag, name, value)


def test_statements_json_keeps_the_attacks_as_plain_strings(built: dict) -> None:
    data = json.loads((built["folder"] / "statements.json").read_text("utf-8"))
    texts = json.dumps(data, ensure_ascii=False)
    assert "{{ 7 * 7 }}" in texts and "<img src=" in texts
