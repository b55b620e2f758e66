"""The browsable archive: every brief by date, and one page per followed actor.

Stage: render. Input: `BriefLink`s (one per brief folder: its date, bottom line and the
files it has) and, per actor, its kept statements (`sources.archive.Hit`). Output: the
text of output/index.html and of output/actors/<id>.html. Static HTML, no JavaScript;
every text from an article or the config is escaped, as in the brief.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from briefing.sources.archive import Hit

FILES = (("brief.html", "HTML"), ("brief.md", "Markdown"), ("brief.pdf", "PDF"))
_STYLE = ("body{font-family:sans-serif;max-width:50em;margin:2em auto;padding:0 1em;"
          "line-height:1.45}li{margin:.6em 0}.meta{color:#555;font-size:.9em}"
          "blockquote{margin:.3em 0 .3em 1em}")


@dataclass(frozen=True, slots=True)
class BriefLink:
    date: dt.date
    bottom_line: tuple[str, ...]  # the brief's bottom line, as plain text lines
    files: tuple[str, ...]  # which of FILES the folder holds


def _page(title: str, body: str) -> str:
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<title>{escape(title)}</title><style>{_STYLE}</style></head>\n"
            f"<body>\n{body}</body></html>\n")


def index_html(title: str, briefs: Sequence[BriefLink],
               actors: Sequence[tuple[str, str]]) -> str:
    """output/index.html: every brief, newest first; then the actors' pages (id, name)."""
    items = []
    for brief in sorted(briefs, key=lambda b: b.date, reverse=True):
        day = brief.date.isoformat()
        links = " · ".join(f'<a href="{day}/{name}">{label}</a>' for name, label in FILES
                           if name in brief.files)
        lines = "".join(f"<li>{escape(line)}</li>" for line in brief.bottom_line)
        items.append(f'<li id="d{day}"><strong>{day}</strong> · {links}'
                     + (f"<ul>{lines}</ul>" if lines else "") + "</li>\n")
    people = "".join(f'<li><a href="actors/{escape(aid)}.html">{escape(name)}</a></li>\n'
                     for aid, name in actors)
    body = (f"<h1>{escape(title)}: every brief</h1>\n<ol reversed>\n{''.join(items)}</ol>\n"
            + (f"<h2>Actors</h2>\n<ul>\n{people}</ul>\n" if people else ""))
    return _page(f"{title}: archive", body)


def actor_html(title: str, name: str, since: dt.date, until: dt.date,
               hits: Sequence[Hit]) -> str:
    """output/actors/<id>.html: the actor's statements, newest first, each cited."""
    items = []
    for hit in sorted(hits, key=lambda h: (h.date, h.brief_date), reverse=True):
        brief = f"../{hit.brief_date.isoformat()}/brief.html"
        source = (f'<a href="{escape(hit.url)}">{escape(hit.title)}</a>' if hit.url
                  else f"{escape(hit.title)} ({escape(hit.origin)})")
        speaker = escape(hit.speaker or "unnamed speaker")
        if hit.role and hit.role != hit.speaker:
            speaker += f", {escape(hit.role)}"
        items.append(f"<li><span class=\"meta\">{hit.date.isoformat()} · {speaker} · "
                     f"{escape(hit.kind)}</span><blockquote>{escape(hit.text)}</blockquote>"
                     f'<span class="meta">{source}, {escape(hit.source)} · in the '
                     f'<a href="{brief}">brief of {hit.brief_date.isoformat()}</a></span>'
                     "</li>\n")
    listing = f"<ol>\n{''.join(items)}</ol>\n" if items else "<p>No statements kept.</p>\n"
    body = (f'<p><a href="../index.html">Every brief</a></p>\n<h1>{escape(name)}</h1>\n'
            f"<p>Statements from {since.isoformat()} to {until.isoformat()}, newest first."
            f"</p>\n{listing}")
    return _page(f"{name}: {title}", body)


def bottom_line_of(markdown: str) -> tuple[str, ...]:
    """The bullets under "## Bottom line" of a brief.md, without their citations."""
    lines, inside = [], False
    for line in markdown.splitlines():
        if line.startswith("## "):
            inside = line.strip() == "## Bottom line"
            continue
        if inside and line.startswith("- "):
            text = line[2:]
            cut = text.rfind(" [[")
            lines.append(text[:cut] if cut > 0 else text)
    return tuple(lines)
