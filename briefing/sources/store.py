"""The article store: one SQLite file holding ingested articles, HTTP validators and the sends.

Input: articles from ingest (`NewArticle`), brief sends from mail.py. Output: `Article`
values for a window of dates, and the send ledger that makes emailing exactly-once.
An article is stored once: the same canonical URL, or the same normalised text (the
article id), arriving again only adds its source. The schema is versioned in
`PRAGMA user_version` and migrated in place; the file is marked as ours with
`PRAGMA application_id`, and a file that is not ours, is newer than this code or is
damaged is refused with a StoreError naming it, before anything is written to it.
WAL mode lets readers (a `build`) run while a writer (an `ingest`) works.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from briefing.errors import StoreError, TemporaryFailure
from briefing.models import Article, Window
from briefing.sources.files import article_id
from briefing.sources.urls import canonical_url

log = logging.getLogger(__name__)

APPLICATION_ID = 0x62726966  # "brif"
# MIGRATIONS[n] takes a store from schema version n to n + 1. Append, never edit.
MIGRATIONS = (
    """
    CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL UNIQUE,     -- models.Article.id: hash of the normalised text
        url TEXT,
        canonical_url TEXT UNIQUE,
        date TEXT NOT NULL,                  -- published, as a UTC date YYYY-MM-DD
        fetched TEXT NOT NULL,               -- first fetched, UTC ISO timestamp
        title TEXT NOT NULL,
        source TEXT NOT NULL,                -- the first source it came from
        text TEXT NOT NULL
    );
    CREATE INDEX articles_by_date ON articles (date, article_id);
    CREATE TABLE article_sources (
        article INTEGER NOT NULL REFERENCES articles (id),
        source TEXT NOT NULL,
        url TEXT NOT NULL DEFAULT '',
        fetched TEXT NOT NULL,
        PRIMARY KEY (article, source, url)
    );
    CREATE TABLE sends (
        date TEXT NOT NULL,                  -- the brief's date
        seq INTEGER NOT NULL,                -- 1, then one more per --force
        message_id TEXT NOT NULL,
        content_hash TEXT NOT NULL,          -- sha256 of brief.md, brief.html, brief.pdf
        recipients TEXT NOT NULL,            -- JSON list: every envelope recipient
        delivered TEXT NOT NULL DEFAULT '[]',-- JSON list: recipients the server accepted
        refused TEXT NOT NULL DEFAULT '{}',  -- JSON object: recipient -> permanent refusal
        state TEXT NOT NULL,                 -- sending | unknown | sent | failed
        started TEXT NOT NULL,
        updated TEXT NOT NULL,
        error TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (date, seq)
    );
    """,
    """
    ALTER TABLE articles ADD COLUMN summary_only INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE articles ADD COLUMN date_from_fetch INTEGER NOT NULL DEFAULT 0;
    CREATE TABLE http_cache (
        url TEXT PRIMARY KEY,
        etag TEXT,
        last_modified TEXT,
        checked TEXT NOT NULL
    );
    """,
    # Every statement of every build (sources/archive.py), searchable through FTS5.
    """
    CREATE TABLE statements (
        id INTEGER PRIMARY KEY,
        brief_date TEXT NOT NULL,            -- the brief whose build found it
        date TEXT NOT NULL,                  -- the article's date
        article_id TEXT NOT NULL,            -- models.Article.id
        title TEXT NOT NULL,
        source TEXT NOT NULL,
        url TEXT,
        origin TEXT NOT NULL,                -- the file or store row it was read from
        kind TEXT NOT NULL,                  -- models.KINDS
        spans TEXT NOT NULL,                 -- JSON [[start, end], ...] into the article text
        text TEXT NOT NULL,
        cue TEXT NOT NULL,
        speaker TEXT,                        -- the name, or the words as written
        role TEXT,
        voice TEXT NOT NULL,                 -- official | public | unknown
        capacity TEXT,                       -- gov, business, ... (wire_guidelines.md)
        actor TEXT,                          -- actor id of actors.yaml
        actor_code TEXT                      -- the reference's code: PAK, UN
    );
    CREATE INDEX statements_by_brief ON statements (brief_date);
    CREATE INDEX statements_by_date ON statements (date);
    CREATE VIRTUAL TABLE statements_text USING fts5 (
        text, content = 'statements', content_rowid = 'id',
        tokenize = 'unicode61 remove_diacritics 2'
    );
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)


