"""Who speaks for whom: extract wire_dev and PolNeAR dev, print the scorers' figures.

Input: the shared evaluation files (folder $BRIEFING_SHARED, default /work/shared), read at
run time and never copied into the repository. Output: one JSON line per data set, from
eval/score_actors.py (wire_dev: statements, speakers, actor F1, wrong_actor) and eval/score.py
(PolNeAR dev: direct quotes, statements, speakers), and the extraction time of each.
Usage: python benchmarks/actors.py [ERRORS.tsv]
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def extract(data: Path, out: Path) -> float:
    """Run `briefing extract` on `data` into `out`; return the seconds it took."""
    start = time.perf_counter()
    with out.open("w", encoding="utf-8") as sink:
        subprocess.run([sys.executable, "-m", "briefing", "extract", str(data)], cwd=ROOT,
                       stdout=sink, check=True)
    return time.perf_counter() - start


def main(argv: list[str]) -> None:
    """Print the figures of both data sets."""
    shared = Path(os.environ.get("BRIEFING_SHARED", "/work/shared")) / "eval"
    with tempfile.TemporaryDirectory() as tmp:
        wire, polnear = Path(tmp) / "wire.jsonl", Path(tmp) / "polnear.jsonl"
        seconds = extract(shared / "wire_dev.jsonl", wire)
        errors = argv[0] if argv else str(Path(tmp) / "errors.tsv")
        scored = subprocess.run([sys.executable, str(shared / "score_actors.py"),
                                 str(shared / "wire_dev.jsonl"), str(wire), errors],
                                capture_output=True, text=True, check=True).stdout
        print(json.dumps({"data": "wire_dev", "seconds": round(seconds, 2),
                          **json.loads(scored)}))
        seconds = extract(shared / "polnear_dev.jsonl", polnear)
        scored = subprocess.run([sys.executable, str(shared / "score.py"),
                                 str(shared / "polnear_dev.jsonl"), str(polnear)],
                                capture_output=True, text=True, check=True).stdout
        figures = json.loads(scored)
        figures.pop("counts", None)
        print(json.dumps({"data": "polnear_dev", "seconds": round(seconds, 2), **figures}))


if __name__ == "__main__":
    main(sys.argv[1:])
