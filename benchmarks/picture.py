#!/usr/bin/env python3
"""The situation picture against an analyst's answer key: one table, the dev case and the seeds.

Run from the repository root:  .venv/bin/python benchmarks/picture.py   (or -m benchmarks.picture)

Input: the Iran-Iraq war case of the shared evaluation data (cases/iranwar-mar.jsonl, brief date
1987-03-11, its key cases/iranwar-mar.gold.json) and the seeds (seeds/, brief date 2024-01-19,
their key tests/golden/seeds/picture.gold.json), and the crises of benchmarks/cases/ (keys
written for this project, packed: their stories are read from the corpus, see cases.py). The
shared folder is $BRIEFING_SHARED, else the first `shared` folder beside the repository or one
of its parents (../shared from a clone).
Output: each brief is built with the code path of `briefing build` (config/, no article store)
into a temporary folder, scored with <shared>/eval/score_picture.py, and the figures printed as
one Markdown table. Nothing of the shared data is copied into the repository. Issue 15's targets
for the dev case: bl_recall3 1.0, bl_precision >= 0.75, bl_noise 0, kd_recall5 >= 0.8,
tl_redundancy <= 0.1, fig_recall >= 0.8, competing >= 0.5. Not part of the unit tests.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.cases import CaseError, packed_keys, unpack  # noqa: E402
from benchmarks.corpus import shared_dir  # noqa: E402
from briefing.build import build  # noqa: E402
from briefing.config.settings import load_config  # noqa: E402

FIGURES = ("bl_recall3", "bl_precision", "bl_noise", "kd_recall5", "tl_redundancy", "fig_recall",
           "competing")
SEEDS_KEY = ROOT / "tests" / "golden" / "seeds" / "picture.gold.json"


@dataclass(frozen=True, slots=True)
class Case:
    name: str
    day: dt.date
    articles: Path  # a folder of article files, or one JSON Lines file
    key: Path


def cases(shared: Path, work: Path) -> tuple[Case, ...]:
    """The dev case, the seeds, and each packed key of benchmarks/cases/ whose stories the
    corpus holds (unpacked under `work`)."""
    eval_dir = shared / "eval" / "cases"
    found = [
        Case("iranwar-mar (dev)", dt.date(1987, 3, 11), eval_dir / "iranwar-mar.jsonl",
             eval_dir / "iranwar-mar.gold.json"),
        Case("seeds", dt.date(2024, 1, 19), ROOT / "seeds", SEEDS_KEY),
    ]
    for key in packed_keys():
        try:
            done = unpack(key, work / "keys", shared / "corpus")
        except (CaseError, OSError) as err:
            print(f"{key.name}: skipped: {err}", file=sys.stderr)
            continue
        found.append(Case(done.name, dt.date.fromisoformat(done.date), done.stories, done.gold))
    return tuple(found)


def build_brief(case: Case, config: Path, work: Path) -> Path:
    """Build the case's brief under `work`; return the path of its brief.md."""
    folder = case.articles
    if folder.is_file():  # build reads folders: a temporary one holding the stories file
        folder = work / "articles"
        folder.mkdir()
        shutil.copyfile(case.articles, folder / case.articles.name)
    result = build(load_config(config), case.day, article_dirs=(folder,),
                   output_root=work / "output")
    return result.folder / "brief.md"


def score(scorer: Path, key: Path, brief: Path) -> dict[str, float | int | None]:
    done = subprocess.run([sys.executable, str(scorer), str(key), str(brief)],
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def table(rows: list[tuple[str, dict[str, float | int | None]]]) -> str:
    head = ("case", *FIGURES)
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for name, got in rows:
        cells = ["-" if got.get(f) is None else str(got[f]) for f in FIGURES]
        lines.append("| " + " | ".join((name, *cells)) + " |")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--config", default=str(ROOT / "config"))
    parser.add_argument("--keep", action="store_true", help="keep the built briefs, print where")
    args = parser.parse_args()
    shared = shared_dir()
    scorer = shared / "eval" / "score_picture.py"
    if not scorer.is_file():
        print(f"no {scorer}: set BRIEFING_SHARED to the shared folder", file=sys.stderr)
        return 2
    rows = []
    work_root = Path(tempfile.mkdtemp(prefix="picture-"))
    try:
        for i, case in enumerate(cases(shared, work_root)):
            work = work_root / str(i)
            work.mkdir()
            brief = build_brief(case, Path(args.config), work)
            rows.append((case.name, score(scorer, case.key, brief)))
            if args.keep:
                print(f"{case.name}: {brief}", file=sys.stderr)
    finally:
        if not args.keep:
            shutil.rmtree(work_root)
    print(table(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
