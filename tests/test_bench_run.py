"""The benchmark end to end (benchmarks/run.py) on a small corpus built from the seeds."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import corpus, run  # noqa: E402


def small_corpus(folder: Path) -> Path:
    """Write the three corpus files, each record a seed paragraph run or two, numbered."""
    paragraphs = [p for seed in sorted((ROOT / "seeds").iterdir())
                  for p in seed.read_text(encoding="utf-8").split("\n\n")[1:] if p.strip()]
    folder.mkdir()
    for name in corpus.CORPUS_FILES.values():
        with (folder / name).open("w", encoding="utf-8") as out:
            for i in range(40):
                text = f"Report {i} of {name}.\n\n" + "\n\n".join(
                    paragraphs[(i + k) % len(paragraphs)] for k in range(3))
                out.write(json.dumps({"title": f"{name} {i}", "text": text}) + "\n")
    return folder


def test_the_benchmark_runs_every_stage_and_measures_growth_over_the_tenths(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFING_CORPUS", str(small_corpus(tmp_path / "corpus")))
    monkeypatch.setattr(run, "RESULTS", tmp_path / "results")
    assert run.main(["--sizes", "2,20", "--runs", "2", "--skip", "build,ingest,pdf",
                     "--jobs", "1", "--name", "small"]) == 0
    document = json.loads((tmp_path / "results" / "small.json").read_text(encoding="utf-8"))
    rows = {(s["stage"], s["articles"]): s for s in document["stages"]}
    selection = rows[("selection", 20)]
    assert selection["notes"]["followed_statements"] > 0
    assert len(selection["cpu_runs_s"]) == 2 and len(selection["tenths_cpu_s"]) == 2
    assert selection["growth_x10"] == pytest.approx(
        10 * min(selection["cpu_runs_s"]) / min(selection["tenths_cpu_s"]), rel=1e-2)
    assert selection["growth_x10_vs_sample"] is not None
    assert rows[("selection", 2)]["tenths_cpu_s"] == []
    assert rows[("load files", 20)]["notes"]["read"] == 20
    assert document["runs"] == 2 and document["machine"]["cores"] >= 1
    assert ("render PDF", 20) not in rows  # --skip pdf
    met = {t["target"].split(" (")[0]: t["met"] for t in document["targets"]}
    assert met["PDF, 30 actors x 150 statements"] is None  # not measured
    assert met["linear growth, every stage"] is not None


def test_a_missing_corpus_is_named_and_exits_2(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("BRIEFING_CORPUS", str(tmp_path / "nowhere"))
    assert run.main(["--sizes", "2"]) == 2
    assert f"the corpus is missing: expected {tmp_path / 'nowhere'}" in capsys.readouterr().err
