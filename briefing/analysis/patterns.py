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
