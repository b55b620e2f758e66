"""Tests for briefing.render.pdf: the PDF read back, its determinism and the URL fetcher."""

from __future__ import annotations

import base64
import datetime as dt
import io
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import (
    PNG,
    ROOT,
    TEMPLATES,
    make_brief,
    make_entry,
    make_section,
    make_source,
    make_speaker,
    recording_server,
)
from pypdf import PdfReader

from briefing.models import QUOTE, REPORTED
from briefing.render.markdown import render_html, render_markdown
from briefing.render.pdf import RefusedURL, make_fetcher, render_pdf, template_file


def build(brief):  # type: ignore[no-untyped-def]
    html = render_html(render_markdown(brief, TEMPLATES), brief, TEMPLATES)
    return render_pdf(html, brief, TEMPLATES)


def seed_like_brief():  # type: ignore[no-untyped-def]
    mao = make_entry(
        "“We are also willing to play a constructive role in de-escalating the situation "
        "if both sides so wish,”",
        cited=(1, 2),
    )
    baloch = make_entry(
        "We have conveyed our strong protest to the Iranian chargé d’affaires.\n\n"
        "The responsibility for the consequences will lie squarely with Iran.",
        actor="pakistan",
        speaker=make_speaker("Mumtaz Zahra Baloch", "Foreign Office spokesperson", "pakistan"),
        cited=(2,),
    )
    ispr = make_entry(
        "Pakistan’s security forces struck hideouts in Siestan-o-Baluchistan.",
        actor="pakistan",
        kind=REPORTED,
        speaker=make_speaker("Inter-Services Public Relations (ISPR)", None, "pakistan"),
        cited=(2,),
    )
    zahra = make_entry(
        "Ešte raz: Zürich, São Paulo, Łódź, İstanbul, Ñuñoa.",
        actor="russia",
        speaker=make_speaker("Мария Захарова", "Foreign Ministry spokeswoman", "russia"),
    )
    filler = tuple(
        make_entry(f"Statement number {n} about regional stability and restraint. " * 4)
        for n in range(14)
    )
    return make_brief(
        sections=(
            make_section("china", "China", (mao, *filler)),
            make_section("pakistan", "Pakistan", (baloch, ispr)),
            make_section("russia", "Russia", (zahra,)),
        ),
        key_developments=(mao, baloch),
        sources=(
            make_source(1, title="China offers to mediate"),
            make_source(2, title="Pak-Iran tension", date=dt.date(2024, 1, 18)),
        ),
    )


@pytest.fixture(scope="module")
def seed_pdf() -> bytes:
    return build(seed_like_brief())


def test_pdf_text_has_quotes_accents_and_running_heads(seed_pdf: bytes) -> None:
    reader = PdfReader(io.BytesIO(seed_pdf))
    assert len(reader.pages) >= 2
    text = "\n".join(page.extract_text() for page in reader.pages)
    flat = " ".join(text.split())
    assert "“We are also willing to play a constructive role" in flat
    assert "chargé d’affaires" in flat
    assert "Zürich, São Paulo, Łódź, İstanbul, Ñuñoa" in flat
    assert "Мария Захарова" in flat
    assert "Inter-Services Public Relations (ISPR)" in flat
    for number, page in enumerate(reader.pages, start=1):
        page_text = " ".join(page.extract_text().split())
        assert page_text.count("UNCLASSIFIED // FOR INTERNAL USE") == 2  # top and bottom
        assert "South and West Asia situation brief" in page_text
        assert "19 January 2024" in page_text
        assert f"Page {number} of {len(reader.pages)}" in page_text


def test_pdf_metadata_size_and_fonts(seed_pdf: bytes) -> None:
    reader = PdfReader(io.BytesIO(seed_pdf))
    assert reader.metadata is not None
    assert reader.metadata.title == "South and West Asia situation brief"
    assert reader.metadata["/CreationDate"] == "D:20240119000000Z"
    assert reader.metadata["/ModDate"] == "D:20240119000000Z"
    box = reader.pages[0].mediabox
    assert (round(float(box.width) / 72 * 25.4), round(float(box.height) / 72 * 25.4)) == (
        210,
        297,
    )
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            fonts.add(str(font.get_object()["/BaseFont"]).split("+", 1)[1])
    # Only the shipped fonts: no glyph fell back to a font of this machine.
    assert fonts <= {
        "Brief-Serif", "Brief-Serif-Bold", "Brief-Serif-Italic",
        "Brief-Sans-Semi-Condensed", "Brief-Sans-Bold-Semi-Condensed",
    }
    assert "Brief-Serif" in fonts


