"""Benchmark stages: one function per stage, each returning a `Measure` of several timed runs.

Input: articles from benchmarks/corpus.py, the project's config, a scratch folder.
Output: `Measure` values (median and every run, articles and bytes handled, and for the
build subprocess its peak memory). The stages call the library the way `briefing build`
does; `build_cli` and `help_cli` run the real command in a subprocess.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from briefing.brief import Brief
from briefing.config.settings import Config
from briefing.extract.matcher import ActorMatcher
from briefing.models import (
    OFFICIAL,
    QUOTE,
    REPORTED,
    ActorSection,
    Article,
    Citation,
    Entry,
    SourceRef,
    Speaker,
    Statement,
    Window,
)

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = ROOT / "templates"


@dataclass(frozen=True, slots=True)
class Measure:
    stage: str
    articles: int
    runs: tuple[float, ...]  # wall-clock seconds, one per run
    cpu: tuple[float, ...]  # CPU seconds (user + system) of the same runs
    bytes: int = 0  # article text handled per run (UTF-8)
    peak_rss_mb: float | None = None  # subprocess stages: the largest process, over the runs
    tree_rss_mb: float | None = None  # ... and the process tree's sampled sum (upper bound)
    notes: dict[str, Any] = field(default_factory=dict)
    # The CPU seconds of the same stage over the set's ten tenths (every tenth article)
    # added up, one sum per round of runs; empty where they were not measured.
    tenths: tuple[float, ...] = ()

    @property
    def median(self) -> float:
        return statistics.median(self.runs)

    @property
    def cpu_median(self) -> float:
        return statistics.median(self.cpu)

    @property
    def per_second(self) -> float | None:
        return self.articles / self.median if self.articles and self.median > 0 else None

    @property
    def mb_per_second(self) -> float | None:
        return self.bytes / 1e6 / self.median if self.bytes and self.median > 0 else None


@dataclass(frozen=True, slots=True)
class Timing:
    wall: tuple[float, ...]
    cpu: tuple[float, ...]


def repeat(runs: int, work: Callable[[], Any], setup: Callable[[], Any] | None = None) -> (
    tuple[Timing, Any]
):
    """Time `work` `runs` times (after `setup` and a sweep of the processor's caches,
    untimed, each time); return the times and the last result.

    CPU time is this process's own: a parallel stage's workers are not in it.
    """
    wall: list[float] = []
    cpu: list[float] = []
    result = None
    for _ in range(runs):
        if setup is not None:
            setup()
        evict_caches()
        start, start_cpu = time.perf_counter(), time.process_time()
        result = work()
        wall.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return Timing(tuple(wall), tuple(cpu)), result


def evict_caches() -> None:
    """Write over a buffer three times the processor's largest cache, so that the run which
    follows starts with cold caches, as each stage of `briefing build` does (the stage before
    it has filled them with other data). Without this, a small input stays in the cache
    from one run to the next while a large one cannot, and the growth ratio measures the
    cache's size rather than the code."""
    sweep = _sweep()
    sweep[::64] = bytes(len(sweep) // 64)  # one write per cache line


@functools.cache
def _sweep() -> bytearray:
    return bytearray(max(64 << 20, 3 * largest_cache()))


_UNITS = {"K": 1 << 10, "M": 1 << 20, "G": 1 << 30}


def largest_cache(cpu: Path = Path("/sys/devices/system/cpu/cpu0/cache")) -> int:
    """Return the size in bytes of the largest cache that Linux lists for the first CPU
    (0 where none is listed)."""
    sizes = [0]
    for entry in cpu.glob("index*/size"):
        text = entry.read_text(encoding="ascii").strip()
        try:
            sizes.append(int(text[:-1]) * _UNITS[text[-1]] if text[-1:] in _UNITS
                         else int(text))
        except ValueError:
            continue
    return max(sizes)


def text_bytes(articles: Sequence[Article]) -> int:
    return sum(len(a.text.encode("utf-8")) for a in articles)


def load(folder: Path, n: int, size: int, runs: int) -> Measure:
    """Read a folder of n front-matter article files into Articles, with the cycle collector
    paused as build.build pauses it."""
    from briefing.build import read_articles
    from briefing.gcpause import paused_gc

    with paused_gc():
        times, (articles, warnings) = repeat(runs, lambda: read_articles([folder]))
    return Measure("load files", n, times.wall, times.cpu, size,
                   notes={"read": len(articles), "warnings": len(warnings)})


def ingest(folder: Path, n: int, size: int, runs: int, scratch: Path) -> Measure | None:
    """Ingest a folder of n article files into a new store (`briefing ingest`'s folder path)."""
    try:
        from briefing.config.operations import Source
        from briefing.sources.ingest import ingest as ingest_sources
        from briefing.sources.store import open_store
    except ImportError:  # the store is not there yet
        return None
    db = scratch / "bench.db"
    source = Source(name="bench", kind="folder", path=str(folder), url=None, timeout=10.0,
                    retries=0, retry_wait=0.0)
    now = dt.datetime(2024, 1, 19, 6, 0, tzinfo=dt.UTC)

    def fresh() -> None:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)

    def work() -> Any:
        with open_store(db) as store:
            return ingest_sources([source], store, now=now)

    times, report = repeat(runs, work, setup=fresh)
    return Measure("ingest files into store", n, times.wall, times.cpu, size,
                   notes={"new": report.new})


