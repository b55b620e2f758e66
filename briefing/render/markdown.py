"""Render stage: Brief -> brief.md (Jinja), brief.html (Markdown -> HTML) and statements.json.

Article text is untrusted. In the Markdown template every piece of text goes through the
one `md` filter, which makes it inert: it can add no link, image, HTML or Markdown structure.
The HTML template has autoescape on, and the HTML that comes out of Markdown is checked
against a short list of tags and attributes before it is returned (a second line of
defence: a bug in the escaping fails the build instead of leaking); only then does
analysis_html.py put in the SVG figures, the table of contents and the source links.
The Markdown extensions (this module's and analysis_html.py's) work on the Markdown tree;
the template's sections come from briefing/config/sections.py. pdf.py turns the HTML
into the PDF.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
import xml.etree.ElementTree as etree
from collections.abc import Iterable
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import jinja2
import markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

from briefing.analysis.model import Analysis
from briefing.brief import Brief
from briefing.config import sections as registry
from briefing.config.settings import NON_STATE_VOICES
from briefing.errors import BriefingError
from briefing.models import PUBLIC, QUOTE, Entry, Speaker, shown_numbers
from briefing.render.analysis_html import (
    CHART_LINE,
    DIAGRAM_LINE,
    Figures,
    PutFigures,
    StanceTable,
    activity_text,
    figures,
    furnish,
    stance_text,
)

MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)
# Cues that turn what follows them around: "X denied (that) there was any hardware" shows its
# cue beside the speaker, so that the words are not read as X's claim.
REVERSING_CUES = frozenset(
    "denied denies deny denying rejected rejects rejecting dismissed dismisses dismissing "
    "refuted refutes disputed disputes".split())
SHORT_QUOTE = 180  # characters of a statement shown in "Key developments"
ATTRIBUTION_MARK = "— "  # starts every attribution line the template writes
SOURCES_HEADING = "Sources"
KEY_HEADING = "Key developments"
DATELINE = "Date: "
NOT_READ_SHOWN = 10  # the "not read" footnote lists this many skipped items; the log has all

# Characters that are Markdown (or HTML) anywhere in a line, and their inert form.
# Python-Markdown's backslash escapes cover \ ` * _ { } [ ] ( ) > # + - . ! only, so the
# others become character references, which it passes through as text. "(", ")" and "!"
# only mean something next to "[" or "]", which are always escaped, so they stay as written.
_INLINE = {
    "\\": "\\\\", "`": "\\`", "*": "\\*", "_": "\\_", "{": "\\{", "}": "\\}",
    "[": "\\[", "]": "\\]", "#": "\\#",
    "<": "&lt;", ">": "&gt;", "&": "&amp;", "|": "&#124;", "^": "&#94;", "~": "&#126;",
    "\t": " ",  # Markdown expands tabs to several spaces
}
_INLINE_TABLE = str.maketrans(_INLINE)
# Control characters go: Python-Markdown uses STX/ETX as placeholders for stashed HTML.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
# (?<!\s): a match may start only where white space starts, or a long run of spaces costs
# time quadratic in its length (benchmarks/regex_linearity.py); the matches are the same.
_BREAKS = re.compile(r"(?<!\s)\s*[\n\r\f\v\u2028\u2029\x85]\s*")
# What starts a block when it opens a line: list items, ordered items, setext underlines.
_LEADING = re.compile(r"^(?:([-+=])|(\d+)([.)]))")
_PARAGRAPHS = re.compile(r"(?<!\s)(?:\s*\n\s*\n\s*|\s*[\n\u2029]\s*)")


def md(value: object) -> str:
    """Return `value` as inert Markdown text on one line: shows as written, adds no structure.

    The result is always one line (line breaks become spaces) without leading or trailing
    white space, so only its first characters could open a block; those are escaped too.
    Characters such as "." and "-" are left alone elsewhere, which keeps brief.md readable:
    inside a line they mean nothing to Markdown once `[`, `]`, `<` and `*` are escaped.
    """
    text = _CONTROL.sub("", str(value))
    text = _BREAKS.sub(" ", text).strip()
    text = text.translate(_INLINE_TABLE)
    match = _LEADING.match(text)
    if match:
        if match[1] == "=":
            text = "&#61;" + text[1:]
        elif match[1]:
            text = "\\" + text
        else:
            text = match[2] + "\\" + text[len(match[2]):]
    if text.startswith(ATTRIBUTION_MARK.strip()):
        text = "&#8212;" + text[1:]  # only the template's own lines start with the mark
    return text


def paragraphs(text: str) -> list[str]:
    """Split a statement's text into its paragraphs (at line breaks), dropping empty ones."""
    return [part for part in _PARAGRAPHS.split(text) if part.strip()]


