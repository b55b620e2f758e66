"""Issue 17, the build and mail side: one bad item or slow server never stops the day.

Each fault is played against the real thing where one runs on 127.0.0.1 (an SMTP server
that trickles, an HTTP server that hangs, a real SQLite file filled to its limit); the
deadlines are short so the suite stays fast. What is checked: the documented exit code,
a one-line message that names the cause, and nothing left in the temporary folder.
"""

from __future__ import annotations

import errno
import json
import os
import socket
import tempfile
import time
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from operate_fixtures import DAY, ROOT, make_config, smtp_section, web_server, write_brief
from pypdf import PdfReader
from test_smtp_faults import Scripted, ledger, scripted, send, setup

from briefing.build import build
from briefing.cli import _real_cause, cli, one_line
from briefing.config.settings import load_config
from briefing.deliver.operate import lock_path, run_lock
from briefing.errors import StoreError, TemporaryFailure
from briefing.models import NotRead
from briefing.render.bounds import LIMITS, MARKER, cut
from briefing.sources.store import open_store

# --- SMTP: a deadline on the whole conversation ---------------------------------------


class Trickle(Scripted):
    """A server that sends its banner (or its answer to RCPT) one byte every `every` s."""

    def __init__(self, where: str, every: float = 0.1) -> None:
        super().__init__()
        self.where, self.every = where, every

    def serve(self, conn: socket.socket) -> None:
        self.connections += 1
        reader = conn.makefile("rb")

        def trickle(line: bytes) -> None:
            for byte in line * 1000:
                conn.sendall(bytes([byte]))
                time.sleep(self.every)

        if self.where == "banner":
            trickle(b"2")  # "222..." never ends the line
        conn.sendall(b"220 trickle ESMTP\r\n")
        while line := reader.readline():
            verb = line[:4].upper()
            if verb in (b"EHLO", b"HELO"):
                conn.sendall(b"250 trickle\r\n")
            elif verb == b"RCPT" and self.where == "rcpt":
                trickle(b"2")
            elif verb == b"QUIT":
                conn.sendall(b"221 bye\r\n")
                return
            else:
                conn.sendall(b"250 OK\r\n")


@pytest.mark.parametrize("where", ["banner", "rcpt"])
def test_a_server_that_trickles_is_a_temporary_failure_at_the_deadline(
    tmp_path: Path, where: str
) -> None:
    server = Trickle(where)
    with scripted(server) as port:
        config = setup(tmp_path, port, timeout=1, deadline=0.8, retry_for=0)
        started = time.monotonic()
        with pytest.raises(TemporaryFailure) as err:
            send(config, tmp_path)
        took = time.monotonic() - started
    assert took < 5, took  # each byte came within the 1 s timeout: only the deadline stopped it
    assert str(err.value) == (
        "could not send the brief for 2024-01-19: the SMTP conversation took longer than its "
        "deadline (0.8 s, smtp.deadline): the server answers too slowly (tried 1 times over "
        "0 s); the next run tries again")
    assert ledger(tmp_path)[0] == "failed"  # nothing delivered: the next run sends it


def test_a_trickling_server_is_retried_within_retry_for_then_exit_75(tmp_path: Path) -> None:
    server = Trickle("banner")
    with scripted(server) as port:
        config = make_config(tmp_path / "config", smtp=smtp_section(
            port, timeout=1, deadline=0.5, retry_for=1, retry_wait=0.2))
        write_brief(tmp_path / "output")
        started = time.monotonic()
        result = CliRunner().invoke(cli, ["send", "--date", "2024-01-19", "--config",
                                          str(config)])
        took = time.monotonic() - started
    assert result.exit_code == 75, result.output
    assert "took longer than its deadline (0.5 s, smtp.deadline)" in result.output
    assert server.connections >= 2 and took < 6


# --- run_deadline ---------------------------------------------------------------------


def test_run_deadline_stops_a_run_held_by_a_slow_source_with_exit_75(tmp_path: Path) -> None:
    with web_server() as web:
        web.routes["/feed.xml"] = "hang"  # answers nothing, for as long as it likes
        sources = {"slow": {"kind": "feed", "url": web.url("/feed.xml"), "timeout": 60}}
        config = make_config(tmp_path / "config", smtp=smtp_section(1), sources=sources)
        data = yaml.safe_load((config / "briefing.yaml").read_text())
        (config / "briefing.yaml").write_text(yaml.safe_dump({**data, "run_deadline": 1}))
        log = tmp_path / "run.log"
        started = time.monotonic()
        result = CliRunner().invoke(cli, ["run", "--date", "2024-01-19", "--config",
                                          str(config), "--log-file", str(log)])
        took = time.monotonic() - started
    assert result.exit_code == 75, result.output
    assert took < 10
    message = ("error: the run took longer than its run_deadline (1 s, briefing.yaml) while "
               "ingesting source 'slow'; stopped there, the next run goes on")
    assert result.output == message + "\n"
    assert log.read_text(encoding="utf-8").rstrip("\n").endswith(message)  # --log-file too
    with run_lock(lock_path(load_config(config))):  # released
        pass


