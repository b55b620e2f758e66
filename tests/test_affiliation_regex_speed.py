"""Cheap tests before affiliation's costly expressions give their answers (issue 14, stop 16):
`_posting` and `_firm` against the code they replaced, kept here as it was."""

from __future__ import annotations

import random

import pytest

from briefing.knowledge import Reference, load
from briefing.knowledge.affiliation import (
    FIRM_AFTER_STATE,
    FIRM_ENDS,
    FIRM_LAST,
    FIRM_OF,
    POSTING,
    _firm,
    _Match,
    _name_before,
    _posting,
    _scan,
)

PIECES = ["the", "The", "THE", "U.S.", "ambassador", "Ambassador", "envoy", "delegate", "to",
          "TO", "In", "in", "iN", "at", "At", "İN", "ın", "of", "Of", "from", "From", "Pakistan",
          "Brisbane", "Montreal", "United Nations", "Qintex Ltd", "<Qintex Ltd>", "Westpac",
          "Banking", "Corp", "Co.", "Inc", "Bank of", "bank of", "Taiwan", "Textile",
          "Federation", "Zambia", "Mines", "Iran", "Japan", "Tokyo", "charge d'affaires",
          "high commissioner", "consuls-general", ",", "\n", "\t", "\xa0", "  ", "Moscow"]


@pytest.fixture(scope="module")
def ref() -> Reference:
    return load()


def _posting_as_it_was(phrase: str, m: _Match) -> bool:
    start = m.start + 4 if m.text[:4].casefold() == "the " else m.start
    return POSTING.search(phrase, 0, start) is not None


def _firm_as_it_was(phrase: str, refs: list[_Match], rest: list[tuple[int, int]]) -> str | None:
    for m in refs:
        if m.ref is not None and m.ref.kind not in ("state", "historical", "territory", "body"):
            continue
        words: list[tuple[str, int]] = []
        for start, end in rest:
            if start < m.end:
                continue
            word = phrase[start:end]
            if not word[:1].isupper() or len(words) == 4:
                break
            words.append((word, end))
            if word.rstrip(".") in FIRM_ENDS:
                return phrase[m.start:end]
            if word in FIRM_LAST and not phrase[end:].lstrip(" ")[:1].isupper():
                return phrase[m.start:end]
        at = m.start  # (stop 25's rules, as _firm has them)
        if phrase[at - 1:at].isspace():
            if m.ref is not None and m.ref.via == "name" and \
                    FIRM_AFTER_STATE.match(phrase, m.end) is not None and \
                    (own := _name_before(phrase, at, rest)) is not None:
                return f"{own} {m.text}"
            if m.text == "SPA" and any(end == at - 1 and phrase[start].isupper()
                                       for start, end in rest):
                return phrase[:m.end]
        firm = FIRM_OF.search(phrase, max(0, m.start - 70), m.start)
        if firm is not None:
            return phrase[:m.end]
        before = phrase[max(0, m.start - 8):m.start]
        if before.endswith(("Bank of ", "bank of ")) and m.ref is not None \
                and m.ref.via in ("phoenix", "capital"):
            return phrase[m.start - 8:m.end]
    return None


def _phrases() -> list[str]:
    rng = random.Random(1618)
    out = ["the U.S. ambassador to Pakistan", "envoy to the United Nations", "<Qintex Ltd> of "
           "Brisbane", "Westpac Banking Corp of Australia", "Bank of Montreal spokesman",
           "Taiwan Textile Federation", "ambassador in\nTokyo", "envoy to \nJapan",
           "envoy İN Japan", "envoy ın Japan", "Toshiba Corp in\xa0Tokyo"]
    for _ in range(6000):
        words = [rng.choice(PIECES) for _ in range(rng.randrange(1, 9))]
        out.append("".join(w + rng.choice([" ", " ", "", "  ", "\n"]) for w in words).strip(" "))
    return out


def test_posting_and_firm_are_as_before(ref: Reference) -> None:
    seen = 0
    for phrase in _phrases():
        matches, rest = _scan(phrase, None, ref)
        for m in matches:
            assert _posting(phrase, m) == _posting_as_it_was(phrase, m), (phrase, m)
            # any place in the phrase may be the match: every start and end
            for start in range(len(phrase) + 1):
                moved = _Match(start, max(start, m.end), m.text, m.ref, m.voice)
                assert _posting(phrase, moved) == _posting_as_it_was(phrase, moved)
                assert _firm(phrase, [moved], rest) == _firm_as_it_was(phrase, [moved], rest)
            seen += 1
        refs = [m for m in matches if m.ref is not None]
        assert _firm(phrase, refs, rest) == _firm_as_it_was(phrase, refs, rest), phrase
    assert seen > 1000


def test_a_match_as_a_tuple_reads_as_the_dataclass_did(ref: Reference,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """`_Match` became a NamedTuple: every phrase reads as with the frozen dataclass."""
    import datetime as dt
    import importlib
    from dataclasses import dataclass

    from briefing.knowledge.model import StateRef

    module = importlib.import_module("briefing.knowledge.affiliation")

    @dataclass(frozen=True, slots=True)
    class MatchAsItWas:
        start: int
        end: int
        text: str
        ref: StateRef | None
        voice: tuple[str, ...] | None

    phrases = _phrases()[:3000] + [
        "Sri Lankan Finance Minister Ronnie De Mel", "a senior finance ministry official",
        "Former Secretary of State Hillary Clinton", "Reagan administration officials",
        "Minister of International Trade and Industry Hajime Tamura", "Murray",
        "director of the Ministry's Industrial Development Centre", "the Georgia Democrat"]
    days = [None, dt.date(1987, 3, 15), dt.date(2016, 5, 1)]
    fresh = [module.affiliation(p, d, "USA", ref) for p in phrases for d in days]
    monkeypatch.setattr(module, "_Match", MatchAsItWas)
    # (stop 17, third round: _scan makes its matches with tuple.__new__; the dataclass by
    # its own __init__)
    monkeypatch.setattr(module, "_new_match", lambda cls, fields: cls(*fields))
    assert [module.affiliation(p, d, "USA", ref) for p in phrases for d in days] == fresh
