"""The analysis in HTML: a Python-Markdown extension that presents the situation picture.

Input: the Markdown tree of brief.md (made from templates/analysis.md.j2) and the brief's
`Analysis`. Output: the same tree with the picture's table and figures, and the
serialized HTML with the SVG figures put in, after render's check of the HTML.

- The who-said-what table is a Markdown pipe table, which the `tables` extension makes a
  <table> (article text cannot make one: the `md` filter escapes every "|"). Its cells
  keep the citations that templates/cite.md.j2 wrote; `StanceTable` only adds the caption,
  the header scopes and the row headers.
- The "*Diagram:" and "*Chart:" paragraphs (DIAGRAM_LINE, CHART_LINE: the template writes
  them, article text cannot start a paragraph with "*") become <figure>s holding the SVG
  that charts.py draws from the analysis's data, with the text alternative as caption.
  `Figures` swaps the paragraph for a placeholder in the tree; `PutFigures` checks the
  serialized HTML (the SVG is the project's own and not on the check's list) and then
  puts each figure in its placeholder's place, as Python-Markdown restores its own stash.

Also the document's furniture: ids on the section headings with a table of contents
(shown in the PDF when it runs over three pages) and links on the source list's URLs.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from collections.abc import Callable
from html import escape, unescape

import markdown
from markdown.postprocessors import Postprocessor
from markdown.treeprocessors import Treeprocessor
from markdown.util import AtomicString

from briefing.analysis.model import Analysis
from briefing.render.charts import (
    activity_description,
    activity_svg,
    stance_description,
    stance_svg,
)

# The template's own lines that become figures (templates/analysis.md.j2 writes them).
DIAGRAM_LINE = "*Diagram: who said what about whom.*"
CHART_LINE = "*Chart: statements per actor.*"
TABLE_CAPTION = ("Who spoke about whom: speakers in rows, the actors they spoke about in "
                 "columns, the stance and the number of statements")
# Control characters: the `md` filter removes them from data, so no text can forge one.
_PLACEHOLDER = "\x02brief-figure:{}\x03"
H2 = re.compile(r"<h2>(.*?)</h2>", re.DOTALL)
URL = re.compile(r"( · )(https?://[^\s<]+)</li>")
TOC_HIDDEN = '<nav class="toc" aria-label="Contents" hidden>'
TOC_SHOWN = '<nav class="toc" aria-label="Contents">'


def _namer(analysis: Analysis) -> Callable[[str], str]:
    """The actors' display names, looked up once (the charts ask for each many times)."""
    names = dict(analysis.names)
    return lambda actor: names.get(actor, actor)


def stance_text(analysis: Analysis) -> str:
    """The who-said-what diagram's text alternative ("" with nothing to draw)."""
    table = analysis.stance_table
    return stance_description(table, _namer(analysis)) if table else ""


def activity_text(analysis: Analysis) -> str:
    """The activity chart's text alternative ("" with nothing to draw)."""
    rows = analysis.activity
    return activity_description(rows, analysis.days, _namer(analysis)) if rows else ""


def figures(analysis: Analysis) -> dict[str, str]:
    """The template line -> the <figure> that replaces its paragraph (only what is drawn)."""
    out = {}
    name = _namer(analysis)
    svg = stance_svg(analysis.stance_table, name)
    if svg:
        out[DIAGRAM_LINE] = _figure("stance", svg, stance_text(analysis))
    svg = activity_svg(analysis.activity, analysis.days, name)
    if svg:
        out[CHART_LINE] = _figure("activity", svg, activity_text(analysis))
    return out


def _figure(kind: str, svg: str, text: str) -> str:
    return (f'<figure class="chart {kind}-figure">\n{svg}'
            f"<figcaption>{escape(text)}</figcaption>\n</figure>")


