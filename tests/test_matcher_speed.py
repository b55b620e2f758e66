"""Speed-ups of the actor matcher give the answers of the code they replaced."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from briefing.config.settings import load_config
from briefing.extract.matcher import (
    _ACTOR,
    _CUE,
    ALIAS,
    ASCII_RUNS,
    DISCARD,
    GIVEN_BEFORE,
    PERSON,
    WORD_CHAR,
    ActorMatcher,
    Mention,
    Prescan,
    _choose,
    _hyphened,
    build_matcher,
    given_before,
)
from briefing.extract.runs import first_after_given_name

ROOT = Path(__file__).resolve().parent.parent
PIECES = ["Gerhard", "Jean-Paul", "Mc", "McDonald", "said", "Mr.", "Stoltenberg", "O'Brien",
          "al-Assad", " ", " ", "  ", "\t", "\n", ",", ".", "-", "’", "a", "Z", "é", "É", "_",
          "President", "the", "de", "X-Ray", "Ab-cd"]


def _texts() -> list[str]:
    rng = random.Random(14)
    made = ["".join(rng.choice(PIECES) for _ in range(rng.randrange(0, 16))) for _ in range(2000)]
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    return made + seeds


def test_given_before_is_the_search() -> None:
    for text in _texts():
        for start in range(len(text) + 1):
            m = GIVEN_BEFORE.search(text, max(0, start - 30), start)
            got = given_before(text, start)
            assert (m and m.span(1)) == (got and got.span(1)), (text, start)


def old_prescan(matcher: ActorMatcher, text: str) -> Prescan | None:
    """ActorMatcher.prescan before issue 14's speed stop."""
    if matcher._ascii_plain:
        chars = set(ASCII_RUNS.sub("", text)) if not text.isascii() else set()
    else:
        chars = set(text)
    if not (chars <= matcher._plain_chars or all(matcher._lowers_plainly(ch) for ch in chars)):
        return None
    low = text.lower()
    size = len(low)
    kinds = matcher._kinds
    longest: dict[int, int] = {}
    cue_starts = {0}
    for index, start, end in matcher._automaton.find_matches_as_indexes(low, overlapping=True):
        if start and ((char := low[start - 1]).isalnum() or char == "_"):
            continue
        if end < size and ((char := low[end]).isalnum() or char == "_"):
            continue
        kind = kinds[index]
        if kind & _ACTOR and longest.get(start, -1) < end:
            longest[start] = end
        if kind & _CUE:
            cue_starts.add(start)
    spans = []
    last = 0
    for start in sorted(longest):
        if start >= last:
            last = longest[start]
            spans.append((start, last))
    return Prescan(tuple(spans), tuple(sorted(cue_starts)))


WORDS = ["said", "Iran", "Iranian", "the", "U.S.", "United States", "Soviet", "Moscow", "told",
         "according to", "Reagan", "Thatcher", "É", "é", "Éire", "ß", "_", "1", "x", "Ω", "Ωmega",
         "ñ", "Peña", " ", " ", ", ", ".", "-", "'", "’", "\n", "spokesman", "minister", "İ"]


def test_prescan_is_the_old_prescan() -> None:
    matcher = build_matcher(load_config(ROOT / "config").actors)
    rng = random.Random(15)
    texts = ["".join(rng.choice(WORDS) for _ in range(rng.randrange(0, 30)))
             for _ in range(3000)]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    for text in texts:
        assert matcher.prescan(text) == old_prescan(matcher, text), text


def _old_mentions(matcher: ActorMatcher, text: str, spans: list[tuple[int, int]],
                  date: dt.date | None) -> tuple[Mention, ...]:
    """ActorMatcher._mentions before stop 15: every phrase looked up and chosen anew, and
    a surname's first given name tried again at each later mention."""
    out: list[Mention] = []
    firsts: dict[str, int | None] = {}
    for start, end in spans:
        phrase = text[start:end]
        entry = _choose(matcher._lookup(phrase), date)
        if entry is None or entry.kind == DISCARD:
            continue
        if entry.kind == PERSON and not entry.full and matcher._other_given_name(
                text, start, entry, firsts):
            continue
        if entry.kind == PERSON and _hyphened(text, start, end):
            continue  # (stop 18: part of a hyphenated word, in both)
        if entry.kind == PERSON and not entry.full and matcher._surname_after(text, end):
            continue  # (stop 24: a given name before another name, in both)
        if entry.kind == ALIAS and " " not in phrase and \
                (first := first_after_given_name(text, phrase, matcher.voices)) is not None \
                and first <= start:
            continue  # (stop 31: a state's one-word name as a person's surname, in both)
        out.append(Mention(start, end, entry.kind, entry.actor, entry.person, entry.full,
                           phrase))
    return tuple(out)


