"""The command line: build, check, extract; exit codes and messages, word for word."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import config_with_russia_emphasis

from briefing import __version__
from briefing.cli import cli

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
CONFIG = ROOT / "config"


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def bad_config(tmp_path: Path) -> Path:
    return config_with_russia_emphasis(tmp_path, "high")


def where(folder: Path, key: str) -> tuple[int, int]:
    """Return the 1-based line and column of the value of `key` under the russia actor."""
    lines = (folder / "actors.yaml").read_text("utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line == "  russia:")
    line = next(i for i in range(start, len(lines)) if lines[i].strip().startswith(f"{key}:"))
    return line + 1, lines[line].index(":") + 3


def test_build_prints_the_paths_written(tmp_path: Path) -> None:
    code, out, err = invoke("build", "--date", "2024-01-19", "--output", str(tmp_path),
                            "--config", str(CONFIG), "--articles", str(SEEDS))
    assert code == 0, err
    folder = tmp_path / "2024-01-19"
    assert out.splitlines() == [str(folder / name) for name in
                                ("brief.md", "brief.html", "brief.pdf", "statements.json")]
    assert err == ""


def test_build_verbose_says_what_each_step_took(tmp_path: Path) -> None:
    code, _, err = invoke("build", "-v", "--date", "2024-01-19", "--output", str(tmp_path),
                          "--config", str(CONFIG), "--articles", str(SEEDS))
    assert code == 0, err
    steps = [line for line in err.splitlines() if line.startswith("INFO: ")]
    assert [re.sub(r"\d+(\.\d+)?", "N", line.replace(str(tmp_path), "OUT"))
            for line in steps] == [
        "INFO: read N articles in the window (N s)",
        "INFO: extracted, selected and analysed: N actor sections (N s)",
        "INFO: rendered Markdown, HTML and statements.json (N s)",
        "INFO: rendered the PDF: N bytes (N s)",
        "INFO: wrote OUT/N-N-N (N s)",
        "INFO: refreshed OUT/index.html (N s)",
    ]


def test_bad_config_is_exit_2_with_file_line_column_and_nothing_written(tmp_path: Path) -> None:
    folder = bad_config(tmp_path)
    out_dir = tmp_path / "out"
    code, out, err = invoke("build", "--date", "2024-01-19", "--config", str(folder),
                            "--output", str(out_dir))
    line, col = where(folder, "emphasis")
    assert code == 2
    assert err == (f"{folder / 'actors.yaml'}:{line}:{col}: actors.russia.emphasis: "
                   "expected a number >= 0, got 'high'\n")
    assert out == ""
    assert not out_dir.exists()


def test_check_summarises_and_reports_problems(tmp_path: Path) -> None:
    code, out, err = invoke("check", "--config", str(CONFIG))
    assert code == 0, err
    assert "china" in out and "Mao Ning" not in err
    code, out, err = invoke("check", "--config", str(bad_config(tmp_path)))
    assert code == 2
    assert err.endswith("actors.russia.emphasis: expected a number >= 0, got 'high'\n")


def _articles_with_a_bad_file(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    shutil.copytree(SEEDS, folder)
    (folder / "undated.txt").write_text("No date line here.", "utf-8")
    return folder


def test_unusable_article_warns_and_strict_makes_it_exit_2(tmp_path: Path) -> None:
    folder = _articles_with_a_bad_file(tmp_path)
    reason = (f"{folder / 'undated.txt'}: skipped: no date: start the file with 'date "
              "YYYY-MM-DD' or give front matter with 'date:'")
    code, out, err = invoke("build", "--date", "2024-01-19", "--articles", str(folder),
                            "--output", str(tmp_path / "o1"))
    assert code == 0
    assert err == f"WARNING: {reason}\n"
    code, out, err = invoke("build", "--date", "2024-01-19", "--articles", str(folder),
                            "--output", str(tmp_path / "o2"), "--strict")
    assert code == 2
    assert err == f"error: {reason}; --strict stops on any unusable article\n"
    assert not (tmp_path / "o2").exists()


def test_unwritable_output_is_exit_73_without_traceback(tmp_path: Path) -> None:
    (tmp_path / "2024-01-19").write_text("a file where the date folder should be", "utf-8")
    code, _, err = invoke("build", "--date", "2024-01-19", "--output", str(tmp_path))
    assert code == 73
    assert err.startswith("error: cannot ")
    assert "Traceback" not in err


def test_extract_writes_one_line_per_article_and_names_bad_lines(tmp_path: Path) -> None:
    records = tmp_path / "in.jsonl"
    records.write_text(
        json.dumps({"id": "a", "text": '"We will respond," the minister said.'}) + "\n"
        + "{oops\n" + json.dumps({"id": "b", "text": "Nothing said here."}) + "\n"
        + json.dumps({"text": "No id."}) + "\n", "utf-8")
    code, out, err = invoke("extract", str(records))
    assert code == 2
    first, second = (json.loads(line) for line in out.splitlines())
    assert first["id"] == "a" and second == {"id": "b", "statements": []}
    [statement] = first["statements"]
    assert statement["kind"] == "quote" and statement["text"] == "We will respond"
    assert statement["speaker"] == "the minister"
    assert err.splitlines() == [
        f"{records}:2: skipped: Expecting property name enclosed in double quotes: line 1 "
        "column 2 (char 1)",
        f'{records}:4: skipped: expected a JSON object with "id" and a "text" string',
    ]


def test_version_and_python_dash_m() -> None:
    code, out, _ = invoke("--version")
    assert (code, out) == (0, f"briefing, version {__version__}\n")
    done = subprocess.run([sys.executable, "-m", "briefing", "--help"], capture_output=True,
                          text=True, check=False)
    assert done.returncode == 0
    assert "Exit codes:" in done.stdout and "75" in done.stdout


@pytest.mark.parametrize("verbose", [False, True])
def test_traceback_only_with_verbose(tmp_path: Path, verbose: bool) -> None:
    (tmp_path / "2024-01-19").write_text("a file where the date folder should be", "utf-8")
    args = ["build", "--date", "2024-01-19", "--output", str(tmp_path)] + (["-v"] if verbose
                                                                            else [])
    code, _, err = invoke(*args)
    assert code == 73
    assert ("Traceback" in err) is verbose


def test_check_validates_sources_yaml_too(tmp_path: Path) -> None:
    folder = tmp_path / "config"
    shutil.copytree(CONFIG, folder)
    code, out, err = invoke("check", "--config", str(folder))
    assert code == 0, err
    assert out.splitlines()[-1] == "sources.yaml: 1 sources (1 folder)"
    (folder / "sources.yaml").write_text(
        "sources:\n  seeds:\n    kind: folder\n    path: seeds\n    colour: red\n", "utf-8")
    code, out, err = invoke("check", "--config", str(folder))
    assert code == 2 and out == ""
    assert err == (f"{folder / 'sources.yaml'}:5:5: sources.seeds.colour: unknown key; expected "
                   "one of: kind, path, url, file, timeout, retries, retry_wait, deadline, "
                   "full_text, private_links\n")
    (folder / "sources.yaml").unlink()
    code, out, _ = invoke("check", "--config", str(folder))
    assert code == 0
    assert out.splitlines()[-1] == ("sources.yaml: none (only `briefing ingest` and "
                                    "`briefing run` need it)")


def _run_at_a_terminal(args: list[str], cwd: Path) -> str:
    """Run briefing with stdout on a pseudo-terminal; return what it wrote there."""
    import os
    import pty

    main, child = pty.openpty()
    done = subprocess.run([sys.executable, "-m", "briefing", *args], stdout=child,
                          stderr=subprocess.PIPE, cwd=cwd, check=False, timeout=300)
    os.close(child)
    chunks = []
    while True:
        try:
            chunk = os.read(main, 65536)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(main)
    assert done.returncode == 0, done.stderr
    return b"".join(chunks).decode("utf-8", "replace")


def test_a_big_build_shows_a_bar_at_a_terminal_and_nothing_in_a_pipe(tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    lines = [json.dumps({"date": "2024-01-19", "text": f"Report {n}: the talks went on."})
             for n in range(1200)]
    (articles / "many.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    args = ["build", "--date", "2024-01-19", "--articles", str(articles), "--config", str(CONFIG),
            "--jobs", "1"]
    shown = _run_at_a_terminal([*args, "--output", str(tmp_path / "tty")], ROOT)
    assert "extract" in shown and "100%" in shown
    piped = subprocess.run([sys.executable, "-m", "briefing", *args, "--output",
                            str(tmp_path / "pipe")], capture_output=True, text=True, cwd=ROOT,
                           check=True)
    assert piped.stdout.splitlines() == [str(tmp_path / "pipe" / "2024-01-19" / name) for name in
                                         ("brief.md", "brief.html", "brief.pdf",
                                          "statements.json")]


def test_ingest_shows_a_bar_at_a_terminal(tmp_path: Path) -> None:
    folder = tmp_path / "config"
    shutil.copytree(CONFIG, folder)
    (folder / "sources.yaml").write_text(
        f"sources:\n  seeds:\n    kind: folder\n    path: {SEEDS}\n", "utf-8")
    shown = _run_at_a_terminal(["ingest", "--config", str(folder)], tmp_path)
    assert "ingest" in shown and "100%" in shown
    assert (tmp_path / "output" / "briefing.db").is_file()
