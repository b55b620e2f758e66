"""Actor matching: the actor dictionary -> one compiled matcher for names in text.

Input: `config.settings.Actors` (aliases, people with roles and dates, role phrases, discard
phrases). Output: an `ActorMatcher` whose `find(text, start, end)` lists the `Mention`s of
actors, people and roles in a range, each with its span. All phrases go into ONE regular
expression, compiled once from a character trie, so a scan is a single pass over the text
whatever the size of the dictionary. Longest match wins; matches respect word boundaries.
Names and aliases are case-sensitive ("SCO" is not "sco"); role phrases are not.
Discard phrases ("Indian Ocean") are matched like the others and then dropped, which stops
the shorter alias inside them from matching. A whole article is scanned once by `prescan`, an
Aho-Corasick automaton over the lower-cased phrases and cues, about twice as fast as the trie.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import ahocorasick_rs

from briefing.config.settings import Actors, Person
from briefing.extract import cues
from briefing.extract.onebyte import OneByte
from briefing.extract.runs import first_after_given_name
from briefing.extract.text import START, is_word_char, trie_pattern
from briefing.extract.voicebook import VoiceBook, voice_book
from briefing.frozen import constructor
from briefing.knowledge import load as load_reference
from briefing.knowledge.names import REGNAL, same_given

ALIAS = "alias"
PERSON = "person"
ROLE = "role"
DISCARD = "discard"


@dataclass(frozen=True, slots=True)
class Sense:
    """What a dictionary phrase stands for."""

    kind: str  # ALIAS, PERSON, ROLE or DISCARD
    actor: str | None  # actor id (None for roles and global discards)
    person: Person | None = None
    full: bool = True  # a person's full name (not only the last name or an alias)


@dataclass(frozen=True, slots=True)
class Prescan:
    """Where the actor phrases of an article stand, and where its cues may start.

    Made by `ActorMatcher.prescan`: one scan serves the matcher and the cue patterns.
    """

    spans: tuple[tuple[int, int], ...]  # what `ActorMatcher._regex.finditer` finds
    cue_starts: tuple[int, ...]  # sorted; every match of cues.CUE starts at one of them


@dataclass(frozen=True, slots=True)
class Mention:
    """One match of the dictionary in a text."""

    start: int
    end: int
    kind: str  # ALIAS, PERSON or ROLE
    actor: str | None
    person: Person | None
    full: bool
    text: str


new_mention = constructor(Mention)


class ActorMatcher:
    """Find actor, person and role mentions with one precompiled expression."""

    def __init__(self, actors: Actors) -> None:
        self.actors = actors
        exact: dict[str, list[Sense]] = {}
        folded: dict[str, list[Sense]] = {}
        for actor in actors.actors:
            for alias in (actor.name, *actor.aliases):
                exact.setdefault(alias, []).append(Sense(ALIAS, actor.id))
            for person in actor.people:
                exact.setdefault(person.name, []).append(Sense(PERSON, actor.id, person))
                short = dict.fromkeys((person.name.split()[-1], *person.aliases))
                for name in short:
                    if name != person.name:
                        entry = Sense(PERSON, actor.id, person, full=False)
                        exact.setdefault(name, []).append(entry)
            for phrase in actor.discard:
                exact.setdefault(phrase, []).insert(0, Sense(DISCARD, actor.id))
        for phrase in actors.discard:
            exact.setdefault(phrase, []).insert(0, Sense(DISCARD, None))
        for role in actors.roles:
            folded.setdefault(role.lower(), []).append(Sense(ROLE, None))
        self._exact = exact
        self._folded = folded
        # One trie over every phrase, case-folded so that the longest phrase wins whatever
        # its case rule; the case rule is applied when a match is looked up.
        lowered = [phrase.lower() for phrase in (*exact, *folded)]
        pattern = trie_pattern(lowered)
        source = rf"(?<!\w)(?:{pattern})(?!\w)" if pattern else r"(?!x)x"
        self._regex = re.compile(source, re.IGNORECASE)
        # The same phrases as plain strings find the same matches in text.lower() where
        # every character of the text lowercases to one character that the phrases'
        # characters match exactly as IGNORECASE would match it. A cue of cues.py is
        # lowercase, so it stands in text.lower() too: one automaton finds both.
        kinds: dict[str, int] = {}
        for phrase in lowered:
            kinds[phrase] = _ACTOR
        for phrase in cues.CUE_PHRASES:
            kinds[phrase] = kinds.get(phrase, 0) | _CUE
        kinds.pop("", None)  # (an automaton takes no empty pattern; none is configured)
        self._patterns = sorted(kinds)
        self._kinds = [kinds[phrase] for phrase in self._patterns]
        self._str_automaton: ahocorasick_rs.AhoCorasick | None = None  # (`_automaton`)
        self._atoms = [(ch, re.compile(re.escape(ch), re.IGNORECASE))
                       for ch in sorted(set("".join(lowered)))]
        self._plain_chars: set[str] = set()  # characters checked to lowercase plainly
        self._ascii_plain = all(self._lowers_plainly(chr(code)) for code in range(128))
        # The same phrases one byte per character: most texts are scanned so (`prescan`).
        self._onebyte: OneByte | None = None
        self._byte_kinds: list[int] = []
        self._byte_automaton: ahocorasick_rs.BytesAhoCorasick | None = None
        if self._ascii_plain:
            self._onebyte = OneByte(self._patterns, self._lowers_plainly)
            self._byte_automaton = self._bytes_automaton()
        self._book: VoiceBook | None = None
        self._states: dict[str, str] | None = None  # `states_by_code`, on first use
        # (phrase, date) -> `_choose(self._lookup(phrase), date)`: a function of its key
        # alone, emptied when it holds MEMO keys (most phrases come again: "Trump", "Iran")
        self._chosen: dict[tuple[str, dt.date | None], Sense | None] = {}
        self._added = frozenset(a.id for a in actors.actors if a.followed_all)  # follow_all's
        self._written: dict[dt.date, dict[str, str]] = {}  # `written_on`, once a date

    @property
    def voices(self) -> VoiceBook:
        """The worldwide reference and the configured actors' codes, made on first use."""
        if self._book is None:
            self._book = voice_book(self.actors, load_reference())
        return self._book

    @property
    def states_by_code(self) -> dict[str, str]:
        """The configured state whose code is each code (a code two states share is left
        out), made on first use: the same for every article (do not change it)."""
        if self._states is None:
            found: dict[str, list[str]] = {}
            for actor in self.actors.actors:
                code = self.voices.codes.get(actor.id)
                if actor.kind == "state" and code is not None and code.code is not None:
                    found.setdefault(code.code, []).append(actor.id)
            self._states = {code: ids[0] for code, ids in found.items() if len(ids) == 1}
        return self._states

    @property
    def _automaton(self) -> ahocorasick_rs.AhoCorasick:
        """The automaton of the phrases as str, made on first use (most texts are scanned
        one byte per character)."""
        if self._str_automaton is None:
            self._str_automaton = _phrase_automaton(self._patterns)
        return self._str_automaton

    def _bytes_automaton(self) -> ahocorasick_rs.BytesAhoCorasick | None:
        """The automaton of the phrases written one byte per character (`_byte_kinds`:
        their kinds), leaving out a phrase with a character that has no byte (a text written
        so does not hold it)."""
        assert self._onebyte is not None
        written = []
        self._byte_kinds = []
        for phrase, kind in zip(self._patterns, self._kinds, strict=True):
            data = self._onebyte.phrase(phrase)
            if data is not None:
                written.append(data)
                self._byte_kinds.append(kind)
        if not written:
            return None
        return ahocorasick_rs.BytesAhoCorasick(
            written, matchkind=ahocorasick_rs.MatchKind.Standard,
            implementation=ahocorasick_rs.Implementation.DFA)

    def prescan(self, text: str) -> Prescan | None:
        """The actor phrases of `text` and where cues may start; None if it does not lowercase
        plainly (the automaton's matches would not be those of the case-blind expression)."""
        if self._onebyte is not None and self._byte_automaton is not None and (
                low_bytes := self._onebyte.lower(text)) is not None:
            # One byte per character, each the lower case of the text's: the matches are
            # those of the str automaton in text.lower(), at the same offsets.
            return _spans_and_cues(
                self._byte_automaton.find_matches_as_indexes(low_bytes, overlapping=True),
                low_bytes, self._onebyte.word, self._byte_kinds)
        if self._ascii_plain:
            chars = set(ASCII_RUNS.sub("", text)) if not text.isascii() else set()
        else:
            chars = set(text)
        if not (chars <= self._plain_chars or all(self._lowers_plainly(ch) for ch in chars)):
            return None
        low = text.lower()
        # The word characters (as \w: alphanumeric or "_") that may stand in `low`: a set is
        # asked faster than a character's isalnum(). Each character of `low` is an ASCII one
        # or the lower case of one of `chars` (one character: it lowers plainly).
        word = WORD_ASCII if not chars else WORD_ASCII | {
            low_ch for ch in chars if (low_ch := ch.lower()).isalnum() or low_ch == "_"}
        return _spans_and_cues(self._automaton.find_matches_as_indexes(low, overlapping=True),
                               low, word, self._kinds)

    def _scan(self, text: str, prescan: Prescan | None = None) -> list[tuple[int, int]]:
        """The spans of every match in a whole text, as `self._regex` finds them.

        `prescan`: the text's `prescan`, if done already.
        """
        if prescan is None:
            prescan = self.prescan(text)
        if prescan is None:
            return [m.span() for m in self._regex.finditer(text)]
        return list(prescan.spans)

    def __getstate__(self) -> dict[str, Any]:
        # The automaton cannot be pickled (a worker process on a platform without fork
        # receives the matcher pickled): it is built again from its patterns.
        state = {key: value for key, value in self.__dict__.items()
                 if key not in ("_str_automaton", "_byte_automaton")}
        state["_book"] = None  # made again in the worker from the cached reference
        state["_states"] = None  # (made from the book)
        state["_chosen"] = {}
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._str_automaton = None
        self._byte_automaton = self._bytes_automaton() if self._onebyte is not None else None

    def _lowers_plainly(self, ch: str) -> bool:
        low = ch.lower()
        plain = (
            len(low) == 1 and ch != "\u03a3"  # Σ lowercases by its context (final sigma)
            and bool(WORD_CHAR.match(ch)) == bool(WORD_CHAR.match(low))
            and all(bool(regex.fullmatch(ch)) == (atom == low) for atom, regex in self._atoms)
        )
        if plain:
            self._plain_chars.add(ch)
        return plain

    def find(self, text: str, start: int = 0, end: int | None = None,
             date: dt.date | None = None) -> tuple[Mention, ...]:
        """List the mentions in text[start:end], left to right, longest first."""
        stop = len(text) if end is None else end
        spans = (m.span() for m in self._regex.finditer(text, start, stop))
        return self._mentions(text, spans, date)

    def index(self, text: str, date: dt.date | None = None,
              prescan: Prescan | None = None) -> MentionIndex:
        """Scan a whole text once, to answer `find` on its ranges without scanning again.

        `prescan`: the text's `prescan`, if done already.
        """
        return MentionIndex(self, text, date, prescan)

    def _mentions(self, text: str, spans: Iterable[tuple[int, int]],
                  date: dt.date | None) -> tuple[Mention, ...]:
        firsts: dict[str, int | None] = {}  # surname -> its first mention after a given name
        theirs: dict[str, tuple[Person, bool]] = {}  # surname -> that first mention's answer
        made = (self._mention(text, start, end, date, firsts, theirs) for start, end in spans)
        return tuple(m for m in made if m is not None)

    def _mention(self, text: str, start: int, end: int, date: dt.date | None,
                 firsts: dict[str, int | None], theirs: dict[str, tuple[Person, bool]]
                 ) -> Mention | None:
        """The mention that the match text[start:end] is, or None when it is dropped. A
        function of the text, the span and the date alone: `firsts` and `theirs` only
        remember what the text says (`_other_given_name`), so spans may come in any order."""
        phrase = text[start:end]
        entry = self._sense(phrase, date)
        if entry is None or entry.kind == DISCARD:
            return None
        if entry.kind == PERSON and (_hyphened(text, start, end) or not entry.full and (
                self._other_given_name(text, start, entry, firsts, theirs) or
                self._surname_after(text, end))):
            # "Gerhard Stoltenberg" is not the configured Jens Stoltenberg; the "Ming" of
            # "Wang Chao-Ming" is part of a given name, no one's surname; nor is the "Bruce"
            # of "Bruce Davey"
            return None
        if entry.kind == ALIAS and " " not in phrase and \
                self._in_persons_name(text, start, phrase, firsts):
            return None  # "Carlos Lima said", then "Lima said": a person's, not Peru's
        return new_mention(start, end, entry.kind, entry.actor, entry.person, entry.full, phrase)

    def _in_persons_name(self, text: str, start: int, word: str,
                         firsts: dict[str, int | None]) -> bool:
        """Whether a one-word actor name (a capital, a state's adjective: "Lima", "Cuban")
        is a person's surname here: its first place after a given name
        (`runs.first_after_given_name`) is not after this one. `firsts` remembers that
        place, the text's alone."""
        key = "\0" + word  # (beside the surnames `_other_given_name` files)
        if key not in firsts:
            firsts[key] = first_after_given_name(text, word, self.voices)
        at = firsts[key]
        return at is not None and at <= start

    def _sense(self, phrase: str, date: dt.date | None) -> Sense | None:
        """`_choose(self._lookup(phrase), date)`, remembered: the sense a match's words take."""
        key = (phrase, date)
        chosen = self._chosen
        if key in chosen:
            return chosen[key]
        if len(chosen) >= MEMO:
            chosen.clear()
        entry = chosen[key] = _choose(self._lookup(phrase), date)
        return entry

    def written_on(self, date: dt.date) -> dict[str, str]:
        """The actors `follow_all` adds whose state a written actor was on `date` (its code
        then: RUS -> SUN in 1987) -> that written actor's id, once a date: the brief's one
        actor for them ("Soviet" in 1987 is the config's "russia"). Mentions keep the
        actor they match (a phrase of the reference is read as the reference reads it, not
        with the written actor's default voice); speakers and the picture's passages take
        the written one."""
        if not self._added:
            return {}
        if date not in self._written:
            code_on = self.voices.reference.code_on
            self._written[date] = {
                then: actor.id for actor in self.actors.actors
                if not actor.followed_all and actor.code is not None and
                (then := code_on(actor.code, date)) != actor.code and then in self._added}
        return self._written[date]

    def _other_given_name(self, text: str, start: int, entry: Sense,
                          firsts: dict[str, int | None] | None = None,
                          theirs: dict[str, tuple[Person, bool]] | None = None) -> bool:
        """Whether a surname stands after a given name that is not the configured person's:
        a capitalised word before it that is no title, role, actor name or sentence word.
        `firsts`: where each surname of the text first stands after a capitalised word,
        found so far (the text's alone); `theirs`: for a surname, a person and whether the
        given name at its first place is not theirs, found so far (the text's alone)."""
        person = entry.person
        if person is None:
            return False
        if self._given_name_not_theirs(text, start, person):
            return True
        # The article's first full mention names whom a later bare surname means.
        space = text.find(" ", start)
        surname = text[start:space if space >= 0 else len(text)]
        if firsts is None:
            firsts = {}
        if surname not in firsts:
            firsts[surname] = next((at for at in _whole_word_at(text, surname, len(text))
                                    if given_before(text, at)), None)
        at = firsts[surname]
        if at is None or at >= start:
            return False
        if theirs is None:
            return self._given_name_not_theirs(text, at, person)
        known = theirs.get(surname)
        if known is None or known[0] is not person:  # (one person a surname, mostly)
            known = theirs[surname] = (person, self._given_name_not_theirs(text, at, person))
        return known[1]

    def _surname_after(self, text: str, end: int) -> bool:
        """Whether a configured surname stands before another name, as a given name ("Bruce
        Davey", "Cameron Mackintosh"): a capitalised word right after it that is no title,
        body's word, sentence word or known phrase ("the Obama Administration", "Trump
        Tower" are not names)."""
        if not text.startswith(" ", end) or not text[end + 1:end + 2].isupper():
            return False
        m = NAME_AFTER.match(text, end + 1)
        if m is None:
            return False
        word = m.group()
        return word not in NOT_NAMES and word.lower() not in cues.ORG_WORDS and \
            word.lower() not in cues.TITLES and word.lower() not in ("jr", "sr") and \
            not self._lookup(word) and not self.voices.no_given_name(word)

    def _given_name_not_theirs(self, text: str, start: int, person: Person) -> bool:
        m = given_before(text, start)
        if m is None:
            return False
        word = m.group(1)
        if word.lower() in REGNAL and word not in person.name.split() and \
                word.lower() not in person.role.lower():
            return True  # "King Hussein" is not the foreign minister Fuad Hussein
        if word in person.name.split() or word.lower() in cues.TITLES or \
                any(same_given(word.lower(), given.lower()) for given in person.name.split()) or \
                word in NOT_NAMES or self._lookup(word):
            return False
        return not self.voices.no_given_name(word)

    def _lookup(self, phrase: str) -> list[Sense]:
        found = self._exact.get(phrase)
        if found is None and phrase[:1].isupper():
            # "The Kremlin" at the start of a sentence is the alias "the Kremlin".
            found = self._exact.get(phrase[:1].lower() + phrase[1:])
        return found or self._folded.get(phrase.lower(), [])

    def actor_name(self, actor_id: str) -> str:
        """Return an actor's display name."""
        actor = self.actors.get(actor_id)
        return actor.name if actor else actor_id


