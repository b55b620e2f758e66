"""Small factories for the values the stages pass around (shared by the test files)."""

from __future__ import annotations

import base64
import datetime as dt
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from briefing.brief import Brief
from briefing.config.settings import load_config
from briefing.extract.matcher import ActorMatcher, build_matcher
from briefing.extract.records import extract_record
from briefing.models import (
    OFFICIAL,
    QUOTE,
    ActorSection,
    Citation,
    Entry,
    SourceRef,
    Speaker,
    Statement,
)

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = ROOT / "templates"


@pytest.fixture(scope="module")
def shipped_matcher() -> ActorMatcher:
    """The matcher of the shipped config, with the worldwide reference."""
    return build_matcher(load_config(ROOT / "config").actors)


def extracted(matcher: ActorMatcher, text: str, day: str) -> list[dict]:
    """`briefing extract`'s statements of one article (as statements.json writes them)."""
    return extract_record({"id": "t", "text": text, "date": day}, matcher)["statements"]


def make_speaker(
    name: str | None = "Mao Ning",
    role: str | None = "Foreign Ministry spokesperson",
    actor: str | None = "china",
    voice: str = OFFICIAL,
) -> Speaker:
    return Speaker(name=name, role=role, actor=actor, voice=voice, mention=name, span=None)


def make_entry(
    text: str = "We are also willing to play a constructive role.",
    *,
    kind: str = QUOTE,
    actor: str = "china",
    speaker: Speaker | None = None,
    score: float = 8.5,
    cited: tuple[int, ...] = (1,),
    article_id: str = "a1",
) -> Entry:
    spans = ((10, 10 + len(text)),)
    statement = Statement(
        article_id=article_id,
        kind=kind,
        spans=spans,
        text=text,
        cue="said",
        cue_span=None,
        speaker=speaker or make_speaker(actor=actor),
    )
    citations = tuple(
        Citation(article_id=f"a{number}", number=number, spans=spans) for number in cited
    )
    return Entry(statement=statement, actor=actor, score=score, citations=citations)


def make_source(number: int = 1, **fields: object) -> SourceRef:
    values: dict[str, object] = {
        "number": number,
        "article_id": f"a{number}",
        "title": f"Article {number}",
        "source": "Dawn",
        "date": dt.date(2024, 1, 19),
        "url": f"https://example.org/{number}",
    }
    values.update(fields)
    return SourceRef(**values)  # type: ignore[arg-type]


def make_section(
    actor: str = "china", name: str = "China", entries: tuple[Entry, ...] = ()
) -> ActorSection:
    return ActorSection(
        actor=actor, name=name, kind="state", emphasis=1.0, entries=entries or (make_entry(),)
    )


def make_brief(
    sections: tuple[ActorSection, ...] | None = None,
    key_developments: tuple[Entry, ...] | None = None,
    sources: tuple[SourceRef, ...] | None = None,
    **fields: object,
) -> Brief:
    sections = (make_section(),) if sections is None else sections
    if key_developments is None:
        key_developments = tuple(entry for section in sections for entry in section.entries)[:1]
    values: dict[str, object] = {
        "title": "South and West Asia situation brief",
        "date": dt.date(2024, 1, 19),
        "window_start": dt.date(2024, 1, 18),
        "handling": "UNCLASSIFIED // FOR INTERNAL USE",
        "key_developments": key_developments,
        "sections": sections,
        "sources": (make_source(1), make_source(2)) if sources is None else sources,
    }
    values.update(fields)
    return Brief(**values)  # type: ignore[arg-type]


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", default=False,
                     help="Rewrite tests/golden/*/brief.md from the code (review the diff).")


def config_with_russia_emphasis(tmp_path: Path, emphasis: str) -> Path:
    """Copy the shipped config, setting Russia's emphasis as an editor would."""
    folder = tmp_path / "config"
    shutil.copytree(ROOT / "config", folder)
    actors = folder / "actors.yaml"
    text = actors.read_text("utf-8")
    at = text.index("emphasis:", text.index("  russia:"))
    end = text.index("\n", at)
    actors.write_text(text[:at] + f"emphasis: {emphasis}" + text[end:], "utf-8")
    return folder


# A 1x1 PNG: what the recording server (and a test's canary file) serves, so an image that
# got fetched would show up in the output.
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg=="
)


@contextmanager
def recording_server() -> Iterator[tuple[str, list[str]]]:
    """An HTTP server on 127.0.0.1 that records every request and answers with PNG."""
    requests: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's API)
            requests.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.end_headers()
            self.wfile.write(PNG)

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            pass

    with serving(Handler) as base:
        yield base, requests


@contextmanager
def serving(handler: type[BaseHTTPRequestHandler]) -> Iterator[str]:
    """Serve `handler` on a free port of 127.0.0.1 in a thread; yield the base URL."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join()
