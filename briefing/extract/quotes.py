"""Quotation marks -> quoted passages, across sentences and paragraphs.

Input: the article text and its paragraphs (text.segment). Output: `Quoted` passages, each
with the spans of its words (the marks themselves excluded), in text order. A mark is read
as opening or closing from its neighbours first and from its glyph second, so straight and
curly marks, and curly marks typed the wrong way round, pair up alike. A quote left open at
the end of a paragraph goes on into the next one only when that paragraph opens with a new
opening mark (the news convention) or its first mark is a closing one; otherwise it ends
with its paragraph, so an odd number of marks never derails the rest of the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.frozen import constructor
from briefing.models import Paragraph, Span

# What may stand before three apostrophes that open a quote (TRIPLE_OPENS: as a regex set's
# body).
TRIPLE_OPENS = r" \t\n(\[{—–/:;-"
TRIPLE_BEFORE = frozenset(" \t\n([{—–/:;-")  # TRIPLE_OPENS's characters


def mark_pattern(marks: str) -> re.Pattern[str]:
    """A pattern for one of `marks` or two apostrophes: `''|[marks]`, but faster.

    Written to start with a character set (the regex engine then skips ahead to the next
    candidate quickly): an apostrophe must be followed by a second one, to count.
    """
    # Three apostrophes are a single mark and a double one: the double first where a quote
    # opens (after a space), else last (after "the word 'old-school,"): the inner quote
    # closes first.
    return re.compile(rf"['{marks}](?:(?<=')'(?!')|(?<=')(?<![^{TRIPLE_OPENS}]')'(?=')|(?<!'))")


# Two apostrophes stand for a double mark in some wire and archive copy (''like this'').
MARK_CHARS = "\"“”„«»"
MARKS = mark_pattern(MARK_CHARS)
OPENING = mark_pattern("\"“„«")  # a mark that may open a quote, for look-ups elsewhere
OPENERS = "“„«"
CLOSERS = "”»"
BEFORE_OPEN = " \t\n([{—–-/:;"  # characters after which a mark opens a quote
AFTER_CLOSE = " \t\n.,;:!?)]}—–-…"  # characters before which a mark closes a quote
# After a quoted phrase, a lower-case word that goes on with its clause, not one that joins
# another ("said “radical changes” in interest rates were needed"; "said “we will win” and
# left" is a quote and a second verb).
GOES_ON = re.compile(r"[ \t]++(?!(?:and|but|or|nor|as|before|after|while|when|because|if|then|"
                     r"so|said|says|told|adding|saying)\b)[a-z]")


def goes_on(text: str, open_at: int, close: int) -> bool:
    """Whether the quote between the marks at `open_at` and `close` is a phrase inside a
    clause that goes on after it: it opens in lower case, has no stop or comma inside the
    closing mark, and GOES_ON follows. ("said: “Terrorists have long memories” in a
    speech" is a quotation.)"""
    first = open_at + (2 if text.startswith("''", open_at) else 1)  # (two apostrophes)
    after = close + (2 if text.startswith("''", close) else 1)
    return text[first : first + 1].islower() and text[close - 1].isalnum() and (
        GOES_ON.match(text, after) is not None)


@dataclass(frozen=True, slots=True)
class Quoted:
    """A passage between quotation marks."""

    spans: tuple[Span, ...]  # the quoted words, one span per paragraph
    open_at: int  # offset of the opening mark
    close_at: int | None  # offset of the closing mark; None when left open
    paragraph: int  # index of the paragraph it starts in
    last_paragraph: int


new_quoted = constructor(Quoted)


def find_quotes(text: str, paragraphs: tuple[Paragraph, ...]) -> tuple[Quoted, ...]:
    """Pair the quotation marks of `text` into quoted passages (`paragraphs`: segment(text))."""
    # One pass over the marks, pairing them as it finds them (no per-paragraph lists or
    # per-mark objects: the quote being read is held in locals). A paragraph's end is
    # handled at the first mark past it (or after the last mark): a quote is only ever
    # carried into the next paragraph when that paragraph has a mark, so paragraphs
    # without marks change nothing (tests/test_quotes_speed.py).
    out: list[Quoted] = []
    size = len(text)
    count = len(paragraphs)
    index = 0  # the paragraph of the mark being read
    para_end = paragraphs[0].end if count else 0
    reading = False  # a quote is open
    carried = False  # ... and goes on from the paragraph before, not yet past its first mark
    open_at = open_para = piece_start = 0
    spans: list[Span] = []
    for pos, after in mark_spans(text):
        # Whether the mark opens a quote: from its neighbours, then its glyph (_opens).
        before = text[pos - 1] if pos > 0 else "\n"
        nxt = text[after] if after < size else "\n"
        open_ctx = before in BEFORE_OPEN or before in OPENERS
        if open_ctx is not (nxt in AFTER_CLOSE or nxt in CLOSERS):
            opens = open_ctx
        elif text[pos] in OPENERS:
            opens = True
        elif text[pos] in CLOSERS:
            opens = False
        else:
            opens = open_ctx
        if para_end <= pos:
            last = index
            while paragraphs[index].end <= pos:
                index += 1
            para_start = paragraphs[index].start
            if reading:
                # The end of paragraph `last` with a quote open (never a carried one: a
                # quote is carried only into a paragraph with a mark, which clears it).
                _add_piece(text, piece_start, para_end, spans)
                if index == last + 1 and (not opens or pos == para_start):
                    carried = True  # continues in this paragraph
                else:
                    if spans:
                        out.append(new_quoted(tuple(spans), open_at, None, open_para, last))
                    reading = False
            para_end = paragraphs[index].end
            if carried:
                carried = False
                # Carried over from the paragraph before: this paragraph's first mark.
                if opens and pos == para_start:
                    piece_start = after
                    continue
                piece_start = para_start
        if opens:
            # An opening mark inside an open quote: the earlier mark was never closed.
            reading = True
            open_at, open_para, piece_start = pos, index, after
            spans = []
        elif reading:
            _add_piece(text, piece_start, pos, spans)
            if spans:
                out.append(new_quoted(tuple(spans), open_at, pos, open_para, index))
            reading = False
    if reading:
        _add_piece(text, piece_start, para_end, spans)
        if spans:
            out.append(new_quoted(tuple(spans), open_at, None, open_para, index))
    return tuple(out)


def _add_piece(text: str, start: int, end: int, spans: list[Span]) -> None:
    """Add a quote's piece between `start` and `end` to `spans`, without the white space
    before it and the white space, commas and apostrophes after it; nothing if empty."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in " \t\n,'":
        end -= 1
    if start < end:
        spans.append((start, end))


def mark_spans(text: str) -> list[Span]:
    """The spans of `MARKS.finditer(text)`, found by `str.find` (five times faster).

    A mark other than the apostrophe matches wherever it stands; an apostrophe only with a
    second one after it, and a run of them pairs up from its left, but for three after a
    word or a stop (the last two are the double mark there).
    """
    found = []
    for mark in MARK_CHARS:
        if mark not in text:
            continue  # (most articles use one kind of mark: `in` costs less than find)
        pos = text.find(mark)
        while pos >= 0:
            found.append((pos, pos + 1))
            pos = text.find(mark, pos + 1)
    pos = text.find("''")
    while pos >= 0:
        while text.startswith("'", pos + 2) and pos > 0 and text[pos - 1] not in TRIPLE_BEFORE:
            pos += 1  # "the word 'old-school,'" and a double mark: the inner mark first
        found.append((pos, pos + 2))
        pos = text.find("''", pos + 2)
    found.sort()
    return found
