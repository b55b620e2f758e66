"""Names: how a person's name or a phrase is normalised before it is looked up.

Input: a name as written ("Gerhard Stoltenberg", "MOHAMMED_ALI_ABA_AL-KHAIL_", "Dr. F. Mbeki").
Output: a tuple of comparable tokens (accents stripped, casefolded, hyphens and underscores
split, initials without their dots, titles and suffixes dropped), and helpers that read the
surname and the given names off it. Pure functions, used both by rebuild and at look-up.
"""

from __future__ import annotations

import functools
import re
import unicodedata

# Words before a name that are not part of it ("Mr. Shultz", "Sheikh Ali Khalifa").
HONORIFICS = frozenset(
    "mr mrs ms miss dr sir dame lord lady sheikh shaikh prince princess king queen emir "
    "general gen col colonel maj major adm admiral capt captain president premier "
    "chancellor minister secretary senator sen rep ambassador judge justice rev father "
    "ayatollah hojatoleslam mullah imam monsignor cardinal pope haji professor prof".split()
)
# Words after a name that are not part of it ("James Baker III").
SUFFIXES = frozenset("jr sr ii iii iv 3d 2d".split())

_SPLIT = re.compile(r"[\s_\-]+")
_DROP = re.compile(r"[.'’`\"(),]")


def fold(text: str) -> str:
    """Return `text` without accents, casefolded ("Schröder" -> "schroder")."""
    if text.isascii():  # nothing to strip: the common case, at a tenth of the cost
        return text.casefold()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


@functools.lru_cache(maxsize=8192)  # the names of the people a surname files, again and again
def name_tokens(name: str) -> tuple[str, ...]:
    """Split a name into comparable tokens, dropping honorifics before it and suffixes after."""
    tokens = [t for t in (_DROP.sub("", part) for part in _SPLIT.split(fold(name))) if t]
    while tokens and tokens[0] in HONORIFICS and len(tokens) > 1:
        tokens.pop(0)
    while tokens and tokens[-1] in SUFFIXES and len(tokens) > 1:
        tokens.pop()
    return tuple(tokens)


def surname(tokens: tuple[str, ...]) -> str:
    """Return the key a name is filed under: its last token ("" for no tokens)."""
    return tokens[-1] if tokens else ""


def given_names(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """Return the tokens before the surname, initials included."""
    return tokens[:-1]


def display_name(phoenix_name: str) -> str:
    """Turn a Phoenix entry ("HELMUT_KOHL_") into a readable name ("Helmut Kohl")."""
    words = phoenix_name.strip("_ ").replace("_", " ").split()
    small = {"of", "the", "and", "de", "del", "da", "van", "von", "der", "al", "bin", "ibn", "la"}
    out = []
    for i, w in enumerate(words):
        lw = w.lower()
        if i and lw in small:
            out.append(lw)
        else:
            out.append("-".join(p[:1].upper() + p[1:].lower() for p in w.split("-")))
    return " ".join(out)
