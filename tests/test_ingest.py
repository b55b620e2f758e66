"""Ingest from a real HTTP server on 127.0.0.1: feeds, pages, 304, 404, timeouts, bad XML."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from operate_fixtures import Web, web_server

from briefing.config.operations import Source, load_sources
from briefing.errors import ConfigError
from briefing.sources.feeds import html_to_text, parse_feed
from briefing.sources.http import USER_AGENT
from briefing.sources.ingest import OK, UNCHANGED, ingest
from briefing.sources.store import Store, open_store

NOW = dt.datetime(2024, 1, 19, 5, 30, tzinfo=dt.UTC)
DAY = dt.date(2024, 1, 19)
ROOT = Path(__file__).resolve().parent.parent

RSS_DATED = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Frontier Post</title><link>http://example.org/</link><description>d</description>
<item><title>Iran strikes Pakistan</title><link>http://example.org/iran-strikes</link>
<pubDate>Thu, 18 Jan 2024 23:30:00 -0500</pubDate>
<description>Short summary.</description>
<content:encoded><![CDATA[<p>Iran said on Tuesday it had struck &ldquo;terrorist&rdquo; bases.</p>
<p>Pakistan <b>condemned</b> the strike.<script>alert(1)</script></p>]]></content:encoded>
</item></channel></rss>"""

RSS_UNDATED = b"""<?xml version="1.0"?>
<rss version="2.0"><channel><title>Wire</title><link>http://example.org/</link>
<description>d</description>
<item><title>China offers to mediate</title><link>http://example.org/china</link>
<description>China said it was willing to play a constructive role.</description></item>
</channel></rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom News</title><id>urn:x</id>
<updated>2024-01-19T10:00:00Z</updated>
<entry><title>UN urges restraint</title><id>urn:1</id><link href="http://example.org/un"/>
<updated>2024-01-19T02:00:00+05:00</updated>
<content type="html">&lt;p&gt;The UN Secretary-General urged both sides to exercise
restraint.&lt;/p&gt;</content>
</entry></feed>"""

MALFORMED = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Broken</title>
<item><title>Unclosed <link>http://example.org/x</link></item></chanel></rss>"""

PAGE = b"""<html><head><title>Statement | Ministry</title>
<meta property="article:published_time" content="2024-01-18T09:00:00Z"></head>
<body><nav><a href="/">Home</a> | <a href="/news">News</a></nav>
<article><h1>Statement on the strikes</h1>
<p>The Ministry of Foreign Affairs strongly condemns the unprovoked violation of its airspace
by Iran and the strike inside Pakistani territory that killed two children.</p>
<p>"This violation of Pakistan's sovereignty is completely unacceptable and can have serious
consequences," the ministry said in a statement issued in Islamabad on Wednesday.</p>
</article><footer>Copyright 2024 Ministry. All rights reserved.</footer></body></html>"""


@pytest.fixture
def web() -> Iterator[Web]:
    with web_server() as server:
        yield server


def etagged(body: bytes, etag: str = '"v1"') -> Callable[[object], tuple[int, dict, bytes]]:
    def route(headers: object) -> tuple[int, dict, bytes]:
        if headers.get("If-None-Match") == etag:  # type: ignore[attr-defined]
            return 304, {"ETag": etag}, b""
        return 200, {"ETag": etag, "Content-Type": "application/rss+xml"}, body
    return route


def feed(name: str, url: str, **kw: object) -> Source:
    return Source(name=name, kind="feed", path=None, url=url, timeout=kw.pop("timeout", 2.0),
                  retries=0, retry_wait=0.0, **kw)  # type: ignore[arg-type]


def everything(db: Store) -> dict[str, tuple[str, str, str, tuple[bool, bool]]]:
    return {a.title: (a.date.isoformat(), a.source, a.text, db.marks(a.id))
            for a in db.articles_between(dt.date(2000, 1, 1), dt.date(2100, 1, 1))}


