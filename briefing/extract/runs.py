"""Runs of words around a name in an article's text, read without a parser.

Input: the article's text, a position
and the `VoiceBook` (which words are titles, role words or given names). Output: where the
title run before a name starts ("Sri Lankan Finance Minister " before "Ronnie De Mel"),
where the given names before or after a surname start or end, the word just before a
position, and the places where a word stands whole. A run stays within its sentence and
paragraph. voices.py reads these runs for a speaker's first full mention.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from briefing.extract.cues import TITLES
from briefing.extract.voicebook import MEMO, NOT_ROLE_TOKENS, VoiceBook
from briefing.knowledge.affiliation import FIRM_ENDS

# Words that may stand in a title run before a name besides role words: "Minister of State
# for Foreign Affairs", "Japan's Finance Minister", "Bank of Italy Governor".
LINKS = frozenset({"of", "for", "and", "the", "de", "del", "do", "da"})
MAX_RUN = 9  # words of a title run before a name
PORTFOLIO_WORDS = 2  # lower-case words of a portfolio before a role word in a title run
PREVIOUS = re.compile(r"([^\W\d_][\w.'’&-]*)\s+\Z")  # the word just before a position
# PREVIOUS read backwards: matched at the start of the characters before a position reversed,
# it finds the same word as PREVIOUS.search does before that position (`previous_word`) in one
# match, not forty tries.
BACKWARDS = re.compile(r"\s+([\w.'’&-]*[^\W\d_])")
BEFORE = 40  # characters searched back for the word before a position
NEXT = re.compile(r"[ \t]+([A-Z][a-z]+(?:-[A-Za-z][a-z]+)?)(?![\w'’-])")  # a given name after
POSSESSIVE = re.compile(r"['’]s?\Z")
LEADING_LINK = re.compile(r"(?:of|for|and|the|de|del|do|da)\s+", re.IGNORECASE)
PARTICLES = frozenset({"de", "da", "van", "von", "al", "bin", "el", "le", "la", "del", "ibn"})
_UNSET = object()  # no word found before a position yet (`title_run`)
# Words that open the names of places as well as of people ("South Vietnam", "New Delhi",
# "San Jose"): before a state's or a capital's name they are no given name.
PLACE_WORDS = frozenset("""north south east west northern southern eastern western central
    upper lower new old greater great little saint san santa santo sao st port mount cape
    lake nueva nuevo""".split())


@functools.lru_cache(maxsize=512)
def whole_word(word: str) -> re.Pattern[str]:
    """The expression of `word` standing as a whole word, whatever its capitals."""
    return re.compile(rf"\b{re.escape(word)}\b", re.IGNORECASE)


# The characters beyond ASCII that IGNORECASE matches to an ASCII character: the dotless i
# and the long s ("ı" ~ "i", "ſ" ~ "s"), the dotted capital I and the Kelvin sign ("İ" ~ "i",
# "K" ~ "k"), checked over every code point (tests/test_voices_speed.py). In a text without
# them no character beyond ASCII matches a character of an ASCII word.
UNFOLDED = ("ı", "ſ", "İ", "\u212a")


def lowered_text(text: str) -> bytes | None:
    """The text in lower case as ASCII bytes, each character beyond ASCII made "?" (one
    byte a character: a position in it is one in the text), for `whole_words` to find a
    lower-case ASCII word in by bytes.find; None where a character beyond ASCII may match
    an ASCII one (`UNFOLDED`)."""
    if not text.isascii() and any(char in text for char in UNFOLDED):
        return None
    return text.encode("ascii", "replace").lower()


def whole_words(text: str, lowered: bytes | None, word: str,
                stop: int) -> list[tuple[int, int]]:
    """The spans of `word` as `whole_word(word).finditer(text, 0, stop)` finds them; where
    the word is ASCII, in lower case and without "?", and the text has no character beyond
    ASCII that IGNORECASE matches to one (`lowered`: the text lowered as `lowered_text`
    makes it, else None), by bytes.find: a lower-case word matches there whatever its
    capitals, and a word character is one that is alphanumeric or "_", as \\b reads one."""
    if lowered is None or not (word and word.isascii() and word == word.lower()
                               and "?" not in word):
        return [m.span() for m in whole_word(word).finditer(text, 0, stop)]
    spans = []
    size = len(word)
    first = _is_word(word[0])
    last = _is_word(word[-1])
    sought = word.encode("ascii")
    pos = lowered.find(sought, 0, stop)
    while pos >= 0:
        end = pos + size
        # \b on either side: a word character on one side of it and none on the other,
        # nothing counting as one outside text[:stop].
        before = pos > 0 and _is_word(text[pos - 1])
        after = end < stop and _is_word(text[end])
        if before != first and after != last:
            spans.append((pos, end))
            pos = lowered.find(sought, end, stop)
        else:
            pos = lowered.find(sought, pos + 1, stop)
    return spans


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


# The article an Arabic name may carry, joined by a hyphen ("al-Tayer", "el-Sadat"): a later
# bare "Tayer" is that name.
NAME_ARTICLES = ("al-", "el-", "Al-", "El-", "ad-", "ash-", "as-", "at-", "az-", "ar-", "an-")


def name_occurrences(text: str, word: str) -> Iterator[tuple[int, int]]:
    """The places where a surname stands as a whole word, left to right; where it follows
    an article joined by a hyphen ("Ahmed Humaid al-Tayer" for "Tayer"), from the article."""
    pos = text.find(word)
    while pos >= 0:
        end = pos + len(word)
        if not (end < len(text) and (text[end].isalnum() or text[end] in "-_")):
            if not (pos and (text[pos - 1].isalnum() or text[pos - 1] in "-_")):
                yield pos, end
            elif text[pos - 1] == "-":
                for article in NAME_ARTICLES:
                    at = pos - len(article)
                    if at >= 0 and text.startswith(article, at) and not (
                            at and (text[at - 1].isalnum() or text[at - 1] in "-_")):
                        yield at, end
                        break
        pos = text.find(word, end)


def previous_word(text: str, pos: int) -> tuple[int, str] | None:
    """The start of the word just before `pos` and the word, as
    `PREVIOUS.search(text, max(0, pos - BEFORE), pos)` finds them, or None. (The BEFORE
    characters before `pos` are reversed and BACKWARDS matched at their start: one match,
    not forty tries, and a reversed copy of those characters alone, not of the text.)

    Most words before a name are letters alone ("Minister", "Donald"): when the characters
    end in white space and what stands after the white space before it is letters alone,
    that is the word, read without the expression. (str.rstrip and str.split part at the
    characters \\s matches, and a letter of str.isalpha is a \\w that is no \\d nor "_": the
    word BACKWARDS reads runs back to the white space before it and starts at a letter.)"""
    lo = pos - BEFORE if pos > BEFORE else 0
    window = text[lo:pos]
    bare = window.rstrip()
    if bare and len(bare) < len(window):
        last = bare.rsplit(None, 1)[-1]
        if last.isalpha():
            return lo + len(bare) - len(last), last
    m = BACKWARDS.match(window[::-1])
    return None if m is None else (pos - m.end(1), m.group(1)[::-1])


def given_start(text: str, start: int,
                book: VoiceBook) -> tuple[int, tuple[int, str] | None]:
    """Move back over the given names before a surname ("Dilson Funaro", "Ronnie De Mel"):
    where they start, and the word before there (`previous_word`, for `title_run`)."""
    for _ in range(3):
        m = previous_word(text, start)
        if m is None:
            return start, None
        at, word = m
        if word[:1].islower() and word not in PARTICLES or book.no_given_name(word) or \
                ends_sentence(word, book) or "\n" in text[at + len(word):start]:
            return start, m
        start = at
    return start, previous_word(text, start)


def after_given_name(text: str, start: int, book: VoiceBook) -> bool:
    """Whether a given name stands right before `start`, a space between: a capitalised
    word the reference knows as someone's given name, no title, role or state's or body's
    name, which the text never writes in lower case ("Carlos Lima"; not "In Lima": "in"
    stands in lower case elsewhere)."""
    m = previous_word(text, start)
    if m is None:
        return False
    at, word = m
    if not text.startswith(" ", at + len(word)) or at + len(word) + 1 != start or \
            not word.isalpha() or not word[:1].isupper() or not word[1:].islower():
        return False
    low = word.casefold()
    return low not in PLACE_WORDS and low in book.reference.given_names() and \
        not book.no_given_name(word) and \
        next(name_occurrences(text, low), None) is None


def first_after_given_name(text: str, word: str, book: VoiceBook) -> int | None:
    """The first place where a one-word name stands after a given name (`after_given_name`):
    from there on it is that person's surname ("Carlos Lima ... Lima said"); else None."""
    return next((at for at, _ in name_occurrences(text, word)
                 if after_given_name(text, at, book)), None)