def extract(stage: str, articles: Sequence[Article], matcher: ActorMatcher, runs: int,
            jobs: int = 1) -> tuple[Measure, tuple[Statement, ...]]:
    """Extract and attribute every article's statements over `jobs` processes, with the
    cycle collector paused as pipeline.build_brief pauses it."""
    from briefing.extract.parallel import extract_all
    from briefing.gcpause import paused_gc

    with paused_gc():
        times, statements = repeat(runs, lambda: extract_all(articles, matcher, jobs))
    return (Measure(stage, len(articles), times.wall, times.cpu, text_bytes(articles),
                    notes={"statements": len(statements), "jobs": jobs}), statements)


def select(articles: Sequence[Article], statements: Sequence[Statement], config: Config,
           matcher: ActorMatcher, day: dt.date, runs: int) -> tuple[list[Measure], Brief]:
    """Time what build_brief does after extraction: selection, then the analysis sections.

    Mirrors pipeline.build_brief step by step (keep the two in step when it changes).
    """
    from briefing import pipeline
    from briefing.analysis import analyse, cited_numbers, renumber
    from briefing.gcpause import paused_gc
    from briefing.selection import Selection
    from briefing.selection import select as choose

    settings = config.brief
    start = day - dt.timedelta(days=settings.window_days)
    used = pipeline.in_window(articles, Window(start, day))
    sources = pipeline.number_sources(used)
    numbers = {s.article_id: s.number for s in sources}
    by_id = {a.id: a for a in used}

    def selection() -> Selection:
        chosen = choose(statements, by_id, numbers, config.actors, settings, day)
        return Selection(
            sections=chosen.sections if "actors" in settings.sections else (),
            key_developments=chosen.key_developments
            if "key_developments" in settings.sections else (),
        )

    with paused_gc():  # as pipeline.build_brief runs them
        select_times, chosen = repeat(runs, selection)
    entries = (*chosen.key_developments, *(e for s in chosen.sections for e in s.entries))

    def analysis() -> Any:
        return analyse(used, numbers, statements, entries, config.actors, matcher, (start, day),
                       None, settings.sections)

    with paused_gc():
        analysis_times, found = repeat(runs, analysis)
    chosen, cited = pipeline.cited_sources(chosen, sources, cited_numbers(found))
    found = renumber(found, {numbers[s.article_id]: s.number for s in cited})
    brief = Brief(title=settings.title, date=day, window_start=start, handling=settings.handling,
                  key_developments=chosen.key_developments, sections=chosen.sections,
                  sources=cited if "sources" in settings.sections else (), analysis=found)
    followed = {a.id for a in config.actors.actors if a.emphasis > 0}
    notes = {"statements": len(statements),
             # selection's work: the statements of the actors the brief follows
             "followed_statements": sum(1 for s in statements if s.speaker.actor in followed)}
    return [
        Measure("selection", len(articles), select_times.wall, select_times.cpu, notes=notes),
        Measure("analysis sections", len(articles), analysis_times.wall, analysis_times.cpu,
                notes=notes),
    ], brief


def render(brief: Brief, n: int, runs: int, pdf: bool = True) -> list[Measure]:
    """Render brief.md, brief.html and statements.json of one brief, and brief.pdf unless
    `pdf` is false."""
    from briefing.render.markdown import render_html, render_markdown, statements_json

    entries = sum(len(s.entries) for s in brief.sections)
    notes = {"actors": len(brief.sections), "entries": entries, "sources": len(brief.sources)}
    md_times, markdown_text = repeat(runs, lambda: render_markdown(brief, TEMPLATES))
    html_times, html = repeat(runs, lambda: render_html(markdown_text, brief, TEMPLATES))
    json_times, _ = repeat(runs, lambda: statements_json(brief))
    out = [
        Measure("render Markdown", n, md_times.wall, md_times.cpu, notes=notes),
        Measure("render HTML", n, html_times.wall, html_times.cpu, notes=notes),
        Measure("render statements.json", n, json_times.wall, json_times.cpu, notes=notes),
    ]
    if pdf:
        from briefing.render.pdf import render_pdf

        pdf_times, document = repeat(runs, lambda: render_pdf(html, brief, TEMPLATES))
        out.append(Measure("render PDF", n, pdf_times.wall, pdf_times.cpu,
                           notes={**notes, "pdf_bytes": len(document)}))
    return out


def command(*args: str) -> list[str]:
    """Return the argv that runs `briefing ARGS` with this interpreter's installation."""
    script = Path(sys.executable).with_name("briefing")
    if script.is_file():
        return [str(script), *args]
    return [sys.executable, "-m", "briefing", *args]


