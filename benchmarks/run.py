"""Benchmark every stage of briefing at 100, 1,000 and 10,000 articles; print and save a table.

Run by hand from the project folder (not part of the unit tests):

    .venv/bin/python -m benchmarks.run            # the full run, a few minutes
    .venv/bin/python -m benchmarks.run --sizes 100,1000 --runs 1   # a quick look

Input: real news from ../shared/corpus (Reuters-21578, BBC, PolNeAR news), read at run time,
dated into the brief's window, written as article files into a temporary folder where a
stage reads files. Output: a Markdown table on stdout (medians over --runs runs) with the
targets met or missed, and the same figures as JSON in benchmarks/results/<name>.json
with the machine's core count and Python version.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from benchmarks import corpus, stages
from benchmarks.stages import Measure
from briefing.config.settings import Config
from briefing.extract.matcher import ActorMatcher
from briefing.models import Article

RESULTS = Path(__file__).resolve().parent / "results"
DAY = dt.date(2024, 1, 19)
GROWTH_LIMIT = 11.0  # 10 times the articles may cost at most 11 times the time


@dataclass(frozen=True, slots=True)
class Target:
    what: str
    value: float | None
    limit: str
    met: bool | None  # None: not measured in this run


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if not corpus.available():
        print(f"the corpus is missing: expected {corpus.corpus_dir()} with "
              f"{', '.join(corpus.CORPUS_FILES.values())}", file=sys.stderr)
        return 2
    sizes = [int(s) for s in args.sizes.split(",")]
    scratch = Path(tempfile.mkdtemp(prefix="briefing-bench-"))
    try:
        skip = {s.strip() for s in args.skip.split(",") if s.strip()}
        measures = run_all(sizes, args.runs, args.jobs, scratch, skip)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    targets = check_targets(measures)
    print(table(measures))
    print()
    print(target_table(targets))
    document = to_json(args.name, measures, targets, sizes, args.runs)
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f"{args.name}.json"
    path.write_text(json.dumps(document, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    print(f"\nwritten: {path.relative_to(Path.cwd()) if path.is_relative_to(Path.cwd()) else path}")
    return 0


def _parser() -> argparse.ArgumentParser:
    cores = _cores()
    parser = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="100,1000,10000",
                        help="article counts, comma-separated (default: %(default)s)")
    parser.add_argument("--runs", type=int, default=3,
                        help="runs per stage; the table shows medians (default: %(default)s)")
    parser.add_argument("--jobs", type=int, default=cores,
                        help="processes for the parallel extraction row (default: the cores)")
    parser.add_argument("--name", default=f"{cores}core-py{sys.version_info[0]}"
                        f"{sys.version_info[1]}",
                        help="results file name under benchmarks/results (default: %(default)s)")
    parser.add_argument("--skip", default="",
                        help="stages to leave out, comma-separated: ingest, build, parallel, pdf")
    return parser


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def run_all(sizes: Sequence[int], runs: int, jobs: int, scratch: Path,
            skip: set[str]) -> list[Measure]:
    """Run every stage at every size; return the measures in table order.

    Where n / 10 is among the sizes, each stage but the build also runs on the set's ten
    tenths (every tenth article), for the growth ratio over the same articles. The runs
    are rounds: each round runs every stage once on the whole set and once on each tenth,
    so that a machine that slows down for a minute slows both sides of the ratio.
    """
    from briefing.config.settings import load_config
    from briefing.extract.matcher import build_matcher

    config = load_config(stages.ROOT / "config")
    matcher = build_matcher(config.actors)
    window = config.brief.window_days
    out: list[Measure] = []

    def add(measure: Measure | None) -> None:
        if measure is not None:
            out.append(measure)
            _progress(measure)

    add(stages.help_cli(max(runs, 5)))
    for n in sizes:
        mixed = corpus.dated(corpus.mixed(n), DAY, window)
        polnear = corpus.dated(corpus.polnear(n), DAY, window)
        sets = [(mixed, polnear)]
        if n % 10 == 0 and n // 10 in sizes:
            sets += [(mixed[k::10], polnear[k::10]) for k in range(10)]
        folders = [corpus.write_folder(articles, scratch / f"mixed-{n}-{i}")
                   for i, (articles, _) in enumerate(sets)]
        rounds: list[list[list[Measure]]] = [[] for _ in sets]
        for r in range(runs):
            print(f"  [{n}] round {r + 1} of {runs}", file=sys.stderr, flush=True)
            for i, ((articles, pol), folder) in enumerate(zip(sets, folders, strict=True)):
                whole = i == 0
                rounds[i].append(measure_set(articles, pol, folder, config, matcher, scratch,
                                             skip, jobs if whole else 1, build=whole))
        # The ten tenths' CPU time added up round by round: a measure as long as the
        # whole set's, and as exposed to the machine's hiccups (the least of ten short
        # runs would dodge more of them than the least of one long run can).
        tenths: dict[str, list[float]] = {}
        for r in range(runs):
            for same in zip(*(part[r] for part in rounds[1:]), strict=True):
                tenths.setdefault(same[0].stage, []).append(sum(m.cpu[0] for m in same))
        for m in merge_rounds(rounds[0]):
            add(replace(m, tenths=tuple(tenths.get(m.stage, ()))))
        for folder in folders:
            shutil.rmtree(folder, ignore_errors=True)
    texts = [p for doc in corpus.polnear(60) for p in doc.text.split("\n\n")[1:4]]
    synthetic = stages.synthetic_brief(texts, DAY)
    for measure in stages.render(synthetic, 0, runs, pdf="pdf" not in skip):
        add(Measure(f"{measure.stage}, 30 actors x 150 statements", 0, measure.runs,
                    measure.cpu, notes=measure.notes))
    return out


def measure_set(articles: Sequence[Article], polnear: Sequence[Article], folder: Path,
                config: Config, matcher: ActorMatcher, scratch: Path, skip: set[str],
                jobs: int, build: bool) -> list[Measure]:
    """Run each stage once over one set of articles (and the PolNeAR set of its size)."""
    n, size = len(articles), stages.text_bytes(articles)
    out: list[Measure | None] = [stages.load(folder, n, size, 1)]
    if "ingest" not in skip:
        out.append(stages.ingest(folder, n, size, 1, scratch))
    serial, statements = stages.extract("extract + attribute, 1 core", articles, matcher, 1)
    out.append(serial)
    if jobs > 1 and "parallel" not in skip:
        out.append(stages.extract(f"extract + attribute, {jobs} processes", articles, matcher,
                                  1, jobs)[0])
    out.append(stages.extract("extract + attribute PolNeAR-sized, 1 core", polnear, matcher,
                              1)[0])
    chosen, brief = stages.select(articles, statements, config, matcher, DAY, 1)
    out += [*chosen, *stages.render(brief, n, 1, pdf="pdf" not in skip)]
    if build and "build" not in skip:
        out.append(stages.build_cli(folder, n, size, DAY, 1, scratch))
    return [m for m in out if m is not None]


def merge_rounds(rounds: Sequence[Sequence[Measure]]) -> list[Measure]:
    """Join the rounds' measures of each stage into one measure holding every run."""
    out = []
    for same in zip(*rounds, strict=True):
        first = same[0]
        if any(m.stage != first.stage for m in same):
            raise ValueError(f"rounds ran different stages: {[m.stage for m in same]}")
        peaks = [m.peak_rss_mb for m in same if m.peak_rss_mb is not None]
        trees = [m.tree_rss_mb for m in same if m.tree_rss_mb is not None]
        out.append(replace(first, runs=tuple(t for m in same for t in m.runs),
                           cpu=tuple(t for m in same for t in m.cpu),
                           peak_rss_mb=max(peaks, default=None),
                           tree_rss_mb=max(trees, default=None), notes=same[-1].notes))
    return out


