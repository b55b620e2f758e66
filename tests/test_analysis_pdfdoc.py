"""The PDF as a document to keep: outline, contents, PDF/A-3b with statements.json, PDF/UA."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path

import pytest
from analysis_cases import ROOT, SEEDS
from pypdf import PdfReader

from briefing.build import build
from briefing.config.settings import load_config
from briefing.errors import ConfigError

DAY = dt.date(2024, 1, 19)


def config_with(tmp_path: Path, variant: str) -> Path:
    folder = tmp_path / "config"
    shutil.copytree(ROOT / "config", folder)
    path = folder / "briefing.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('pdf_variant: ""', f'pdf_variant: "{variant}"'), "utf-8")
    return folder


def build_pdf(tmp_path: Path, variant: str) -> tuple[PdfReader, Path]:
    result = build(load_config(config_with(tmp_path, variant)), DAY, article_dirs=[SEEDS],
                   output_root=tmp_path / "out")
    return PdfReader(result.folder / "brief.pdf"), result.folder


def xmp(reader: PdfReader) -> str:
    return reader.trailer["/Root"]["/Metadata"].get_object().get_data().decode("utf-8")


def outline_titles(reader: PdfReader) -> list[str]:
    out: list[str] = []

    def walk(items):
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                out.append(item.title)

    walk(reader.outline)
    return out


def test_plain_pdf_has_an_outline_of_every_section_and_contents(tmp_path):
    reader, _ = build_pdf(tmp_path, "")
    titles = outline_titles(reader)
    for title in ("Bottom line", "Timeline", "Key figures", "Competing accounts",
                  "Who said what about whom", "Activity", "What to watch", "What changed",
                  "Key developments", "Sources"):
        assert title in titles
    assert len(reader.pages) > 3
    first = reader.pages[0].extract_text()
    assert "CONTENTS" in first and "Situation report no. 2024/019" in first
    # The handling line stands at the top and the bottom of every page.
    for page in reader.pages:
        assert page.extract_text().count("UNCLASSIFIED // FOR INTERNAL USE") >= 2
    assert "/EmbeddedFiles" not in reader.trailer["/Root"].get("/Names", {})
    # The SVG figures use the project's own fonts too, never whatever the machine has.
    fonts = {str(font.get_object()["/BaseFont"]) for page in reader.pages
             for font in page["/Resources"]["/Font"].values()}
    assert fonts and all("Brief-" in name for name in fonts), fonts


def test_pdf_a_3b_embeds_statements_json(tmp_path):
    reader, folder = build_pdf(tmp_path, "pdf/a-3b")
    meta = xmp(reader)
    assert 'pdfaid:part="3"' in meta or "<pdfaid:part>3<" in meta
    assert 'pdfaid:conformance="B"' in meta or "<pdfaid:conformance>B<" in meta
    root = reader.trailer["/Root"]
    (intent,) = root["/OutputIntents"]
    assert intent.get_object()["/S"] == "/GTS_PDFA1"
    assert reader.attachments["statements.json"] == [
        (folder / "statements.json").read_bytes()]
    assert "/AF" in root
    # Every font is embedded (PDF/A).
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            descendant = font.get_object().get("/DescendantFonts", [font])[0].get_object()
            descriptor = descendant["/FontDescriptor"].get_object()
            assert any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))


def test_pdf_ua_1_is_tagged_with_alternative_text_for_the_figures(tmp_path):
    reader, _ = build_pdf(tmp_path, "pdf/ua-1")
    root = reader.trailer["/Root"]
    assert bool(root["/MarkInfo"]["/Marked"]) and root["/Lang"] == "en"
    assert re.search(r'pdfuaid:part="1"|<pdfuaid:part>1<', xmp(reader))
    alts = []

    def walk(node):
        node = node.get_object() if hasattr(node, "get_object") else node
        if isinstance(node, dict):
            if node.get("/S") == "/Figure":
                alts.append(node.get("/Alt"))
            if "/K" in node:
                walk(node["/K"])
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(root["/StructTreeRoot"].get_object()["/K"])
    assert alts == ["Who said what about whom", "Statements per actor"]


def test_an_unknown_pdf_variant_is_a_config_error(tmp_path):
    with pytest.raises(ConfigError) as error:
        load_config(config_with(tmp_path, "pdf/x-4"))
    assert str(error.value).endswith(
        'pdf_variant: expected one of pdf/a-3b, pdf/ua-1 or "", got \'pdf/x-4\'')
