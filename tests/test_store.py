"""The article store: de-duplication, date windows, migration, refusal of foreign files."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from briefing.errors import StoreError
from briefing.models import Window
from briefing.sources import store
from briefing.sources.store import NewArticle, SendRecord, canonical_url, open_store

NOW = dt.datetime(2024, 1, 19, 6, 0, tzinfo=dt.UTC)
WIRE = ("Pakistan said on Thursday it had carried out strikes inside Iran.\n\n"
        "\u201cThis is a matter of national security,\u201d the foreign office said.")


def item(text: str = WIRE, *, url: str | None = "https://news.example/a", source: str = "feed-a",
         day: str = "2024-01-18", summary_only: bool = False) -> NewArticle:
    return NewArticle(title="Strikes", text=text, date=dt.date.fromisoformat(day), url=url,
                      source=source, fetched=NOW, summary_only=summary_only)


def test_same_url_twice_is_stored_once(tmp_path: Path) -> None:
    with open_store(tmp_path / "b.db") as db:
        assert db.add(item()) == "new"
        assert db.add(item()) == "known"
        assert db.add(item(url="HTTPS://News.Example/a?utm_source=x#top", source="feed-b")) == (
            "merged")
        (article,) = db.articles_between(dt.date(2024, 1, 1), dt.date(2024, 1, 31))
        assert db.sources_of(article.id) == ("feed-a", "feed-b")


def test_same_text_from_two_feeds_is_stored_once_with_both_sources(tmp_path: Path) -> None:
    with open_store(tmp_path / "b.db") as db:
        assert db.add(item(url="https://one.example/x", source="wire-1")) == "new"
        # The same wire story, re-spaced and re-cased: the normalised text is the same.
        again = WIRE.replace("\n\n", "\n").replace("Thursday", "THURSDAY")
        assert db.add(item(again, url="https://two.example/y", source="wire-2")) == "merged"
        (article,) = db.articles_between(dt.date(2024, 1, 18), dt.date(2024, 1, 18))
        assert article.text == WIRE
        assert article.source == "wire-1"
        assert db.sources_of(article.id) == ("wire-1", "wire-2")


def test_add_all_stores_a_batch_in_one_commit(tmp_path: Path) -> None:
    with open_store(tmp_path / "b.db") as db:
        statements: list[str] = []
        db.conn.set_trace_callback(statements.append)
        statuses = db.add_all([
            item(),
            item(url="https://news.example/b", text="Iran said it would respond to the strikes."),
            item(),
            item(url="https://other.example/c", source="feed-b"),
        ])
        db.conn.set_trace_callback(None)
        assert statuses == ["new", "new", "known", "merged"]
        # One commit for the whole batch: a commit per article waits on the disk each time.
        assert [s for s in statements if s.strip().upper() == "COMMIT"] == ["COMMIT"]
        assert len(db.articles_between(dt.date(2024, 1, 18), dt.date(2024, 1, 18))) == 2


def test_full_text_replaces_a_stored_summary(tmp_path: Path) -> None:
    with open_store(tmp_path / "b.db") as db:
        db.add(item("Pakistan struck inside Iran.", summary_only=True))
        (summary,) = db.articles_between(dt.date(2024, 1, 18), dt.date(2024, 1, 18))
        assert db.marks(summary.id) == (True, False)
        assert db.add(item(source="feed-a-page")) == "merged"
        (full,) = db.articles_between(dt.date(2024, 1, 18), dt.date(2024, 1, 18))
        assert full.text == WIRE
        assert db.marks(full.id) == (False, False)


def test_window_query_by_date(tmp_path: Path) -> None:
    with open_store(tmp_path / "b.db") as db:
        for n, day in enumerate(("2024-01-17", "2024-01-18", "2024-01-19", "2024-01-20")):
            db.add(item(f"Story number {n}.", url=f"https://x.example/{n}", day=day))
        got = db.articles_between(dt.date(2024, 1, 18), dt.date(2024, 1, 19))
    assert [(a.date.isoformat(), a.text) for a in got] == [
        ("2024-01-18", "Story number 1."), ("2024-01-19", "Story number 2.")]
    day = dt.date(2024, 1, 20)
    (third,) = store.articles_between(tmp_path / "b.db", Window(day, day))
    assert third.text == "Story number 3."
    empty = Window(dt.date(2024, 1, 1), NOW.date())
    assert store.articles_between(tmp_path / "none.db", empty) == ()


def test_canonical_url() -> None:
    assert canonical_url("HTTPS://Example.ORG:443/a/b?b=2&utm_medium=rss&a=1#frag") == (
        "https://example.org/a/b?a=1&b=2")
    assert canonical_url("http://example.org") == "http://example.org/"
    assert canonical_url("http://example.org:8080/x") == "http://example.org:8080/x"


def test_an_older_schema_is_migrated_in_place(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    for statement in store._statements(store.MIGRATIONS[0]):
        conn.execute(statement)
    conn.execute(f"PRAGMA application_id = {store.APPLICATION_ID}")
    conn.execute("PRAGMA user_version = 1")
    conn.execute("INSERT INTO articles (article_id, url, canonical_url, date, fetched, title,"
                 " source, text) VALUES ('abc', NULL, NULL, '2024-01-19', '2024-01-19T05:00:00',"
                 " 'Old', 'seeds', 'Kept across the migration.')")
    conn.commit()
    conn.close()
    with open_store(path) as db:
        (article,) = db.articles_between(dt.date(2024, 1, 19), dt.date(2024, 1, 19))
        assert article.text == "Kept across the migration."
        assert db.marks("abc") == (False, False)  # the columns version 2 added
        assert db.validators("https://x.example/feed").etag is None
        assert db.integrity_check() == ()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == store.SCHEMA_VERSION == 3
    conn.close()


def test_a_corrupt_file_is_refused_by_name_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "briefing.db"
    junk = b"this is not a database, just some bytes\n" * 200
    path.write_bytes(junk)
    with pytest.raises(StoreError) as err, open_store(path):
        pass
    assert str(err.value) == (
        f"{path}: not a briefing store, or damaged (file is not a database); the file was left "
        "as it is; move it aside to start a new store")
    assert path.read_bytes() == junk
    assert sorted(p.name for p in tmp_path.iterdir()) == ["briefing.db"]


def test_a_damaged_page_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "briefing.db"
    with open_store(path) as db:
        for n in range(300):
            db.add(item(f"Story {n}. " * 40, url=f"https://x.example/{n}"))
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = bytearray(path.read_bytes())
    data[4096 * 3: 4096 * 3 + 512] = b"\xff" * 512  # scribble over an interior page
    path.write_bytes(bytes(data))
    with pytest.raises(StoreError) as err, open_store(path):
        pass
    assert str(err.value).startswith(f"{path}: ")
    assert "left as it is" in str(err.value)
    assert path.read_bytes() == bytes(data)


def test_a_foreign_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE customers (name TEXT)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StoreError) as err, open_store(path):
        pass
    assert str(err.value) == (f"{path}: not a briefing store (it holds other data); the file was "
                              "left as it is; set store.path in briefing.yaml to another file")
    assert path.read_bytes() == before


def test_a_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    with open_store(path):
        pass
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError) as err, open_store(path):
        pass
    assert str(err.value) == (f"{path}: the store has schema version 99, newer than this "
                              "briefing knows (3); upgrade briefing")


def test_ledger_rows_round_trip(tmp_path: Path) -> None:
    record = SendRecord(date=dt.date(2024, 1, 19), seq=1, message_id="<m@x>", content_hash="h",
                        recipients=("a@x", "b@x"), delivered=("a@x",),
                        refused=(("b@x", "550 no such user"),), state="sent",
                        started="t0", updated="t1", error="")
    with open_store(tmp_path / "b.db") as db:
        assert db.last_send(dt.date(2024, 1, 19)) is None
        db.record_send(record)
        db.record_send(SendRecord(**{**_fields(record), "seq": 2, "state": "sending"}))
        assert db.last_send(dt.date(2024, 1, 19)) == SendRecord(
            **{**_fields(record), "seq": 2, "state": "sending"})


def _fields(record: SendRecord) -> dict[str, object]:
    return {name: getattr(record, name) for name in SendRecord.__slots__}


def test_readers_are_not_blocked_by_a_writer(tmp_path: Path) -> None:
    path = tmp_path / "b.db"
    with open_store(path) as db:
        db.add(item())
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")  # an ingest in the middle of its transaction
    writer.execute("UPDATE articles SET title = 'changing'")
    try:
        day = dt.date(2024, 1, 18)
        (article,) = store.articles_between(path, Window(day, day))
        assert article.title == "Strikes"  # the last committed state
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()
