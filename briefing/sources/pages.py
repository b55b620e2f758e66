"""Pages: the HTML of one web page -> its main text, title and date (via trafilatura).

Input: the page's bytes and its URL. Output: a `Page`, or a PageError when no main text
can be found. Navigation, footers and comments are left out; the markup never reaches
the brief. The date is the one the page states (None when it states none).
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

import trafilatura

from briefing.sources.files import plausible

log = logging.getLogger(__name__)


class PageError(Exception):
    """No main text could be found in a page."""


@dataclass(frozen=True, slots=True)
class Page:
    title: str
    text: str
    date: dt.date | None
    site: str


def extract_page(html: bytes, url: str) -> Page:
    """Extract a page's main text; raise PageError when it has none."""
    doc = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    text = getattr(doc, "text", None) or ""
    lines = [" ".join(line.split()) for line in text.splitlines()]
    lines = [line for line in lines if line]
    title = " ".join((getattr(doc, "title", None) or "").split())
    if lines and lines[0] == title:
        lines = lines[1:]  # the headline, already kept as the title
    if not lines:
        raise PageError("no main text found in the page")
    return Page(title=title or lines[0][:160], text="\n\n".join(lines),
                date=_date(getattr(doc, "date", None)), site=getattr(doc, "sitename", None) or "")


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return plausible(dt.date.fromisoformat(value[:10]))
    except ValueError:
        return None