def test_pdf_is_byte_identical_for_the_same_brief(seed_pdf: bytes) -> None:
    assert build(seed_like_brief()) == seed_pdf


def test_pdf_is_byte_identical_across_processes(tmp_path: Path) -> None:
    script = (
        "import sys; sys.path[:0] = ['tests', '.']\n"
        "from test_pdf import build, seed_like_brief\n"
        "sys.stdout.buffer.write(build(seed_like_brief()))\n"
    )
    outputs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        env.pop("SOURCE_DATE_EPOCH", None)
        done = subprocess.run(
            [sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, check=True
        )
        outputs.append(done.stdout)
    assert outputs[0] == outputs[1]
    assert outputs[0].startswith(b"%PDF-")


def test_pdf_differs_when_the_brief_differs(seed_pdf: bytes) -> None:
    other = build(make_brief())
    assert other != seed_pdf
    assert PdfReader(io.BytesIO(other)).trailer["/ID"][0] != (
        PdfReader(io.BytesIO(seed_pdf)).trailer["/ID"][0]
    )


# --- nothing leaks ------------------------------------------------------------------


@pytest.fixture()
def server() -> Iterator[tuple[str, list[str]]]:
    with recording_server() as found:
        yield found


def attack_lines(base: str, canary: Path) -> list[str]:
    return [
        f'<img src="{base}/img.png">',
        f'<img src="{canary.as_uri()}">',
        '<img src="file:///etc/passwd">',
        f'<link rel="stylesheet" href="{base}/style.css">',
        f"<style>@import url({base}/import.css); body {{ background: url({base}/b.png) }}</style>",
        f'<div style="background-image: url({base}/inline.png)">x</div>',
        f"![image]({base}/md.png) [link]({base}/link)",
        f'<object data="{base}/object"></object><iframe src="{base}/frame"></iframe>',
        f"data:image/png;base64,{base64.b64encode(PNG).decode()}",
    ]


def test_article_urls_are_text_and_fetch_nothing(
    server: tuple[str, list[str]], tmp_path: Path
) -> None:
    base, requests = server
    canary = tmp_path / "canary.png"
    canary.write_bytes(PNG)
    lines = attack_lines(base, canary)
    entries = tuple(make_entry(line, kind=QUOTE, cited=(1,)) for line in lines)
    brief = make_brief(
        sections=(make_section(entries=entries),),
        key_developments=entries,
        sources=(make_source(1, title=lines[0], url=f"{base}/source"),),
    )
    reader = PdfReader(io.BytesIO(build(brief)))
    assert requests == []
    for page in reader.pages:
        assert len(page.images) == 0
        assert not page["/Resources"].get("/XObject")
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert f'<img src="{base}/img.png">' in text
    assert '<img src="file:///etc/passwd">' in text


def test_fetcher_inside_weasyprint_refuses_everything_outside_templates(
    server: tuple[str, list[str]], tmp_path: Path
) -> None:
    """Even HTML that bypassed the escaping makes no request and reads no outside file."""
    base, requests = server
    canary = tmp_path / "canary.png"
    canary.write_bytes(PNG)
    html = (
        "<html><head><title>t</title>"
        f'<link rel="stylesheet" href="{base}/style.css">'
        f"<style>@import url({base}/import.css);"
        f'@font-face {{ font-family: X; src: url({base}/font.ttf) }}'
        f"body {{ font-family: X; background: url({canary.as_uri()}) }}</style></head><body>"
        f'<img src="{base}/img.png"><img src="{canary.as_uri()}">'
        f'<img src="../../../{canary}"><img src="fonts/../../../../{canary}">'
        f'<img src="data:image/png;base64,{base64.b64encode(PNG).decode()}">'
        f'<object data="{base}/object"></object><embed src="{base}/embed">'
        f'<svg><image href="{base}/svg.png" width="5" height="5"/></svg>'
        "</body></html>"
    )
    pdf = render_pdf(html, make_brief(), TEMPLATES)
    assert requests == []
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages[0].images) == 0