def given_end(text: str, end: int, book: VoiceBook) -> int:
    """Move on over given names written after the surname ("Lee Ta-hai", "Li Peng")."""
    m = NEXT.match(text, end)
    if m is None or book.no_given_name(m.group(1)):
        return end
    return m.end()


def ends_sentence(word: str, book: VoiceBook) -> bool:
    """Whether a word before a name ends the sentence before it ("... Xi Jinping. Rhodes
    said"), unlike an initial, an abbreviation or a title ("J.", "U.S.", "Sen.", "Corp.")."""
    if not word.endswith(".") or len(word) <= 2 or "." in word[:-1]:
        return False
    bare = word[:-1]
    return bare not in FIRM_ENDS and bare.lower() not in TITLES and not book.title_word(word)


def title_run(text: str, end: int, book: VoiceBook,
              before: tuple[int, str] | None | object = _UNSET) -> int | None:
    """The start of the title run just before `end` ("Sri Lankan Finance Minister "), if any
    (`before`: `previous_word(text, end)`, if found already).

    A run stays within its sentence: it stops at a line break and at a word that ends a
    sentence ("... Tadashi Kuranari.| The Asean communique"). A lower-case word of a portfolio
    may stand right before a role word ("EC farm commissioner", "the state oil minister"): at
    most PORTFOLIO_WORDS of them."""
    pos, start = end, None
    portfolio = 0
    role_next = False  # whether the word after this one in the run is a role word
    for _ in range(MAX_RUN):
        if before is _UNSET:
            m = previous_word(text, pos)
        else:
            m, before = before, _UNSET  # type: ignore[assignment]
        if m is None:
            break
        at, word = m
        if "\n" in text[at + len(word):pos]:
            break  # a title run stays within its paragraph
        titled = book.in_title.get(word)
        if titled is None:
            if len(book.in_title) >= MEMO:
                book.in_title.clear()
            base = POSSESSIVE.sub("", word).lower()
            titled = book.in_title[word] = (word[:1].isupper() or base in LINKS or
                                            base in book.role_tokens) and \
                not ends_sentence(word, book)  # nor its sentence
        base = word.lower()
        role = base in book.role_tokens and base not in LINKS
        if not titled:
            if not (role_next and portfolio < PORTFOLIO_WORDS and word.isalpha()
                    and word.islower() and word not in NOT_ROLE_TOKENS):
                break
            portfolio += 1
        role_next = role or (role_next and not titled)
        pos = start = at
    if start is None:
        return None
    while (link := LEADING_LINK.match(text, start, end)) is not None:  # "of the" is no title
        start = link.end()
    if start < end and text[start - 8:start].endswith(("told ", "tell ", "tells ", "telling ")):
        # "Monsod told Reuters Finance Secretary Jaime Ongpin had ...": the news medium
        # told is whom the words were said to, not part of the title ("told CNN's Jake
        # Tapper" keeps the medium: the possessive says whose he is)
        word = text[start:end].split(None, 1)[0]
        ref = book.reference.lookup(word)
        if ref is not None and ref.kind == "media" and not word.endswith(("'s", "’s")):
            start += len(word)
            while start < end and text[start].isspace():
                start += 1
    return start if start < end else None
