"""Patterns the analysis runs over every sentence: counts of people and weapons, event words.

Input: none (compiled at import). Output: `COUNTS` ("at least seven civilians", "2
children", "three missiles") and `EVENTS` ("attack", "strikes", "talks"), both `Caseless`,
and the word lists the key figures normalise numbers with. In a module of their own so that
the passages can be scanned with them once, while the statements are being extracted.
"""

from __future__ import annotations

import re

from briefing.analysis.caseless import Caseless

UNITS = {
    "one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
}
QUALIFIERS = {
    "at least": "at least", "no fewer than": "at least", "more than": "more than",
    "over": "more than", "up to": "up to", "as many as": "up to", "nearly": "about",
    "almost": "about", "about": "about", "around": "about", "some": "about",
    "approximately": "about", "roughly": "about",
}
_WORD_NUMBER = "|".join(sorted((k for k in UNITS if k not in ("a", "an")), key=len,
                               reverse=True))
_NUMBER = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|(?:{_WORD_NUMBER})(?:[- ](?:one|two|three|" \
    rf"four|five|six|seven|eight|nine))?|a\s+dozen|dozens\s+of|hundreds\s+of|thousands\s+of)"
QUALIFIER = "|".join(re.escape(q).replace(r"\ ", r"\s+") for q in sorted(QUALIFIERS, key=len,
                                                                        reverse=True))
PEOPLE = (
    r"people|persons|civilians|children|kids|girls|boys|women|men|soldiers|troops|militants|"
    r"fighters|terrorists|insurgents|policemen|police\s+officers|officers|guards|personnel|"
    r"residents|villagers|pilgrims|workers|passengers|students|refugees|others|casualties|"
    r"prisoners(?:\s+of\s+war)?|captives|hostages|detainees|"
    r"[A-Z][a-z]+(?:is|ans|ese)"
)
WEAPONS = r"missiles|drones|rockets|shells|bombs|air\s*strikes|strikes|attacks|" \
    r"counter-?attacks|assaults|raids|sorties"
_ADJECTIVE = r"(?:innocent|civilian|unarmed|young|other|more|local|foreign|[A-Z][a-z]+i|" \
    r"[A-Z][a-z]+an|ballistic|cruise|suicide)\s+"
COUNTS = Caseless(
    rf"(?<![\w.,])(?:(?P<qual>{QUALIFIER})\s+)?(?P<num>{_NUMBER})"
    rf"(?:\s+(?P<scale>hundred|thousand|million|billion))?\s+(?P<adj>(?:{_ADJECTIVE}){{0,2}})"
    rf"(?P<noun>{PEOPLE}|{WEAPONS})\b"
)
EVENTS = Caseless(
    r"\b(attack|strike|missile|airspace|mediat|ceasefire|talks|sanction|clash|offensive|"
    r"drone|raid|bomb|protest|election|vote|deal)\w*"
)

# What news reports as a development, by what it is (issue 15): an act of force, a decision
# (a measure imposed, a vote, an agreement, an order, a cut, a convoy, an alert), a threat,
# an offer, and a party's claim of gains or losses. Stems, tried on a sentence's words.
DEVELOPMENTS = (
    ("attack", re.compile(
        r"\b(?:attack|strik|struck|raid|shell(?:ed|ing|s)?\b|bomb|blast|destroy|sank|sunk|"
        r"invad|invasion|offensive|assault|fired\b|launch|shot\s+down|clash|ambush|"
        r"bombard|stormed|seiz|captur)", re.I)),
    ("decision", re.compile(
        r"\b(?:decid|decision|impos|sanction|tariff|embargo|boycott|ban(?:s|ned)?\b|"
        r"approv|endors|back(?:ed|s)\s|vot(?:e|ed|es|ing)\b|pass(?:ed)?\s|sign(?:ed|s)?\b|"
        r"agree[ds]?\b|ceasefire|cease-fire|truce|withdr[ae]w|deploy|"
        r"escort|convoy|alert\b|evacuat|expel|recall|suspend|halt|lift(?:ed|s)?\b|"
        r"cut(?:s|ting)?\b|slash|reduc|rais(?:e|ed|es)\b|devalu|order(?:ed|s)?\b|"
        r"announc|adopt|ratif|resign|arrest|indict|declar)", re.I)),
    ("threat", re.compile(
        # To retaliate is a threat; an act "in retaliation", a "retaliatory strike", is not.
        r"\b(?:warn|threat|vow|pledg|retaliate\b|aveng|ultimatum|revenge|countermeasure|"
        r"promis\w*\s+(?:retaliation|revenge|reprisals?))", re.I)),
    ("offer", re.compile(
        r"\b(?:offer|propos|willing|readiness|mediat|talks\b|negotiat|appeal(?:ed|s)?\b|"
        r"call(?:ed|s)?\s+for|urg(?:e|ed|es)\b)", re.I)),
    ("claim", re.compile(
        r"\b(?:killed|dead\b|died|wounded|injur|casualt|lost|loss|losses|repel|repuls|"
        r"crush|recaptur|gain(?:ed|s)?\b|advanc|retreat|damag)", re.I)),
)
# A report that says it is early, hedged or second-hand: a later on-the-record account of the
# same development is the better line ("networks had reported", "unconfirmed reports",
# "shipping sources said", "rumours", "unidentified jets").
HEDGED = re.compile(
    r"\b(?:had\s+(?:been\s+)?reported|reportedly|unconfirmed|rumou?r|unidentified|"
    r"could\s+not\s+(?:immediately\s+)?be\s+(?:confirmed|verified)|"
    r"(?:was|were)\s+not\s+(?:immediately\s+)?(?:clear|known|confirmed)|"
    r"television|networks?\b|sources\s+said|speculat|believed\s+to|may\s+have|"
    r"according\s+to\s+(?:unconfirmed|some|unnamed))", re.I)


def developments(text: str) -> frozenset[str]:
    """The kinds of development a text reports (DEVELOPMENTS), none for colour."""
    return frozenset(kind for kind, regex in DEVELOPMENTS if regex.search(text))