def shorten(text: str, limit: int = SHORT_QUOTE) -> str:
    """Return `text` on one line, cut at a word boundary to about `limit` characters."""
    flat = " ".join(part.strip() for part in paragraphs(text))
    if len(flat) <= limit:
        return flat
    cut = flat.rfind(" ", 0, limit)
    return flat[: cut if cut > limit // 2 else limit].rstrip(" ,;:") + "…"


def long_date(day: dt.date) -> str:
    """Format a date as "19 January 2024", independently of the locale."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def window_text(start: dt.date, end: dt.date) -> str:
    """Format the brief's window: "18-19 January 2024", "31 January - 1 February 2024"."""
    if start == end:
        return long_date(end)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}-{long_date(end)}"
    if start.year == end.year:
        return f"{start.day} {MONTHS[start.month - 1]} - {long_date(end)}"
    return f"{long_date(start)} - {long_date(end)}"


def speaker_label(speaker: Speaker, actor_names: dict[str, str]) -> str:
    """Describe a speaker: "Mao Ning, Foreign Ministry spokesperson", "unattributed".

    A voice that is no state's (an analyst, a company) is flagged by the template
    (templates/brief.md.j2, `voice_flags`), not here."""
    parts = [part for part in (speaker.name, speaker.role) if part]
    label = ", ".join(parts) if parts else "unattributed"
    if speaker.voice == PUBLIC and speaker.capacity is None:  # not a state's voice either
        country = actor_names.get(speaker.actor or "", speaker.actor or "")
        where = f", {country}" if country else ""
        label += f" (private individual{where}; not the government)"
    return label


def quoted(text: str) -> str:
    """Put curly quotation marks around `text` unless it already starts with one."""
    if text[:1] in "\"“‘'«„":
        return text
    return f"“{text}”"


@functools.lru_cache(maxsize=8)
def _environment(templates: Path) -> jinja2.Environment:
    """One Jinja environment per templates folder, as Jinja intends: it keeps the compiled
    templates (a dozen files: compiling them is most of rendering brief.md) and compiles a
    file again when it changes on disk (auto_reload)."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates)),
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
        autoescape=jinja2.select_autoescape(("html", "html.j2", "xml")),
        keep_trailing_newline=True,
    )
    env.filters["md"] = md
    env.filters["paragraphs"] = paragraphs
    env.filters["shorten"] = shorten
    env.filters["long_date"] = long_date
    env.filters["quoted"] = quoted
    return env


def actor_names(brief: Brief) -> dict[str, str]:
    """Map actor ids to display names, from the brief's sections."""
    return {section.actor: section.name for section in brief.sections}


def render_markdown(brief: Brief, templates: Path) -> str:
    """Render brief.md from templates/brief.md.j2."""
    names = actor_names(brief)
    numbers = {source.number for source in brief.sources}

    def attribution(entry: Entry) -> str:
        return speaker_label(entry.statement.speaker, names)

    template = _environment(templates).get_template("brief.md.j2")
    analysis = brief.analysis
    return template.render(
        brief=brief,
        stance_text=stance_text(analysis) if analysis else "",
        activity_text=activity_text(analysis) if analysis else "",
        lead_parts=[s.lead for s in registry.picture() if s.lead],
        picture_parts=[s.picture for s in registry.picture() if s.picture],
        diagram_line=DIAGRAM_LINE,
        chart_line=CHART_LINE,
        title=brief.title,
        date=long_date(brief.date),
        window=window_text(brief.window_start, brief.date),
        handling=brief.handling,
        names=names,
        linked=numbers,
        attribution=attribution,
        non_state=NON_STATE_VOICES,
        shown=shown_numbers,
        QUOTE=QUOTE,
        reversing=REVERSING_CUES,
        mark=ATTRIBUTION_MARK,
        sources_heading=SOURCES_HEADING,
        key_heading=KEY_HEADING,
        dateline=DATELINE,
        not_read_shown=NOT_READ_SHOWN,
    )


