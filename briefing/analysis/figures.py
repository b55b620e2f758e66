"""Key figures: passages -> the counts that matter, normalised, with who claims them.

Input: `Passage` values (context.py). Output: `Figure` values: killed, casualties, injured,
captured, displaced, missiles, strikes and money, with the number normalised ("two children"
-> 2, "at least seven" -> at least 7; "hundreds of" stays the word "hundreds"), what it
counts, the actor whose claim it is and the span of its words. What a count of people means
comes from the nearest predicate in its clause ("left two children dead", "injuring three
girls", "claimed at least seven civilians", "another 289 captured"), or from its noun when
the noun says it ("3,000 casualties", "40 prisoners"); a count of people with no such
predicate is no key figure. Forces are counted by their units ("an infantry brigade").
The same figure claimed by the same actor in several places is one figure citing each.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing.analysis.context import Passage, claimant_at
from briefing.analysis.model import Figure
from briefing.analysis.patterns import QUALIFIER, QUALIFIERS, UNITS, WEAPONS
from briefing.models import Citation

_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
MONEY_RE = re.compile(
    r"(?:(?P<qual>" + QUALIFIER + r")\s+)?(?:(?:US)?\$\s?(?P<n1>\d[\d,]*(?:\.\d+)?)"
    r"(?:\s+(?P<s1>million|billion))?|(?P<n2>\d[\d,]*(?:\.\d+)?)\s+(?P<s2>million|billion)\s+"
    r"(?P<cur>dollars|rupees|euros|rials|yuan))",
    re.IGNORECASE,
)
_PREDICATES = (
    ("killed", re.compile(r"\b(?:killed|killing|dead|died|deaths?\s+of|death\s+toll|lives\s+of|"
                          r"claimed|claiming|slain|martyred)\b", re.IGNORECASE)),
    ("injured", re.compile(r"\b(?:injured|injuring|injuries\s+to|wounded|wounding|hurt)\b",
                           re.IGNORECASE)),
    ("displaced", re.compile(r"\b(?:displaced|displacing|fled|evacuated|homeless)\b",
                             re.IGNORECASE)),
    ("captured", re.compile(r"\b(?:captured|capturing|taken\s+prisoner|arrested|detained|"
                            r"abducted|kidnapped|missing)\b", re.IGNORECASE)),
)
# Nouns that say what they count themselves: "3,000 casualties", "289 prisoners".
_SELF_COUNTING = (
    ("casualties", re.compile(r"casualties", re.IGNORECASE)),
    ("captured", re.compile(r"prisoners(?:\s+of\s+war)?|captives|hostages|detainees",
                            re.IGNORECASE)),
)
# A number with no noun, its participle straight after it: "another 289 captured",
# "12 were killed". Digits only: "one killed" is too often something else.
_BARE = re.compile(
    r"(?<![\w.,$])(?:(?P<qual>" + QUALIFIER + r")\s+)?(?P<num>\d{1,3}(?:,\d{3})+|\d+)\s+"
    r"(?:were\s+|had\s+been\s+|have\s+been\s+)?(?P<pred>captured|taken\s+prisoner|killed|"
    r"wounded|injured|dead|missing|arrested|detained)\b",
    re.IGNORECASE,
)
# A cheap test before _BARE (substrings are faster than a regular expression).
_PARTICIPLES = ("captured", "prisoner", "killed", "wounded", "injured", "dead", "missing",
                "arrested", "detained")
_BARE_CATEGORY = {"captured": "captured", "taken prisoner": "captured", "arrested": "captured",
                  "detained": "captured", "missing": "captured", "killed": "killed",
                  "dead": "killed", "wounded": "injured", "injured": "injured"}
# Forces committed: "an Iranian infantry brigade", "two armoured divisions". A unit with "a"
# or "one" needs an arm of service before it ("a division" of a firm is no force).
_ARM = r"infantry|armou?red|mechani[sz]ed|tank|artillery|marine|commando|airborne|paratroop"
_UNIT = re.compile(
    r"(?<![\w.,])(?P<num>an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+"
    r"(?P<adj>(?:[A-Z][a-z]+(?:i|an|ese)\s+)?(?:(?:" + _ARM + r")\s+)?)"
    r"(?P<noun>brigades?|battalions?|divisions?|regiments?)\b")
# Words for a number that stay words: "hundreds of Iranians" is no "> 100".
_VAGUE = re.compile(r"(dozens|hundreds|thousands)\s+of", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
# Without "$", MONEY_RE needs one of its currencies' names (the same IGNORECASE words).
_CURRENCY = re.compile(r"dollars|rupees|euros|rials|yuan", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[;:]|,\s+(?:but|while|whereas)\b|\band\b")
CATEGORY_ORDER = ("killed", "casualties", "injured", "captured", "displaced", "forces",
                  "missiles", "strikes", "money")
MAX_GAP = 24  # characters between a count and its predicate
MIN_MONEY = 1_000_000  # smaller sums of money are prices, not key figures


def find_figures(passages: Sequence[Passage]) -> tuple[Figure, ...]:
    """Find, normalise and merge the key figures of every passage."""
    found: list[Figure] = []
    for passage in passages:
        found.extend(_counts(passage, passage.counts))
        text = passage.text
        if _DIGIT.search(text) and _has_participle(text):
            found.extend(_bare(passage))
        if "brigade" in text or "battalion" in text or "division" in text or "regiment" in text:
            found.extend(_units(passage))
        # Cheap tests before the money expression: "$", or a currency's name (its
        # IGNORECASE search is far faster than MONEY_RE's), and "illion" in either case.
        if "$" in text or ("illion" in text and _CURRENCY.search(text)):
            found.extend(_money(passage))
    return _merge(found)


def _has_participle(text: str) -> bool:
    """Whether one of _PARTICIPLES is in the text (one test each, no generator)."""
    return ("killed" in text or "captured" in text or "prisoner" in text or "wounded" in text
            or "injured" in text or "dead" in text or "missing" in text
            or "arrested" in text or "detained" in text)


def _counts(passage: Passage, matches: Sequence[re.Match[str]]) -> list[Figure]:
    text = passage.article.text
    out: list[Figure] = []
    for m in matches:
        value = parse_number(m["num"], m["scale"])
        if value is None:
            continue
        noun = re.sub(r"\s+", " ", m["noun"].lower())
        own = next((c for c, regex in _SELF_COUNTING if regex.fullmatch(noun)), None)
        if re.fullmatch(WEAPONS, noun):
            category = "missiles" if re.search(
                r"missile|drone|rocket|shell|bomb", noun) else "strikes"
            start, end = m.start(), m.end()
        elif own is not None:
            category, start, end = own, m.start(), m.end()
        else:
            near = _predicate(text, m.start(), m.end(), passage.start, passage.end)
            if near is None:
                continue
            category, start, end = near
        counted = noun if noun != "others" else "people"
        if noun[:1] != m["noun"][:1] and m["noun"][:1].isupper():
            counted = m["noun"]  # a demonym keeps its capital
        vague = _VAGUE.match(m["num"])
        out.append(_figure(passage, value, _qualifier(m["qual"], m["num"]), category, counted,
                           start, end, vague.group(1).lower() if vague else ""))
    return out


def _units(passage: Passage) -> list[Figure]:
    """Military units committed: "an Iranian infantry brigade" -> 1 infantry brigade."""
    out: list[Figure] = []
    for m in _UNIT.finditer(passage.article.text, passage.start, passage.end):
        value = parse_number(m["num"])
        armed = re.search(_ARM, m["adj"], re.IGNORECASE)
        if value is None or (value == 1 and not armed):
            continue
        counted = re.sub(r"\s+", " ", f"{m['adj']}{m['noun']}").strip()
        out.append(_figure(passage, value, "", "forces", counted, m.start(), m.end()))
    return out


def _bare(passage: Passage) -> list[Figure]:
    """Numbers with a participle and no noun: "another 289 captured", "40 were killed"."""
    out: list[Figure] = []
    for m in _BARE.finditer(passage.article.text, passage.start, passage.end):
        value = parse_number(m["num"])
        if value is None:
            continue
        category = _BARE_CATEGORY[re.sub(r"\s+", " ", m["pred"].lower())]
        out.append(_figure(passage, value, _qualifier(m["qual"], m["num"]), category, "people",
                           m.start(), m.end()))
    return out


def _money(passage: Passage) -> list[Figure]:
    out: list[Figure] = []
    if not _DIGIT.search(passage.article.text, passage.start, passage.end):
        return out  # every amount has a digit; MONEY_RE is slow to find that there is none
    for m in MONEY_RE.finditer(passage.article.text, passage.start, passage.end):
        value = parse_number(m["n1"] or m["n2"], m["s1"] or m["s2"])
        if value is None or value < MIN_MONEY:
            continue  # "$15" is a price, not a key figure
        currency = (m["cur"] or "dollars").lower()
        counted = "US dollars" if currency == "dollars" else currency
        out.append(_figure(passage, value, _qualifier(m["qual"], ""), "money", counted,
                           m.start(), m.end()))
    return out


def _figure(passage: Passage, value: int, qualifier: str, category: str, counted: str,
            start: int, end: int, words: str = "") -> Figure:
    text = passage.article.text[start:end]
    return Figure(value, qualifier, category, counted, claimant_at(passage, start), text,
                  (passage.citation((start, end)),), words)


def _predicate(text: str, start: int, end: int, lo: int, hi: int) -> tuple[str, int, int] | None:
    """The nearest predicate in the count's clause: (category, span start, span end)."""
    best: tuple[int, str, int, int] | None = None
    for category, regex in _PREDICATES:
        for p in regex.finditer(text, max(lo, start - MAX_GAP), min(hi, end + MAX_GAP)):
            if p.end() <= start:
                gap_text, gap = text[p.end():start], start - p.end()
                span = (p.start(), end)
            elif p.start() >= end:
                gap_text, gap = text[end:p.start()], p.start() - end
                span = (start, p.end())
            else:
                continue
            if _CLAUSE_END.search(gap_text):
                continue
            if best is None or gap < best[0]:
                best = (gap, category, *span)
    return None if best is None else best[1:]


