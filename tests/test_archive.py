"""The statement archive (issue 16): kept per brief date, searched with FTS5.

Against a real store of a few thousand Reuters-21578 articles from ../shared/corpus, read
at run time (the tests skip when the corpus is absent; no corpus text is committed).
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from operate_fixtures import ROOT, make_config

sys.path.insert(0, str(ROOT))
from benchmarks.corpus import corpus_dir  # noqa: E402
from briefing.cli import cli
from briefing.config.settings import load_config
from briefing.errors import InputError, StoreError
from briefing.extract.matcher import build_matcher
from briefing.extract.statements import extract
from briefing.models import Article, Statement
from briefing.sources import archive
from briefing.sources.archive import Query, keep, search
from briefing.sources.store import MIGRATIONS, open_store

REUTERS = corpus_dir() / "reuters21578.jsonl"  # $BRIEFING_CORPUS, else ../shared/corpus
FIRST, LAST = dt.date(1987, 3, 1), dt.date(1987, 3, 20)  # about 3,000 dated articles


def _corpus() -> list[Article]:
    if not REUTERS.is_file():
        pytest.skip(f"no corpus at {REUTERS}")
    articles = []
    with REUTERS.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            day = dt.date.fromisoformat(record["date"]) if record.get("date") else None
            if day is not None and FIRST <= day <= LAST and record["text"].strip():
                articles.append(Article(id=record["id"], date=day, title=record["title"],
                                        source="Reuters", url=None, text=record["text"],
                                        origin=f"{REUTERS.name}:{record['id']}"))
    return articles


class Kept:
    def __init__(self, path: Path, articles: list[Article],
                 statements: dict[dt.date, list[Statement]]) -> None:
        self.path, self.articles, self.statements = path, articles, statements
        self.by_id = {a.id: a for a in articles}


@pytest.fixture(scope="module")
def kept(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Kept]:
    articles = _corpus()
    assert len(articles) > 2000
    matcher = build_matcher(load_config(ROOT / "config").actors)
    found = {a.id: extract(a, matcher) for a in articles}
    by_brief: dict[dt.date, list[Statement]] = {}
    path = tmp_path_factory.mktemp("archive") / "briefing.db"
    with open_store(path) as store:
        day = FIRST + dt.timedelta(days=1)
        while day <= LAST:  # a brief a day over a window of two days, as briefs are built
            window = [s for a in articles if day - dt.timedelta(days=1) <= a.date <= day
                      for s in found[a.id]]
            by_brief[day] = window
            keep(store, day, window, {a.id: a for a in articles})
            day += dt.timedelta(days=1)
    yield Kept(path, articles, by_brief)


def test_every_statement_is_kept_with_its_article_speaker_and_actor(kept: Kept) -> None:
    with open_store(kept.path) as store:
        for day, statements in kept.statements.items():
            assert archive.count(store, day) == len(statements)
        row = store.conn.execute(
            "SELECT brief_date, date, article_id, title, source, origin, kind, spans, text,"
            " speaker, voice, actor, actor_code FROM statements WHERE actor IS NOT NULL"
            " ORDER BY id LIMIT 1").fetchone()
    brief, day, aid, title, source, origin, kind, spans, text, speaker, voice, actor, code = row
    article = kept.by_id[aid]
    assert (day, title, source, origin) == (article.date.isoformat(), article.title, "Reuters",
                                            article.origin)
    assert dt.date.fromisoformat(brief) - article.date <= dt.timedelta(days=1)
    (start, end), *_ = json.loads(spans)
    assert text.startswith(article.text[start:end])  # the exact words, where they stand
    assert voice in ("official", "public", "unknown") and actor and kind
    assert code is None or code.isupper()


def test_search_finds_the_exact_words_ranked_and_filtered(kept: Kept) -> None:
    with open_store(kept.path) as store:
        hits = search(store, Query("oil prices", limit=10))
        assert len(hits) == 10
        assert all("oil" in h.text.lower() and "price" in h.text.lower() for h in hits)
        assert len({(h.article_id, h.spans) for h in hits}) == 10  # once, not once per brief
        for h in hits:  # the exact text, at its spans, in its article
            article = kept.by_id[h.article_id]
            assert h.text.startswith(article.text[h.spans[0][0]:h.spans[0][1]])
            assert h.url is None and h.origin == article.origin
        since = search(store, Query("oil", since=dt.date(1987, 3, 10),
                                    until=dt.date(1987, 3, 12), limit=50))
        assert since and all(dt.date(1987, 3, 10) <= h.date <= dt.date(1987, 3, 12)
                             for h in since)
        quotes = search(store, Query("said OR says", kind="quote", limit=50))
        assert quotes and all(h.kind == "quote" for h in quotes)
        acted = store.conn.execute("SELECT actor, actor_code, speaker FROM statements WHERE"
                                   " actor IS NOT NULL AND actor_code IS NOT NULL AND speaker"
                                   " IS NOT NULL LIMIT 1").fetchone()
        assert acted is not None, "the corpus window should hold statements of a known actor"
        actor, code, speaker = acted
        by_id = search(store, Query("the OR a OR of", actor=actor, limit=30))
        by_code = search(store, Query("the OR a OR of", actor=code.lower(), limit=30))
        assert by_id and all(h.actor == actor for h in by_id)
        assert by_code and all(h.actor_code == code for h in by_code)
        word = speaker.split()[-1]
        spoken = search(store, Query("the OR a OR of", speaker=word.upper(), limit=30))
        assert spoken and all(word.lower() in (h.speaker or "").lower() for h in spoken)
        assert search(store, Query("zzzqqqxxx")) == ()


def test_a_bad_query_is_an_input_error_naming_fts5(kept: Kept) -> None:
    with open_store(kept.path) as store:
        for bad in ('"unbalanced', "oil AND", "nosuchcolumn:oil", "(oil"):
            with pytest.raises(InputError, match="not a query FTS5 understands"):
                search(store, Query(bad))
        with pytest.raises(InputError, match="--kind"):
            search(store, Query("oil", kind="rumour"))


def test_writing_a_date_again_replaces_its_rows_and_a_failed_write_keeps_the_old(
        kept: Kept, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "copy.db"
    with open_store(kept.path) as source, sqlite3.connect(path) as target:
        source.conn.backup(target)
    target.close()
    day = FIRST + dt.timedelta(days=3)
    statements = kept.statements[day]
    with open_store(path) as store:
        before = archive.count(store)
        keep(store, day, statements, kept.by_id)  # the same again: the same rows
        assert archive.count(store) == before
        keep(store, day, statements[:5], kept.by_id)
        assert archive.count(store, day) == 5
        assert archive.count(store) == before - len(statements) + 5
        _fts_agrees(store.conn)
        real = archive.statement_rows

        def broken(*args: object) -> list[tuple[object, ...]]:
            rows = real(*args)  # type: ignore[arg-type]
            return [*rows, (day.isoformat(), *([None] * 16))]  # NOT NULL fails mid-write

        monkeypatch.setattr(archive, "statement_rows", broken)
        with pytest.raises(StoreError):
            keep(store, day, statements, kept.by_id)
        assert archive.count(store, day) == 5  # the old rows, not none and not a mix
        _fts_agrees(store.conn)


def _fts_agrees(db: sqlite3.Connection) -> None:
    """FTS5's own check that its index holds exactly the rows of the statements table."""
    db.execute("INSERT INTO statements_text (statements_text, rank) VALUES ('integrity-check', 1)")


