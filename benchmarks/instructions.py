"""CPU instructions per article of extraction, counted under valgrind's callgrind.

Input: the roots of source trees (this checkout, a `git worktree` of an older commit ...)
and the PolNeAR corpus ($BRIEFING_CORPUS, else shared/corpus beside the checkout or one
folder up). Output: per tree, the instructions `extract_all` spends per article on PolNeAR
texts 100-299, after a warm-up on texts 0-99 (the reference loaded, its memos in use), and
each tree's count over the first's.

Why instructions: on a machine that other work shares, rates in articles per second move by
20-30% from run to run (benchmarks/ab_extract.py alternates trees to soften that); the count
of instructions moves by about 0.3% with the hash seed (fixed here: PYTHONHASHSEED=0). Each
tree is run twice under callgrind, with and without the measured loop; the difference over
200 is the figure. The cycle collector is paused in the measured loop, as a build pauses it
(a full collection that lands in one run and not the other would move the figure by more
than most changes do). It needs valgrind (`apt-get install valgrind`); a tree takes about three
minutes on a quiet machine.

Usage: python benchmarks/instructions.py TREE [TREE ...]
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIRST, LAST = 100, 300  # the measured texts; those before them warm the memos up
# Run inside the tree: the package by stage since 5dcee5a's successors, else the flat one.
PROGRAM = """
import gc
import sys
from pathlib import Path
tree, loop = Path(sys.argv[1]), sys.argv[2] == "1"
sys.path.insert(0, str(tree))
from benchmarks import corpus
from benchmarks.run import DAY
try:
    import briefing.config.settings as config_mod
    from briefing.extract.matcher import build_matcher
    from briefing.extract.parallel import extract_all
except ImportError:
    import briefing.config as config_mod
    from briefing.matcher import build_matcher
    from briefing.parallel import extract_all
config = config_mod.load_config(tree / "config")
matcher = build_matcher(config.actors)
docs = corpus.dated(corpus.polnear(LAST), DAY, config.brief.window_days)
extract_all(docs[:FIRST], matcher, 1)
gc.disable()  # as `briefing build` pauses it around extraction (gcpause.py)
if loop:
    extract_all(docs[FIRST:LAST], matcher, 1)
""".replace("FIRST", str(FIRST)).replace("LAST", str(LAST))
SUMMARY = re.compile(r"^summary:\s+(\d+)", re.MULTILINE)


def _count(tree: Path, loop: bool, workdir: Path) -> int:
    """Instructions of one run of PROGRAM under callgrind."""
    out = workdir / f"callgrind.{int(loop)}"
    env = dict(os.environ, PYTHONHASHSEED="0")
    subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}",
                    sys.executable, "-c", PROGRAM, str(tree), str(int(loop))],
                   check=True, env=env, cwd=tree, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    m = SUMMARY.search(out.read_text(encoding="utf-8", errors="replace"))
    if m is None:
        raise RuntimeError(f"{out}: no summary line")
    return int(m.group(1))


def per_article(tree: Path) -> float:
    """Instructions per article of extraction in `tree`."""
    # Compile first, and run once outside valgrind: a run that compiles the modules would
    # count the compiling in one of the two runs only.
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(tree / "briefing"),
                    str(tree / "benchmarks")], check=True, stdout=subprocess.DEVNULL)
    subprocess.run([sys.executable, "-c", PROGRAM, str(tree), "0"], check=True, cwd=tree)
    with tempfile.TemporaryDirectory() as work:
        workdir = Path(work)
        return (_count(tree, True, workdir) - _count(tree, False, workdir)) / (LAST - FIRST)


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
    args = parser.parse_args(argv)
    os.environ.setdefault("BRIEFING_CORPUS", str(_corpus_dir()))
    counts = [(tree, per_article(tree.resolve())) for tree in args.trees]
    first = counts[0][1]
    for tree, count in counts:
        print(f"{tree}: {count / 1e6:.2f} M instructions per article; "
              f"{count / first:.3f} of the first's")
    return 0


if __name__ == "__main__":
    sys.exit(main())
