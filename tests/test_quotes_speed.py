"""Speed-ups of quote pairing give the answers of the code they replaced (stop 15, second round).

The old `find_quotes` sorted each paragraph's marks into lists of tuples and read them with
an `_Open` object per quote; the new one pairs the marks in one pass, holding the quote
being read in locals. Compared on the seed articles and many generated texts rich in
quotation marks, apostrophes and line breaks.
"""

from __future__ import annotations

import random
from pathlib import Path

from briefing.extract.quotes import (
    AFTER_CLOSE,
    BEFORE_OPEN,
    CLOSERS,
    OPENERS,
    Quoted,
    find_quotes,
    mark_spans,
    new_quoted,
)
from briefing.extract.text import segment
from briefing.models import Paragraph, Span

ROOT = Path(__file__).resolve().parent.parent

ALPHABET = ["a", "b", "Z", " ", " ", " ", "\n", "\n", "\n\n", "\t", ".", ",", ":", "(", ")", "-",
            "—", "\"", "\"", "\"", "'", "''", "“", "“", "”", "”", "„", "«", "»", "’", "‘",
            "said", "The minister", "“We will", "not,”", " \"", "\" ", "\n“", "”\n", "\n\"",
            ",\"", "...", "!", "?"]


def _generated(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(ALPHABET) for _ in range(rng.randrange(0, 80)))
            for _ in range(count)]


def _seeds() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]


# --- the code that find_quotes() replaced, kept to compare ---

def old_find_quotes(text: str, paragraphs: tuple[Paragraph, ...]) -> tuple[Quoted, ...]:
    marks: list[list[tuple[int, int, bool]]] = [[] for _ in paragraphs]
    index = 0
    for pos, after in mark_spans(text):
        while paragraphs[index].end <= pos:
            index += 1
        marks[index].append((pos, after, _old_opens(text, pos, after)))
    out: list[Quoted] = []
    current: _OldOpen | None = None
    for index, para in enumerate(paragraphs):
        for pos, after, opens in marks[index]:
            if current is not None and current.piece_start is None:
                current.piece_start = after if opens and pos == para.start else para.start
                if opens and pos == para.start:
                    continue
            if opens:
                current = _OldOpen(pos, index, after)
            elif current is not None:
                current.add(text, pos)
                out.append(current.finish(pos, index))
                current = None
        if current is None:
            continue
        if current.piece_start is None:
            current = None
            continue
        current.add(text, para.end)
        following = marks[index + 1] if index + 1 < len(paragraphs) else []
        if following and (not following[0][2] or following[0][0] == paragraphs[index + 1].start):
            current.piece_start = None
        else:
            if current.spans:
                out.append(current.finish(None, index))
            current = None
    return tuple(q for q in out if q.spans)


class _OldOpen:
    def __init__(self, open_at: int, paragraph: int, piece_start: int) -> None:
        self.open_at = open_at
        self.paragraph = paragraph
        self.piece_start: int | None = piece_start
        self.spans: list[Span] = []

    def add(self, text: str, end: int) -> None:
        start = self.piece_start if self.piece_start is not None else end
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1] in " \t\n,'":
            end -= 1
        if start < end:
            self.spans.append((start, end))

    def finish(self, close_at: int | None, last: int) -> Quoted:
        return new_quoted(tuple(self.spans), self.open_at, close_at, self.paragraph, last)


def _old_opens(text: str, pos: int, end: int) -> bool:
    before = text[pos - 1] if pos > 0 else "\n"
    after = text[end] if end < len(text) else "\n"
    open_ctx = before in BEFORE_OPEN or before in OPENERS
    close_ctx = after in AFTER_CLOSE or after in CLOSERS
    if open_ctx and not close_ctx:
        return True
    if close_ctx and not open_ctx:
        return False
    if text[pos] in OPENERS:
        return True
    if text[pos] in CLOSERS:
        return False
    return open_ctx


def test_find_quotes_is_the_old_find_quotes_on_the_seeds() -> None:
    for text in _seeds():
        paragraphs = segment(text)
        assert find_quotes(text, paragraphs) == old_find_quotes(text, paragraphs)


def test_find_quotes_is_the_old_find_quotes_on_generated_text() -> None:
    for text in _generated(20000, 15):
        paragraphs = segment(text)
        assert find_quotes(text, paragraphs) == old_find_quotes(text, paragraphs), repr(text)


def test_find_quotes_is_the_old_find_quotes_across_many_paragraphs() -> None:
    rng = random.Random(16)
    pieces = _generated(400, 17)
    for _ in range(3000):
        text = "\n".join(rng.choice(pieces) for _ in range(rng.randrange(1, 8)))
        paragraphs = segment(text)
        assert find_quotes(text, paragraphs) == old_find_quotes(text, paragraphs), repr(text)
