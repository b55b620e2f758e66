"""The analysis in HTML: the Markdown tree's pipe table and figure lines -> table and SVG."""

from __future__ import annotations

import datetime as dt

from briefing.analysis.model import ActivityRow, Analysis, StanceCell
from briefing.models import Citation
from briefing.render.analysis_html import (
    CHART_LINE,
    DIAGRAM_LINE,
    TOC_HIDDEN,
    contents,
    link_urls,
)
from briefing.render.markdown import markdown_to_html

CELLS = (
    StanceCell("china", "iran", ("offers to mediate",), 2,
               (Citation("a1", 1, ((0, 1),)), Citation("a2", 2, ((0, 1),)))),
    StanceCell("evil", "iran", ("warns",), 1, (Citation("a2", 2, ((0, 1),)),)),
)


def analysis(**changes) -> Analysis:
    values = dict(
        names=(("china", "China"), ("iran", "Iran"), ("evil", "<b>Evil</b> & Co")),
        days=(dt.date(2024, 1, 19),), issue="2024/019", as_of=dt.date(2024, 1, 19),
        next_issue=dt.date(2024, 1, 20), bottom_line=(), timeline=(), figures=(), contrasts=(),
        stance=(), stance_table=CELLS, activity=(), found=(), watch=(), trends=(),
        changes=None, sections=("who_said_what",),
    )
    values.update(changes)
    return Analysis(**values)


# As templates/analysis.md.j2 writes it (citations by templates/cite.md.j2, source 1 listed).
MARKDOWN = (
    "## Who said what about whom\n\n"
    "| Speaker | Iran | \n|---|---|\n"
    "| China | offers to mediate (2) [[1](#src-1)] \\[2\\] | \n"
    "| &lt;b&gt;Evil&lt;/b&gt; &amp; Co | warns (1) \\[2\\] | \n\n"
    f"{DIAGRAM_LINE} China → Iran: offers to mediate\n\n"
    f"{CHART_LINE} none\n"
)


def test_the_pipe_table_gets_its_caption_and_header_cells():
    html = markdown_to_html(MARKDOWN, (1,), analysis())
    assert html.count("<table") == 1 and '<table class="stance">\n<caption>Who spoke' in html
    assert ('<thead><tr><th scope="col">Speaker</th><th scope="col">Iran</th></tr></thead>'
            in html)
    assert ('<tr><th scope="row">China</th><td>offers to mediate (2) '
            '[<a href="#src-1">1</a>] [2]</td></tr>\n') in html
    # Names stay escaped: the `md` filter's entities.
    assert '<th scope="row">&lt;b&gt;Evil&lt;/b&gt; &amp; Co</th>' in html and "<b>" not in html


def test_the_diagram_line_becomes_the_svg_figure_with_its_text_alternative():
    html = markdown_to_html(MARKDOWN, (1,), analysis())
    assert "<em>Diagram:" not in html
    assert '<figure class="chart stance-figure">\n<svg xmlns="http://www.w3.org/2000/svg"' in html
    assert "<figcaption>Statements by one actor about another. China → Iran: offers to " \
           "mediate; &lt;b&gt;Evil&lt;/b&gt; &amp; Co → Iran: warns.</figcaption>" in html
    # No activity to draw: its line (the text alternative) stays a paragraph.
    assert "<p><em>Chart: statements per actor.</em> none</p>" in html


def test_the_activity_line_becomes_the_chart_when_there_are_counts():
    rows = (ActivityRow("china", (3,), 3),)
    html = markdown_to_html(MARKDOWN, (1,), analysis(activity=rows))
    assert '<figure class="chart activity-figure">' in html and "<em>Chart:" not in html


def test_a_paragraph_of_article_text_is_left_alone():
    # Article text reaches the Markdown escaped: "|" as &#124;, "*" as "\*".
    text = "&#124; Speaker &#124; x\n\n\\*Diagram: who said what about whom.\\* x\n"
    html = markdown_to_html(text, (1,), analysis())
    assert html == ("<p>&#124; Speaker &#124; x</p>\n"
                    "<p>*Diagram: who said what about whom.* x</p>")


def test_without_analysis_the_lines_stay_text():
    html = markdown_to_html(f"{DIAGRAM_LINE} x\n", (1,), None)
    assert html == "<p><em>Diagram: who said what about whom.</em> x</p>"


def test_headings_get_ids_and_a_hidden_table_of_contents_comes_first():
    body = ("<p>Date</p>\n<h2>Bottom line</h2>\n<p>x</p>\n<h2>Pakistan &amp; Iran</h2>\n"
            "<h2>Bottom line</h2>")
    html = contents(body)
    assert html.startswith(f"<p>Date</p>\n{TOC_HIDDEN}\n")
    assert '<h2 id="sec-bottom-line">Bottom line</h2>' in html
    assert '<h2 id="sec-pakistan-iran">Pakistan &amp; Iran</h2>' in html
    assert '<h2 id="sec-bottom-line-2">Bottom line</h2>' in html
    assert '<li><a href="#sec-pakistan-iran">Pakistan &amp; Iran</a></li>' in html


def test_source_urls_become_links_and_other_schemes_do_not():
    body = ('<ol class="sources">\n<li id="src-1"><strong>T</strong> — S · id a1 · '
            "https://example.org/a?b=1&amp;c=&#126;d</li>\n"
            '<li id="src-2"><strong>T</strong> — S · id a2 · javascript:alert(1)</li>\n</ol>')
    html = link_urls(body)
    assert ('<a class="url" href="https://example.org/a?b=1&amp;c=~d">'
            "https://example.org/a?b=1&amp;c=~d</a></li>") in html
    assert "· javascript:alert(1)</li>" in html
    assert html.count("<a ") == 1


def test_contents_go_before_the_key_developments_panel():
    html = contents('<p>Date</p>\n<div class="key">\n<h2>Key developments</h2>\n</div>')
    assert html.index(TOC_HIDDEN) < html.index('<div class="key">')