# --- bounds on what one item can cost ------------------------------------------------


def _article(folder: Path, name: str, title: str, body: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(f"---\ntitle: {json.dumps(title)}\ndate: 2024-01-19\n"
                               f"source: Wire\n---\n{body}", encoding="utf-8")


def test_a_4_mb_quote_and_a_huge_title_are_cut_in_the_brief_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    words = " ".join(f"word{i % 97}" for i in range(600_000))[:4_000_000]
    title = "Title " * 20_000
    _article(tmp_path / "articles", "huge.md", title,
             f"Chinese Foreign Ministry spokesperson Mao Ning said: \u201c{words}.\u201d\n")
    private_tmp = tmp_path / "tmp"
    private_tmp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(private_tmp))
    config = load_config(ROOT / "config")
    started = time.monotonic()
    result = build(config, DAY, article_dirs=(tmp_path / "articles",),
                   output_root=tmp_path / "out")
    took = time.monotonic() - started
    folder = tmp_path / "out" / "2024-01-19"
    brief = (folder / "brief.md").read_text(encoding="utf-8")
    assert len(brief) < 20_000 and MARKER in brief
    pages = len(PdfReader(folder / "brief.pdf").pages)
    assert pages <= 10, pages
    statements = json.loads((folder / "statements.json").read_text(encoding="utf-8"))
    longest = max(len(s["text"]) for s in statements["statements"])
    assert longest > 3_000_000  # statements.json keeps the whole statement
    assert list(private_tmp.iterdir()) == []  # WeasyPrint's font folder removed
    assert result.brief.not_read == ()
    print(f"4 MB quote: {took:.1f} s, {pages} pages")


def test_cut_stops_at_a_word_with_a_marker() -> None:
    assert cut("short", 10) == "short"
    assert cut("alpha beta gamma delta", 14) == "alpha beta…"
    assert cut("x" * 50, 10) == "x" * 9 + "…"
    assert LIMITS["text"] == 2_000 and LIMITS["title"] == 300


# --- no temporary folder; a full temporary folder is 73 -------------------------------


def test_a_build_leaves_nothing_in_the_temporary_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    private_tmp = tmp_path / "tmp"
    private_tmp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(private_tmp))
    build(load_config(ROOT / "config"), DAY, article_dirs=(ROOT / "seeds",),
          output_root=tmp_path / "out")
    assert list(private_tmp.iterdir()) == []