@dataclass(frozen=True, slots=True)
class NewArticle:
    """An article as ingest found it, before the store decides whether it is new."""

    title: str
    text: str
    date: dt.date
    url: str | None
    source: str  # the source's name in sources.yaml
    fetched: dt.datetime
    publisher: str = ""  # shown in the brief's source list; the source's name when empty
    summary_only: bool = False  # only a feed's summary, not the full text
    date_from_fetch: bool = False  # no date given: the fetch date stands in


@dataclass(frozen=True, slots=True)
class Validators:
    """What a server said about a URL last time, for a conditional GET."""

    etag: str | None
    last_modified: str | None


@dataclass(frozen=True, slots=True)
class SendRecord:
    date: dt.date
    seq: int
    message_id: str
    content_hash: str
    recipients: tuple[str, ...]
    delivered: tuple[str, ...]
    refused: tuple[tuple[str, str], ...]
    state: str
    started: str
    updated: str
    error: str


class Store:
    """An open store; use `open_store` (a context manager)."""

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = path
        self.conn = conn

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        with self._errors():
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.conn
            except BaseException:
                # SQLite rolls back by itself on some errors (a full disk): a second
                # ROLLBACK would then raise "no transaction is active" and hide the cause.
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise
            self.conn.execute("COMMIT")

    def transaction(self) -> contextlib.AbstractContextManager[sqlite3.Connection]:
        """One write transaction (BEGIN IMMEDIATE ... COMMIT, ROLLBACK on any exception)."""
        return self._write()

    @contextmanager
    def _errors(self) -> Iterator[None]:
        try:
            yield
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: the store failed: {exc}") from exc

    # --- articles ---

    def add(self, item: NewArticle) -> str:
        """Store an article; return "new", "merged" (a new source for a known one) or "known"."""
        return self.add_all((item,))[0]

    def add_all(self, items: Iterable[NewArticle]) -> list[str]:
        """Store articles in one transaction; return each one's `add` status, in order.

        One commit for a whole source, not one per article: each commit waits for the disk
        (synchronous = FULL), which would hold ingest to a few hundred articles a second.
        """
        with self._write() as db:
            return [self._add(db, item) for item in items]

    def _add(self, db: sqlite3.Connection, item: NewArticle) -> str:
        aid = article_id(item.text)
        canon = canonical_url(item.url) if item.url else None
        fetched = item.fetched.astimezone(dt.UTC).isoformat(timespec="seconds")
        row = None
        if canon is not None:
            row = db.execute("SELECT id, summary_only, date_from_fetch FROM articles "
                             "WHERE canonical_url = ?", (canon,)).fetchone()
        if row is None:
            row = db.execute("SELECT id, summary_only, date_from_fetch FROM articles "
                             "WHERE article_id = ?", (aid,)).fetchone()
        if row is None:
            cur = db.execute(
                "INSERT INTO articles (article_id, url, canonical_url, date, fetched, title,"
                " source, text, summary_only, date_from_fetch)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                # A URL that does not parse is kept in article_sources as text only.
                (aid, item.url if canon else None, canon, item.date.isoformat(), fetched,
                 item.title, item.publisher or item.source, item.text, int(item.summary_only),
                 int(item.date_from_fetch)),
            )
            self._add_source(db, int(cur.lastrowid or 0), item, fetched)
            return "new"
        rowid, summary_only, date_from_fetch = row
        self._improve(db, rowid, aid, item, bool(summary_only), bool(date_from_fetch))
        return "merged" if self._add_source(db, rowid, item, fetched) else "known"

    @staticmethod
    def _add_source(db: sqlite3.Connection, rowid: int, item: NewArticle, fetched: str) -> bool:
        cur = db.execute(
            "INSERT OR IGNORE INTO article_sources (article, source, url, fetched)"
            " VALUES (?, ?, ?, ?)", (rowid, item.source, item.url or "", fetched))
        return cur.rowcount > 0

    @staticmethod
    def _improve(db: sqlite3.Connection, rowid: int, aid: str, item: NewArticle,
                 summary_only: bool, date_from_fetch: bool) -> None:
        """Replace a stored summary by full text, and a stand-in date by a real one."""
        if summary_only and not item.summary_only:
            taken = db.execute("SELECT 1 FROM articles WHERE article_id = ? AND id != ?",
                               (aid, rowid)).fetchone()
            if taken is None:
                db.execute("UPDATE articles SET text = ?, article_id = ?, title = ?,"
                           " summary_only = 0 WHERE id = ?", (item.text, aid, item.title, rowid))
        if date_from_fetch and not item.date_from_fetch:
            db.execute("UPDATE articles SET date = ?, date_from_fetch = 0 WHERE id = ?",
                       (item.date.isoformat(), rowid))

    def articles_between(self, start: dt.date, end: dt.date) -> tuple[Article, ...]:
        """Return the articles dated start..end (both included), by date then id."""
        with self._errors():
            rows = self.conn.execute(
                "SELECT id, article_id, date, title, source, url, text FROM articles"
                " WHERE date BETWEEN ? AND ? ORDER BY date, article_id",
                (start.isoformat(), end.isoformat()),
            ).fetchall()
        return tuple(
            Article(id=aid, date=dt.date.fromisoformat(day), title=title, source=source,
                    url=url, text=text, origin=f"{self.path}#{rowid}")
            for rowid, aid, day, title, source, url, text in rows
        )

    def count_between(self, start: dt.date, end: dt.date) -> int:
        """Return how many articles are dated start..end (both included)."""
        with self._errors():
            row = self.conn.execute("SELECT count(*) FROM articles WHERE date BETWEEN ? AND ?",
                                    (start.isoformat(), end.isoformat())).fetchone()
        return int(row[0])

    def has_full_text(self, canon: str) -> bool:
        """Tell whether the article at this canonical URL is stored with its full text."""
        with self._errors():
            row = self.conn.execute("SELECT summary_only FROM articles WHERE canonical_url = ?",
                                    (canon,)).fetchone()
        return row is not None and not row[0]

    def sources_of(self, aid: str) -> tuple[str, ...]:
        """Return the names of every source an article came from, in order of arrival."""
        with self._errors():
            rows = self.conn.execute(
                "SELECT s.source FROM article_sources s JOIN articles a ON a.id = s.article"
                " WHERE a.article_id = ? ORDER BY s.fetched, s.source, s.url", (aid,)).fetchall()
        return tuple(dict.fromkeys(r[0] for r in rows))

    def marks(self, aid: str) -> tuple[bool, bool]:
        """Return (summary_only, date_from_fetch) for a stored article."""
        with self._errors():
            row = self.conn.execute("SELECT summary_only, date_from_fetch FROM articles"
                                    " WHERE article_id = ?", (aid,)).fetchone()
        return (bool(row[0]), bool(row[1])) if row else (False, False)

    # --- conditional GET ---

    def validators(self, url: str) -> Validators:
        """Return the ETag and Last-Modified a server last sent for a URL."""
        with self._errors():
            row = self.conn.execute("SELECT etag, last_modified FROM http_cache WHERE url = ?",
                                    (url,)).fetchone()
        return Validators(*row) if row else Validators(None, None)

    def save_validators(self, url: str, validators: Validators, now: dt.datetime) -> None:
        """Remember a URL's validators after its content was stored."""
        with self._write() as db:
            db.execute("INSERT OR REPLACE INTO http_cache (url, etag, last_modified, checked)"
                       " VALUES (?, ?, ?, ?)",
                       (url, validators.etag, validators.last_modified,
                        now.astimezone(dt.UTC).isoformat(timespec="seconds")))

    # --- the send ledger (see mail.py for how it is used) ---

    def last_send(self, day: dt.date) -> SendRecord | None:
        """Return the latest ledger row for a brief date, or None."""
        with self._errors():
            row = self.conn.execute(
                "SELECT date, seq, message_id, content_hash, recipients, delivered, refused,"
                " state, started, updated, error FROM sends WHERE date = ?"
                " ORDER BY seq DESC LIMIT 1", (day.isoformat(),)).fetchone()
        if row is None:
            return None
        return SendRecord(
            date=dt.date.fromisoformat(row[0]), seq=row[1], message_id=row[2],
            content_hash=row[3], recipients=tuple(json.loads(row[4])),
            delivered=tuple(json.loads(row[5])), refused=tuple(sorted(json.loads(row[6]).items())),
            state=row[7], started=row[8], updated=row[9], error=row[10],
        )

    def record_send(self, record: SendRecord) -> None:
        """Insert or update a ledger row; committed before this returns (fsync'd by SQLite)."""
        with self._write() as db:
            db.execute(
                "INSERT OR REPLACE INTO sends (date, seq, message_id, content_hash, recipients,"
                " delivered, refused, state, started, updated, error)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (record.date.isoformat(), record.seq, record.message_id, record.content_hash,
                 json.dumps(list(record.recipients)), json.dumps(list(record.delivered)),
                 json.dumps(dict(record.refused), sort_keys=True), record.state, record.started,
                 record.updated, record.error),
            )

    # --- health ---

    def integrity_check(self) -> tuple[str, ...]:
        """Return SQLite's integrity problems; empty when the file is sound."""
        with self._errors():
            rows = self.conn.execute("PRAGMA integrity_check").fetchall()
        found = tuple(str(r[0]) for r in rows)
        return () if found == ("ok",) else found

    def close(self) -> None:
        self.conn.close()


