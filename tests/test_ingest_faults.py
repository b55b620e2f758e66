"""Ingest under hostile input (issue 17): one bad entry, file or server never stops the day.

Real servers on 127.0.0.1: an HTTP server for feeds and pages, and a trickling one that
sends a byte at a time. Each test shows the other sources still read, and the CLI tests
the documented exit code and that nothing is left in the temporary folder.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import os
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from operate_fixtures import ROOT, Web, make_config, smtp_section, smtp_server, web_server

from briefing.config.operations import Source
from briefing.models import NotRead
from briefing.sources import feeds, http
from briefing.sources.files import iter_folder
from briefing.sources.ingest import FAILED, OK, ingest
from briefing.sources.store import open_store
from briefing.sources.urls import canonical_url

NOW = dt.datetime(2024, 1, 19, 5, 30, tzinfo=dt.UTC)
SEEDS = Source("seeds", "folder", str(ROOT / "seeds"), None, 1.0, 0, 0.0)
GOOD_RSS = b"""<?xml version="1.0"?>
<rss version="2.0"><channel><title>Wire</title><link>http://example.org/</link>
<description>d</description>
<item><title>China offers to mediate</title><link>http://example.org/china</link>
<description>China said it was willing to play a constructive role.</description></item>
</channel></rss>"""


def atom(*entries: tuple[str, str, str]) -> bytes:
    """An Atom feed of (title, link, updated) entries, each with a sentence of text."""
    body = "".join(
        f'<entry><title>{title}</title><id>urn:{n}</id><link href="{link}"/>'
        f"<updated>{updated}</updated><summary>{title} said something today.</summary></entry>"
        for n, (title, link, updated) in enumerate(entries))
    return (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            f"<title>Hostile</title><id>urn:x</id>{body}</feed>").encode()


def feed(name: str, url: str, **kw: object) -> Source:
    return Source(name=name, kind="feed", path=None, url=url, timeout=kw.pop("timeout", 2.0),
                  retries=0, retry_wait=0.0, **kw)  # type: ignore[arg-type]


@pytest.fixture
def web() -> Iterator[Web]:
    with web_server() as server:
        yield server


# --- 1. URLs and dates that do not parse ---

BAD_URLS = ("http://example.org:99999/x", "http://example.org:65536/", "http://example.org:abc/",
            "http://example.org:-1/", "http://[::1/x", "http://[example.org/", "https://]/")


@pytest.mark.parametrize("url", BAD_URLS)
def test_a_url_that_does_not_parse_has_no_canonical_form(url: str) -> None:
    assert canonical_url(url) is None
    with pytest.raises(http.FetchError, match="not a valid address; not fetched"):
        http.fetch(url, timeout=1.0)


def test_canonical_url_keeps_ipv6_brackets() -> None:
    assert canonical_url("http://[::1]:8080/x#y") == "http://[::1]:8080/x"


BAD_DATES = ("9999-12-31T23:59:59-01:00", "0001-01-01T00:00:00+01:00", "1899-12-31T12:00:00Z",
             "2101-01-01T00:00:00Z", "yesterday")


@pytest.mark.parametrize("date", BAD_DATES)
def test_an_impossible_feed_date_counts_as_no_date(date: str) -> None:
    parsed = feeds.parse_feed(atom(("Minister", "http://example.org/a", date)), source="h",
                              fetched=NOW)
    (article,) = parsed.articles
    assert (article.date, article.date_from_fetch) == (NOW.date(), True)
    assert [(s.origin, s.reason, s.used) for s in parsed.skipped] == [(
        "entry 1 'Minister'", f"date {date!r} is not a date between 1900 and 2100: the fetch "
        "date stands in", True)]


def test_an_entry_that_raises_is_skipped_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    real = feeds._as_text

    def fragile(value: str, kind: str) -> str:
        if "Boom" in value:
            raise ValueError("something inside the entry")
        return real(value, kind)

    monkeypatch.setattr(feeds, "_as_text", fragile)
    parsed = feeds.parse_feed(atom(("Boom", "http://example.org/b", "2024-01-18T00:00:00Z"),
                                   ("Calm", "http://example.org/c", "2024-01-18T00:00:00Z")),
                              source="h", fetched=NOW)
    assert [a.title for a in parsed.articles] == ["Calm"]
    assert [str(s) for s in parsed.skipped] == [
        "entry 1 'Boom': skipped: something inside the entry"]


def test_hostile_entries_and_files_never_stop_the_ingest(web: Web, tmp_path: Path,
                                                         caplog: pytest.LogCaptureFixture) -> None:
    page = web.url("/page.html")
    web.routes["/hostile.xml"] = (200, {}, atom(
        ("Port", "http://example.org:99999/x", "2024-01-18T10:00:00Z"),
        ("Letters", "http://example.org:abc/y", "2024-01-18T10:00:00Z"),
        ("Bracket", "http://[::1/z", "2024-01-18T10:00:00Z"),
        ("Future", page, "9999-12-31T23:59:59-01:00"),
        ("Past", page + "?2", "0001-01-01T00:00:00+01:00"),
        ("Empty\nline", "http://example.org/e", "2024-01-18T10:00:00Z"),
    ).replace(b"<summary>Empty\nline said something today.</summary>", b""))
    web.routes["/good.xml"] = (200, {}, GOOD_RSS)
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.md").write_text("---\ndate: 2024-01-18\nurl: http://example.org:99999/x\n---\n"
                                 "Kept, without its link.\n")
    (folder / "b.md").write_text("---\ndate: 0001-01-01T00:00:00+01:00\n---\nToo old.\n")
    (folder / "c.md").write_text("---\ndate: 9999-12-31T23:59:59-01:00\n---\nToo new.\n")
    (folder / "d.txt").write_text("date 2024-01-18\nAn ordinary article.\n")
    sources = [feed("hostile", web.url("/hostile.xml"), full_text=True, private_links=True),
               Source("files", "folder", str(folder), None, 1.0, 0, 0.0),
               feed("good", web.url("/good.xml")), SEEDS]
    with open_store(tmp_path / "b.db") as db:
        report = ingest(sources, db, now=NOW)
        stored = {a.title: (a.date.isoformat(), a.url)
                  for a in db.articles_between(dt.date(1900, 1, 1), dt.date(2100, 1, 1))}
    assert [r.line() for r in report.sources] == [
        "hostile: 5 new, 0 merged, 0 known, 1 skipped, 7 warnings",  # and 2 pages: 404
        "files: 2 new, 0 merged, 0 known, 2 skipped, 1 warnings",
        "good: 1 new, 0 merged, 0 known",
        "seeds: 2 new, 0 merged, 0 known",
    ]
    assert report.skipped == (
        NotRead("hostile", "entry 6 'Empty line'", "no text"),
        NotRead("files", str(folder / "b.md"), "date '0001-01-01 00:00:00+01:00' is "
                    "outside 1900-2100: give an ISO date such as 2024-01-19"),
        NotRead("files", str(folder / "c.md"), "date '9999-12-31 23:59:59-01:00' is "
                    "outside 1900-2100: give an ISO date such as 2024-01-19"),
    )
    assert report.sources[0].warnings[:3] == (
        "entry 1 'Port': link 'http://example.org:99999/x' does not parse: kept as text only",
        "entry 2 'Letters': link 'http://example.org:abc/y' does not parse: kept as text only",
        "entry 3 'Bracket': link 'http://[::1/z' does not parse: kept as text only")
    assert report.sources[1].warnings == (
        f"{folder / 'a.md'}: url 'http://example.org:99999/x' does not parse: kept without a "
        "link",)
    # The URLs that do not parse were never requested, nor made the articles' links.
    assert [path for path, _ in web.requests] == ["/hostile.xml", "/page.html", "/page.html?2",
                                                  "/good.xml"]
    assert stored["Port"] == ("2024-01-18", None)
    assert stored["Bracket"] == ("2024-01-18", None)
    assert stored["Future"] == ("2024-01-19", page)  # the fetch date stands in
    assert stored["Kept, without its link."] == ("2024-01-18", None)
    assert {"China offers to mediate", "An ordinary article."} <= set(stored)
    with sqlite3.connect(tmp_path / "b.db") as conn:  # kept as text, beside the source
        assert ("http://example.org:99999/x",) in conn.execute(
            "SELECT url FROM article_sources WHERE source = 'hostile'").fetchall()
    skipped_lines = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert skipped_lines == [f"skipped {item.line()}" for item in report.skipped]
    assert all("\n" not in line for line in skipped_lines)


# --- 2. Symbolic link loops ---

def test_a_symlink_loop_skips_that_entry_never_the_folder(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "self.txt").symlink_to("self.txt")  # a loop one link deep
    (folder / "one.md").symlink_to("two.md")  # and two links deep
    (folder / "two.md").symlink_to("one.md")
    (folder / "ok.txt").write_text("date 2024-01-18\nThe talks went on.\n")
    with open_store(tmp_path / "b.db") as db:
        report = ingest([Source("loops", "folder", str(folder), None, 1.0, 0, 0.0), SEEDS], db,
                        now=NOW)
    assert [r.line() for r in report.sources] == [
        "loops: 1 new, 0 merged, 0 known, 3 skipped", "seeds: 2 new, 0 merged, 0 known"]
    assert [s.line() for s in report.skipped] == [
        f"loops: {folder / name}: cannot read: Too many levels of symbolic links"
        for name in ("one.md", "self.txt", "two.md")]


def test_file_names_are_shown_on_one_line(tmp_path: Path) -> None:
    (tmp_path / "forged\nINFO: all well.txt").write_text("no date here")
    name = os.fsdecode(b"latin1-\xe9.txt")
    (tmp_path / name).write_text("no date either")
    origins = [w.origin for w in iter_folder(tmp_path)]
    assert origins == [f"{tmp_path}/forged\\nINFO: all well.txt", f"{tmp_path}/latin1-\\udce9.txt"]


# --- 3. Deadlines, with a server that sends one byte at a time ---

@contextmanager
def trickling(every: float = 0.1) -> Iterator[str]:
    """A server on 127.0.0.1 that answers every request with a valid HTTP reply, one byte
    every `every` seconds (far slower in all than the tests' deadlines)."""
    body = GOOD_RSS * 20
    reply = b"HTTP/1.0 200 OK\r\nContent-Length: %d\r\n\r\n%s" % (len(body), body)
    stop = threading.Event()
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.05)

    def serve(conn: socket.socket) -> None:
        with conn:
            conn.recv(65536)
            for i in range(len(reply)):
                if stop.is_set():
                    return
                try:
                    conn.sendall(reply[i:i + 1])
                except OSError:
                    return  # the client gave up: what the deadline is for
                time.sleep(every)

    def accept() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            threading.Thread(target=serve, args=(conn,), daemon=True).start()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    finally:
        stop.set()
        thread.join()
        listener.close()


