"""Composition of the core stages: articles -> Brief, with no I/O.

Input: the config, the articles read, the brief date. Output: a `Brief`. Reads top to
bottom like the process it performs: keep the articles in the window, number them as
sources, extract and attribute their statements, select the entries per actor.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from briefing.config import Config
from briefing.matcher import ActorMatcher, build_matcher
from briefing.models import Article, Brief, SourceRef, Statement
from briefing.selection import select
from briefing.statements import extract


def build_brief(
    config: Config,
    articles: Iterable[Article],
    day: dt.date,
    matcher: ActorMatcher | None = None,
) -> Brief:
    """Build the brief for `day` from the articles (those outside the window are ignored)."""
    settings = config.brief
    start = day - dt.timedelta(days=settings.window_days)
    used = in_window(articles, start, day)
    sources = number_sources(used)
    numbers = {s.article_id: s.number for s in sources}
    statements = extract_all(used, matcher or build_matcher(config.actors))
    by_id = {a.id: a for a in used}
    chosen = select(statements, by_id, numbers, config.actors, settings, day)
    return Brief(
        title=settings.title,
        date=day,
        window_start=start,
        handling=settings.handling,
        key_developments=chosen.key_developments
        if "key_developments" in settings.sections else (),
        sections=chosen.sections if "actors" in settings.sections else (),
        sources=sources if "sources" in settings.sections else (),
    )


def in_window(articles: Iterable[Article], start: dt.date, end: dt.date) -> tuple[Article, ...]:
    """Return the articles dated start..end inclusive, each id once, in source order."""
    seen: dict[str, Article] = {}
    for article in articles:
        if start <= article.date <= end and article.id not in seen:
            seen[article.id] = article
    return tuple(sorted(seen.values(), key=lambda a: (a.date, a.source, a.title, a.id)))


def number_sources(articles: Sequence[Article]) -> tuple[SourceRef, ...]:
    """Number the articles 1.. in the order given."""
    return tuple(
        SourceRef(number=n, article_id=a.id, title=a.title, source=a.source, date=a.date,
                  url=a.url)
        for n, a in enumerate(articles, start=1)
    )


def extract_all(articles: Sequence[Article], matcher: ActorMatcher) -> tuple[Statement, ...]:
    """Extract and attribute the statements of every article, in article order."""
    out: list[Statement] = []
    for article in articles:
        out.extend(extract(article, matcher))
    return tuple(out)