@contextmanager
def open_store(path: Path | str) -> Iterator[Store]:
    """Open (creating or migrating if need be) the store at `path`; close it afterwards."""
    store = _open(Path(path))
    try:
        yield store
    finally:
        store.close()


def articles_between(db_path: Path | str, window: Window) -> tuple[Article, ...]:
    """Return the stored articles dated in the window; none if the store does not exist yet
    (`briefing ingest` makes it)."""
    if not Path(db_path).exists():
        return ()
    with open_store(db_path) as store:
        return store.articles_between(window.start, window.end)


def _open(path: Path) -> Store:
    fresh = not path.exists() or path.stat().st_size == 0
    if fresh:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"{path}: cannot create the store's folder: {exc.strerror}") from None
    try:
        conn = sqlite3.connect(path, timeout=30, isolation_level=None)
    except sqlite3.Error as exc:
        raise StoreError(f"{path}: cannot open the store: {exc}") from None
    try:
        _identify(path, conn, fresh)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA synchronous = FULL")  # the ledger must survive a power cut
        _migrate(path, conn)
    except sqlite3.OperationalError as exc:
        conn.close()
        if "locked" not in str(exc):
            raise StoreError(f"{path}: cannot use the store ({exc})") from None
        raise TemporaryFailure(f"{path}: the store is locked by another process; "
                               "try again later") from None
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise StoreError(f"{path}: cannot use the store ({exc}); the file was left as it is; "
                         "move it aside to start a new store") from None
    except StoreError:
        conn.close()
        raise
    return Store(path, conn)


