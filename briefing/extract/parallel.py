"""Parallel extraction: articles -> statements, over worker processes, same result as serial.

Input: the articles of the window, the compiled actor matcher and a number of jobs.
Output: every statement of every article, in article order, exactly as the serial loop
gives them (extraction is a pure function of one article, so splitting the articles into
contiguous chunks and concatenating the chunks' results in order changes nothing).
Processes pay only above a few hundred articles: starting the workers and sending the
texts and statements between processes costs tens of milliseconds, which a small window
never wins back, so fewer articles than MIN_ARTICLES are extracted in this process.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

from briefing.extract.matcher import ActorMatcher
from briefing.extract.statements import extract
from briefing.models import Article, Statement

log = logging.getLogger(__name__)
T = TypeVar("T")

MIN_ARTICLES = 200  # below this, one process is faster than starting workers
CHUNKS_PER_JOB = 4  # several chunks a worker, so one slow chunk does not idle the others
PROGRESS_STEP = 50  # articles between progress reports in one process

# The matcher of a worker process, set once by the pool's initializer so that it is sent
# (or inherited, under fork) once per worker rather than with every chunk.
_worker_matcher: ActorMatcher | None = None


def default_jobs() -> int:
    """Return the number of cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def extract_all(
    articles: Sequence[Article],
    matcher: ActorMatcher,
    jobs: int = 1,
    progress: Callable[[int], None] | None = None,
) -> tuple[Statement, ...]:
    """Extract the statements of every article, in article order, over `jobs` processes.

    `progress`, if given, is called with the number of articles just done.
    """
    return extract_while(articles, matcher, lambda: None, jobs, progress)[0]


def extract_while(
    articles: Sequence[Article],
    matcher: ActorMatcher,
    meanwhile: Callable[[], T],
    jobs: int = 1,
    progress: Callable[[int], None] | None = None,
) -> tuple[tuple[Statement, ...], T]:
    """`extract_all`, and `meanwhile()` run in this process while the workers extract (it
    would otherwise wait idle); in one process, one after the other."""
    jobs = min(jobs, max(1, len(articles) // (MIN_ARTICLES // 2)))
    if jobs <= 1 or len(articles) < MIN_ARTICLES:
        step = PROGRESS_STEP if progress else max(len(articles), 1)
        out: list[Statement] = []
        for at in range(0, len(articles), step):
            out.extend(_extract_chunk_with(matcher, articles[at:at + step]))
            if progress:
                progress(len(articles[at:at + step]))
        return tuple(out), meanwhile()
    chunks = _chunks(articles, jobs * CHUNKS_PER_JOB)
    log.info("extracting %d articles in %d processes", len(articles), jobs)
    results = []
    with ProcessPoolExecutor(max_workers=jobs, mp_context=_context(),
                             initializer=_init_worker, initargs=(matcher,)) as pool:
        pending = pool.map(_extract_chunk, chunks)  # submitted: the workers start now
        done_meanwhile = meanwhile()
        for chunk, result in zip(chunks, pending, strict=True):
            results.append(result)
            if progress:
                progress(len(chunk))
    return tuple(statement for chunk in results for statement in chunk), done_meanwhile


def _chunks(articles: Sequence[Article], count: int) -> list[tuple[Article, ...]]:
    """Split into at most `count` contiguous chunks of near-equal size, in order."""
    size, extra = divmod(len(articles), count)
    out: list[tuple[Article, ...]] = []
    start = 0
    for i in range(count):
        end = start + size + (1 if i < extra else 0)
        if end > start:
            out.append(tuple(articles[start:end]))
        start = end
    return out


def _context() -> multiprocessing.context.BaseContext:
    # fork starts a worker in milliseconds with the modules already imported; where it is
    # missing (Windows, macOS defaults) the platform's own method is used.
    if "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context()


def _init_worker(matcher: ActorMatcher) -> None:
    global _worker_matcher
    _worker_matcher = matcher


def _extract_chunk(articles: Sequence[Article]) -> tuple[Statement, ...]:
    assert _worker_matcher is not None, "the pool initializer sets the matcher"
    return _extract_chunk_with(_worker_matcher, articles)


def _extract_chunk_with(matcher: ActorMatcher, articles: Sequence[Article]) -> (
    tuple[Statement, ...]
):
    out: list[Statement] = []
    for article in articles:
        out.extend(extract(article, matcher))
    return tuple(out)