class Figures(Treeprocessor):
    """Before inline parsing: each figure paragraph -> a paragraph holding a placeholder."""

    def __init__(self, md: markdown.Markdown, shown: dict[str, str],
                 stash: dict[str, str]) -> None:
        super().__init__(md)
        self.shown = shown
        self.stash = stash

    def run(self, root: etree.Element) -> None:
        waiting = dict(self.shown)  # each line once: the first paragraph that starts with it
        for element in root:
            if element.tag != "p" or not waiting:
                continue
            text = element.text or ""
            for line in waiting:
                if text.startswith(line):
                    key = _PLACEHOLDER.format(len(self.stash))
                    self.stash[key] = waiting.pop(line)
                    for child in list(element):
                        element.remove(child)
                    element.text = AtomicString(key)
                    break


class StanceTable(Treeprocessor):
    """After inline parsing and prettifying: the who-said-what table's caption and headers.

    The only table in the brief: article text cannot make one (see the module docstring).
    """

    def run(self, root: etree.Element) -> None:
        for table in root.iter("table"):
            table.set("class", "stance")
            head, body = table.find("thead"), table.find("tbody")
            caption = etree.Element("caption")
            caption.text, caption.tail = TABLE_CAPTION, "\n"
            table.insert(0, caption)
            table.text = "\n"
            for row in head if head is not None else ():
                row.text = row.tail = None
                for cell in row:
                    cell.set("scope", "col")
                    cell.tail = None
            if head is not None:
                head.text, head.tail = None, "\n"
            for row in body if body is not None else ():
                row.text, row.tail = None, "\n"
                for index, cell in enumerate(row):
                    if index == 0:
                        cell.tag = "th"
                        cell.set("scope", "row")
                    cell.tail = None
            if body is not None:
                body.text, body.tail = "\n", "\n"


class PutFigures(Postprocessor):
    """Last: check the HTML, then put the SVG figures in their placeholders' places."""

    def __init__(self, md: markdown.Markdown, check: Callable[[str], None],
                 stash: dict[str, str]) -> None:
        super().__init__(md)
        self.check = check
        self.stash = stash

    def run(self, text: str) -> str:
        self.check(text)
        for key, figure in self.stash.items():
            text = text.replace(f"<p>{key}</p>", figure, 1)
        return text


def furnish(body: str) -> str:
    """Add the table of contents and the source links (only briefs with the analysis)."""
    return link_urls(contents(body))


def _slug(text: str, taken: set[str]) -> str:
    base = "sec-" + (re.sub(r"[^a-z0-9]+", "-", unescape(text).lower()).strip("-") or "part")
    slug, n = base, 1
    while slug in taken:
        n += 1
        slug = f"{base}-{n}"
    taken.add(slug)
    return slug


def contents(body: str) -> str:
    """Give every <h2> an id and put a table of contents before the first one.

    The contents start `hidden` (TOC_HIDDEN): pdf.py shows them (TOC_SHOWN) when the PDF
    runs over three pages; the page numbers come from CSS target-counter() in the PDF.
    """
    taken: set[str] = set()
    items: list[str] = []

    def name(match: re.Match[str]) -> str:
        slug = _slug(re.sub(r"<[^>]+>", "", match[1]), taken)
        items.append(f'<li><a href="#{slug}">{match[1]}</a></li>')
        return f'<h2 id="{slug}">{match[1]}</h2>'

    body = H2.sub(name, body)
    if not items:
        return body
    nav = (f'{TOC_HIDDEN}\n<p class="toc-title">Contents</p>\n<ol>\n' + "\n".join(items)
           + "\n</ol>\n</nav>\n")
    # Before the first section: its heading, or the key developments panel that holds it.
    first = min(i for i in (body.find("<h2 "), body.find('<div class="key">')) if i >= 0)
    return body[:first] + nav + body[first:]


def link_urls(body: str) -> str:
    """Make the article URLs in the source list links (http and https only)."""
    start = body.find('<ol class="sources"')
    if start < 0:
        return body
    end = body.find("</ol>", start)

    def link(match: re.Match[str]) -> str:
        url = unescape(match[2])
        if not re.fullmatch(r"https?://[^\s\x00-\x1f\x7f]+", url):
            return match[0]
        return f'{match[1]}<a class="url" href="{escape(url)}">{escape(url)}</a></li>'

    return body[:start] + URL.sub(link, body[start:end]) + body[end:]