def build_cli(folder: Path, n: int, size: int, day: dt.date, runs: int, scratch: Path,
              jobs: int | None = None) -> Measure:
    """Run the whole `briefing build` in a subprocess, PDF included, and measure its memory."""
    out = scratch / "out"
    argv = command("build", "--date", day.isoformat(), "--articles", str(folder),
                   "--config", str(ROOT / "config"), "--output", str(out))
    if jobs is not None:
        argv += ["--jobs", str(jobs)]
    # Run in the scratch folder: the config's relative store path then names no store, so
    # the build reads the benchmark's articles only, whatever `briefing ingest` stored here.
    children = [_run_child(argv, cwd=scratch,
                           before=lambda: shutil.rmtree(out, ignore_errors=True))
                for _ in range(runs)]
    return Measure("briefing build (subprocess)", n, tuple(c.wall for c in children),
                   tuple(c.cpu for c in children), size,
                   peak_rss_mb=max(c.rss_mb for c in children),
                   tree_rss_mb=max(c.tree_rss_mb for c in children),
                   notes={"jobs": jobs or "default (the cores)"})


def help_cli(runs: int) -> Measure:
    """Time `briefing --help` from process start to exit."""
    children = [_run_child(command("--help")) for _ in range(runs)]
    return Measure("briefing --help start-up", 0, tuple(c.wall for c in children),
                   tuple(c.cpu for c in children))


@dataclass(frozen=True, slots=True)
class Child:
    wall: float
    cpu: float  # user + system of the process and the workers it waited for
    rss_mb: float  # the largest single process: its high-water mark (VmHWM), sampled
    tree_rss_mb: float  # the most the process and its children held at once, sampled


def _run_child(argv: list[str], cwd: Path = ROOT,
               before: Callable[[], Any] | None = None) -> Child:
    """Run a command to its end; raise with its stderr if it fails."""
    if before is not None:
        before()
    start = time.perf_counter()
    with tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(argv, cwd=cwd, stdout=subprocess.DEVNULL, stderr=err)
        tree = largest = 0.0
        pause = 0.001  # short at first, so that a short command's time stays exact
        while True:
            pid, status, rusage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            now, high = _tree_rss_mb(proc.pid)
            tree, largest = max(tree, now), max(largest, high)
            time.sleep(pause)
            pause = min(pause * 2, 0.02)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0:
            err.seek(0)
            raise RuntimeError(f"{' '.join(argv)} exited {proc.returncode}: "
                               f"{err.read().decode(errors='replace')[-2000:]}")
    # The kernel's high-water mark of each process (VmHWM), sampled: wait4's ru_maxrss is
    # no good here, as Linux carries the spawning process's resident size over the exec,
    # and this benchmark process holds all the articles. ru_maxrss only where /proc is not.
    rss = largest or rusage.ru_maxrss / 1024  # kilobytes on Linux
    return Child(wall, rusage.ru_utime + rusage.ru_stime, rss, max(tree, rss))


def _tree_rss_mb(pid: int) -> tuple[float, float]:
    """The resident memory of a process and its descendants, summed, and the largest
    high-water mark among them (0 where /proc is missing)."""
    total = high = 0
    todo = [pid]
    while todo:
        current = todo.pop()
        try:
            with open(f"/proc/{current}/status", encoding="ascii", errors="replace") as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
                    elif line.startswith("VmHWM:"):
                        high = max(high, int(line.split()[1]))
            with open(f"/proc/{current}/task/{current}/children", encoding="ascii") as f:
                todo.extend(int(c) for c in f.read().split())
        except (OSError, ValueError):
            continue
    return total / 1024, high / 1024


def synthetic_brief(texts: Sequence[str], day: dt.date, actors: int = 30,
                    per_actor: int = 5) -> Brief:
    """A brief of `actors` sections with `per_actor` statements each, from real sentences."""
    sources = tuple(
        SourceRef(number=i + 1, article_id=f"{i:016x}", title=texts[i % len(texts)][:90],
                  source="Reuters", date=day, url=f"https://example.org/news/{i}")
        for i in range(actors * per_actor)
    )
    sections = []
    key: list[Entry] = []
    for a in range(actors):
        entries = []
        for k in range(per_actor):
            i = a * per_actor + k
            text = texts[i % len(texts)]
            speaker = Speaker(name=f"Speaker {i}", role="Foreign Ministry spokesperson",
                              actor=f"actor{a}", voice=OFFICIAL, mention=None, span=None)
            statement = Statement(article_id=sources[i].article_id,
                                  kind=QUOTE if k % 2 == 0 else REPORTED,
                                  spans=((0, len(text)),), text=text, cue="said",
                                  cue_span=None, speaker=speaker)
            citations = (Citation(sources[i].article_id, i + 1, ((0, len(text)),)),)
            entries.append(Entry(statement=statement, actor=f"actor{a}", score=5.0,
                                 citations=citations))
        sections.append(ActorSection(actor=f"actor{a}", name=f"Actor {a}", kind="state",
                                     emphasis=1.0, entries=tuple(entries)))
        key.extend(entries[:1])
    return Brief(title="Benchmark brief", date=day, window_start=day - dt.timedelta(days=1),
                 handling="UNCLASSIFIED", key_developments=tuple(key[:5]),
                 sections=tuple(sections), sources=sources)
