"""Small inline actors, articles and statements for the analysis tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from briefing.analysis.context import Passage, passages
from briefing.config.settings import Actor, Actors, Person
from briefing.extract.matcher import ActorMatcher, build_matcher
from briefing.extract.statements import extract
from briefing.models import OFFICIAL, QUOTE, REPORTED, Article, Speaker, Statement

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

ACTORS = Actors(
    actors=(
        Actor("pakistan", "Pakistan", "state", 2.0,
              ("Islamabad", "Pakistani", "Pakistanis", "Foreign Office"),
              (Person("Mumtaz Zahra Baloch", "Foreign Office spokesperson"),)),
        Actor("pakistan_ispr", "Pakistan military (ISPR)", "government body", 1.0,
              ("ISPR", "Inter-Services Public Relations"), ()),
        Actor("iran", "Iran", "state", 2.0, ("Tehran", "Iranian"), ()),
        Actor("china", "China", "state", 1.5, ("Beijing", "Chinese"),
              (Person("Mao Ning", "Foreign Ministry spokesperson"),)),
        Actor("russia", "Russia", "state", 1.0, ("Moscow", "Russian"), ()),
        Actor("japan", "Japan", "state", 0.0, ("Tokyo", "Japanese"), ()),
    ),
    roles=("spokesperson",),
    discard=(),
)
SHOWN = frozenset(a.id for a in ACTORS.actors if a.emphasis > 0)


def matcher() -> ActorMatcher:
    return build_matcher(ACTORS)


def article(text: str, day: dt.date = dt.date(2024, 1, 18), ident: str = "a1") -> Article:
    return Article(id=ident, date=day, title="t", source="s", url=None, text=text, origin="test")


def said(art: Article, words: str, actor: str | None, *, kind: str = REPORTED,
         cue: str = "said", name: str | None = None) -> Statement:
    """A statement of `words` (which must stand in the article) by `actor`."""
    start = art.text.index(words)
    cue_at = art.text.find(cue) if cue else -1
    return Statement(
        article_id=art.id, kind=kind, spans=((start, start + len(words)),), text=words, cue=cue,
        cue_span=(cue_at, cue_at + len(cue)) if cue_at >= 0 else None,
        speaker=Speaker(name=name, role=None, actor=actor, voice=OFFICIAL, mention=None,
                        span=None),
    )


def extracted(art: Article) -> tuple[Article, tuple[Statement, ...]]:
    """The article with the statements extraction finds in it (what the pipeline passes)."""
    return art, extract(art, matcher())


def quote(art: Article, words: str, actor: str, cue: str = "said") -> Statement:
    return said(art, words, actor, kind=QUOTE, cue=cue)


def prepare(*items: tuple[Article, tuple[Statement, ...]]) -> tuple[Passage, ...]:
    """Passages of the articles (numbered 1.. in the order given) with their statements."""
    arts = [a for a, _ in items]
    numbers = {a.id: n for n, a in enumerate(arts, start=1)}
    statements = [s for _, group in items for s in group]
    return passages(arts, numbers, statements, matcher())


def verbatim(articles: dict[str, Article], article_id: str, spans: tuple[tuple[int, int], ...],
             text: str) -> bool:
    """True if `text` stands at the first span of the article (the cited words)."""
    start, end = spans[0]
    return articles[article_id].text[start:end] == text
