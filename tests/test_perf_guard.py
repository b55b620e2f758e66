"""The performance regression guard (benchmarks/guard.py): no stage several times slower.

Marked `perf`: it measures CPU time, as ratios to a pure-Python loop timed in the same run,
so a slow machine passes; `pytest -m "not perf"` leaves it out.
"""

from __future__ import annotations

import subprocess
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


HEAVY = ("weasyprint", "feedparser", "trafilatura", "jinja2", "markdown", "fontTools",
         "lxml", "sqlite3", "ahocorasick_rs", "briefing.extract.statements",
         "briefing.render.markdown", "briefing.knowledge.store")


def test_help_imports_none_of_the_heavy_modules() -> None:
    # `briefing --help` must start in well under 0.3 s: WeasyPrint alone takes ~0.5 s.
    code = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from briefing.cli import cli\n"
        "result = CliRunner().invoke(cli, ['--help'])\n"
        "assert result.exit_code == 0, result.output\n"
        f"heavy = {HEAVY!r}\n"
        "print(sorted(m for m in sys.modules if m.startswith(heavy)))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=Path(__file__).resolve().parent.parent)
    assert out.stdout.strip() == "[]"
