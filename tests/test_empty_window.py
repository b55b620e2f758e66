"""No silent empty brief (issue 16): a missing folder is exit 2, an empty window is said."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import yaml
from click.testing import CliRunner
from operate_fixtures import ROOT, make_config, smtp_section, smtp_server

from briefing.cli import cli
from briefing.sources.store import open_store

SEEDS = {"seeds": {"kind": "folder", "path": str(ROOT / "seeds")}}


def test_build_with_a_missing_articles_folder_is_exit_2_naming_it(tmp_path: Path) -> None:
    missing = tmp_path / "artcles"
    result = CliRunner().invoke(cli, ["build", "--date", "2024-01-19", "--articles",
                                      str(missing), "--output", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert result.stderr == f"error: {missing}: no such folder of articles\n"
    assert not (tmp_path / "out").exists()


def test_ingest_with_a_missing_source_folder_is_exit_2_naming_it(tmp_path: Path) -> None:
    sources = {**SEEDS, "desk": {"kind": "folder", "path": str(tmp_path / "desk")}}
    config = make_config(tmp_path / "config", smtp=None, sources=sources)
    result = CliRunner().invoke(cli, ["ingest", "--config", str(config)])
    assert result.exit_code == 2
    assert result.stderr == f"error: source 'desk': {tmp_path / 'desk'}: no such folder\n"


def test_build_of_an_empty_window_says_so_and_the_sitrep_says_no_articles(
        tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["build", "--date", "2023-06-01", "--articles",
                                      str(ROOT / "seeds"), "--output", str(tmp_path)])
    assert result.exit_code == 0
    assert result.stderr == ("WARNING: no article is dated in the window 2023-05-31 to "
                             "2023-06-01: the brief for 2023-06-01 is empty\n")
    brief = (tmp_path / "2023-06-01" / "brief.md").read_text("utf-8")
    assert "No articles in the period" in brief
    assert "no sources" not in brief
    full = CliRunner().invoke(cli, ["build", "--date", "2024-01-19", "--articles",
                                    str(ROOT / "seeds"), "--output", str(tmp_path)])
    assert (full.exit_code, full.stderr) == (0, "")
    assert "As of " in (tmp_path / "2024-01-19" / "brief.md").read_text("utf-8")


def test_run_on_an_empty_window_sends_nothing_and_exits_75(tmp_path: Path) -> None:
    with smtp_server() as (box, port):
        config = make_config(tmp_path / "config", smtp=smtp_section(port), sources=SEEDS)
        result = CliRunner().invoke(cli, ["run", "--date", "2023-06-01", "--config",
                                          str(config)])
    assert result.exit_code == 75
    assert result.stderr == (
        "error: no articles for the window 2023-05-31 to 2023-06-01: the sources that "
        "answered (seeds) had none dated in it; nothing built or sent (send_empty_brief: "
        "true in briefing.yaml sends an empty brief)\n")
    assert box.messages == []
    assert not (tmp_path / "output" / "2023-06-01").exists()
    with open_store(tmp_path / "output" / "briefing.db") as db:
        assert db.last_send(dt.date(2023, 6, 1)) is None


def test_send_empty_brief_sends_it_on_purpose(tmp_path: Path) -> None:
    with smtp_server() as (box, port):
        config = make_config(tmp_path / "config", smtp=smtp_section(port), sources=SEEDS)
        settings = yaml.safe_load((config / "briefing.yaml").read_text("utf-8"))
        settings["send_empty_brief"] = True
        (config / "briefing.yaml").write_text(yaml.safe_dump(settings), "utf-8")
        result = CliRunner().invoke(cli, ["run", "--date", "2023-06-01", "--config",
                                          str(config)])
    assert result.exit_code == 0, result.stderr
    assert len(box.messages) == 1
    assert "No articles in the period" in (
        tmp_path / "output" / "2023-06-01" / "brief.md").read_text("utf-8")


def test_send_empty_brief_must_be_true_or_false(tmp_path: Path) -> None:
    config = make_config(tmp_path / "config", smtp=None, sources=SEEDS)
    settings = yaml.safe_load((config / "briefing.yaml").read_text("utf-8"))
    settings["send_empty_brief"] = "yes please"
    (config / "briefing.yaml").write_text(yaml.safe_dump(settings), "utf-8")
    result = CliRunner().invoke(cli, ["check", "--config", str(config)])
    assert result.exit_code == 2
    assert "send_empty_brief: expected true or false" in result.stderr
