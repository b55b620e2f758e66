"""Passages: articles and their statements -> sentences prepared for the analysis rules.

Input: the articles, their source numbers, the extracted statements and the actor matcher.
Output: one `Passage` per sentence, in article order, with the actors it names (outside
and inside quotation marks), the quoted ranges, the statements that overlap it and the
attributions in it ("according to Tehran", "Iran claimed", "Pakistan's Foreign Office
said"), so that `claimant_at` can say whose claim a phrase is.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from briefing.analysis.caseless import lowered
from briefing.analysis.dates import find_dates
from briefing.analysis.model import DateRef
from briefing.analysis.patterns import COUNTS, EVENTS
from briefing.extract.matcher import ActorMatcher
from briefing.extract.text import segment
from briefing.models import PUBLIC, Article, Citation, Span, Statement

SPEECH_VERB = (
    r"(?:said|says|say|stated|states|claimed|claims|added|noted|told|warned|clarified|"
    r"emphasi[sz]ed|reiterated|insisted|confirmed|denied|announced|tweeted|alleged|accused|"
    r"maintained|asserted|argued)"
)
# Between an actor's name and its verb: "'s Foreign Office", " Spokesperson", "has also".
_TO_VERB = re.compile(
    rf"(?:['’]s)?(?:\s+[A-Z][\w-]*|\s+\([A-Z]+\)){{0,5}}\s+(?:has\s+|have\s+|had\s+|also\s+)*"
    rf"{SPEECH_VERB}\b(?!\s+(?:the\s+lives|at\s+least|more\s+than|\d|one|two|three|four|five|"
    rf"six|seven|eight|nine|ten)\b)"
)
_QUOTE_MARK = re.compile('[“”"]')
_ACCORDING = re.compile(r"\baccording\s+to\s+", re.IGNORECASE)
_ALSO_START = re.compile(r"\W*(?:It|He|She|They|The\s+\w+)\s+also\b")


@dataclass(frozen=True, slots=True)
class Passage:
    """One sentence of one article, with what the rules need to know about it."""

    article: Article
    number: int  # the article's number in the source list
    index: int  # the sentence's position in its article
    paragraph: int  # its paragraph's position in its article
    start: int
    end: int
    quoted: tuple[Span, ...]  # ranges inside quotation marks
    mentions: tuple[tuple[str, Span], ...]  # (actor id, span), in text order
    statements: tuple[Statement, ...]  # statements whose spans overlap the sentence
    attributions: tuple[tuple[str, int], ...]  # (actor id, position of the attribution)
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
    return {a.id: tuple(_continue_attributions(
        _article_passages(a, numbers.get(a.id, 0), matcher))) for a in articles}


def _article_passages(article: Article, number: int, matcher: ActorMatcher) -> list[Passage]:
    text = article.text
    index = matcher.index(text, article.date)  # one scan; each sentence is a bisection
    out: list[Passage] = []
    low = lowered(text)
    paragraphs = segment(text)
    ranges = [(s.start, s.end) for paragraph in paragraphs for s in paragraph.sentences]
    # Each pattern scans the article once (caseless.in_ranges), not once a sentence.
    counts = iter(COUNTS.in_ranges(text, low, ranges))
    events = iter(EVENTS.in_ranges(text, low, ranges))
    for p_index, paragraph in enumerate(paragraphs):
        quoted = quoted_ranges(text, paragraph.start, paragraph.end)
        for sentence in paragraph.sentences:
            s, e = sentence.start, sentence.end
            mentions = tuple(
                (m.actor, (m.start, m.end))
                for m in index.find(s, e)
                if m.actor is not None
            )
            inside = tuple((max(a, s), min(b, e)) for a, b in quoted if a < e and b > s)
            named = tuple(dict.fromkeys(a for a, _ in mentions))
            outside = named if not inside else tuple(dict.fromkeys(
                a for a, (at, _) in mentions if not any(q <= at < r for q, r in inside)))
            dates = () if not outside else tuple(
                d for d in find_dates(text, s, e, article.date)
                if not any(q <= d.span[0] < r for q, r in inside))
            out.append(Passage(article, number, len(out), p_index, s, e, inside, mentions,
                               (), _attributions(text, s, e, mentions, inside),
                               tuple(next(counts)),
                               tuple(m.group(1).lower() for m in next(events)),
                               named, outside, dates))
    return out


def _with_statements(found: tuple[Passage, ...],
                     statements: list[Statement]) -> tuple[Passage, ...]:
    if not statements:
        return found
    out = list(found)
    for i, own in _overlapping([(p.start, p.end) for p in found], statements).items():
        out[i] = replace(found[i], statements=own)
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


def _attributions(text: str, start: int, end: int, mentions: tuple[tuple[str, Span], ...],
                  quoted: tuple[Span, ...]) -> tuple[tuple[str, int], ...]:
    """Find "according to X" and "X (...) said" outside quotation marks."""
    if not mentions:
        return ()  # both kinds name an actor
    out: list[tuple[str, int]] = []
    for m in _ACCORDING.finditer(text, start, end):
        after = [a for a, (s, _) in mentions if m.end() <= s <= m.end() + 40]
        if after:
            out.append((after[0], m.start()))
    for i, (actor, (s, e)) in enumerate(mentions):
        if any(a <= s < b for a, b in quoted):
            continue
        verb = _TO_VERB.match(text, e, end)
        # "Pakistan's Inter-Services Public Relations (ISPR) said": the name nearest the verb.
        if verb and not any(e <= s2 < verb.end() for _, (s2, _) in mentions[i + 1:]):
            out.append((actor, s))
    return tuple(sorted(set(out), key=lambda x: (x[1], x[0])))


def _continue_attributions(found: list[Passage]) -> list[Passage]:
    """An unattributed sentence followed by "It also ..., X said" is X's claim too."""
    out = list(found)
    for i in range(len(out) - 1):
        here, after = out[i], out[i + 1]
        if (here.attributions or here.paragraph != after.paragraph
                or not after.attributions or not _ALSO_START.match(after.text)):
            continue
        actor = after.attributions[-1][0]
        out[i] = replace(here, attributions=((actor, here.end),))
    return out


