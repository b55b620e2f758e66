"""np_before's one-word path gives the general path's answers (issue 14, stop 17).

A range that holds one word between spaces (" he ", " Bozell ") is answered by
`_one_word` without tokenising; the general path (`tokens`, then `_np_before`, with the
partial scan where it applies) is kept here as `general_np_before` and compared with it
on news-like words, every word of the seeds, and random strings, at many cue offsets.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

from briefing.extract import phrases
from briefing.extract.phrases import (
    _EDGE,
    BETWEEN,
    FLOATING,
    OBJECT_PRONOUNS,
    STOP_BACK,
    TAIL,
    TIME_LEAD,
    TIME_WORDS,
    TOKEN,
    WINDOW,
    _np_before,
    _one_word,
    _Short,
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


def test_np_before_on_one_word_is_the_general_path() -> None:
    rng = random.Random(17)
    for word in _words():
        for before, after in ((" ", " "), ("", " "), ("", ""), ("  ", "   "), (" ", "")):
            for lead in ("", "Officials in Karachi, ", "x" * 60 + " ", " " * 60):
                text = lead + before + word + after + "said more."
                cue = len(lead + before + word + after)
                for lo in {0, len(lead), max(0, cue - rng.randrange(1, 80))}:
                    assert np_before(text, lo, cue) == general_np_before(text, lo, cue), (
                        text, lo, cue)


def test_np_before_on_random_strings_is_the_general_path() -> None:
    rng = random.Random(18)
    alphabet = "ab Z1_-–,.'’\u0301\u00a0\n ſİ²"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 90)))
        for cue in range(len(text) + 1):
            lo = rng.randrange(0, cue + 1)
            assert np_before(text, lo, cue) == general_np_before(text, lo, cue), (text, lo, cue)


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