class _BriefTreeprocessor(Treeprocessor):
    """Give the brief's parts classes for the stylesheet and the sources their anchors.

    Runs before inline parsing, so it sees the Markdown text as the template wrote it.
    Data cannot imitate the template's lines: `md` escapes a leading mark or "**".
    Each statement and its attribution line become one `div.entry` (kept on one page),
    the "Key developments" heading and list one `div.key`.
    """

    def __init__(self, md_instance: markdown.Markdown, numbers: tuple[int, ...]) -> None:
        super().__init__(md_instance)
        self.numbers = numbers

    def run(self, root: etree.Element) -> None:
        children = list(root)
        for child in children:
            root.remove(child)
        pending: list[etree.Element] = []
        seen_h2 = False
        for index, element in enumerate(children):
            text = element.text or ""
            if element.tag == "h2":
                root.extend(pending)
                pending = []
                seen_h2 = True
                if text == KEY_HEADING and index + 1 < len(children):
                    key = etree.SubElement(root, "div", {"class": "key"})
                    key.append(element)
                    continue
            elif element.tag == "p" and text.startswith(ATTRIBUTION_MARK) and seen_h2:
                element.set("class", "attribution")
                entry = etree.SubElement(root, "div", {"class": "entry"})
                entry.extend([*pending, element])
                pending = []
                continue
            elif element.tag == "p" and text.startswith("**") and (
                not seen_h2 or index == len(children) - 1
            ):
                element.set("class", "handling")
            elif element.tag == "p" and text.startswith(DATELINE) and not seen_h2:
                element.set("class", "dateline")
            elif element.tag == "ul" and len(root) and root[-1].get("class") == "key":
                root[-1].append(element)
                continue
            elif element.tag == "ol" and len(root) and root[-1].text == SOURCES_HEADING:
                self._anchor_sources(element)
            if seen_h2 and element.tag in ("p", "blockquote"):
                pending.append(element)
            else:
                root.extend(pending)
                pending = []
                root.append(element)
        root.extend(pending)

    def _anchor_sources(self, element: etree.Element) -> None:
        element.set("class", "sources")
        if self.numbers and self.numbers[0] != 1:
            element.set("start", str(self.numbers[0]))
        for item, number in zip(element, self.numbers, strict=False):
            item.set("id", f"src-{number}")