def test_dev_urandom_does_not_hang_the_pdf() -> None:
    script = (
        "import sys; sys.path[:0] = ['tests', '.']\n"
        "from conftest import make_brief, TEMPLATES\n"
        "from briefing.render.pdf import render_pdf\n"
        "html = '<img src=\"file:///dev/urandom\"><p>x</p>"
        "<style>body { background: url(file:///dev/zero) }</style>'\n"
        "sys.stdout.buffer.write(render_pdf(html, make_brief(), TEMPLATES)[:5])\n"
    )
    # The timeout only turns a regression (a hang) into a failure; it times nothing.
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, timeout=120, check=True
    )
    assert done.stdout == b"%PDF-"


def test_template_file_serves_files_inside_templates() -> None:
    font = TEMPLATES / "fonts" / "DejaVuSerif.ttf"
    assert template_file(font.as_uri(), TEMPLATES) == font.resolve()
    assert template_file("file://localhost" + str(font), TEMPLATES) == font.resolve()


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "http://127.0.0.1:9/x.png",
        "https://example.org/font.ttf",
        "ftp://example.org/x",
        "data:text/css,body{}",
        "file:///dev/urandom",
        "file://otherhost/etc/passwd",
        (TEMPLATES / "fonts" / ".." / ".." / "pyproject.toml").as_uri(),
        TEMPLATES.as_uri() + "/%2e%2e/pyproject.toml",
        TEMPLATES.as_uri() + "/brief.css%00.png",
        TEMPLATES.as_uri(),  # a folder, not a file
        (TEMPLATES / "missing.css").as_uri(),
    ],
)
def test_template_file_refuses(url: str) -> None:
    with pytest.raises(RefusedURL, match="^refused to fetch"):
        template_file(url, TEMPLATES)


def test_template_file_refuses_a_symlink_out_of_templates(tmp_path: Path) -> None:
    templates = tmp_path / "templates"
    templates.mkdir()
    (tmp_path / "secret.txt").write_text("secret")
    (templates / "link.css").symlink_to(tmp_path / "secret.txt")
    (templates / "urandom.css").symlink_to("/dev/urandom")
    for name in ("link.css", "urandom.css"):
        with pytest.raises(RefusedURL):
            template_file((templates / name).as_uri(), templates)


def test_fetcher_refuses_with_weasyprints_interface() -> None:
    fetcher = make_fetcher(TEMPLATES)
    with pytest.raises(RefusedURL, match="only the template files are served"):
        fetcher("http://127.0.0.1:9/")
    with pytest.raises(RefusedURL, match="outside"):
        fetcher.fetch("file:///etc/passwd")
    response = fetcher.fetch((TEMPLATES / "brief.css").as_uri())
    assert response.read().startswith(b"/* brief.css")


def _toc_document(paragraphs: int) -> str:
    from briefing.render.analysis_html import TOC_HIDDEN

    body = "\n".join(f"<p>Paragraph {i} of the brief, long enough to fill a line or two of "
                     "the page with ordinary words.</p>" for i in range(paragraphs))
    return (f"<html><head><title>T</title></head><body>{TOC_HIDDEN}<p>Contents list</p></nav>"
            f"<h1>Brief</h1>{body}</body></html>")


def _pages_and_text(pdf: bytes) -> tuple[int, str]:
    reader = PdfReader(io.BytesIO(pdf))
    return len(reader.pages), "".join(page.extract_text() for page in reader.pages)


def test_contents_only_when_the_pdf_runs_over_three_pages() -> None:
    from briefing.render.pdf import TOC_AFTER_PAGES, TOC_MARGIN

    brief = make_brief()
    short_pages, short_text = _pages_and_text(render_pdf(_toc_document(5), brief, TEMPLATES))
    assert short_pages <= TOC_AFTER_PAGES and "Contents list" not in short_text
    # Just over the limit: decided by a second layout without the contents.
    middle_pages, middle_text = _pages_and_text(render_pdf(_toc_document(75), brief,
                                                           TEMPLATES))
    assert TOC_AFTER_PAGES < middle_pages <= TOC_AFTER_PAGES + TOC_MARGIN + 1
    assert "Contents list" in middle_text
    # Far over it: laid out once, with the contents.
    long_pages, long_text = _pages_and_text(render_pdf(_toc_document(400), brief, TEMPLATES))
    assert long_pages > TOC_AFTER_PAGES + TOC_MARGIN and "Contents list" in long_text
