"""Affiliation: a speaker phrase and a date -> whom it speaks for, in which voice, and why.

Input: the words that name a speaker ("Sri Lankan Finance Minister Ronnie De Mel", "the
Philippine central bank", "Western diplomats"), the article's date, and optionally the state of
the article's dateline. Output: an `Affiliation` (actor code or None, voice, the rule that
decided, the words that decided with their offsets in the phrase, the person if one resolved),
or None when nothing in the phrase says (unknown stays unknown). Codes and voices follow
wire_guidelines.md: a state's voice (gov, leg, opp) carries its code, igo the body's code,
every other voice (business, media, expert, unnamed, private, rebel) carries none.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from operator import attrgetter
from typing import NamedTuple

from briefing.knowledge.model import STATE_VOICES, Affiliation, Evidence, Person, StateRef
from briefing.knowledge.names import COURTESY, RANKS, REGNAL, familiar
from briefing.knowledge.store import NOBODY, STATE_KINDS, TOKEN, Reference, bare, load, plain

MAX_WORDS = 10
# A casefolded phrase of ASCII letters and digits parted by single spaces: TOKEN's words are
# its parts, each as bare() leaves it.
SIMPLE = re.compile(r"[a-z0-9]+(?: [a-z0-9]+)*")
BARE_ENDS = frozenset(".s'’")  # the last characters of a word that bare() may take off
INSTITUTIONS = frozenset({"seat", "central_bank", "state_media", "broadcaster", "institution"})
# A state's news media: named one by one ("Tass"), or a capital's radio or television
# ("Ankara Radio"; `compile.broadcasters`).
STATE_MEDIA = frozenset({"state_media", "broadcaster"})
# A state's offices whose staff a firm's title right after them names ("central bank general
# manager", "a finance ministry executive director"): that office's staff, not a firm's.
# A state's offices whose experts speak for it (`_staff`): named by the reference, or by a
# role word before the expert's.
STAFF_VIA = frozenset({"institution", "central_bank", "seat"})
STAFF_OFFICE = re.compile(r"(?i)government|(?:\w+\s+)*(?:ministry|department)|central\s+bank")
STAFFED = re.compile(r"[Mm]inist|[Dd]epartment|[Cc]entral [Bb]ank")
PARTICLES = frozenset({"de", "da", "del", "van", "von", "der", "al", "bin", "ibn", "la", "le"})
# Titles written short before a name, never a name themselves ("Nevada Sen. Paul Laxalt").
ABBREVIATED_TITLES = frozenset({"Sen", "Sens", "Rep", "Reps", "Gov", "Gen", "Lt", "Col", "Maj",
                                "Capt", "Adm",
                                "Dr", "Mr", "Mrs", "Ms", "Prof", "Sgt", "Rev", "Sen.", "Rep.",
                                "Gov.", "Gen.", "Lt.", "Col.", "Maj.", "Capt.", "Adm.", "Dr.",
                                "Mr.", "Mrs.", "Ms.", "Prof.", "Sgt.", "Rev.", "Sens.", "Reps."})
# Last words of a firm's or association's name ("Saga Petroleum A/S", "Toshiba Corp").
FIRM_ENDS = frozenset({"Co", "Corp", "Corporation", "Inc", "Ltd", "Plc", "PLC", "AG", "SA", "Spa",
                       "SpA", "NV", "BV", "AB", "A/S", "ASA", "Group", "Federation",
                       "Association", "Exchange", "Petroleum", "Airlines", "Airways",
                       "Industries", "Holdings", "Motors", "Securities", "Investment",
                       "Company", "Chamber", "Institute", "University", "Bancorp"})
# Last words of a private body's name after a state's ("American Action Network", "Pew Internet
# and American Life Project"): `_firm` reads them as FIRM_ENDS. (Not among FIRM_ENDS, which
# also find a company's first word: "Clinton Foundation" makes no firm of "Clinton said".)
PRIVATE_BODY_ENDS = frozenset({"Network", "Project", "Center", "Centre", "Foundation",
                               "Coalition", "Society", "Associates"})
# Last words of a company's name only where nothing capitalised follows them: "Zambia
# Consolidated Copper Mines" (a state-owned company is a company), not "the Mines Minister".
FIRM_LAST = frozenset({"Mines", "Mining", "Breweries", "Refineries", "Power", "Electric",
                       "Steel", "Telecom", "Chemicals"})
# What may follow "<Name> <State>" for it to be a company's name: nothing, or a company's
# officer ("Amoco Canada president Donald Stacy", "Ford Canada spokesman").
FIRM_AFTER_STATE = re.compile(r"\s*\Z|\s+(?:president|chairman|chief|executive|spokesman|"
                              r"spokeswoman|officials?|vice|director|managing)\b")
# Capitalised words before a state's name that make no company's name ("Even China", "A US
# Embassy spokesman", "Former France fly-half").
NOT_FIRM_WORDS = frozenset("""a an the even some many most all both each every several few
    other such only just not no yesterday today former ex acting interim deputy vice senior
    chief new old also and but or so then now meanwhile however like unlike against whole
    neighbouring neighboring rival""".split())
# Words before a state's name that make a region of it, not a company ("Western Canada").
REGION_WORDS = frozenset("""North South East West Northern Southern Eastern Western Central
    Upper Lower Greater Atlantic Pacific Rural Urban Coastal Inner Outer Mainland""".split())
# "and" and a capitalised word after FIRM_LAST: a portfolio goes on ("Indonesian Mines and
# Energy Minister Subroto").
PORTFOLIO_AND = re.compile(r"\s+(?:and|&)\s+[A-Z]")
# A company named before a place it is "of" or "in" ("<Qintex Ltd> of Brisbane", "Westpac
# Banking Corp of Australia"): Reuters marks company names in angle brackets.
FIRM_OF = re.compile(r"(?:<[^<>]{2,60}>|\b(?:" + "|".join(re.escape(w) for w in sorted(FIRM_ENDS))
                     + r")\.?>?)\s*,?\s+(?:of|in|from)\s+\Z")
# What stands between a state's office and a word of its portfolio: "Minister| of International
# Trade and |Industry".
# ("Minister of State for Finance and Industry": "of" and "for" may both stand in it)
PORTFOLIO = re.compile(r"\s+(?:(?:of|for)\s+(?:(?:[A-Z][\w'’.-]*|and|&),?\s+)*)+")
FORMER = re.compile(r"\b(?:[Ff]ormer|[Rr]etired|[Oo]ne-?time|[Ee]x-|"
                    r"[Vv]eteran\s+of\s+(?:the\s+)?)\s*")
# Words that never stand inside a title: a state or agency before one of them and then a name
# is what the sentence is about, not whom the person serves ("the FBI during its investigation
# of Secretary Clinton", "the CIA under President George W. Bush").
NOT_TITLE = re.compile(r"\b(?:during|under|after|before|against|with|by|from|over|its|their|"
                       r"his|her|whose|which|who|that|when|while)\b")
# A state's office that has a portfolio: a minister or ministry whatever its capitals ("the
# Japanese industry minister"); a Secretary or a Department only capitalised ("the company
# secretary", "the sales department" are none).
OFFICE = re.compile(r"[Mm]inist|Secretary|Department")
# What may stand between a portfolio and its office after it: a parenthesised abbreviation
# and words of rank ("Trade and Industry (MITI) vice minister", "Industry Deputy Minister").
BEFORE_OFFICE = re.compile(r"\s+(?:\([A-Z][A-Za-z]{1,9}\)\s+)?(?:(?:[Vv]ice|[Dd]eputy|"
                           r"[Ss]enior|[Jj]unior|[Aa]ssistant|[Aa]cting|[Ff]irst|[Ss]tate)[\s-]+)*")
# A state's adjective alone as a noun, with a determiner ("the Belgian", "this Briton"): a
# person of that state.
# People named by a word the role words do not know, then the place they are in or come
# from ("Shoppers in London", "many Muslims in France", "farmers from Kansas").
PEOPLE_IN_PLACE = re.compile(r"(?:(?:[Tt]he|[Mm]any|[Ss]ome|[Mm]ost)\s+)?(?:[\w'’-]+s|[Pp]eople|"
                             r"[Ww]omen|[Mm]en|[Cc]hildren)\s+(?:in|from)"
                             r"\s+(?:the\s+)?\Z")
# The last words of a body's name: what a state's adjective before them names is no person.
ORG_WORDS = frozenset({"Board", "Bank", "System", "Commission", "Council", "Agency", "Office",
                       "Ministry", "Department", "Authority", "Service", "Administration",
                       "Party", "Bureau", "Fund", "Court", "Parliament", "Assembly", "Congress",
                       "Senate", "Army", "Navy", "Force", "Police", "Guard", "Society", "Trust",
                       "Foundation", "Club", "League", "Team", "Museum", "College", "School",
                       "Church", "Union", "Airlines", "Radio", "Television", "News", "Press",
                       "Times", "Post", "Railways", "Express", "Brands", "Printing", "Homes",
                       "Re", "Agriculture", "Affairs", "Security", "Cup", "Open"})
# A name right after a state's adjective, up to a comma or the phrase's end ("German Ortega,
# one of the stars").
NAME_AFTER = re.compile(r" [A-Z][\w'’-]+(?: [A-Z][\w'’.-]+){0,2}(?=,|\Z)")
# A person's demonym among the reference's names of a state ("the Dutchman", "the Scot").
PERSON_DEMONYM = re.compile(r"(?:man|woman|men|women)\Z|\A(?:Scot|Brit|Kiwi|Aussie|Yank)\Z")
DEMONYM_ALONE = re.compile(r"(?:[Tt]he|[Tt]his|[Tt]hat|[Aa]n?)\s+[A-Z][\w'’-]*")
# A diplomat's posting: a state or body after "ambassador to", "envoy in" is where the diplomat
# serves, never whom they speak for ("the U.S. ambassador to Pakistan" speaks for the U.S.;
# "the U.S. Agriculture Department's officer in Moscow" for the U.S.; "diplomatic sources in
# Bonn" for no state the text names).
POSTING = re.compile(r"\b(?:ambassador|envoy|delegate|representative|consul|emissary|diplomat|"
                     r"attach[eé]|counsell?or|(?<=['’]s )officer|"
                     r"high commissioner|charg[eé] d'affaires|embassy|embassies|consulate|"
                     r"legation|delegation|mission|diplomatic\s+source)s?(?:[ -]general)?\s+"
                     r"(?:to|in|at)\s+(?:the\s+)?$", re.IGNORECASE)
# A mission's staff in a place: "an embassy official in Washington" is a foreign state's.
MISSION_STAFF = re.compile(r"\b(?:embassy|consulate|legation)\s+(?:[a-z]+\s+){1,2}(?:in|at)\s+"
                           r"(?:the\s+)?$", re.IGNORECASE)
# A state's own mission after its name: "(the U.S.) Embassy", "(China)'s embassy".
MISSION_AFTER = re.compile(r"(?:['’]s)?\s+(?:[Ee]mbass(?:y|ies)|[Cc]onsulate|[Ll]egation|"
                           r"[Hh]igh\s+[Cc]ommission)\b")
# A place of Phoenix's lists or a capital right before a capitalised word may be a given name
# ("Constantine Mitsotakis", "Paris Hilton"): it names a state only standing on its own.
WEAK_PLACES = frozenset({"phoenix", "capital"})
# A party's word after a place, before a role word, is no part of a name: "Kansas Republican
# Congressman".
PARTY_WORDS = frozenset({"Republican", "Republicans", "Democrat", "Democrats", "Democratic"})
# How a state may be named by a word that is also a surname ("Patty Murray", "Mark Cuban").
NAME_LIKE = frozenset({"phoenix", "capital", "adjective"})
# The particles of a surname before a town's name make it the surname ("Ramon del Rosario",
# "Jose Eduardo dos Santos").
NAME_PARTICLES = frozenset("del de da dos das di du van von la le bin ibn al el".split())
# Words that begin a sentence or a phrase before a place and are never part of a name.
FUNCTION_WORDS = frozenset("""a an the this that these those some any one two three four five
    six many several both all most other another its his her their our my your then now but
    and or if when while as in on at for by from with of to after before since until during
    under over about also yet so even only every each no not new""".split())
ARTICLES = frozenset({"a", "an", "the"})  # never a given name, though "An" is one in Korea
# A broadcast "monitored in Nicosia" or "heard in London" is the place it was heard, not
# whose it is (wire services monitor foreign radio from listening posts abroad).
MONITORED = frozenset({"monitored", "heard", "received", "recorded"})
# Capitalised words that may stand right before a central bank's "Bank of X" in a speaker phrase
# without being part of another bank's name ("Two Bank of Japan officials"); any other
# ("Long Term Credit Bank of Japan", "Royal Bank of Canada") names another bank.
BEFORE_BANK = frozenset({
    "the", "a", "an", "two", "three", "four", "five", "several", "some", "other", "many",
    "most", "all", "both", "one", "former", "senior", "junior", "top", "ex", "then", "acting",
    "retired", "veteran", "leading", "unnamed", "said", "says", "told", "and", "but"})
# Capitalised words that may stand before an institution's name outside it ("Acting Federal
# Reserve Chairman"); another ("the State Environmental Protection Agency", China's) makes
# a longer name of another body.
BEFORE_INSTITUTION = BEFORE_BANK | {"deputy", "vice", "chief", "head", "new", "outgoing"}
TOPIC_WORDS = frozenset({"on", "about", "over", "against", "into"})
POSSESSIVE_END = re.compile(r"['’]s?\Z")
# The head words of the names of associations, foundations and the like, which a state named
# after them ("the Recording Industry Association of America") names and does not run (a
# state's own councils and committees are left out: "the Council of Ministers").
NAMED_FOR = frozenset({"Organization", "Organisation", "Foundation", "Federation",
                       "Confederation", "Association", "Society", "Institute", "Union",
                       "Chamber", "Alliance", "Center", "Centre", "Club", "Forum", "Coalition",
                       "Times"})
# The last words of a newspaper's name, after a state's name or adjective ("The Indian
# Express", "the Japan Times", "the Pakistan Observer"): a newspaper, no state's voice
# (a state's own paper is known by name: `state_media`).
NEWSPAPER_WORDS = frozenset({"Express", "Times", "Herald", "Observer", "Tribune", "Gazette",
                             "Chronicle", "Telegraph", "Guardian", "Inquirer", "Statesman",
                             "Standard", "Mirror", "Courier", "Monitor"})
# A state named between a possessor's name and a word for a part of an organisation is where
# that part is ("Ford's British unit", "Shell's Nigeria operations", "Dresdner Securities Ltd's
# Tokyo branch"), not the state: HELD_VIA,
# how the state is named there (its adjective or name), and PARTS, the parts.
HELD_VIA = frozenset({"adjective", "name", "capital"})
PARTS = frozenset({"unit", "units", "branch", "branches", "arm", "subsidiary", "subsidiaries",
                   "affiliate", "affiliates", "division", "operation", "operations", "office",
                   "offices", "chapter", "section", "offshoot", "plant", "plants", "business",
                   "businesses", "venture", "partner"})
# A subordinate clause set off by a comma after the speaker's words says what they did or
# could not do, not whom they serve ("Central Bank sources, although incapable of confirming
# that 100 pct of the banks had renewed ..., said"): it is not read.
CLAUSE = re.compile(r",\s+(?:although|though|while|whereas|despite|because|if|unless|when|"
                    r"after|before|as)\s")
# A state's government, which a story may name after the person who leads it ("the Reagan
# administration", "the Thatcher government").
LED = frozenset({"administration", "government", "cabinet", "regime"})
# A political party named in a speaker phrase ("UK Independence Party leader Nigel Farage",
# "leader of France's far-right Front National party", "Italy's Northern League leader"): its
# leader, chairman or founder speaks for the party, which is no government (opp), unless the
# words say it rules ("the ruling party", a communist party's organs are its state's).
PARTY = re.compile(r"(?<!\bthird[ -])\b(?:[Pp]arty|Parti|Partei|Front National|National Front|"
                   r"Northern League|Lega Nord)\b")
# Where a role works: "at" and a capitalised name ("head of services at Vodafone UK").
AT_ORGANISATION = re.compile(r"(?<=[a-z]) at ((?:[A-Z][\w&'’.-]*\s*)+)")
# A person's name and a comma opening a phrase ("Jim Lanzone, vice president of ..."); (or
# a title in lower case: "vice president of search properties at Ask Jeeves in the US").
NAMED_FIRST = re.compile(r"(?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]*,\s")
# The last word of a public body's name the reference does not know ("Brent Council").
PUBLIC_BODY_END = re.compile(r"\b(?:Council|Ministry|Department|Agency|Commission|Authority|"
                             r"Office|Embassy|Consulate|Police|Court|Parliament|Assembly|"
                             r"Government|Administration|Bureau|Service|Investigations)\Z")
# A word in lower case that is no role word (the reference's are matched before), then a
# person's name to the end of the phrase (`_given_names`).
UNKNOWN_ROLE = re.compile(r"\s+(?!(?:of|the|and|for)\b)[a-z][a-z-]{2,}\s+"
                          r"((?:[A-Z][\w'’.-]*\s*){2,4})\Z")
# What a capital's name may name besides the state: an accord, a meeting, a market
# (`_events_named`, `names_event`).
EVENT_AFTER = re.compile(r"\s+(?:currency\s+|monetary\s+|peace\s+|trade\s+)?(?:[Aa]ccords?|"
                         r"[Aa]greements?|[Pp]act|[Tt]alks|[Ss]ummit|[Cc]onference|[Cc]lub|"
                         r"[Tt]reaty|[Cc]ommuniques?|[Dd]eclaration|[Ss]tock\s+(?:[Ee]xchange|"
                         r"[Mm]arket)|[Bb]ourse|[Mm]arkets?)\b")
RULING = re.compile(r"\b(?:[Cc]ommunist|[Rr]uling|[Gg]overning)\b")


class _Match(NamedTuple):
    """Known words found in a speaker phrase. (A NamedTuple, not a frozen dataclass: it never
    leaves this module, and a phrase read for the first time makes a few; a frozen
    dataclass's __init__ costs several times a tuple's.)"""

    start: int
    end: int
    text: str
    ref: StateRef | None  # a state, body, medium or armed group
    voice: tuple[str, ...] | None  # role words: (voice beside a state, alone, strength)


# A _Match made by tuple.__new__, a C call, not the NamedTuple's __new__, a Python function
# that calls it (the same tuple of the same class; _scan makes one per known phrase found).
_new_match: Callable[[type[_Match], tuple[int, int, str, StateRef | None,
                                          tuple[str, ...] | None]], _Match] = \
    tuple.__new__  # type: ignore[assignment]


def _scan(phrase: str, day: dt.date | None,
          ref: Reference) -> tuple[list[_Match], list[tuple[int, int]]]:
    """Split the phrase into the longest known phrases and the words left over."""
    matches: list[_Match] = []
    rest: list[tuple[int, int]] = []
    spaced = phrase  # the phrase with its no-break spaces as spaces
    if plain(phrase):
        index = ref.index
    elif "\xa0" in phrase and "'" not in phrase and "’" not in phrase and \
            plain(spaced := phrase.replace("\xa0", " ")):
        # A no-break space (web copy: "Sen.\xa0Bernie Sanders") is a space to fold() (NFKD)
        # and to TOKEN, which parts words at it as at a space; the look-ups read each window
        # with its spaces normalised (clean(), the voices key). So spaced.casefold() is
        # fold(phrase), one character for one, and the phrase is read as a plain one: its
        # windows through the index. (Not with an apostrophe: a window that ends in a
        # possessive parted from its word, "Corp 's", is no known phrase's words, yet
        # clean() or the possessive's voices look-up may read it; the index skips it.)
        index = ref.index
    else:
        index = None
    low = None  # the casefolded phrase when it is SIMPLE: a window's voices key is its slice
    if index is not None:
        # The casefolded phrase has the same tokens at the same places (plain: one character
        # for one), so one pass over it gives both; bare() changes only a word that ends in a
        # stop, s or apostrophe.
        folds = spaced.casefold()
        tokens = []
        if SIMPLE.fullmatch(folds) is not None:
            low = folds
            # Letters and digits parted by single spaces (most phrases): each part is a
            # token, and bare() leaves it as it is (no stop or apostrophe).
            folded = low.split(" ")
            at = 0
            for word in folded:
                end = at + len(word)
                tokens.append((at, end))
                at = end + 1
        else:
            folded = []
            for m in TOKEN.finditer(folds):
                tokens.append(m.span())
                word = m.group()
                folded.append(bare(word) if word[-1] in BARE_ENDS else word)
        starts = index[1]  # every known phrase's first words
        if starts.isdisjoint(folded) and "the" not in folded:
            return [], tokens  # no known phrase starts at any word: the common case
    else:
        tokens = [m.span() for m in TOKEN.finditer(phrase)]
    n = len(tokens)
    lookup = ref.lookup
    named_for = -1  # the token after a state that names a body (NAMED_FOR), if any
    voices = ref.voices  # `ref.voice_words(text)`, inline: voices[" ".join(lower words)]
    i = 0
    while i < n:
        if index is None:
            ends: Iterable[int] = range(min(n, i + MAX_WORDS), i, -1)
        elif (word := folded[i]) == "the":  # "the Kremlin": a known phrase or "Kremlin"
            ends = _the_ends(folded, i, n, index)
        elif word not in starts:
            rest.append(tokens[i])  # no known phrase starts with this word: the common case
            i += 1
            continue
        else:  # only the windows whose words are a known phrase's: `_known`, longest first
            whole, prefixes = index
            longest: list[int] = []
            key, j, last = word, i + 1, min(n, i + MAX_WORDS)
            while True:
                if key in whole:
                    longest.append(j)
                if key not in prefixes or j >= last:
                    break
                key, j = f"{key} {folded[j]}", j + 1
            longest.reverse()
            ends = longest
        found = None
        start = tokens[i][0]
        for j in ends:
            stop = tokens[j - 1][1]
            text = phrase[start:stop]
            state = lookup(text, day)
            if state is not None:
                if state.via in WEAK_PLACES and j < n and \
                        phrase[tokens[j][0]:tokens[j][0] + 1].isupper() and \
                        lookup(phrase[tokens[j][0]:tokens[j][1]], day) is None and \
                        ref.voice_words(phrase[tokens[j][0]:tokens[j][1]].lower()) is None \
                        and not (phrase[tokens[j][0]:tokens[j][1]] in PARTY_WORDS and j + 1 < n
                                 and US_OFFICES.get(phrase[tokens[j + 1][0]:
                                                           tokens[j + 1][1]].casefold())):
                    state = None  # "Constantine Mitsotakis": part of a name ("Kansas
                    # Republican Congressman Pat Roberts" is no name)
                if state is not None and i > 1 and \
                        phrase[tokens[i - 1][0]:tokens[i - 1][1]].lower() == "in" and \
                        phrase[tokens[i - 2][0]:tokens[i - 2][1]].lower() in MONITORED:
                    state = None  # "a broadcast monitored in Nicosia": where it was heard
                if state is not None and i and phrase[start:start + 5].lower() == "bank " and \
                        rest and rest[-1] == tokens[i - 1] and \
                        phrase[tokens[i - 1][1]:start] == " " and \
                        phrase[tokens[i - 1][0]].isupper() and \
                        phrase[tokens[i - 1][0]:tokens[i - 1][1]].lower() not in BEFORE_BANK:
                    state = None  # "Long Term Credit Bank of Japan": another bank's name
                if state is not None and i and state.via == "institution" and \
                        phrase[tokens[i - 1][1]:start] == " " and \
                        phrase[tokens[i - 1][0]].isupper() and \
                        phrase[tokens[i - 1][0]:tokens[i - 1][1]].lower() not in \
                        BEFORE_INSTITUTION and not (matches and matches[-1].end == tokens[i - 1][1]
                                                    and matches[-1].ref is not None) and \
                        POSSESSIVE_END.search(phrase, 0, tokens[i - 1][1]) is None:
                    state = None  # "the State Environmental Protection Agency": China's
                if state is not None and state.via == "phoenix" and \
                        _topic(phrase, tokens, i, j, ref):
                    state = None  # "the Committee on Benghazi", "a Benghazi victim": a topic
                if state is not None and state.kind in STATE_KINDS and rest and \
                        rest[-1] == tokens[i - 1] and \
                        not (state.via == "seat" and text[:3].lower() in ("al-", "al ")) and \
                        phrase[tokens[i - 1][1]:start].isspace() and (
                            _given_name(phrase[tokens[i - 1][0]:tokens[i - 1][1]], ref) or
                            state.via in NAME_LIKE and (_name_word(
                                phrase[tokens[i - 1][0]:tokens[i - 1][1]], state.via, ref) or
                                phrase[tokens[i - 1][0]:tokens[i - 1][1]] in NAME_PARTICLES)):
                    # "Rep. Jim Jordan (R-Ohio)": a surname after a given name; "Patty
                    # Murray", "M. Dane Waters": a town or a demonym after any word of a name
                    state = None
                if state is not None and state.via in HELD_VIA and i > 0 and (
                        rest and rest[-1] == tokens[i - 1] or
                        matches and matches[-1].end == tokens[i - 1][1]) and \
                        phrase[tokens[i - 1][0]].isupper() and \
                        POSSESSIVE_END.search(phrase[tokens[i - 1][0]:start].rstrip(" ")) \
                        is not None and phrase[start - 1] == " " and j < n and \
                        phrase[tokens[j][0]:tokens[j][1]].lower() in PARTS:
                    # "Ford's British unit", "the Seafarers' Canadian branch", "Shell's
                    # Nigeria operations": the possessor's part in that state, not the state
                    state = None
                if state is not None and state.kind in STATE_KINDS and i > 1 and \
                        phrase[tokens[i - 1][0]:tokens[i - 1][1]] in ("of", "for") and \
                        phrase[tokens[i - 2][0]:tokens[i - 2][1]] in NAMED_FOR:
                    # "the Zionist Organization of America", "the Confederation of British
                    # Industry", "the Police Federation of England and Wales": the states
                    # name the body, which is not theirs
                    state = None
                    named_for = j
                elif state is not None and state.kind in STATE_KINDS and i > 1 and \
                        named_for == i - 1 and \
                        phrase[tokens[i - 1][0]:tokens[i - 1][1]] == "and":
                    state = None
                    named_for = j
                if state is not None and state.kind in STATE_KINDS and \
                        text.casefold().removeprefix("the ") in US_STATE_NAMES and \
                        (us := _us_state(phrase, tokens, i, j)) is not None:
                    # "the Georgia Democrat", "Sen. Johnny Isakson of Georgia": the US state,
                    # whose office is the United States' (a party's figure there is no state's
                    # voice)
                    state = lookup("United States", day) if us else None
            # In a SIMPLE phrase (ASCII letters and digits parted by single spaces: no stop to
            # strip, lower() is casefold(), the words already parted by one space) the key is
            # the window of the casefolded phrase.
            words = voices.get(low[start:stop] if low is not None else
                               " ".join(text.rstrip(".").lower().split()))
            if words is not None and j == i + 1 and text in SURNAME_TITLES and rest and \
                    rest[-1] == tokens[i - 1] and phrase[tokens[i - 1][1]:start] == " " and \
                    _given_name(phrase[tokens[i - 1][0]:tokens[i - 1][1]], ref):
                words = None  # "BoE governor Mervyn King", "Billie Jean King": a surname
            if words is None and state is None and matches and matches[-1].voice and \
                    POSSESSIVE_END.search(text):
                # "director of the Ministry's Industrial Development Centre": a body named
                # in the possessive after a title says whose the title is ("the minister's
                # wife", with no title before it, is no minister)
                words = ref.voice_words(POSSESSIVE_END.sub("", text))
            if state is not None or words is not None:
                found = _new_match(_Match, (start, stop, text, state,
                                            tuple(words) if words and state is None else None))
                i = j
                break
        if found is None:
            rest.append(tokens[i])
            i += 1
        else:
            matches.append(found)
    return matches, rest


# A monarch's title that is also a surname: after a given name ("Mervyn King") no title.
SURNAME_TITLES = frozenset({"King", "Queen"})
# The names of US states that are also a country's name.
US_STATE_NAMES = frozenset({"georgia"})
# After a US state's name: its office holders (True: a state's voice) or party figures.
US_OFFICES = {"senator": True, "congressman": True, "congresswoman": True, "governor": True,
              "representative": True, "legislator": True, "lawmaker": True, "sen": True,
              "sen.": True, "rep": True, "rep.": True, "gov": True, "gov.": True,
              "democrat": False, "republican": False, "delegate": False,
              "committeeman": False, "committeewoman": False}
US_TITLED_OF = re.compile(r"\b(?:Sen|Rep|Gov|Senator|Congressman|Congresswoman|Governor)\.?\s++"
                          r"(?:[A-Z][\w'’.-]*+\s++){1,3}of\s++\Z")


def _us_state(phrase: str, tokens: list[tuple[int, int]], i: int, j: int) -> bool | None:
    """Whether the country's name at tokens[i:j] is the US state's: True before an office
    ("the Georgia senator") or after "Sen./Rep./Gov. NAME of", False before a party's word
    ("the Georgia Democrat", "the Georgia committeeman"), None when nothing says so."""
    if j < len(tokens):
        after = phrase[tokens[j][0]:tokens[j][1]].casefold()
        if after in US_OFFICES:
            return US_OFFICES[after]
    if US_TITLED_OF.search(phrase, 0, tokens[i][0]):
        return True
    return None


def _topic(phrase: str, tokens: list[tuple[int, int]], i: int, j: int, ref: Reference) -> bool:
    """Whether a town or region (tokens[i:j]) is what a speaker phrase is about, not whom the
    speaker serves: after "on", "about", "over" or "against" ("the House committee on
    Benghazi"), or before lower-case words with no role word among them ("mother of a
    Benghazi victim"; "Cologne police", "Florida election officials", "Connecticut's tax
    commissioner" keep their state)."""
    if i > 0 and phrase[tokens[i - 1][0]:tokens[i - 1][1]].lower() in TOPIC_WORDS:
        return True
    if j >= len(tokens) or POSSESSIVE_END.search(phrase, 0, tokens[j - 1][1]) or \
            not phrase[tokens[j][0]:tokens[j][0] + 1].islower() or \
            phrase[tokens[j][0]:tokens[j][1]] in FUNCTION_WORDS:
        return False
    # No role word follows the town in the phrase ("Florida election officials" keep it).
    return all(ref.voice_words(w) is None and ref.voice_words(bare(w)) is None
               for w in (phrase[a:b].lower() for a, b in tokens[j:]))


def _name_word(word: str, via: str, ref: Reference) -> bool:
    """Whether a word before a town, capital or demonym makes it part of a name: an initial
    ("M. Dane Waters"), a courtesy title or a given name ("Patty Murray"); before a town or
    capital, any capitalised word that is no function word, known phrase or role word
    ("Breitbart California", "Josh Schwerin"; "A Kenyan statement", "The Hague court",
    "Cologne police" keep their state)."""
    if len(word) == 2 and word[0].isupper() and word[1] == "." or _given_name(word, ref) or \
            word[:1].isupper() and familiar(word):
        return True
    low = POSSESSIVE_END.sub("", word).casefold().rstrip(".")
    return via != "adjective" and word[:1].isupper() and low not in FUNCTION_WORDS and \
        word.rstrip(".") not in ABBREVIATED_TITLES and ref.voice_words(low) is None and \
        ref.lookup(word) is None


def _given_name(word: str, ref: Reference) -> bool:
    """Whether a word just before a state's name makes the name a surname: a courtesy title
    or a title of rank ("Mr. Jordan"), or a given name of some person of the reference ("Jim"
    in "Jim Jordan") that is no role word or known phrase ("Retired U.S. Air Force Gen.",
    "Even China" keep their state)."""
    low = word.casefold().rstrip(".")
    if low in COURTESY or low in RANKS:
        return True  # "Mr. Jordan", "Sir Nicholas Jordan"
    return word[:1].isupper() and low not in ARTICLES and low in ref.given_names() and \
        ref.voice_words(low) is None and ref.lookup(word) is None  # ("An SEC official")



def _titled(phrase: str, matches: list[_Match], name: int) -> list[_Match]:
    """The matches but the states and bodies followed, before the name that starts at `name`,
    by a word of NOT_TITLE ("the CIA under President Bush" is not Bush's CIA). One search
    from the first state's end decides for all when it finds nothing (most phrases): a match
    between a later one's end and the name is one from the first's (\\b reads the characters
    beside it, whatever the search's start). Then `matches` itself is returned (no caller
    changes it)."""
    for m in matches:  # (left to right: the first state's end is the least)
        if m.ref is not None:
            if NOT_TITLE.search(phrase, m.end, name) is None:
                return matches
            return [m for m in matches if m.ref is None or
                    NOT_TITLE.search(phrase, m.end, name) is None]
    return matches


def _surname_like(match: _Match) -> bool:
    """Whether a known phrase standing alone as a speaker is a surname rather than a voice:
    a town or region of the Phoenix dictionaries ("Murray", "Rhodes"; a capital or a state's
    name is a government's voice: "Moscow said") or a demonym in the singular ("Cuban",
    "Dane"; "the Saudis said" is a people's)."""
    ref = match.ref
    if ref is None or ref.kind not in STATE_KINDS or match.text[:1].islower():
        return False
    return ref.via == "phoenix" or ref.via == "adjective" and not match.text.endswith("s")


def may_name(phrase: str, reference: Reference | None = None) -> bool:
    """Whether a phrase may hold words the reference knows (a state, body, medium or role
    word): False only when no word of it begins a known phrase, and then `affiliation` finds
    no such words in it (at most a person's name)."""
    ref = reference or load()
    if ref.index is None or not plain(phrase):
        return True
    folded = [bare(word) if word[-1] in BARE_ENDS else word
              for word in TOKEN.findall(phrase.casefold())]
    return not ref.index[1].isdisjoint(folded)


def _known(words: list[str], i: int, index: tuple[frozenset[str], frozenset[str]]) -> set[int]:
    """The ends j of the runs words[i:j] (at most MAX_WORDS) that are a known phrase's words."""
    whole, prefixes = index
    out: set[int] = set()
    end = min(len(words), i + MAX_WORDS)
    if i >= end:
        return out
    key, j = words[i], i + 1  # key: " ".join(words[i:j]), grown a word at a time
    while True:
        if key in whole:
            out.add(j)
        if key not in prefixes or j >= end:
            return out
        key, j = f"{key} {words[j]}", j + 1


def _the_ends(words: list[str], i: int, n: int,
              index: tuple[frozenset[str], frozenset[str]]) -> list[int]:
    """The ends j of the windows words[i:j] (words[i] is "the", j at most i + MAX_WORDS) whose
    words, or whose words but "the", are a known phrase's, longest first: `_known(words, i)`
    and `_known(words, i + 1)` merged, in one pass that grows both keys a word at a time, with
    no set and no sort (tests/test_affiliation_speed.py checks it against that form)."""
    whole, prefixes = index
    last = min(n, i + MAX_WORDS)
    ends = [i + 1] if "the" in whole else []
    a: str | None = "the"  # words[i:j] while a known phrase may start with them, else None
    b: str | None = None  # words[i + 1:j] likewise
    j = i + 1
    while j < last:
        w = words[j]
        a = f"{a} {w}" if a is not None and a in prefixes else None
        if j == i + 1:
            # (a word that starts no known phrase has no known run from it: every known
            # phrase and prefix starts with a word of index[1])
            b = w if w in index[1] else None
        else:
            b = f"{b} {w}" if b is not None and b in prefixes else None
        if a is None and b is None:
            break
        j += 1
        if a is not None and a in whole or b is not None and b in whole:
            ends.append(j)
    ends.reverse()
    return ends


def _name(phrase: str, matches: list[_Match],
          rest: list[tuple[int, int]]) -> tuple[int, int] | None:
    """Return the span of the trailing run of capitalised leftover words: the person's name.

    Read from the end: the run is the last words after every match that are capitalised (no
    abbreviated title) or a particle ("Ronnie De Mel", "Jose Eduardo dos Santos"), without
    the particles it would start with (a particle only continues a name)."""
    last = matches[-1].end if matches else -1  # _scan's matches run left to right
    first = end = -1
    for start, stop in reversed(rest):
        if start < last:
            break
        word = phrase[start:stop]
        if word in ABBREVIATED_TITLES:
            break
        if word[0].isupper():  # (a token is never empty)
            first = start
        elif word.lower() not in PARTICLES:
            break
        if end < 0:
            end = stop
    return (first, end) if first >= 0 else None


def _office_before(words: list[_Match], voice: str, alone: int) -> str:
    """The first state's voice among a phrase's role words (each's voice beside a state, 0, or
    alone, 1), else `voice`: a role word that is no office of itself ("official", "lawyer")
    serves the office named with it."""
    return next((w.voice[alone] for w in words if w.voice and w.voice[alone] in STATE_VOICES),
                voice)


def _portfolio(phrase: str, word: _Match, words: list[_Match]) -> bool:
    """Whether a role word is the portfolio of a state's office ("Minister of International
    Trade and Industry", "Trade and Industry Minister"), not a voice of its own."""
    return any(m.voice and m.voice[0] in STATE_VOICES and OFFICE.search(m.text) is not None and (
        m.end <= word.start and PORTFOLIO.fullmatch(phrase, m.end, word.start) is not None or
        word.end <= m.start and BEFORE_OFFICE.fullmatch(phrase, word.end, m.start) is not None)
        for m in words)


def _former(phrase: str, start: int) -> bool:
    """Whether the office that starts at `start` is one held before ("former Secretary of State
    ...", "Retired U.S. Air Force Gen. ...", "an ex-finance minister"): "former" stands at most
    three words before it, with no possessive between ("the former Soviet republic's
    minister" is a minister now)."""
    # FORMER needs one of these in the phrase (each alternative's letters after its first,
    # which may be either case, or "x-"): with none (most phrases) it finds nothing.
    if "ormer" not in phrase and "etired" not in phrase and "x-" not in phrase and \
            "ne-time" not in phrase and "netime" not in phrase and "eteran" not in phrase:
        return False
    for m in FORMER.finditer(phrase, 0, start):
        between = phrase[m.end():start]
        if "'" not in between and "’" not in between and len(between.split()) <= 3:
            return True
    return False


def _posting(phrase: str, m: _Match) -> bool:
    """Whether a state or body is a diplomat's posting ("envoy to the United Nations")."""
    start = m.start + 4 if m.text[:4].casefold() == "the " else m.start
    # POSTING ends in "to", "in" or "at", maybe "the", then spaces: a cheap test of the words
    # before, in ASCII (whose letters match no others, whatever their case), decides most.
    if not phrase[start - 1:start].isspace():
        return False
    last = phrase[:start].rstrip()[-3:]
    if last.isascii() and last[-2:].lower() not in ("to", "in", "at") and \
            last.lower() != "the":
        return False
    if POSTING.search(phrase, 0, start) is None and \
            MISSION_STAFF.search(phrase, 0, start) is None:
        return False
    # "a diplomat at the U.S. Embassy", "counsellor at China's embassy": the embassy at which
    # one serves is one's own state's, no posting
    return MISSION_AFTER.match(phrase, m.end) is None


def _firm(phrase: str, refs: list[_Match], rest: list[tuple[int, int]]) -> str | None:
    """Return the name of a firm or association that a place stands in ("Taiwan Textile
    Federation", "Anglo American Gold Investment Co", "Bank of Montreal"), or None."""
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
            if word.rstrip(".") in FIRM_ENDS or word in PRIVATE_BODY_ENDS and \
                    m.ref is not None and m.ref.via in ("name", "adjective") or \
                    word in NEWSPAPER_WORDS and len(words) == 1 \
                    and not phrase[end:].lstrip(" ")[:1].isupper() and \
                    not phrase.startswith(("'s", "’s"), end):  # ("American Express Co's")
                return phrase[m.start:end]
            if word in FIRM_LAST and not phrase[end:].lstrip(" ")[:1].isupper() and \
                    PORTFOLIO_AND.match(phrase, end) is None:
                return phrase[m.start:end]
        # FIRM_OF and "Bank of " end in a space: with none just before the place (most refs),
        # neither is there, and no slice of the phrase is made. Then FIRM_OF ends in "of",
        # "in" or "from" and spaces: a cheap test of the words before decides most.
        at = m.start
        if not phrase[at - 1:at].isspace():  # (at 0, phrase[-1:0] is "")
            continue
        if m.ref is not None and m.ref.via == "name" and \
                FIRM_AFTER_STATE.match(phrase, m.end) is not None and \
                (own := _name_before(phrase, at, rest)) is not None:
            return f"{own} {m.text}"  # "Ford Canada", "Amoco Canada president Donald Stacy"
        if m.text == "SPA" and any(end == at - 1 and phrase[start].isupper()
                                   for start, end in rest):
            return phrase[:m.end]  # "Montedison SPA": an Italian company's suffix after a
            # name no list knows, not the Saudi Press Agency
        if phrase[:at].rstrip().endswith(("of", "in", "from")) and \
                FIRM_OF.search(phrase, max(0, at - 70), at) is not None:
            return phrase[:m.end]  # "<Qintex Ltd> of Brisbane": the firm's town
        if phrase.endswith(("Bank of ", "bank of "), max(0, at - 8), at) and \
                m.ref is not None and m.ref.via in ("phoenix", "capital"):
            return phrase[at - 8:m.end]  # "Bank of Montreal": a city's bank is a firm
    return None


def _name_before(phrase: str, at: int, rest: list[tuple[int, int]]) -> str | None:
    """The word right before a state's name at `at` when it is a capitalised word that no
    list knows (`rest`), opening the phrase or after an article: a company's name with its
    country ("Ford Canada", "Amoco Canada"), not a region ("Western Canada") nor a title."""
    for start, end in rest:
        if end == at - 1:
            word = phrase[start:end]
            lead = phrase[:start].strip().lower()
            if word[:1].isupper() and word.isalpha() and word not in REGION_WORDS and \
                    word.lower() not in NOT_FIRM_WORDS and lead in ("", "the", "a", "an"):
                return word
            return None
    return None


def _led_by(phrase: str, words: list[_Match], rest: list[tuple[int, int]], day: dt.date | None,
            ref: Reference) -> tuple[str, _Match] | None:
    """A state's government named after the person who leads it ("the Reagan administration",
    "Kohl government officials"): the leader's state and the word that names the government,
    when the reference has the person leading a state's government on the date; else None."""
    for word in words:
        if word.text.casefold().split()[0] not in LED:
            continue
        before = [span for span in rest if span[1] <= word.start]
        if not before or not phrase[before[-1][1]:word.start].isspace():
            continue
        name = phrase[before[-1][0]:before[-1][1]]
        if not name[:1].isupper() or not ref.files(name):
            continue
        role = ref.choice(name, day)[1]
        if role is not None and role.voice == "gov" and role.code:
            return role.code, word
    return None


# An agency named after a state: its own news agency ("the Sudan News Agency SUNA").
STATE_AGENCIES = frozenset({"News Agency", "Press Agency", "Central News Agency"})


def _by_role(ev: list[Evidence], person: Person | None, pcode: str | None,
             pvoice: str | None) -> Affiliation | None:
    """The person's role on the date as the reading (a state's or body's code only in a
    state's or body's voice), or None when the reference gives them none."""
    if not (pcode and pvoice):
        return None
    keep = pcode if pvoice in STATE_VOICES or pvoice == "igo" else None
    return Affiliation(keep or None, pvoice, "person's role on the date", tuple(ev), person)


def _own_name_after(phrase: str, word: _Match) -> bool:
    """Whether a name of its own follows `word` ("Russian News Agency Interfax"), not an
    acronym ("the Sudan News Agency SUNA")."""
    after = phrase[word.end:].split(None, 1)
    return bool(after) and after[0][:1].isupper() and not after[0].isupper()


def _staff(word: _Match, refs: list[_Match], words: list[_Match]) -> bool:
    """Whether a role word that is no state's voice names the staff of a body or of a state's
    medium named beside it ("IMF economists", "GATT experts", "a commentator of the Soviet
    state news agency Tass"), whose voice the body or medium is; likewise a state's experts
    named by their government, ministry or central bank ("Japanese government economists",
    "Bank of Japan economists", "an Agriculture Department economist")."""
    voice = word.voice[0] if word.voice else None
    if voice == "expert":
        return any(m.ref is not None and (m.ref.kind == "body" or m.ref.via in STAFF_VIA)
                   for m in refs) or \
            any(w is not word and w.start < word.start and STAFF_OFFICE.fullmatch(w.text)
                for w in words)
    return voice == "media" and any(m.ref is not None and m.ref.via in STATE_MEDIA
                                    for m in refs)


def _works_at(phrase: str, refs: list[_Match]) -> str | None:
    """The organisation after "at" that a role works for, when it opens with no state's or
    body's name and every state or body of the phrase lies in or after it ("at Ask Jeeves in
    the US", "at Vodafone UK"); else None ("at the Soviet embassy", "at the White House")."""
    m = AT_ORGANISATION.search(phrase)
    if m is None or any(r.start < m.end(1) and not m.start(1) < r.start for r in refs) or \
            PUBLIC_BODY_END.search(m.group(1).rstrip()) is not None:
        return None  # (and "at Brent Council": a public body's)
    return m.group(1).strip()


def _given_names(words: list[str], ref: Reference) -> bool:
    """Whether capitalised words are a person's name: a given name the reference knows first,
    and no word of a body's or firm's name ("Brian Kerr"; not "Export-Import Bank")."""
    return _given_name(words[0], ref) and not any(
        w in ORG_WORDS or w in FIRM_ENDS or w in FIRM_LAST or w.isupper() for w in words)


def _person_name(words: list[str], pcode: str | None, ref: Reference) -> bool:
    """Whether the capitalised words after a state's adjective name a person: a surname the
    reference files as another state's person's ("German Ortega"), or given names before a
    surname it files ("Russian Dmitriy Bogdanov"); not a body's or firm's name ("Argentine
    Grain Board", "British Information Services", "Swiss Re")."""
    if len(words) == 1:
        return pcode is not None or ref.files(words[0])
    return ref.files(words[-1]) and not any(
        w in ORG_WORDS or w in FIRM_ENDS or w in FIRM_LAST or w.isupper() or
        w.endswith("s") and w[:-1].isupper() for w in words)


def _of_that_state(phrase: str, state: _Match, rest: list[tuple[int, int]]) -> bool:
    """Whether a state's adjective stands before a lower-case word that is no role word
    ("a Japanese refiner", "The German giant"): a noun it describes, not the state."""
    for start, end in rest:
        if start > state.end:
            word = phrase[start:end]
            return phrase[state.end:start] == " " and word[:1].islower() and \
                word.isalpha() and word not in FUNCTION_WORDS
    return False


def _regnal_other(phrase: str, start: int, name: str, person: Person | None) -> bool:
    """Whether a monarch's or pope's title stands right before a one-word name ("King
    Hussein", "Queen Beatrix") of a person the reference does not call so: the word is a
    regnal or given name, not that person's surname."""
    title = phrase[:start].rstrip().rpartition(" ")[2]
    if " " in name or title.lower() not in REGNAL or person is None:
        return False
    called = f"{title} {name}".lower()
    return not any(called in n.lower() for n in (person.name, *person.aliases))


def _events_named(phrase: str, matches: list[_Match]) -> list[_Match]:
    """The matches without a capital that names an event or a market ("the Paris accord",
    "the Paris Club", "Tokyo stock market"): the accord's name is no state's voice."""
    return [m for m in matches if not (m.ref is not None and m.ref.via == "capital" and
                                       EVENT_AFTER.match(phrase, m.end) is not None)]


def names_event(phrase: str, ref: Reference) -> bool:
    """Whether a capital in the phrase names an accord, a meeting or a market ("the Paris
    accord partners"): no state speaks by that name."""
    for m in EVENT_AFTER.finditer(phrase):
        word = phrase[:m.start()].rpartition(" ")[2]
        found = ref.lookup(word) if word[:1].isupper() else None
        if found is not None and found.via == "capital":
            return True
    return False


def _of_other_state(phrase: str, matches: list[_Match]) -> list[_Match]:
    """The matches without a state's institution that another state's name follows with
    "of": "the Export-Import Bank of Japan" is Japan's, not the United States' Export-Import
    Bank (the reference knows the name without "of ...")."""
    for m, after in zip(matches, matches[1:], strict=False):
        if m.ref is not None and m.ref.via in INSTITUTIONS and after.ref is not None and \
                after.ref.via == "name" and after.ref.code != m.ref.code and \
                after.start == m.end + 4 and phrase.startswith(" of ", m.end):
            return [k for k in matches if k is not m]
    return matches


def _party(phrase: str, pcode: str | None, pvoice: str | None, code: str | None) -> bool:
    """Whether a phrase names a speaker of a political party that is not said to rule, and
    not a person whom the reference has in that state's government on the date."""
    if pcode == code and pvoice == "gov":
        return False  # "Conservative Party leader David Cameron" while prime minister
    return PARTY.search(phrase) is not None and RULING.search(phrase) is None


def _sorted(phrase: str, matches: list[_Match]) -> tuple[
        list[_Match], list[_Match], list[_Match], list[_Match], list[_Match], _Match | None]:
    """Sort a phrase's matches, in their order: the states or bodies that are a diplomat's
    posting, the other states, bodies, media and armed groups, the role words, those of them
    that are no portfolio of a state's office (the heads), the strong ones that are no state's
    voice nor a portfolio, and the first role word or institution (or None). In one pass
    (stop 17: not a list comprehension for each list, and a plain tuple, not a NamedTuple,
    whose __new__ is one more Python call; tests/test_affiliation_speed.py checks it against
    the comprehensions). A match is a state or body (ref) or a role word (voice), never both
    (`_scan`)."""
    postings: list[_Match] = []
    refs: list[_Match] = []
    words: list[_Match] = []
    offices: list[_Match] = []
    strong: list[_Match] = []
    office: _Match | None = None
    for m in matches:
        if m.ref is not None:
            if _posting(phrase, m):
                postings.append(m)
                continue
            refs.append(m)
            if office is None and m.ref.via in INSTITUTIONS:
                office = m
        elif m.voice is not None:
            words.append(m)
            if office is None:
                office = m
            if m.voice:
                if m.voice[0] in STATE_VOICES:
                    if OFFICE.search(m.text) is not None:
                        offices.append(m)  # a state's office that has a portfolio
                elif m.voice[2] == "strong":
                    strong.append(m)
    # Only a state's office with a portfolio makes a role word its portfolio (`_portfolio`):
    # with none among the words (most phrases), no word is one.
    if not offices:
        return postings, refs, words, words, strong, office
    return (postings, refs, words, [w for w in words if not _portfolio(phrase, w, offices)],
            [w for w in strong if not _portfolio(phrase, w, offices)], office)


# The ways a state is named that make its words "state" evidence (others: "institution").
STATE_VIA = frozenset({"name", "adjective", "capital", "phoenix", "dated"})
_START = attrgetter("start")  # an Evidence's start, the order of the evidence: a C key


def _done(ev: list[Evidence], person: Person | None, code: str | None, voice: str, rule: str,
          *used: _Match) -> Affiliation:
    """The Affiliation decided: the words used as evidence, with the person's (`ev`), in
    their order in the phrase. (A function of the module, not a closure made per reading; a
    loop and list.sort with a C key, not a comprehension and sorted() with a lambda: the same
    stable sort of the same list.)"""
    spans = []
    for m in used:
        spans.append(Evidence(m.text, m.start, m.end, "role" if m.voice else
                              "state" if m.ref and m.ref.via in STATE_VIA else "institution"))
    spans += ev
    if len(spans) > 1:
        spans.sort(key=_START)
    keep = code if voice in STATE_VOICES or voice == "igo" else None
    return Affiliation(keep or None, voice, rule, tuple(spans), person)


def affiliation(phrase: str, day: dt.date | None = None, default: str | None = None,
                reference: Reference | None = None) -> Affiliation | None:
    """Return whom `phrase` speaks for on `day`; `default` is the dateline's state, used only
    for a state's role named with no state ("a senior finance ministry official")."""
    ref = reference or load()
    clause = CLAUSE.search(phrase) if "," in phrase else None
    if clause is not None:
        phrase = phrase[:clause.start()]
    matches, rest = _scan(phrase, day, ref)
    if len(matches) > 1 and " of " in phrase:
        matches = _of_other_state(phrase, matches)
    if matches and (matches[0].ref is not None and matches[0].ref.via == "capital" or
                    len(matches) > 1) and EVENT_AFTER.search(phrase) is not None:
        matches = _events_named(phrase, matches)
    name_span = _name(phrase, matches, rest)
    if not matches and name_span is None:
        return None  # no known words and no name: the common case, decided without more
    person: Person | None = None
    ev: list[Evidence] = []
    pcode = pvoice = None
    if name_span:
        name = phrase[name_span[0]:name_span[1]]
        # Only a surname the reference files anyone under can resolve (most names are not).
        chosen, role = ref.choice(name, day) if ref.files(name) else NOBODY
        if role is not None and _regnal_other(phrase, name_span[0], name, chosen):
            chosen, role = NOBODY  # "King Hussein" is not Saddam Hussein
        if role is not None:  # (chosen is then the person: `Reference.choice`)
            person, pcode, pvoice = chosen, role.code, role.voice
            ev.append(Evidence(name, *name_span, "person"))
    if name_span is not None and matches:  # "the CIA under President Bush": not Bush's CIA
        matches = _titled(phrase, matches, name_span[0])
    if len(matches) == 1 and not rest and _surname_like(matches[0]):
        return None  # "Murray said", "Cuban said": a surname, not a town's or people's voice
    if not matches:  # a name alone: the person's role on the date, or nothing
        return _by_role(ev, person, pcode, pvoice)
    postings, refs, words, heads, strong, office = _sorted(phrase, matches)
    if postings:  # "the ambassador to Pakistan": the posting is no sending state
        posted = {m.ref.code for m in postings if m.ref is not None}
        default = None if default in posted else default
    head = heads[-1] if heads else None

    if strong and _staff(strong[-1], refs, words):
        strong = []  # "IMF economists", "a Tass commentator": the body's or medium's own
        if any(w.voice and w.voice[0] == "expert" for w in words):
            # (the office, not the expert's word, says the voice: "Bank of Japan economists";
            # the word stays evidence of a title)
            ev = ev + [Evidence(w.text, w.start, w.end, "role") for w in words
                       if w.voice and w.voice[0] == "expert"]
            words = [w for w in words if not (w.voice and w.voice[0] == "expert")]
            heads = [h for h in heads if not (h.voice and h.voice[0] == "expert")]
            head = heads[-1] if heads else None
    if strong:  # "a company official", "Bank of Montreal spokesman": no state's voice
        return _done(ev, person, None, strong[-1].voice[0],  # type: ignore[index]
                     f"role word '{strong[-1].text}' is not a state's voice", strong[-1])
    if office is not None and _former(phrase, office.start):
        return _done(ev, person, None, "private",
                     f"a former office '{office.text}' is no state's voice", office)
    firm = _firm(phrase, refs, rest)
    if firm is not None:
        at = phrase.find(firm)  # the firm's name is the evidence (a name beside it is not)
        named = [Evidence(firm, at, at + len(firm), "institution")] if at >= 0 else []
        if firm.split()[-1] in NEWSPAPER_WORDS:
            return _done(ev + named, person, None, "media", f"'{firm}' is a newspaper's name")
        return _done(ev + named, person, None, "business",
                     f"'{firm}' is the name of a company or association")
    if refs and words and (phrase[:1].islower() or NAMED_FIRST.match(phrase) is not None) and \
            (works := _works_at(phrase, refs)) is not None:
        # "Jim Lanzone, vice president of search properties at Ask Jeeves in the US": an
        # organisation the reference does not know employs the person; the state is where
        return _done(ev, person, None, "business",
                     f"the speaker works at '{works}', no state's body", *words)
    if refs:
        # A state's own medium named beside its state ("the official Soviet news agency
        # Tass", "the Iranian news agency IRNA") is the government's voice: it decides.
        first = next((m for m in refs if m.ref is not None and m.ref.via in STATE_MEDIA),
                     refs[0])
        beside = None  # the state's name beside its office named ("U.S." in "U.S. Agriculture
        # Department"): evidence too
        if first.ref is not None and first.ref.via not in INSTITUTIONS:
            # "UK Chancellor of the Exchequer Gordon Brown": the state's office named
            # decides, with the state's name beside it
            office_named = next((m for m in refs if m.ref is not None and m.ref.via in
                                 INSTITUTIONS and m.ref.code == first.ref.code), first)
            if office_named is not first:
                beside, first = first, office_named
        r = first.ref
        assert r is not None
        used = [first, head] if head else [first]
        if beside is not None and r.via in INSTITUTIONS and r.kind in STATE_KINDS:
            used.append(beside)
        if r.kind in ("media", "armed_group"):
            return _done(ev, person, None, r.voice or "media",
                         f"{r.kind.replace('_', ' ')} '{first.text}'", first)
        if r.kind == "body":
            return _done(ev, person, r.code, "igo", f"body '{first.text}'", *used)
        if r.via in INSTITUTIONS or r.voice:
            head_strong = head is not None and head.voice and head.voice[2] == "strong" \
                and not (r.via in STATE_MEDIA and head.voice[0] == "media")
            voice = head.voice[0] if head_strong and head and head.voice else (r.voice or "gov")
            return _done(ev, person, r.code, voice,
                         f"{r.via.replace('_', ' ')} '{first.text}'", *used)
        if head is not None and head.text in STATE_AGENCIES and \
                phrase[first.end:head.start] == " " and not _own_name_after(phrase, head):
            # "the Sudan News Agency", "Emirates News Agency": a state's own agency
            return _done(ev, person, r.code, "gov",
                         f"'{first.text} {head.text}' is a state's news agency", first, head)
        if head is not None and head.voice:
            voice = head.voice[0]
            if voice in ("private", "unnamed") and head.voice[2] == "weak":
                # "U.S. Justice Department lawyer", "a Venezuelan energy ministry source":
                # the office says whose
                voice = _office_before(words, voice, 0)
            if voice == "gov" and _party(phrase, pcode, pvoice, r.code):
                return _done(ev, person, r.code, "opp",
                             f"a party of state '{first.text}' is no government", first, head)
            return _done(ev, person, r.code, voice,
                         f"state '{first.text}' + role '{head.text}'", first, head)
        if _party(phrase, pcode, pvoice, r.code):
            return _done(ev, person, r.code, "opp",
                         f"a party of state '{first.text}' is no government", first)
        if (r.via == "adjective" or r.via == "phoenix" and PERSON_DEMONYM.search(
                first.text.split()[-1])) \
                and (_of_that_state(phrase, first, rest) or DEMONYM_ALONE.fullmatch(phrase)
                     is not None and not (first.text.endswith("s") and
                                          not first.text.endswith("ss"))):
            # "a Japanese refiner", "the French coach", "Greek newspapers", "the Belgian":
            # someone or something of that state, which the reference cannot tell to be the
            # state's
            return _by_role(ev, person, pcode, pvoice)
        if r.via == "adjective" and head is None and pcode != r.code and \
                not phrase[:first.start].strip() and \
                (after := NAME_AFTER.match(phrase, first.end)) is not None and \
                (_person_name(after.group().split(), pcode, ref) or person is None and
                 len(after.group().split()) > 1 and _given_names(after.group().split(), ref)):
            # "said German Ortega, one of the stars of the play", "Briton John Smith",
            # "American Andy Roddick" (given names the reference knows, a person it does not):
            # a nationality before a name with no title is the person's, no state's voice
            return _done([e for e in ev if e.what != "person"], None, None, "private",
                         f"a state's adjective '{first.text}' before a name is a nationality",
                         first)
        if pcode and pcode != r.code:
            return _done(ev, person, r.code, "gov", f"state '{first.text}' named as speaker", first)
        if person is None and PEOPLE_IN_PLACE.match(phrase, 0, first.start) is not None:
            # "Shoppers in London", "Muslims in France": where people are, not whom they
            # speak for (a role word before the place, "officials in Ankara", decided above)
            return None
        if person is None and (unknown := UNKNOWN_ROLE.match(phrase, first.end)) is not None \
                and _given_names(unknown.group(1).split(), ref):
            # "Republic of Ireland manager Brian Kerr": a role the reference does not know
            # between the state and the name; the state does not say whose voice it is
            return None
        return _done(ev, person, r.code, pvoice or "gov",
                     f"state '{first.text}' named as speaker", first)
    led = _led_by(phrase, words, rest, day, ref)
    if led is not None:  # "Reagan Administration officials": the head's state
        code, body = led
        voice = head.voice[0] if head and head.voice else "gov"
        return _done(ev, person, code, voice,
                     f"'{phrase[body.start:body.end]}' is named after its head", *words)
    if pcode and head is not None and head.text in ("chief executive", "chief executives") \
            and ref.kind_of(pcode) in STATE_KINDS:
        # "chief executive John Williams": a title that is a firm's when no state or body is
        # named beside it, written in lower case as a firm's is; not the namesake the
        # reference dates ("Chief Executive Tung Chee-hwa" is capitalised). (A "chairman"
        # chairs committees and parties as often as boards, and a "treasurer" may be a
        # state's or province's: the person decides.)
        return _done([e for e in ev if e.what != "person"], None, None, "business",
                     f"role '{head.text}' in lower case is a firm's title", head)
    if pcode and (pvoice or head):
        role_voice = head.voice[0] if head and head.voice else pvoice
        assert role_voice is not None
        return _done(ev, person, pcode, role_voice,
                     "person's role on the date", *([head] if head else []))
    if head is not None and head.voice:
        voice = head.voice[1]
        if voice == "unnamed" or voice == "private" and head.voice[2] == "weak":
            # "a finance ministry official", "a Justice Department lawyer": the office says whose
            voice = _office_before(words, voice, 1)
        elif voice == "business" and PARTY.search(phrase) is not None:
            # "Conservative party chairman Liam Fox": a party's officer, not a firm's; the
            # party is no government unless the words say it rules (as `_party` reads it).
            # The dateline's state is an opposition party's; a ruling one names no state
            # ("Communist Party chairman Gennady Zyuganov" in a story from London).
            if RULING.search(phrase) is not None:
                return _done(ev, person, None, "gov", f"a ruling party's '{head.text}'", *words)
            return _done(ev, person, default, "opp", f"a party's '{head.text}'", *words)
        elif voice == "business" and head.voice[2] == "weak" and any(
                w.voice and w.voice[1] == "gov" and w.end < head.start and
                not phrase[w.end:head.start].strip() and STAFFED.search(w.text) is not None
                for w in words):
            voice = "gov"  # "central bank general manager Hector Neyra": that office's staff
        if voice in STATE_VOICES and default:
            if _party(phrase, pcode, pvoice, default):  # "the Labour Party's Treasury spokesman"
                return _done(ev, person, default, "opp",
                             f"a party's '{head.text}' in the dateline's state", *words)
            return _done(ev, person, default, voice,
                         f"role '{head.text}' + the dateline's state", *words)
        return _done(ev, person, None, voice, f"role '{head.text}' with no state named", *words)
    return None
