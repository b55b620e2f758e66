"""Daily operation: the lock, then ingest -> build -> send; the one command for cron.

Input: a Config, the sources, the brief date and the current time. Output: a
`RunResult`, or the first step's error (a failed step stops the later ones: a failed
build sends nothing). The lock is an flock on `<store>.lock` beside the store, held for
the whole run and released by the kernel when the process ends, however it ends; a
second, overlapping run gets LockHeld at once.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import logging
import os
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from briefing.config.operations import Source
from briefing.config.settings import Config
from briefing.deliver.mail import (
    SENT,
    UNKNOWN,
    SendResult,
    check_ready,
    send_brief,
    unknown_message,
)
from briefing.errors import EmptyWindow, LockHeld, SendError, TemporaryFailure
from briefing.sources.ingest import FAILED, IngestReport, SourceReport, ingest
from briefing.sources.store import Store, open_store

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class RunResult:
    ingest: IngestReport
    built: tuple[Path, ...]  # the files written; () when the brief had been sent already
    sent: SendResult


def lock_path(config: Config) -> Path:
    """Return the lock file's path: beside the store, named after it."""
    store = Path(config.store.path)
    return store.with_name(store.name + ".lock")


@contextmanager
def run_lock(path: Path) -> Iterator[None]:
    """Hold an exclusive flock on `path`; raise LockHeld at once if another process has it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        raise LockHeld(f"another briefing run holds the lock ({path})") from None
    try:
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())  # for a person looking; the flock decides
        yield
    finally:
        os.close(fd)  # releases the flock; the file stays, so the lock never races a delete


def run(
    config: Config,
    sources: Sequence[Source],
    day: dt.date,
    *,
    now: dt.datetime,
    env: Mapping[str, str] = os.environ,
    on_source: Callable[[SourceReport], None] | None = None,
) -> RunResult:
    """Ingest, build and send the brief for `day` under the lock; see the module docstring."""
    check_ready(config, env)  # bad mail settings stop the run before any work
    with run_lock(lock_path(config)), open_store(config.store.path) as store:
        report = ingest(sources, store, now=now, on_source=on_source,
                        max_bytes=config.brief.max_article_bytes)
        for failed in report.failed:
            log.warning("source %s", failed.line())
        if sources and len(report.failed) == len(sources):
            raise TemporaryFailure(f"every source failed ({report.failed[0].line()}, ...); "
                                   "nothing built or sent")
        last = store.last_send(day)
        if last is not None and last.state == SENT:
            log.info("the brief for %s was sent already (%s); nothing to do", day,
                     last.message_id)
            return RunResult(report, (), SendResult(False, last))
        if last is not None and last.state == UNKNOWN:
            raise SendError(unknown_message(last))
        refuse_empty_window(config, report, store, day)
        built = _build(config, store, day)
        return RunResult(report, built, send_brief(config, day, store, now=now, env=env))


def refuse_empty_window(config: Config, report: IngestReport, store: Store,
                       day: dt.date) -> None:
    """Raise EmptyWindow (exit 75: nothing built or sent) when no stored article is dated in
    the brief's window, unless briefing.yaml says `send_empty_brief: true`."""
    start = day - dt.timedelta(days=config.brief.window_days)
    if config.brief.send_empty_brief or store.count_between(start, day):
        return
    answered = [s.name for s in report.sources if s.status != FAILED]
    failed = [s.name for s in report.failed]
    names = ", ".join(answered) if answered else "none"
    more = f" (failed: {', '.join(failed)})" if failed else ""
    raise EmptyWindow(f"no articles for the window {start} to {day}: the sources that answered "
                      f"({names}){more} had none dated in it; nothing built or sent "
                      "(send_empty_brief: true in briefing.yaml sends an empty brief)")


def _build(config: Config, store: Store, day: dt.date) -> tuple[Path, ...]:
    from briefing.build import build  # WeasyPrint is slow to import: only when building
    from briefing.extract.parallel import default_jobs

    start = day - dt.timedelta(days=config.brief.window_days)
    articles = store.articles_between(start, day)
    log.info("building the brief for %s from %d stored articles", day, len(articles))
    result = build(config, day, article_dirs=(), extra=articles, jobs=default_jobs(),
                   keep_in=Path(config.store.path))
    for warning in result.warnings:
        log.warning("%s", warning)
    return result.paths