def claimant_at(passage: Passage, pos: int) -> str | None:
    """Whose claim the words at `pos` are: the statement there, else the nearest attribution."""
    for statement in passage.statements:
        speaker = statement.speaker
        if speaker.actor and speaker.voice != PUBLIC and any(
            a <= pos < b for a, b in statement.spans
        ):
            return speaker.actor
    opening = _ACCORDING.match(passage.article.text, passage.start)
    if opening and passage.attributions and passage.attributions[0][1] == passage.start:
        return passage.attributions[0][0]  # "According to Tehran, ..." covers the sentence
    before = [actor for actor, at in passage.attributions if at <= pos]
    if before:
        return before[-1]
    if passage.attributions:
        return passage.attributions[0][0]
    for statement in passage.statements:
        if statement.speaker.actor and statement.speaker.voice != PUBLIC:
            return statement.speaker.actor
    return None


def quoted_ranges(text: str, start: int, end: int) -> tuple[Span, ...]:
    """Ranges inside quotation marks in one paragraph; an unclosed quote runs to its end."""
    out: list[Span] = []
    opened: int | None = None
    # Only the marks change anything below, so only they are visited (not every character).
    for mark in _QUOTE_MARK.finditer(text, start, end):
        i, ch = mark.start(), mark.group()
        if ch == "“" or (ch == '"' and opened is None):
            if opened is None:
                opened = i + 1
        elif (ch == "”" or ch == '"') and opened is not None:
            out.append((opened, i))
            opened = None
    if opened is not None:
        out.append((opened, end))
    return tuple(out)
