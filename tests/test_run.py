"""`briefing ingest`, `send` and `run` through the CLI and as real processes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from io import BytesIO
from pathlib import Path

import pytest
from click.testing import CliRunner
from operate_fixtures import (
    DAY,
    ROOT,
    make_config,
    smtp_section,
    smtp_server,
    web_server,
    write_brief,
)
from pypdf import PdfReader

from briefing.cli import cli
from briefing.sources.store import open_store

HERE = Path(__file__).resolve().parent
SEEDS = {"seeds": {"kind": "folder", "path": str(ROOT / "seeds")}}


def briefing(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "briefing", *args], cwd=cwd, text=True,
                          capture_output=True, timeout=300, env=_env())


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT)}


def wait_for(condition: object, what: str) -> None:
    """Poll until `condition()` holds; a generous bound only stops a hung test."""
    deadline = time.monotonic() + 120
    while not condition():  # type: ignore[operator]
        assert time.monotonic() < deadline, f"gave up waiting for {what}"
        time.sleep(0.05)


def test_ingest_reports_each_source_and_exits_1_if_any_failed(tmp_path: Path) -> None:
    sources = {**SEEDS, "lost": {"kind": "feed", "file": str(tmp_path / "lost.xml")}}
    config = make_config(tmp_path / "config", smtp=None, sources=sources)
    result = CliRunner().invoke(cli, ["ingest", "--config", str(config)])
    assert result.exit_code == 1
    assert result.stdout == "seeds: 2 new, 0 merged, 0 known\n"
    assert result.stderr == (f"lost: failed: {tmp_path / 'lost.xml'}: cannot read: No such "
                             "file or directory\n")
    config = make_config(tmp_path / "config", smtp=None, sources=SEEDS)
    again = CliRunner().invoke(cli, ["ingest", "--config", str(config)])
    assert (again.exit_code, again.stdout) == (0, "seeds: 0 new, 0 merged, 2 known\n")


def test_send_exit_codes(tmp_path: Path) -> None:
    runner = CliRunner()
    with smtp_server() as (box, port):
        config = str(make_config(tmp_path / "config", smtp=smtp_section(port)))
        write_brief(tmp_path / "output")
        box.refuse = {"analyst@example.org": "550 5.1.1 no such user"}
        refused = runner.invoke(cli, ["send", "--date", "2024-01-19", "--config", config])
        box.refuse = {}
        first = runner.invoke(cli, ["send", "--date", "2024-01-19", "--config", config])
        second = runner.invoke(cli, ["send", "--date", "2024-01-19", "--config", config])
        forced = runner.invoke(cli, ["send", "--date", "2024-01-19", "--force", "--config", config])
    assert (refused.exit_code, refused.stderr) == (1, (
        "error: the SMTP server refused the brief for 2024-01-19; refused: analyst@example.org "
        "(550 5.1.1 no such user)\n"))
    assert first.exit_code == 0 and first.stdout.startswith("sent the brief for 2024-01-19 to 1 "
                                                            "recipients (<briefing.2024-01-19.1.")
    assert second.exit_code == 0 and "; nothing sent; use --force to send it again\n" in (
        second.stdout)
    assert forced.exit_code == 0 and "(<briefing.2024-01-19.2." in forced.stdout
    assert len(box.messages) == 2
    config = str(make_config(tmp_path / "config", smtp=smtp_section(port, retry_for=0)))
    down = runner.invoke(cli, ["send", "--date", "2024-01-19", "--force", "--config", config])
    assert down.exit_code == 75
    assert down.stderr.startswith("error: could not send the brief for 2024-01-19: the SMTP "
                                  "server refused the connection")


def test_run_without_mail_settings_is_a_config_error(tmp_path: Path) -> None:
    config = make_config(tmp_path / "config", smtp=None, sources=SEEDS)
    result = CliRunner().invoke(cli, ["run", "--config", str(config)])
    assert result.exit_code == 78
    assert result.stderr == (f"{config / 'briefing.yaml'}:1:1: smtp: no smtp section; add one "
                             "(see the comments in the shipped briefing.yaml) to send\n")
    assert not (tmp_path / "output" / "briefing.db").exists()  # nothing done


def test_a_build_that_cannot_write_its_output_exits_73_and_sends_nothing(tmp_path: Path) -> None:
    (tmp_path / "output").write_text("a file where the output folder should be")
    with smtp_server() as (box, port):
        config = make_config(tmp_path / "config", smtp=smtp_section(port), sources=SEEDS,
                             store=tmp_path / "store" / "briefing.db")
        result = CliRunner().invoke(
            cli, ["run", "--date", "2024-01-19", "--config", str(config)])
    assert result.exit_code == 73  # EX_CANTCREAT: an output file could not be written
    assert result.stderr.startswith("error: ")
    assert box.messages == []
    with open_store(tmp_path / "store" / "briefing.db") as db:
        assert db.last_send(DAY) is None


def test_run_builds_and_sends_quietly_once(tmp_path: Path) -> None:
    log = tmp_path / "briefing.log"
    with smtp_server() as (box, port):
        config = str(make_config(tmp_path / "config", smtp=smtp_section(port), sources=SEEDS))
        first = briefing("run", "--date", "2024-01-19", "--config", config, "--log-file",
                         str(log), cwd=tmp_path)
        second = briefing("run", "--date", "2024-01-19", "--config", config, cwd=tmp_path)
    assert (first.returncode, first.stdout, first.stderr) == (0, "", "")
    assert (second.returncode, second.stdout, second.stderr) == (0, "", "")
    (msg,) = box.parsed()
    pdf = msg.get_payload()[1].get_content()  # type: ignore[index]
    text = "".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages)
    assert "constructive role" in text
    assert "sent <briefing.2024-01-19.1." in log.read_text()


def test_two_overlapping_runs(tmp_path: Path) -> None:
    fetched = threading.Event()
    release = threading.Event()
    feed = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
            b"<item><title>Held</title><pubDate>Fri, 19 Jan 2024 05:00:00 GMT</pubDate>"
            b"<description>China said it was willing to help.</description></item>"
            b"</channel></rss>")

    def slow_feed(headers: object) -> tuple[int, dict[str, str], bytes]:
        fetched.set()
        release.wait(120)
        return 200, {}, feed

    with web_server() as web, smtp_server() as (box, port):
        web.routes["/feed.xml"] = slow_feed
        sources = {**SEEDS, "wire": {"kind": "feed", "url": web.url("/feed.xml"), "timeout": 150}}
        config = str(make_config(tmp_path / "config", smtp=smtp_section(port), sources=sources))
        args = [sys.executable, "-m", "briefing", "run", "--date", "2024-01-19", "--config", config]
        first = subprocess.Popen(args, cwd=tmp_path, text=True, stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, env=_env())
        try:
            wait_for(fetched.is_set, "the first run to reach the feed")  # it holds the lock
            second = briefing("run", "--date", "2024-01-19", "--config", config, cwd=tmp_path)
        finally:
            release.set()
        out, err = first.communicate(timeout=300)
    lock = tmp_path / "output" / "briefing.db.lock"
    assert (second.returncode, second.stdout, second.stderr) == (
        75, "", f"error: another briefing run holds the lock ({lock}): pid {first.pid}, "
        "briefing run\n")
    assert (first.returncode, out, err) == (0, "", "")
    assert len(box.messages) == 1


def run_killed_at(tmp_path: Path, target: str, pause_at: int, config: str) -> None:
    """Start `briefing run`, let it reach call `pause_at` of `target`, and SIGKILL it there."""
    paused = tmp_path / "paused"
    paused.unlink(missing_ok=True)
    killed = subprocess.Popen(
        [sys.executable, str(HERE / "run_paused.py"), target, str(pause_at), str(paused), "run",
         "--date", "2024-01-19", "--config", config],
        cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=_env())
    try:
        wait_for(lambda: paused.exists() or killed.poll() is not None, f"{target} #{pause_at}")
        assert paused.exists(), killed.communicate()
    finally:
        killed.send_signal(signal.SIGKILL)
        killed.wait(timeout=60)


@pytest.mark.parametrize(("target", "pause_at"), [
    ("briefing.sources.store.Store._add", 2),  # mid-ingest, inside its transaction
    ("os.replace", 1),  # the build wrote its temporary files, renamed none
    ("os.replace", 3),  # the build renamed two of four files
    ("briefing.sources.store.Store.record_send", 1),  # built; the ledger not yet written
    ("smtplib.SMTP.mail", 1),  # "sending"; connected to the server, MAIL FROM not sent
    ("briefing.sources.store.Store.record_send", 2),  # "sending"; the message sent without its "."
])
def test_a_killed_run_is_completed_by_the_next_and_sends_once(tmp_path: Path, target: str,
                                                              pause_at: int) -> None:
    with smtp_server() as (box, port):
        config = str(make_config(tmp_path / "config", smtp=smtp_section(port), sources=SEEDS))
        run_killed_at(tmp_path, target, pause_at, config)
        assert box.messages == []
        again = briefing("run", "--date", "2024-01-19", "--config", config, cwd=tmp_path)
        third = briefing("run", "--date", "2024-01-19", "--config", config, cwd=tmp_path)
    assert (again.returncode, again.stderr) == (0, "")
    assert (third.returncode, third.stderr) == (0, "")
    assert len(box.messages) == 1
    folder = tmp_path / "output" / "2024-01-19"
    assert len(PdfReader(folder / "brief.pdf").pages) >= 1
    with open_store(tmp_path / "output" / "briefing.db") as db:
        assert db.integrity_check() == ()
        record = db.last_send(DAY)
    assert record is not None and record.state == "sent"


def test_a_run_killed_after_the_server_took_the_message_never_sends_it_twice(
        tmp_path: Path) -> None:
    with smtp_server() as (box, port):
        config = str(make_config(tmp_path / "config", smtp=smtp_section(port), sources=SEEDS))
        # Killed after the server accepted the message, before "sent" was recorded.
        run_killed_at(tmp_path, "briefing.sources.store.Store.record_send", 3, config)
        again = briefing("run", "--date", "2024-01-19", "--config", config, cwd=tmp_path)
        with open_store(tmp_path / "output" / "briefing.db") as db:
            record = db.last_send(DAY)
        forced = briefing("send", "--date", "2024-01-19", "--force", "--config", config,
                          cwd=tmp_path)
    assert record is not None and record.state == "unknown"
    assert again.returncode == 1
    assert again.stderr == (
        f"error: the brief for 2024-01-19 ({record.message_id}) was handed to the SMTP server "
        "but not confirmed (interrupted); it was probably delivered. Not sending it again, so "
        "nobody gets it twice: ask a recipient, and if it did not arrive run "
        "`briefing send --date 2024-01-19 --force`\n")
    assert forced.returncode == 0
    assert len(box.messages) == 2  # the one the killed run delivered, and the forced one


def test_build_reads_the_store_as_well_as_folders(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    feed = tmp_path / "feed.xml"
    feed.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Frontier Wire</title><item>'
        "<title>Islamabad warns Tehran</title><link>https://wire.example/1</link>"
        "<pubDate>Fri, 19 Jan 2024 04:00:00 GMT</pubDate><description>Pakistan's Foreign "
        "Office spokesperson Mumtaz Zahra Baloch said on Friday: \u201cPakistan will not "
        "tolerate any violation of its sovereignty under any pretext.\u201d</description>"
        "</item></channel></rss>", encoding="utf-8")
    sources = {**SEEDS, "wire": {"kind": "feed", "file": str(feed)}}
    config = str(make_config(tmp_path / "config", smtp=None, sources=sources))
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    assert runner.invoke(cli, ["ingest", "--config", config]).exit_code == 0
    result = runner.invoke(cli, ["build", "--date", "2024-01-19", "--config", config])
    assert result.exit_code == 0, result.stderr
    brief = (tmp_path / "output" / "2024-01-19" / "brief.md").read_text(encoding="utf-8")
    assert "will not tolerate any violation of its sovereignty" in brief  # from the store
    assert "constructive role" in brief  # from seeds/, read both as a folder and from the store
    sources_listed = [line for line in brief.splitlines() if line[:3] in ("1. ", "2. ", "3. ",
                                                                        "4. ", "5. ")]
    assert len(sources_listed) == 3  # two seeds, each once though read twice, and the wire
    assert sources_listed[2].startswith("3. **Islamabad warns Tehran** — Frontier Wire")
