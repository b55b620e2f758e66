"""Bottom line: passages -> two to four verbatim sentences that cover the situation.

Input: `Passage` values (context.py) and the actors' emphasis. Output: `Line` values,
extractive only: each is a sentence exactly as an article has it, cited. Candidates are
narrative sentences (mostly outside quotation marks, eight words or more, naming an actor).
A sentence that opens with a pronoun ("He said ...") is no candidate: its subject is in
another sentence; nor, when some sentences report a development, is one that reports none
(colour). A sentence scores for the emphasis of the actors it names, the
most-reported event word ("attack", "strike", ...), what it reports (a development:
an attack, a decision, a threat, an offer, a party's claim of gains or losses; not colour),
by one of the crisis's two parties (a third party's reaction ranks below), an official's
words, a count, a place in the lead, and for how many other stories tell the
same development (sentences sharing most of their content words); it loses for being an
early, hedged or second-hand report ("networks had reported", "unconfirmed"), which a
confirmed account of the same development outranks. The first pick scores best; each
further pick must add something: one of the most emphasised actors (the top three named)
not yet covered, a count not yet given, or a development that other stories tell too and
no pick tells yet. Picks stop at four, or when nothing new is left after two. They are
shown in article and reading order.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from itertools import combinations

from briefing.analysis.context import Passage
from briefing.analysis.model import Line
from briefing.analysis.patterns import DEVELOPMENTS, HEDGED, developments
from briefing.analysis.words import similarity
from briefing.models import OFFICIAL
from briefing.selection import content_words

_PHOTO_CREDIT = re.compile(r"\s[—–-]\s*[A-Z]+/")  # "— APP/File"
# A sentence whose subject is a pronoun or a possessive: who it is stands elsewhere.
_PRONOUN_START = re.compile(r"[\"“(]?(?:He|She|It|They|His|Her|Its|Their|This|These|Those)\b")
MIN_WORDS = 8
MAX_CHARS = 400
MAX_LINES = 4
MIN_LINES = 2
TOP_ACTORS = 3
NEW_STORY = 3  # the worth of a line from a story the bottom line does not cite yet
PARTIES_SHARE = 2 / 3  # where in a sentence its parties are named
CORE_BONUS = 2.0  # a sentence naming both parties of the crisis
BACKGROUND_DAYS = 14  # a sentence dated only this long before its report is background
DEVELOPMENT = 1.5  # the worth of reporting a development rather than colour
OFFICIAL_WORDS = 1.0  # the worth of an official's words
HEDGED_COST = 3.0  # what an early, hedged or second-hand report loses
TOLD_BY = 1.0  # the worth of each other story that tells the same development
MAX_TOLD = 3  # ... counted up to this many
SAME_DEVELOPMENT = 0.5  # content-word similarity at which two sentences tell one development
SOME_WORDS = 0.25  # ... and at which they do when one party does one kind of thing in both
POOL = 300  # the best-scored candidates compared with each other for that
NEW_DEVELOPMENT = 3  # the worth of a line telling a development no pick tells


def bottom_line(passages: Sequence[Passage], emphasis: Mapping[str, float]) -> tuple[Line, ...]:
    """Pick two to four covering sentences; see the module docstring."""
    candidates = [p for p in passages if _is_candidate(p, emphasis)]
    # Never colour where there is news: when sentences report developments, only they.
    news = [p for p in candidates if developments(p.text)]
    candidates = news or candidates
    if not candidates:
        return ()
    core = core_pair(passages, emphasis)
    event = _main_event(passages)
    named = {a for p in candidates for a in _actors(p, emphasis, core)}
    top = set(sorted(named, key=lambda a: (-emphasis[a], a))[:TOP_ACTORS])
    event_re = re.compile(rf"\b{event}", re.IGNORECASE) if event else None
    scores = {id(p): _score(p, emphasis, event_re, core) for p in candidates}
    found_in = {id(p): _developments(p, _actors(p, emphasis, core)) for p in candidates}
    told = _told_by(candidates, scores, found_in)
    for key, others in told.items():
        scores[key] += TOLD_BY * min(len(others), MAX_TOLD)
    scored = sorted(candidates, key=lambda p: (-scores[id(p)], p.number, p.start))
    # Each sentence's actors, counts and score once, not once a round: every round looks at
    # every candidate, and there are tens of thousands in a large window. Its words only
    # when it could be picked (they are the costly part).
    info = [(p, _actors(p, emphasis, core), set(_counts(p)), scores[id(p)]) for p in scored]
    known: dict[int, frozenset[str]] = {}

    def words_of(k: int) -> frozenset[str]:
        if k not in known:
            known[k] = content_words(info[k][0].text)
        return known[k]

    picked: list[Passage] = [scored[0]]
    picked_words = [words_of(0)]
    covered = set(info[0][1]) & top
    counts = set(info[0][2])
    reported = set(found_in[id(scored[0])])
    stories = {scored[0].number}
    while len(picked) < MAX_LINES:
        best: tuple[float, int] | None = None
        for k, (p, actors, found, score) in enumerate(info):
            new_actors = sum(emphasis[a] for a in actors if a in top - covered)
            new_counts = len(found - counts)
            # A development other stories tell too, of a party or kind no pick tells yet
            # (unless a pick tells it in most of the same words: below).
            new_development = int(id(p) in told and not found_in[id(p)] <= reported)
            if new_actors + new_counts + new_development == 0 and len(picked) >= MIN_LINES:
                continue
            # A story mostly tells one development: its second and third sentences are
            # worth less than another story's first, which likely tells another.
            value = (new_actors * 5 + new_counts * 3 + new_development * NEW_DEVELOPMENT
                     + score + NEW_STORY * (p.number not in stories))
            if best is not None and value <= best[0]:
                continue  # could not be picked: no need to know if it repeats a pick
            if p in picked or _repeats(words_of(k), picked_words):
                continue
            if new_development and _repeats(words_of(k), picked_words, SAME_DEVELOPMENT):
                # A pick tells this development already: worth only its actors and counts.
                value -= NEW_DEVELOPMENT
                if new_actors + new_counts == 0 and len(picked) >= MIN_LINES:
                    continue
                if best is not None and value <= best[0]:
                    continue
            best = (value, k)
        if best is None:
            break
        p, actors, found, _ = info[best[1]]
        picked.append(p)
        picked_words.append(words_of(best[1]))
        covered |= set(actors) & top
        counts |= found
        reported |= found_in[id(p)]
        stories.add(p.number)
    picked.sort(key=lambda p: (p.article.date, p.number, p.start))
    return tuple(Line(p.text, _actors(p, emphasis, core), (p.citation(),)) for p in picked)


def _actors(passage: Passage, emphasis: Mapping[str, float],
            core: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """The followed actors a sentence is about: named outside quotation marks in its first
    two thirds. A news sentence names its parties first; its tail holds background
    ("..., including money from the sale of arms to Iran"). A third party counts only in
    a sentence that names both parties of the crisis (`core`): it then acts in the crisis;
    elsewhere it is another story."""
    outside = passage.actors(outside_quotes=True)
    limit = passage.start + (passage.end - passage.start) * PARTIES_SHARE
    early = {a for a, (start, _) in passage.mentions if start < limit}
    found = tuple(a for a in outside if a in early and emphasis.get(a, 0) > 0)
    if core and not core <= set(found):
        return tuple(a for a in found if a in core)
    return found


def _counts(passage: Passage) -> tuple[str, ...]:
    """The counts a sentence gives, as written ("two children")."""
    return tuple(m.group().lower() for m in passage.counts)


def core_pair(passages: Sequence[Passage], emphasis: Mapping[str, float]) -> frozenset[str]:
    """The crisis's two parties: the pair of followed actors named together, outside
    quotation marks, in the most sentences (ties: by id). Empty when no sentence names two
    followed actors."""
    seen: Counter[tuple[str, str]] = Counter()
    for p in passages:
        if len(p.named_outside) > 1:
            seen.update(combinations(sorted(a for a in p.named_outside
                                            if emphasis.get(a, 0) > 0), 2))
    if not seen:
        return frozenset()
    return frozenset(min(seen.items(), key=lambda kv: (-kv[1], kv[0]))[0])


def is_background(passage: Passage) -> bool:
    """Whether every date the sentence gives lies well before its report: background
    ("after an offensive launched on January 9", in a story of March)."""
    limit = passage.article.date - dt.timedelta(days=BACKGROUND_DAYS)
    return bool(passage.dates) and all(d.date < limit for d in passage.dates)


def _is_candidate(passage: Passage, emphasis: Mapping[str, float]) -> bool:
    if not passage.mentions or passage.end - passage.start > MAX_CHARS:
        return False  # the cheap tests first: most sentences fail one of them
    if is_background(passage):
        return False
    text = passage.text
    quoted = sum(e - s for s, e in passage.quoted)
    return (
        len(text.split()) >= MIN_WORDS
        and not _PRONOUN_START.match(text)
        and quoted * 2 < len(text)
        and bool(_actors(passage, emphasis))
        and not _PHOTO_CREDIT.search(text)
    )


def _main_event(passages: Sequence[Passage]) -> str:
    """The event word that the most sentences use, e.g. "attack"."""
    counts = Counter(word for p in passages for word in p.events)
    return min(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0] if counts else ""


def _score(passage: Passage, emphasis: Mapping[str, float],
           event: re.Pattern[str] | None, core: frozenset[str] = frozenset()) -> float:
    text = passage.text
    actors = _actors(passage, emphasis, core)
    value = sum(emphasis[a] for a in actors)
    if core and core <= set(actors):
        value += CORE_BONUS
    if event and event.search(text):
        value += 2.0
    # A development of the crisis's parties; a third party's reaction to it ("Britain
    # backed the attack") is news of a lower order.
    if developments(text) and (not core or not actors or actors[0] in core):
        value += DEVELOPMENT
    if any(s.speaker.voice == OFFICIAL and s.speaker.actor for s in passage.statements):
        value += OFFICIAL_WORDS
    if HEDGED.search(text):
        value -= HEDGED_COST
    if passage.counts:
        value += 1.0
    if passage.index <= 2:
        value += 1.0
    return value


def _developments(passage: Passage, actors: Sequence[str]) -> frozenset[tuple[str, str]]:
    """What a sentence reports, as (who, what): each kind of development it tells, with
    the party named last before the words that tell it, else its first party ("Iran said
    U.S. forces attacked": the United States, attack; "... and vowed revenge": whoever is
    named last before "vowed")."""
    if not actors:
        return frozenset()
    text, at = passage.article.text, passage.start
    named = [(start, a) for a, (start, _) in passage.mentions if a in actors]
    found = set()
    for kind, regex in DEVELOPMENTS:
        for m in regex.finditer(text, at, passage.end):
            before = [a for start, a in named if start < m.start()]
            found.add((before[-1] if before else actors[0], kind))
    return frozenset(found)


def _told_by(candidates: Sequence[Passage], scores: Mapping[int, float],
             found: Mapping[int, frozenset[tuple[str, str]]]) -> dict[int, set[str]]:
    """For each of the POOL best-scored candidates that reports a development, the other
    stories among them that tell the same development (by id of the sentence; only those
    some other story tells): the same party doing the same kind of thing, in some of the
    same words, or most of the same words. The news of a window is what many stories
    report."""
    pool = sorted(candidates, key=lambda p: (-scores[id(p)], p.number, p.start))[:POOL]
    pool = [p for p in pool if found[id(p)]]
    words = [content_words(p.text) for p in pool]
    told: dict[int, set[str]] = {}
    for i, j in combinations(range(len(pool)), 2):
        a, b = pool[i], pool[j]
        if a.article.id == b.article.id:
            continue
        alike = similarity(words[i], words[j])
        if alike < SAME_DEVELOPMENT and (alike < SOME_WORDS
                                         or not found[id(a)] & found[id(b)]):
            continue
        told.setdefault(id(a), set()).add(b.article.id)
        told.setdefault(id(b), set()).add(a.article.id)
    return told


def _repeats(words: frozenset[str], picked: list[frozenset[str]], level: float = 0.6) -> bool:
    return any(similarity(words, other) >= level for other in picked)
