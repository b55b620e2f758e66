"""Daily operation: the lock, then ingest -> build -> send; the one command for cron.

Input: a Config, the sources, the brief date and the current time. Output: a
`RunResult`, or the first step's error (a failed step stops the later ones: a failed
build sends nothing). The lock is an flock on `<store>.lock` beside the store, held for
the whole run and released by the kernel when the process ends, however it ends; a
second, overlapping run (or `briefing ingest`/`send`) gets LockHeld at once, naming the
holder the lock file records.

The whole run has `run_deadline` seconds (briefing.yaml). A timer signal (SIGALRM, in the
main thread) interrupts whatever is slow, a read from a trickling server included, and
the run stops with DeadlinePassed (exit 75), naming the step it was in. Stopping there is
as safe as a crash, which tests/test_crash.py covers: the store's transactions roll back,
outputs are renamed into place whole or not at all, and the send ledger keeps a brief
from being sent twice.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import logging
import os
import signal
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import FrameType

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
from briefing.errors import (
    DeadlinePassed,
    EmptyWindow,
    LockHeld,
    SendError,
    TemporaryFailure,
    one_line,
)
from briefing.models import Article, NotRead, Window
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
def run_lock(path: Path, holder: str = "briefing run") -> Iterator[None]:
    """Hold an exclusive flock on `path`; raise LockHeld at once if another process has it.

    `holder` (the command) and the process id are written into the file, so that a
    process refused the lock can say who holds it.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        who = _holder(fd)
        os.close(fd)
        raise LockHeld(f"another briefing run holds the lock ({path}){who}") from None
    try:
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()} {holder}\n".encode())  # for others to name; flock decides
        yield
    finally:
        os.close(fd)  # releases the flock; the file stays, so the lock never races a delete


def _holder(fd: int) -> str:
    """Name the lock's holder from what it wrote in the file: ": pid 123, briefing ingest"."""
    try:
        text = os.pread(fd, 200, 0).decode("utf-8", "replace").strip()
    except OSError:
        return ""
    pid, _, command = text.partition(" ")
    if not pid.isdigit():
        return ""
    return f": pid {pid}, {command.strip() or 'briefing run'}"


class _Step:
    """What the run is doing now, for the message when its deadline passes."""

    def __init__(self) -> None:
        self.now = "starting"


@contextmanager
def deadline(seconds: float, step: _Step) -> Iterator[None]:
    """Raise DeadlinePassed in the block once `seconds` have passed (a timer signal).

    Outside the main thread no signal can be delivered, and the block runs unbounded.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum: int, frame: FrameType | None) -> None:
        raise DeadlinePassed(f"the run took longer than its run_deadline ({seconds:g} s, "
                             f"briefing.yaml) while {step.now}; stopped there, the next run "
                             "goes on")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


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
    step = _Step()
    with deadline(config.run_deadline, step):
        return _run(config, sources, day, now, env, on_source, step)


def _run(config: Config, sources: Sequence[Source], day: dt.date, now: dt.datetime,
         env: Mapping[str, str], on_source: Callable[[SourceReport], None] | None,
         step: _Step) -> RunResult:
    done: list[SourceReport] = []

    def source_done(report: SourceReport) -> None:
        done.append(report)
        if len(done) < len(sources):
            step.now = f"ingesting source {sources[len(done)].name!r}"
        if on_source is not None:
            on_source(report)

    step.now = f"opening the store {config.store.path}"
    with run_lock(lock_path(config)), open_store(config.store.path) as store:
        if sources:
            step.now = f"ingesting source {sources[0].name!r}"
        report = ingest(sources, store, now=now, on_source=source_done,
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
        step.now = f"building the brief for {day}"
        built = _build(config, store, day, not_read(report))
        host = config.smtp.host if config.smtp is not None else "?"
        step.now = f"sending the brief for {day} to the SMTP server {host}"
        return RunResult(report, built, send_brief(config, day, store, now=now, env=env))


def not_read(report: IngestReport) -> tuple[NotRead, ...]:
    """The items ingest did not read, for the brief's footnote: each failed source whole,
    and each entry or file a source skipped."""
    out: list[NotRead] = []
    for source in report.sources:
        if source.status == FAILED:
            out.append(NotRead(source.name, "the whole source", one_line(source.error)))
        out.extend(source.skipped)
    return tuple(out)


def refuse_empty_window(config: Config, report: IngestReport, store: Store,
                        day: dt.date) -> None:
    """Raise EmptyWindow (exit 75: nothing built or sent) when no stored article is dated in
    the brief's window, unless briefing.yaml says `send_empty_brief: true`."""
    window = config.brief.window(day)
    if config.brief.send_empty_brief or store.count_between(window.start, window.end):
        return
    answered = [s.name for s in report.sources if s.status != FAILED]
    failed = [s.name for s in report.failed]
    names = ", ".join(answered) if answered else "none"
    more = f" (failed: {', '.join(failed)})" if failed else ""
    raise EmptyWindow(f"no articles for the window {window.start} to {window.end}: the sources "
                      f"that answered ({names}){more} had none dated in it; nothing built or "
                      "sent (send_empty_brief: true in briefing.yaml sends an empty brief)")


def _build(config: Config, store: Store, day: dt.date,
           skipped: tuple[NotRead, ...]) -> tuple[Path, ...]:
    from briefing.build import build  # WeasyPrint is slow to import: only when building
    from briefing.extract.parallel import default_jobs

    def stored(window: Window) -> tuple[Article, ...]:
        articles = store.articles_between(window.start, window.end)
        log.info("building the brief for %s from %d stored articles", day, len(articles))
        return articles

    result = build(config, day, article_dirs=(), stored=stored, jobs=default_jobs(),
                   not_read=skipped, keep_in=Path(config.store.path))
    for warning in result.warnings:
        log.warning("%s", warning)
    return result.paths
