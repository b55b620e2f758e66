"""The analysis in HTML: brief.html's body -> the same body with its table and figures.

Also the document's furniture: ids on the section headings with a table of contents
(shown in the PDF when it runs over three pages) and links on the source list's URLs.

Input: the HTML that Markdown made of brief.md (already checked by render.py) and the
brief's `Analysis`. Output: that HTML with three paragraphs replaced, which only
templates/analysis.md.j2 can write (article text cannot start a paragraph with "|" or
"*": the `md` filter escapes both): the "| Speaker" pipe table becomes an HTML table with
header cells, the "*Diagram:" and "*Chart:" paragraphs become <figure>s holding the inline
SVG and its text alternative as caption. Every value is escaped here; the SVG comes from
charts.py, which escapes its own text.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from html import escape, unescape

from briefing.analysis.model import Analysis
from briefing.models import Citation, shown_numbers

TABLE = re.compile(r"<p>\| Speaker \|.*?</p>", re.DOTALL)
DIAGRAM = re.compile(r"<p><em>Diagram: who said what about whom\.</em>.*?</p>", re.DOTALL)
CHART = re.compile(r"<p><em>Chart: statements per actor\.</em>.*?</p>", re.DOTALL)
H2 = re.compile(r"<h2>(.*?)</h2>", re.DOTALL)
URL = re.compile(r"( · )(https?://[^\s<]+)</li>")
TOC_HIDDEN = '<nav class="toc" aria-label="Contents" hidden>'
TOC_SHOWN = '<nav class="toc" aria-label="Contents">'


def embed(body: str, analysis: Analysis | None, linked: Collection[int]) -> str:
    """Replace the template's stance table and figure paragraphs; add contents and links.

    A brief built without the analysis (analysis None) is left as Markdown made it.
    """
    if analysis is None:
        return body
    body = link_urls(contents(body))
    if analysis.stance_table:
        body = TABLE.sub(lambda _: stance_table_html(analysis, linked), body, count=1)
    if analysis.stance_svg:
        figure = _figure("stance", analysis.stance_svg, analysis.stance_text)
        body = DIAGRAM.sub(lambda _: figure, body, count=1)
    if analysis.activity_svg:
        figure = _figure("activity", analysis.activity_svg, analysis.activity_text)
        body = CHART.sub(lambda _: figure, body, count=1)
    return body


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


def _figure(kind: str, svg: str, text: str) -> str:
    return (f'<figure class="chart {kind}-figure">\n{svg}'
            f"<figcaption>{escape(text)}</figcaption>\n</figure>")


def cite_html(citations: Iterable[Citation], linked: Collection[int]) -> str:
    """Citations as the Markdown renders them: "[1] [2] (+3 more)", linked to the sources."""
    out = []
    numbers, more = shown_numbers(tuple(citations))
    for number in numbers:
        if number in linked:
            out.append(f'[<a href="#src-{number}">{number}</a>]')
        else:
            out.append(f"[{number}]")
    if more:
        out.append(f"(+{more} more)")
    return " ".join(out)


def stance_table_html(analysis: Analysis, linked: Collection[int]) -> str:
    """The speaker x target table, with column and row headers."""
    cells = {(c.speaker, c.target): c for c in analysis.stance_table}
    targets = sorted({c.target for c in analysis.stance_table})
    speakers = sorted({c.speaker for c in analysis.stance_table})
    head = "".join(f'<th scope="col">{escape(analysis.name(t))}</th>' for t in targets)
    rows = []
    for speaker in speakers:
        tds = []
        for target in targets:
            cell = cells.get((speaker, target))
            if cell is None:
                tds.append("<td></td>")
            else:
                cues = escape(", ".join(cell.cues))
                tds.append(f"<td>{cues} ({cell.count}) {cite_html(cell.citations, linked)}</td>")
        rows.append(f'<tr><th scope="row">{escape(analysis.name(speaker))}</th>{"".join(tds)}</tr>')
    return (
        '<table class="stance">\n<caption>Who spoke about whom: speakers in rows, the actors '
        "they spoke about in columns, the stance and the number of statements</caption>\n"
        f'<thead><tr><th scope="col">Speaker</th>{head}</tr></thead>\n'
        f"<tbody>\n{chr(10).join(rows)}\n</tbody>\n</table>"
    )
