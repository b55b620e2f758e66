"""Pipeline composition: the brief's source list holds only the articles it cites."""

from __future__ import annotations

from conftest import make_entry, make_section, make_source

from briefing.models import shown_numbers
from briefing.pipeline import cited_sources
from briefing.selection import Selection


def test_cited_sources_keeps_the_cited_renumbered_in_order() -> None:
    sources = tuple(make_source(n) for n in range(1, 7))
    china = make_entry("We are willing to play a constructive role.", cited=(5, 2))
    russia = make_entry("It is regrettable that this is happening.", actor="russia", cited=(5,))
    chosen = Selection(
        sections=(make_section(entries=(china,)),
                  make_section("russia", "Russia", entries=(russia,))),
        key_developments=(russia,),
    )
    renumbered, kept = cited_sources(chosen, sources)
    assert [(s.number, s.article_id, s.title) for s in kept] == [
        (1, "a2", "Article 2"),
        (2, "a5", "Article 5"),
    ]
    china_after, russia_after = (section.entries[0] for section in renumbered.sections)
    assert [c.number for c in china_after.citations] == [2, 1]
    assert [c.article_id for c in china_after.citations] == ["a5", "a2"]
    assert [c.number for c in russia_after.citations] == [2]
    assert renumbered.key_developments == (russia_after,)
    assert china_after.statement == china.statement


def test_cited_sources_of_an_empty_selection_is_empty() -> None:
    chosen = Selection(sections=(), key_developments=())
    assert cited_sources(chosen, (make_source(1),)) == (chosen, ())


def test_a_line_shows_three_sources_and_only_those_are_listed() -> None:
    sources = tuple(make_source(n) for n in range(1, 9))
    wide = make_entry("We are willing to play a constructive role.", cited=(7, 2, 5, 3, 8))
    chosen = Selection(sections=(make_section(entries=(wide,)),), key_developments=())
    renumbered, kept = cited_sources(chosen, sources, also=(8,))
    # The three lowest numbers of the line, and 8 which the analysis shows.
    assert [s.article_id for s in kept] == ["a2", "a3", "a5", "a8"]
    after = renumbered.sections[0].entries[0]
    assert [(c.article_id, c.number) for c in after.citations] == [
        ("a7", 0), ("a2", 1), ("a5", 3), ("a3", 2), ("a8", 4)]
    assert shown_numbers(after.citations) == ((1, 2, 3), 2)


def test_shown_numbers_counts_articles_not_spans() -> None:
    twice = make_entry("Text.", cited=(4, 4, 1)).citations
    assert shown_numbers(twice) == ((1, 4), 0)