def test_every_source_is_reported_and_none_stops_the_others(web: Web, tmp_path: Path) -> None:
    web.routes.update({
        "/dated.xml": etagged(RSS_DATED),
        "/undated.xml": (200, {}, RSS_UNDATED),
        "/atom.xml": (200, {"Last-Modified": "Fri, 19 Jan 2024 10:00:00 GMT"}, ATOM),
        "/bad.xml": (200, {}, MALFORMED),
        "/statement.html": (200, {"Content-Type": "text/html"}, PAGE),
        "/slow.xml": "hang",
    })
    sources = [
        feed("gone", web.url("/gone.xml")),
        feed("dated", web.url("/dated.xml")),
        feed("slow", web.url("/slow.xml"), timeout=0.3),
        feed("undated", web.url("/undated.xml")),
        feed("broken", web.url("/bad.xml")),
        feed("atom", web.url("/atom.xml")),
        Source("ministry", "page", None, web.url("/statement.html"), 2.0, 0, 0.0),
    ]
    seen: list[str] = []
    with open_store(tmp_path / "b.db") as db:
        report = ingest(sources, db, now=NOW, on_source=lambda r: seen.append(r.name))
        assert [r.line() for r in report.sources] == [
            "gone: failed: HTTP 404 Not Found",
            "dated: 1 new, 0 merged, 0 known",
            "slow: failed: no complete answer within 0.3 s",
            "undated: 1 new, 0 merged, 0 known",
            "broken: failed: malformed feed: line 2: mismatched tag",
            "atom: 1 new, 0 merged, 0 known",
            "ministry: 1 new, 0 merged, 0 known",
        ]
        assert seen == [s.name for s in sources]
        assert [r.name for r in report.failed] == ["gone", "slow", "broken"]
        stored = everything(db)
    assert stored == {
        # 23:30 at UTC-5 on the 18th is the 19th in UTC.
        "Iran strikes Pakistan": ("2024-01-19", "Frontier Post",
                                  "Iran said on Tuesday it had struck \u201cterrorist\u201d bases."
                                  "\n\nPakistan condemned the strike.", (False, False)),
        # No date: the fetch date, marked; only a summary: marked.
        "China offers to mediate": ("2024-01-19", "Wire",
                                    "China said it was willing to play a constructive role.",
                                    (True, True)),
        # 02:00 at UTC+5 on the 19th is the 18th in UTC.
        "UN urges restraint": ("2024-01-18", "Atom News",
                               "The UN Secretary-General urged both sides to exercise restraint.",
                               (False, False)),
        "Statement on the strikes": (
            "2024-01-18", web.base.removeprefix("http://"),
            "The Ministry of Foreign Affairs strongly condemns the unprovoked violation of its "
            "airspace by Iran and the strike inside Pakistani territory that killed two children."
            "\n\n\"This violation of Pakistan's sovereignty is completely unacceptable and can "
            "have serious consequences,\" the ministry said in a statement issued in Islamabad "
            "on Wednesday.", (False, False)),
    }
    assert all(headers["User-Agent"] == USER_AGENT for _, headers in web.requests)
    assert USER_AGENT.startswith("briefing/0.") and USER_AGENT.endswith(
        " (+rules-based situation briefs)")


def test_an_unchanged_feed_costs_one_request(web: Web, tmp_path: Path) -> None:
    web.routes["/dated.xml"] = etagged(RSS_DATED)
    web.routes["/atom.xml"] = lambda h: (
        (304, {}, b"") if h.get("If-Modified-Since") == "Fri, 19 Jan 2024 10:00:00 GMT"
        else (200, {"Last-Modified": "Fri, 19 Jan 2024 10:00:00 GMT"}, ATOM))
    sources = [feed("dated", web.url("/dated.xml")), feed("atom", web.url("/atom.xml"))]
    with open_store(tmp_path / "b.db") as db:
        first = ingest(sources, db, now=NOW)
        second = ingest(sources, db, now=NOW + dt.timedelta(hours=1))
    assert [r.status for r in first.sources] == [OK, OK]
    assert [r.line() for r in second.sources] == ["dated: unchanged since the last fetch",
                                                  "atom: unchanged since the last fetch"]
    assert [r.status for r in second.sources] == [UNCHANGED, UNCHANGED]
    assert [(p, h.get("If-None-Match"), h.get("If-Modified-Since")) for p, h in web.requests] == [
        ("/dated.xml", None, None), ("/atom.xml", None, None),
        ("/dated.xml", '"v1"', None), ("/atom.xml", None, "Fri, 19 Jan 2024 10:00:00 GMT")]