def test_a_trickling_feed_is_cut_off_at_its_deadline(web: Web, tmp_path: Path) -> None:
    web.routes["/good.xml"] = (200, {}, GOOD_RSS)
    with trickling() as slow, open_store(tmp_path / "b.db") as db:
        started = time.monotonic()
        report = ingest([feed("slow", slow + "/feed.xml", timeout=0.5),
                         feed("good", web.url("/good.xml"))], db, now=NOW)
        took = time.monotonic() - started
    # Each read gets a byte within 0.1 s: only a deadline on the whole request stops it.
    assert [r.line() for r in report.sources] == [
        "slow: failed: no complete answer within 0.5 s", "good: 1 new, 0 merged, 0 known"]
    assert took < 3


def test_a_trickling_page_keeps_the_summary_and_a_slow_source_fails(
        web: Web, tmp_path: Path) -> None:
    with trickling() as slow:
        links = "".join(f"<item><title>Story {n}</title><link>{slow}/page{n}.html</link>"
                        f"<description>Summary {n}.</description></item>" for n in range(4))
        rss = GOOD_RSS.split(b"<item>")[0] + links.encode() + b"</channel></rss>"
        web.routes["/f.xml"] = (200, {}, rss)
        web.routes["/good.xml"] = (200, {}, GOOD_RSS.replace(b"China", b"India"))
        with open_store(tmp_path / "b.db") as db:
            started = time.monotonic()
            report = ingest([
                # One page too slow: its summary is kept, the feed is read.
                feed("pages", web.url("/f.xml"), timeout=0.4, full_text=True,
                     private_links=True),
                # Four slow pages in all take longer than the source may: it fails.
                feed("patient", web.url("/f.xml"), timeout=0.4, full_text=True,
                     private_links=True, deadline=1.0),
                feed("good", web.url("/good.xml")),
            ], db, now=NOW)
            took = time.monotonic() - started
            stored = {a.title: a.text for a in db.articles_between(NOW.date(), NOW.date())}
    pages, patient, good = report.sources
    assert pages.line() == "pages: 4 new, 0 merged, 0 known, 4 warnings"
    assert pages.warnings[0] == (f"{slow}/page0.html: kept the feed's summary: no complete "
                                 "answer within 0.4 s")
    assert stored["Story 0"] == "Summary 0."
    assert patient.status == FAILED and patient.error.startswith(
        "took longer than its deadline of 1 s (still fetching http://127.0.0.1:")
    assert good.status == OK and "India offers to mediate" in stored
    assert took < 5