def _identify(path: Path, conn: sqlite3.Connection, fresh: bool) -> None:
    """Refuse a file that is damaged, not ours, or from a newer version; write nothing."""
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        problems = conn.execute("PRAGMA quick_check").fetchall() if not fresh else [("ok",)]
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path}: not a briefing store, or damaged ({exc}); the file was left "
                         "as it is; move it aside to start a new store") from None
    if [tuple(p) for p in problems] != [("ok",)]:
        raise StoreError(f"{path}: the store is damaged ({problems[0][0]}); the file was left "
                         "as it is; move it aside, or repair it with sqlite3's .recover")
    if app_id != APPLICATION_ID and (app_id != 0 or tables):
        raise StoreError(f"{path}: not a briefing store (it holds other data); the file was "
                         "left as it is; set store.path in briefing.yaml to another file")
    if version > SCHEMA_VERSION:
        raise StoreError(f"{path}: the store has schema version {version}, newer than this "
                         f"briefing knows ({SCHEMA_VERSION}); upgrade briefing")


def _migrate(path: Path, conn: sqlite3.Connection) -> None:
    if conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION:
        return  # current: a reader takes no write lock
    conn.execute("BEGIN IMMEDIATE")
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]  # again, under the lock
        for number in range(version, SCHEMA_VERSION):
            log.info("%s: migrating the store from schema %d to %d", path, number, number + 1)
            for statement in _statements(MIGRATIONS[number]):
                conn.execute(statement)
        if version < SCHEMA_VERSION:
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    except BaseException:
        if conn.in_transaction:  # not when SQLite has already rolled back (a full disk)
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _statements(script: str) -> list[str]:
    """Split a migration into statements (executescript would commit on its own)."""
    lines = [line.split("--", 1)[0] for line in script.splitlines()]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]
