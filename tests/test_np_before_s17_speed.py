"""np_before's stop-17 paths give the general path's answers (issue 14).

A range that holds one word between spaces (" he ", " Bozell "), or two with one space
between them ("Melania Trump "), is answered by `_one_word` or `_two_words` without
tokenising; `tokens` makes the tokens of a range of letters, digits
and spaces in one comprehension (compared below with TOKEN's matches and with the loop it
skips, kept here as `loop_tokens`). The general path of main at
62cd766 (`tokens`, then `_np_before`, with the partial scan where it applies) is kept here
as `general_np_before` and compared with np_before on news-like words, every word of the
seeds, news-like sentences and random strings, at many cue offsets.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

from briefing.extract import phrases
from briefing.extract.phrases import (
    _EDGE,
    BETWEEN,
    DETERMINERS,
    FLOATING,
    OBJECT_PRONOUNS,
    PREP_IN_NP,
    STOP_BACK,
    TAIL,
    TIME_LEAD,
    TIME_WORDS,
    TOKEN,
    WINDOW,
    _np_before,
    _np_span_before,
    _one_word,
    _Short,
    _two_words,
    np_before,
    tokens,
)
from briefing.models import Span

ROOT = Path(__file__).resolve().parent.parent


def general_np_before(text: str, lo: int, cue_start: int) -> Span | None:
    """np_before as it was before the one-word path (main at 62cd766)."""
    if lo < cue_start - WINDOW:
        lo = cue_start - WINDOW
    if text.startswith("-", lo):
        toks = [(m.start() + lo, m.end() + lo, m.group())
                for m in TOKEN.finditer(text[lo:cue_start])]
        return _np_before(text, lo, toks)
    tail = text.rfind(" ", lo, cue_start - TAIL) + 1
    if tail > lo and TOKEN.search(text, lo, tail):
        toks = [_EDGE]
        toks += tokens(text, tail, cue_start)
        try:
            return _np_before(text, lo, toks)
        except _Short:
            if tail <= cue_start:
                toks[:1] = tokens(text, lo, tail)
                return _np_before(text, lo, toks)
    return _np_before(text, lo, tokens(text, lo, cue_start))


def _words() -> list[str]:
    """Words that reach each of `_one_word`'s tests, and the seeds' words."""
    made = ["he", "He", "Bozell", "him", "Him", "them", "you", "the", "The", "who", "and",
            "also", "recently", "Recently", "only", "Italy", "family", "ly", "fly", "2014",
            "1990s", "12345", "7s", "Tuesday", "tuesday", "week", "today", "both", "all",
            "ſ", "İ", "ß", "Ⅻ", "²", "٣", "x", "I", "Minister", "minister", "officials",
            "said", "was", "there", "it", "It", "é"]
    made += sorted(BETWEEN | FLOATING | OBJECT_PRONOUNS | STOP_BACK | TIME_LEAD | TIME_WORDS)
    made += [w.capitalize() for w in made] + [w.upper() for w in made]
    seeds = " ".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt")))
    return made + sorted(set(re.findall(r"\w+", seeds)))


def test_one_word_is_np_before_on_its_token() -> None:
    for word in _words():
        if not word.isalnum():
            continue
        for start in (0, 7):
            text = " " * start + word
            assert _one_word(word, start) == _np_before(
                text, 0, [(start, start + len(word), word)]), word


def _pair_words() -> list[str]:
    """The words that reach `_two_words`'s tests, in each case, and some names."""
    sets = BETWEEN | FLOATING | OBJECT_PRONOUNS | TIME_LEAD | TIME_WORDS | DETERMINERS
    made = sorted(sets | PREP_IN_NP | {"and", "who", "for", "to", "with", "was", "it"})
    made += ["Trump", "Melania", "Bozell", "minister", "officials", "family", "Italy",
             "recently", "Recently", "2014", "1990s", "12345", "ſ", "İ", "x", "ly", "jokingly"]
    return made + [w.capitalize() for w in made] + [w.upper() for w in made[:40]]


def test_two_words_are_np_before_on_their_tokens() -> None:
    words = [w for w in _pair_words() if w.isalnum()]
    for first in words:
        for second in words:
            text = f"x {first} {second}"
            at = 3 + len(first)
            toks = [(2, at - 1, first), (at, at + len(second), second)]
            assert _two_words(first, 2, second, at) == _np_before(text, 2, toks), text


def test_np_before_on_two_words_is_the_general_path() -> None:
    words = _pair_words()
    rng = random.Random(23)
    for first in words:
        for second in rng.sample(words, 40):
            for lead in ("", "In Karachi, ", "x" * 60 + " "):
                for before, after in ((" ", " "), ("", ""), ("  ", " ")):
                    text = f"{lead}{before}{first} {second}{after}said"
                    cue = len(text) - 4
                    for lo in (0, len(lead)):
                        assert _np_span_before(text, lo, cue) == general_np_before(
                            text, lo, cue), (text, lo, cue)
            text = " " * 55 + f"{first} {second}" + " " * 3 + "said"
            assert _np_span_before(text, 0, len(text) - 4) == general_np_before(
                text, 0, len(text) - 4)


def test_np_before_on_one_word_is_the_general_path() -> None:
    rng = random.Random(17)
    for word in _words():
        for before, after in ((" ", " "), ("", " "), ("", ""), ("  ", "   "), (" ", "")):
            for lead in ("", "Officials in Karachi, ", "x" * 60 + " ", " " * 60):
                text = lead + before + word + after + "said more."
                cue = len(lead + before + word + after)
                for lo in {0, len(lead), max(0, cue - rng.randrange(1, 80))}:
                    assert _np_span_before(text, lo, cue) == general_np_before(text, lo, cue), (
                        text, lo, cue)


