"""Reading stage: folders of article files -> `Article` values and warnings.

Input: a folder. Output: the articles it holds, in file-name order, and one warning per
file (or JSON line) that could not be used, naming it and the reason. Three formats:
- the seed format: optional white space, the word `date`, an ISO date, then the body;
- Markdown or text with YAML front matter (title, date, source, url) between `---` lines;
- JSON Lines (.jsonl), one article a line: {"id", "date", "title", "source", "url", "text"}.
One bad file never spoils the others, nor does an entry that cannot be read (a symbolic
link loop): it is skipped, never the folder. A date outside 1900-2100 counts as no date; a
`url` that does not parse is dropped with a warning (never a link). Files are streamed,
not loaded all at once.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import os
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from briefing.config import yamlpos
from briefing.errors import ConfigError
from briefing.models import Article
from briefing.sources.urls import usable_url

log = logging.getLogger(__name__)

SUFFIXES = (".txt", ".md", ".markdown", ".text", ".jsonl")
MAX_ARTICLE_BYTES = 5_000_000  # larger articles are truncated, with a warning

_SEED_HEAD = re.compile(r"\A\s*date\s+(\d{4}-\d{2}-\d{2})(?:[ \t]+|\s*\n|\Z)", re.IGNORECASE)
_FRONT = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
_CREDIT = re.compile(r"[—–-]\s*[A-Z][\w.&' ]{0,40}/(?:File|Reuters|AFP|AP)\s*$")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*(?=\s+[\"“‘(]?[A-Z0-9]|\s*$)")
_FRONT_KEYS = ("title", "date", "source", "url", "id")
# JSON's "\ud800" escapes decode to lone surrogates, which no output file can encode.
_SURROGATE = re.compile("[\ud800-\udfff]")
# Dates outside these are mistakes or attacks (year 1, year 9999): no date.
EARLIEST, LATEST = dt.date(1900, 1, 1), dt.date(2100, 12, 31)
# Characters that would break a log line or not encode: shown escaped.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


@dataclass(frozen=True, slots=True)
class Skipped:
    """A file or line that was not used, and why."""

    origin: str
    reason: str
    used: bool = False  # a note about an item that was still read (truncated, link dropped)

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"


@dataclass(frozen=True, slots=True)
class LoadResult:
    articles: tuple[Article, ...]
    warnings: tuple[Skipped, ...]


def article_id(text: str) -> str:
    """Return a stable id from an article's normalised text."""
    normal = " ".join(unicodedata.normalize("NFKC", text).split()).casefold()
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()[:16]


def load_folder(folder: Path) -> LoadResult:
    """Read every article file in a folder (not recursive)."""
    articles: list[Article] = []
    warnings: list[Skipped] = []
    for item in iter_folder(folder):
        (articles if isinstance(item, Article) else warnings).append(item)  # type: ignore[arg-type]
    return LoadResult(tuple(articles), tuple(warnings))


def iter_folder(folder: Path, max_bytes: int = MAX_ARTICLE_BYTES) -> Iterator[Article | Skipped]:
    """Yield articles and warnings file by file, in name order."""
    try:
        with os.scandir(folder) as entries:
            found = sorted((entry.name, _unreadable(entry)) for entry in entries
                           if not entry.name.startswith(".")
                           and Path(entry.name).suffix.lower() in SUFFIXES)
    except OSError as exc:
        yield Skipped(shown(str(folder)), f"cannot read folder: {exc.strerror}")
        return
    for name, problem in found:
        if problem:
            yield Skipped(shown(str(folder / name)), problem)
        elif problem is None:
            yield from iter_file(folder / name, max_bytes)


def _unreadable(entry: os.DirEntry[str]) -> str | None:
    """Return None for a regular file, "" for anything else, or why the entry cannot be read.

    A symbolic link loop raises ELOOP here: that entry is skipped, never the folder."""
    try:
        return None if entry.is_file() else ""
    except OSError as exc:
        return f"skipped: cannot read: {exc.strerror}"


def iter_file(path: Path, max_bytes: int = MAX_ARTICLE_BYTES) -> Iterator[Article | Skipped]:
    """Yield the article(s) of one file, or a warning saying why it was skipped."""
    origin = shown(str(path))
    if path.suffix.lower() == ".jsonl":
        yield from _jsonl(path, max_bytes)
        return
    try:
        with path.open("rb") as handle:
            raw = handle.read(max_bytes + 1)
    except OSError as exc:
        yield Skipped(origin, f"skipped: cannot read file: {exc.strerror}")
        return
    truncated = len(raw) > max_bytes
    if truncated:
        raw = raw[:max_bytes]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        if truncated and exc.reason == "unexpected end of data":
            text = raw[: exc.start].decode("utf-8")  # the cut split the last character
        else:
            line = raw[: exc.start].count(b"\n") + 1
            yield Skipped(origin, f"skipped: line {line}: bytes that are not UTF-8 text; "
                          "save the file as UTF-8")
            return
    if truncated:
        yield Skipped(origin, f"truncated to the first {max_bytes} bytes", used=True)
    yield from _parse(text, origin, default_source=path.stem)


def _parse_text(text: str, origin: str, default_source: str) -> Article | Skipped:
    """Return the article of a file's text, or why it was skipped."""
    return _parse(text, origin, default_source)[-1]


