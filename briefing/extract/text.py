"""Text stage: an article's text -> paragraphs and sentences with character offsets.

Input: the article text (a str). Output: `Paragraph` values (split at line breaks), each with
its `Sentence` spans. Sentence ends are found by rule: a full stop, question or exclamation
mark (with any closing quotation marks or brackets after it) followed by white space and a
capital, digit or opening mark, unless the word before it is an abbreviation (U.S., Jan.,
Mr., Gen.), an initial or a decimal. `join_spans` turns a statement's spans back into text.
Also here, for the later stages: fast whole-text scanning (`RangeScan` answers a pattern's
matches in any range from one scan; `matches_at` and `offsets` try a pattern only where a
match can start), `trie_pattern`, one regex for many phrases, and the small helpers the
later modules share (`START`, `LOWER_NEXT`, `overlaps`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from operator import attrgetter

from briefing.frozen import constructor
from briefing.models import Paragraph, Sentence, Span

new_sentence = constructor(Sentence)
new_paragraph = constructor(Paragraph)

START = attrgetter("start")  # the key that bisects values with a start offset
LOWER_NEXT = re.compile(r"\s+[a-z]")  # white space, then a lower-case word goes on

# A blank line ends a paragraph; so does a single line break, which in news copy (wire
# text, extracted pages) separates paragraphs rather than wrapping lines.
PARAGRAPH_BREAK = re.compile(r"\n\s*")
PARAGRAPH = re.compile(r"\S(?:[^\n]*\S)?")  # a paragraph, stripped (see segment)
# A candidate end: terminal punctuation, closing marks, then space and a plausible start.
# Only the first mark of a run starts a match, and runs are taken whole (possessive): a
# long run of dots costs linear time.
# (The first mark is matched before the look-behind that checks the character before it:
# a pattern that opens with a character set lets the regex engine skip ahead fast.)
SENTENCE_END = re.compile(
    r"""[.!?](?<![.!?][.!?])[.!?]*+["'”’)\]]*+(?=\s+(?:''|["'“‘(\[])?[A-Z0-9])"""
)
WORD_BEFORE = re.compile(r"([\w.'’-]++)$")
NEXT_WORD = re.compile(r"\s+[\"'“‘(\[]?(\w+)")
ACRONYM = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")

ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen lt col maj capt sgt cpl adm cmdr gov sen sens rep reps rev hon pres
    supt insp det st ft mt jr sr inc co corp ltd llc bros no nos vs etc al approx dept est
    fig jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri
    sat sun u.s u.k u.n u.s.a e.u d.c a.m p.m i.e e.g ph.d""".split()
)
# States' abbreviations after which wire copy writes the next word capitalised ("the U.S.
# And Japan"): "And" there goes on with the sentence.
STATE_ABBREVIATIONS = frozenset({"u.s", "u.k", "u.n", "u.s.a"})
# Words that start a new sentence after "U.S." or an acronym at the end of a sentence.
STARTERS = frozenset(
    """The He She It They We I But And In On At A An This That These Those Its His Her Their
    Our There So Yet Still However Meanwhile Earlier Later Now Then When While After
    Before""".split()
)


def segment(text: str) -> tuple[Paragraph, ...]:
    """Split `text` into paragraphs (on blank lines) and sentences, with offsets."""
    # Every candidate end, from one scan of the whole text. A paragraph's own scan
    # (finditer(text, start, end)) finds the same ones inside it, except the one that ends
    # at its end (its look-ahead then reaches the next paragraph): a match holds no white
    # space, and a paragraph ends where white space begins (tests/test_text_speed.py).
    marks = _sentence_ends(text)
    size = len(text)
    marks.append((size + 1, size + 1))  # a sentinel: the loops need no bound check
    paragraphs: list[Paragraph] = []
    at = 0  # the first of `marks` not yet passed
    # Each paragraph: the text between two PARAGRAPH_BREAK matches, stripped, if not empty
    # (inlined: one call per paragraph costs more than its work, in an article of short
    # paragraphs). A break is a line break and all the white space after it, so a
    # paragraph holds no line break: stripped, it runs from a character that is not white
    # space to the last such one before the next line break, as PARAGRAPH matches.
    for para in PARAGRAPH.finditer(text):
        start, end = para.span()
        while marks[at][0] < start:
            at += 1
        punct, after = marks[at]
        if after >= end:  # no candidate end inside: one sentence (most paragraphs)
            paragraphs.append(new_paragraph(start, end, (new_sentence(start, end),)))
            continue
        sentences: list[Sentence] = []
        begin = start
        while after < end:
            at += 1
            # A stop after a word of seven letters or more (most are) ends a sentence:
            # _is_boundary's first tests, made here.
            if (text[punct] != "." or (begin <= punct - 7 and text[punct - 7 : punct].isalpha()
                                       ) or _word_boundary(text, punct, after, begin)) and not (
                    (text[punct] == "…" or text.startswith("...", punct))
                    and _quote_open(text, start, punct)):
                # (an ellipsis inside a quotation, "is fully adhering by the ... Accord and
                # it will never sell", marks words left out, not a sentence's end)
                sentences.append(new_sentence(begin, after))
                begin = after
                while begin < end and text[begin].isspace():
                    begin += 1
            punct, after = marks[at]
        if begin < end:
            sentences.append(new_sentence(begin, end))
        paragraphs.append(new_paragraph(start, end, tuple(sentences)))
    return tuple(paragraphs)


def _quote_open(text: str, start: int, pos: int) -> bool:
    """Whether a quotation opened in text[start:pos] (a paragraph's words before `pos`) is
    still open there: more opening than closing curly marks, or an odd number of straight
    double marks or of double apostrophes."""
    return text.count("“", start, pos) > text.count("”", start, pos) or \
        text.count('"', start, pos) % 2 == 1 or text.count("''", start, pos) % 2 == 1


def _stops(text: str) -> list[int]:
    """Where a full stop, question or exclamation mark stands (where SENTENCE_END can start),
    sorted: `str.find` passes over the text several times faster than the regex engine.

    (Not `str.split` and `accumulate`: all in C, but each piece is copied, and in a text
    with a character beyond Latin-1 scanned for its widest character: more instructions
    than the `find` calls, stop 15's second round.)
    """
    found = []
    find = text.find
    for mark in ".?!":
        pos = find(mark)
        while pos >= 0:
            found.append(pos)
            pos = find(mark, pos + 1)
    found.sort()  # three sorted runs: a merge
    return found


# What can stand right after the first mark of a SENTENCE_END match, besides white space.
_END_GOES_ON = frozenset(".!?\"'”’)]")
_CAPITAL_OR_DIGIT = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")  # [A-Z0-9]


def _sentence_ends(text: str) -> list[tuple[int, int]]:
    """The spans of `SENTENCE_END.finditer(text)` that `segment` reads, most found without
    the regex (tests/test_text_speed.py).

    From a mark, the run of marks and closers (`_END_GOES_ON`) is skipped: a match holds no
    more and needs white space after it. Where the run reaches the end of the text or a
    character that is not white space, no match starts at the mark. Where it reaches a line
    break, any match ends there, at the end of its paragraph, where `segment` never reads
    it (so are those of the marks in the run: leaving them out skips nothing). A mark
    followed by one space and a capital or digit, not after another mark, is a match of
    one character. The rest are tried with the regex.
    """
    out: list[tuple[int, int]] = []
    size = len(text)
    last = 0
    match = SENTENCE_END.match
    for pos in _stops(text):
        if pos < last:
            continue  # inside the match before, as finditer would skip it
        after = pos + 1
        while after < size and text[after] in _END_GOES_ON:
            after += 1
        if after == size:
            continue
        char = text[after]
        if char == "\n":
            continue
        if char == " ":
            if after == pos + 1 and after + 1 < size and text[after + 1] in _CAPITAL_OR_DIGIT \
                    and (pos == 0 or text[pos - 1] not in ".!?"):
                out.append((pos, after))
                last = after
                continue
        elif not char.isspace():
            continue
        m = match(text, pos)
        if m is not None:
            out.append(m.span())
            last = m.end()
    return out


def _is_boundary(text: str, punct: int, after: int, begin: int) -> bool:
    """Decide whether the punctuation at `punct` really ends a sentence."""
    if text[punct] != ".":
        return True
    if begin <= punct - 7 and text[punct - 7 : punct].isalpha():
        # A word of seven letters or more before the stop (most are) is no abbreviation,
        # initial or acronym: the checks below would say True.
        return True
    return _word_boundary(text, punct, after, begin)


def _word_boundary(text: str, punct: int, after: int, begin: int) -> bool:
    """`_is_boundary` for a full stop after a word of fewer than seven letters."""
    lo = begin if begin > punct - 40 else punct - 40  # bounded: linear time
    # The word has no space in it: the search starts after the last one (same match).
    # (`rpartition` of the slice finds the space `text.rfind(" ", lo, punct)` finds, and
    # the word after it, for less than the position arguments of `rfind` cost.)
    head, gap, word = text[lo:punct].rpartition(" ")
    space = lo + len(head) if gap else -1
    if gap and word.isalpha():
        # Letters only between the space and the stop (the common case): that is the
        # word WORD_BEFORE finds, and it has no quote to strip.
        bare = word.lower()
    else:
        word_m = WORD_BEFORE.search(text, space + 1 if space >= lo else lo, punct)
        if word_m is None:
            return True
        word = word_m.group(1)
        bare = word.strip("'’").lower()
    if len(word) == 1 and word.isupper():
        # An initial ("George W. Bush"), unless a sentence plainly starts after it.
        return _following(text, after) in STARTERS
    if bare in ABBREVIATIONS or ("." in word and ACRONYM.fullmatch(word)):
        # "U.S." and "Jan." usually go on; a following "The"/"He" means a new sentence.
        following = _following(text, after)
        if following == "And" and bare in STATE_ABBREVIATIONS:
            return False  # "in the U.S. And Europe": wire copy capitalises after "U.S."
        return following in STARTERS and bare not in _TITLES
    return True


def _following(text: str, after: int) -> str:
    """The word after a full stop (past white space and an opening mark), or ""."""
    next_word = NEXT_WORD.match(text, after, after + 40)
    return next_word.group(1) if next_word else ""


_TITLES = frozenset(
    "mr mrs ms dr prof gen lt col maj capt sgt cpl adm cmdr gov sen sens rep reps rev hon pres "
    "st".split()
)


class RangeScan:
    """A pattern's matches in a whole text, scanned once; those of a range by bisection.

    For a pattern that starts and ends with `\b` (the cue patterns), a scan of
    text[start:end] finds the whole scan's matches inside the range, except where a match
    of the whole scan crosses `start` or `end` or a word goes on past `end`: such a range
    is scanned by itself, so the answer is always that of `finditer(text, start, end)`.
    """

    def __init__(self, pattern: re.Pattern[str], text: str,
                 starts: Sequence[int] | None = None, possible: bool = True) -> None:
        """Scan `text`; `starts` (sorted), if given, hold every offset a match can start at.

        `possible=False` says that a cheap test showed no range of the text can match.
        """
        self._pattern = pattern
        self._text = text
        self._length = len(text)
        self.possible = possible
        if starts is None:
            self._matches = list(pattern.finditer(text))
        else:
            self._matches = matches_at(pattern, text, starts)
        self._starts = [m.start() for m in self._matches]
        self._ends = [m.end() for m in self._matches]

    def spans(self) -> list[Span]:
        """The spans of the whole scan's matches, left to right."""
        return list(zip(self._starts, self._ends, strict=True))

    def within(self, start: int, end: int) -> list[re.Match[str]]:
        """The matches of the pattern in text[start:end], left to right."""
        if start >= end or not self.possible:
            return []
        starts, ends = self._starts, self._ends
        lo = bisect_left(starts, start)
        # None starts in the range (most ranges of the rarer patterns): no second bisection.
        hi = bisect_left(starts, end, lo + 1) if lo < len(starts) and starts[lo] < end else lo
        text = self._text
        # A match crossing `start` or `end`, or a word going on past `end`: scan the range.
        if lo and ends[lo - 1] > start or hi and ends[hi - 1] > end or (
            end < self._length and ((char := text[end]).isalnum() or char == "_")  # as \w
        ):
            return list(self._pattern.finditer(text, start, end))
        return self._matches[lo:hi]


def is_word_char(char: str) -> bool:
    """Whether a character is one that `\\w` matches (as the regex engine decides it)."""
    return char.isalnum() or char == "_"


def matches_at(pattern: re.Pattern[str], text: str,
               starts: Sequence[int]) -> list[re.Match[str]]:
    """`pattern.finditer(text)` when every match starts at one of `starts` (sorted).

    Trying the pattern at a few known offsets is much faster than a scan whose pattern
    opens with a look-behind or `\\b`, which the regex engine tries at every character.
    """
    out: list[re.Match[str]] = []
    last = 0
    match = pattern.match
    for pos in starts:
        if pos < last:
            continue  # inside the match before, as finditer would skip it
        m = match(text, pos)
        if m is not None:
            out.append(m)
            last = m.end()
    return out


def offsets(text: str, prefixes: Iterable[str]) -> list[int]:
    """Every offset at which one of `prefixes` occurs in `text`, sorted."""
    found: set[int] = set()
    for prefix in prefixes:
        pos = text.find(prefix)
        while pos >= 0:
            found.add(pos)
            pos = text.find(prefix, pos + 1)
    return sorted(found)


def join_spans(text: str, spans: tuple[Span, ...]) -> str:
    """Join the verbatim pieces: blank line across paragraphs, " … " inside one."""
    if len(spans) == 1:
        return text[spans[0][0] : spans[0][1]]
    parts: list[str] = []
    prev_end: int | None = None
    for start, end in spans:
        if prev_end is not None:
            gap = text[prev_end:start]
            parts.append("\n\n" if PARAGRAPH_BREAK.search(gap) else " … ")
        parts.append(text[start:end])
        prev_end = end
    return "".join(parts)


def overlaps(a: Iterable[Span], b: Sequence[Span]) -> bool:
    """Whether any span of `a` shares a character with any span of `b`."""
    for s1, e1 in a:
        for s2, e2 in b:  # loops, not any(): called for every statement found
            if s1 < e2 and s2 < e1:
                return True
    return False


# Letters by how often English words start with them (a trie's top tries these first).
WORD_INITIALS = "tasowicbphfmdrelngyuvjkqz"


def trie_pattern(phrases: Iterable[str], first: str = "") -> str:
    """One regex alternation for many phrases, as a trie: longest first, no rescans.

    `first`: characters whose branches the top level tries first, in that order (for speed).
    Only for case-sensitive use: there the branches start with distinct characters, so at
    most one can match and their order changes no match.
    """
    trie: dict[str, dict] = {}
    for phrase in phrases:
        _insert(trie, [re.escape(ch) for ch in phrase])
    if first:
        rank = {ch: index for index, ch in enumerate(first)}
        trie = dict(sorted(trie.items(), key=lambda item: (rank.get(item[0], len(rank)),
                                                            item[0])))
    return _trie_regex(trie, sort=not first)


def _insert(trie: dict[str, dict], atoms: list[str]) -> None:
    node = trie
    for atom in atoms:
        node = node.setdefault(atom, {})
    node[""] = {}


def _trie_regex(node: dict[str, dict], sort: bool = True) -> str:
    """Turn a trie into a regex in which longer continuations are tried first.

    Children are tried in sorted order; with `sort=False`, this node's in its own order.
    """
    items = sorted(node.items()) if sort else node.items()
    branches = [atom + _trie_regex(child) for atom, child in items if atom]
    terminal = "" in node
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if terminal:
        return f"(?:{body})?"
    return body