def _qualifier(words: str | None, number: str) -> str:
    if number.lower().startswith(("dozens", "hundreds", "thousands")):
        return "more than"
    if not words:
        return ""
    return QUALIFIERS[re.sub(r"\s+", " ", words.lower())]


def parse_number(words: str, scale: str | None = None) -> int | None:
    """Normalise "two", "twenty-one", "1,200", "3.5" (with "million") to an integer."""
    token = re.sub(r"\s+", " ", words.strip().lower())
    multiplier = _SCALES.get((scale or "").lower(), 1)
    if token in ("dozens of", "hundreds of", "thousands of"):
        return {"dozens of": 12, "hundreds of": 100, "thousands of": 1_000}[token]
    if token == "a dozen":
        return 12 * multiplier
    if re.fullmatch(r"[\d,]+(?:\.\d+)?", token):
        return round(float(token.replace(",", "")) * multiplier)
    parts = re.split(r"[- ]", token)
    if not all(part in UNITS for part in parts):
        return None
    return sum(UNITS[part] for part in parts) * multiplier


def _merge(found: list[Figure]) -> tuple[Figure, ...]:
    merged: dict[tuple[object, ...], Figure] = {}
    for figure in found:
        key = (figure.value, figure.qualifier, figure.category, figure.counted.lower(),
               figure.claimant)
        if key in merged:
            first = merged[key]
            citations: tuple[Citation, ...] = first.citations + figure.citations
            merged[key] = Figure(first.value, first.qualifier, first.category, first.counted,
                                 first.claimant, first.text, citations, first.words)
        else:
            merged[key] = figure
    return tuple(sorted(
        merged.values(),
        key=lambda f: (CATEGORY_ORDER.index(f.category), -f.value, f.counted.lower(),
                       f.claimant or "", f.citations[0].number, f.citations[0].spans),
    ))
