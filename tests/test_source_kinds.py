"""Source kinds: declared once in config (the keys each reads), read by one reader in ingest.

The last test is ARCHITECTURE.md's recipe "Add a source kind" carried out: a new kind,
declared and given a reader, is accepted by sources.yaml and fills the store.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from types import MappingProxyType

import pytest

from briefing.config import operations
from briefing.config.operations import SOURCE_KINDS, Source, load_sources
from briefing.errors import ConfigError
from briefing.sources import ingest as ingest_module
from briefing.sources.ingest import OK, READERS, SourceReport, ingest
from briefing.sources.store import NewArticle, Store, open_store

NOW = dt.datetime(2024, 1, 19, 6, 0, tzinfo=dt.UTC)


def test_every_declared_kind_has_a_reader_and_every_reader_a_declaration() -> None:
    assert list(READERS) == list(SOURCE_KINDS)


def test_a_kind_nobody_declared_is_a_config_error(tmp_path: Path) -> None:
    (tmp_path / "sources.yaml").write_text("sources:\n  wire:\n    kind: lines\n    path: x\n")
    with pytest.raises(ConfigError) as caught:
        load_sources(tmp_path)
    assert str(caught.value) == (f"{tmp_path / 'sources.yaml'}:3:11: sources.wire.kind: "
                                 "expected one of: folder, feed, page; got 'lines'")


def read_lines(source: Source, store: Store, now: dt.datetime, limits: object) -> SourceReport:
    """The recipe's reader: one JSON Lines file, an article a line."""
    items = []
    for line in Path(source.path or "").read_text("utf-8").splitlines():
        record = json.loads(line)
        items.append(NewArticle(title=record["title"], text=record["text"],
                                date=dt.date.fromisoformat(record["date"]), url=None,
                                source=source.name, fetched=now))
    counts = [status for status in store.add_all(items)]
    return SourceReport(source.name, source.kind, OK, new=counts.count("new"))


def test_recipe_add_a_source_kind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # 1. Declare the kind and the key that says where it reads.
    monkeypatch.setattr(operations, "SOURCE_KINDS",
                        MappingProxyType({**SOURCE_KINDS, "lines": ("path",)}))
    # 2. Give it a reader.
    monkeypatch.setattr(ingest_module, "READERS",
                        MappingProxyType({**READERS, "lines": read_lines}))
    wire = tmp_path / "wire.jsonl"
    wire.write_text(json.dumps({"title": "Talks resume", "date": "2024-01-19",
                                "text": "The foreign minister said talks would resume."}) + "\n")
    (tmp_path / "sources.yaml").write_text(f"sources:\n  wire:\n    kind: lines\n"
                                           f"    path: {wire}\n")
    sources = load_sources(tmp_path)
    with open_store(tmp_path / "b.db") as db:
        report = ingest(sources, db, now=NOW)
        assert [r.line() for r in report.sources] == ["wire: 1 new, 0 merged, 0 known"]
        [article] = db.articles_between(dt.date(2024, 1, 19), dt.date(2024, 1, 19))
    assert article.title == "Talks resume"
