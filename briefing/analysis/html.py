"""The analysis in HTML: brief.html's body -> the same body with its table and figures.

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
from html import escape

from briefing.analysis.model import Analysis
from briefing.models import Citation

TABLE = re.compile(r"<p>\| Speaker \|.*?</p>", re.DOTALL)
DIAGRAM = re.compile(r"<p><em>Diagram: who said what about whom\.</em>.*?</p>", re.DOTALL)
CHART = re.compile(r"<p><em>Chart: statements per actor\.</em>.*?</p>", re.DOTALL)


def embed(body: str, analysis: Analysis | None, linked: Collection[int]) -> str:
    """Replace the template's stance table and figure paragraphs in `body`."""
    if analysis is None:
        return body
    if analysis.stance_table:
        body = TABLE.sub(lambda _: stance_table_html(analysis, linked), body, count=1)
    if analysis.stance_svg:
        figure = _figure("stance", analysis.stance_svg, analysis.stance_text)
        body = DIAGRAM.sub(lambda _: figure, body, count=1)
    if analysis.activity_svg:
        figure = _figure("activity", analysis.activity_svg, analysis.activity_text)
        body = CHART.sub(lambda _: figure, body, count=1)
    return body


def _figure(kind: str, svg: str, text: str) -> str:
    return (f'<figure class="chart {kind}-figure">\n{svg}'
            f"<figcaption>{escape(text)}</figcaption>\n</figure>")


def cite_html(citations: Iterable[Citation], linked: Collection[int]) -> str:
    """Citations as the Markdown renders them: "[1] [2]", linked to the source list."""
    out = []
    for number in sorted({c.number for c in citations}):
        if number in linked:
            out.append(f'[<a href="#src-{number}">{number}</a>]')
        else:
            out.append(f"[{number}]")
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