def test_np_before_on_random_strings_is_the_general_path() -> None:
    rng = random.Random(18)
    alphabet = "ab Z1_-–,.'’\u0301\u00a0\n ſİ²"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 90)))
        for cue in range(len(text) + 1):
            lo = rng.randrange(0, cue + 1)
            assert _np_span_before(text, lo, cue) == general_np_before(text, lo, cue), (
                text, lo, cue)


def test_the_one_word_path_is_taken() -> None:
    calls: list[str] = []
    real = phrases._one_word

    def spy(word: str, start: int) -> Span | None:
        calls.append(word)
        return real(word, start)

    phrases._one_word = spy
    try:
        assert np_before("Then Bozell said", 4, 12) == (5, 11)
        assert np_before("Then him said", 4, 9) is None
    finally:
        phrases._one_word = real
    assert calls == ["Bozell", "him"]
    assert np_before("Then Melania Trump said", 4, 19) == (5, 18)


NEWS = ["said", "The", "the", "minister", "who", "Who", "WHO", "whom", "somewhow", ",", ";",
        ":", "\"", "“", "”", "—", "–", "―", "(", ")", "[", "]", "-", "'", "''", "and",
        "officials", "in", "Malaysia", "has", "also", "both", "on", "Tuesday", "last", "week",
        "2014", "Hugh", "Hill", "a", "doctor", "him", "of", "Ministry", "International",
        "Trade", "Industry", "(MITI)", "vice", "Bankers", "attended", "meeting", "with", "Gros",
        "Sandy", "Phillips,", "lost", "her", "daughter", "U.S.", "Iran's", "Trump’s", "é"]


def _sentences(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(NEWS) + rng.choice([" ", " ", " ", ", ", "", "  "])
                    for _ in range(rng.randrange(5, 70))) for _ in range(n)]


def test_np_before_on_sentences_is_the_general_path() -> None:
    rng = random.Random(20)
    texts = _sentences(1500, 21) + [
        "Ministry of International Trade and Industry (MITI) vice minister Makoto Kuroda said",
        "Bankers who attended the meeting with Gros in the capital on Tuesday said",
        "Sandy Phillips, who lost her daughter in Aurora, Colorado, last year, said",
    ]
    for text in texts:
        for m in re.finditer(r"(?<![\w'’.&-])\w", text):
            cue = m.start()
            for lo in {0, max(0, cue - rng.randrange(1, 200))}:
                assert _np_span_before(text, lo, cue) == general_np_before(text, lo, cue), (
                    text, lo, cue)


def loop_tokens(text: str, start: int, stop: int) -> list[tuple[int, int, str]]:
    """`tokens` as it was before the comprehension (main at 62cd766)."""
    toks: list[tuple[int, int, str]] = []
    pos = start
    for piece in text[start:stop].split(" "):
        end = pos + len(piece)
        if piece.isalnum():
            toks.append((pos, end, piece))
        elif piece:
            if piece[-1] == "," and piece[:-1].isalnum():
                toks.append((pos, end - 1, piece[:-1]))
                toks.append((end - 1, end, ","))
            else:
                toks += [(m.start(), m.end(), m.group())
                         for m in TOKEN.finditer(text, pos, end + 1 if end < stop else stop)]
        pos = end + 1
    return toks


def test_tokens_of_letters_digits_and_spaces() -> None:
    rng = random.Random(22)
    alphabet = ["a", "Z", "1", "é", "ſ", "²", "Ⅻ", "٣", "_", " ", " ", "  ", ",", "\u0301",
                "\u00a0", "-", "said", "Bozell"]
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 30)))
             for _ in range(1500)] + [" ".join(_words()[:400])]
    seen = 0
    for text in texts:
        spots = range(len(text) + 1) if len(text) <= 30 else sorted(
            rng.sample(range(len(text) + 1), 30))
        for start in spots:
            for stop in spots:
                if start <= stop:
                    got = tokens(text, start, stop)
                    seen += "".join(text[start:stop].split(" ")).isalnum()
                    assert got == loop_tokens(text, start, stop) == [
                        (m.start(), m.end(), m.group()) for m in TOKEN.finditer(text, start, stop)
                    ], (text, start, stop)
    assert seen > 20_000


def test_tokens_of_words_with_marks() -> None:
    """A piece of letters and digits and then "." or "’s" ("Sen.", "Trump’s") is one token
    without the regex: the regex's tokens, and those of the loop before (`loop_tokens`)."""
    rng = random.Random(27)
    pieces = ["Sen.", "Trump’s", "Iran's", "43-year-old", "U.S.", "AT&T", "a_b", "_a", "-a",
              "a-", "a.", "'a", "a''", "a'-’.&_", "é’", "²-",
              "a’s", "a's", "’s", "'s", ".", "s.", "Sen.,", "a’s’s", "é’s", "²'s",
              "Ⅻ.", "٣'", "a,", "a.,", "(a)",
              "a\u0301", "a\u00a0b", "a!", "ſ-İ", "—", "-", "''", "a", "said", ","]
    marks = "'’.&-_aZ9é²,!(\u0301"
    pieces += ["".join(rng.choice(marks) for _ in range(rng.randrange(1, 6)))
               for _ in range(3000)]
    for _ in range(20_000):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randrange(1, 6)))
        for start, stop in ((0, len(text)), (rng.randrange(len(text) + 1), len(text)),
                            (0, rng.randrange(len(text) + 1))):
            assert tokens(text, start, stop) == loop_tokens(text, start, stop) == [
                (m.start(), m.end(), m.group()) for m in TOKEN.finditer(text, start, stop)
            ], (text, start, stop)
