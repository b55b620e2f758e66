"""Bottom line: passages -> two to four verbatim sentences that cover the situation.

Input: `Passage` values (context.py) and the actors' emphasis. Output: `Line` values,
extractive only: each is a sentence exactly as an article has it, cited. Candidates are
narrative sentences (mostly outside quotation marks, eight words or more, naming an actor).
A sentence scores for the emphasis of the actors it names, the most-reported event word
("attack", "strike", ...), a count, a place in the lead. The first pick scores best; each
further pick must add something: one of the most emphasised actors (the top three named)
not yet covered, or a count not yet given. Picks stop at four, or when nothing new is left
after two. They are shown in article and reading order.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from itertools import combinations

from briefing.analysis.context import Passage
from briefing.analysis.model import Line
from briefing.analysis.words import similarity
from briefing.selection import content_words

_PHOTO_CREDIT = re.compile(r"\s[—–-]\s*[A-Z]+/")  # "— APP/File"
MIN_WORDS = 8
MAX_CHARS = 400
MAX_LINES = 4
MIN_LINES = 2
TOP_ACTORS = 3
NEW_STORY = 3  # the worth of a line from a story the bottom line does not cite yet
PARTIES_SHARE = 2 / 3  # where in a sentence its parties are named
CORE_BONUS = 2.0  # a sentence naming both parties of the crisis
BACKGROUND_DAYS = 14  # a sentence dated only this long before its report is background


def bottom_line(passages: Sequence[Passage], emphasis: Mapping[str, float]) -> tuple[Line, ...]:
    """Pick two to four covering sentences; see the module docstring."""
    candidates = [p for p in passages if _is_candidate(p, emphasis)]
    if not candidates:
        return ()
    core = core_pair(passages, emphasis)
    event = _main_event(passages)
    named = {a for p in candidates for a in _actors(p, emphasis, core)}
    top = set(sorted(named, key=lambda a: (-emphasis[a], a))[:TOP_ACTORS])
    event_re = re.compile(rf"\b{event}", re.IGNORECASE) if event else None
    scores = {id(p): _score(p, emphasis, event_re, core) for p in candidates}
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
    stories = {scored[0].number}
    while len(picked) < MAX_LINES:
        best: tuple[float, int] | None = None
        for k, (p, actors, found, score) in enumerate(info):
            new_actors = sum(emphasis[a] for a in actors if a in top - covered)
            new_counts = len(found - counts)
            if new_actors + new_counts == 0 and len(picked) >= MIN_LINES:
                continue
            # A story mostly tells one development: its second and third sentences are
            # worth less than another story's first, which likely tells another.
            value = new_actors * 5 + new_counts * 3 + score + NEW_STORY * (p.number not in stories)
            if best is not None and value <= best[0]:
                continue  # could not be picked: no need to know if it repeats a pick
            if p in picked or _repeats(words_of(k), picked_words):
                continue
            best = (value, k)
        if best is None:
            break
        p, actors, found, _ = info[best[1]]
        picked.append(p)
        picked_words.append(words_of(best[1]))
        covered |= set(actors) & top
        counts |= found
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
    if passage.counts:
        value += 1.0
    if passage.index <= 2:
        value += 1.0
    return value


def _repeats(words: frozenset[str], picked: list[frozenset[str]]) -> bool:
    return any(similarity(words, other) >= 0.6 for other in picked)