def test_an_older_store_migrates_in_place_and_keeps_its_articles(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with sqlite3.connect(path) as db:
        for migration in MIGRATIONS[:2]:
            db.executescript(migration)
        db.execute("PRAGMA application_id = 1651665254")
        db.execute("PRAGMA user_version = 2")
        db.execute("INSERT INTO articles (article_id, date, fetched, title, source, text) "
                   "VALUES ('a1', '2024-01-19', '2024-01-19T00:00:00+00:00', 't', 's', 'x')")
    db.close()
    with open_store(path) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
        assert len(store.articles_between(dt.date(2024, 1, 19), dt.date(2024, 1, 19))) == 1
        assert archive.count(store) == 0


def test_build_keeps_statements_and_search_prints_them(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    config = str(make_config(tmp_path / "config", smtp=None))
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    none = runner.invoke(cli, ["search", "constructive", "--config", config])
    assert none.exit_code == 2 and "no store yet" in none.stderr
    assert runner.invoke(cli, ["ingest", "--config", config]).exit_code == 0
    for _ in range(2):  # a rebuild replaces the date's statements
        built = runner.invoke(cli, ["build", "--date", "2024-01-19", "--config", config])
        assert built.exit_code == 0, built.stderr
    with open_store(tmp_path / "output" / "briefing.db") as store:
        kept_rows = archive.count(store, dt.date(2024, 1, 19))
        assert kept_rows == len(set(store.conn.execute(
            "SELECT article_id, spans FROM statements").fetchall()))
    found = runner.invoke(cli, ["search", "constructive role", "--actor", "CHN", "--json",
                                "--config", config])
    assert found.exit_code == 0, found.stderr
    hits = [json.loads(line) for line in found.stdout.splitlines()]
    assert hits and all(h["actor_code"] == "CHN" and "constructive role" in h["text"]
                        for h in hits)
    assert {"date", "actor", "speaker", "text", "title", "url", "file"} <= set(hits[0])
    plain = runner.invoke(cli, ["search", "sovereignty", "--speaker", "baloch", "--config",
                                config])
    assert plain.exit_code == 0
    assert plain.stdout.startswith("2024-01-19  pakistan (PAK)  Mumtaz Zahra Baloch")
    bad = runner.invoke(cli, ["search", '"constructive', "--config", config])
    assert bad.exit_code == 2
    assert bad.stderr.count("\n") == 1 and "Traceback" not in bad.stderr
    assert bad.stderr.startswith("error: search: not a query FTS5 understands")


def test_a_word_in_most_statements_is_ranked_among_its_most_recently_kept_matches(
        kept: Kept, monkeypatch: pytest.MonkeyPatch) -> None:
    with open_store(kept.path) as store:
        matches = store.conn.execute("SELECT count(*) FROM statements_text"
                                     " WHERE statements_text MATCH 'the'").fetchone()[0]
        everywhere = search(store, Query("the", limit=5))
        monkeypatch.setattr(archive, "RANKED", 50)
        capped = search(store, Query("the", limit=5))
        ids = {row[0] for row in store.conn.execute(
            "SELECT rowid FROM statements_text WHERE statements_text MATCH 'the'"
            " ORDER BY rowid DESC LIMIT 50")}
        texts = {row[0] for row in store.conn.execute(
            f"SELECT text FROM statements WHERE id IN ({','.join(map(str, ids))})")}
    assert len(everywhere) == len(capped) == 5
    assert all(h.text in texts for h in capped)  # only the newest 50 matches were ranked
    assert matches > 1000  # so the cap left most of them unranked
