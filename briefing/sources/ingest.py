"""Ingest: every source in config/sources.yaml -> new articles in the store.

Input: the configured sources, an open Store and the current time. Output: an
`IngestReport`, one line per source (new, merged, unchanged, or why it failed), and the
items not read (`IngestReport.skipped`: source, item, reason; each also logged as one
warning line). A failing source is reported and the others still run; a bad entry, file
or line is skipped and the rest of its source still read; only a store failure stops
everything. Every request has a total deadline (the source's `timeout`), and so has each
source with its retries and full-text pages (`deadline`): past it, the source fails
(temporarily), naming what was slow.
Feeds and pages are fetched with a conditional GET (the validators are saved only after
the content is stored, so a crash means a refetch, never a lost article).
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import stat
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from types import MappingProxyType

from briefing.config.operations import Source
from briefing.errors import InputError
from briefing.models import NotRead
from briefing.sources.feeds import FeedError, parse_feed
from briefing.sources.files import MAX_ARTICLE_BYTES, Skipped, iter_folder, shown
from briefing.sources.http import MAX_BYTES, DeadlinePassed, FetchError, Response, fetch
from briefing.sources.pages import PageError, extract_page
from briefing.sources.store import NewArticle, Store, canonical_url

log = logging.getLogger(__name__)

OK, UNCHANGED, FAILED = "ok", "unchanged", "failed"


@dataclass(frozen=True, slots=True)
class SourceReport:
    name: str
    kind: str
    status: str  # OK, UNCHANGED or FAILED
    new: int = 0
    merged: int = 0  # already stored from elsewhere: this source added to it
    known: int = 0  # already stored from this source
    warnings: tuple[str, ...] = ()  # notes on items that were read (a summary kept, ...)
    error: str = ""
    skipped: tuple[NotRead, ...] = ()  # items not read

    def line(self) -> str:
        """Describe the outcome in one line, for the terminal and the log."""
        if self.status == FAILED:
            return f"{self.name}: failed: {self.error}"
        if self.status == UNCHANGED:
            return f"{self.name}: unchanged since the last fetch"
        extra = f", {len(self.skipped)} skipped" if self.skipped else ""
        extra += f", {len(self.warnings)} warnings" if self.warnings else ""
        return (f"{self.name}: {self.new} new, {self.merged} merged, {self.known} known"
                f"{extra}")


@dataclass(frozen=True, slots=True)
class IngestReport:
    sources: tuple[SourceReport, ...]

    @property
    def failed(self) -> tuple[SourceReport, ...]:
        return tuple(s for s in self.sources if s.status == FAILED)

    @property
    def new(self) -> int:
        return sum(s.new for s in self.sources)

    @property
    def skipped(self) -> tuple[NotRead, ...]:
        """Every item not read, source by source: the brief's "not read" list."""
        return tuple(item for s in self.sources for item in s.skipped)


@dataclass(frozen=True, slots=True)
class _Limits:
    """What one source may cost: the bytes of one article, and when it must be done."""

    max_bytes: int
    until: float  # time.monotonic() deadline of the source, its full-text pages included


# A source kind's reader: the source, the store, the time of the run and the limits -> report.
Reader = Callable[[Source, "Store", dt.datetime, _Limits], "SourceReport"]


class _SourceFailed(Exception):
    pass


def ingest(
    sources: Sequence[Source],
    store: Store,
    *,
    now: dt.datetime,
    on_source: Callable[[SourceReport], None] | None = None,
    max_bytes: int = MAX_ARTICLE_BYTES,
) -> IngestReport:
    """Fetch every source into the store; one failing source never stops the others.

    A folder source whose folder does not exist is an InputError before anything is read:
    a typo in sources.yaml, not a passing failure."""
    check_folders(sources)
    reports: list[SourceReport] = []
    for source in sources:
        try:
            report = _ingest_one(source, store, now, max_bytes)
        except DeadlinePassed as exc:
            report = SourceReport(source.name, source.kind, FAILED,
                                  error=f"took longer than its deadline of {source.deadline:g} s "
                                  f"(still fetching {shown(exc.url, 200)})")
        except (_SourceFailed, FetchError, FeedError, PageError) as exc:
            report = SourceReport(source.name, source.kind, FAILED, error=shown(str(exc)))
        log.info("%s", report.line())
        for warning in report.warnings:
            log.info("%s: %s", source.name, warning)
        for item in report.skipped:
            log.warning("skipped %s", item.line())
        reports.append(report)
        if on_source is not None:
            on_source(report)
    return IngestReport(tuple(reports))


def check_folders(sources: Sequence[Source]) -> None:
    """Raise InputError naming every folder source whose folder is missing or not a folder."""
    missing = [f"source {s.name!r}: {s.path}: no such folder" for s in sources
               if s.kind == "folder" and not Path(s.path or "").is_dir()]
    if missing:
        raise InputError("; ".join(missing))


def _ingest_one(source: Source, store: Store, now: dt.datetime, max_bytes: int) -> SourceReport:
    until = time.monotonic() + source.deadline
    return READERS[source.kind](source, store, now, _Limits(max_bytes, until))