def test_a_full_temporary_folder_is_exit_73_naming_the_cause(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import weasyprint.text.fonts

    def full(prefix: str = "", **_: object) -> str:
        raise OSError(errno.ENOSPC, "No space left on device", f"/tmp/{prefix}x")

    monkeypatch.setattr(weasyprint.text.fonts, "mkdtemp", full)
    result = CliRunner().invoke(cli, ["build", "--date", "2024-01-19", "--config",
                                      str(ROOT / "config"), "--output", str(tmp_path)])
    assert result.exit_code == 73, result.output
    assert result.output == ("error: the disk is full: /tmp/weasyprint-x: No space left on "
                             "device (could not render the PDF for 2024-01-19: No space left "
                             "on device (/tmp/weasyprint-x))\n")
    assert not (tmp_path / "2024-01-19").exists()


# --- exit codes ----------------------------------------------------------------------


def test_a_store_held_by_a_hand_ingest_is_75_naming_the_holder(tmp_path: Path) -> None:
    config = make_config(tmp_path / "config", smtp=smtp_section(1))
    path = lock_path(load_config(config))
    with run_lock(path, "briefing ingest"):
        started = time.monotonic()
        result = CliRunner().invoke(cli, ["run", "--date", "2024-01-19", "--config",
                                          str(config)])
        again = CliRunner().invoke(cli, ["ingest", "--config", str(config)])
    assert result.exit_code == 75 and time.monotonic() - started < 10
    assert result.output == (f"error: another briefing run holds the lock ({path}): "
                             f"pid {os.getpid()}, briefing ingest\n")
    assert again.exit_code == 75 and "briefing ingest" in again.output


def test_a_full_store_is_73_with_the_real_cause_not_the_failed_rollback(
    tmp_path: Path,
) -> None:
    """SQLite's page limit stands in for a full disk: the same SQLITE_FULL, after which
    the store's clean-up fails with "cannot rollback - no transaction is active"."""
    with open_store(tmp_path / "b.db") as store:
        store.conn.execute("PRAGMA max_page_count = 20")
        with pytest.raises(StoreError) as err, store._write() as conn:
            conn.execute("CREATE TABLE filler (x)")
            conn.execute("INSERT INTO filler VALUES (randomblob(400000))")
    # The store itself names the cause: it rolls back only a transaction still open.
    assert "database or disk is full" in str(err.value)
    assert "cannot rollback" not in str(err.value)
    found = _real_cause(err.value)
    assert found is not None and found[0] == 73, found
    assert found[1].startswith("error: the disk is full: database or disk is full (")


def test_check_refuses_sizes_that_cannot_work(tmp_path: Path) -> None:
    config = make_config(tmp_path / "config", smtp=smtp_section(1))
    path = config / "briefing.yaml"
    data = yaml.safe_load(path.read_text())
    text = yaml.safe_dump({**data, "window_days": 10_000_000, "max_article_mb": 1e12},
                          sort_keys=False)
    path.write_text(text)
    result = CliRunner().invoke(cli, ["check", "--config", str(config)])
    assert result.exit_code == 2
    lines = result.output.splitlines()
    assert any(line.endswith("window_days: expected a whole number from 0 to 3660, got "
                             "10000000") and f"{path}:" in line for line in lines), lines
    assert any(line.endswith("max_article_mb: expected a number from 0.001 to 100, got "
                             "1000000000000.0") for line in lines), lines


# --- logging -------------------------------------------------------------------------


def test_messages_are_one_line_of_escaped_text() -> None:
    assert one_line("a.md\nERROR: forged") == "a.md\\nERROR: forged"
    assert one_line("caf\udce9.md") == "caf\\udce9.md"
    assert one_line("redirect 1\r\nredirect 2") == "redirect 1\\r\\nredirect 2"


def test_a_file_name_with_a_newline_or_bad_bytes_never_forges_or_breaks_the_log(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "bad\nERROR: forged.md").write_bytes(b"\xff\xfe not text")
    (folder / Path(b"caf\xe9.md".decode("utf-8", "surrogateescape"))).write_bytes(b"\xff")
    result = CliRunner().invoke(cli, ["build", "--date", "2024-01-19", "--config",
                                      str(ROOT / "config"), "--articles", str(folder),
                                      "--articles", str(ROOT / "seeds"),
                                      "--output", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert "Logging error" not in result.output and "Traceback" not in result.output
    warnings = [line for line in result.output.splitlines() if line.startswith("WARNING")]
    assert not any(line.startswith("ERROR: forged") for line in result.output.splitlines())
    assert any("bad\\nERROR: forged.md" in line for line in warnings), warnings
    assert any("caf\\udce9.md" in line for line in warnings), warnings
    brief = (tmp_path / "out" / "2024-01-19" / "brief.md").read_text(encoding="utf-8")
    assert "*Not read: 2 items could not be used.*" in brief


# --- the "not read" footnote ---------------------------------------------------------


def test_the_footnote_lists_skipped_items_escaped(tmp_path: Path) -> None:
    hostile = NotRead("wire", "[link](http://evil.example/) <b>x</b>",
                      "bad port in http://example.org:99999/x")
    result = build(load_config(ROOT / "config"), DAY, article_dirs=(ROOT / "seeds",),
                   output_root=tmp_path, not_read=(hostile,))
    folder = tmp_path / "2024-01-19"
    brief = (folder / "brief.md").read_text(encoding="utf-8")
    html = (folder / "brief.html").read_text(encoding="utf-8")
    assert "*Not read: 1 item could not be used.*" in brief
    assert "evil.example" in brief and "<b>" not in html and 'href="http://evil' not in html
    assert "Not read: 1 item could not be used." in html
    assert result.brief.not_read == (hostile,)
    assert "Not read" in " ".join(page.extract_text() for page in
                                  PdfReader(folder / "brief.pdf").pages)


def test_run_lists_what_ingest_skipped_in_the_brief(tmp_path: Path) -> None:
    from briefing.deliver.operate import not_read
    from briefing.sources.ingest import FAILED, IngestReport, SourceReport

    report = IngestReport((
        SourceReport("wire", "feed", "ok", warnings=("http://x.example/a: kept the summary",),
                     skipped=(NotRead("wire", "http://x.example:abc/", "bad port"),)),
        SourceReport("down", "feed", FAILED, error="connection refused"),
    ))
    assert not_read(report) == (
        NotRead("wire", "http://x.example:abc/", "bad port"),
        NotRead("down", "the whole source", "connection refused"),
    )