def test_run_exits_75_when_every_source_is_too_slow(tmp_path: Path) -> None:
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    with trickling() as slow, smtp_server() as (box, port):
        config = make_config(tmp_path / "config", smtp=smtp_section(port), sources={
            "slow": {"kind": "feed", "url": slow + "/a.xml", "timeout": 0.3, "retries": 0},
            "slower": {"kind": "feed", "url": slow + "/b.xml", "timeout": 5, "retries": 0,
                       "deadline": 0.5}})
        started = time.monotonic()
        result = subprocess.run(
            [sys.executable, "-m", "briefing", "run", "--date", "2024-01-19", "--config",
             str(config)], capture_output=True, text=True, timeout=120,
            env={**os.environ, "PYTHONPATH": str(ROOT), "TMPDIR": str(tmp)})
        took = time.monotonic() - started
    assert result.returncode == 75, result.stderr
    assert result.stderr.splitlines() == [
        "WARNING: source slow: failed: no complete answer within 0.3 s",
        "WARNING: source slower: failed: took longer than its deadline of 0.5 s (still "
        f"fetching {slow}/b.xml)",
        "error: every source failed (slow: failed: no complete answer within 0.3 s, ...); "
        "nothing built or sent"]
    assert box.messages == []
    assert list(tmp.iterdir()) == []  # nothing left in the temporary folder
    assert took < 30


