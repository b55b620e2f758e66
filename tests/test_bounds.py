"""Bounds: an oversized article is truncated with a warning; big inputs stream in bounded memory.

Memory is measured with tracemalloc (Python allocations), never with a clock, so the
tests are as reliable on a slow machine as on a fast one. Regular-expression cost is
shown by benchmarks/regex_linearity.py, not here.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from briefing.models import Article
from briefing.sources.files import MAX_ARTICLE_BYTES, Skipped, iter_file

MB = 1_000_000
ROOT = Path(__file__).resolve().parent.parent


def _peak(work: Callable[[], object]) -> int:
    """Return the peak of Python allocations (bytes) while `work` runs."""
    tracemalloc.start()
    try:
        work()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_the_default_limit_is_a_few_megabytes() -> None:
    assert 1 * MB <= MAX_ARTICLE_BYTES <= 10 * MB


def test_an_article_over_the_limit_is_truncated_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text("date 2024-01-19 " + "The talks went on. " * 1000, "utf-8")
    warning, article = iter_file(path, max_bytes=1000)
    assert warning == Skipped(str(path), "truncated to the first 1000 bytes", used=True)
    assert isinstance(article, Article)
    assert article.text.startswith("The talks went on. The talks")
    assert len(article.text.encode("utf-8")) <= 1000 - len("date 2024-01-19 ")


def test_truncation_that_splits_a_character_keeps_the_article(tmp_path: Path) -> None:
    path = tmp_path / "accents.txt"
    path.write_text("date 2024-01-19 " + "é" * 1000, "utf-8")  # two bytes each
    warning, article = iter_file(path, max_bytes=1001)  # cuts the 493rd é in half
    assert warning.reason == "truncated to the first 1001 bytes"  # type: ignore[union-attr]
    assert isinstance(article, Article) and article.text == "é" * 492


def test_truncation_does_not_excuse_bad_bytes_before_the_cut(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes(b"date 2024-01-19 caf\xe9 " + b"x" * 2000)
    [warning] = iter_file(path, max_bytes=1000)
    assert warning == Skipped(str(path), "skipped: line 1: bytes that are not UTF-8 text; "
                                         "save the file as UTF-8")


def test_an_oversized_file_costs_memory_by_the_limit_not_by_its_size(tmp_path: Path) -> None:
    peaks = []
    for megabytes in (4, 40):
        path = tmp_path / f"huge{megabytes}.txt"
        with path.open("wb") as handle:
            handle.write(b"date 2024-01-19 ")
            for _ in range(megabytes):
                handle.write(b"word " * 200_000)
        peaks.append(_peak(lambda: list(iter_file(path, max_bytes=2 * MB))))  # noqa: B023
    assert peaks[1] < peaks[0] * 1.1, f"peaks {peaks[0] / MB:.1f} MB, {peaks[1] / MB:.1f} MB"


def test_a_jsonl_line_over_the_limit_is_skipped_without_holding_it(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    good = json.dumps({"date": "2024-01-19", "text": "After the long line."})
    with path.open("wb") as handle:
        handle.write(b'{"date": "2024-01-19", "text": "')
        for _ in range(30):
            handle.write(b"x" * MB)  # one 30 MB line
        handle.write(b'"}\n' + good.encode("utf-8") + b"\n")
    items: list[object] = []
    peak = _peak(lambda: items.extend(iter_file(path, max_bytes=MB)))
    assert items[0] == Skipped(f"{path}:1", f"skipped: line is over {MB} bytes")
    assert isinstance(items[1], Article) and items[1].text == "After the long line."
    assert peak < 6 * MB, f"peak {peak / MB:.1f} MB"


def test_a_jsonl_file_without_newlines_is_one_long_line(tmp_path: Path) -> None:
    path = tmp_path / "one.jsonl"
    path.write_bytes(b"[" * (3 * 4096 + 7))
    assert list(iter_file(path, max_bytes=4096)) == [
        Skipped(f"{path}:1", "skipped: line is over 4096 bytes")
    ]


def test_a_folder_of_20000_files_streams_in_bounded_memory(tmp_path: Path) -> None:
    body = "Officials said the talks would resume next week. " * 20  # 1 KB each, 20 MB in all
    for n in range(20_000):
        (tmp_path / f"{n:05d}.txt").write_text(f"date 2024-01-19 {n} {body}", "utf-8")
    # A fresh interpreter: threads other tests leave behind would count in this one's peak.
    script = (
        "import sys, tracemalloc\n"
        "from pathlib import Path\n"
        "from briefing.models import Article\n"
        "from briefing.sources.files import iter_folder\n"
        "tracemalloc.start()\n"
        "count = sum(isinstance(item, Article)\n"
        "            for item in iter_folder(Path(sys.argv[1]), max_bytes=64 * 1024))\n"
        "print(count, tracemalloc.get_traced_memory()[1])\n"
    )
    done = subprocess.run([sys.executable, "-c", script, str(tmp_path)], capture_output=True,
                          text=True, check=True, cwd=ROOT)
    count, peak = (int(x) for x in done.stdout.split())
    assert count == 20_000
    # Holding the articles would take over 20 MB; the sorted file names take about 1.5 MB.
    assert peak < 4 * MB, f"peak {peak / MB:.1f} MB"


def test_long_runs_of_white_space_in_a_quote_render_in_linear_time() -> None:
    """Found by benchmarks/regex_linearity.py: `\\s*\\n` searched over 200,000 spaces tried
    every start (quadratic: hours); a match now starts only where white space starts."""
    from briefing.render.markdown import md, paragraphs

    run = " " * 100_000
    assert md(f"We{run}\n{run}refuse.") == "We refuse."
    assert paragraphs(f"One.{run}\n{run}\n{run}Two.") == ["One.", "Two."]
