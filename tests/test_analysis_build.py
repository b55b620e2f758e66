"""The analysis through the build: two days in a row, and sections switched off."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from analysis_cases import ROOT, SEEDS
from pypdf import PdfReader

from briefing.build import build, read_previous
from briefing.config.settings import load_config

ANALYSIS_HEADINGS = ("## Bottom line", "## Timeline", "## Key figures", "## Competing accounts",
                     "## Who said what about whom", "## Activity", "## What to watch",
                     "## What changed")


@pytest.fixture(scope="module")
def two_days(tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    config = load_config(ROOT / "config")
    first = build(config, dt.date(2024, 1, 18), article_dirs=[SEEDS], output_root=out)
    second = build(config, dt.date(2024, 1, 19), article_dirs=[SEEDS], output_root=out)
    return out, first, second


def test_the_first_brief_has_nothing_to_compare_with(two_days):
    _, first, _ = two_days
    text = (first.folder / "brief.md").read_text(encoding="utf-8")
    assert "New since" not in text
    assert "No previous brief to compare with." in text


def test_the_day_after_marks_what_is_new(two_days):
    out, _, second = two_days
    text = (second.folder / "brief.md").read_text(encoding="utf-8")
    assert "_New since 18 January 2024:_" in text
    changes = second.brief.analysis.changes
    assert changes.previous == dt.date(2024, 1, 18)
    assert {"russia", "japan"} <= set(changes.new_actors)
    assert changes.silent_actors == ()
    assert changes.new_statements and changes.repeated > 0
    markers = {t.actor: t.marker for t in second.brief.analysis.trends}
    assert markers["russia"] == "new" and markers["china"] == "↑"
    assert read_previous(out, dt.date(2024, 1, 19)).date == dt.date(2024, 1, 18)


def test_every_section_in_markdown_html_and_pdf(two_days):
    _, _, second = two_days
    text = (second.folder / "brief.md").read_text(encoding="utf-8")
    html = (second.folder / "brief.html").read_text(encoding="utf-8")
    for heading in ANALYSIS_HEADINGS:
        assert heading in text
        assert f">{heading[3:]}</h2>" in html
    assert html.count("<svg") == 2 and '<table class="stance">' in html
    pdf_text = "\n".join(page.extract_text()
                          for page in PdfReader(second.folder / "brief.pdf").pages)
    for heading in ANALYSIS_HEADINGS:
        assert heading[3:].upper() in pdf_text
    assert "offers to mediate" in pdf_text  # drawn in the SVG diagram and the table
    assert "CONTENTS" in pdf_text  # the PDF runs over three pages


def test_sections_switched_off_in_the_config_are_left_out(tmp_path):
    config_dir = tmp_path / "config"
    shutil.copytree(ROOT / "config", config_dir)
    yaml_path = config_dir / "briefing.yaml"
    text = yaml_path.read_text(encoding="utf-8")
    for key in ("timeline", "who_said_what", "activity", "what_changed"):
        text = text.replace(f"  {key}: true", f"  {key}: false")
    yaml_path.write_text(text, encoding="utf-8")
    result = build(load_config(config_dir), dt.date(2024, 1, 19), article_dirs=[SEEDS],
                   output_root=tmp_path / "out")
    brief_md = (result.folder / "brief.md").read_text(encoding="utf-8")
    html = (result.folder / "brief.html").read_text(encoding="utf-8")
    for heading in ("## Timeline", "## Who said what about whom", "## Activity",
                    "## What changed"):
        assert heading not in brief_md
    assert "## Bottom line" in brief_md and "## Key figures" in brief_md
    assert "<svg" not in html


def _brief_md(tmp_path, day: dt.date, *texts: str) -> str:
    """brief.md of the shipped config over one article file per text, all dated `day`."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for i, text in enumerate(texts):
        (folder / f"{i}.txt").write_text(f" date {day.isoformat()} {text}\n", encoding="utf-8")
    result = build(load_config(ROOT / "config"), day, article_dirs=[folder],
                   output_root=tmp_path / "out")
    return (result.folder / "brief.md").read_text(encoding="utf-8")


def test_conflicting_figures_share_a_line_in_the_brief(tmp_path):
    brief_md = _brief_md(
        tmp_path, dt.date(2024, 1, 19),
        "Pakistan's military said 40 soldiers were killed in the raid on the border post.",
        "Iran said it killed 12 men in the raid, Tehran radio said.")
    figures = brief_md.split("## Key figures", 1)[1].split("\n## ", 1)[0]
    (line,) = [x for x in figures.splitlines() if x.startswith("- ")]
    assert line.startswith("- Claims differ, soldiers killed: ")
    assert "**40** (“40 soldiers were killed”" in line and "**12** (“killed 12 men”" in line
    assert line + "\n\n" in brief_md  # the list ends before the next heading


def test_an_actor_whose_state_had_another_code_then_is_named_as_it_was(tmp_path):
    brief_md = _brief_md(
        tmp_path, dt.date(1987, 10, 20),
        "Soviet Foreign Ministry spokesman Gennady Gerasimov said Moscow would send an envoy "
        "to the talks.")
    assert "\n## Soviet Union\n" in brief_md and "\n## Russia\n" not in brief_md