def _store_all(source: Source, store: Store, items: Iterable[NewArticle],
               notes: Sequence[Skipped] = ()) -> SourceReport:
    """Store a source's articles; `notes` is read only after `items` is consumed."""
    counts = {"new": 0, "merged": 0, "known": 0}
    for status in store.add_all(items):  # one transaction for the source
        counts[status] += 1
    return SourceReport(
        source.name, source.kind, OK, new=counts["new"], merged=counts["merged"],
        known=counts["known"], warnings=tuple(str(n) for n in notes if n.used),
        skipped=tuple(NotRead(source.name, n.origin, n.reason.removeprefix("skipped: "))
                      for n in notes if not n.used))


def _folder(source: Source, store: Store, now: dt.datetime, limits: _Limits) -> SourceReport:
    max_bytes = limits.max_bytes
    folder = Path(source.path or "")
    if not folder.is_dir():
        raise _SourceFailed(f"{folder}: not a folder")
    notes: list[Skipped] = []

    def items() -> Iterator[NewArticle]:  # file by file: a huge folder is never all in memory
        for a in iter_folder(folder, max_bytes):
            if isinstance(a, Skipped):
                notes.append(a)
                continue
            yield NewArticle(title=a.title, text=a.text, date=a.date, url=a.url,
                             source=source.name, publisher=a.source, fetched=now)

    return _store_all(source, store, items(), notes)


def _get(source: Source, url: str, store: Store | None, until: float, *,
         public_only: bool = False) -> Response:
    return fetch(url, timeout=source.timeout, retries=source.retries,
                 retry_wait=source.retry_wait,
                 validators=store.validators(url) if store is not None else None,
                 public_only=public_only, until=until)


def read_feed_file(path: Path) -> bytes:
    """Read a feed saved on disk: a regular file of at most MAX_BYTES, read no further
    (never a FIFO that would hang, nor /dev/zero that would fill memory)."""
    try:
        # O_NONBLOCK: opening a FIFO with no writer would wait for one.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError as exc:
        raise _SourceFailed(f"{path}: cannot read: {exc.strerror}") from None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise _SourceFailed(f"{path}: not a regular file; not read")
        with os.fdopen(os.dup(fd), "rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        raise _SourceFailed(f"{path}: cannot read: {exc.strerror}") from None
    finally:
        os.close(fd)
    if len(data) > MAX_BYTES:
        raise _SourceFailed(f"{path}: larger than {MAX_BYTES} bytes; not read")
    return data


def _feed(source: Source, store: Store, now: dt.datetime, limits: _Limits) -> SourceReport:
    until = limits.until
    if source.url is None:
        feed = parse_feed(read_feed_file(Path(source.path or "")), source=source.name,
                          fetched=now)
        return _store_all(source, store, feed.articles, feed.skipped)
    response = _get(source, source.url, store, until)
    if response.not_modified:
        return SourceReport(source.name, source.kind, UNCHANGED)
    feed = parse_feed(response.body, source=source.name, fetched=now)
    items, notes = list(feed.articles), list(feed.skipped)
    if source.full_text:
        items = [_full_text(source, store, item, notes, until) for item in items]
    report = _store_all(source, store, items, notes)
    store.save_validators(source.url, response.validators, now)
    return report


def _full_text(source: Source, store: Store, item: NewArticle, notes: list[Skipped],
               until: float) -> NewArticle:
    """Replace an entry's summary by its page's main text; keep the summary if that fails.

    The source's deadline passing is not such a failure: it fails the source."""
    canon = canonical_url(item.url) if item.url else None
    if not item.summary_only or canon is None or store.has_full_text(canon):
        return item
    url = item.url or ""
    try:
        # The feed's author chose this address: public ones only, unless the operator
        # allows private ones for this feed (private_links: an intranet feed).
        response = _get(source, url, None, until, public_only=not source.private_links)
        page = extract_page(response.body, url)
    except DeadlinePassed:
        raise
    except (FetchError, PageError) as exc:
        notes.append(Skipped(shown(url, 200), f"kept the feed's summary: {exc}", used=True))
        return item
    return replace(item, text=page.text, summary_only=False)


def _page(source: Source, store: Store, now: dt.datetime, limits: _Limits) -> SourceReport:
    until = limits.until
    url = source.url or ""
    response = _get(source, url, store, until)
    if response.not_modified:
        return SourceReport(source.name, source.kind, UNCHANGED)
    page = extract_page(response.body, url)
    item = NewArticle(
        title=page.title, text=page.text, date=page.date or now.astimezone(dt.UTC).date(),
        url=url, source=source.name, publisher=page.site or source.name, fetched=now,
        date_from_fetch=page.date is None,
    )
    report = _store_all(source, store, [item])
    store.save_validators(url, response.validators, now)
    return report


# One reader per kind of source in config/operations.py's SOURCE_KINDS (a test checks that
# the two agree); ARCHITECTURE.md: "Add a source kind".
READERS: Mapping[str, Reader] = MappingProxyType({
    "folder": _folder,
    "feed": _feed,
    "page": _page,
})
