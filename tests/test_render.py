"""Tests for briefing.render.markdown: brief.md, brief.html, statements.json and the escaping."""

from __future__ import annotations

import datetime as dt
import html
import json
import re
from dataclasses import replace
from html.parser import HTMLParser

import markdown
import pytest
from conftest import (
    TEMPLATES,
    make_brief,
    make_entry,
    make_section,
    make_source,
    make_speaker,
)
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.errors import BriefingError
from briefing.models import PUBLIC, QUOTE, REPORTED, UNKNOWN
from briefing.render.markdown import (
    check_body_html,
    md,
    render_html,
    render_markdown,
    shorten,
    statements_json,
    window_text,
)

# Text an article might carry to attack the brief: every line must come out as text.
HOSTILE = (
    "[click](http://evil.example/x)",
    "![img](http://evil.example/a.png)",
    "<script>alert(1)</script>",
    '<img src="file:///etc/passwd">',
    '<link rel="stylesheet" href="http://evil.example/s.css">',
    '<div style="background: url(http://evil.example/b.png)">x</div>',
    "{{ 7*7 }} {% raw %}",
    "| a | b |",
    "Footnote[^1] and x^2^",
    "<http://evil.example/auto>",
    "[ref]: http://evil.example/ref",
    "&lt;b&gt;entity&lt;/b&gt;",
    "`code` *em* __strong__ ~~strike~~",
    "\x02wzxhzdk:0\x03 placeholder",
)


def md_html(text: str) -> str:
    """What Python-Markdown makes of `md(text)` on a line of its own."""
    return markdown.markdown(md(text))


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("plain words, stay as they are.", "plain words, stay as they are."),
        ("Inter-Services Public Relations (ISPR)", "Inter-Services Public Relations (ISPR)"),
        ("[x](http://evil)", "\\[x\\](http://evil)"),
        ("![i](http://evil/a.png)", "!\\[i\\](http://evil/a.png)"),
        ("<b> & </b>", "&lt;b&gt; &amp; &lt;/b&gt;"),
        ("a | b ^ c ~ d", "a &#124; b &#94; c &#126; d"),
        ("*a* _b_ `c` \\d {e} #f", "\\*a\\* \\_b\\_ \\`c\\` \\\\d \\{e\\} \\#f"),
        ("- item", "\\- item"),
        ("+ item", "\\+ item"),
        ("12. item", "12\\. item"),
        ("=== heading", "&#61;== heading"),
        ("# heading", "\\# heading"),
        ("> quote", "&gt; quote"),
        ("    code block", "code block"),
        ("two\n\nlines\n- item", "two lines - item"),
        ("— not an attribution", "&#8212; not an attribution"),
        ("stx\x02 etx\x03 nul\x00", "stx etx nul"),
    ],
)
def test_md_escapes_markdown_and_html(text: str, escaped: str) -> None:
    assert md(text) == escaped


@pytest.mark.parametrize("text", HOSTILE + ("1. item", "- item", "=\n===", "# h", "> q"))
def test_md_output_is_one_plain_paragraph(text: str) -> None:
    out = md_html(text)
    assert re.fullmatch(r"<p>[^<>]*</p>", out), out
    # What a reader sees is the text as written (white space and control bytes aside).
    shown = html.unescape(out[3:-4])
    assert shown == re.sub(r"\s+", " ", re.sub(r"[\x00-\x08\x0b-\x1f]", "", text)).strip()


MARKDOWN_ALPHABET = st.characters(codec="utf-8") | st.sampled_from(
    list("\\`*_{}[]()#+-.!|^<>&~=:\"' \t\n\r\x02\x0301/")
)


@settings(max_examples=400, derandomize=True)
@given(st.text(MARKDOWN_ALPHABET, max_size=40))
def test_md_output_is_plain_text_for_any_text(text: str) -> None:
    visible = re.sub(r"[\x00-\x08\x0b-\x1f\x7f]", "", text.replace("\t", " "))
    visible = re.sub(r"\s*[\n\r\f\v\u2028\u2029\x85]\s*", " ", visible).strip()
    inline = markdown.markdown("x " + md(text))  # inside a line
    assert re.fullmatch(r"<p>x [^<>]*</p>", inline) or inline == "<p>x</p>", inline
    assert html.unescape(inline[5:-4]) == visible
    block = markdown.markdown(md(text))  # at the start of a line
    assert block == "" or re.fullmatch(r"<p>[^<>]*</p>", block), block


@pytest.mark.parametrize(
    ("start", "end", "shown"),
    [
        (dt.date(2024, 1, 18), dt.date(2024, 1, 19), "18-19 January 2024"),
        (dt.date(2024, 1, 19), dt.date(2024, 1, 19), "19 January 2024"),
        (dt.date(2024, 1, 31), dt.date(2024, 2, 1), "31 January - 1 February 2024"),
        (dt.date(2023, 12, 31), dt.date(2024, 1, 1), "31 December 2023 - 1 January 2024"),
    ],
)
def test_window_text(start: dt.date, end: dt.date, shown: str) -> None:
    assert window_text(start, end) == shown