NAMES = ["Baloch", "Mumtaz Zahra Baloch", "Sharif", "Nawaz Sharif", "Shehbaz Sharif", "Zardari",
         "Asif Ali Zardari", "Bilawal Bhutto Zardari", "Khan", "Imran Khan", "Asif", "Khawaja Asif",
         "Trump", "Donald Trump", "Fred Trump", "Mr. Trump", "President", "Minister", "Iran",
         "the Kremlin", "The Kremlin", "Indian Ocean", "spokesman", "Stoltenberg", "Gerhard",
         "Jens", "Wang", "Mao", "Mao Ning", "Anna-Lena", "Said", "-", "Chao-",
         " ", " ", ", ", ". ", "\n", "é"]


def test_mentions_are_the_old_mentions() -> None:
    matcher = build_matcher(load_config(ROOT / "config").actors)
    rng = random.Random(18)
    days = [None, dt.date(2019, 1, 1), dt.date(2023, 9, 1), dt.date(2024, 3, 5),
            dt.date(2025, 8, 1)]
    texts = ["".join(rng.choice(NAMES) + rng.choice([" ", " ", ", ", ". "])
                     for _ in range(rng.randrange(0, 30))) for _ in range(1500)]
    for text in texts + _texts():
        spans = matcher._scan(text)
        for day in rng.sample(days, 2):
            assert matcher._mentions(text, spans, day) == \
                _old_mentions(matcher, text, spans, day), (text, day)


def test_a_lazy_index_answers_as_the_whole_mentions() -> None:
    """MentionIndex reads a match into its mention when a query reaches it: in any order of
    queries, `find`, `last_before` and `mentions` are what the mentions of the whole text give."""
    from bisect import bisect_left

    matcher = build_matcher(load_config(ROOT / "config").actors)
    rng = random.Random(19)
    texts = ["".join(rng.choice(NAMES) + rng.choice([" ", " ", ", ", ". "])
                     for _ in range(rng.randrange(0, 30))) for _ in range(600)]
    for text in texts + _texts():
        day = rng.choice([None, dt.date(2024, 3, 5)])
        whole = matcher._mentions(text, matcher._scan(text), day)
        starts = [m.start for m in whole]
        index = matcher.index(text, day)
        for _ in range(20):
            start = rng.randrange(len(text) + 1)
            stop = rng.randrange(start, len(text) + 1)
            if rng.random() < 0.3:
                kind, count = rng.choice([PERSON, "alias", "role"]), rng.randrange(1, 4)
                earlier = [m for m in whole[:bisect_left(starts, start)] if m.kind == kind]
                assert index.last_before(start, kind, count) == earlier[-count:], (text, start)
            assert index.find(start, stop) == matcher.find(text, start, stop, day)
            if rng.random() < 0.1:
                assert index.mentions == whole
        assert index.mentions == whole


def test_last_before_reads_only_its_kind() -> None:
    """`last_before` reads into mentions only the matches of the kind asked for: whatever
    the order of queries and kinds, its answers and the others' are the whole text's."""
    from bisect import bisect_left

    from briefing.extract.matcher import _choose

    matcher = build_matcher(load_config(ROOT / "config").actors)
    rng = random.Random(23)
    texts = ["".join(rng.choice(NAMES) + rng.choice([" ", " ", ", ", ". "])
                     for _ in range(rng.randrange(0, 30))) for _ in range(400)]
    for text in texts + _texts():
        day = rng.choice([None, dt.date(2024, 3, 5)])
        whole = matcher._mentions(text, matcher._scan(text), day)
        starts = [m.start for m in whole]
        index = matcher.index(text, day)
        for start, end in matcher._scan(text):
            phrase = text[start:end]
            assert matcher._sense(phrase, day) == _choose(matcher._lookup(phrase), day)
        for _ in range(20):
            start = rng.randrange(len(text) + 1)
            if rng.random() < 0.8:
                kind, count = rng.choice([PERSON, PERSON, "alias", "role"]), rng.randrange(1, 21)
                earlier = [m for m in whole[:bisect_left(starts, start)] if m.kind == kind]
                assert index.last_before(start, kind, count) == earlier[-count:], (text, start)
            else:
                stop = rng.randrange(start, len(text) + 1)
                assert index.find(start, stop) == matcher.find(text, start, stop, day)
        assert index.mentions == whole


