"""Feeds: the bytes of an RSS 2.0 or Atom feed -> the articles its entries carry.

Input: a feed document (bytes, as fetched or read from a file), the source's name and the
fetch time. Output: `NewArticle` values for the store, each marked when it holds only the
entry's summary or when the feed gave no date (the fetch date stands in); or a FeedError
when the document is not a well-formed feed. Dates are normalised to UTC dates. Entry HTML
is reduced to plain paragraphs; its markup never reaches the brief. One bad entry never
spoils the feed: it is skipped, named in `Feed.skipped` with the reason. A date that
cannot be read or lies outside 1900-2100 counts as no date; a link that does not parse is
kept as text only (never fetched, never a link).
"""

from __future__ import annotations

import calendar
import datetime as dt
import io
import logging
import re
from dataclasses import dataclass
from html.parser import HTMLParser

import feedparser

from briefing.sources.files import Skipped, first_sentence, plausible, shown
from briefing.sources.store import NewArticle
from briefing.sources.urls import usable_url

log = logging.getLogger(__name__)

_BLOCK = frozenset({"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
                    "blockquote", "pre", "table", "tr", "section", "article", "figure", "hr"})
_SKIP = frozenset({"script", "style", "template", "noscript", "head", "title"})
# Harmless: feedparser re-decoded the bytes with another encoding than declared.
_HARMLESS = (feedparser.CharacterEncodingOverride,)


class FeedError(Exception):
    """The document is not a usable feed."""


@dataclass(frozen=True, slots=True)
class Feed:
    title: str
    articles: tuple[NewArticle, ...]
    skipped: tuple[Skipped, ...]  # each entry left out (or noted: used=True), and why


def parse_feed(data: bytes, *, source: str, fetched: dt.datetime) -> Feed:
    """Parse a feed document; raise FeedError if it is malformed or not a feed."""
    # A file-like object: feedparser given bytes or str may treat them as a path or URL.
    parsed = feedparser.parse(io.BytesIO(data))
    problem = parsed.get("bozo_exception")
    if parsed.get("bozo") and not isinstance(problem, _HARMLESS):
        raise FeedError(f"malformed feed: {_describe(problem)}")
    if not parsed.get("version"):
        raise FeedError("not an RSS or Atom feed")
    publisher = _clean(parsed.feed.get("title", "")) or source
    articles: list[NewArticle] = []
    skipped: list[Skipped] = []
    for number, entry in enumerate(parsed.entries, start=1):
        label = _label(number, entry)
        try:
            article = _entry(entry, label, skipped, source=source, publisher=publisher,
                             fetched=fetched)
        except (ValueError, OverflowError, TypeError, AttributeError) as exc:
            # Whatever else a hostile entry does to feedparser's values: this entry only.
            skipped.append(Skipped(label, f"skipped: {shown(str(exc), 120)}"))
            continue
        if article is None:
            skipped.append(Skipped(label, "skipped: no text"))
        else:
            articles.append(article)
    return Feed(title=publisher, articles=tuple(articles), skipped=tuple(skipped))


def _label(number: int, entry: feedparser.FeedParserDict) -> str:
    title = entry.get("title")
    return f"entry {number}" + (f" {shown(_clean(title), 60)!r}" if isinstance(title, str)
                                and title.strip() else "")


def _entry(entry: feedparser.FeedParserDict, label: str, notes: list[Skipped], *, source: str,
           publisher: str, fetched: dt.datetime) -> NewArticle | None:
    contents = [c for c in entry.get("content", ()) if c.get("value", "").strip()]
    summary_only = not contents
    raw = contents[0] if contents else entry.get("summary_detail") or {
        "value": entry.get("summary", ""), "type": "text/html"}
    text = _as_text(raw.get("value", ""), raw.get("type", "text/html"))
    title = _clean(entry.get("title", ""))
    if not text:
        return None
    day = _date(entry.get("published_parsed") or entry.get("updated_parsed"))
    given = entry.get("published") or entry.get("updated")
    if day is None and given:
        notes.append(Skipped(label, f"date {shown(str(given), 40)!r} is not a date between "
                             "1900 and 2100: the fetch date stands in", used=True))
    link = entry.get("link") or None
    if link is not None and usable_url(link) is None:
        notes.append(Skipped(label, f"link {shown(str(link), 80)!r} does not parse: kept "
                             "as text only", used=True))
    return NewArticle(
        title=title or first_sentence(text),
        text=text,
        date=day or fetched.astimezone(dt.UTC).date(),
        url=link,
        source=source,
        publisher=publisher,
        fetched=fetched,
        summary_only=summary_only,
        date_from_fetch=day is None,
    )


def _date(when: object) -> dt.date | None:
    """Return the UTC date of feedparser's time tuple; None if absent, impossible or
    outside 1900-2100 (year 9999 at -01:00 is year 10000 in UTC)."""
    if when is None:
        return None
    try:
        # feedparser's value: a time tuple, or junk whose TypeError counts as no date
        seconds = calendar.timegm(when)  # type: ignore[arg-type]
        return plausible(dt.datetime.fromtimestamp(seconds, dt.UTC).date())
    except (ValueError, OverflowError, OSError, TypeError):
        return None


def _as_text(value: str, kind: str) -> str:
    if "html" not in kind:
        return "\n\n".join(p for p in (_clean(b) for b in re.split(r"\n\s*\n", value)) if p)
    return html_to_text(value)


def html_to_text(html: str) -> str:
    """Reduce HTML to plain text: block elements become blank-line separated paragraphs."""
    parser = _TextParser()
    parser.feed(html)
    parser.close()
    return "\n\n".join(p for p in (_clean(b) for b in "".join(parser.parts).split("\n\n")) if p)


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skipping += 1
        elif tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def _clean(text: str) -> str:
    return " ".join(text.split())


def _describe(problem: object) -> str:
    message = getattr(problem, "getMessage", None)
    line = getattr(problem, "getLineNumber", None)
    if callable(message) and callable(line):
        return f"line {line()}: {message()}"
    return str(problem) or type(problem).__name__
