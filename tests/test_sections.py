"""A section is one unit: one entry in briefing/config/sections.py, one function, one template.

The toy section below is the recipe "Add a section" (docs) carried out: its config key is
accepted, its analysis runs when it is switched on, and it shows in brief.md and brief.html.
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections import Counter
from pathlib import Path

import pytest

from briefing.analysis.sections import SectionInput
from briefing.config import sections as registry
from briefing.config.sections import Section
from briefing.config.settings import load_config
from briefing.errors import ConfigError
from briefing.pipeline import build_brief
from briefing.render.markdown import render_html, render_markdown
from briefing.sources.files import Skipped, iter_folder

ROOT = Path(__file__).resolve().parent.parent
DAY = dt.date(2024, 1, 19)
TOY = Section("articles_per_day", picture="sections/articles_per_day.md.j2",
              analysis=f"{__name__}:articles_per_day")
TOY_TEMPLATE = """\
{% set days = a.part("articles_per_day") %}
{% if days %}

## Articles per day

{% for day, count in days %}
- {{ day|long_date }}: {{ count }} article{{ "" if count == 1 else "s" }}
{% endfor %}
{% endif %}
"""


def articles_per_day(given: SectionInput) -> tuple[tuple[dt.date, int], ...]:
    """The toy section's analysis: how many articles each day of the window brought."""
    counts = Counter(article.date for article in given.articles)
    return tuple((day, counts[day]) for day in given.days)


@pytest.fixture
def folders(tmp_path: Path) -> tuple[Path, Path]:
    config = tmp_path / "config"
    shutil.copytree(ROOT / "config", config)
    yaml = config / "briefing.yaml"
    text = yaml.read_text("utf-8")
    yaml.write_text(text.replace("  what_changed: true", "  what_changed: true\n"
                                 "  articles_per_day: true", 1), "utf-8")
    templates = tmp_path / "templates"
    shutil.copytree(ROOT / "templates", templates)
    (templates / TOY.picture).write_text(TOY_TEMPLATE, "utf-8")
    return config, templates


def test_an_undeclared_section_key_is_refused(folders: tuple[Path, Path]) -> None:
    with pytest.raises(ConfigError, match="sections.articles_per_day: unknown key"):
        load_config(folders[0])


def test_a_declared_section_is_switched_analysed_and_rendered(
        folders: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(registry, "SECTIONS", (*registry.SECTIONS, TOY))
    config_dir, templates = folders
    config = load_config(config_dir)
    assert config.brief.sections[-1] == "articles_per_day"
    articles = [a for a in iter_folder(ROOT / "seeds") if not isinstance(a, Skipped)]
    brief = build_brief(config, articles, config.brief.window(DAY))
    assert brief.analysis is not None and brief.analysis.sections[-1] == "articles_per_day"
    markdown_text = render_markdown(brief, templates)
    # After the built-in sections of the picture, before the actors' sections.
    assert "## What changed" in markdown_text
    toy = markdown_text.index("## Articles per day")
    assert markdown_text.index("## What changed") < toy < markdown_text.index("## China")
    assert "\n- 18 January 2024: " in markdown_text and "\n- 19 January 2024: " in markdown_text
    html = render_html(markdown_text, brief, templates)
    assert '<h2 id="sec-articles-per-day">Articles per day</h2>' in html
    assert '<a href="#sec-articles-per-day">Articles per day</a>' in html  # the contents


def test_a_declared_section_switched_off_is_not_analysed(
        folders: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(registry, "SECTIONS", (*registry.SECTIONS, TOY))
    config_dir, templates = folders
    yaml = config_dir / "briefing.yaml"
    yaml.write_text(yaml.read_text("utf-8").replace("articles_per_day: true",
                                                    "articles_per_day: false"), "utf-8")
    config = load_config(config_dir)
    articles = [a for a in iter_folder(ROOT / "seeds") if not isinstance(a, Skipped)]
    brief = build_brief(config, articles, config.brief.window(DAY))
    assert brief.analysis is not None and brief.analysis.part("articles_per_day") is None
    assert "Articles per day" not in render_markdown(brief, templates)


def test_every_declared_section_has_its_templates_and_analysis() -> None:
    from briefing.analysis.sections import function

    for section in registry.SECTIONS:
        for template in (section.lead, section.picture):
            assert not template or (ROOT / "templates" / template).is_file(), template
        if section.analysis:
            assert callable(function(section.analysis)), section.key