def test_ingest_reports_skipped_items_and_exits_0(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "loop.txt").symlink_to("loop.txt")
    (folder / "ok.txt").write_text("date 2024-01-18\nThe talks went on.\n")
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    config = make_config(tmp_path / "config", smtp=None, sources={
        "mine": {"kind": "folder", "path": str(folder)},
        "seeds": {"kind": "folder", "path": str(ROOT / "seeds")}})
    result = subprocess.run(
        [sys.executable, "-m", "briefing", "ingest", "--config", str(config)],
        capture_output=True, text=True, timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT), "TMPDIR": str(tmp)})
    assert (result.returncode, result.stdout) == (
        0, "mine: 1 new, 0 merged, 0 known, 1 skipped\nseeds: 2 new, 0 merged, 0 known\n")
    assert result.stderr == (f"WARNING: skipped mine: {folder / 'loop.txt'}: cannot read: Too "
                             "many levels of symbolic links\n")
    assert list(tmp.iterdir()) == []


# --- 4. Feed files that are not files ---

def test_a_feed_file_must_be_a_regular_file(tmp_path: Path) -> None:
    fifo = tmp_path / "feed.fifo"
    os.mkfifo(fifo)
    sources = [Source("zero", "feed", "/dev/zero", None, 1.0, 0, 0.0),
               Source("fifo", "feed", str(fifo), None, 1.0, 0, 0.0),
               Source("folder", "feed", str(tmp_path), None, 1.0, 0, 0.0), SEEDS]
    with open_store(tmp_path / "b.db") as db:
        report = ingest(sources, db, now=NOW)  # returns: neither hangs nor fills memory
    assert [r.line() for r in report.sources] == [
        "zero: failed: /dev/zero: not a regular file; not read",
        f"fifo: failed: {fifo}: not a regular file; not read",
        f"folder: failed: {tmp_path}: not a regular file; not read",
        "seeds: 2 new, 0 merged, 0 known",
    ]


# --- 5. Private networks reached through address translation ---

REFUSED = {
    "::ffff:127.0.0.1": "IPv4-mapped",  # Python counts this one already
    "::ffff:10.0.0.1": "IPv4-mapped",
    "::127.0.0.1": "IPv4-compatible",
    "::169.254.169.254": "IPv4-compatible",
    "::ffff:0:127.0.0.1": "IPv4-translated (SIIT)",
    "::ffff:0:192.168.1.1": "IPv4-translated (SIIT)",
    "64:ff9b::127.0.0.1": "NAT64",
    "64:ff9b::169.254.169.254": "NAT64",
    "64:ff9b::10.1.2.3": "NAT64",
    "64:ff9b:1::808:808": "local-use NAT64",
    "2002:7f00:1::": "6to4",
    "2002:a9fe:a9fe::1": "6to4",
    "2002:c0a8:101::1": "6to4",
    "2001:0:4136:e378:8000:63bf:3fff:fdd2": "Teredo",
}
PUBLIC = ("8.8.8.8", "2620:fe::fe", "64:ff9b::808:808", "2002:808:808::1", "::ffff:8.8.8.8")


def test_every_translated_range_is_tested() -> None:
    assert {name for _, name, _ in http.TRANSLATED} == set(REFUSED.values())


@pytest.mark.parametrize("address", sorted(REFUSED))
def test_a_private_address_behind_translation_is_refused(address: str) -> None:
    assert http.not_public(ipaddress.ip_address(address)) is not None
    with pytest.raises(http.FetchError, match=r"is a private or local address \("):
        http.fetch(f"http://[{address}]:9/", timeout=1.0, public_only=True)


@pytest.mark.parametrize("address", PUBLIC)
def test_a_public_address_behind_translation_is_allowed(address: str) -> None:
    assert http.not_public(ipaddress.ip_address(address)) is None