def test_the_same_story_from_two_feeds_is_stored_once(web: Web, tmp_path: Path) -> None:
    web.routes["/a.xml"] = (200, {}, RSS_UNDATED)
    web.routes["/b.xml"] = (200, {}, RSS_UNDATED.replace(b"/china", b"/other-link"))
    with open_store(tmp_path / "b.db") as db:
        report = ingest([feed("a", web.url("/a.xml")), feed("b", web.url("/b.xml"))], db, now=NOW)
        (article,) = db.articles_between(DAY, DAY)
        assert db.sources_of(article.id) == ("a", "b")
    assert [r.line() for r in report.sources] == ["a: 1 new, 0 merged, 0 known",
                                                  "b: 0 new, 1 merged, 0 known"]


def test_full_text_fetches_the_page_and_keeps_the_summary_when_it_fails(
        web: Web, tmp_path: Path) -> None:
    rss = RSS_UNDATED.replace(b"http://example.org/china", web.url("/story.html").encode())
    rss = rss.replace(b"</channel>", b"<item><title>Lost</title><link>" + web.url(
        "/missing.html").encode() + b"</link><description>Only the summary.</description>"
        b"</item></channel>")
    web.routes["/f.xml"] = (200, {}, rss)
    web.routes["/story.html"] = (200, {"Content-Type": "text/html"}, PAGE)
    with open_store(tmp_path / "b.db") as db:
        # The pages are on 127.0.0.1: a feed must be allowed to link to private addresses.
        (report,) = ingest([feed("f", web.url("/f.xml"), full_text=True, private_links=True)],
                           db, now=NOW).sources
        stored = everything(db)
    assert report.line() == "f: 2 new, 0 merged, 0 known, 1 warnings"
    assert report.warnings == (f"{web.url('/missing.html')}: kept the feed's summary: "
                               "HTTP 404 Not Found",)
    assert stored["China offers to mediate"][2].startswith("The Ministry of Foreign Affairs")
    assert stored["China offers to mediate"][3] == (False, True)
    assert stored["Lost"][2:] == ("Only the summary.", (True, True))


def test_a_feed_cannot_make_ingest_fetch_a_private_address(web: Web, tmp_path: Path) -> None:
    # A hostile feed links its entries to the machine itself (or its network, or a cloud
    # metadata address): the pages are not fetched, and the summaries are kept.
    rss = RSS_UNDATED.replace(b"http://example.org/china", web.url("/admin").encode())
    rss = rss.replace(b"</channel>", b"<item><title>Moved</title><link>"
                      + web.url("/moved").encode() + b"</link><description>Summary two."
                      b"</description></item></channel>")
    web.routes["/f.xml"] = (200, {}, rss)
    web.routes["/admin"] = (200, {"Content-Type": "text/html"}, PAGE)
    with open_store(tmp_path / "b.db") as db:
        (report,) = ingest([feed("f", web.url("/f.xml"), full_text=True)], db, now=NOW).sources
        stored = everything(db)
    assert report.warnings == tuple(
        f"{web.url(path)}: kept the feed's summary: 127.0.0.1 is a private or local address "
        "(127.0.0.1); not fetched" for path in ("/admin", "/moved"))
    assert [path for path, _ in web.requests] == ["/f.xml"]  # the pages: never asked for
    assert stored["China offers to mediate"][2:] == (
        "China said it was willing to play a constructive role.", (True, True))


def test_a_public_only_fetch_checks_every_address_it_would_connect_to() -> None:
    from briefing.sources import http

    for address in ("127.0.0.1", "10.1.2.3", "169.254.169.254", "192.168.0.1", "::1",
                    "fd00::1", "0.0.0.0"):
        with pytest.raises(http.FetchError, match="private or local address"):
            http.fetch(f"http://[{address}]/" if ":" in address else f"http://{address}/",
                       timeout=1.0, public_only=True)
    with pytest.raises(http.FetchError, match="localhost is a private or local address"):
        http.fetch("http://localhost:9/", timeout=1.0, public_only=True)


