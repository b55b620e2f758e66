"""Benchmark the statement archive (issue 16): search over a million statements, and the
ingest and build rates with statements kept.

Input: ../shared/corpus (benchmarks/corpus.py), read at run time. Output: printed tables.
1. `ingest`: a folder of N article files into a new store (as benchmarks/run.py measures).
2. `build`: the whole build (read, extract, analyse, render, PDF) of the N articles, with
   and without keeping its statements in the store (`keep_in`).
3. `search`: the build's real statements repeated with shifted dates (each repeat its own
   articles and brief date) until the store holds --statements rows, then each query's
   median time over --runs runs.

    PYTHONPATH=. python benchmarks/search.py [--articles 2000] [--statements 1000000]
    PYTHONPATH=. python benchmarks/search.py --rates-only   # steps 1-2; runs on older code
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import corpus, stages  # noqa: E402
from briefing.config.settings import load_config  # noqa: E402

DAY = dt.date(2024, 1, 19)
QUERIES = (
    ("oil", {}),
    ("oil prices", {}),
    ('"foreign minister"', {}),
    ("sanctions OR embargo", {}),
    ("minister*", {}),
    ("talks", {"actor": "IRN"}),
    ("said", {"since": dt.date(2023, 6, 1), "until": dt.date(2023, 9, 1)}),
    ("the", {}),
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--statements", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--rates-only", action="store_true",
                        help="only the ingest and build rates (runs on code without search)")
    args = parser.parse_args()
    if not corpus.available():
        print(f"no corpus at {corpus.corpus_dir()}", file=sys.stderr)
        return 2
    config = load_config(corpus.ROOT / "config")
    config = replace(config, brief=replace(config.brief, window_days=1))
    articles = corpus.dated(corpus.mixed(args.articles), DAY, 1)
    with tempfile.TemporaryDirectory(prefix="bench-search-") as scratch_name:
        scratch = Path(scratch_name)
        folder = corpus.write_folder(articles, scratch / "articles")
        size = sum(corpus.iter_sizes(articles))
        ing = stages.ingest(folder, len(articles), size, 1, scratch)
        if ing is not None:
            print(f"ingest: {len(articles)} article files in {ing.median:.2f} s: "
                  f"{len(articles) / ing.median:.0f} articles/s")
        brief = _build_rates(config, articles, scratch, not args.rates_only)
        if args.rates_only or brief is None:
            return 0
        _search(brief.statements, articles, scratch / "million.db", args)
    return 0


def _build_rates(config: object, articles: list, scratch: Path, keep: bool) -> object:
    from briefing.build import build

    brief = None
    for keep_in in ((None, scratch / "kept.db") if keep else (None,)):
        kept = {"keep_in": keep_in} if keep_in is not None else {}
        start = time.perf_counter()
        result = build(config, DAY, article_dirs=(), stored=lambda _window: articles, jobs=1,
                       output_root=scratch / "out", **kept)
        took = time.perf_counter() - start
        brief = result.brief
        what = "with its statements kept" if keep_in else "without the store"
        print(f"build ({what}): {len(articles)} articles in {took:.2f} s: "
              f"{len(articles) / took:.0f} articles/s")
    return brief


def _search(statements: tuple, articles: list, path: Path, args: argparse.Namespace) -> None:
    from briefing.sources import archive
    from briefing.sources.archive import Query
    from briefing.sources.store import open_store

    print(f"the build found {len(statements)} statements in {len(articles)} articles")
    repeats = -(-args.statements // max(1, len(statements)))
    with open_store(path) as store:
        start = time.perf_counter()
        for k in range(repeats):  # each repeat: its own articles, 3 days earlier
            shift = dt.timedelta(days=3 * k)
            copies = {a.id: replace(a, id=f"{a.id}~{k}", date=a.date - shift) for a in articles}
            moved = [replace(s, article_id=f"{s.article_id}~{k}") for s in statements]
            archive.keep(store, DAY - shift, moved, {c.id: c for c in copies.values()})
        took = time.perf_counter() - start
        total = archive.count(store)
        print(f"kept {total} statements in {repeats} brief dates in {took:.1f} s: "
              f"{total / took:.0f} statements/s; store {path.stat().st_size / 1e6:.0f} MB")
        print("\n| query | filters | hits | median ms | max ms |\n|---|---|---|---|---|")
        worst = 0.0
        for text, filters in QUERIES:
            query = Query(text, limit=20, **filters)  # type: ignore[arg-type]
            times = []
            for _ in range(args.runs):
                t0 = time.perf_counter()
                hits = archive.search(store, query)
                times.append((time.perf_counter() - t0) * 1000)
            worst = max(worst, statistics.median(times))
            shown = ", ".join(f"{k}={v}" for k, v in filters.items()) or "-"
            print(f"| `{text}` | {shown} | {len(hits)} | {statistics.median(times):.1f} | "
                  f"{max(times):.1f} |")
        print(f"\nslowest median: {worst:.1f} ms (target < 100 ms)")


if __name__ == "__main__":
    raise SystemExit(main())