def _parse(text: str, origin: str, default_source: str) -> tuple[Article | Skipped, ...]:
    meta: dict[str, Any] = {}
    front = _FRONT.match(text)
    if front:
        try:
            # Leading newlines keep YAML's line numbers equal to the file's.
            data, _ = yamlpos.loads("\n" * _line_of(text, front.start(1)) + front.group(1), "",
                                    fast=True)  # libyaml for short front matter
        except ConfigError as exc:
            line, col, what = exc.problems[0][1:].split(":", 2)
            return (Skipped(origin, f"skipped: front matter line {line}, column {col}:{what}"),)
        if not isinstance(data, dict):
            return (Skipped(origin, "skipped: front matter is not a mapping of keys"),)
        meta = data
        body = text[front.end():]
    else:
        seed = _SEED_HEAD.match(text)
        if not seed:
            return (Skipped(origin, "skipped: no date: start the file with 'date YYYY-MM-DD' "
                            "or give front matter with 'date:'"),)
        meta = {"date": seed.group(1)}
        body = text[seed.end():]
    return _make(meta, body, origin, default_source)


def make_article(meta: dict[str, Any], body: str, origin: str, default_source: str) -> (
    Article | Skipped
):
    """Validate metadata and body into an Article, or say why not."""
    return _make(meta, body, origin, default_source)[-1]


def _make(meta: dict[str, Any], body: str, origin: str, default_source: str) -> (
    tuple[Article | Skipped, ...]
):
    """The article or why not, after a note on a `url` that does not parse (dropped)."""
    day = parse_date(meta.get("date"))
    if day is None:
        given = meta.get("date")
        why = ("no date" if given in (None, "") else
               f"date {shown(str(given), 40)!r} is not a date" if _any_date(given) is None else
               f"date {shown(str(given), 40)!r} is outside {EARLIEST.year}-{LATEST.year}")
        return (Skipped(origin, f"skipped: {why}: give an ISO date such as 2024-01-19"),)
    text = _SURROGATE.sub("\ufffd", body).strip()  # one for one: offsets stay true
    if not text:
        return (Skipped(origin, "skipped: empty body"),)
    title = _clean(meta.get("title")) or first_sentence(text)
    source = _clean(meta.get("source")) or default_source
    given_url = _clean(meta.get("url")) or None
    url = usable_url(given_url)
    notes: tuple[Skipped, ...] = ()
    if given_url and url is None:
        notes = (Skipped(origin, f"url {shown(given_url, 80)!r} does not parse: kept "
                         "without a link", used=True),)
    return (*notes, Article(
        id=article_id(text), date=day, title=title, source=source, url=url, text=text,
        origin=origin,
    ))


def parse_date(value: Any) -> dt.date | None:
    """Return the date of an ISO date or date-time value, or None (also outside 1900-2100)."""
    return plausible(_any_date(value))


def _any_date(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def plausible(day: dt.date | None) -> dt.date | None:
    """Return `day` if it lies in 1900-2100, else None (no date)."""
    return day if day is not None and EARLIEST <= day <= LATEST else None


def shown(text: str, limit: int | None = None) -> str:
    """Return untrusted text fit for one log line: control characters and undecodable
    bytes escaped, cut to `limit` characters if given."""
    text = _UNSAFE.sub(lambda m: ascii(m.group())[1:-1], text)
    return text if limit is None or len(text) <= limit else text[: limit - 1] + "…"


def first_sentence(text: str, limit: int = 160) -> str:
    """Return the first sentence of the first paragraph that is not a photo caption."""
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    lead = next((p for p in paragraphs if not _CREDIT.search(p)), paragraphs[0])
    lead = " ".join(lead[: limit * 10].split())  # not a word list of a megabyte paragraph
    end = _SENTENCE_END.search(lead)
    sentence = lead[: end.end()] if end else lead
    if len(sentence) > limit:
        sentence = sentence[: limit - 1].rsplit(" ", 1)[0] + "…"
    return sentence


def _line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset)


def _clean(value: Any) -> str:
    if value is None or isinstance(value, dict | list):
        return ""
    return " ".join(_SURROGATE.sub("\ufffd", str(value)).split())


def _lines(handle: BinaryIO, max_bytes: int) -> Iterator[bytes | None]:
    """Yield each line, or None for a line over max_bytes (read past, never held whole)."""
    while raw := handle.readline(max_bytes + 1):
        if len(raw) <= max_bytes:
            yield raw
            continue
        while not raw.endswith(b"\n") and (raw := handle.readline(max_bytes + 1)):
            pass  # the rest of the long line, a bounded piece at a time
        yield None


def _jsonl(path: Path, max_bytes: int = MAX_ARTICLE_BYTES) -> Iterator[Article | Skipped]:
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield Skipped(shown(str(path)), f"skipped: cannot read file: {exc.strerror}")
        return
    with handle:
        for number, raw in enumerate(_lines(handle, max_bytes), start=1):
            origin = f"{shown(str(path))}:{number}"
            if raw is None:
                yield Skipped(origin, f"skipped: line is over {max_bytes} bytes")
                continue
            if not raw.strip():
                continue
            try:
                record = json.loads(raw.decode("utf-8"))
            except UnicodeDecodeError:
                yield Skipped(origin, "skipped: bytes that are not UTF-8 text")
                continue
            except json.JSONDecodeError as exc:
                yield Skipped(origin, f"skipped: not JSON: {exc.msg} at column {exc.colno}")
                continue
            if not isinstance(record, dict):
                yield Skipped(origin, "skipped: expected a JSON object")
                continue
            body = record.get("text")
            if not isinstance(body, str):
                yield Skipped(origin, "skipped: no \"text\" string")
                continue
            yield from _make(record, body, origin, default_source=path.stem)
