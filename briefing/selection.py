"""Selection stage: attributed statements -> scored, merged, chosen entries per actor.

Input: the statements of every article in the window, the articles, the actors and the
brief settings. Output: one `ActorSection` per shown actor (emphasis order) and the key
developments. Steps: give each statement to the followed actor it speaks for, if any
(`Owners`: by the config actor's id, or by its code; voices that are no state's only
with `non_state_voices`); score each statement; merge near-duplicates (the same quote in two
articles, or the same speaker saying the same thing in other words) into one entry citing
every source; keep each actor's best entries; restore reading order. Linear in the number
of statements: near-duplicates are found through an index of shingles (neighbouring
content words), and each statement is compared with at most BUDGET others.
"""

from __future__ import annotations

import datetime as dt
import heapq
import itertools
import re
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from briefing.config.settings import NON_STATE_VOICES, Actor, Actors, BriefSettings, shows_voice
from briefing.models import (
    ACCORDING_TO,
    OFFICIAL,
    PARTIAL,
    POSITION,
    PUBLIC,
    QUOTE,
    REPORTED,
    ActorSection,
    Article,
    Citation,
    Entry,
    Statement,
)

KIND_SCORE = {QUOTE: 4.0, PARTIAL: 3.0, REPORTED: 2.5, ACCORDING_TO: 2.0, POSITION: 2.0}
STRONG_CUES = re.compile(
    r"condemn|warn|threat|urge|demand|call|offer|announc|vow|pledg|reject|deni|accus|"
    r"mediat|ready|readiness|willing|reaffirm|insist|confirm|clarif",
    re.IGNORECASE,
)
WORD = re.compile(r"[^\W\d_]{3,}", re.UNICODE)  # a word of three letters or more
BUDGET = 16  # leaders one statement is compared with, at most
STOP_WORDS = frozenset(
    """the and that this with from have has had was were are will would could should can
    for not but its their there they them then than also been being into onto over such
    which who whom whose what when where while said says say told added noted stated
    about after before between both each other some any all our your his her him she
    we you one two may might must very more most much many""".split()
)


@dataclass(frozen=True, slots=True)
class Selection:
    sections: tuple[ActorSection, ...]
    key_developments: tuple[Entry, ...]


def score(statement: Statement, article: Article, position: float, day: dt.date) -> float:
    """Score a statement from about 0 to 10: kind, cue, speaker, position, recency, length."""
    value = KIND_SCORE.get(statement.kind, 1.0)
    if STRONG_CUES.search(statement.cue or ""):
        value += 1.0
    if statement.speaker.voice == OFFICIAL and statement.speaker.name:
        value += 1.0
    elif statement.speaker.voice == PUBLIC:
        value -= 1.0
    value += 1.0 - min(max(position, 0.0), 1.0)  # earlier in the article counts more
    age = max((day - article.date).days, 0)
    value += 2.0 / (1 + age)
    words = len(statement.text.split())
    if words < 6:
        value -= 1.5
    elif words > 120:
        value -= 0.5
    return round(max(value, 0.0), 3)


