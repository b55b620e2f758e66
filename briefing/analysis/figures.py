"""Key figures: passages -> the counts that matter, normalised, with who claims them.

Input: `Passage` values (context.py). Output: `Figure` values: killed, casualties, injured,
captured, displaced, forces, ships, aircraft, missiles, strikes, money, volumes of oil and
goods, percentages, votes and deadlines, with the number normalised ("two children" -> 2,
"at least seven" -> at least 7; "hundreds of" and "several" stay words), what it counts,
the actor whose claim it is and the span of its words. What a count of people means comes
from the nearest predicate in its clause ("left two children dead", "injuring three girls",
"claimed at least seven civilians", "another 289 captured"), or from its noun when the noun
says it ("3,000 casualties", "40 prisoners"); a count of people with no such predicate is no
key figure.
Forces are counted by their units ("an infantry brigade"), by nouns that say it ("5,000
troops", "20 to 30 Iranian personnel") or by a verb that moves them ("massed 200,000 men");
ships, aircraft and weapons by their nouns, whatever words stand between ("four U.S.
destroyers", "1,000 five-inch shells"). Money is read as news and the wire write it ("$5
million", "300 mln dlrs in tariffs", "2.3 bln yen"), with what it is of where a word says
so; prices and sums for a past period are not the situation. A percentage is a figure when
it is a party's measure (a tariff's rate, a change a transitive verb makes: "cut output by
11 pct"), not a market's move ("shares fell 2 pct"). Votes keep both sides ("voted 92-1");
a date still ahead of the story that something is due by is a deadline ("from April 17").
The same figure claimed by the same actor in several places is one figure citing each; the
same number of one thing in other words is one figure, and a report of it in a story's own
voice joins the claim of the one party that makes it. When parties claim different figures
for the same thing (the same category and what it counts), `side_by_side` groups them, so
that the brief shows the claims next to each other. `rank` is the order a long list is cut in.
Sums, rates, votes and dates are the key figures of a story about the crisis the brief
follows (`about_crisis`): a story that names its two parties together, or that the bottom
line tells; a same-day story that names one of them on other business (a vote on aid to
someone else, a firm's contract) keeps its sums to itself. What is done to people, and the
forces and arms, stay whichever story counts them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Collection, Iterable, Sequence

from briefing.analysis.context import Passage, claimant_at
from briefing.analysis.model import Figure
from briefing.analysis.patterns import PEOPLE, QUALIFIER, QUALIFIERS, UNITS, WEAPONS

_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "mln": 1_000_000,
           "billion": 1_000_000_000, "bln": 1_000_000_000, "trillion": 1_000_000_000_000}
_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE = r"million|billion|trillion|mln|bln"
# Money as news writes it: "$5 million", "US$2 bln", "5 million dollars" and the wire's
# "300 mln dlrs", "1.5 billion dlrs", "2.3 bln yen", "40 mln stg", "10 mln Canadian dlrs".
# A currency's name follows the number ("pounds" only with "sterling": "500 pounds of
# explosives" is a weight; "won" not at all: it is more often the verb).
_CURRENCY = (r"dlrs|dlr|dls|dollars?|yen|stg|sterling|pounds\s+sterling|euros?|marks|"
             r"francs|lire|guilders|rupees|rials|riyals|dinars|yuan|roubles|rubles|pesos|"
             r"rand|shekels|crowns|kroner|kronor|schillings")
_MONEY_QUAL = r"as\s+much\s+as|an\s+estimated|" + QUALIFIER
MONEY_RE = re.compile(
    r"(?:(?P<qual>" + _MONEY_QUAL + r")\s+)?(?:(?:US\s?)?(?P<sign>[$£])\s?(?P<n1>" + _NUM +
    r")(?:\s+(?P<s1>" + _SCALE + r"))?(?:\s+(?:dlrs|dollars))?"
    r"|(?<![\w.,])(?P<n2>" + _NUM + r")(?:\s+(?P<s2>" + _SCALE + r"))?\s+"
    r"(?P<adj>(?:U\.S\.|US|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+)?(?P<cur>" + _CURRENCY + r"))\b",
    re.IGNORECASE,
)
_CURRENCY_NAMES = {"dlrs": "dollars", "dlr": "dollars", "dls": "dollars", "dollar": "dollars",
                   "stg": "pounds sterling", "sterling": "pounds sterling", "euro": "euros",
                   "$": "dollars", "£": "pounds sterling"}
# What a sum is of, where the sentence says it in a word: "500 mln dlrs in damage", "tariffs
# of as much as 300 mln dlrs", "a 58.6 billion dlr trade surplus".
_MONEY_NOUN = (r"damage|losses|tariffs|duties|sanctions|aid|loans?|credits?|debts?|"
               r"compensation|reparations|fines?|ransom|budget|spending|deficit|surplus|"
               r"trade\s+surplus|trade\s+deficit|exports|imports|goods|products|contracts?|"
               r"sales|investments?|deal|package|bail-?out|costs?|assets|reserves|funds|"
               r"grants?|subsidies|claims|bonds|purchases|orders|arms|weapons")
_MONEY_AFTER = re.compile(r"\s+(?:in|of|worth\s+of|in\s+the\s+form\s+of)\s+"
                          r"(?:(?:[a-z]+|[A-Z][a-z]+)\s+)?"
                          r"(?P<thing>" + _MONEY_NOUN + r")\b")
_MONEY_ATTRIBUTIVE = re.compile(r"\s+(?P<thing>" + _MONEY_NOUN + r")\b")
_MONEY_BEFORE = re.compile(r"\b(?P<thing>" + _MONEY_NOUN + r")\s+(?:estimated\s+at|valued\s+at|"
                           r"worth|totall?ing|amounting\s+to|of|at)\s+$")
# A sum for a past period is a statistic, not the situation: "62 billion dlrs last year".
_PAST_PERIOD = re.compile(
    r"[^;:]{0,50}?\b(?:(?:last|previous)\s+(?:year|month|quarter)|in\s+(?:19|20)\d\d\b|"
    r"in\s+(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\b)", re.IGNORECASE)
# Where what comes before a sum stops being about it: another number, another clause.
_OTHER_CLAUSE = re.compile(r"\d|;|\b(?:and|but|while|whereas)\b")
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
# Percentages that are a party's measure: a rate it sets ("100 pct tariffs", "a duty of 35
# per cent") or a change it makes to what it controls ("cut output by 11 pct", "output was
# slashed by 20 pct", "an 11 pct cut in output"). A transitive verb has an actor; a market's
# move has none ("shares fell 2 pct", "output will fall by 3 pct"), and is no key figure.
_PCT = r"(?:pct|per\s*cent|percent|%)"
_PCT_RE = re.compile(
    r"(?<![\w.,])(?:(?P<qual>" + QUALIFIER + r")\s+)?(?P<num>" + _NUM + r")(?:\s*(?:-|to)\s*"
    r"(?P<hi>" + _NUM + r"))?\s*" + _PCT + r"(?![\w])", re.IGNORECASE)
_MEASURE = (r"tariffs?|duty|duties|tax(?:es)?|levy|levies|surcharges?|quotas?|"
            r"import\s+dut(?:y|ies)")
_RATE_AFTER = re.compile(r"\s*(?:ad\s+valorem\s+|import\s+|punitive\s+|retaliatory\s+)?"
                         r"(?P<measure>" + _MEASURE + r")\b", re.IGNORECASE)
_RATE_BEFORE = re.compile(r"\b(?P<measure>" + _MEASURE + r")\s+(?:of|at|to)\s+"
                          r"(?:(?:up\s+to|as\s+much\s+as)\s+)?$", re.IGNORECASE)
_CHANGE_VERB = (r"cut|cuts|cutting|slash(?:es|ed|ing)?|reduc(?:e|es|ed|ing)|trim(?:s|med|ming)?|"
                r"lower(?:s|ed|ing)?|curb(?:s|ed|ing)?|rais(?:e|es|ed|ing)|"
                r"increas(?:e|es|ed|ing)|boost(?:s|ed|ing)?|lift(?:s|ed|ing)?|"
                r"hik(?:e|es|ed|ing)|devalu(?:e|es|ed|ing)")
# "cut output (of the chips) by 11 pct": the verb, its object, "by" (or nothing: "cut
# output 10 pct"), then the number; or the passive "was cut by 11 pct".
_CHANGE_BEFORE = re.compile(
    r"\b(?:(?P<verb>" + _CHANGE_VERB + r")\s+(?P<obj>(?:(?!(?:to|from|at|as|would|will|could|"
    r"may|might|can|should|that|which|and|or|but)\b)[\w'-]+\s+){1,6}?)(?:by\s+)?|"
    r"(?:was|were|be|been|is|are)\s+(?P<pverb>" + _CHANGE_VERB + r")\s+by\s+)$",
    re.IGNORECASE)
_CHANGE_NOUN = re.compile(r"\s+(?P<noun>cut|cuts|reduction|increase|hike|devaluation)"
                          r"(?:\s+in\s+(?P<obj>(?:[\w'-]+\s+){0,3}?[\w'-]+)\b)?",
                          re.IGNORECASE)
_NOT_OBJECT = re.compile(r"^(?:the|a|an|its|their|his|her|our|this|that)\s+", re.IGNORECASE)
_STOP_OBJECT = re.compile(r"\b(?:by|to|from|in|on|at|for|with|and|or|but|than|which|that)\b",
                          re.IGNORECASE)
# Votes: "voted 92-1", "by a vote of 34 to 2", "a 92-1 vote", "voted 92 to 1".
_VOTE_RE = re.compile(
    r"\b(?:voted\s+(?:by\s+)?|(?:by\s+)?a\s+vote\s+of\s+|(?:by\s+)?a\s+margin\s+of\s+)"
    r"(?P<yes>\d{1,4})\s*(?:-|to)\s*(?P<no>\d{1,4})\b(?!\s*(?:pct|per|%))"
    r"|\b(?P<yes2>\d{1,4})-(?P<no2>\d{1,4})\s+(?:vote|margin|majority)\b", re.IGNORECASE)
# Dates ahead of the report that something is due by: "takes effect from April 17", "by
# April 1", "the April 17 deadline", "the trip is set for April 6-8". A date already past
# when the story was written is history, not a deadline.
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december")
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
          r"December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)")
_DATE_RE = re.compile(
    r"(?:(?P<lead>\b(?:by|from|on|until|till|before|effective|starting|for|as\s+of|"
    r"no\s+later\s+than)\s+)(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday),?\s+)?)?(?:the\s+)?(?P<month>" + _MONTH + r")\s+(?P<day>\d{1,2})(?![\d,]\d)"
    r"(?:\s*(?:-|to)\s*(?P<month2>" + _MONTH + r"\s+)?(?P<day2>\d{1,2})\b)?"
    r"(?:,?\s+(?P<year>(?:19|20)\d\d))?"
    r"(?:\s+(?P<deadline>deadline|ultimatum))?")
# What a date ahead is for, from the nearest word of the sentence that says it.
_DUE = re.compile(
    r"\b(?:(?P<deadline>deadlines?|ultimatum)|(?P<effect>(?:take|takes|taking|took|go|goes|"
    r"come|comes)\s+(?:into\s+)?(?:effect|force)|effective|impos(?:e|ed|es|ing))|"
    r"(?P<expires>expir(?:e|es|ing))|(?P<visit>visit|trip|tour)|"
    r"(?P<meeting>talks|meeting|meet|summit|conference|negotiations)|"
    r"(?P<vote>elections?|referendum|ballot)|(?P<due>due))\b", re.IGNORECASE)
_DUE_LABELS = {"deadline": "deadline", "effect": "takes effect", "expires": "expires",
               "visit": "visit", "meeting": "meeting", "vote": "vote", "due": "due"}
# Forces, ships, aircraft and weapons counted, with what the story puts between the number
# and the noun: "four U.S. destroyers", "1,000 five-inch shells", "20 to 30 Iranian
# personnel", "two 80,000-ton tankers". Plural nouns only: "a ship" counts nothing.
_WORD_NUMS = (r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
              r"thirty|forty|fifty|sixty|seventy|eighty|ninety|a\s+dozen")
_MODIFIER = (r"(?:[\w.,]+(?:-[\w.,]+)+|U\.S\.|[A-Z][A-Za-z]+|(?i:military|naval|navy|armed|"
             r"enemy|foreign|escort|escorting|combat|attack|patrol|merchant|oil|chemical|gas|"
             r"crude|more|other|additional|new|unarmed|ballistic|cruise|artillery|mortar|tank|"
             r"heavy|light|small|large|jet|fighter|transport|reconnaissance|spy|cargo))\s+")
_KIT = {
    "forces": r"troops|servicemen|personnel|sailors|marines|paratroopers|commandos|"
              r"reservists|guardsmen|soldiers|men",
    "ships": r"warships|destroyers|frigates|cruisers|aircraft\s+carriers|carriers|"
             r"battleships|minesweepers|submarines|gunboats|patrol\s+boats|corvettes|"
             r"tankers|vessels|ships|boats|freighters|escorts",
    "aircraft": r"aircraft|warplanes|planes|jets|bombers|helicopters|gunships|fighter\s+jets|"
                r"fighter-bombers",
    "missiles": r"shells|missiles|rockets|torpedoes|mines|bombs|grenades|mortars",
}
_KIT_NOUN = "|".join(_KIT.values())
_KIT_RE = re.compile(
    r"(?<![\w.,$])(?:(?P<qual>" + QUALIFIER + r")\s+)?(?P<num>(?i:several|scores\s+of|"
    r"dozens\s+of|hundreds\s+of|thousands\s+of)|(?:" + _NUM + r")(?:\s+to\s+(?:" + _NUM +
    r"))?(?:\s+(?:thousand|million))?|(?i:" + _WORD_NUMS + r")(?:-(?:one|two|three|four|"
    r"five|six|seven|eight|nine))?)\s+(?P<mods>(?:" + _MODIFIER + r"){0,3}?)"
    r"(?P<noun>(?i:" + "|".join(f"(?P<{k}>{v})" for k, v in _KIT.items()) + r")|"
    # People only with a predicate ("several people were injured"), and a demonym only
    # where no vessel or weapon follows it ("several Iranian gunboats").
    r"(?P<people>" + PEOPLE + r")(?![-\w])(?!\s+(?:[\w.,-]+\s+){0,2}?(?i:" + _KIT_NOUN + r")\b))\b")
# Soldiers and men are forces when they are moved ("massed 200,000 men"); the other
# nouns say it themselves.
_BY_NOUN = re.compile(r"troops|servicemen|personnel|sailors|marines|paratroopers|commandos|"
                      r"reservists|guardsmen", re.IGNORECASE)
_DEPLOYED = re.compile(
    r"\b(?:sent|send|sends|sending|deployed|deploy|deploying|massed|massing|moved|stationed|"
    r"dispatched|withdr[ae]wn?|withdrawing|pull(?:ed|ing)?\s+out|mobili[sz]ed|called\s+up|"
    r"airlifted|landed|based|positioned|reinforced)\b", re.IGNORECASE)
_SEVERAL = {"several": 3, "scores of": 20}
# Words for a number that stay words: "hundreds of Iranians" is no "> 100".
_VAGUE = re.compile(r"(dozens|hundreds|thousands)\s+of", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_CLAUSE_END = re.compile(r"[;:]|,\s+(?:but|while|whereas)\b|\band\b")
CATEGORY_ORDER = ("killed", "casualties", "injured", "captured", "displaced", "forces",
                  "ships", "aircraft", "missiles", "strikes", "money", "volume", "percent",
                  "vote", "deadline")
# The order a long list is cut in (analysis._top): what is done to people first, then the
# forces and arms committed, then sums, rates, votes and dates; the most cited first in each.
_TIERS = {"killed": 0, "casualties": 0, "injured": 0, "captured": 0, "displaced": 0,
          "forces": 1, "ships": 1, "aircraft": 1, "missiles": 1, "strikes": 1}
MAX_GAP = 24  # characters between a count and its predicate
_MORE_QUALIFIERS = {"as much as": "up to", "an estimated": "about"}
MIN_MONEY = 1_000_000  # smaller sums of money are prices, not key figures
MIN_VOLUME = 1_000  # smaller volumes are a cargo's or a price's ("18 dlrs a barrel")
# A volume of oil or goods as the wire writes it: "50,000 barrels per day (bpd) of crude",
# "100,000 bpd", "5 mln barrels", "500,000 tonnes of wheat".
VOLUME_RE = re.compile(
    r"(?:(?P<qual>" + _MONEY_QUAL + r")\s+)?(?<![\w.,])(?P<n>" + _NUM + r")(?:\s+(?P<scale>" +
    _SCALE + r"))?\s+(?P<unit>barrels\s+(?:per|a)\s+day|bpd|b/d|barrels|tonnes|tons)\b"
    r"(?:\s+\((?:bpd|b/d)\))?(?:\s+of\s+(?P<of>(?:crude\s+)?oil|crude|oil\s+products|"
    r"products|gasoline|wheat|grain|maize|corn|rice|sugar|coffee|cocoa|coal|copper|"
    r"food(?:\s+aid)?)\b)?", re.IGNORECASE)
_VOLUME_UNITS = {"barrels per day": "barrels per day", "barrels a day": "barrels per day",
                 "bpd": "barrels per day", "b/d": "barrels per day", "tons": "tonnes"}


# The categories that are a story's own business unless the story is about the crisis.
CRISIS_ONLY = frozenset({"money", "volume", "percent", "vote", "deadline"})


def crisis_stories(passages: Sequence[Passage], core: Collection[str],
                   told: Iterable[str] = ()) -> frozenset[str] | None:
    """The ids of the stories about the crisis of the brief: those with a sentence naming
    both of its two parties (`core`, bottom_line.core_pair) outside quotation marks, and
    those the bottom line tells (`told`). None when there is no pair to tell by: every
    story then counts."""
    if len(core) < 2:
        return None
    return frozenset({p.article.id for p in passages if set(core) <= set(p.named_outside)}
                     | set(told))


def about_crisis(figures: Sequence[Figure],
                 stories: frozenset[str] | None) -> tuple[Figure, ...]:
    """Leave out the sums, rates, votes and dates that no story about the crisis
    (`crisis_stories`) gives."""
    if stories is None:
        return tuple(figures)
    return tuple(f for f in figures if f.category not in CRISIS_ONLY
                 or any(c.article_id in stories for c in f.citations))


def find_figures(passages: Sequence[Passage]) -> tuple[Figure, ...]:
    """Find, normalise and merge the key figures of every passage."""
    found: list[Figure] = []
    for passage in passages:
        taken: set[int] = set()
        found.extend(_counts(passage, passage.counts, taken))
        text = passage.text
        if _DIGIT.search(text) and _has_participle(text):
            found.extend(_bare(passage))
        if "brigade" in text or "battalion" in text or "division" in text or "regiment" in text:
            found.extend(_units(passage))
        if not _DIGIT.search(text):
            found.extend(_kit(passage, taken))  # "several", "four": no digit, nothing else to find
            continue
        found.extend(_money(passage))
        if "barrel" in text or "bpd" in text or "b/d" in text or "ton" in text:
            found.extend(_volumes(passage))
        found.extend(_kit(passage, taken))
        if "pct" in text or "cent" in text or "%" in text:
            found.extend(_percentages(passage))
        if "vot" in text or "margin" in text:
            found.extend(_votes(passage))
        found.extend(_deadlines(passage))
    return _merge(found)


def _has_participle(text: str) -> bool:
    """Whether one of _PARTICIPLES is in the text (one test each, no generator)."""
    return ("killed" in text or "captured" in text or "prisoner" in text or "wounded" in text
            or "injured" in text or "dead" in text or "missing" in text
            or "arrested" in text or "detained" in text)


def _counts(passage: Passage, matches: Sequence[re.Match[str]],
            taken: set[int]) -> list[Figure]:
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
        taken.add(m.start("num"))
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
    text = passage.article.text
    if not _DIGIT.search(text, passage.start, passage.end):
        return out  # every amount has a digit; MONEY_RE is slow to find that there is none
    for m in MONEY_RE.finditer(text, passage.start, passage.end):
        value = parse_number(m["n1"] or m["n2"], m["s1"] or m["s2"])
        if value is None or value < MIN_MONEY:
            continue  # "$15", "18 dlrs a barrel": prices, not key figures
        lead = text[max(passage.start, m.start() - 50):m.start()]
        lead = lead[max((b.end() for b in _OTHER_CLAUSE.finditer(lead)), default=0):]
        if _PAST_PERIOD.match(text, m.end(), passage.end) or _PAST_PERIOD.search(lead):
            continue  # "62 billion dlrs last year": a statistic, not the situation
        unit = (m["cur"] or m["sign"]).lower()
        unit = re.sub(r"\s+", " ", _CURRENCY_NAMES.get(unit, unit))
        adj = (m["adj"] or "").strip()
        if unit == "dollars":
            unit = f"{adj} dollars" if adj and adj not in ("US", "U.S.") else "US dollars"
        end, thing = m.end(), ""
        after = (_MONEY_AFTER.match(text, end, passage.end)
                 or _MONEY_ATTRIBUTIVE.match(text, end, passage.end))
        before = _MONEY_BEFORE.search(text, max(passage.start, m.start() - 30), m.start())
        if after:
            thing, end = after["thing"], after.end()
        elif before:
            thing = before["thing"]
        thing = re.sub(r"\s+", " ", thing.lower())
        counted = f"{unit} in {thing}" if thing else unit
        out.append(_figure(passage, value, _qualifier(m["qual"], ""), "money", counted,
                           m.start(), end))
    return out


def _volumes(passage: Passage) -> list[Figure]:
    """Volumes of oil and goods ("50,000 barrels per day of crude", "100,000 bpd", "500,000
    tonnes of wheat"): what is produced, lent, shipped or cut in a crisis of supply; not a
    statistic of a past period ("1.2 mln bpd in January")."""
    out: list[Figure] = []
    text = passage.article.text
    for m in VOLUME_RE.finditer(text, passage.start, passage.end):
        value = parse_number(m["n"], m["scale"])
        if value is None or value < MIN_VOLUME:
            continue
        lead = text[max(passage.start, m.start() - 50):m.start()]
        lead = lead[max((b.end() for b in _OTHER_CLAUSE.finditer(lead)), default=0):]
        if _PAST_PERIOD.match(text, m.end(), passage.end) or _PAST_PERIOD.search(lead):
            continue
        unit = _VOLUME_UNITS.get(re.sub(r"\s+", " ", m["unit"].lower()), m["unit"].lower())
        counted = f"{unit} of {m['of'].lower()}" if m["of"] else unit
        out.append(_figure(passage, value, _qualifier(m["qual"], ""), "volume", counted,
                           m.start(), m.end()))
    return out


def _percentages(passage: Passage) -> list[Figure]:
    """A party's rate or change in per cent: "100 pct tariffs", "cut output by 11 pct"."""
    text = passage.article.text
    out: list[Figure] = []
    for m in _PCT_RE.finditer(text, passage.start, passage.end):
        start, end, counted = m.start(), m.end(), ""
        lead = text[max(passage.start, start - 60):start]
        rate = _RATE_AFTER.match(text, end, passage.end)
        before = _RATE_BEFORE.search(lead)
        change = _CHANGE_BEFORE.search(lead)
        noun = _CHANGE_NOUN.match(text, end, passage.end)
        if rate:
            counted, end = "per cent " + _lower(rate["measure"]), rate.end()
        elif before:
            counted, start = "per cent " + _lower(before["measure"]), start - len(lead) + \
                before.start()
        elif change and not _CLAUSE_END.search(change.group()):
            verb = change["verb"] or change["pverb"]
            counted = "per cent " + _change(verb) + _object(change["obj"])
            start = start - len(lead) + change.start()
        elif noun:
            counted = "per cent " + _change(noun["noun"]) + _object(noun["obj"])
            end = noun.end()
        else:
            continue
        written = m["num"] + (f" to {m['hi']}" if m["hi"] else "")
        value = round(float(m["num"].replace(",", "")))
        out.append(_figure(passage, value, _qualifier(m["qual"], ""), "percent", counted,
                           start, end, written=written))
    return out


def _lower(words: str) -> str:
    return re.sub(r"\s+", " ", words.lower())


def _change(word: str) -> str:
    """The noun of a change: "slashed" -> "cut", "boost" -> "increase"."""
    word = word.lower()
    if word.startswith(("rais", "increas", "boost", "lift", "hik")):
        return "increase"
    if word.startswith("devalu"):
        return "devaluation"
    return "cut"


def _object(words: str | None) -> str:
    """What a change is in: "its output of the chips " -> " in output of the chips"."""
    if not words:
        return ""
    words = _NOT_OBJECT.sub("", re.sub(r"\s+", " ", words).strip())
    stop = _STOP_OBJECT.search(words)
    words = words[:stop.start()].strip() if stop and stop.start() > 0 else words
    return f" in {words}" if words and not _STOP_OBJECT.fullmatch(words) else ""


def _votes(passage: Passage) -> list[Figure]:
    """A vote's count: "Senators voted 92-1" -> 92-1."""
    out: list[Figure] = []
    for m in _VOTE_RE.finditer(passage.article.text, passage.start, passage.end):
        yes, no = m["yes"] or m["yes2"], m["no"] or m["no2"]
        out.append(_figure(passage, int(yes), "", "vote", "votes for and against", m.start(),
                           m.end(), written=f"{yes}-{no}"))
    return out


def _deadlines(passage: Passage) -> list[Figure]:
    """Dates ahead that something is due by: "from April 17", "the April 17 deadline"."""
    out: list[Figure] = []
    text, day = passage.article.text, passage.article.date
    for m in _DATE_RE.finditer(text, passage.start, passage.end):
        month = next(i for i, name in enumerate(_MONTHS, 1)
                     if name.startswith(m["month"].lower().rstrip(".")[:3]))
        year = int(m["year"]) if m["year"] else day.year
        try:
            when = dt.date(year, month, int(m["day"]))
        except ValueError:
            continue
        if not m["year"] and (day - when).days > 183:
            when = when.replace(year=year + 1)  # "by January 15", written in December
        if when <= day:
            continue
        due = "deadline" if m["deadline"] else _due(text, passage, m.start(), m.end())
        if not due and not (m["lead"] and m["lead"].split()[0].lower() in ("by", "from",
                                                                          "until", "till",
                                                                          "effective",
                                                                          "starting")):
            continue
        written = f"{m['month']} {m['day']}" + (
            f" to {m['month2']}{m['day2']}" if m["month2"] else
            f"-{m['day2']}" if m["day2"] else "")
        start = m.start("month") if not m["lead"] else m.start()
        out.append(_figure(passage, when.toordinal(), "", "deadline", due or "date set",
                           start, m.end(), written=written))
    return out


def _due(text: str, passage: Passage, start: int, end: int) -> str:
    """What a date is for: the label of the sentence's word for it nearest the date."""
    best: tuple[int, str] | None = None
    for w in _DUE.finditer(text, passage.start, passage.end):
        gap = start - w.end() if w.end() <= start else w.start() - end
        label = next(_DUE_LABELS[k] for k, v in w.groupdict().items() if v)
        if best is None or abs(gap) < best[0]:
            best = (abs(gap), label)
    return best[1] if best else ""


def _kit(passage: Passage, taken: set[int]) -> list[Figure]:
    """Forces, ships, aircraft and weapons counted, with any words between number and noun
    ("four U.S. destroyers", "1,000 five-inch shells"), and people counted with "several"
    ("several people were injured"). A number `_counts` made a figure of (`taken`: where
    the numbers start) is not counted again."""
    text = passage.article.text
    out: list[Figure] = []
    for m in _KIT_RE.finditer(text, passage.start, passage.end):
        if m.start("num") in taken:
            continue
        number = _lower(m["num"])
        low, _, high = number.partition(" to ")
        scale = re.search(r"\s(thousand|million)$", low)
        value = (_SEVERAL.get(number) if number in _SEVERAL
                 else parse_number(low[:scale.start()] if scale else low,
                                   scale.group(1) if scale else None))
        if value is None or (value < 2 and not high):
            continue
        category = next((k for k in _KIT if m[k]), "people")
        noun = _lower(m["noun"])
        start, end = m.start(), m.end()
        near = _predicate(text, start, end, passage.start, passage.end)
        if category in ("forces", "people") and near is not None:
            category, start, end = near  # "several soldiers were wounded"
        elif category == "people":
            continue
        elif category == "forces" and not _BY_NOUN.fullmatch(noun) and not _DEPLOYED.search(
                text, max(passage.start, start - MAX_GAP), min(passage.end, end + MAX_GAP)):
            continue  # "two soldiers said"; "men" are forces only when moved
        vague = _VAGUE.match(m["num"]) or (m["num"] if number in _SEVERAL else None)
        words = (vague if isinstance(vague, str) else vague.group(1)).lower() if vague else ""
        counted = re.sub(r"\s+", " ", (m["mods"] + m["noun"]).strip())
        written = f"{low} to {high}" if high else ""
        out.append(_figure(passage, value, _qualifier(m["qual"], m["num"]), category, counted,
                           start, end, words, written))
    return out


def _figure(passage: Passage, value: int, qualifier: str, category: str, counted: str,
            start: int, end: int, words: str = "", written: str = "") -> Figure:
    text = passage.article.text[start:end]
    return Figure(value, qualifier, category, counted, claimant_at(passage, start), text,
                  (passage.citation((start, end)),), words, written)


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
    words = re.sub(r"\s+", " ", words.lower())
    return _MORE_QUALIFIERS.get(words) or QUALIFIERS[words]


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
        key = (figure.value, figure.written, figure.qualifier, figure.category,
               figure.counted.lower(), figure.claimant)
        if key in merged:
            first = merged[key]
            merged[key] = dataclasses.replace(first, citations=first.citations
                                              + figure.citations)
        else:
            merged[key] = figure
    return tuple(sorted(
        _fold(list(merged.values())),
        key=lambda f: (CATEGORY_ORDER.index(f.category), -f.value, f.counted.lower(),
                       f.claimant or "", f.citations[0].number, f.citations[0].spans),
    ))


def rank(figure: Figure) -> tuple[int, int, int]:
    """The key a long list of figures is cut by: its category's tier, its citations, then
    how early a story gives it (news puts what matters most first)."""
    return (_TIERS.get(figure.category, 2), -len(figure.citations),
            min(c.spans[0][0] for c in figure.citations))


def _kind(figure: Figure) -> str:
    """What a figure counts, loosely: a sum's currency ("US dollars in tariffs" -> "US
    dollars"), a weapon's or vessel's noun ("four U.S. destroyers" -> "destroyers")."""
    counted = figure.counted.lower()
    if figure.category == "money":
        return counted.split(" in ")[0]
    if figure.category in _KIT:
        return counted.split()[-1]
    if figure.category == "volume":
        return counted.split(" of ")[0]
    if figure.category == "deadline":
        return ""  # one date, whatever the sentences call it
    return counted


def _fold(figures: list[Figure]) -> list[Figure]:
    """One figure for one number of one thing: the same number of destroyers, "U.S." or
    "American", is one figure; one reported in a story's own voice joins the party's claim
    of it where one party claims it. The figure kept is the most cited (a sum: the one that
    says what it is of), citing all."""
    groups: dict[tuple[object, ...], list[Figure]] = {}
    for f in figures:
        written = f.written if f.category != "deadline" else ""
        groups.setdefault((f.value, written, f.qualifier, f.category, _kind(f)), []).append(f)
    out: list[Figure] = []
    for group in groups.values():
        named = {f.claimant for f in group if f.claimant is not None}
        claimants: list[str | None] = [*sorted(named)] or [None]
        for claimant in claimants:
            joined = [f for f in group if f.claimant == claimant
                      or (f.claimant is None and len(named) == 1)]
            best = max(joined, key=lambda f: (" in " in f.counted, len(f.citations)))
            citations = tuple(sorted({c for f in joined for c in f.citations},
                                     key=lambda c: (c.number, c.spans)))
            out.append(dataclasses.replace(best, claimant=claimant, citations=citations))
    return out


# Words for the same people counted: "200 men killed" and "50 soldiers killed" count one thing.
_SAME_PEOPLE = {"men": "troops", "soldiers": "troops", "troops": "troops", "people": "people",
                "persons": "people"}


def _counts_what(figure: Figure) -> tuple[str, str]:
    counted = figure.counted.lower()
    return figure.category, _SAME_PEOPLE.get(counted, counted)


def _comparable(figure: Figure) -> bool:
    """Whether two parties' figures of this kind can be claims about one thing: a sum only
    when the sentence says what it is of, a date only when it says what is due; votes are
    counted once."""
    if figure.category == "money":
        return " in " in figure.counted
    return figure.category != "vote" and figure.counted != "date set"


def side_by_side(figures: Sequence[Figure]) -> tuple[tuple[Figure, ...], ...]:
    """Rows of the key figures, in the figures' order: one figure a row, except that parties'
    conflicting claims about the same thing (two or more claimants, each named, with different
    numbers) share the row of the first of them. A figure the article gives in its own voice
    conflicts with no one: a report is not a party."""
    claims: dict[tuple[str, str], list[Figure]] = {}
    for figure in figures:
        if figure.claimant is not None and _comparable(figure):
            claims.setdefault(_counts_what(figure), []).append(figure)
    disputed = {what: group for what, group in claims.items()
                if len({f.claimant for f in group}) > 1 and len({f.shown for f in group}) > 1}
    rows: list[tuple[Figure, ...]] = []
    placed: set[tuple[str, str]] = set()
    for figure in figures:
        what = _counts_what(figure)
        if figure.claimant is None or what not in disputed:
            rows.append((figure,))
        elif what not in placed:
            placed.add(what)
            rows.append(tuple(disputed[what]))
    return tuple(rows)
