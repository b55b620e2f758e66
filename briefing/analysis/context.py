"""Passages: articles and their statements -> sentences prepared for the analysis rules.

Input: the articles, their source numbers, the extracted statements and the actor matcher.
Output: one `Passage` per sentence, in article order, with the actors it names (outside
and inside quotation marks), the quoted ranges (extraction's quotes: extract/quotes.py)
and the statements that overlap it, so that `claimant_at` can say whose claim a phrase
is: the speaker of an extracted statement, never a reading of the text of its own.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from briefing.analysis.caseless import lowered
from briefing.analysis.dates import find_dates
from briefing.analysis.model import DateRef
from briefing.analysis.patterns import COUNTS, EVENTS
from briefing.extract.matcher import ActorMatcher
from briefing.extract.quotes import find_quotes
from briefing.extract.text import segment
from briefing.frozen import replacer
from briefing.models import PUBLIC, Article, Citation, Span, Statement


@dataclass(frozen=True, slots=True)
class Passage:
    """One sentence of one article, with what the rules need to know about it."""

    article: Article
    number: int  # the article's number in the source list
    index: int  # the sentence's position in its article
    paragraph: int  # its paragraph's position in its article
    start: int
    end: int
    quoted: tuple[Span, ...]  # the quoted words of extraction's quotes in the sentence
    mentions: tuple[tuple[str, Span], ...]  # (actor id, span), in text order
    statements: tuple[Statement, ...]  # statements whose spans overlap the sentence
    counts: tuple[re.Match[str], ...] = ()  # patterns.COUNTS in the sentence
    events: tuple[str, ...] = ()  # patterns.EVENTS' event words in it, lower-cased
    named: tuple[str, ...] = ()  # the actors of `mentions`, each once, in text order
    named_outside: tuple[str, ...] = ()  # those named outside quotation marks
    # Its date expressions outside quotation marks (dates.find_dates), where it names an
    # actor outside them: the timeline's dated events.
    dates: tuple[DateRef, ...] = ()

    @property
    def text(self) -> str:
        return self.article.text[self.start:self.end]

    def citation(self, span: Span | None = None) -> Citation:
        """Cite the sentence, or a span of it."""
        return Citation(self.article.id, self.number, (span or (self.start, self.end),))

    def actors(self, outside_quotes: bool = False) -> tuple[str, ...]:
        """The actors named, each once, in text order."""
        return self.named_outside if outside_quotes else self.named


# `dataclasses.replace(passage, statements=...)`, several times faster (frozen.py).
_with = replacer(Passage, "statements")

# Every article's passages without their statements (prepare), by article id.
Prepared = Mapping[str, tuple[Passage, ...]]


def passages(
    articles: Sequence[Article],
    numbers: Mapping[str, int],
    statements: Sequence[Statement],
    matcher: ActorMatcher,
    prepared: Prepared | None = None,
) -> tuple[Passage, ...]:
    """Prepare every sentence of every article, in article order, with its statements.

    `prepared` (from `prepare`, made for the same articles, numbers and matcher, e.g. while
    the statements were being extracted) saves doing that part again.
    """
    by_article: dict[str, list[Statement]] = {}
    for statement in statements:
        by_article.setdefault(statement.article_id, []).append(statement)
    if prepared is None:
        prepared = prepare(articles, numbers, matcher)
    out: list[Passage] = []
    for article in articles:
        out.extend(_with_statements(prepared[article.id], by_article.get(article.id, [])))
    return tuple(out)


def prepare(articles: Sequence[Article], numbers: Mapping[str, int],
            matcher: ActorMatcher) -> dict[str, tuple[Passage, ...]]:
    """What the passages are without the statements: it does not wait for extraction."""
    return {a.id: tuple(_article_passages(a, numbers.get(a.id, 0), matcher))
            for a in articles}


def _article_passages(article: Article, number: int, matcher: ActorMatcher) -> list[Passage]:
    text = article.text
    index = matcher.index(text, article.date)  # one scan; each sentence is a bisection
    # (a state follow_all adds is the written actor whose state it was on the date)
    same = matcher.written_on(article.date)
    out: list[Passage] = []
    low = lowered(text)
    paragraphs = segment(text)
    ranges = [(s.start, s.end) for paragraph in paragraphs for s in paragraph.sentences]
    # Each pattern scans the article once (caseless.in_ranges), not once a sentence.
    counts = iter(COUNTS.in_ranges(text, low, ranges))
    events = iter(EVENTS.in_ranges(text, low, ranges))
    # The quoted words, in text order (quotes do not nest; a quote across paragraphs has
    # one span in each), and the first that may still reach the next sentence.
    quoted = sorted(span for quote in find_quotes(text, paragraphs) for span in quote.spans)
    first = 0
    for p_index, paragraph in enumerate(paragraphs):
        for sentence in paragraph.sentences:
            s, e = sentence.start, sentence.end
            while first < len(quoted) and quoted[first][1] <= s:
                first += 1
            mentions = tuple(
                (same.get(m.actor, m.actor), (m.start, m.end))
                for m in index.find(s, e)
                if m.actor is not None
            )
            inside = _within(quoted, first, s, e)
            named = tuple(dict.fromkeys(a for a, _ in mentions))
            outside = named if not inside else tuple(dict.fromkeys(
                a for a, (at, _) in mentions if not any(q <= at < r for q, r in inside)))
            dates = () if not outside else tuple(
                d for d in find_dates(text, s, e, article.date)
                if not any(q <= d.span[0] < r for q, r in inside))
            out.append(Passage(article, number, len(out), p_index, s, e, inside, mentions,
                               (), tuple(next(counts)),
                               tuple(m.group(1).lower() for m in next(events)),
                               named, outside, dates))
    return out


def _within(spans: list[Span], first: int, start: int, end: int) -> tuple[Span, ...]:
    """The parts of `spans` (in text order, none ending before spans[first]) in start..end."""
    out = []
    i = first
    while i < len(spans) and spans[i][0] < end:
        a, b = spans[i]
        if b > start:
            out.append((max(a, start), min(b, end)))
        i += 1
    return tuple(out)


def _with_statements(found: tuple[Passage, ...],
                     statements: list[Statement]) -> tuple[Passage, ...]:
    if not statements:
        return found
    out = list(found)
    for i, own in _overlapping([(p.start, p.end) for p in found], statements).items():
        out[i] = _with(found[i], own)
    return tuple(out)


def _overlapping(ranges: list[Span], statements: list[Statement]) -> (
    dict[int, tuple[Statement, ...]]
):
    """The sentence ranges (in text order) that statements overlap, by index, each with
    those statements in their order: each span is placed by bisection, not tested on every
    range."""
    found: dict[int, set[int]] = {}
    starts = [s for s, _ in ranges]
    for k, statement in enumerate(statements):
        for a, b in statement.spans:
            i = max(bisect.bisect_right(starts, a) - 1, 0)
            while i < len(ranges) and ranges[i][0] < b:
                if ranges[i][1] > a:
                    found.setdefault(i, set()).add(k)
                i += 1
    return {i: tuple(statements[k] for k in sorted(ks)) for i, ks in found.items()}


def carries_cue(passage: Passage, statement: Statement) -> bool:
    """Whether the passage is the sentence that carries the statement's cue (or, without
    one, its first words): the one place a statement is counted, of all it overlaps."""
    at = statement.cue_span[0] if statement.cue_span else statement.spans[0][0]
    return passage.start <= at < passage.end


def claimant_at(passage: Passage, pos: int) -> str | None:
    """Whose claim the words at `pos` are: the speaker of the statement whose words hold
    them, else of the sentence's first statement (the words are the sentence's report of
    it: "The attack killed seven, Pakistan said ..."); None when it holds no statement."""
    spoken = [s for s in passage.statements
              if s.speaker.actor is not None and s.speaker.voice != PUBLIC]
    for statement in spoken:
        if any(a <= pos < b for a, b in statement.spans):
            return statement.speaker.actor
    return spoken[0].speaker.actor if spoken else None
