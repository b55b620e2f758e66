"""Extraction rate of two or more source trees in one process, in alternating rounds.

Input: the roots of source trees (this checkout, a `git worktree` of an older commit ...),
each with its own briefing/, config/ and benchmarks/; the PolNeAR corpus ($BRIEFING_CORPUS,
else shared/corpus beside the checkout or one folder up). Output: per tree, PolNeAR-sized
articles per second of CPU time (`time.process_time`) on one core, best and median over the
rounds, and each tree's best rate over the first's.

Why one process: on a machine that other work shares, two runs minutes apart can differ by
30%. Here every tree's package is imported under the same name in turn (each keeps its own
module objects), and the rounds alternate the order of the trees, so each sees the same load.
With --cold (the default), every round of a tree that has the worldwide reference starts
from a freshly loaded reference and empty memos, as a new `briefing build` does; --warm keeps
what earlier rounds remembered (the same articles again: flattering).

Usage: python benchmarks/ab_extract.py TREE [TREE ...] [--articles 1000] [--rounds 5] [--warm]
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def _runner(tree: Path, articles: int,
            cold: bool) -> tuple[Callable[[], float], Callable[[], None]]:
    """Import `tree`'s package afresh; return (one timed run, make it start cold)."""
    for name in [n for n in sys.modules if n.split(".")[0] in ("briefing", "benchmarks")]:
        del sys.modules[name]
    sys.path.insert(0, str(tree))
    try:
        from benchmarks import corpus
        from benchmarks.run import DAY

        config_mod: Any
        try:  # the layout since the packages by stage
            import briefing.config.settings as config_mod
            from briefing.extract.matcher import build_matcher
            from briefing.extract.parallel import extract_all
        except ImportError:  # the flat layout of 5dcee5a and before
            from briefing.matcher import build_matcher  # type: ignore[no-redef]
            from briefing.parallel import extract_all  # type: ignore[no-redef]

            import briefing.config as config_mod  # type: ignore[no-redef]
        config = config_mod.load_config(tree / "config")
        matcher = build_matcher(config.actors)
        docs = corpus.dated(corpus.polnear(articles), DAY, config.brief.window_days)
        extract_all(docs[:20], matcher, 1)  # imports and the reference's lazy load
        store = sys.modules.get("briefing.knowledge.store")
        names = sys.modules.get("briefing.knowledge.names")
    finally:
        sys.path.remove(str(tree))

    def fresh() -> None:
        if cold and store is not None and hasattr(matcher, "_book"):
            matcher._book = None
            store.load.cache_clear()
            getattr(names.name_tokens, "cache_clear", lambda: None)()  # type: ignore[union-attr]
            _ = matcher.voices  # made outside the timed run, as build_matcher's caller would

    def run() -> float:
        start = time.process_time()
        extract_all(docs, matcher, 1)
        return len(docs) / (time.process_time() - start)

    return run, fresh


def _corpus_dir() -> Path:
    """../shared/corpus beside this checkout, or beside the main checkout of a worktree."""
    for base in (ROOT.parent, ROOT.parent.parent):
        if (base / "shared" / "corpus").is_dir():
            return base / "shared" / "corpus"
    return ROOT.parent / "shared" / "corpus"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("trees", nargs="+", type=Path)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--warm", action="store_true")
    args = parser.parse_args(argv)
    os.environ.setdefault("BRIEFING_CORPUS", str(_corpus_dir()))
    runners = [(tree, *_runner(tree.resolve(), args.articles, not args.warm))
               for tree in args.trees]
    rates: dict[Path, list[float]] = {tree: [] for tree in args.trees}
    gc.disable()  # as build_brief pauses it around extraction
    for r in range(args.rounds):
        for tree, run, fresh in runners if r % 2 == 0 else runners[::-1]:
            fresh()
            rates[tree].append(run())
    first = max(rates[args.trees[0]])
    for tree, got in rates.items():
        print(f"{tree}: best {max(got):,.0f}/s, median {statistics.median(got):,.0f}/s "
              f"({' '.join(f'{x:.0f}' for x in got)}); best / first's best {max(got) / first:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
