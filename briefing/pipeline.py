"""Composition of the core stages: articles -> Brief, with no I/O.

Input: the config, the articles read, the brief date. Output: a `Brief`. Reads top to
bottom like the process it performs: keep the articles in the window, number them as
sources, extract and attribute their statements, select the entries per actor.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace

from briefing.analysis import PreviousBrief, analyse, cited_numbers, prepare_text, renumber
from briefing.brief import Brief
from briefing.config.settings import Actors, Config
from briefing.extract import parallel
from briefing.extract.matcher import ActorMatcher, build_matcher
from briefing.gcpause import paused_gc
from briefing.models import Article, Entry, SourceRef, Window, shown_numbers
from briefing.selection import Selection, select


def build_brief(
    config: Config,
    articles: Iterable[Article],
    window: Window,
    matcher: ActorMatcher | None = None,
    jobs: int = 1,
    previous: PreviousBrief | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Brief:
    """Build the brief for the window's last day from the articles (those outside the window
    are ignored, and an id seen twice counts once: the first wins)."""
    with paused_gc():  # see gcpause.py: the cycle collector's walks grow with the window
        return _build_brief(config, articles, window, matcher, jobs, previous, progress)


def _build_brief(
    config: Config,
    articles: Iterable[Article],
    window: Window,
    matcher: ActorMatcher | None,
    jobs: int,
    previous: PreviousBrief | None,
    progress: Callable[[int, int], None] | None,
) -> Brief:
    settings = config.brief
    start, day = window.start, window.end
    used = in_window(articles, window)
    sources = number_sources(used)
    numbers = {s.article_id: s.number for s in sources}
    matcher = matcher or build_matcher(config.actors)
    actors = named_on(config.actors, day, matcher)
    report = (lambda done: progress(done, len(used))) if progress else None
    # The sentences the analysis reads need no statements: they are prepared meanwhile.
    statements, ready = parallel.extract_while(
        used, matcher, lambda: prepare_text(used, numbers, matcher, settings.sections), jobs,
        report)
    by_id = {a.id: a for a in used}
    chosen = select(statements, by_id, numbers, actors, settings, day)
    chosen = Selection(
        sections=chosen.sections if "actors" in settings.sections else (),
        key_developments=chosen.key_developments
        if "key_developments" in settings.sections else (),
    )
    entries = (*chosen.key_developments, *(e for s in chosen.sections for e in s.entries))
    analysis = analyse(used, numbers, statements, entries, actors, matcher, (start, day),
                       previous, settings.sections, ready)
    chosen, sources = cited_sources(chosen, sources, cited_numbers(analysis))
    analysis = renumber(analysis, {numbers[s.article_id]: s.number for s in sources})  # else 0
    return Brief(
        title=settings.title,
        date=day,
        window_start=start,
        handling=settings.handling,
        key_developments=chosen.key_developments,
        sections=chosen.sections,
        sources=sources if "sources" in settings.sections else (),
        analysis=analysis,
        statements=tuple(statements),
    )


def named_on(actors: Actors, day: dt.date, matcher: ActorMatcher) -> Actors:
    """The configured actors as the brief names them on `day`: an actor whose state had
    another code then takes that state's name ("Russia" in a brief of 1987 is the Soviet
    Union's section, as its statements' actor_code SUN says)."""
    book = matcher.voices
    renamed = []
    for actor in actors.actors:
        voice = book.codes.get(actor.id)
        code = voice.code if voice is not None else None
        then = book.reference.code_on(code, day) if code else None
        name = book.reference.name_of(then) if then and then != code else ""
        renamed.append(replace(actor, name=name) if name else actor)
    return replace(actors, actors=tuple(renamed))


def in_window(articles: Iterable[Article], window: Window) -> tuple[Article, ...]:
    """Return the articles dated in the window, each id once (the first), in source order.

    The one place where articles are filtered to the window and de-duplicated: the edges
    (folders, the store) only avoid reading what the window cannot use."""
    seen: dict[str, Article] = {}
    for article in articles:
        if article.date in window and article.id not in seen:
            seen[article.id] = article
    return tuple(sorted(seen.values(), key=lambda a: (a.date, a.source, a.title, a.id)))


def number_sources(articles: Sequence[Article]) -> tuple[SourceRef, ...]:
    """Number the articles 1.. in the order given."""
    return tuple(
        SourceRef(number=n, article_id=a.id, title=a.title, source=a.source, date=a.date,
                  url=a.url)
        for n, a in enumerate(articles, start=1)
    )


def cited_sources(
    chosen: Selection, sources: Sequence[SourceRef], also: Iterable[int] = ()
) -> tuple[Selection, tuple[SourceRef, ...]]:
    """Keep only the sources the chosen entries cite, renumbered 1.. in the same order.

    A brief over thousands of articles lists the few dozen it quotes, not every article
    read: a 10,000-line source list would be most of the PDF and of its build time.
    """
    entries = [*chosen.key_developments, *(e for s in chosen.sections for e in s.entries)]
    # The numbers the lines show (models.SHOWN_CITATIONS each); `also`: the analysis's.
    cited = {n for e in entries for n in shown_numbers(e.citations)[0]} | set(also)
    kept = [s for s in sources if s.number in cited]
    new = {s.number: n for n, s in enumerate(kept, start=1)}

    def renumber(e: Entry) -> Entry:
        return replace(e, citations=tuple(replace(c, number=new.get(c.number, 0))
                                          for c in e.citations))

    return (
        Selection(
            sections=tuple(replace(s, entries=tuple(map(renumber, s.entries)))
                           for s in chosen.sections),
            key_developments=tuple(map(renumber, chosen.key_developments)),
        ),
        tuple(replace(s, number=new[s.number]) for s in kept),
    )
