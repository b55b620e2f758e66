"""The statement archive: every build's statements kept in the store, and searched.

Stage: sources (the store's second use). Input: a brief date, the statements its build
found and the articles they came from (`keep`); a `Query` (`search`). Output: the rows of
the `statements` table (schema in store.MIGRATIONS), replaced per brief date in one
transaction, so a crash leaves the old rows or the new ones, never a mix; and `Hit`
values, ranked by FTS5's bm25 relevance, then newest first. A statement found by the
builds of several dates (a window is more than a day) is one hit, from the latest brief.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from briefing.errors import InputError, StoreError
from briefing.models import KINDS, Article, Statement
from briefing.sources.store import Store

# A query's matches ranked by relevance, at most: the most recently kept (a daily build keeps
# each day after the one before, so these are the newest). Enough for any word a desk
# searches for by name; a word in nearly every statement is ranked among its newest uses.
RANKED = 20_000
_COLUMNS = ("brief_date", "date", "article_id", "title", "source", "url", "origin", "kind",
            "spans", "text", "cue", "speaker", "role", "voice", "capacity", "actor",
            "actor_code")
_INSERT = (f"INSERT INTO statements ({', '.join(_COLUMNS)})"
           f" VALUES ({', '.join('?' * len(_COLUMNS))})")


@dataclass(frozen=True, slots=True)
class Hit:
    """One kept statement, as search finds it."""

    brief_date: dt.date
    date: dt.date  # the article's
    article_id: str
    title: str
    source: str
    url: str | None
    origin: str
    kind: str
    spans: tuple[tuple[int, int], ...]
    text: str
    cue: str
    speaker: str | None
    role: str | None
    voice: str
    capacity: str | None
    actor: str | None
    actor_code: str | None

    def json(self) -> dict[str, Any]:
        """The hit as `briefing search --json` prints it (one line each)."""
        return {"date": self.date.isoformat(), "brief": self.brief_date.isoformat(),
                "actor": self.actor, "actor_code": self.actor_code, "speaker": self.speaker,
                "role": self.role, "voice": self.voice, "capacity": self.capacity,
                "kind": self.kind, "text": self.text, "spans": [list(s) for s in self.spans],
                "article": self.article_id, "title": self.title, "source": self.source,
                "url": self.url, "file": None if self.url else self.origin}

    def lines(self) -> tuple[str, ...]:
        """The hit for a person: date, actor, speaker; the exact words; where they stand."""
        who = self.actor or "-"
        if self.actor_code and self.actor_code != self.actor:
            who += f" ({self.actor_code})"
        speaker = self.speaker or "unnamed speaker"
        if self.role and self.role != self.speaker:
            speaker += f", {self.role}"
        where = self.url or self.origin
        return (f"{self.date}  {who}  {speaker}  [{self.kind}]",
                "  " + self.text.replace("\n", "\n  "),
                f"  {self.title} ({self.source}) {where}".rstrip())


@dataclass(frozen=True, slots=True)
class Query:
    """What `briefing search` asks: FTS5 words (or a phrase, NEAR, OR ...) and filters."""

    text: str
    actor: str | None = None  # an actor id, or a reference code
    speaker: str | None = None  # any part of the speaker's name, in any case
    since: dt.date | None = None  # the article's date, both ends included
    until: dt.date | None = None
    kind: str | None = None  # one of models.KINDS
    limit: int = 20


def statement_rows(day: dt.date, statements: Iterable[Statement],
                   articles: Mapping[str, Article]) -> list[tuple[object, ...]]:
    """The `statements` rows of one build: one per statement whose article is known."""
    brief = day.isoformat()
    rows: list[tuple[object, ...]] = []
    for st in statements:
        article = articles.get(st.article_id)
        if article is None:
            continue
        sp = st.speaker
        rows.append((brief, article.date.isoformat(), article.id, article.title, article.source,
                     article.url, article.origin, st.kind,
                     json.dumps([[s, e] for s, e in st.spans]), st.text, st.cue,
                     sp.name or sp.mention, sp.role, sp.voice, sp.capacity, sp.actor, sp.code))
    return rows


def keep(store: Store, day: dt.date, statements: Iterable[Statement],
         articles: Mapping[str, Article]) -> int:
    """Replace the statements kept for brief date `day` by these; return how many were kept."""
    rows = statement_rows(day, statements, articles)
    brief = day.isoformat()
    with store.transaction() as db:
        # An external-content FTS5 index is told what it indexed before the rows go.
        db.execute("INSERT INTO statements_text (statements_text, rowid, text)"
                   " SELECT 'delete', id, text FROM statements WHERE brief_date = ?", (brief,))
        db.execute("DELETE FROM statements WHERE brief_date = ?", (brief,))
        db.executemany(_INSERT, rows)
        db.execute("INSERT INTO statements_text (rowid, text)"
                   " SELECT id, text FROM statements WHERE brief_date = ?", (brief,))
    return len(rows)


def count(store: Store, day: dt.date | None = None) -> int:
    """How many statements are kept (for brief date `day`, or in all)."""
    sql, args = "SELECT count(*) FROM statements", tuple[str, ...]()
    if day is not None:
        sql, args = sql + " WHERE brief_date = ?", (day.isoformat(),)
    try:
        return int(store.conn.execute(sql, args).fetchone()[0])
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{store.path}: the store failed: {exc}") from exc


def search(store: Store, query: Query) -> tuple[Hit, ...]:
    """Return up to `query.limit` hits, best first; raise InputError for a bad query."""
    if query.kind is not None and query.kind not in KINDS:
        raise InputError(f"--kind {query.kind!r}: expected one of {', '.join(KINDS)}")
    if not query.text.strip():
        raise InputError("search: give the words to look for")
    where, args = ["statements_text MATCH ?"], [query.text]
    if query.actor:
        where.append("(s.actor = ? OR s.actor_code = ?)")
        args += [query.actor, query.actor.upper()]
    if query.speaker:
        where.append("s.speaker LIKE ? ESCAPE '\\'")
        escaped = query.speaker.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        args.append(f"%{escaped}%")
    if query.since:
        where.append("s.date >= ?")
        args.append(query.since.isoformat())
    if query.until:
        where.append("s.date <= ?")
        args.append(query.until.isoformat())
    if query.kind:
        where.append("s.kind = ?")
        args.append(query.kind)
    columns = ", ".join("s." + c for c in _COLUMNS)
    if len(where) == 1:
        # Words alone: FTS5 ranks its matches by itself (a top-N sort of rowids), and only
        # the best are looked up; a join first would fetch every matching row's columns.
        # Only the RANKED most recently kept matches are ranked (FTS5 walks its rowids from
        # the last and stops there): a word in most statements ("said") would otherwise have
        # every one of a million scored, seconds where the desk expects an answer at once.
        sql = (f"SELECT {columns} FROM (SELECT id, rank FROM (SELECT rowid AS id, rank"
               " FROM statements_text WHERE statements_text MATCH ?"
               f" ORDER BY rowid DESC LIMIT {RANKED}) ORDER BY rank LIMIT ?) AS f"
               " JOIN statements s ON s.id = f.id"
               " ORDER BY f.rank, s.date DESC, s.brief_date DESC, s.id")
    else:
        # With filters, the same bound: the RANKED most recently kept matches that pass them.
        sql = (f"SELECT {columns} FROM (SELECT s.id AS id, statements_text.rank AS rank"
               " FROM statements_text JOIN statements s ON s.id = statements_text.rowid"
               f" WHERE {' AND '.join(where)}"
               f" ORDER BY statements_text.rowid DESC LIMIT {RANKED}) AS f"
               " JOIN statements s ON s.id = f.id"
               " ORDER BY f.rank, s.date DESC, s.brief_date DESC, s.id LIMIT ?")
    fetch = query.limit * 4 + 20  # a statement stands in the builds of several dates
    while True:
        rows = _run(store, sql, (*args, fetch))
        hits = _distinct(rows, query.limit)
        if len(hits) == query.limit or len(rows) < fetch:
            return hits
        fetch *= 4


def by_actor(store: Store, actor: str, since: dt.date, until: dt.date) -> tuple[Hit, ...]:
    """Every statement kept of one actor (id) dated since..until, newest first, each once."""
    sql = (f"SELECT {', '.join(_COLUMNS)} FROM statements WHERE actor = ? AND date BETWEEN ? AND ?"
           " ORDER BY date DESC, brief_date DESC, id")
    rows = _run(store, sql, (actor, since.isoformat(), until.isoformat()))
    return _distinct(rows, len(rows))


def _run(store: Store, sql: str, args: tuple[object, ...]) -> list[tuple[Any, ...]]:
    try:
        return store.conn.execute(sql, args).fetchall()
    except sqlite3.OperationalError as exc:
        text = str(exc)
        if "locked" in text or "busy" in text:
            raise StoreError(f"{store.path}: the store failed: {text}") from exc
        # fts5: syntax error near "AND"; unterminated string; no such column: x
        raise InputError(f"search: not a query FTS5 understands ({text}); put words in "
                         'double quotes to search for them as they are') from None
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{store.path}: the store failed: {exc}") from exc


def _distinct(rows: list[tuple[Any, ...]], limit: int) -> tuple[Hit, ...]:
    seen: set[tuple[str, str]] = set()
    hits: list[Hit] = []
    for row in rows:
        key = (row[2], row[8])  # the article and the spans: the same words
        if key in seen:
            continue
        seen.add(key)
        hits.append(_hit(row))
        if len(hits) == limit:
            break
    return tuple(hits)


def _hit(row: tuple[Any, ...]) -> Hit:
    (brief, day, aid, title, source, url, origin, kind, spans, text, cue, speaker, role,
     voice, capacity, actor, code) = row
    return Hit(brief_date=dt.date.fromisoformat(brief), date=dt.date.fromisoformat(day),
               article_id=aid, title=title, source=source, url=url, origin=origin, kind=kind,
               spans=tuple((int(s), int(e)) for s, e in json.loads(spans)), text=text, cue=cue,
               speaker=speaker, role=role, voice=voice, capacity=capacity, actor=actor,
               actor_code=code)
