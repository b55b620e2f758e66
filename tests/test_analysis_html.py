"""The analysis in HTML: the template's table and figure paragraphs become table and SVG."""

from __future__ import annotations

import datetime as dt

from briefing.analysis.model import Analysis, StanceCell
from briefing.models import Citation
from briefing.render.analysis_html import (
    TOC_HIDDEN,
    cite_html,
    contents,
    embed,
    link_urls,
    stance_table_html,
)

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
        changes=None, stance_svg='<svg role="img"><title>t</title></svg>\n',
        stance_text="China → Iran: <offers>", activity_svg="", activity_text="",
        sections=("who_said_what",),
    )
    values.update(changes)
    return Analysis(**values)


BODY = ("<h2>Who said what about whom</h2>\n<p>| Speaker | Iran | \n|---|---|\n"
        "| China | offers |</p>\n<p><em>Diagram: who said what about whom.</em> China → Iran"
        "</p>\n<p><em>Chart: statements per actor.</em> none</p>")


def test_table_and_diagram_replace_the_template_paragraphs():
    html = embed(BODY, analysis(), {1, 2})
    assert "<p>| Speaker" not in html and "<em>Diagram:" not in html
    assert '<table class="stance">' in html
    assert '<th scope="col">Iran</th>' in html and '<th scope="row">China</th>' in html
    assert '<figure class="chart stance-figure">\n<svg role="img">' in html
    assert "<figcaption>China → Iran: &lt;offers&gt;</figcaption>" in html
    # No activity chart to draw: its paragraph (the text alternative) stays.
    assert "<p><em>Chart: statements per actor.</em> none</p>" in html


def test_names_are_escaped_and_citations_link_to_listed_sources_only():
    table = stance_table_html(analysis(), {1})
    assert "&lt;b&gt;Evil&lt;/b&gt; &amp; Co" in table and "<b>" not in table
    assert cite_html(CELLS[0].citations, {1}) == '[<a href="#src-1">1</a>] [2]'


def test_a_paragraph_of_article_text_is_left_alone():
    # Article text reaches the HTML escaped: "|" as &#124;, "*" as a literal star.
    body = "<p>&#124; Speaker &#124; x</p>\n<p>*Diagram: who said what about whom.* x</p>"
    assert embed(body, analysis(), {1}) == body


def test_without_analysis_nothing_changes():
    assert embed(BODY, None, {1}) == BODY


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


def test_cells_show_three_sources_and_count_the_rest_as_the_markdown_does():
    from briefing.models import Citation

    many = tuple(Citation(f"a{n}", n, ((0, 1),)) for n in (5, 0, 2, 9, 7))
    assert cite_html(many, {2, 5}) == (
        '[<a href="#src-2">2</a>] [<a href="#src-5">5</a>] [7] (+2 more)')
