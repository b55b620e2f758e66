"""Run every fuzz target for a fixed time and summarise executions and findings.

Usage: python fuzz/run.py [--seconds 60] [target ...]   (`make fuzz FUZZ_SECONDS=60`)
New corpus entries and crash files go under output/fuzz/<target>/ (ignored by git); the
checked-in seeds are read but never written. Exit status 1 if any target crashed.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
# Seed corpora: real inputs each parser meets, so fuzzing starts from valid structure.
SEEDS = {
    "fuzz_article_text": [ROOT / "seeds", HERE / "seeds" / "articles"],
    "fuzz_jsonl": [HERE / "seeds" / "jsonl"],
    "fuzz_yamlpos": [HERE / "seeds" / "yaml"],
    "fuzz_config": [HERE / "seeds" / "config"],
    "fuzz_text": [ROOT / "seeds", HERE / "seeds" / "articles"],
    "fuzz_statements": [ROOT / "seeds", HERE / "seeds" / "articles"],
}
# Pure-Python YAML is slow under instrumentation: keep its inputs short.
MAX_LEN = {"fuzz_yamlpos": 4096, "fuzz_config": 4096}


def fuzz(target: Path, seconds: int) -> tuple[int, int, list[Path]]:
    """Run one target; return (executions, corpus entries, crash files)."""
    work = ROOT / "output" / "fuzz" / target.stem
    corpus = work / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    before = set(work.glob("crash-*")) | set(work.glob("timeout-*")) | set(work.glob("oom-*"))
    seeds = [str(p) for p in SEEDS.get(target.stem, []) if p.is_dir()]
    command = [sys.executable, str(target), str(corpus), *seeds,
               f"-max_total_time={seconds}", "-print_final_stats=1", "-timeout=10",
               "-rss_limit_mb=4096", f"-max_len={MAX_LEN.get(target.stem, 65536)}",
               f"-artifact_prefix={work}/"]
    done = subprocess.run(command, cwd=HERE, capture_output=True, text=True, check=False)
    log = done.stdout + done.stderr
    (work / "last.log").write_text(log, "utf-8")
    runs = re.findall(r"stat::number_of_executed_units:\s*(\d+)", log)
    after = set(work.glob("crash-*")) | set(work.glob("timeout-*")) | set(work.glob("oom-*"))
    return (int(runs[-1]) if runs else 0, len(list(corpus.iterdir())),
            sorted(after - before))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("targets", nargs="*")
    args = parser.parse_args()
    targets = sorted(HERE.glob("fuzz_*.py"))
    if args.targets:
        targets = [t for t in targets if t.stem in args.targets or t.name in args.targets]
    failed = False
    print(f"{'target':<22} {'seconds':>7} {'executions':>11} {'corpus':>7}  findings")
    for target in targets:
        runs, corpus, crashes = fuzz(target, args.seconds)
        failed = failed or bool(crashes)
        found = ", ".join(str(c.relative_to(ROOT)) for c in crashes) or "none"
        print(f"{target.stem:<22} {args.seconds:>7} {runs:>11} {corpus:>7}  {found}", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
