"""The benchmark's growth ratios and target check (benchmarks/run.py, benchmarks/stages.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import run, stages  # noqa: E402
from benchmarks.stages import Measure  # noqa: E402


def measure(stage: str, n: int, *cpu: float, tenths: tuple[float, ...] = ()) -> Measure:
    return Measure(stage, n, cpu, cpu, tenths=tenths)


def growth_target(measures: list[Measure]) -> run.Target:
    [target] = [t for t in run.check_targets(measures) if t.what.startswith("linear growth")]
    return target


def test_growth_is_taken_over_the_same_articles_where_the_tenths_were_measured() -> None:
    # The separate 100-article sample is light (x21 against it); the ten tenths of the
    # 1,000 articles took 0.021 s and 0.020 s together in two rounds: the same articles
    # grew x10.5.
    tenths = (0.021, 0.020)
    measures = [measure("selection", 100, 0.001), measure("selection", 1000, 0.0215, 0.021,
                                                          tenths=tenths)]
    assert run.growth(measures) == {("selection", 1000): pytest.approx(10.5)}
    assert run.sample_growth(measures) == {("selection", 1000): pytest.approx(21.0)}
    assert growth_target(measures).met is True


def test_growth_over_the_limit_names_the_stage() -> None:
    target = growth_target([
        measure("extract", 100, 0.03), measure("extract", 1000, 0.36, tenths=(0.3,)),
        measure("load", 100, 0.01), measure("load", 1000, 0.1, tenths=(0.1,)),
    ])
    assert target.met is False
    assert target.limit == "<= 11; over: extract [1000] x12.0"


def test_without_tenths_growth_falls_back_on_the_separate_sample() -> None:
    measures = [measure("briefing build (subprocess)", 100, 1.0),
                measure("briefing build (subprocess)", 1000, 2.0)]
    assert run.growth(measures) == {("briefing build (subprocess)", 1000): 2.0}
    table = run.table(measures)
    assert table.splitlines()[-1].startswith(
        "| briefing build (subprocess) | 1000 | 2.000 | 2.000 | 500 | - | - | 2.0 |")


def test_rounds_merge_into_one_measure_per_stage() -> None:
    rounds = [[measure("load", 10, 0.2), measure("extract", 10, 0.5)],
              [measure("load", 10, 0.1), measure("extract", 10, 0.4)]]
    merged = run.merge_rounds(rounds)
    assert [(m.stage, m.cpu) for m in merged] == [("load", (0.2, 0.1)), ("extract", (0.5, 0.4))]
    with pytest.raises(ValueError, match="different stages"):
        run.merge_rounds([[measure("load", 10, 0.2)], [measure("extract", 10, 0.2)]])


def test_the_largest_cache_is_read_from_the_cpu_listing(tmp_path: Path) -> None:
    for i, size in enumerate(("48K", "1024K", "32768K", "bogus")):
        (tmp_path / f"index{i}").mkdir()
        (tmp_path / f"index{i}" / "size").write_text(size + "\n", encoding="ascii")
    assert stages.largest_cache(tmp_path) == 32 << 20
    assert stages.largest_cache(tmp_path / "missing") == 0
