"""A text as one lower-case byte per character, for the matcher's prescan automaton.

Input: the lower-cased phrases the prescan looks for and a test of whether a character
lowercases plainly (`ActorMatcher._lowers_plainly`). Output: a `OneByte` whose `lower(text)`
is `text.lower()` written one byte per character (None when the text holds a character it
has no byte for), and the phrases written the same way, so that a bytes automaton finds
the matches a str automaton finds in `text.lower()`, at the same offsets.

Why: news texts are mostly ASCII with a few curly quotes and dashes, so Python keeps them
two bytes per character; `str.lower()` then lowers each character through the Unicode
tables, and the str automaton encodes the text to UTF-8 and maps byte offsets back to
character offsets. A charmap encoding (the codec machinery of cp1252) and a 256-byte
`bytes.translate` do the same work in about a third of the instructions.

The bytes: 0-127 are ASCII; 128-255 the non-ASCII characters of the phrases, their upper
case, then the characters news texts hold most (`COMMON`) while bytes last, each only when
it and its lower case lowercase plainly, with its lower case among the bytes. A text
holding any other character is not written (the caller falls back to `str.lower()`).
"""

from __future__ import annotations

import codecs
from collections.abc import Callable, Iterable
from typing import Any

# The non-ASCII characters that news texts hold, in the order they get a byte (after the
# phrases' own, while bytes last): quotes, dashes, spaces and marks; combining accents;
# Latin-1 small letters, signs, capitals; C1 controls (mojibake); Latin Extended-A. (Of
# 22,276 corpus and eval texts, 43 non-ASCII characters in all, most among the first.)
COMMON = ("’“”‘—–―…\xa0\ufeff\xad\u200b\u202a\u202c•·′″€„‚⁄"
          + "".join(map(chr, range(0x300, 0x309))) + "".join(map(chr, range(0xDF, 0x100)))
          + "".join(map(chr, range(0xA1, 0xDF))) + "".join(map(chr, range(0x80, 0xA0)))
          + "".join(map(chr, range(0x100, 0x180))))


class OneByte:
    """Texts and phrases written one lower-case byte per character (see the module)."""

    def __init__(self, phrases: Iterable[str], plain: Callable[[str], bool]) -> None:
        chars = [chr(code) for code in range(128)]
        taken = set(chars)
        wanted = sorted({ch for phrase in phrases for ch in phrase if ord(ch) > 127})
        wanted += [up for ch in wanted if len(up := ch.upper()) == 1]
        for ch in [*wanted, *COMMON]:
            low = ch.lower()
            # (Each byte's character and its lower case lowercase plainly: a text the
            # old prescan would refuse, it refuses too.)
            if ch in taken or not plain(ch) or not plain(low) or low.lower() != low:
                continue
            new = [low, ch] if low not in taken and low != ch else [ch]
            if len(chars) + len(new) > 256:
                continue
            chars += new
            taken.update(new)
        self.chars = "".join(chars)  # byte -> character
        self._map: Any = codecs.charmap_build(self.chars)
        # byte -> the byte of its character's lower case
        self._lowers = bytes(self.chars.index(ch.lower()) for ch in self.chars)
        # the bytes of word characters (\w: alphanumeric or "_"), lower case or not
        self.word = frozenset(i for i, ch in enumerate(self.chars) if ch.isalnum() or ch == "_")

    def __getstate__(self) -> dict[str, Any]:
        # (An EncodingMap cannot be pickled: a worker process on a platform without fork
        # receives the matcher pickled. It is made again from the characters.)
        return {"chars": self.chars, "_lowers": self._lowers, "word": self.word}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._map = codecs.charmap_build(self.chars)

    def lower(self, text: str) -> bytes | None:
        """`text.lower()` one byte per character; None if a character has no byte."""
        try:
            data = codecs.charmap_encode(text, "strict", self._map)[0]  # type: ignore[attr-defined]
        except UnicodeEncodeError:
            return None
        return data.translate(self._lowers)

    def phrase(self, phrase: str) -> bytes | None:
        """A lower-case phrase written in the bytes; None if a character has no byte (no
        text written in the bytes holds it)."""
        try:
            return codecs.charmap_encode(phrase, "strict", self._map)[0]  # type: ignore[attr-defined]
        except UnicodeEncodeError:
            return None