class _BriefExtension(Extension):
    """The brief's classes and anchors, the picture's table and figures, the HTML check."""

    def __init__(self, numbers: tuple[int, ...], analysis: Analysis | None) -> None:
        super().__init__()
        self.numbers = numbers
        self.analysis = analysis

    def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802 (Markdown's API)
        stash: dict[str, str] = {}
        shown = figures(self.analysis) if self.analysis is not None else {}
        # Before "brief" (25), which groups the paragraphs: the figure lines are top-level.
        md.treeprocessors.register(Figures(md, shown, stash), "figures", 30)
        md.treeprocessors.register(_BriefTreeprocessor(md, self.numbers), "brief", 25)
        # After "prettify" (10), whose line breaks it sets as the table wants them.
        md.treeprocessors.register(StanceTable(md), "stance_table", 5)
        # Last, after Markdown's own stash is restored (raw_html, 30).
        md.postprocessors.register(PutFigures(md, check_body_html, stash), "figures", 5)


# The HTML that Markdown may produce from brief.md: anything else means text escaped its
# escaping, and the build stops rather than ship it.
ALLOWED_TAGS = frozenset("h1 h2 h3 h4 p blockquote ul ol li a em strong code br hr div "
                         "table caption thead tbody tr th td".split())
_ALLOWED_ATTRIBUTES: dict[tuple[str, str], re.Pattern[str]] = {
    ("a", "href"): re.compile(r"#src-\d+"),
    ("li", "id"): re.compile(r"src-\d+"),
    ("ol", "class"): re.compile(r"sources"),
    ("ol", "start"): re.compile(r"\d+"),
    ("p", "class"): re.compile(r"attribution|handling|dateline"),
    ("div", "class"): re.compile(r"key|entry"),
    ("table", "class"): re.compile(r"stance"),
    ("th", "scope"): re.compile(r"col|row"),
}


class _HTMLChecker(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ALLOWED_TAGS:
            self.problems.append(f"<{tag}>")
        for name, value in attrs:
            pattern = _ALLOWED_ATTRIBUTES.get((tag, name))
            if pattern is None or not pattern.fullmatch(value or ""):
                self.problems.append(f"<{tag} {name}={value!r}>")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_comment(self, data: str) -> None:
        self.problems.append("<!-- -->")

    def handle_decl(self, decl: str) -> None:
        self.problems.append(f"<!{decl}>")

    def handle_pi(self, data: str) -> None:
        self.problems.append(f"<?{data}>")


def check_body_html(html: str) -> None:
    """Raise BriefingError if the Markdown's HTML has a tag or attribute it should not."""
    checker = _HTMLChecker()
    checker.feed(html)
    checker.close()
    if checker.problems:
        shown = ", ".join(sorted(set(checker.problems))[:5])
        raise BriefingError(f"refusing to write the brief: its HTML contains {shown}")


def markdown_to_html(markdown_text: str, numbers: Iterable[int] = (),
                     analysis: Analysis | None = None) -> str:
    """Convert brief.md to an HTML fragment, checked (check_body_html), with the figures.

    Extensions: the brief's own and `tables` (for the who-said-what table, the only pipe
    table: the `md` filter escapes "|"); no footnotes, raw ids or attribute lists.
    """
    converter = markdown.Markdown(
        extensions=["tables", _BriefExtension(tuple(numbers), analysis)], output_format="html"
    )
    return converter.convert(markdown_text)


def render_html(markdown_text: str, brief: Brief, templates: Path) -> str:
    """Render brief.html: the Markdown as HTML inside templates/brief.html.j2."""
    body = markdown_to_html(markdown_text, (source.number for source in brief.sources),
                            brief.analysis)
    if brief.analysis is not None:  # after the check: the contents and the source links
        body = furnish(body)
    css = (templates / "brief.css").read_text(encoding="utf-8")
    template = _environment(templates).get_template("brief.html.j2")
    stamp = f"{brief.date.isoformat()}T00:00:00Z"
    return template.render(
        title=brief.title,
        date=long_date(brief.date),
        window=window_text(brief.window_start, brief.date),
        handling=brief.handling,
        created=stamp,
        css=jinja2.utils.markupsafe.Markup(css),
        body=jinja2.utils.markupsafe.Markup(body),
    )


def _entry_json(entry: Entry, brief: Brief, names: dict[str, str]) -> dict[str, Any]:
    statement = entry.statement
    speaker = statement.speaker
    refs = {source.number: source for source in brief.sources}
    sources = []
    for citation in entry.citations:
        ref = refs.get(citation.number)
        sources.append(
            {
                "number": citation.number or None,  # None: not in the source list
                "article_id": citation.article_id,
                "spans": [list(span) for span in citation.spans],
                "title": ref.title if ref else None,
                "source": ref.source if ref else None,
                "date": ref.date.isoformat() if ref else None,
                "url": ref.url if ref else None,
            }
        )
    return {
        "actor": entry.actor,
        "actor_name": names.get(entry.actor, entry.actor),
        "speaker": speaker.name,
        "role": speaker.role,
        "speaker_actor": speaker.actor,
        # Whom the speaker speaks for and how, as `briefing extract` gives them: a state's
        # or body's code (None when the text does not say, or no state's voice) and the
        # capacity (gov, leg, opp, igo, rebel, business, media, expert, unnamed, private).
        "actor_code": speaker.code,
        "voice": speaker.capacity,
        "speaker_voice": speaker.voice,  # official, public or unknown
        "kind": statement.kind,
        "cue": statement.cue,
        "text": statement.text,
        "article_id": statement.article_id,
        "spans": [list(span) for span in statement.spans],
        "score": round(entry.score, 4),
        "sources": sources,
    }


def statements_json(brief: Brief) -> str:
    """Return statements.json: every selected statement with its provenance."""
    names = actor_names(brief)
    entries: list[Entry] = [entry for section in brief.sections for entry in section.entries]
    entries += [entry for entry in brief.key_developments if entry not in entries]
    document: dict[str, Any] = {
        "title": brief.title,
        "date": brief.date.isoformat(),
        "window_start": brief.window_start.isoformat(),
        "statements": [_entry_json(entry, brief, names) for entry in entries],
    }
    if brief.analysis is not None:  # all statements found per actor: the next brief's trends
        document["activity"] = dict(brief.analysis.found)
    return json.dumps(document, sort_keys=True, indent=2, ensure_ascii=False) + "\n"