def test_shorten_cuts_at_a_word_and_joins_paragraphs() -> None:
    assert shorten("One two.\n\nThree four five", limit=100) == "One two. Three four five"
    assert shorten("alpha beta gamma delta", limit=15) == "alpha beta…"


def test_markdown_whole_brief() -> None:
    mao = make_entry(
        "We are also willing to play a constructive role,", cited=(2, 1), score=9.0
    )
    baloch = make_entry(
        "Pakistan has every right to respond.\n\nThe responsibility lies with Iran.",
        actor="pakistan",
        speaker=make_speaker("Mumtaz Zahra Baloch", "Foreign Office spokesperson", "pakistan"),
        cited=(2,),
    )
    reported = make_entry(
        "the two sides can exercise calm and restraint", kind=REPORTED, cited=(1,)
    )
    rahbari = make_entry(
        "The economy cannot afford it.",
        actor="iran",
        speaker=make_speaker("Mohammad Rahbari", None, "iran", PUBLIC),
        cited=(2,),
    )
    unknown = make_entry(
        "Japan is concerned.",
        actor="japan",
        kind=REPORTED,
        speaker=make_speaker(None, None, None, UNKNOWN),
        cited=(1,),
    )
    brief = make_brief(
        sections=(
            make_section("pakistan", "Pakistan", (baloch,)),
            make_section("china", "China", (mao, reported)),
            make_section("iran", "Iran", (rahbari,)),
            make_section("japan", "Japan", (unknown,)),
        ),
        key_developments=(mao, reported),
        sources=(
            make_source(1, title="China offers to mediate", source="Dawn"),
            make_source(2, title="Tension", source="Tribune", date=dt.date(2024, 1, 18), url=None),
        ),
    )
    assert render_markdown(brief, TEMPLATES) == """\
# South and West Asia situation brief

**UNCLASSIFIED // FOR INTERNAL USE**

Date: 19 January 2024 · Window: 18-19 January 2024

## Key developments

- **China** · Mao Ning, Foreign Ministry spokesperson: “We are also willing to play a constructive role,” [[1](#src-1)] [[2](#src-2)]
- **China** · Mao Ning, Foreign Ministry spokesperson: the two sides can exercise calm and restraint [[1](#src-1)]

## Pakistan

> Pakistan has every right to respond.
>
> The responsibility lies with Iran.

— Mumtaz Zahra Baloch, Foreign Office spokesperson · [[2](#src-2)]

## China

> We are also willing to play a constructive role,

— Mao Ning, Foreign Ministry spokesperson · [[1](#src-1)] [[2](#src-2)]

the two sides can exercise calm and restraint

— Mao Ning, Foreign Ministry spokesperson · [[1](#src-1)]

## Iran

> The economy cannot afford it.

— Mohammad Rahbari (private individual, Iran; not the government) · [[2](#src-2)]

## Japan

Japan is concerned.

— unattributed · [[1](#src-1)]

## Sources

1. **China offers to mediate** — Dawn, 19 January 2024 · id a1 · https://example.org/1
2. **Tension** — Tribune, 18 January 2024 · id a2

**UNCLASSIFIED // FOR INTERNAL USE**
"""  # noqa: E501


def test_markdown_without_optional_parts() -> None:
    brief = make_brief(sections=(), key_developments=(), sources=(), handling="")
    assert render_markdown(brief, TEMPLATES) == (
        "# South and West Asia situation brief\n\n"
        "Date: 19 January 2024 · Window: 18-19 January 2024\n"
    )