def test_nearest_before_is_last_before_reversed() -> None:
    """`nearest_before` (stop 17: a mention made only when a pronoun's search reaches it) is
    `last_before` nearest first, however far each query is read and in any order of
    queries, kinds and `find`s: the answers are the whole text's, as `last_before` gives."""
    from bisect import bisect_left
    from itertools import islice

    matcher = build_matcher(load_config(ROOT / "config").actors)
    rng = random.Random(29)
    texts = ["".join(rng.choice(NAMES) + rng.choice([" ", " ", ", ", ". ", " said "])
                     for _ in range(rng.randrange(0, 40))) for _ in range(400)]
    for text in texts + _texts():
        day = rng.choice([None, dt.date(2024, 3, 5), dt.date(1987, 6, 1)])
        whole = matcher._mentions(text, matcher._scan(text), day)
        starts = [m.start for m in whole]
        index = matcher.index(text, day)
        beside = matcher.index(text, day)  # asked by `last_before` alone
        for _ in range(20):
            start = rng.randrange(len(text) + 2)
            roll = rng.random()
            if roll < 0.7:
                kind = rng.choice([PERSON, PERSON, "alias", "role"])
                count = rng.randrange(0, 21)
                earlier = [m for m in whole[:bisect_left(starts, start)] if m.kind == kind]
                want = earlier[-count:] if count else []
                assert beside.last_before(start, kind, count) == want, (text, start)
                read = rng.choice([0, 1, 2, 3, count])  # a search that stops early
                got = list(islice(index.nearest_before(start, kind, count), read))
                assert got == want[::-1][:read], (text, start, kind, count)
            elif roll < 0.85:
                kind, count = rng.choice([PERSON, "alias"]), rng.randrange(1, 21)
                earlier = [m for m in whole[:bisect_left(starts, start)] if m.kind == kind]
                assert index.last_before(start, kind, count) == earlier[-count:], (text, start)
            else:
                stop = rng.randrange(min(start, len(text)), len(text) + 1)
                assert index.find(min(start, stop), stop) == \
                    matcher.find(text, min(start, stop), stop, day)
        assert index.mentions == whole


# Characters with a byte of their own, characters without one, and characters that do not
# lowercase plainly; phrases of the configuration with non-ASCII characters, in any case.
ONE_BYTE_WORDS = ["Erdoğan", "ERDOĞAN", "erdoĞan", "Türkiye", "TÜRKIYE", "Türk", "Volker Türk",
                  "Iran’s Revolutionary Guards", "IRAN’S REVOLUTIONARY GUARDS", "Iran's",
                  "Stéphane Dujarric", "STÉPHANE", "Séjourné", "chargé d'affaires", "Élysée",
                  "Elysée", "António Guterres", "Keçeli", "Jean-Noël Barrot", "said", "Iran",
                  "the", " ", "\n", "’", "“", "”", "—", "\xa0", "\ufeff", "é", "É", "ß", "ÿ",
                  "\u212a", "ı", "İ", "Σ", "Ω", "ω", "ă", "Ă", "ğ", "Ğ", "_", "1", "x", "K",
                  "\u2019s", ",", ".", "-", "\U0001d400", "ǅ", "ﬀ", "spokesman"]


def test_the_one_byte_prescan_is_the_str_prescan() -> None:
    matcher = build_matcher(load_config(ROOT / "config").actors)
    assert matcher._onebyte is not None
    rng = random.Random(16)
    texts = ["".join(rng.choice(ONE_BYTE_WORDS) for _ in range(rng.randrange(0, 30)))
             for _ in range(5000)]
    texts += ["".join(map(chr, range(lo, lo + 256))) for lo in range(0, 0xD800 - 256, 64)]
    texts += ["".join(rng.choice(matcher._onebyte.chars + "ĞÜÉ") for _ in range(40))
              for _ in range(2000)]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    written = 0
    for text in texts:
        written += matcher._onebyte.lower(text) is not None
        assert matcher.prescan(text) == old_prescan(matcher, text), text
    assert written > len(texts) // 10  # (the one-byte path is tried, and often taken)


def test_one_byte_lower_is_str_lower() -> None:
    matcher = build_matcher(load_config(ROOT / "config").actors)
    onebyte = matcher._onebyte
    assert onebyte is not None
    for code in range(0x10000):
        ch = chr(code)
        data = onebyte.lower(ch)
        if data is None:
            continue
        assert len(data) == 1 and onebyte.chars[data[0]] == ch.lower(), ch
        assert (data[0] in onebyte.word) == bool(WORD_CHAR.match(ch.lower())), ch
        assert matcher._lowers_plainly(ch), ch