WORD_CHAR = re.compile(r"\w")
NAME_AFTER = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?![\w.'’-])")  # a surname after a name
GIVEN_BEFORE = re.compile(r"(?<![\w.'’-])([A-Z][a-z]+(?:-[A-Z][a-z]+)?)[ \t]+\Z")


def given_before(text: str, start: int) -> re.Match[str] | None:
    """`GIVEN_BEFORE.search(text, max(0, start - 30), start)`: a capitalised word and white
    space right before `start`. Tried only where its last characters stand: a space or tab
    before `start`, and before those a lower-case letter (a surname mostly follows a title
    or a stop)."""
    lo = max(0, start - 30)
    pos = start - 1
    while pos >= lo and ((char := text[pos]) == " " or char == "\t"):
        pos -= 1
    if pos == start - 1 or pos < lo or not "a" <= text[pos] <= "z":
        return None
    return GIVEN_BEFORE.search(text, lo, start)


NOT_NAMES = frozenset(cues.NOT_NAMES.split("|"))
# How long before a configured person took office a surname alone may still be theirs
# ("Trump" in 2016, nine years before the term the configuration names): ten years.
LONG_BEFORE_DAYS = 3653
MEMO = 32768  # keys the matcher's memo of chosen senses holds before it starts again
WORD_ASCII = frozenset(ch for ch in map(chr, range(128)) if ch.isalnum() or ch == "_")
ASCII_RUNS = re.compile(r"[\x00-\x7f]+")  # removed, they leave the other characters
_ACTOR = 1  # a pattern of the prescan automaton is an actor phrase,
_CUE = 2  # a cue, or both


def _spans_and_cues(matches: list[tuple[int, int, int]], low: str | bytes,
                    word: frozenset[str] | frozenset[int] | set[str], kinds: list[int]
                    ) -> Prescan:
    """The prescan of a lower-cased text (str, or bytes one per character) from every
    occurrence of the automaton's patterns (`kinds`: each pattern's kind), inside words too:
    a phrase or cue must start and end a word (`word`: the word characters, or bytes)."""
    size = len(low)
    longest: dict[int, int] = {}  # start -> end of the longest phrase there
    cue_starts = {0}
    for index, start, end in matches:
        if start and low[start - 1] in word or end < size and low[end] in word:
            continue
        kind = kinds[index]
        if kind & _ACTOR and longest.get(start, -1) < end:
            longest[start] = end
        if kind & _CUE:
            cue_starts.add(start)
    # Left to right, the longest at each start, none inside the one before: as finditer.
    spans = []
    last = 0
    for start in sorted(longest):
        if start >= last:
            last = longest[start]
            spans.append((start, last))
    return Prescan(tuple(spans), tuple(sorted(cue_starts)))


def _phrase_automaton(patterns: list[str]) -> ahocorasick_rs.AhoCorasick:
    """All occurrences of `patterns`, overlapping ones too (a DFA: the fastest scan)."""
    return ahocorasick_rs.AhoCorasick(patterns, matchkind=ahocorasick_rs.MatchKind.Standard,
                                      implementation=ahocorasick_rs.Implementation.DFA)


class MentionIndex:
    """The mentions of one text from one scan; a range query is a bisection, not a rescan.
    Each match is read into its mention when a query first reaches it (most are never
    asked for: a speaker phrase is a small part of its article).

    A scan of text[start:end] finds what the whole scan finds inside the range, except
    where a whole-scan match crosses `start` or `end` (the range scan then starts or stops
    elsewhere) or where a word goes on past `end` (the range ends a phrase the whole text
    does not): those few ranges are scanned as before, so the answer is always the same.
    """

    def __init__(self, matcher: ActorMatcher, text: str, date: dt.date | None,
                 prescan: Prescan | None = None) -> None:
        self._matcher = matcher
        self._text = text
        self._date = date
        self._spans = spans = matcher._scan(text, prescan)
        # The starts and the ends, for bisection (one transposition, not two list loops).
        self._match_starts: tuple[int, ...] = ()
        self._match_ends: tuple[int, ...] = ()
        if spans:
            self._match_starts, self._match_ends = zip(*spans, strict=True)
        self._made: dict[int, Mention | None] = {}  # match -> its mention (None: dropped)
        self._firsts: dict[str, int | None] = {}  # (`ActorMatcher._mention`)
        self._theirs: dict[str, tuple[Person, bool]] = {}
        self._all: tuple[Mention, ...] | None = None
        self._upto: dict[str, int] = {}  # kind -> matches read into `_kinds`, from the first
        self._kinds: dict[str, list[Mention]] = {}  # kind -> those mentions, left to right
        self._sensed: dict[str, int] = {}  # kind -> matches whose sense `_of_sense` holds
        self._of_sense: dict[str, list[int]] = {}  # kind -> the matches of that sense, in order

    @property
    def mentions(self) -> tuple[Mention, ...]:
        """Every mention of the text, left to right."""
        if self._all is None:
            self._all = self._between(0, len(self._spans))
        return self._all

    def last_before(self, position: int, kind: str, count: int) -> list[Mention]:
        """The last `count` mentions of a kind that start before `position`, left to right."""
        hi = bisect_left(self._match_starts, position)
        of_kind = self._kinds.setdefault(kind, [])
        upto = self._upto.get(kind, 0)
        if hi > upto:
            # Only the matches whose sense is of that kind are read into mentions (a mention
            # is a function of its text, span and date: the others are read when asked for).
            made, spans, text, date = self._made, self._spans, self._text, self._date
            matcher = self._matcher
            for i in range(upto, hi):
                if i in made:
                    found = made[i]
                else:
                    start, end = spans[i]
                    sense = matcher._sense(text[start:end], date)
                    if sense is None or sense.kind != kind:
                        continue  # (no mention of this kind: None, DISCARD or another kind)
                    found = made[i] = matcher._mention(text, start, end, date, self._firsts,
                                                       self._theirs)
                if found is not None and found.kind == kind:
                    of_kind.append(found)
            self._upto[kind] = hi
        end = bisect_left(of_kind, position, key=START)
        return of_kind[max(0, end - count) : end]

    def nearest_before(self, position: int, kind: str, count: int) -> Iterator[Mention]:
        """`last_before(position, kind, count)` nearest first, each match read into its
        mention only when reached: a pronoun's search mostly stops after a few (the senses of
        the matches are read once an article and kind, as `last_before` reads them)."""
        hi = bisect_left(self._match_starts, position)
        of_sense = self._of_sense.setdefault(kind, [])
        upto = self._sensed.get(kind, 0)
        if hi > upto:
            spans, text, date, sense_of = self._spans, self._text, self._date, self._matcher._sense
            for i in range(upto, hi):
                start, end = spans[i]
                sense = sense_of(text[start:end], date)
                if sense is not None and sense.kind == kind:
                    of_sense.append(i)
            self._sensed[kind] = hi
        made, spans, text, date = self._made, self._spans, self._text, self._date
        matcher = self._matcher
        j = bisect_left(of_sense, hi)
        while count and j:
            j -= 1
            i = of_sense[j]
            if i in made:
                found = made[i]
            else:
                start, end = spans[i]
                found = made[i] = matcher._mention(text, start, end, date, self._firsts,
                                                   self._theirs)
            if found is not None and found.kind == kind:
                count -= 1
                yield found

    def _between(self, lo: int, hi: int) -> tuple[Mention, ...]:
        """The mentions of matches lo to hi - 1 (each read once)."""
        made = self._made
        if hi == lo + 1:  # (most speaker phrases hold one match: no list)
            if lo in made:
                one = made[lo]
            else:
                start, end = self._spans[lo]
                one = made[lo] = self._matcher._mention(self._text, start, end, self._date,
                                                        self._firsts, self._theirs)
            return () if one is None else (one,)
        out = []
        for i in range(lo, hi):
            if i in made:
                found = made[i]
            else:
                start, end = self._spans[i]
                found = made[i] = self._matcher._mention(self._text, start, end, self._date,
                                                         self._firsts, self._theirs)
            if found is not None:
                out.append(found)
        return tuple(out)

    def find(self, start: int = 0, end: int | None = None) -> tuple[Mention, ...]:
        """List the mentions in text[start:end], as `ActorMatcher.find` would."""
        text = self._text
        stop = len(text) if end is None else end
        if start >= stop:
            return ()
        starts, ends = self._match_starts, self._match_ends
        lo = bisect_left(starts, start)
        hi = bisect_left(starts, stop, lo)
        if lo and ends[lo - 1] > start or hi and ends[hi - 1] > stop or (
            stop < len(text) and is_word_char(text[stop])
        ):
            return self._matcher.find(text, start, stop, self._date)
        # Matches and mentions are in the same order: the mentions are the matches kept.
        return self._between(lo, hi) if lo < hi else ()


def build_matcher(actors: Actors) -> ActorMatcher:
    """Compile the matcher for a configuration's actors."""
    return ActorMatcher(actors)


def _choose(entries: list[Sense], date: dt.date | None) -> Sense | None:
    """Pick the entry a phrase means; among several people, the one in office on `date`."""
    if not entries:
        return None
    if len(entries) == 1 and entries[0].person is not None and date is not None:
        # One configured person speaks for their actor only while in office: out of it, the
        # name is still theirs, the actor is not ("Trump" in 2023 is not the United States).
        entry, person = entries[0], entries[0].person
        if _in_office(person, date):
            return entry
        if not entry.full and person.since is not None and \
                (person.since - date).days > LONG_BEFORE_DAYS:
            return None  # a surname alone long before they took office: another bearer's,
            # as likely ("B.J. Cooper" in 1987 is not the Foreign Secretary of 2025)
        return Sense(PERSON, None, person, entry.full)
    if entries[0].kind == DISCARD or len(entries) == 1:
        return entries[0]
    people = [e for e in entries if e.kind == PERSON and e.person is not None]
    if len(people) == len(entries) and date is not None:
        current = [e for e in people if _in_office(e.person, date)]  # type: ignore[arg-type]
        if len(current) == 1:
            return current[0]
        full = [e for e in current if e.full]
        if len(full) == 1:
            return full[0]
        return None  # several people could be meant: unknown rather than guessed
    full = [e for e in entries if e.full or e.kind != PERSON]
    return full[0] if len(full) == 1 else entries[0] if len(people) <= 1 else None


def _hyphened(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is joined by a hyphen to a letter before or after it: part of
    a hyphenated word ("Chao-Ming", "Dae-jung"), not a name standing alone."""
    return (start > 1 and text[start - 1] == "-" and text[start - 2].isalpha()) or \
        (end + 1 < len(text) and text[end] == "-" and text[end + 1].isalpha())


def _in_office(person: Person, date: dt.date) -> bool:
    if person.since is not None and date < person.since:
        return False
    return not (person.until is not None and date > person.until)


def _whole_word_at(text: str, word: str, stop: int) -> Iterator[int]:
    r"""The starts before `stop` of `word` with no word character or hyphen on either side,
    left to right, as `re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text)` finds
    them (without compiling a pattern per word)."""
    pos = text.find(word)
    while 0 <= pos < stop:
        end = pos + len(word)
        if (pos == 0 or not (is_word_char(text[pos - 1]) or text[pos - 1] == "-")) and \
                (end == len(text) or not (is_word_char(text[end]) or text[end] == "-")):
            yield pos
            pos = text.find(word, max(end, pos + 1))
        else:
            pos = text.find(word, pos + 1)
