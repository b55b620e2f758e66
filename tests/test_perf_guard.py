"""The performance regression guard (benchmarks/guard.py): no stage several times slower.

Marked `perf`: it measures CPU time, as ratios to a pure-Python loop timed in the same run,
so a slow machine passes; `pytest -m "not perf"` leaves it out.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import guard  # noqa: E402


@pytest.mark.perf
def test_no_stage_is_several_times_slower_than_its_budget() -> None:
    results = guard.run()
    assert {r.stage for r in results} == set(guard.BUDGETS)
    slow = [r for r in results if not r.ok]
    assert not slow, guard.report(results)


def test_a_result_over_its_budget_fails() -> None:
    assert not guard.Result("extract", 1.0, ratio=7.0, budget=6.0).ok
    assert guard.Result("extract", 1.0, ratio=5.0, budget=6.0).ok
