"""The whole analysis on the seed articles, with the real extractor and actors.yaml."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from analysis_cases import ROOT, SEEDS, article

from briefing.analysis import SECTIONS, analyse
from briefing.config.settings import load_config
from briefing.extract.matcher import build_matcher
from briefing.extract.statements import extract
from briefing.sources.files import iter_folder

WINDOW = (dt.date(2024, 1, 18), dt.date(2024, 1, 19))


@pytest.fixture(scope="module")
def seeds():
    config = load_config(ROOT / "config")
    matcher = build_matcher(config.actors)
    articles = tuple(sorted(iter_folder(Path(SEEDS)), key=lambda a: a.date))
    numbers = {a.id: n for n, a in enumerate(articles, start=1)}
    statements = tuple(s for a in articles for s in extract(a, matcher))
    result = analyse(articles, numbers, statements, (), config.actors, matcher, WINDOW)
    return articles, result


def cited_texts(result):
    yield from ((line.text, line.citations) for line in result.bottom_line)
    yield from ((e.text, e.citations) for e in result.timeline)
    yield from ((f.text, f.citations) for f in result.figures)
    for c in result.contrasts:
        yield (c.first.text, c.first.citations)
        yield (c.second.text, c.second.citations)
    yield from ((w.text, w.citations) for w in result.watch)


def test_every_line_is_verbatim_at_its_first_citation(seeds):
    articles, result = seeds
    by_id = {a.id: a for a in articles}
    count = 0
    for text, citations in cited_texts(result):
        (start, end), *_ = citations[0].spans
        assert by_id[citations[0].article_id].text[start:end] == text
        count += 1
    assert count > 20


def test_timeline_on_the_seeds(seeds):
    _, result = seeds
    events = [(e.date.isoformat(), e.approximate, e.when, e.actors[0]) for e in result.timeline]
    assert ("2024-01-16", True, "late Tuesday night", "iran") in events
    assert ("2024-01-17", False, "January 17", "pakistan") in events
    assert ("2024-01-18", True, "overnight", "iran") in events  # Pakistan's strikes
    assert ("2024-01-18", False, "January 18", "pakistan") in events  # the ISPR
    assert ("2024-01-18", False, "Thursday", "china") in events
    reactions = {e.actors[0] for e in result.timeline if e.date == dt.date(2024, 1, 19)}
    assert {"china", "japan", "russia", "pakistan"} <= reactions
    assert [e.date for e in result.timeline] == sorted(e.date for e in result.timeline)


def test_key_figures_on_the_seeds(seeds):
    _, result = seeds
    shown = {(f.shown, f.category, f.counted, f.claimant) for f in result.figures}
    assert ("2", "killed", "children", "pakistan") in shown
    assert ("3", "injured", "girls", "pakistan") in shown
    assert ("≥ 7", "killed", "civilians", "iran") in shown


def test_competing_accounts_on_the_seeds(seeds):
    _, result = seeds
    pairs = {(c.agent, c.first.actor, c.second.actor) for c in result.contrasts}
    assert pairs == {("pakistan", "pakistan", "iran"), ("iran", "iran", "pakistan")}
    by_agent = {c.agent: c for c in result.contrasts}
    assert "targeted terrorist hideouts" in by_agent["pakistan"].first.text
    assert "at least seven civilians" in by_agent["pakistan"].second.text
    assert "militant organisation" in by_agent["iran"].first.text
    assert "two children dead" in by_agent["iran"].second.text


def test_stance_watch_and_activity_on_the_seeds(seeds):
    _, result = seeds
    cells = {(c.speaker, c.target): c.cues for c in result.stance_table}
    assert "offers to mediate" in cells[("china", "pakistan")]
    assert {"condemns", "warns", "respects"} <= set(cells[("pakistan", "iran")])
    texts = " ".join(w.text for w in result.watch)
    assert "warned Iran of serious consequences" in texts
    assert "will continue its endeavour" in texts
    totals = {row.actor: row.total for row in result.activity}
    assert totals["china"] >= totals["russia"] > 0
    # Plain data for render's charts: no SVG or HTML in the analysis.
    assert not any("<svg" in str(getattr(result, f)) for f in result.__dataclass_fields__)


def test_bottom_line_has_two_to_four_lines(seeds):
    _, result = seeds
    assert 2 <= len(result.bottom_line) <= 4


def test_sections_switched_off_are_empty(seeds):
    articles, _ = seeds
    config = load_config(ROOT / "config")
    matcher = build_matcher(config.actors)
    numbers = {a.id: n for n, a in enumerate(articles, start=1)}
    statements = tuple(s for a in articles for s in extract(a, matcher))
    result = analyse(articles, numbers, statements, (), config.actors, matcher, WINDOW,
                     sections=("timeline",))
    assert result.sections == ("timeline",) and result.timeline
    assert not (result.bottom_line or result.figures or result.contrasts or result.stance
                or result.activity or result.watch or result.stance_table)
    assert result.changes is None
    assert set(SECTIONS) >= set(result.sections)


def test_every_analysis_section_can_be_switched_in_the_config():
    from briefing.config import sections as config

    assert set(SECTIONS) <= set(config.keys())


def test_the_who_said_what_table_keeps_the_busiest_speakers_and_targets() -> None:
    from briefing.analysis import MAX_TABLE, _busiest
    from briefing.analysis.model import StanceCell

    cells = [StanceCell(f"s{i:02d}", f"t{j:02d}", ("urges",), 1 + i + j, ())
             for i in range(MAX_TABLE + 3) for j in range(MAX_TABLE + 2)]
    kept = _busiest(cells, MAX_TABLE)
    assert {c.speaker for c in kept} == {f"s{i:02d}" for i in range(3, MAX_TABLE + 3)}
    assert {c.target for c in kept} == {f"t{j:02d}" for j in range(2, MAX_TABLE + 2)}
    assert len(kept) == MAX_TABLE * MAX_TABLE
    assert _busiest(cells[:5], MAX_TABLE) == tuple(cells[:5])  # a small table is whole


def test_a_company_named_beside_a_followed_state_is_no_actor_in_the_picture() -> None:
    # The shipped config follows South Africa: a mining company "of" it, saying when an
    # accident happened, is no dated act or word of South Africa's (its section may still
    # show it, flagged as a company's)
    config = load_config(ROOT / "config")
    matcher = build_matcher(config.actors)
    day = dt.date(1987, 10, 19)
    text = ("Rand Mines Properties Ltd, one of South Africa's big six mining companies, said "
            "in a statement that the accident occurred on Saturday morning at a mine near "
            "Johannesburg.\n\n"
            "The South African government said on Saturday it would open an inquiry.")
    art = article(text, day)
    statements = extract(art, matcher)
    assert {s.speaker.capacity for s in statements} == {"business", "gov"}
    result = analyse((art,), {art.id: 1}, statements, (), config.actors, matcher, (day, day))
    assert [e.text[:30] for e in result.timeline] == ["The South African government s"]