def select(
    statements: Sequence[Statement],
    articles: Mapping[str, Article],
    numbers: Mapping[str, int],
    actors: Actors,
    settings: BriefSettings,
    day: dt.date,
) -> Selection:
    """Choose the entries of the brief; see the module docstring."""
    owner_of = Owners(actors, settings)
    owned = [(s, owner_of(s, articles[s.article_id].date)) for s in statements]
    kept = [s for s, owner in owned if owner is not None]
    owners = [owner for _, owner in owned if owner is not None]
    scores = [_score_in_article(s, articles[s.article_id], day) for s in kept]
    groups = _merge_groups(kept, owners)
    # Each merged group as (score, its best statement, its members in reading order); an
    # Entry is made only for the few that each actor's room shows.
    found: dict[str, list[tuple[float, int, list[int]]]] = defaultdict(list)
    for members in groups:
        if len(members) == 1:  # most statements: nothing to choose between
            best, members_sorted = members[0], members
        else:
            best = min(members, key=lambda i: (-scores[i], _order_key(kept[i], articles,
                                                                      numbers)))
            members_sorted = sorted(members, key=lambda i: _order_key(kept[i], articles,
                                                                      numbers))
        corroboration = 0.5 * (len({kept[i].article_id for i in members}) - 1)
        total = round(scores[best] + min(corroboration, 1.5), 3)
        if total >= settings.min_score:
            found[owners[best]].append((total, best, members_sorted))

    def entry(total: float, best: int, members_sorted: list[int]) -> Entry:
        rep = kept[best]
        citations = [_cite(rep, numbers)] + [
            _cite(kept[i], numbers) for i in members_sorted if i != best
        ]
        return Entry(statement=rep, actor=owners[best], score=total,
                     citations=tuple(_dedupe_citations(citations)))

    sections: list[ActorSection] = []
    chosen: list[tuple[float, Entry]] = []
    for actor in sorted(actors.actors, key=lambda a: (-a.emphasis, a.name, a.id)):
        if actor.emphasis <= 0 or not found.get(actor.id):
            continue
        room = max(1, round(settings.statements_per_actor * actor.emphasis))
        # The best `room` by score, ties in reading order (the key an Entry would have).
        ranked = heapq.nsmallest(room, found[actor.id], key=lambda c: (
            -c[0], *_statement_key(kept[c[1]], articles, numbers)))
        top = sorted((entry(*c) for c in ranked), key=lambda e: _entry_key(e, articles))
        sections.append(ActorSection(actor=actor.id, name=actor.name, kind=actor.kind,
                                     emphasis=actor.emphasis, entries=tuple(top)))
        chosen.extend((e.score * actor.emphasis, e) for e in top)
    chosen.sort(key=lambda pair: (-pair[0], _entry_key(pair[1], articles)))
    key = tuple(_balanced([e for _, e in chosen], settings.key_developments))
    return Selection(sections=tuple(sections), key_developments=key)


