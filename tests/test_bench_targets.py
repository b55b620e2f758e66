"""The benchmark's target check (benchmarks/run.py): growth over the limit, and its work."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import run  # noqa: E402
from benchmarks.stages import Measure  # noqa: E402


def measure(stage: str, n: int, cpu: float, **notes: int) -> Measure:
    return Measure(stage, n, (cpu,), (cpu,), notes=dict(notes))


def growth_target(measures: list[Measure]) -> run.Target:
    [target] = [t for t in run.check_targets(measures) if t.what.startswith("linear growth")]
    return target


def test_growth_over_the_limit_names_the_stage_and_how_much_its_work_grew() -> None:
    target = growth_target([
        measure("selection", 100, 0.001, followed_statements=59),
        measure("selection", 1000, 0.0215, followed_statements=832),
        measure("extract", 100, 0.03), measure("extract", 1000, 0.36),
    ])
    assert target.met is False
    assert target.limit.endswith("over: extract [1000] x12.0, selection [1000] x21.5 "
                                 "(its work x14.1)")


def test_growth_within_the_limit_is_met() -> None:
    target = growth_target([measure("extract", 100, 0.03), measure("extract", 1000, 0.3)])
    assert target.met is True and target.limit == "<= 11"