def _progress(measure: Measure) -> None:
    print(f"  {measure.stage} [{measure.articles}]: {measure.median:.3f} s",
          file=sys.stderr, flush=True)


def growth(measures: Sequence[Measure]) -> dict[tuple[str, int], float]:
    """Map (stage, n) to the least CPU time at n over a tenth of the least CPU time that its
    ten tenths took together in one round.

    Over the same articles: a separate sample of n / 10 articles holds its own mix of
    text, and for selection its own count of the followed actors' statements (59 in the
    100-article sample against 83 in a tenth of the 1,000 on average, and from 58 to 143
    from one tenth to another), so a ratio against it measures the sample as much as the
    code. Where the tenths were not measured (the build, which would take ten more builds
    per round), against the separate sample (`sample_growth`).
    """
    separate = sample_growth(measures)
    out = {}
    for m in measures:
        if m.tenths and min(m.tenths) > 0:
            out[(m.stage, m.articles)] = 10 * min(m.cpu) / min(m.tenths)
        elif (m.stage, m.articles) in separate:
            out[(m.stage, m.articles)] = separate[(m.stage, m.articles)]
    return out


def sample_growth(measures: Sequence[Measure]) -> dict[tuple[str, int], float]:
    """Map (stage, n) to its least CPU time over that of the separate n / 10 sample.

    CPU time, not wall time: on a shared machine the wall time of one size can include
    minutes of waiting for a core that the other size did not have to wait. And the least
    of the runs, not the median: a stage of a few milliseconds doubles when another process
    takes the core for a moment, and the ratio would measure that. The parallel row is left
    out: its workers' CPU time is not in this process's.
    """
    by_key = {(m.stage, m.articles): m for m in measures}
    out = {}
    for (stage, n), m in by_key.items():
        smaller = by_key.get((stage, n // 10)) if n % 10 == 0 else None
        if smaller is None or n // 10 == 0 or min(smaller.cpu) <= 0:
            continue
        if isinstance(m.notes.get("jobs"), int) and m.notes["jobs"] > 1:
            continue
        out[(stage, n)] = min(m.cpu) / min(smaller.cpu)
    return out


def table(measures: Sequence[Measure]) -> str:
    """Render the measures as a Markdown table."""
    grow, separate = growth(measures), sample_growth(measures)
    lines = [
        "| stage | articles | median s | CPU s | articles/s | MB/s | x10 growth | "
        "x10 vs sample | peak RSS MB |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for m in measures:
        ratio = grow.get((m.stage, m.articles)) if m.tenths else None
        other = separate.get((m.stage, m.articles))
        rss = _num(m.peak_rss_mb, 0)
        if m.tree_rss_mb is not None and m.tree_rss_mb > (m.peak_rss_mb or 0) + 1:
            rss += f" ({_num(m.tree_rss_mb, 0)} all processes)"
        lines.append(
            f"| {m.stage} | {m.articles or '-'} | {m.median:.3f} | {m.cpu_median:.3f} | "
            f"{_num(m.per_second, 0)} | {_num(m.mb_per_second, 2)} | {_num(ratio, 1)} | "
            f"{_num(other, 1)} | {rss} |"
        )
    return "\n".join(lines)


def _num(value: float | None, digits: int) -> str:
    return "-" if value is None else f"{value:,.{digits}f}"


def _find(measures: Sequence[Measure], prefix: str, n: int | None = None) -> Measure | None:
    found = [m for m in measures if m.stage.startswith(prefix) and (n is None or m.articles == n)]
    return max(found, key=lambda m: m.articles) if found else None


def check_targets(measures: Sequence[Measure]) -> list[Target]:
    """Compare the measures with issue 5's targets."""
    out = []
    ext = _find(measures, "extract + attribute PolNeAR-sized, 1 core")
    out.append(_at_least(f"extraction, PolNeAR-sized, 1 core [{ext.articles if ext else '-'}]",
                         ext.per_second if ext else None, 1000, "articles/s"))
    build = _find(measures, "briefing build", 10_000)
    out.append(_at_most("briefing build, 10,000 articles, PDF included",
                        build.median if build else None, 15.0, "s"))
    out.append(_at_most("briefing build, 10,000 articles, peak RSS",
                        build.peak_rss_mb if build else None, 500.0, "MB"))
    ing = _find(measures, "ingest", 10_000)
    out.append(_at_least("ingest of 10,000 article files", ing.per_second if ing else None,
                         2000, "articles/s"))
    grow = growth(measures)
    worst = max(grow.items(), key=lambda kv: kv[1], default=None)
    over = sorted(f"{stage} [{n}] x{ratio:.1f}"
                  for (stage, n), ratio in grow.items() if ratio > GROWTH_LIMIT)
    out.append(Target("linear growth, every stage (worst x10 CPU-time ratio)",
                      worst[1] if worst else None, f"<= {GROWTH_LIMIT:g}"
                      + (f"; over: {', '.join(over)}" if over else ""),
                      None if worst is None else not over))
    helped = _find(measures, "briefing --help")
    out.append(_at_most("briefing --help", helped.median if helped else None, 0.3, "s"))
    pdf = _find(measures, "render PDF, 30 actors")
    out.append(_at_most("PDF, 30 actors x 150 statements", pdf.median if pdf else None,
                        3.0, "s"))
    return out


def _at_least(what: str, value: float | None, limit: float, unit: str) -> Target:
    return Target(what, value, f">= {limit:,g} {unit}",
                  None if value is None else value >= limit)


def _at_most(what: str, value: float | None, limit: float, unit: str) -> Target:
    return Target(what, value, f"<= {limit:,g} {unit}",
                  None if value is None else value <= limit)


def target_table(targets: Sequence[Target]) -> str:
    lines = ["| target | measured | limit | met |", "|---|---:|---|---|"]
    for t in targets:
        met = "not measured" if t.met is None else ("yes" if t.met else "**no**")
        lines.append(f"| {t.what} | {_num(t.value, 2)} | {t.limit} | {met} |")
    return "\n".join(lines)


def to_json(name: str, measures: Sequence[Measure], targets: Sequence[Target],
            sizes: Sequence[int], runs: int) -> dict[str, Any]:
    grow, separate = growth(measures), sample_growth(measures)
    return {
        "name": name,
        "when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "machine": {
            "cores": _cores(),
            "python": platform.python_version(),
            "implementation": platform.python_implementation(),
            "platform": platform.platform(),
            "processor": platform.machine(),
            "load_average_at_end": _load(),
        },
        "sizes": list(sizes),
        "runs": runs,
        "command": "python -m benchmarks.run " + " ".join(sys.argv[1:]),
        "stages": [
            {
                "stage": m.stage,
                "articles": m.articles,
                "median_s": round(m.median, 6),
                "runs_s": [round(t, 6) for t in m.runs],
                "cpu_median_s": round(m.cpu_median, 6),
                "cpu_runs_s": [round(t, 6) for t in m.cpu],
                "articles_per_s": _round(m.per_second),
                "mb_per_s": _round(m.mb_per_second),
                "bytes": m.bytes,
                "growth_x10": _round(grow.get((m.stage, m.articles))),
                "growth_x10_vs_sample": _round(separate.get((m.stage, m.articles))),
                "tenths_cpu_s": [round(t, 6) for t in m.tenths],
                "peak_rss_mb": _round(m.peak_rss_mb),
                "tree_rss_mb": _round(m.tree_rss_mb),
                "notes": m.notes,
            }
            for m in measures
        ],
        "targets": [
            {"target": t.what, "measured": _round(t.value), "limit": t.limit, "met": t.met}
            for t in targets
        ],
    }


def _load() -> list[float] | None:
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except OSError:
        return None


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 3)


if __name__ == "__main__":
    sys.exit(main())