def _balanced(ranked: Sequence[Entry], n: int) -> list[Entry]:
    """The first n entries, at most half of them (rounded up) one actor's while another
    actor's wait: emphasis weighs each party's words, it must not silence the others."""
    most = -(-n // 2)
    out: list[Entry] = []
    per: dict[str, int] = defaultdict(int)
    later: list[Entry] = []
    for entry in ranked:
        if len(out) == n:
            break
        if per[entry.actor] < most:
            out.append(entry)
            per[entry.actor] += 1
        else:
            later.append(entry)
    out.extend(later[: n - len(out)])  # only one actor has words: its next ones
    rank = {id(e): i for i, e in enumerate(ranked)}
    return sorted(out, key=lambda e: rank[id(e)])


class Owners:
    """Whose section a statement belongs to, if any followed actor's.

    1. A voice that is no state's (a company, an analyst, an unnamed or private person) is
       left out unless `non_state_voices` is on; then it goes to the actor its speaker
       was named beside (a Pakistani analyst: Pakistan), flagged in the brief.
    2. A speaker matched to a followed actor of actors.yaml without `code:` (Pakistan's
       ISPR, a party, an armed group): that actor, as before codes.
    3. A speaker whose words say the state or body it speaks for (`Speaker.code`): the
       followed actor with that code (an actor written in actors.yaml before one
       `follow_all` adds), else the written actor whose code it is on the article's date
       (the config's "russia" is SUN in 1987, even when follow_all follows SUN too).
    4. A speaker matched to a followed actor with a code, whose own code is unknown: that
       actor. Anything else is no followed actor's.
    """

    def __init__(self, actors: Actors, settings: BriefSettings) -> None:
        self.settings = settings
        followed = [a for a in actors.actors if a.emphasis > 0]
        self.by_id: dict[str, Actor] = {a.id: a for a in followed}
        # Written actors first, so that their codes win over follow_all's.
        self.coded = sorted((a for a in followed if a.code),
                            key=lambda a: (a.followed_all, a.id))
        self._days: dict[dt.date, dict[str, str]] = {}

    def codes_on(self, day: dt.date) -> dict[str, str]:
        """The followed actors' codes on a date -> their ids."""
        if day not in self._days:
            code_on = _code_on() if self.coded else None
            # Each actor's own code, then a written actor's code on the day, which takes it
            # from an actor that follow_all adds: the config's "russia" has the Soviet
            # Union's words of 1987, so that the brief holds one "Soviet Union", not two.
            table: dict[str, str] = {a.code: a.id for a in reversed(self.coded) if a.code}
            for actor in self.coded:
                assert actor.code is not None and code_on is not None
                if not actor.followed_all:
                    code = code_on(actor.code, day)
                    holder = self.by_id.get(table.get(code, ""))
                    if holder is None or holder.followed_all:
                        table[code] = actor.id
            self._days[day] = table
        return self._days[day]

    def __call__(self, s: Statement, day: dt.date) -> str | None:
        speaker = s.speaker
        named = self.by_id.get(speaker.actor or "")
        if speaker.capacity in NON_STATE_VOICES:
            return self._section(named, day) if named is not None and shows_voice(
                speaker.capacity, self.settings) else None
        if named is not None and named.code is None:
            return named.id
        if speaker.code is not None and self.coded:
            return self.codes_on(day).get(speaker.code)
        return self._section(named, day) if named is not None and speaker.code is None \
            else None

    def _section(self, named: Actor, day: dt.date) -> str:
        """The section of a speaker named beside an actor: that of the written actor whose
        code it is on the day, for an actor follow_all adds ("analysts of the Soviet Union"
        go to the config's "russia" in 1987, as the Soviet government's words do), else its
        own."""
        if named.followed_all and named.code is not None and self.coded:
            return self.codes_on(day).get(named.code, named.id)
        return named.id


def _code_on() -> Callable[[str, dt.date], str]:
    """The reference's code of a state on a date (RUS -> SUN in 1987); read only when an
    actor has a code, which the config read from the reference already (cached)."""
    from briefing.knowledge.store import load

    return load().code_on


def _score_in_article(statement: Statement, article: Article, day: dt.date) -> float:
    start = statement.spans[0][0] if statement.spans else 0
    return score(statement, article, start / max(len(article.text), 1), day)


def _order_key(s: Statement, articles: Mapping[str, Article], numbers: Mapping[str, int]) -> (
    tuple[object, ...]
):
    # Reading order, then every field, so that ties never fall back on the input order.
    return (*_reading(s, articles, numbers), *_tie_break(s))


def _entry_key(entry: Entry, articles: Mapping[str, Article]) -> tuple[object, ...]:
    first = entry.citations[0]  # its own statement's source, so first.number is its number
    return _statement_key(entry.statement, articles, {first.article_id: first.number})


def _statement_key(s: Statement, articles: Mapping[str, Article],
                   numbers: Mapping[str, int]) -> tuple[object, ...]:
    return (*_reading(s, articles, numbers), s.text, *_tie_break(s))


def _reading(s: Statement, articles: Mapping[str, Article], numbers: Mapping[str, int]) -> (
    tuple[int, int, int]
):
    """Where a statement stands in reading order: its article's date and number, its start."""
    return (articles[s.article_id].date.toordinal(), numbers.get(s.article_id, 0),
            s.spans[0][0] if s.spans else 0)


def _tie_break(s: Statement) -> tuple[object, ...]:
    return (s.spans, s.text, s.kind, s.cue, s.speaker.name or "", s.speaker.actor or "")


def _cite(s: Statement, numbers: Mapping[str, int]) -> Citation:
    return Citation(article_id=s.article_id, number=numbers.get(s.article_id, 0), spans=s.spans)


def _dedupe_citations(citations: list[Citation]) -> list[Citation]:
    seen: set[str] = set()
    out = []
    for c in citations:
        if c.article_id not in seen:
            seen.add(c.article_id)
            out.append(c)
    return out


def content_sequence(text: str) -> tuple[str, ...]:
    """Return the content words of a text in reading order, lower-cased, plural 's' dropped."""
    words = []
    for w in WORD.findall(text.casefold()):
        if w in STOP_WORDS:
            continue
        words.append(w[:-1] if len(w) > 4 and w.endswith("s") else w)
    return tuple(words)


def content_words(text: str) -> frozenset[str]:
    """Return the content words of a text, lower-cased, with a plural 's' dropped."""
    return frozenset(content_sequence(text))


def _merge_groups(statements: Sequence[Statement],
                  owners: Sequence[str | None] | None = None) -> list[list[int]]:
    """Group near-duplicate statements of the same actor (`owners`, else each speaker's
    actor), each group around one leader.

    Statements are taken longest first (ties by their fields, never by input order), so a
    fragment meets the whole quote. Each is compared with the leaders of earlier groups
    that share a shingle with it (`_shingles`) and joins the first that is the same
    statement (`_same`); if none is, it leads a new group. Comparing with leaders only
    keeps groups from chaining (A like B, B like C, A unlike C). Linear: a statement reads
    its rarest shingles first and compares at most BUDGET leaders, however large the
    window. Not exact: a pair that shares enough words but no shingle stays apart.
    """
    if owners is None:  # each statement's section: its speaker's actor
        owners = [s.speaker.actor for s in statements]
    seqs = [content_sequence(s.text) for s in statements]
    words = [frozenset(seq) for seq in seqs]
    order = sorted(range(len(statements)), key=lambda i: (
        -len(words[i]), statements[i].article_id, *_tie_break(statements[i])))
    rank = {i: r for r, i in enumerate(order)}
    leaders: dict[str | None, dict[tuple[str, ...], list[int]]] = defaultdict(dict)
    groups: dict[int, list[int]] = {}
    for i in order:
        s = statements[i]
        index = leaders[owners[i]]
        keys = _shingles(s.speaker.name, seqs[i])
        found = sorted((bucket for bucket in map(index.get, keys) if bucket), key=len)
        seen: set[int] = set()
        for bucket in found:
            seen.update(bucket[: BUDGET - len(seen)])
            if len(seen) >= BUDGET:
                break
        leader = next((j for j in sorted(seen, key=rank.__getitem__)
                       if _same(s, statements[j], words[i], words[j],
                                len(words[i] & words[j]))), None)
        if leader is None:
            groups[i] = [i]
            for key in keys:
                index.setdefault(key, []).append(i)
        else:
            groups[leader].append(i)
    return sorted(sorted(members) for members in groups.values())


def _shingles(speaker: str | None, seq: tuple[str, ...]) -> set[tuple[str, ...]]:
    """Keys a near-duplicate of the same actor shares: three neighbouring content words
    (the same words), or two in either order under the same speaker (in other words)."""
    keys: set[tuple[str, ...]] = set(zip(seq, seq[1:], seq[2:], strict=False))
    if speaker:  # (were a name ever a content word, a key would only add a candidate)
        keys.update((speaker, a, b) if a < b else (speaker, b, a)
                    for a, b in itertools.pairwise(seq) if a != b)
    return keys


def _words_needed(smaller: int) -> int:
    """Words a statement must share with a larger one to be the same words: 80%, >= 3."""
    return max(3, -(-4 * smaller // 5))


def _speaker_words_needed(smaller: int) -> int:
    """Words the same speaker's statements must share to say the same thing: half, >= 2."""
    return max(2, -(-smaller // 2))


def _same(a: Statement, b: Statement, wa: frozenset[str], wb: frozenset[str], shared: int) -> (
    bool
):
    smaller = min(len(wa), len(wb))
    if smaller == 0:
        return False
    if shared >= _words_needed(smaller):
        return True  # the same words, whoever is named as saying them
    same_speaker = bool(a.speaker.name) and a.speaker.name == b.speaker.name
    # In other words: half of the smaller's words, and a fifth of the larger's (a long
    # speech holds half the words of many short remarks that say something else).
    return (same_speaker and a.article_id != b.article_id
            and shared >= _speaker_words_needed(smaller)
            and 5 * shared >= max(len(wa), len(wb)))