def test_citations_without_a_source_list_are_plain_text() -> None:
    brief = make_brief(sources=())
    text = render_markdown(brief, TEMPLATES)
    assert "· \\[1\\]\n" in text
    assert "<a " not in render_html(text, brief, TEMPLATES)


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def tags_of(document: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = _Tags()
    parser.feed(document)
    return parser.tags


def hostile_brief():  # type: ignore[no-untyped-def]
    entries = tuple(
        make_entry(text, kind=kind, speaker=make_speaker(name=text, role=text), cited=(1,))
        for text in HOSTILE
        for kind in (QUOTE, REPORTED)
    )
    sources = tuple(
        make_source(number, title=text, source=text, article_id=text, url=text)
        for number, text in enumerate(HOSTILE, start=1)
    )
    return make_brief(
        sections=(make_section(entries=entries),), key_developments=entries, sources=sources
    )


def test_article_text_cannot_add_structure_to_the_html() -> None:
    brief = hostile_brief()
    text = render_markdown(brief, TEMPLATES)
    document = render_html(text, brief, TEMPLATES)
    tags = tags_of(document)
    names = {tag for tag, _ in tags}
    assert names <= {
        "html", "head", "meta", "title", "style", "body", "div", "span", "main",
        "h1", "h2", "p", "strong", "ul", "ol", "li", "blockquote", "a",
    }
    hrefs = {attrs.get("href") for tag, attrs in tags if tag == "a"}
    assert hrefs == {"#src-1"}
    assert not {"img", "script", "link", "table", "sup", "code", "em", "del"} & names
    assert "49" not in document
    visible = html.unescape(re.sub(r"<[^>]+>", "", document.split("<main", 1)[1]))
    for line in HOSTILE[:-1]:
        assert line in visible
    assert "\x02" not in document and "\x03" not in document


def test_html_wraps_the_markdown_with_metadata_and_anchors() -> None:
    brief = make_brief(title="Brief <&> “Ö”")
    document = render_html(render_markdown(brief, TEMPLATES), brief, TEMPLATES)
    assert "<title>Brief &lt;&amp;&gt; “Ö”</title>" in document
    assert '<meta name="dcterms.created" content="2024-01-19T00:00:00Z">' in document
    assert '<li id="src-1">' in document and '<li id="src-2">' in document
    assert '<p class="attribution">— Mao Ning, Foreign Ministry spokesperson' in document
    assert '<span class="running-handling">UNCLASSIFIED // FOR INTERNAL USE</span>' in document
    assert "@page" in document  # the print stylesheet is inlined


@pytest.mark.parametrize(
    "fragment",
    [
        '<p><img src="x"></p>',
        '<p><a href="http://evil">x</a></p>',
        "<script>x</script>",
        '<p onclick="x">y</p>',
        "<!-- c -->",
        '<li id="x">',
    ],
)
def test_check_body_html_refuses_what_markdown_should_not_make(fragment: str) -> None:
    with pytest.raises(BriefingError, match="refusing to write the brief: its HTML contains"):
        check_body_html(fragment)


def test_statements_json() -> None:
    speaker = replace(make_speaker(), code="CHN", capacity="gov")
    brief = make_brief(sections=(make_section(entries=(make_entry(speaker=speaker),)),))
    document = json.loads(statements_json(brief))
    assert document["date"] == "2024-01-19"
    assert document["statements"] == [
        {
            "actor": "china",
            "actor_name": "China",
            "speaker": "Mao Ning",
            "role": "Foreign Ministry spokesperson",
            "speaker_actor": "china",
            "actor_code": "CHN",
            "voice": "gov",
            "speaker_voice": "official",
            "kind": "quote",
            "cue": "said",
            "text": "We are also willing to play a constructive role.",
            "article_id": "a1",
            "spans": [[10, 58]],
            "score": 8.5,
            "sources": [
                {
                    "number": 1,
                    "article_id": "a1",
                    "spans": [[10, 58]],
                    "title": "Article 1",
                    "source": "Dawn",
                    "date": "2024-01-19",
                    "url": "https://example.org/1",
                }
            ],
        }
    ]


def test_statements_json_format_keeps_unicode_and_sorted_keys() -> None:
    brief = make_brief(sections=(make_section(entries=(make_entry("“Chargé” d’affaires"),)),))
    text = statements_json(brief)
    assert text.endswith("}\n") and "“Chargé” d’affaires" in text
    assert text == json.dumps(json.loads(text), sort_keys=True, indent=2, ensure_ascii=False) + "\n"


def test_statements_json_includes_key_developments_of_hidden_sections() -> None:
    entry = make_entry("Only in key developments.")
    brief = make_brief(sections=(), key_developments=(entry,))
    assert [s["text"] for s in json.loads(statements_json(brief))["statements"]] == [
        "Only in key developments."
    ]


def test_rendering_is_deterministic() -> None:
    first, second = hostile_brief(), hostile_brief()
    md_a, md_b = render_markdown(first, TEMPLATES), render_markdown(second, TEMPLATES)
    assert md_a == md_b
    assert render_html(md_a, first, TEMPLATES) == render_html(md_b, second, TEMPLATES)
    assert statements_json(first) == statements_json(second)


def test_a_line_citing_many_articles_shows_three_and_counts_the_rest() -> None:
    entry = make_entry("We are willing to play a constructive role.", cited=(1, 2, 3, 4, 5))
    unlisted = tuple(replace(c, number=0) for c in entry.citations[3:])  # not in the list
    entry = replace(entry, citations=(*entry.citations[:3], *unlisted))
    brief = make_brief(sections=(make_section(entries=(entry,)),), key_developments=(),
                       sources=tuple(make_source(n) for n in (1, 2, 3)))
    text = render_markdown(brief, TEMPLATES)
    assert "[[1](#src-1)] [[2](#src-2)] [[3](#src-3)] (+2 more)\n" in text
    listed = json.loads(statements_json(brief))["statements"][0]["sources"]
    assert [s["number"] for s in listed] == [1, 2, 3, None, None]