def test_folder_and_file_sources(tmp_path: Path) -> None:
    saved = tmp_path / "saved.xml"
    saved.write_bytes(ATOM)
    sources = [
        Source("seeds", "folder", str(ROOT / "seeds"), None, 1.0, 0, 0.0),
        Source("saved", "feed", str(saved), None, 1.0, 0, 0.0),
        Source("lost", "feed", str(tmp_path / "lost.xml"), None, 1.0, 0, 0.0),
    ]
    with open_store(tmp_path / "b.db") as db:
        report = ingest(sources, db, now=NOW)
        again = ingest(sources[:1], db, now=NOW)
    assert [r.line() for r in report.sources] == [
        "seeds: 2 new, 0 merged, 0 known",
        "saved: 1 new, 0 merged, 0 known",
        f"lost: failed: {tmp_path / 'lost.xml'}: cannot read: No such file or directory",
    ]
    assert [r.line() for r in again.sources] == ["seeds: 0 new, 0 merged, 2 known"]


def test_a_feed_link_to_a_local_file_is_never_read(tmp_path: Path) -> None:
    # feedparser reads a path or fetches a URL when given one as a string; bytes are data.
    secret = tmp_path / "secret.txt"
    secret.write_text("do not read")
    with pytest.raises(Exception, match="not an RSS or Atom feed|malformed feed"):
        parse_feed(str(secret).encode(), source="x", fetched=NOW)


def test_html_to_text_keeps_paragraphs_and_drops_markup() -> None:
    assert html_to_text("<p>One &amp; <i>two</i></p><script>x()</script><ul><li>three</li>"
                        "</ul>four<br>five") == "One & two\n\nthree\n\nfour\n\nfive"


def test_a_temporary_server_error_is_retried(web: Web, tmp_path: Path) -> None:
    answers = [(503, {}, b"busy"), (200, {}, RSS_UNDATED)]
    web.routes["/f.xml"] = lambda headers: answers.pop(0)
    source = Source("f", "feed", None, web.url("/f.xml"), 2.0, 1, 0.0)
    with open_store(tmp_path / "b.db") as db:
        (report,) = ingest([source], db, now=NOW).sources
    assert report.line() == "f: 1 new, 0 merged, 0 known"
    assert [path for path, _ in web.requests] == ["/f.xml", "/f.xml"]


def test_sources_yaml_problems_are_reported_with_positions(tmp_path: Path) -> None:
    (tmp_path / "sources.yaml").write_text(
        "defaults:\n"
        "  timeout: fast\n"
        "sources:\n"
        "  a:\n"
        "    kind: feed\n"
        "    path: x\n"
        "  b:\n"
        "    kind: page\n"
        "    url: file:///etc/passwd\n"
        "  c:\n"
        "    kind: folder\n"
        "    path: seeds\n"
        "    full_text: true\n"
        "    colour: red\n"
        "  d:\n"
        "    kind: podcast\n"
        "  e:\n"
        "    kind: feed\n"
        "    url: https://example.org/rss\n"
        "    private_links: true\n")
    with pytest.raises(ConfigError) as err:
        load_sources(tmp_path)
    where = tmp_path / "sources.yaml"
    assert err.value.problems == (
        f"{where}:2:12: defaults.timeout: expected a number >= 0.1, got 'fast'",
        f"{where}:5:5: sources.a: a feed source needs exactly one of: url, file",
        f"{where}:6:5: sources.a.path: not used by a feed source",
        f"{where}:9:10: sources.b.url: expected an http:// or https:// address, got "
        "'file:///etc/passwd'",
        f"{where}:13:16: sources.c.full_text: only a feed source can fetch full text",
        f"{where}:14:5: sources.c.colour: unknown key; expected one of: kind, path, url, file, "
        "timeout, retries, retry_wait, deadline, full_text, private_links",
        f"{where}:16:11: sources.d.kind: expected one of: folder, feed, page; got 'podcast'",
        f"{where}:20:20: sources.e.private_links: only a feed with full_text: true follows "
        "links",
    )


def test_the_shipped_sources_yaml_is_valid() -> None:
    (seeds,) = load_sources(ROOT / "config")
    assert (seeds.name, seeds.kind, seeds.path, seeds.timeout, seeds.retries) == (
        "seeds", "folder", "seeds", 30.0, 2)
