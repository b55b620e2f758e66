"""Voices: each speaker of an article -> whom it speaks for (a state's or body's code) and how.

Input: the article's text and date, the speakers that attribution.py reads from it (name,
role, configured actor, the words as written), the worldwide reference (briefing.knowledge)
and the configured actors' codes. Output: per speaker a `Voice`: the code of the state or
intergovernmental body it speaks for (wire_guidelines.md: ISO 3166-1 alpha-3, historical
codes such as SUN, or a body's abbreviation), its capacity (gov, leg, opp, igo, rebel,
business, media, expert, unnamed, private) and the rule that decided.

The rules, in order:
1. The speaker's own words say it: "Sri Lankan Finance Minister Ronnie De Mel", "the
   Philippine central bank", "Tehran radio"; "Western diplomats" and "a company official"
   speak for no state.
2. A person named before in the article keeps the affiliation of their first full mention:
   "Brazilian Finance Minister Dilson Funaro ..." makes a later "Funaro said" Brazil's. The
   full mention is the title run before the name or the appositive after it.
3. A person of the reference whose role holds on the article's date (never across a
   different first name: see knowledge/people.py).
4. The configured actor (config/actors.yaml), through its code.
A state's office named with no state ("the finance ministry", "Finance Minister Gerhard
Stoltenberg") is the article's home state's: the one state whose own offices the story names
with the state's words or through an office holder of the date ("Norway's parliament",
"Chancellor Helmut Kohl"), else the one state it names or names most (`ArticleVoices.home`).
Pronouns and "the minister" take the voice of the speaker they refer to (attribution.py);
"the officials" and "the high command" that of the same head named before ("U.S. defense
officials", "Chad's military high command"). American news's own conventions are read as
such: a party and state tag ("Rep. Edward Markey, D-Mass") is a U.S. legislator, "the Commerce
Department" a U.S. department in a story that names the U.S.
Unknown stays unknown: no code is better than a wrong one.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re

from briefing.extract import cues
from briefing.extract.runs import (
    NAME_ARTICLES,
    POSSESSIVE,
    ends_sentence,
    first_after_given_name,
    given_end,
    given_start,
    lowered_text,
    name_occurrences,
    previous_word,
    title_run,
    whole_words,
)
from briefing.extract.voicebook import MEMO, UNKNOWN_VOICE, Voice, VoiceBook
from briefing.knowledge import Affiliation, Reference
from briefing.knowledge.affiliation import (
    FIRM_ENDS,
    FORMER,
    INSTITUTIONS,
    PARTY,
    RULING,
    TOPIC_WORDS,
    may_name,
    names_event,
)
from briefing.knowledge.model import STATE_VOICES, Evidence, Person
from briefing.knowledge.names import name_tokens
from briefing.knowledge.people import LEADER_TITLES, given_match, known_by_surname
from briefing.knowledge.store import STATE_KINDS
from briefing.models import PUBLIC, UNKNOWN, Speaker

MENTIONS = 6  # mentions of a name read for its first full mention
# "... of Venezuela" right after a name: the state it is of
OF_STATE = re.compile(r"\s+of\s+((?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})")
APPOSED_WORDS = 10  # words of a title set off before a name by a comma, at most
# A title set off before a name opens with a state's possessive or name or a determiner,
# not a preposition or a clause ("In a speech to parliament, John Smith ...")
TITLE_OPENING = re.compile(
    r"(?!(?:In|At|On|After|Before|During|For|With|From|By|To|Under|Over|Speaking|Asked|But|"
    r"And|As|When|While|Since|Although|If|Earlier|Later|Meanwhile|However)\b)"
    r"(?:The|the|[A-Z][\w.-]*(?:'s|’s)?)\s")
# Words after a name that are not part of it: "Gros himself", "Mwape said".
TRAILING_WORDS = ("himself", "herself", "said", "says", "told")
TRAILING = re.compile(r"(?:\s+(?:" + "|".join(TRAILING_WORDS) + r"))+\Z")
WORDS = re.compile(r"[^\W\d_][\w.'’&-]*")
# (a stop only in an abbreviation: "Tom Kay, U.S. Agriculture Department Foreign Agricultural
# Service administrator")
APPOSITIVE = re.compile(r"\s*,\s*(?:who\s+is\s+|the\s+|a\s+|an\s+)?((?:[^,.;:()\"“”]|"
                        r"\.(?=[A-Za-z])|(?<=\b[A-Z])\.(?=[ \t]+[A-Z])){2,90}?)"
                        r"\s*(?:[,;:)\"“”]|\.(?![A-Za-z])(?!(?<=\b[A-Z]\.)[ \t]+[A-Z])|\Z)")
# "COLOMBO, March 3 - ", "MOSCOW (Reuters) - ": the city a wire story was filed from.
DATELINE = re.compile(r"\A\s*([A-Z][A-Z .'’-]{2,30}?)\s*(?:,[^\n]{0,25}?)?\s*(?:\([^)\n]{0,20}\))?"
                      r"\s*[-–—]+\s")
# Capitalised runs that may name a state ("Sri Lanka", "the Bank of Italy" is found by
# its words too), for the article's home state. (The capital comes first and then the look
# back for a word character before it, which is \b before a capital: an expression that
# starts with a character set skips the characters outside it in C, one that starts with \b
# tries a match at each character of the text. Likewise FIRM_NAME and FIRM_END.)
CAPITALISED_RUN = re.compile(r"[A-Z](?<!\w[A-Z])[\w'’.-]*"
                             r"(?:[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?[A-Z][\w'’.-]*)*")
# Offices only a state has: named with no state, they are the home state's ("the Finance
# Ministry", "central bank governor Francisco Gros", "Finance Secretary Jaime Ongpin"), unlike
# a "vice president", a "spokesman" or a party's or firm's "secretary".
OFFICES = ("[Mm]inist(?:er|ry|ries|ers|erial)", "[Gg]overnment", "[Cc]abinet",
           "[Cc]entral [Bb]ank(?:ers?)?", "Reserve [Bb]ank", "[Pp]olice", "[Cc]oastguard",
           "[Aa]rmed [Ff]orces",
           r"[Pp]arliament\w*", "[Oo]pposition", "[Tt]reasury", "[Ee]mbassy",
           "[Pp]rime [Mm]inister", "Authority",
           *(f"{portfolio} [Ss]ecretary" for portfolio in (
               "Financ(?:e|ial)", "Foreign", "Home", "Trade", "Defen[cs]e", "Energy",
               "Agriculture", "Commerce", "Interior", "Health", "Labou?r", "Transport\\w*",
               "Education", "Justice", "Permanent", "Planning", "Budget", "Reform", "Works",
               "Resources", "Environment", "Tourism", "Welfare", "Industry", "Housing",
               "Communications", "Affairs", "Security")),
           "[Ss]ecretary of [Ss]tate")
# and what the state runs ("the state-run Coffee Marketing Board", "the official newspaper El
# Peruano"): not a clue of GOVERNMENT_OFFICE, whose "tate" would be found in every
# "statement" and "United States".
# A monarch's title before a name or after "the" ("King Fahd", "The King", "the Emir") is
# also one: only a state has a king ("Billie Jean King", "King said" are a surname).
ACADEMIC = re.compile(r"\b(?:[Uu]niversit(?:y|ies)|[Cc]ollege|[Ss]chool|[Pp]rofessor|"
                      r"[Ll]ecturer)\b")
HOME_ROLE = re.compile(r"\b(?:" + "|".join(OFFICES) + r"|[Ss]tate-(?:run|owned)|[Gg]overnor|"
                       # a portfolio's official: "a trade official", "finance officials"
                       r"(?:[Tt]rade|[Ff]inance|[Ff]oreign|[Dd]efen[cs]e|[Aa]griculture|"
                       r"[Ii]nterior|[Cc]ustoms|[Ii]mmigration)\s+officials?|"
                       r"[Pp]ublic\s+finance\s+director|[Dd]irector\s+of\s+public\s+finance|"
                       r"[Cc]ustoms\s+director|"
                       # a legislature's chamber, a state's highest court ("the lower house
                       # finance committee", "a Supreme Court spokesman"; not senators, whom
                       # U.S. news names by title alone in stories of other states too)
                       r"(?:[Ll]ower|[Uu]pper)\s+[Hh]ouse|[Ss]upreme\s+[Cc]ourt|"
                       # a president's office ("a presidential spokesman")
                       r"[Pp]residential\s+(?:spokes(?:man|woman|person)|aides?|advis[eo]rs?|"
                       r"palace)|"
                       # a department no U.S. one is ("the finance department", Canada's)
                       r"(?:[Ff]inance|(?:[Ff]oreign|[Ee]xternal)\s+[Aa]ffairs)\s+[Dd]epartment|"
                       # "official sources said" in a story of one state: that state's (not
                       # "diplomatic and official sources", a group of several)
                       r"(?<!and )(?<!or )[Oo]fficial\s+(?:sources?|spokes(?:man|woman|men))"
                       r"(?!\s+(?:in|at|among|from|close|with)\b)|"
                       # a state's statistics office ("the statistics department", "the
                       # State Statistical Bureau", "the Central Bureau of Statistics")
                       r"[Ss]tatistic(?:s|al)\s+(?:[Dd]epartment|[Bb]ureau|[Oo]ffice|[Aa]gency|"
                       r"[Ii]nstitute|[Dd]irectorate)|[Bb]ureau\s+of\s+[Ss]tatistics|"
                       # "an administration official": the government's (a capitalised
                       # Administration is the U.S.'s: `_state_only`)
                       r"administration\s+(?:officials?|sources?|aides?|spokes(?:man|woman))|"
                       r"(?:[Oo]fficial|[Ss]tate|[Gg]overnment)\s+(?:news\s+agency|newspaper|"
                       r"daily|radio|television))\b|"
                       r"\A(?:King|Queen|Emir|Amir|Sultan|Shah|Crown\s+Prince)(?=\s+[A-Z])|"
                       r"\A[Tt]he\s+(?:King|Queen|Emir|Amir|Sultan|Shah|Crown\s+Prince)"
                       r"(?=\s+[A-Z]|\s*\Z)")
# The voices of a party's figure whose phrase names no state (`_read`): a leader or
# spokesman reads as no one's, a party's MP as a legislator.
PARTY_VOICES = frozenset({"unnamed", "gov", "leg"})
# A party named by its own name with no "party" before a figure's title ("Labour foreign
# affairs spokesman", "New Fine Gael leader", "Conservative MP"): the names of parties that
# many states' politics share, and a few of one state's that wire copy names alone.
PARTY_NAME = re.compile(r"(?:(?:[Tt]he|[Aa]n?|[Aa]nother|[Oo]ne|[Oo]ther|[Nn]ew|[Ff]ormer|"
                        r"[Ss]enior|[Tt]op|[Vv]eteran|[Ll]eading)\s+)*"
                        r"(Labour|Labor|Conservative|Tory|Liberal Democrat|Lib Dem|Liberal|"
                        r"Socialist|Social Democrat|Christian Democrat|Green|Fine Gael|"
                        r"Fianna Fail|Likud)s?\s+(?!Party\b|[Gg]overnment\b)[a-zA-Z]")
# The names among them that only one state's party bears: that state's, whatever the
# story's home ("Tory MP Michael Mates" in a story from Baghdad).
PARTY_STATES = {"Tory": "GBR", "Liberal Democrat": "GBR", "Lib Dem": "GBR", "Fine Gael": "IRL",
                "Fianna Fail": "IRL", "Likud": "ISR"}
COMPASS = frozenset({"west", "east", "north", "south"})  # "west german": `_recased`
# A place named after an office that the reference does not read as a state's ("the leader
# of the opposition in North-Rhine Westphalia"): the office is that place's, not the home
# state's. (An office's own name is no place: "officials in the Finance and Planning
# Ministry".)
PLACE_AFTER = re.compile(r"\s(?:in|from)\s+(?:the\s+)?[A-Z](?![\w'’.-]*(?:\s+(?:and\s+|of\s+)?"
                         r"[A-Z][\w'’.-]*){0,4}\s+(?:Ministry|Ministries|Department)\b)")
# The offices that tell which state's government a story names (`government`): those only a
# state has, and a department, which a state's word before it makes the state's ("the U.S.
# Commerce Department").
GOVERNMENT_OFFICE = re.compile(r"\b(?:" + "|".join(OFFICES) + r")\b|\b[Dd]epartment\b")


def _clue(office: str) -> str:
    """The letters that follow an office's first letter in every match of it ("inist" of
    "[Mm]inist(?:er|ry)", "abo" of "Labou?r [Ss]ecretary")."""
    rest = office[4:] if office.startswith("[") else office[1:]
    clue = re.match(r"[\w ]*", rest).group()  # type: ignore[union-attr]
    if rest[len(clue):len(clue) + 1] in ("?", "*", "{"):
        clue = clue[:-1]  # the last letter may be missing ("Labou?r")
    assert clue, office
    return clue


# What stands after the first letter of every match of GOVERNMENT_OFFICE: each of its
# matches starts a character before one of these (`ArticleVoices.offices`).
OFFICE_CLUES = tuple(sorted({_clue(office) for office in (*OFFICES, "[Dd]epartment")}))
# A company's name: capitalised words ending in a word that ends firms' names ("Saga
# Petroleum A/S", "Toshiba Corp").
FIRM_NAME = re.compile(r"([A-Z](?<!\w[A-Z])[\w'’&-]*)(?:[ \t]+[A-Z][\w'’.&-]*){0,3}?[ \t]+(?:"
                       + "|".join(re.escape(w) for w in sorted(FIRM_ENDS)) + r")(?![\w/])")
# A firm's last word as FIRM_NAME ends a name with it: a name holds one (`firms`). (The look
# ahead at the words' first letters turns most spaces down before the words are tried.)
FIRM_END = re.compile(r"[ \t](?=[" + "".join(sorted({w[0] for w in FIRM_ENDS})) + r"])(?:"
                      + "|".join(re.escape(w) for w in sorted(FIRM_ENDS)) + r")(?![\w/])")
# What joins the runs of one name ("Securities and Exchange Commission", "Bank of Japan").
JOINERS = frozenset({" and ", " of ", " & ", " for ", " of the ", " on "})
# A company's name opening a story ("American Telephone and Telegraph Co and Philips ..."):
# the state its first word names is not the story's.
FIRM_OPENING = re.compile(r"(?:The\s+)?[A-Z][\w'’.&-]*(?:[ \t]+(?:(?:and|of|&)[ \t]+)?"
                          r"[A-Z][\w'’.&-]*){0,5}?[ \t]+(?:"
                          + "|".join(re.escape(w) for w in sorted(FIRM_ENDS)) + r")(?![\w/])")
FIRM_WORDS = re.compile(r"[\w'’.&\- \t]*")  # what stands within a company's name
HOME_VIA = frozenset({"name", "adjective", "capital", "seat", "central_bank", "state_media",
                      "broadcaster"})
# How a state's office is named by its own name ("the Bank of Japan", "the Kremlin", "the
# SEC"): `governments`.
OWN_NAMES = frozenset({"central_bank", "seat", "institution"})
# A member of a body's organ named without its owner ("Board member Leonhard Gleske",
# "Governing Council member ..."): `_organ_owner` looks for the owner ORGAN_REACH characters
# back (the sentence before, as a rule).
ORGAN_MEMBER = re.compile(r"(?:(?:[Aa]n?|[Tt]he)\s+)?(?:(?:[Ee]xecutive|[Pp]olicy|[Gg]overning|"
                          r"[Cc]entral)\s+)?(?:[Bb]oard|[Cc]ouncil|[Dd]irectorate)\s+members?\b")
ORGAN_REACH = 400
# A body's head noun before one of its offices ("bank president Masao Fujioka", "the fund's
# managing director", "Agency officials"), or alone and definite ("The bank said"): the body
# of that head the article names last before, within BODY_REACH characters (`_head_owner`).
# (Not before other words: "fund managers", "bank economists" are a market's, any bank's.)
HEAD_ROLES = ("president|chairman|chairwoman|chief|governor|deputy|director|managing|vice|"
              "secretary|head|spokes(?:man|woman|person)|officials?|board|executive")
BODY_HEAD = re.compile(r"(?:(?:[Tt]he|[Aa]n?)\s+(?:(?:senior|top|chief|deputy)\s+)?)?"
                       r"([Bb]ank|[Ff]und|[Aa]gency|[Oo]rgani[sz]ation|[Cc]ommission|[Cc]lub|[Cc]ommunity|[Cc]ouncil|[Dd]epartment|[Mm]inistry|"
                       r"[Bb]oard|[Aa]uthority)"
                       rf"(?:'s|’s)?\s+(?=(?i:{HEAD_ROLES})\b|(?:report|statement)\b|"
                       r"(?<=s\s)(?:\d|[a-z]+\s+report))")
# (capitalised too: wire copy writes "The Bank" and "The Fund" for the World Bank and the IMF)
BODY_BACK = re.compile(r"[Tt]he\s+([Bb]ank|[Ff]und|[Aa]gency|[Oo]rgani[sz]ation|[Cc]ommission|"
                      r"[Cc]lub|[Cc]ommunity|[Cc]ouncil)")
BODY_REACH = 2000
# A body named again by its head inside a speaker's words, capitalised as wire copy names the
# EC Commission, the IMF and the World Bank ("of the Commission's Directorate General").
BODY_INSIDE = re.compile(r"(?<= )the (Commission|Community|Fund|Bank|Council)\b")
# A diplomat or mission and the place of its posting: "an embassy official in Washington",
# "the ambassador to Japan".
POSTED = re.compile(r"\b(?i:ambassadors?|envoys?|embass(?:y|ies)|consulates?|consuls?|"
                    r"legations?|missions?|delegations?)\b[^,]*?\s(?:to|in|at)\s+(?:the\s+)?"
                    r"[A-Z]")
# "the government's" and the capitalised words of a name before its last run ("the
# government's Management and| Coordination Agency"): `_head_owner`.
GOVERNMENT_OWNED = re.compile(r"\b[Gg]overnment['’]s\s+((?:[A-Z][\w-]*\s+(?:(?:and|of|for)\s+)?)"
                              r"{0,4})\Z")
# A possessor and up to two lower-case words before a body's name ("Japan's governmental|
# Export-Import Bank").
POSSESSOR_BEFORE = re.compile(r"\b[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?['’]s\s+"
                              r"(?:[a-z][\w-]*\s+){0,2}\Z")
# Heads of a state's offices that the reference names with the state only ("the Japanese
# Agriculture Ministry", "the Canadian Wheat Board", "the Philippine Coconut Authority"); a
# board's or an authority's name with a state's word is a state agency's ("British Airways
# Board", a firm's, reads as the firm's).
AGENCY_HEADS = frozenset({"board", "authority"})
STATE_OFFICE_HEADS = frozenset({"department", "ministry"}) | AGENCY_HEADS
# A portfolio named in a title or a group's name ("Undersecretary of Commerce", "Commerce
# officials", "Finance Ministry sources"), and the office that holds one (`_portfolio_office`).
PORTFOLIO_WORD = re.compile(r"\b(Commerce|Agriculture|Finance|Treasury|Trade|Energy|Defen[cs]e|"
                            r"Labou?r|Justice|Interior|Industry|Transport|Education|Health|"
                            r"Employment)\b"
                            # in lower case too where the word is a portfolio's alone ("a senior
                            # defense official"; not "industry" or "trade", a firm's as often)
                            r"|\b(defen[cs]e|agriculture|finance|treasury|commerce|energy|"
                            r"justice|interior)\s+(?:officials?|sources?|spokes(?:man|woman))\b")
# Two states' names joined by "and" at a sentence's start ("Nigeria and Britain", "The U.S. and
# Japan"), each of up to three words.
STATE_PAIR = re.compile(r"(?:The\s+)?((?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w.'’-]*)\s+and\s+"
                        r"(?:the\s+)?((?:[A-Z][\w.'’-]*\s+){0,2}?[A-Z][\w.'’-]*)(?=\s+[a-z])")
BANK_KINDS = frozenset("central world development reserve national commercial merchant".split())
# A party's officials named by "party" alone ("a senior party official", "party sources"),
# and a state's ruling party named before them ("Japan's ruling Liberal Democratic Party").
PARTY_STAFF = re.compile(r"\b[Pp]arty\s+(?:officials?|sources?|spokes(?:man|woman)|leaders?|"
                         r"executives?)\b")
RULING_PARTY = re.compile(r"(?:\b([A-Z][\w.-]+(?:\s+[A-Z][\w.-]+)?)(?:['’]s)?\s+)?"
                          r"(?:ruling|governing)\s+(?:[A-Z][\w-]*\s+){0,4}Party\b")
# The words that open a region's group ("Western diplomats", "Arab officials").
BLOC_OPENINGS = frozenset("Western Arab Gulf Asian African Latin Nordic".split())
BLOC_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(BLOC_OPENINGS)) + r")\s+(?:[a-z]+\s+){0,3}\Z")
# Words before a head that name a group of states or people, not one state ("Western military
# sources", "Arab diplomats", "Gulf shipping officials"): no state named before speaks for them.
BLOC_WORDS = frozenset("""western arab gulf asian african european latin nordic allied
    non-aligned nonaligned other""".split())
SPOKESMAN_BEFORE = re.compile(r"\bspokes(?:man|woman|person)\s+\Z")  # a spokesman's title
# A portfolio's office known by its seat ("Deputy Assistant Defense Secretary Stephen Bryen"
# after "The Pentagon has stopped ...").
PORTFOLIO_SEATS = {"Defense": "Pentagon", "Defence": "Pentagon"}
PORTFOLIO_OFFICE = re.compile(r"\b(?:Department|Ministry|Dept)\b")
# A title "for" or "of" a body named by its head noun alone ("a spokesman for the bank").
FOR_THE_HEAD = re.compile(r"(.*\b(?:for|of|at)\s+)the\s+([Bb]ank|[Ff]und|[Aa]gency|[Cc]ommission|"
                          r"[Mm]inistry|[Dd]epartment|[Cc]ouncil|[Cc]ommunity)")
# The patronymic and house after an Arabic name ("Ali| al-Khalifa al-Sabah", "Hamad| bin
# Khalifa al-Thani").
ARABIC_TAIL = re.compile(r"(?:\s(?:al|Al|bin|Bin|ibn)[- ][A-Z][\w'’]*(?:-[A-Z][\w'’]*)?)+")
# A U.S. state's abbreviation (as wire copy writes it) before "Rep.", "Sen." or "Gov.".
# The U.S. states as news abbreviates them, each before its stop ("Calif.", "N.H.").
US_STATE_ABBREVIATIONS = (
    r"Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|"
    r"Minn|Miss|Mo|Mont|Neb|Nev|N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Okla|Ore|Pa|R\.I|S\.C|S\.D|"
    r"Tenn|Tex|Vt|Va|Wash|W\.Va|Wis|Wyo")
US_STATE_TITLE = re.compile(
    rf"(?<![\w.])(?:{US_STATE_ABBREVIATIONS})\.\s+(Rep|Sen|Gov)\.(?=\s+[A-Z])")
# The U.S. states by their names.
US_STATE_NAMES = (
    r"Alaska|Hawaii|Idaho|Iowa|Maine|Ohio|Texas|"
    r"Utah|Alabama|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|"
    r"Illinois|Indiana|Kansas|Kentucky|Louisiana|Maryland|Massachusetts|Michigan|Minnesota|"
    r"Mississippi|Missouri|Montana|Nebraska|Nevada|New\s+Hampshire|New\s+Jersey|New\s+Mexico|"
    r"New\s+York|North\s+Carolina|North\s+Dakota|Oklahoma|Oregon|Pennsylvania|Rhode\s+Island|"
    r"South\s+Carolina|South\s+Dakota|Tennessee|Vermont|Virginia|Washington|West\s+Virginia|"
    r"Wisconsin|Wyoming")
# A U.S. state after a dateline's city, by its news abbreviation or its name (not Georgia: a
# dateline's "TBILISI, Georgia" is the state of the Caucasus).
US_DATELINE_STATES = US_STATE_NAMES.replace("Georgia|", "")
US_STATE_AFTER = re.compile(
    rf"\s*,\s*(?:(?:{US_STATE_ABBREVIATIONS}|Kans)\.|(?:{US_DATELINE_STATES})\b)")
# A U.S. legislator's or governor's title before a name and the U.S. state after it ("Sens.
# Johnny Isakson of Georgia", "Rep. Dan Glickman of Kansas"): the state is the U.S. one.
US_TITLED_OF = re.compile(
    r"\b(?:(Sens?\.|Reps?\.|Senators?|Congress(?:wo)?man|Representatives?)|Gov\.|Governor)"
    rf"\s+(?:[A-Z][\w'’.-]*\s+){{1,3}}of\s+(?:{US_STATE_NAMES})\b")
# The currencies of one state each, as wire copy counts in them ("10 mln yen", "5 billion
# lire"): a story that names no state counts in its own (`_money_state`).
MONEY_STATES = {"yen": "JPN", "stg": "GBR", "sterling": "GBR", "lire": "ITA", "lira": "ITA",
                "guilders": "NLD", "pesetas": "ESP", "escudos": "PRT", "drachmas": "GRC",
                "schillings": "AUT", "rand": "ZAF", "baht": "THA", "ringgit": "MYS",
                "rupiah": "IDN", "yuan": "CHN", "renminbi": "CHN", "cruzados": "BRA",
                "australs": "ARG", "intis": "PER", "sucres": "ECU", "bolivars": "VEN",
                "zlotys": "POL", "forints": "HUN", "roubles": "SUN", "rubles": "SUN"}
MONEY = re.compile(r"\b(?:mln|million|billion|bln|trillion|\d)\s+(" + "|".join(MONEY_STATES) +
                   r")\b")
# Where official sources are, after their words ("Official sources in the delegations said").
SOURCES_PLACED = re.compile(r"\s+(?:in|at|among|from|close\s+to|with)\s+(?:the\s+)?"
                            r"(?:[a-z]+\s+)?(?:delegations?|talks|meeting|conference|"
                            r"negotiations|industry|trade|market)\b")
# Number words that open a sentence before a name ("Two World Bank review teams ...").
OPENING_NUMBERS = frozenset({"One", "Two", "Three", "Four", "Five", "Six", "Several", "Some",
                             "Many", "Most", "All", "Both"})
QUOTE_S = re.compile(r'(?<=[A-Za-z])"s\b')  # a possessive typed with a double quote
OWNER_BEFORE = re.compile(r"(?<![\w.'’-])[A-Z][\w.'’-]*\Z")  # the word before that quote
# A capitalised name that opens a sentence before its verb ("The State Department renewed",
# "Downing Street defended", "The Finance Ministry has said"): the sentence's subject.
SENTENCE_SUBJECT = re.compile(r"(?:The\s+)?([A-Z][\w'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?"
                              r"[A-Z][\w'’.-]*){0,5})(?:\s+\([A-Z]{2,8}\))?\s+"
                              r"(?:(?:has|had|have|was|is|will|would|could|may|said|told)\b|"
                              r"[a-z]+(?:ed|s)\b)")
# A central bank the story names by its function alone ("the central bank cut ...", "the
# Philippine central bank"): "The bank said" after it, nearer than any named bank, is that one.
CENTRAL_BANK = re.compile(r"(?:[A-Z][\w.'’-]*\s+)*central\s+bank\b(?!['’\w])")
# Who serves whom: "an aide to Stenholm", "advisers to Mr. Obama" speak in the voice of the
# one they serve.
AIDE_TO = re.compile(r"(?:(?:an?|the|one|some|two|three|other)\s+)?(?:(?:senior|close|top|"
                     r"chief|key)\s+)*(?:aides?|advisers?|advisors?)\s+to\s+(.+)",
                     re.IGNORECASE)
# A document named again with no owner ("the report said", "The communique said"): it speaks
# for whom the story gave it to where it named it before (`_document_owner`): in its own
# words ("The bank's 1986 annual report") or as the speaker who spoke in it ("Poland said
# in a statement").
DOCUMENT = re.compile(r"(?:[Tt]he|[Tt]his|[Ii]ts)\s+(?:[a-z][\w-]*\s+){0,3}?"
                      r"(report|statement|communiqu[eé]|review)")
DOCUMENT_CUT = re.compile(r".*(?:[,;:(]|\b(?:said|says|that|and|in|on|to|with|by|as|of)\b)\s*",
                          re.DOTALL)
# A sentence that opens "In a statement ...," (`_document_owner`), and the subject after the
# comma, before its saying verb.
IN_DOCUMENT = re.compile(r"[Ii]n\s+(?:a|an|its|their|his|her)\s+(?:[\w-]+\s+){0,2}\Z")
SUBJECT_AFTER = re.compile(r"[^,.;:\n\"“”]{0,80},\s+((?:[Tt]he\s+)?[^,.;:\n\"“”]{1,60}?)\s+"
                           r"(?:said|says|added|announced|stated|declared)\b")
SPEAKER_CUT = re.compile(r".*(?:[,;:(]|\bthat\b)\s*", re.DOTALL)
SAID_IN = re.compile(r"[ \t]+(?:said|says|added|announced|declared|warned|stated)[ \t]+"
                     r"(?:on[ \t]+\w+[ \t]+)?in[ \t]+(?:an?|its|their)[ \t]+(?:[\w-]+[ \t]+){0,2}")
# An abbreviation the article defines in brackets after a name: "the Asian Development Bank
# (ADB)" (`defined`); and a word of capitals in a phrase that may be one.
# (capitals, and a lower-case letter between two: "(BoE)" for the Bank of England, "(MoD)")
TICKER = re.compile(r"<[A-Z0-9]{1,6}(?:\.[A-Z]{1,3})?>")  # a wire's tag of a firm ("<RAFF.PA>")
DEFINED = re.compile(r"\(([A-Z](?:[a-z]?[A-Z&]){1,7})\)")  # (after a space or tab: `defined`)
DEFINED_REACH = 120  # the longest name read before the brackets
CAPITALS = re.compile(r"(?<![\w&])[A-Z](?:[a-z]?[A-Z&]){1,7}(?![\w&])")
# The words that may stand between a state and its office ("Norway's minority Labour
# government", "the Oslo government"): at most OFFICE_WORDS of them, none of these, and no
# stop but in an abbreviation. "sales to Japan and government officials" names no office of
# Japan's.
OFFICE_WORDS = 4
NOT_OFFICE_WORDS = frozenset({"and", "or", "to", "with", "from", "for", "in", "on", "at", "by",
                              "against", "than", "about", "between", "said", "says", "told",
                              "as", "but", "that", "of", "into", "over", "after", "while"})
WORD_BEFORE = re.compile(r"([\w.'’-]+)[ \t]+\Z")
# What follows a head word and says whose it is: "sources at the Central Bank of the
# Philippines", "officials of Taiwan's Economic Ministry".
POSTMODIFIER = re.compile(r"[ \t]+(?:at|of|in|from|for|with)[ \t]+(?:the[ \t]+)?"
                          r"[A-Z][\w'’.-]*(?:[ \t]+(?:of|the|and|for|[A-Z][\w'’.-]*))*")
# A nameless speaker that only a state has, named with no state: its legislature ("Congress",
# "Congressional officials", "lawmakers", "parliamentarians"), an official statement or
# communique ("A communique broadcast on Saturday said"), a
# prosecutor, official data ("official figures show", "The latest trade figures show": a
# state's statistics and customs offices publish them). It is the article's home state's
# (`ArticleVoices.home`), when the story has one.
STATE_ONLY = re.compile(r"(?:(?i:the|some|several|many|most|two|three|one|an?|other|"
                        r"another)\s+)?"
                        r"(?:(?P<leg>[Cc]ongress|[Ll]awmakers|[Ll]egislators|[Ll]egislature|"
                        r"[Cc]ongressmen|[Ss]enators|[Cc]ongressional|[Pp]arliamentarians|"
                        r"MPs|M\.P\.s|[Dd]eputies|(?:[Cc]ongress|[Pp]arliament(?:ary)?)\s+"
                        r"members?)|(?:special\s+|public\s+|state\s+)?"
                        r"prosecutors?|official\s+statement|government\s+statement|"
                        r"(?:official\s+|joint\s+|government\s+)?communiqu[eé]"
                        r"(?:\s+(?:broadcast|issued|released|published|read))?|"
                        r"(?:(?:[Ll]atest|[Nn]ew|[Pp]reliminary|[Pp]rovisional|[Ff]inal|[Rr]evised)\s+)?"
                        r"(?:[Oo]fficial|[Gg]overnment|[Cc]ustoms|[Tt]rade)\s+"
                        r"(?:figures|statistics|data|reports?|estimates))"
                        r"(?:\s+(?:officials|aides|leaders|staff|investigators|committees?))?")
# "Administration officials", "the Administration": in news written in English a capitalised
# Administration with no leader's name before it is the U.S. government's.
ADMINISTRATION = re.compile(r"(?:(?:the|some|senior|several|many|other|two|three|one|an?)\s+)*"
                            r"Administration(?:\s+(?:officials?|sources?|aides?|spokes(?:man|"
                            r"woman)|policy|strategy))?(?!\S)")
US = "USA"
# A ministry or a minister: the U.S. government has neither (its offices are departments, its
# heads secretaries), so a home or dateline of the United States does not own one ("Credit
# Suisse has been ordered to freeze accounts in a U.S. insider trading scandal, a Justice
# Ministry spokesman said": the Swiss ministry's, which the text does not name).
MINISTRY = re.compile(r"\b[Mm]inist(?:ry|ries|ers?)\b")
# The U.S. executive departments as American news names them, portfolio first ("the Commerce
# Department", "State Department officials"); other states' are ministries, or departments
# "of" a portfolio ("the Department of Trade and Industry").
US_DEPARTMENT = re.compile(
    r"(?:(?:the|a|some|several|two|three|senior)\s+)*(?:Commerce|State|Treasury|Defen[sc]e|"
    r"Agriculture|Labor|Justice|Energy|Interior|Transportation|Education|Health and Human "
    r"Services|Housing and Urban Development|Veterans Affairs|Homeland Security)\s+Department"
    r"(?:\s+(?:officials?|spokes(?:man|woman|person)|sources?|aides?|lawyers?|economists?))?")
# A person's name right after a title ("Secretary| James Baker"): `_named_before` (not
# after an owner's word: "its president Rilwanu Lukman" is OPEC's, whatever his state).
OWNER_WORDS = frozenset({"its", "their", "his", "her"})
NAME_AFTER_TITLE = re.compile(r"(?:[ \t]+(?:[A-Z][a-z'’-]+|[A-Z]\.)){0,3}[ \t]+[A-Z][a-z'’-]+")
# The capitalised name after a title's "of" or "at", to the phrase's end: the body that holds
# the title (`_heads_other`).
BODY_AFTER_TITLE = re.compile(r"\s+(?:of|at)\s+(?:the\s+)?((?:[A-Z][\w&'’.-]*\s*)+)\Z")
# A U.S. legislator's party and state after the name, as American news tags them: "(D-Mass.)",
# ", R-N.J.,", "(R-Kan.)", "D-Okla" (the party's letter, a hyphen, the state's abbreviation).
PARTY_TAG = re.compile(r"(?<![\w-])[RDI]-(?:[A-Z][a-z]{1,4}\.?|[A-Z]\.[A-Z]\.|[A-Z]{2})(?![\w-])")
# Titles that a firm's officers and officials alike hold: alone before a name they do not say
# whose (`_role_alone`).
SHARED_TITLES = frozenset("""chairman chairwoman chair president director executive chief head
    secretary official officer manager commissioner administrator deputy""".split()) | {
    "vice president", "chief executive", "managing director", "executive director",
    "general manager"}
# The capitalised words before an "and" that a title run goes on after ("Tanzania's
# Agriculture and", "Securities and"), in its sentence: `ArticleVoices._and_before`.
AND_TITLE = re.compile(r"(?<![\w'’.-])(?:[A-Z][\w'’.-]*\s+)*[A-Z][\w.-]*\s+and\s+\Z")
# A nameless source that refers back to one named before ("the officials", "one of the
# officials", "the official" after "U.S. defense officials said"): `_named_before` reads it.
REFERS_BACK = re.compile(r"(?i:the|(?:one|some|two|three|several|another)(?:\s+of\s+the)?)"
                         r"(?:\s+[a-z][\w-]*)+\Z")  # (no name between: "the Jacksons spokesman")
# The heads whose other number an earlier mention may have ("the official" after "officials").
NUMBERED_HEADS = {"official": "officials", "officials": "official", "source": "sources",
                  "sources": "source", "diplomat": "diplomats", "diplomats": "diplomat",
                  "spokesman": "spokesmen", "spokesmen": "spokesman"}
# "representatives of member states", "member countries": the states of a body, who speak
# for it (`ArticleVoices._members`).
MEMBERS = re.compile(r"\bmember\s+(?:states|countries|nations|governments)\b", re.IGNORECASE)
NOT_DESCRIBING = frozenset({"with", "for", "to", "at", "on", "in", "from", "after", "before",
                            "here", "there", "by", "about"})
RELATIVE = re.compile(r"\s(?:who|which|that|whose|whom)\s")
# "with three other Seoul government officials", "and two other Finance Ministry officials":
# whoever the appositive is said of is one of them.
OTHERS = re.compile(r"\b(?:with|and|among|like)\s+(?:\w+\s+)?other\s+((?:[\w'’.-]+\s+){0,4}?"
                    r"(?:officials|ministers|delegates|diplomats|negotiators|legislators))\b")
# What stands before a state named as the other side of what the story is about: "its
# trade surplus with the United States", "exports to Japan", "sanctions against Iran".
COUNTERPART = re.compile(r"\b(?:with|to|against)\s+(?:the\s+)?\Z", re.IGNORECASE)
# ("49 U.S. Cts": wire copy's cents)
CURRENCY = re.compile(r"[ \t]+(?:[Dd]ollars?|[Dd]lrs?\b|[Uu]nit\b|[Cc]urrency\b|[Cc]ents\b|"
                      r"[Cc]ts\b)")
# Where a person named in a speaker phrase is, goes or comes from, not whom they serve:
# "Yeutter, in New Zealand for GATT talks,", "Dauster, on his return from London,". The
# place is the capitalised run after the preposition; one that is no place but an office or
# a body ("Smith, at the U.S. Embassy,", "Pantucci, at the Royal United Services
# Institute,") says whom they serve and stays.
WHERE_THEY_ARE = re.compile(
    r",\s*(?:(?:on|after|upon)\s+(?:his|her|their)\s+(?:return|way|arrival)\s+"
    r"(?:from|to|in)|in|at|to|from|visiting)\s+(?:the\s+)?"
    r"((?:[A-Z][\w'’.-]*\s*)+)[^,]*")
# A relative clause in a speaker phrase says what they did ("an AICE official who attended
# the ICO negotiations"), unless its verb says whom they serve ("Smith, who heads the
# Finance Ministry").
DID = re.compile(r"\s(?:who|which|that)\s+(?!(?:is|was|are|were|heads|headed|chairs|chaired|"
                 r"leads|led|runs|ran|represents|represented|works|worked|serves|served|"
                 r"speaks|spoke|directs|directed|manages|managed|sits|belongs|advises|"
                 r"commands|oversees|holds|also|has|had|will|now|currently)\b)")
# The occasion a speaker spoke on, set off by a comma ("Nazer, in an interview with Reuters
# and the television news agency Visnews", "Smith, speaking to reporters at the UN"): whom
# they spoke to or where, not whom they serve.
OCCASION = re.compile(r",\s*(?:(?:in|during)\s+(?:an?|his|her|their|its|the)\s+(?:[\w-]+\s+){0,3}?"
                      r"(?:interview|speech|address|briefing|conference|broadcast|statement)s?|"
                      r"speaking|talking|writing)\b")
# A place a broadcast was heard in, standing alone as the speaker: "A broadcast monitored in
# Nicosia said" (wire services monitor foreign radio from listening posts abroad).
HEARD_WORDS = ("monitored", "heard", "received", "recorded")
HEARD_IN = re.compile(r"\b(?:" + "|".join(HEARD_WORDS) + r")\s+in\s+(?:the\s+)?\Z")
# HEARD_IN read backwards, but for its \b (`_heard_in`): one match at the end, not a search
# from each of thirty characters. Where it matches it does in one way only: the spaces are
# all of a run, "eht" and "ni" are no space and the four words end differently.
HEARD_BACK = re.compile(r"\s+(?:eht\s+)?ni\s+(?:" + "|".join(w[::-1] for w in HEARD_WORDS) + ")")
# An appositive that starts with a verb says what the person did, not what they are.
VERB_FIRST = re.compile(r"\w+(?:ing|ed)\b|(?:who|which|whose|said|says|told)\b")


def dateline_state(text: str, day: dt.date | None, reference: Reference) -> str | None:
    """Return the state of a story's dateline city ("COLOMBO, March 3 -" -> LKA), or None;
    a city the dateline places in a U.S. state is American ("MANCHESTER, N.H. -", "PARIS,
    Texas -")."""
    m = DATELINE.match(text)
    if m is None:
        return None
    if US_STATE_AFTER.match(text, m.end(1)) is not None:
        return US
    city = m.group(1).strip().title()
    ref = reference.state_of(city, day)
    return ref.code if ref is not None else None


def _heard_in(text: str, start: int) -> bool:
    """Whether HEARD_IN ends at `start`, searched over the 30 characters before it. (Cheap
    tests first: it ends in a space, as str.isspace and the expression's \\s read one, and it
    holds "in". Then HEARD_BACK at the start of those characters reversed, and its \\b read
    in the text: the word before "in" is a letter's, so \\b stands before it where no word
    character, alphanumeric or "_", does.)"""
    lo = max(0, start - 30)
    if not (start > lo and text[start - 1].isspace() and text.rfind("in", lo, start) >= 0):
        return False
    m = HEARD_BACK.match(text[lo:start][::-1])
    if m is None:
        return False
    first = start - m.end()  # where the word before "in" starts
    return first == 0 or not (text[first - 1].isalnum() or text[first - 1] == "_")


def _speaks(found: Affiliation | None) -> bool:
    """Whether an affiliation decides: a state or body, or a voice that is no state's."""
    return found is not None and (found.code is not None or found.voice not in STATE_VOICES)


class ArticleVoices:
    """The voices of one article's speakers; remembers each person's first full mention."""

    def __init__(self, text: str, day: dt.date | None, book: VoiceBook) -> None:
        self.text = text
        self.day = day
        self.book = book
        self.reference = reference = book.reference
        self.codes = book.codes
        self.dateline = dateline_state(text, day, reference)
        self._home: list[str | None] = []  # the article's home state, once worked out
        self._firm: list[bool] = []  # whether that home is firm (`firm_home`), likewise
        self._holders: set[str] = set()  # states of office holders named with no state
        self.fixed: dict[str, Voice] = {}  # surname -> the voice of the first full mention
        self._full: dict[str, tuple[Voice | None, str | None]] = {}  # _first_full, once a name
        self._backwards = ""  # the text reversed, made on first use (`backwards`)
        # the text in lower case where `whole_words` may read it (else None), on first use
        self._lowered: tuple[bytes | None] | None = None
        self._firms: dict[str, str] | None = None  # first word -> company name, on first use
        self._no_firm: set[str] = set()  # names that start no company's name in the text
        self._named: frozenset[str] | None = None  # codes the article names, on first use
        self._counted: dict[str, int] | None = None  # `_counts`, on first use
        self._opening: frozenset[str] = frozenset()  # (`_counts`)
        self._places: dict[str, int] = {}  # the same of towns and regions (`_counts`)
        self._runs: list[tuple[int, int, str]] | None = None  # `runs`, on first use
        self._brackets: dict[str, int] | None = None  # abbreviation -> its bracket's place
        self._defined: dict[str, str | None] = {}  # `defined`, once an abbreviation
        # phrase -> `_affiliation(phrase)`, once read: a function of the article and the
        # phrase alone (its dateline, home state and company names are the article's).
        self._readings: dict[str, Affiliation | None] = {}
        self._surnames: dict[str, int | None] = {}  # `_surname_from`, once a word

    @property
    def backwards(self) -> str:
        """The article's text reversed, for `firms` (made in the few articles that scan for
        company names)."""
        if not self._backwards and self.text:
            self._backwards = self.text[::-1]
        return self._backwards

    def of(self, speaker: Speaker) -> Voice:
        """Return the voice of a speaker read from its own words (not a pronoun)."""
        phrase = speaker.mention
        if not phrase:
            return UNKNOWN_VOICE
        if '"s' in phrase:  # 'Ecuador"s deputy energy minister': a possessive mistyped
            phrase = QUOTE_S.sub("'s", phrase)
        elif phrase[:2] == "s " and speaker.span is not None and \
                self.text.endswith('"', 0, speaker.span[0]) and \
                (quoted := OWNER_BEFORE.search(self.text, max(0, speaker.span[0] - 40),
                                               speaker.span[0] - 1)) is not None:
            phrase = f"{quoted.group()}'{phrase}"  # (the phrase read from after the quote)
        if speaker.span is not None and _heard_in(self.text, speaker.span[0]):
            return UNKNOWN_VOICE  # "a broadcast monitored in Nicosia said": where it was heard
        if phrase[:9] in ("official ", "Official ") and speaker.span is not None and \
                SOURCES_PLACED.match(self.text, speaker.span[1]) is not None:
            return Voice(None, "unnamed", "official sources placed among others")  # "Official
            # sources in the delegations said": whose, the text does not say
        if phrase[:4] in ("its ", "Its ") and speaker.span is not None and \
                (owner := self._its_owner(speaker.span[0])) is not None:
            phrase = f"{owner} {phrase[4:]}"  # "OPEC has ..., its president Rilwanu Lukman"
        elif "ember" in phrase and speaker.span is not None and \
                ORGAN_MEMBER.match(phrase) is not None and \
                (owner := self._organ_owner(speaker.span[0])) is not None:
            phrase = f"{owner} {phrase}"  # "a top Bundesbank official ... Board member X"
        elif phrase[0] in "bfacodmTtBFACODM" and speaker.span is not None and \
                (head := BODY_HEAD.match(phrase) or BODY_BACK.fullmatch(phrase)) is not None and \
                (owner := self._head_owner(head.group(1).lower(), speaker.span[0])) is not None:
            phrase = f"{owner} {phrase[head.end():]}".rstrip()  # "bank president X", "the bank"
        if speaker.span is not None and " the " in phrase and \
                (kept := FOR_THE_HEAD.fullmatch(phrase)) is not None and \
                (owner := self._head_owner(kept.group(2).lower(), speaker.span[0])) is not None:
            phrase = f"{kept.group(1)}{owner}"  # "a spokesman for the bank" after "The Swiss
            # National Bank bought dollars": that bank's
        elif speaker.span is not None and " the " in phrase and \
                (inside := BODY_INSIDE.search(phrase)) is not None and \
                (owner := self._head_owner(inside.group(1).lower(), speaker.span[0])) is not None:
            # "head of division of the Commission's Directorate General for Agriculture"
            # after "the European Community Commission": that body's
            phrase = f"{phrase[:inside.start()]} {owner}{phrase[inside.end(1):]}"
        if "(" in self.text and CAPITALS.search(phrase) is not None:
            phrase = CAPITALS.sub(lambda m: self.defined(m.group()) or m.group(), phrase)
        if speaker.span is not None and (document := DOCUMENT.fullmatch(phrase)) is not None \
                and (owner_voice := self._typed_owner(phrase) or self._document_owner(
                    document.group(1), speaker.span[0])) is not None:
            return owner_voice
        if speaker.span is not None and "to " in phrase and \
                (aide := AIDE_TO.fullmatch(speaker.mention or "")) is not None:
            at = speaker.span[0] + aide.start(1)  # (the mention as written at the span)
            served = self.of(Speaker(aide.group(1), None, None, UNKNOWN, aide.group(1),
                                     (at, at + len(aide.group(1)))))
            if served.code is not None:  # "an aide to Agriculture Secretary Richard Lyng"
                return Voice(served.code, served.capacity, f"an aide to: {served.rule}")
        found = self._affiliation(_own_words(phrase, self.reference))
        if found is not None and found.code is not None and speaker.span is not None and \
                found.evidence and all(
                    e.what == "state" and " " not in e.text and
                    (surname_at := self._surname_from(e.text)) is not None and
                    surname_at <= speaker.span[0] for e in found.evidence):
            found = None  # "Carlos Lima said ... Lima said", "Michael German ... AGA's
            # German": a person's name, not Peru's or Germany's
        if found is not None and found.code is None and found.voice in STATE_VOICES and \
                speaker.span is not None and self.dateline is None and \
                speaker.span[0] < self._lede_end() and _home_role(phrase) and \
                self.home() is None and (lede := self._lede_subject()) is not None:
            # "France today repaid 21.95 billion francs ..., the Finance Ministry said": in the
            # story's first sentence, a state's office named with no state is the state that
            # opens the sentence, where the story as a whole names no home
            again = self._read_phrase(_own_words(phrase, self.reference), lede)
            if again is not None and again.code is not None:
                found = again
        if found is not None and found.code is not None and \
                phrase.partition(" ")[0] in BLOC_OPENINGS and self._placed_only(found):
            # "Western diplomatic and official sources in Khartoum": a group of a region,
            # where it is, is no state's
            return Voice(None, "unnamed", "a region's group, named where it is")
        if speaker.span is not None and self.text.endswith(" and ", 0, speaker.span[0]):
            found = self._and_before(speaker.span, found)
        if found is not None and found.person is not None and \
                (fuller := self._fuller_name(found)) is not None:
            # "Trade Minister Saleh" after "Trade Minister Rachmat Saleh": not Ali Abdullah
            # Saleh, whom the surname alone found; the article's fuller name is who it is
            found = self._affiliation(_own_words(phrase.replace(fuller[0], fuller[1], 1),
                                                 self.reference))
        words = found if found is not None and any(e.what != "person" for e in found.evidence) \
            else None  # what the phrase says beside a name
        if words is not None and words.person is not None and words.code is not None and \
                _undated(words.person, self.day) and self._stranger(words):
            # "Congressman John Smith" in a story that never names Kiribati is not the
            # Kiribati notable of that name, whom the reference gives no dated role: the
            # title alone speaks
            words = found = Affiliation(None, words.voice, "a title before the name of a "
                                        "person of a state the story never names", tuple(
                                            e for e in words.evidence if e.what != "person"))
        name = _bare(speaker.name)
        key = _surname(name) if name and name != phrase.strip() \
            or name and _is_name(phrase) else None
        # A firm's title alone ("chairman John Shad", cut from its "Securities and Exchange
        # Commission") decides only if the name's first full mention names no state or body.
        deferred = words is not None and key is not None and words.code is None and \
            _speaks(words) and _role_alone(words) and \
            not any(e.text in (name or "") for e in words.evidence)  # ("Munich Re": a firm)
        if key is None and speaker.span is not None and "arty " in phrase and \
                (words is None or words.code is None) and \
                PARTY_STAFF.search(phrase) is not None and \
                (ruling := self._ruling_party(speaker.span[0])) is not None:
            return ruling  # "a senior party official" after "Japan's ruling Liberal
            # Democratic Party": the governing party's
        if words is not None and _speaks(words) and not deferred:
            if words.voice == "private" and words.code is None and key is not None and \
                    FORMER.search(phrase) is not None and \
                    (now := self._holder_now(self._full_mention(key)[1])) is not None:
                return self._keep(key, now)  # "Watanabe, a former Minister ...": the office
                # the reference gives the article's full name on the date
            if words.code is not None and ", " in phrase and \
                    not any(e.what == "role" for e in words.evidence) and _stated(words) and \
                    (body := self._body_office(phrase.split(", ", 1)[1])) is not None:
                return self._keep(key, body)  # "Belgian Willy de Clercq, EC Commissioner"
            if words.code is not None and key is not None and not _stated(words):
                # a title read with the home state ("Energy Minister Javier Espinosa"): a
                # mention that names the person's state itself ("Espinosa of Ecuador") wins
                full = self._full_mention(key)[0]
                if full is not None and full.code is not None and full.code != words.code:
                    return self._keep(key, full)
            if words.voice == "unnamed" and words.code is None and key is None and \
                    (back := self._referred_back(speaker, definite=False)) is not None:
                return back  # "the officials" after "U.S. defense officials said"
            if words.code is not None and key is None and phrase[:4] in ("the ", "The ") and \
                    self.dateline is None and words.code == self._home_code() and \
                    (back := self._named_before(speaker)) is not None and \
                    back.code != words.code and (own := self._read_phrase(
                        _own_words(phrase, self.reference), None)) is not None and \
                    own.code is None:
                # "the ministry source" after "a Venezuelan energy and mines ministry
                # source" in a story from Ecuador: the one named before, not the home's
                return back
            if words.code is None and words.voice == "unnamed" and speaker.span is not None \
                    and "spokes" in phrase and \
                    (office := self._sentence_office(speaker.span[0])) is not None:
                return self._keep(key, office)  # "The State Department renewed its warning
                # ... what spokeswoman Phyllis Oakley called ...": the department's
            return self._keep(key, Voice(words.code, words.voice, words.rule))
        if key is not None:
            if key in self.fixed:
                return self.fixed[key]
            full, full_name = self._full_mention(key)
            if full is not None and (not deferred or full.code is not None):
                return self._keep(key, full)
            if deferred and words is not None:
                return self._keep(key, Voice(words.code, words.voice, words.rule))
            if words is not None and (heads := _heads_other(phrase, words)) is not None:
                # the same said in the speaker's own phrase (the first full mention's
                # appositive may run on: "Jim Miller, president of NAWG said"); a later
                # "Miller" is the same person
                return self.fixed.setdefault(key, Voice(None, "business", f"a title of "
                                             f"'{heads}', a body the reference does not know"))
            if full_name is not None:  # the article's fuller name decides who it is
                named = self._read_phrase(full_name, None)
                found = named if named is not None and named.person is not None else None
        if found is not None and found.person is not None and found.code is not None \
                and not self._stranger(found):
            return self._keep(key, Voice(found.code, found.voice, found.rule))
        if speaker.actor is not None and speaker.actor in self.codes and \
                speaker.actor not in self.book.added and not (
                words is not None and words.code is None and POSTED.search(phrase)) and \
                not (found is None and names_event(phrase, self.reference)):
            # (not the place of a mission's posting the matcher read as an actor: "an
            # embassy official in Washington" is not the U.S. government's; nor a capital
            # that names an accord: "the Paris accord partners")
            if speaker.voice == PUBLIC:
                return Voice(None, "private" if speaker.name else "unnamed",
                             f"the public of configured actor '{speaker.actor}'")
            configured = self.configured(speaker.actor)
            capacity = words.voice if words is not None else configured.capacity
            return self._keep(key, Voice(configured.code, capacity, configured.rule))
        if (words is None or words.code is None) and key is None and "ember" in phrase:
            members = self._members(phrase)
            if members is not None:
                return members
        if words is not None and words.code is None and words.voice == "gov" and \
                key is None and speaker.span is not None and "spokes" in phrase and \
                (portfolio := PORTFOLIO_WORD.search(phrase)) is not None and \
                (office := self._sentence_office(
                    speaker.span[0], (portfolio.group(1) or portfolio.group(2)).capitalize())) \
                is not None:
            return office  # "Treasury Secretary James Baker has cancelled a trip ..., a
            # Treasury spokesman said": the office its holder, the sentence's subject, holds
        if words is not None and words.voice in STATE_VOICES:
            back = self._named_before(speaker)
            if back is not None:
                return back
        if words is not None:
            return Voice(None, words.voice, words.rule)
        if key is None and found is None and \
                (back := self._referred_back(speaker, definite=True)) is not None:
            return back  # "the high command" after "Chad's military high command said"
        # Legislators the reference reads as no one's ("parliamentarians", "MPs"): the home
        # state's legislature.
        only = self._state_only(phrase.split(",")[0].strip())
        return only if only is not None and only.capacity == "leg" else UNKNOWN_VOICE

    def _surname_from(self, word: str) -> int | None:
        """Where a one-word name the reference knows (a capital, a state's adjective) first
        stands after a given name, from which place on it is a person's surname
        (`runs.first_after_given_name`), else None; once a word."""
        if word not in self._surnames:
            self._surnames[word] = first_after_given_name(self.text, word, self.book)
        return self._surnames[word]

    def _placed_only(self, found: Affiliation) -> bool:
        """Whether every state `found` read is named by a place in it (a capital, "in
        Khartoum"), none by its name or adjective."""
        states = [e for e in found.evidence if e.what == "state"]
        return self.reference.kind_of(found.code or "") in STATE_KINDS and bool(states) and all(
            (ref := self.reference.lookup(e.text)) is not None and
            ref.via not in ("name", "adjective") for e in states)

    def _ruling_party(self, start: int) -> Voice | None:
        """The state whose ruling party the story named last before `start`, within
        BODY_REACH characters ("Japan's ruling Liberal Democratic Party"), as the
        government's voice; else None."""
        found = list(RULING_PARTY.finditer(self.text, max(0, start - BODY_REACH), start))
        if not found:
            return None
        last = found[-1]
        code = self._state_named(last.group(1), ("name", "adjective")) if last.group(1) \
            else None
        if code is not None:
            return Voice(code, "gov", f"an official of '{last.group()}', named before")
        # "The ruling Liberal Democratic Party has drawn up ..., a senior party official
        # said" in a story of Japan's: the home state's ruling party
        home = self.home() if self.dateline is None else self.dateline
        if home is None:
            return None
        return Voice(home, "gov", f"an official of '{last.group()}', named before, in a story "
                     f"of {home}")

    def _its_owner(self, start: int) -> str | None:
        """The state or body that "its" before a title at `start` stands for: the name that
        opens its sentence ("OPEC has reaffirmed ..., its president Rilwanu Lukman said",
        "The EC Commission said its ..."), when the reference knows it; else None (a firm,
        "Toshiba said its president ...", stays unread)."""
        stop = self.text.rfind(". ", 0, start)
        opening = max(stop + 2 if stop >= 0 else 0, self.text.rfind("\n", 0, start) + 1)
        m = CAPITALISED_RUN.search(self.text, opening, start)
        if m is None or m.start() != opening:
            return None
        run = m.group().removeprefix("The ")
        for name in (run, run.split()[0]):
            ref = self.reference.lookup(name, self.day)
            if ref is not None and (ref.kind == "body" or ref.kind in STATE_KINDS and
                                    ref.via in HOME_VIA):
                return name
        return None

    def _organ_owner(self, start: int) -> str | None:
        """The central bank or body whose board or council a member named at `start` sits on
        ("Board member Leonhard Gleske" after "a top Bundesbank official said"): the last
        one the article names in the ORGAN_REACH characters before, if any; else None."""
        owner = None
        for run_start, run_end, run in self.runs():
            if run_end > start:
                break
            if run_start < start - ORGAN_REACH:
                continue
            name = run.removeprefix("The ").removeprefix("the ")
            ref = self.reference.lookup(name, self.day)
            if ref is not None and (ref.kind == "body" or ref.via in ("central_bank",
                                                                       "institution")):
                owner = name
        return owner

    def _agency_before(self, start: int) -> tuple[str | None, int]:
        """("the agency" with no agency named before) the last name before `start`, in the
        BODY_REACH characters before, of a state's agency or medium or of a body the
        reference knows ("the Securities and Exchange Commission ... the agency said",
        "Xinhua ... the agency said"), with where it stands; (None, 0) when a company is named
        after it ("Standard and Poor's Corp ... the agency": a rating agency, a firm's)."""
        if self._whole_words("agency", start):
            return None, 0  # ("the official Tanjug news agency ... the agency": `_named_before`)
        owner, at = None, 0
        last = (0, -1, "")  # the run before, joined to this one by "and", "of" ...
        for run_start, run_end, run in self.runs():
            if run_end > start:
                break
            joined = self.text[last[1]:run_start] in JOINERS
            last = (last[0], run_end, f"{last[2]}{self.text[last[1]:run_start]}{run}") \
                if joined else (run_start, run_end, run)
            if run_start < start - BODY_REACH:
                continue
            if FIRM_END.search(run) is not None:
                owner, at = None, 0
                continue
            for begin, name in ((last[0], last[2]), (run_start, run)) if joined else \
                    ((run_start, run),):
                name = name.removeprefix("The ")
                ref = self.reference.lookup(name, self.day)
                if ref is not None and (ref.kind == "body" or ref.kind in STATE_KINDS and ref.via
                                        in ("institution", "state_media", "broadcaster")):
                    owner, at = name, begin
                    break
        return owner, at

    def _head_owner(self, head: str, start: int) -> str | None:
        """The body that a head noun in lower case before a title at `start` stands for
        ("the Asian Development Bank (ADB) will ..., bank president Masao Fujioka"; "The
        bank said"): the last name the article gives in the BODY_REACH characters before with
        that head ("... Bank", "Central Bank of ..."), when the reference knows it as a body
        or a state's central bank or institution; else None ("Chase Manhattan Bank" and
        "Citibank", firms, are no one's).
        """
        low = head
        head = head.capitalize()
        owner = None
        at = 0
        for run_start, run_end, run in self.runs():
            if run_end > start:
                break
            if run_start < start - BODY_REACH or low not in run.lower() or \
                    run.removeprefix("The ") == head:  # ("the Bank" names it again)
                continue
            if run.split(" ", 1)[0] in OPENING_NUMBERS:
                run = run.split(" ", 1)[1]  # "Two World Bank review teams ...": the bank's
            words = run.split()  # the last name with the head in it ("Citibank" is a firm's)
            owner = run.removeprefix("The ") if len(words) > 1 and head in words and (
                words[-1] == head or words[words.index(head) + 1] == "of") else None
            if owner is not None:
                at = run_start
        # named in the story's lede or in this paragraph or the one before ("the Halifax"
        # story that named the Bank of England three paragraphs up: "The bank" is Halifax)
        lede = self.text.find("\n", 1)
        here = self.text.rfind("\n", 0, start)  # (past the blank lines between paragraphs)
        while here > 0 and self.text[here - 1] == "\n":
            here -= 1
        paragraph = self.text.rfind("\n", 0, here)
        if low == "bank":
            unnamed = None  # the last "central bank" named by its function before, if nearer
            for found in CENTRAL_BANK.finditer(self.text, max(at, paragraph, 0), start):
                unnamed = found
            if unnamed is not None and unnamed.start() >= at:
                return unnamed.group()
        if owner is None and low == "agency":
            owner, at = self._agency_before(start)
        if owner is None:
            return None
        if not (0 <= at < lede or at > paragraph):
            return None
        ref = self.reference.lookup(owner, self.day)
        if ref is not None and ref.kind in STATE_KINDS and \
                (owned := POSSESSOR_BEFORE.search(self.text, max(0, at - 60), at)) is not None:
            # "Japan's governmental Export-Import Bank": the possessor's, not the U.S. bank
            # of that name
            whole = f"{owned.group()}{owner}"
            read = self._affiliation(whole)
            return whole if read is not None and read.code is not None and \
                read.voice == "gov" else None
        if ref is None and " of " in owner and (base := self.reference.lookup(
                owner.partition(" of ")[0], self.day)) is not None and \
                base.kind in STATE_KINDS and base.via in INSTITUTIONS:
            # "The Export-Import Bank of Japan": a state's institution named with another
            # state (`affiliation` reads it as that state's)
            read = self._affiliation(owner)
            return owner if read is not None and read.code is not None and \
                read.voice == "gov" else None
        if ref is None and (low in AGENCY_HEADS or low == "agency") and \
                (owned := GOVERNMENT_OWNED.search(self.text, max(0, at - 80), at)) is not None:
            # "the government's Management and Coordination Agency said ... an agency
            # official said": the government's agency, the home state's
            whole = f"the government's {owned.group(1)}{owner}"
            read = self._affiliation(whole)
            if read is not None and read.code is not None and read.voice == "gov":
                return whole
        if ref is None and ("'s " in owner or "’s " in owner or low in STATE_OFFICE_HEADS or
                            owner.lower().endswith("central bank")):
            # "Nigeria's Central Bank", "the Japanese Agriculture Ministry": a state's office
            # the reference names with the state; "the Central Bank" read as the story's
            read = self._affiliation(owner)
            return owner if read is not None and read.code is not None and \
                read.voice == "gov" and (low in AGENCY_HEADS or any(
                    e.what == "role" and low in e.text.lower() for e in read.evidence)) \
                else None
        return owner if ref is not None and (ref.kind == "body" or ref.via in (
            "central_bank", "institution")) else None

    def _typed_owner(self, phrase: str) -> Voice | None:
        """A document whose words before its noun name, capitalised, a body or state the
        reference knows ("The world bank report", typed in lower case): its voice; else
        None."""
        words = phrase.split()[1:-1]
        if not words:
            return None
        found = self._read_phrase(" ".join(w.capitalize() for w in words), None)
        if found is None or found.code is None or found.voice not in ("gov", "igo") or \
                not any(e.what in ("state", "institution") for e in found.evidence):
            return None
        return Voice(found.code, found.voice, f"the document's own words: {found.rule}")

    def _document_owner(self, noun: str, start: int) -> Voice | None:
        """The voice of a document named again at `start` with no owner ("the report"):
        that of the nearest earlier mention of the same noun that names whose it is; else
        None (a report no one's, or a firm's, stays unread)."""
        for hit_start, hit_end in reversed(self._whole_words(noun, start)[-4:]):
            if self.text[hit_start].isupper() and \
                    OWNER_BEFORE.search(self.text, max(0, hit_start - 40), hit_start - 1) \
                    is not None and self.text[hit_start - 1] == " ":
                continue  # "the economic monthly, The Peru Report": a title's word, no document
            line = self._sentence_start(hit_start)
            before = DOCUMENT_CUT.match(self.text, line, hit_start)
            spans = [(before.end() if before is not None else line, hit_end)]
            if IN_DOCUMENT.match(self.text, line, hit_start) is not None and \
                    (after := SUBJECT_AFTER.match(self.text, hit_end)) is not None:
                # "In a statement issued late last night, the central bank said ...": the
                # subject after the comma issued it
                spans.append(after.span(1))
            said = SAID_IN.search(self.text, line, hit_start)
            if said is not None and said.end() == hit_start:
                cut = SPEAKER_CUT.match(self.text, line, said.start())
                spans.append((cut.end() if cut is not None else line, said.start()))
            for span in spans:
                mention = self.text[span[0]:span[1]]
                if not mention or DOCUMENT.fullmatch(mention) is not None:
                    continue
                voice = self.of(Speaker(None, None, None, UNKNOWN, mention, span))
                if voice.code is not None:
                    return Voice(voice.code, voice.capacity,
                                 f"the {noun} named before: {voice.rule}")
        return None

    def _whole_words(self, word: str, stop: int) -> list[tuple[int, int]]:
        """`runs.whole_words` of the article before `stop`, with its text in lower case made
        once (on first use)."""
        if self._lowered is None:
            self._lowered = (lowered_text(self.text),)
        return whole_words(self.text, self._lowered[0], word, stop)

    def _sentence_start(self, at: int) -> int:
        """The start of the sentence `at` is in: after the last line break or stop that ends
        a sentence (not the stop of "U.S." or "Mr.": `ends_sentence`)."""
        line = self.text.rfind("\n", 0, at) + 1
        stop = self.text.rfind(". ", line, at)
        while stop >= 0 and not ends_sentence(
                self.text[self.text.rfind(" ", line, stop) + 1:stop + 1], self.book):
            stop = self.text.rfind(". ", line, stop)
        return stop + 2 if stop >= 0 else line

    def defined(self, short: str) -> str | None:
        """The name the article defines the abbreviation `short` for in brackets after it
        ("the Asian Development Bank (ADB)", "the Iraqi News Agency (INA)"), when the
        reference knows the name and the abbreviation's letters are its capitals in order;
        else None. The brackets are found once, a name on first use."""
        if self._brackets is None:
            self._brackets = {}
            for m in DEFINED.finditer(self.text):
                if self.text[m.start() - 1:m.start()] in (" ", "\t"):
                    self._brackets.setdefault(m.group(1), m.start() - 1)
        if short in self._defined:
            return self._defined[short]
        name = None
        at = self._brackets.get(short)
        if at is not None:
            reach = at - DEFINED_REACH
            lo = max(self.text.rfind("\n", 0, at) + 1,
                     self.text.find(" ", reach) if reach > 0 else 0)
            for m in CAPITALISED_RUN.finditer(self.text, lo, at):
                if m.end() == at:
                    name = m.group().removeprefix("The ")
            letters = "".join(c for c in short if c.isupper())  # ("BoE": B, E)
            capitals = iter(c for c in name or "" if c.isupper())
            if name is None or letters[0] != name[0] or not all(c in capitals for c in letters) \
                    or self.reference.lookup(name, self.day) is None:
                name = None
        self._defined[short] = name
        return name

    def _referred_back(self, speaker: Speaker, definite: bool) -> Voice | None:
        """A nameless phrase that refers back (REFERS_BACK: "one of the officials", or with
        `definite` only "the ..."): the voice of the same head named before, else None."""
        phrase = speaker.mention or ""
        if REFERS_BACK.match(phrase) is None or definite and phrase[:4].lower() != "the ":
            return None
        return self._named_before(speaker)

    def _and_before(self, span: tuple[int, int], found: Affiliation | None) -> \
            Affiliation | None:
        """A title whose phrase was cut at an "and" inside it ("Tanzania's Agriculture and |
        Livestock Development Minister Paul Bomani", "Securities and | Exchange Commission
        chairman John Shad"): the reading of the whole title when it names a state or body
        and the cut phrase names a role but none. Else `found`."""
        if found is None or not (found.voice in STATE_VOICES or _role_alone(found)) or any(
                e.what in ("state", "institution") for e in found.evidence) or not any(
                e.what == "role" for e in found.evidence):
            return found  # (a firm's words, "Swiss Re and | Munich Re", are not read)
        m = AND_TITLE.search(self.text, max(0, span[0] - 60), span[0])
        if m is None:
            return found
        whole = self._affiliation(self.text[m.start():span[1]])
        return whole if whole is not None and whole.code is not None else found

    def _members(self, phrase: str) -> Voice | None:
        """"representatives of member states" named with no body, in a story that names the
        offices of one body and of no state ("the EC executive commission", "EC foreign
        ministers"): the member states of that body, who speak for it (igo)."""
        if MEMBERS.search(phrase) is None:
            return None
        governments = self.governments()
        if len(governments) != 1:
            return None
        (code,) = governments
        if self.reference.kind_of(code) in STATE_KINDS:
            return None
        return Voice(code, "igo", f"the member states of {code}, the body the story names")

    def _stranger(self, found: Affiliation) -> bool:
        """Whether a person the reference found by a name, with no state or institution named
        beside it (a title alone does not say whose), serves a state or body the article never
        names: "Cooper said" or "Labor Secretary Thomas Perez" in a story that never names
        Britain or South Sudan is not that state's minister of the day. A story names whom an
        office holder serves at least once, unless they are a leader that news calls by
        surname ("Obama", "President Reagan": `known_by_surname`)."""
        if any(e.what in ("state", "institution") for e in found.evidence) or \
                found.code is None or found.person is None or \
                known_by_surname(found.person) or any(
                    e.what == "role" and (e.text.lower() + " ").startswith(LEADER_TITLES)
                    for e in found.evidence):
            return False  # ("Prime Minister Brian Mulroney": a leader's title in the text)
        if self.day is not None and any(
                e.what == "person" and " " in e.text.strip() for e in found.evidence) and any(
                e.what == "role" for e in found.evidence) and any(
                role.cameo == "CUR" and role.code == found.code and
                (role.start is None or role.start <= self.day) and
                (role.end is None or self.day <= role.end) for role in found.person.roles):
            return False  # an office holder of our own table on the day, named in full
            # with a title ("Department of Agriculture Undersecretary Daniel Amstutz" in a
            # story that never says "U.S."; not "Hernandez" alone, nor "Peter Walsh said")
        return found.code not in self.named_codes()

    def runs(self) -> list[tuple[int, int, str]]:
        """The article's capitalised runs (`CAPITALISED_RUN`: "Sri Lanka", "Bank of Italy"),
        as (start, end, words), found once for the reads of the states it names."""
        if self._runs is None:
            self._runs = [(m.start(), m.end(), m.group())
                          for m in CAPITALISED_RUN.finditer(self.text)]
        return self._runs

    def named_codes(self) -> frozenset[str]:
        """The codes of the states (as on the article's date) and bodies the article names
        by a name, adjective, capital, seat, central bank or state medium."""
        if self._named is None:
            codes = set()
            for _, _, run in self.runs():
                for phrase in (run, run.split()[0]) if " " in run else (run,):
                    ref = self.reference.lookup(phrase)
                    if ref is not None and (ref.kind == "body" or ref.kind in STATE_KINDS
                                            and ref.via in HOME_VIA):
                        codes.add(ref.code if self.day is None or ref.kind == "body"
                                  else self.reference.code_on(ref.code, self.day))
            self._named = frozenset(codes)
        return self._named

    def _read_phrase(self, phrase: str, default: str | None) -> Affiliation | None:
        return self.book.read(phrase, self.day, default)

    def _affiliation(self, phrase: str) -> Affiliation | None:
        """Read a phrase; a state's role named with no state is the dateline's state, or
        else the article's home state (a domestic story need not name its country). A
        state's adjective written in lower case, as copy typed without capitals has it
        ("german officials", "the west german embassy"), is read as the adjective."""
        readings = self._readings
        if phrase in readings:
            return readings[phrase]
        found = readings[phrase] = self._read(phrase)
        return found

    def _read(self, phrase: str) -> Affiliation | None:
        """`_affiliation` worked out (once a phrase and article)."""
        dateline = self.dateline
        if dateline == US and _ministry(phrase):
            dateline = None  # (no U.S. ministry)
        found = self._read_phrase(phrase, dateline)
        if (found is None or found.code is None) and "-" in phrase and \
                (tag := PARTY_TAG.search(phrase)) is not None:
            # "Rep. Edward Markey, D-Mass", "Pat Roberts (R-Kan.)": a U.S. legislator
            return Affiliation(US, "leg", f"'{tag.group()}' tags a U.S. legislator's party and "
                               "state", (Evidence(tag.group(), tag.start(), tag.end(), "role"),))
        if " of " in phrase and (titled := US_TITLED_OF.search(phrase)) is not None and (
                found is None or found.code != US or
                found.voice != ("leg" if titled.group(1) else "gov")):
            # "Sens. Johnny Isakson of Georgia": a U.S. state's legislator or governor
            return Affiliation(US, "leg" if titled.group(1) else "gov",
                               f"'{titled.group()}' names a U.S. state's legislator or governor",
                               (Evidence(titled.group(), titled.start(), titled.end(), "role"),))
        if (found is None or found.code is None) and "." in phrase and \
                (titled := US_STATE_TITLE.search(phrase)) is not None:
            # "N.J. Rep. Mathew Rinaldo", "Calif. Sen. Alan Cranston": a U.S. state's
            # abbreviation before a legislator's or governor's title
            return Affiliation(US, "gov" if titled.group(1) == "Gov" else "leg",
                               f"'{titled.group()}' titles a U.S. state's "
                               "legislator or governor",
                               (Evidence(titled.group(), titled.start(), titled.end(), "role"),))
        if (found is None or found.code is None) and (cased := self._recased(phrase)):
            again = self._read_phrase(cased, dateline)
            if again is not None and again.code is not None:
                found = again
        if (found is None or found.code is None) and " " in phrase and \
                (fuller := self._fuller(phrase)) is not None:
            again = self._read_phrase(fuller, dateline)
            if again is not None and again.code is not None:
                found = again
        if found is not None and found.code is None and found.voice in ("gov", "unnamed") \
                and (portfolio := PORTFOLIO_WORD.search(phrase)) is not None and \
                (office := self._portfolio_office(
                    (portfolio.group(1) or portfolio.group(2)).capitalize())) is not None:
            # "Undersecretary of Commerce Bruce Smart", "Commerce officials" after "The
            # Commerce Department said": the office of that portfolio the story named
            word = (portfolio.group(1) or portfolio.group(2)).capitalize()
            return Affiliation(office.code, "gov", f"'{word}' is the portfolio of "
                               f"{office.rule}", found.evidence)
        if found is not None and found.code is not None:
            firm = self._firm_place(found, phrase)
            if firm is not None:
                return Affiliation(None, "business", f"'{firm}' names a company in this article",
                                   found.evidence, None)
        if found is not None and found.code is None and found.voice in STATE_VOICES \
                and self.dateline is None and _home_role(phrase) \
                and not PLACE_AFTER.search(phrase) and (home := self.home()) is not None \
                and not self._held_by_other(phrase, home):
            if home == US and _ministry(phrase):
                # no U.S. ministry: the one other state the story's first
                # paragraph names ("U.S. Agriculture Secretary Richard Lyng has asked Japan to
                # open its farm market ..., an Agriculture Ministry official told reporters")
                self._counts()
                others = self._opening - {US}
                home = next(iter(others)) if len(others) == 1 else None
            if home is not None:
                found = self._read_phrase(phrase, home)
        named = PARTY_NAME.match(phrase) if found is not None and found.voice in (
            "unnamed", "leg") and found.code is None and found.person is None else None
        if named is not None and named.group(1) in PARTY_STATES:
            voice = "leg" if found is not None and found.voice == "leg" else "opp"  # (an MP)
            return Affiliation(PARTY_STATES[named.group(1)], voice, f"'{named.group(1)}' is "
                               "one state's party", found.evidence if found else ())
        if found is not None and found.code is None and found.person is None and \
                found.voice in PARTY_VOICES and ("arty" in phrase and PARTY.search(
                    phrase) is not None and RULING.search(phrase) is None or
                    named is not None) and \
                self.dateline is None and not PLACE_AFTER.search(phrase) and \
                (home := self.firm_home()) is not None:
            # "David Steel, leader of the Liberal Party", "the Labour Party's Treasury
            # spokesman", "Labour foreign affairs spokesman George Foulkes", "New Fine Gael
            # leader Alan Dukes", in a story of one state: a party's figure there, no
            # government
            return Affiliation(home, "leg" if found.voice == "leg" else "opp",
                               f"a party's figure in the article's home state {home}",
                               found.evidence)
        return found

    def _held_by_other(self, phrase: str, code: str) -> bool:
        """Whether a titled name with no state ("Finance Minister Gerhard Stoltenberg") has a
        title that the article gives, with state `code`'s name or adjective, to someone of
        another surname ("Brazilian Finance Minister Dilson Funaro"): a state has one holder
        of an office at a time, so the name is not that state's."""
        m = TITLED_NAME.fullmatch(phrase)
        if m is None:
            return False
        title, surname = " " + m.group(1) + " ", m.group(2).split()[-1]
        for _, _, run in self.runs():
            at = run.find(title)
            if at <= 0 or run.endswith(surname) or run.endswith(title.rstrip()):
                continue
            if self._state_named(run[:at].split()[-1], ("name", "adjective")) == code:
                return True
        return False

    def _fuller(self, phrase: str) -> str | None:
        """The phrase with a name of two words or more that ends a longer name of a state's
        institution or of a body the article gave before ("a National Bank spokesman" after
        "the Swiss National Bank") written out in full; None when it has none."""
        tails = self.reference.tails()
        for m in CAPITALISED_RUN.finditer(phrase):
            short, at = m.group().removesuffix("'s").removesuffix("’s"), m.start()
            if short.startswith(("A ", "An ", "The ")):  # ("A National Bank spokesman")
                cut = short.index(" ") + 1
                short, at = short[cut:], at + cut
            if short not in tails:
                continue  # (the short name of no known name: most runs)
            tail = " " + short
            for _, _, run in self.runs():
                if run.endswith(tail) or run.endswith((tail + "'s", tail + "’s")):
                    full = run[:run.index(tail) + len(tail)]
                    ref = self.reference.lookup(full, self.day)
                    if ref is not None and (ref.kind == "body" or ref.kind in STATE_KINDS
                                            and ref.via in INSTITUTIONS):
                        return phrase[:at] + full + phrase[at + len(short):]
        return None

    def _recased(self, phrase: str) -> str | None:
        """The phrase with each lower-case word that is a state's adjective once capitalised
        ("german", and a compass word before one: "west german") capitalised; None when it
        has none."""
        adjectives = self.book.adjectives
        words = phrase.split(" ")
        changed = False
        for i, word in enumerate(words):
            if not word.isalpha() or not word.islower() or word in NOT_OFFICE_WORDS:
                continue  # (cheap tests first: most words are capitalised or no adjective)
            adjective = adjectives.get(word)
            if adjective is None:
                if len(adjectives) >= MEMO:
                    adjectives.clear()
                adjective = adjectives[word] = _adjective(word, self.reference)
            if adjective:
                words[i] = word.capitalize()
                if i and words[i - 1] in COMPASS:
                    words[i - 1] = words[i - 1].capitalize()
                changed = True
        return " ".join(words) if changed else None

    def _firm_place(self, found: Affiliation, phrase: str) -> str | None:
        """A town that a speaker phrase reads as its state, but that the article writes as the
        first word of a company's name ("Saga Petroleum A/S" ... "Saga spokesman Roy
        Halvorsen"), or a state's name after a capitalised word that the article writes with
        it as a company's name ("Alcan Australia Ltd" ... "Alcan Australia deputy chairman
        Jeremy Davis"): the company's name, else None. A state's own name or capital alone
        is kept."""
        for e in found.evidence:
            if e.what != "state":
                continue
            before = phrase[:e.start].split()
            if before and before[-1][:1].isupper() and before[-1].isalpha() and \
                    (firm := self._firm_with(f"{before[-1]} {e.text}")) is not None:
                return firm
            if " <" in self.text and (at := self.text.find(e.text + " <")) >= 0 and \
                    TICKER.match(self.text, at + len(e.text) + 1) is not None:
                return e.text  # "Total France <RAFF.PA>": a name the wire tags as a firm's
            ref = self.reference.lookup(e.text)
            if ref is None or ref.via != "phoenix":
                continue
            firm = self.company(e.text)
            if firm is not None:
                return firm
        return None

    def _firm_with(self, words: str) -> str | None:
        """The company's name that the article writes opening with `words` ("Alcan
        Australia Ltd" for "Alcan Australia"), else None."""
        first = words.split(" ", 1)[0]
        pos = self.text.find(words + " ")
        while pos >= 0:
            m = FIRM_NAME.match(self.text, pos)
            if m is not None and m.group(1) == first:
                return m.group()
            pos = self.text.find(words + " ", pos + 1)
        return None

    def company(self, name: str) -> str | None:
        """The company's name that the article writes with `name` as its first word ("Santos
        Ltd's takeover bid" ... "Santos said": the company, not Angola's Jose Eduardo dos
        Santos), else None. (Cheap test first: a name that starts no company's name where
        the article writes it is none of `firms`, which scans the whole text.)"""
        if self._firms is None:
            if name in self._no_firm:
                return None
            if not self._starts_firm(name):
                self._no_firm.add(name)  # (once a name: a long article names many often)
                return None
        return self.firms().get(name)

    def _starts_firm(self, name: str) -> bool:
        """Whether FIRM_NAME matches with `name` as its first word somewhere in the text: a
        name that `firms` finds there is one of these places (a match found by a scan is the
        expression's match at its start). FIRM_NAME is not tried where no space or tab
        follows the name: its group 1, a run of no space nor tab, is followed by `[ \t]+`
        either way, so it is `name` only where one stands right after it.)"""
        text = self.text
        pos = text.find(name) if name else -1
        size = len(name)
        while pos >= 0:
            if text.startswith((" ", "\t"), pos + size):
                m = FIRM_NAME.match(text, pos)
                if m is not None and m.group(1) == name:
                    return True
            pos = text.find(name, pos + 1)
        return False

    def firms(self) -> dict[str, str]:
        """The article's company names (`FIRM_NAME`) by their first word, found once. The
        scan starts where the words that hold the first company word (`FIRM_END`) start:
        a name holds one, and only word characters, ’'.&- and spaces or tabs stand within it,
        so no name starts before there (the text reversed is read back to there)."""
        if self._firms is None:
            text = self.text
            end = FIRM_END.search(text)
            if end is None:
                self._firms = {}
            else:
                size = len(text)
                back = FIRM_WORDS.match(self.backwards, size - end.start())
                start = size - back.end() if back is not None else 0
                self._firms = {m.group(1): m.group() for m in FIRM_NAME.finditer(text, start)}
        return self._firms

    def home(self) -> str | None:
        """The state the article is about: the one whose government it names (unless the
        story opens with another and names that one's offices only beside its name: then
        that one); in a story that names no state's office or office holder, the only state
        it names, or one named at least twice and twice as often as any other. A story that
        names the offices of two states or bodies has none."""
        if not self._home and (opening := self._lower_case()) is not None:
            # "venezuela has obtained ..., finance minister manuel azpurua said": copy in
            # lower case names its states unseen, and the counts cannot say which it is
            # about; the state its first words name is its ("the venezuelan state aluminum
            # company ..."), else none
            code = self._state_named(opening, ("name", "adjective"))
            if code is None and len(counts := self._counts()) == 1 and \
                    self.governments() == set(counts):
                # "up to 300 people were feared dead ... which will cost Ecuador close to
                # 800 mln dlrs ... Information Minister Marco Lara": the one state the copy
                # names with a capital, whose government it names too
                code = next(iter(counts))
            self._home.append(code)
            self._firm.append(False)
        if not self._home and self._lede_pair():
            # "Nigeria and Britain signed an agreement ..., government sources said": a story
            # that opens with two states together is both's; whose an office is, it does
            # not say
            self._home.append(None)
            self._firm.append(False)
        if not self._home:
            governments = self.governments()
            if len(governments) == 2 and (lede := self._lede_state()) in governments and \
                    self._named_first(lede):
                # "Japan has decided to cooperate with the U.S. ..., Defence Minister Yuko
                # Kurihara said ... President Ronald Reagan said": the story opens with one
                # of the two states whose offices it names, and names it most
                self._home.append(lede)
                self._firm.append(False)
                return lede
            named = None if len(governments) > 1 else self._named_most()
            if named is not None and not named[1] and len(governments) == 1:
                named = None  # (another state named only as the counterpart of the one whose
                # offices the story names: "... to sell computers to Iran")
            if len(governments) == 1 and (code := next(iter(governments))) in self._holders \
                    and named is None and (opening := self._lede_state()) is not None and \
                    opening != code and self.reference.kind_of(opening) in STATE_KINDS:
                # "Brazilian officials are privately expressing concern that the change at
                # the Federal Reserve ...": a story that opens with one state and names the
                # other's office only through its holder (Volcker) is both's: none
                self._home.append(None)
                self._firm.append(False)
                return None
            if len(governments) == 1:
                (code,) = governments
                # (the opening state is read only where it may decide)
                lede = self._lede_state() if code not in self._holders or \
                    named is not None and named[0] != code else code
                if lede is not None and lede != code and code not in self._holders or \
                        lede != code and named is not None and named[0] != code:
                    # "Thailand will seek clarification from the U.S. ..., Commerce Minister
                    # Montri Pongpanich said ... the U.S. Agriculture Department": the state
                    # the story opens with is home, not the one whose office it names only
                    # beside its name ("Denmark's parliament voted to ban Chilean fruit"
                    # opens with it; "French president Jacques Chirac has called ...
                    # Foreign Secretary Jack Straw said" names an office holder of the other
                    # with no state: that one's). A story that does not open with the state
                    # whose office it names, and names another most, has none (a wrong state
                    # is worse than none).
                    home = lede if code not in self._holders and (
                        named is None or named[0] == lede) else None
                    if home is None and code in self._holders and named is not None and \
                            self._opening == {named[0]} and self._opens_with(named[0]):
                        # "The suspension of Ecuador's crude oil shipments ... will last at
                        # least four months, a senior Energy Ministry official said ... In
                        # Caracas, President Jaime Lusinchi said": the state the first
                        # paragraph alone names, and the story names most, is home; the
                        # other's government it names only through an office holder
                        home = named[0]
                    self._home.append(home)
                    self._firm.append(False)
                    return self._home[0]
                self._home.append(code if self.reference.kind_of(code) in STATE_KINDS
                                  else None)
            else:
                if named and not governments and (lede := self._lede_state()) is not None \
                        and lede != named[0]:
                    named = None  # "The U.K. exported ... to the Soviet Union ... the Soviet
                    # Union": the story opens with one state and names another most: none
                elif named is None and not governments and \
                        (lede := self._lede_state()) is not None and \
                        (times := self._counts().get(lede, 0)) >= 2 and \
                        2 * times >= max(self._counts().values()) and \
                        sum(n >= 2 for n in self._counts().values()) <= 2 and \
                        self._opening == {lede}:
                    # "Taiwan announced plans for another round of tariff cuts shortly before
                    # trade talks with Washington ...": no state is named twice as often as
                    # the rest, and the story opens with one named at least half as often as
                    # the other it is about: that one's. Not where three or more states are
                    # named again and again ("Indonesian, Indian and Hong Kong markets ..."),
                    # nor where the opening names another ("The Soviet Union featured in U.K.
                    # grain exports ...", "Venezuela will lend Ecuador ...")
                    self._home.append(lede)
                    self._firm.append(False)
                    return lede
                if named is None and not governments and not self._counts() and \
                        (money := self._money_state()) is not None:
                    # "The Finance Ministry plans ... 10 mln yen": a story that names no state
                    # at all is the state of the one currency it counts in
                    self._home.append(money)
                    self._firm.append(False)
                    return money
                self._home.append(named[0] if named else None)
            self._firm.append(len(governments) == 1 or named is not None and named[1] >= 2)
        return self._home[0]

    def _home_code(self) -> str | None:
        """The home state, where it is worked out already (`home`), else None: a reading
        that took it has worked it out."""
        return self._home[0] if self._home else None

    def _money_state(self) -> str | None:
        """The state whose currency alone the story counts in (MONEY: "mln yen", "billion
        lire"), as on its date; else None (two currencies, or one of many states: "dlrs")."""
        found = {MONEY_STATES[m.group(1)] for m in MONEY.finditer(self.text)}
        if len(found) != 1:
            return None
        (code,) = found
        return code if self.day is None else self.reference.code_on(code, self.day)

    def _lede_state(self) -> str | None:
        """The state whose name or adjective opens the story's first sentence, past its
        dateline ("Thailand will ...", "Denmark's parliament ..."), as on its date; else None."""
        body = self._body_start()
        runs = self.runs()
        if not runs or runs[0][0] != body and not (len(runs) > 1 and runs[1][0] == body):
            return None
        words = (runs[0][2] if runs[0][0] == body else runs[1][2]).split()
        first = words[1] if words[0] == "The" and len(words) > 1 else words[0]  # "The U.K."
        if FIRM_OPENING.match(self.text, body) is not None:
            return None  # "American Telephone and Telegraph Co ... would hold": a company's
        return self._state_named(first.removesuffix("'s").removesuffix("’s"),
                                 ("name", "adjective"))

    def _opens_with(self, code: str) -> bool:
        """Whether the story's first paragraph names state `code` by its name or adjective
        ("The suspension of Ecuador's crude oil shipments"; not by its capital: "the Paris
        agreement" is the accord's name)."""
        end = self._lede_end()
        for start, _, run in self.runs():
            if start >= end:
                break
            if self._state_named(run.removesuffix("'s").removesuffix("’s"),
                                 ("name", "adjective")) == code:
                return True
        return False

    def _body_start(self) -> int:
        """Where the story's first sentence starts, past its dateline."""
        m = DATELINE.match(self.text)
        return m.end() if m is not None else 0

    def _lede_subject(self) -> str | None:
        """The state whose own name, alone or as a possessive, is the first sentence's first
        words past the dateline ("France today repaid ...", "Taiwan's trade surplus ..."), as on
        its date; None for an adjective or a longer name ("U.S. Legislators called ...",
        "British Columbia will ...") and where the first paragraph names another state
        ("Nigeria and Britain ...", "The United States wants Taiwan's currency ...")."""
        body = self._body_start()
        runs = self.runs()
        if not runs or runs[0][0] != body or self._lede_pair():
            return None
        name = runs[0][2].removesuffix("'s").removesuffix("’s")
        ref = self.reference.lookup(name)
        if ref is None or ref.kind not in STATE_KINDS or ref.via != "name":
            return None
        end = self._lede_end()
        for start, _, run in runs[1:]:
            if start >= end:
                break
            other = self.reference.lookup(run.removesuffix("'s").removesuffix("’s"))
            if other is not None and other.kind in STATE_KINDS and other.code != ref.code:
                return None  # "The United States wants Taiwan's currency to rise ..., a
                # senior trade official said": either's official
        return ref.code if self.day is None else self.reference.code_on(ref.code, self.day)

    def _lower_case(self) -> str | None:
        """The first word, past "the", capitalised, of a story whose first paragraph opens in
        lower case past its dateline ("venezuela's", "the venezuelan ..."); else None."""
        body = self._body_start()
        if not self.text[body:body + 1].islower():
            return None
        words = self.text[body:body + 80].split()
        first = words[1] if words[0] == "the" and len(words) > 1 else words[0]
        return first.removesuffix("'s").removesuffix("’s").strip(",.").capitalize()

    def _lede_pair(self) -> bool:
        """Whether the story's first sentence opens with two states joined by "and" as its
        subject ("Nigeria and Britain signed ...", "Iran and Iraq have agreed ...")."""
        body = self._body_start()
        pair = STATE_PAIR.match(self.text, body)
        return pair is not None and \
            self._state_named(pair.group(1), ("name", "adjective")) is not None and \
            self._state_named(pair.group(2), ("name", "adjective")) is not None

    def firm_home(self) -> str | None:
        """`home()` when the story names the state's own offices or names it at least twice
        ("an American sheriff" once in a story of British politics makes no firm home)."""
        home = self.home()
        return home if self._firm[0] else None

    def governments(self) -> frozenset[str]:
        """The states (and bodies) whose own offices the story names: beside the state's
        words ("Norway's parliament", "the Oslo government", "South Korean Finance Ministry",
        "the European Parliament"), or through a holder of its office on the date named in
        full ("Chancellor Helmut Kohl"). A story about South Africa's trade with Norway that
        names only Norway's ministers and parliament is Norway's.

        At most two of them: the readers (`home`, `_members`) ask only whether there is one
        alone, so the reading stops at a second (an office holder's reading costs most)."""
        states: set[str] = set()
        for start, end in self.offices():
            code = self._office_state(start, end)
            if code is not None:
                states.add(code)
                if len(states) > 1:
                    return frozenset(states)
        for _, _, run in self.runs():
            if " " not in run and "\t" not in run:
                continue  # one word (a run's words stand apart by spaces or tabs): no one's
            code = self._office_holder(run)
            if code is not None:
                states.add(code)
                self._holders.add(code)
                if len(states) > 1:
                    return frozenset(states)
        if states:
            # A central bank, seat or agency named by its own name ("the Bank of Japan", "the
            # Kremlin", "the SEC") is a second state's office beside the one named: no state
            # alone (named alone, it is as often the counterpart of a story about another).
            for _, _, run in self.runs():
                ref = self.reference.lookup(run)
                if ref is not None and ref.kind in STATE_KINDS and ref.via in OWN_NAMES:
                    states.add(ref.code if self.day is None else
                               self.reference.code_on(ref.code, self.day))
                    if len(states) > 1:
                        break
        return frozenset(states)

    def offices(self) -> list[tuple[int, int]]:
        """The spans of `GOVERNMENT_OFFICE.finditer(text)`, matched only where the text holds
        one of its clues (`OFFICE_CLUES`, found by str.find), from the left and never
        within the last match: where else the expression would be tried, it cannot match."""
        text = self.text
        starts = set()
        for clue in OFFICE_CLUES:
            pos = text.find(clue, 1)
            while pos >= 0:
                starts.add(pos - 1)
                pos = text.find(clue, pos + 1)
        spans = []
        end = 0
        for start in sorted(starts):
            if start >= end and (m := GOVERNMENT_OFFICE.match(text, start)) is not None:
                spans.append((start, m.end()))
                end = m.end()
        return spans

    def _office_state(self, start: int, end: int) -> str | None:
        """The state whose office the words ending at `end` name ("Norway's minority Labour
        government"), read over at most OFFICE_WORDS words before the office word at
        `start`, within its sentence and clause; or None."""
        text, pos = self.text, start
        for _ in range(OFFICE_WORDS):
            m = previous_word(text, pos)
            if m is None:
                break
            at, word = m
            if word.lower() in NOT_OFFICE_WORDS or "\n" in text[at:pos] or \
                    ends_sentence(word, self.book):
                break
            pos = at
        if pos == start:
            return None
        found = self._read_phrase(text[pos:end], None)
        if found is not None and found.code is not None and found.voice == "igo":
            return found.code  # a body's office ("the European Parliament")
        return self._state_voice(found, "state")

    def _office_holder(self, run: str) -> str | None:
        """The state a person named in full serves on the article's date, in a state's office
        ("Chancellor Helmut Kohl", "President Ronald Reagan"), or None. A surname alone ("Mr.
        Clarke") is not read: it may be another bearer's; but a title and the surname of a
        leader news calls by surname is that leader ("President Reagan's veto",
        `known_by_surname`). A possessive is the name's ("Prime Minister Brian Mulroney's
        budget")."""
        if run.endswith(("'s", "’s")):
            run = run[:-2]
        words = run.split()
        if len(words) < 2 or not self.reference.files(words[-1]):
            return None
        found = self._read_phrase(run, None)
        if found is None or found.person is None:
            return None
        if not any(e.what == "person" and " " in e.text.strip() for e in found.evidence) \
                and not (known_by_surname(found.person) and self.book.title_word(words[-2])):
            return None  # "Mr. Clarke", "Mayor Bill": no given name and surname
        if self._stranger(found):
            return None  # "Al Gore" in a story that never names South Sudan
        return self._state_voice(found, "person")

    def _state_voice(self, found: Affiliation | None, what: str) -> str | None:
        """The code of a state's voice (gov, leg, opp) that evidence of `what` decided."""
        if found is None or found.code is None or found.voice not in STATE_VOICES or \
                self.reference.kind_of(found.code) not in STATE_KINDS:
            return None
        return found.code if any(e.what == what for e in found.evidence) else None

    def _named_most(self) -> tuple[str, int] | None:
        """The only state the article names, or one named at least twice and twice as often
        as any other, not counting where a state is named as a counterpart (`COUNTERPART`)
        or in a currency's name (`CURRENCY`), with the times it is named; none when another
        state's towns and regions are named more often than it."""
        counts, places = self._counts(), self._places
        ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
        top = ranked[0] if ranked else ("", 0)
        second = ranked[1][1] if len(ranked) > 1 else 0
        alone = len(ranked) == 1  # however named ("Taiwan dlrs" alone is Taiwan's story)
        if any(n > top[1] for code, n in places.items() if code != top[0]):
            return None  # "an American sheriff" once in a story of England, Wales and Kent
        return top if alone or top[1] >= 2 and top[1] >= 2 * second else None

    def _counts(self) -> dict[str, int]:
        """The times the story names each state (`_named_most`), counted once; a state's
        towns and regions are counted apart, in `_places`."""
        if self._counted is not None:
            return self._counted
        counts: dict[str, int] = {}
        places: dict[str, int] = {}  # a state's towns and regions ("England", "Texas")
        opening: set[str] = set()  # the states counted in the first paragraph
        for start, end, run in self.runs():
            ref, stop = self.reference.lookup(run), end
            if ref is None and " " in run:
                # the longest known name that opens the run ("Chancellor of the Exchequer
                # Nigel Lawson", "Bank of England Governor ...", "Sri Lankan ...")
                cut = len(run)
                while ref is None and (cut := run.rfind(" ", 0, cut)) > 0:
                    ref, stop = self.reference.lookup(run[:cut]), start + cut
            if ref is not None and ref.kind in STATE_KINDS and ref.via in HOME_VIA:
                code = ref.code if self.day is None else self.reference.code_on(ref.code,
                                                                                self.day)
                # A counterpart ("its surplus with the United States", "exports to
                # Japan") is named but not counted: the story is about the other side; nor
                # is a currency ("against the U.S. Dollar"), money, not the state.
                counterpart = COUNTERPART.search(self.text, max(0, start - 12), start)
                money = CURRENCY.match(self.text, stop)
                counts[code] = counts.get(code, 0) + (0 if counterpart or money else 1)
                if not (counterpart or money) and start < self._lede_end():
                    opening.add(code)
            elif ref is not None and ref.kind in STATE_KINDS and ref.via == "phoenix":
                places[ref.code] = places.get(ref.code, 0) + 1
        self._counted, self._places, self._opening = counts, places, frozenset(opening)
        return counts

    def _lede_end(self) -> int:
        """Where the story's first paragraph ends (wire copy's lede sentence)."""
        end = self.text.find("\n")
        return end if end >= 0 else len(self.text)

    def _fuller_name(self, found: Affiliation) -> tuple[str, str] | None:
        """(the surname, the article's fuller name) when `found` took its person by that
        surname alone and the fuller name the article gives it ("Rachmat Saleh") has given
        names that are not that person's; else None."""
        surname = next((e.text for e in found.evidence if e.what == "person"), "")
        if not surname or " " in surname.strip() or found.person is None:
            return None
        fullest = self._full_mention(surname)[1]
        if not fullest or " " not in fullest or \
                given_match(name_tokens(fullest), found.person) is None:
            return None
        return surname, fullest

    def _portfolio_office(self, portfolio: str) -> Voice | None:
        """The state whose office of that portfolio the story names ("the Commerce
        Department", "the Ministry of Finance", "Japan's Finance Ministry"), when one state's
        alone, by a name the reference knows; else None."""
        codes: dict[str, str] = {}
        seat = PORTFOLIO_SEATS.get(portfolio)
        for _, _, run in self.runs():
            word = portfolio
            if portfolio not in run or not PORTFOLIO_OFFICE.search(run):
                if seat is None or not run.endswith(seat):
                    continue
                word = seat  # "the Pentagon": the office of defense by its seat
            found = self._read_phrase(run, None)  # (as written: no home state read in)
            if found is not None and found.code is not None and found.voice == "gov" and \
                    self.reference.kind_of(found.code) in STATE_KINDS and \
                    any(e.what == "institution" and word in e.text
                        for e in found.evidence):
                # (an office the reference knows by that name: "the Commerce Department";
                # "Japan's Agriculture Ministry" or "Ecuador's Energy Ministry" names a
                # portfolio many states have, which another state's minister may hold)
                codes.setdefault(found.code, run)
        if len(codes) != 1:
            return None
        ((code, run),) = codes.items()
        return Voice(code, "gov", f"'{run}'")

    def _body_apposed(self, end: int) -> Voice | None:
        """The voice of an intergovernmental body's office named in an appositive after a
        name ending at `end` (", EC Commissioner on external affairs,"), else None."""
        after = APPOSITIVE.match(self.text, end)
        return self._body_office(after.group(1)) if after is not None else None

    def _body_office(self, words: str) -> Voice | None:
        """The voice of an intergovernmental body's office that `words` name ("EC
        Commissioner on external affairs"), else None."""
        if not may_name(words, self.reference):
            return None
        found = self._affiliation(words)
        if found is None or found.code is None or found.voice != "igo" or \
                min(e.start for e in found.evidence) > 4:
            return None  # (the words open with the body's name or a title: "here for talks
            # with the EC" is no office of it)
        return Voice(found.code, "igo", f"first full mention: {found.rule}, after the name")

    def _sentence_office(self, start: int, portfolio: str | None = None) -> Voice | None:
        """The voice of the office of a state or body that opens, as its subject, the
        sentence that `start` is in ("The State Department renewed its warning ... what
        spokeswoman Phyllis Oakley called", "Downing Street defended the decision, with a
        spokesperson saying"), whose spokesman a spokesman with no owner is; else None (a
        state named alone is no owner: "Iran rejected the U.S. demand, a spokesman said";
        nor is an office named later in the sentence, or in a quotation). With `portfolio`,
        the subject must name it ("Treasury Secretary James Baker" for "a Treasury
        spokesman")."""
        opening = self._sentence_start(start)
        m = SENTENCE_SUBJECT.match(self.text, opening, start)
        if m is None or portfolio is not None and portfolio not in m.group(1):
            return None
        found = self._affiliation(m.group(1))
        if found is not None and found.code is not None and found.voice in ("gov", "igo") and \
                any(e.what in ("institution", "role") for e in found.evidence):
            return Voice(found.code, found.voice, f"a spokesman of '{m.group(1)}', the "
                         f"sentence's subject: {found.rule}")
        return None

    def _named_first(self, code: str) -> bool:
        """Whether the story names the state `code` more often than any other (as
        `_named_most` counts: not as a counterpart nor in a currency's name)."""
        counts = self._counts()
        mine = counts.get(code, 0)
        return mine > 0 and all(n < mine for other, n in counts.items() if other != code)

    def _named_before(self, speaker: Speaker) -> Voice | None:
        """"the sources", "the ministry": the nearest earlier mention of the same head word
        whose words say whose it is ("sources at the Central Bank of the Philippines")."""
        if speaker.span is None or not speaker.mention:
            return None
        heads = WORDS.findall(speaker.mention)
        if not heads:
            return None
        head = heads[-1].lower()
        if len(heads) > 1 and any(w.lower() in BLOC_WORDS for w in heads[:-1]):
            return None
        # A kind of bank before the head ("central" in "the central bank"): a bank named
        # before must be of that kind ("the World Bank" is no central bank).
        modifiers = [w.lower() for w in heads[:-1] if w.lower() in BANK_KINDS]
        hits = self._whole_words(head, speaker.span[0])
        if head in NUMBERED_HEADS:  # "the official" after "U.S. defense officials"
            hits = sorted(hits + self._whole_words(NUMBERED_HEADS[head], speaker.span[0]))
        for hit_start, hit_end in reversed(hits[-8:]):
            before = title_run(self.text, hit_start, self.book)
            after = POSTMODIFIER.match(self.text, hit_end)
            start = before if before is not None else hit_start
            end = after.end() if after is not None else hit_end
            if BLOC_BEFORE.search(self.text, max(0, hit_start - 60), hit_start) is not None:
                continue  # "Western diplomatic and official sources": a region's group
            if (told := previous_word(self.text, start)) is not None and \
                    told[1].lower() in cues.TELL_VERBS:
                continue  # "will tell U.S. officials ..., a senior ministry official said":
                # whom one tells is not who speaks
            if modifiers and not all(m in self.text[start:end].lower() for m in modifiers):
                continue
            found = self._read_phrase(self.text[start:end], None)
            if _decides(found) and found is not None and found.code is not None:
                return Voice(found.code, found.voice, f"named before: {found.rule}")
            if found is not None and found.voice in STATE_VOICES and \
                    (only := self._state_only(self.text[start:end])) is not None:
                return Voice(only.code, only.capacity, f"named before: {only.rule}")
            if before is not None and after is None and found is not None and \
                    found.code is None and found.person is None and \
                    (owner := self.text[before:hit_start].split()[-1]).isupper() and \
                    len(owner) > 1 and owner.isalpha() and \
                    self.reference.lookup(owner) is None:
                break  # "LDP officials said ..., the officials said": the nearest group,
                # of a body the reference does not know; not "U.S. officials" further up
            if found is not None and found.voice in STATE_VOICES and after is None and \
                    (name := NAME_AFTER_TITLE.match(self.text, hit_end)) is not None and \
                    not (told is not None and (told[1].lower() in OWNER_WORDS or
                                               told[1].endswith(("'s", "’s")))):
                # "The Treasury Secretary" after "Treasury Secretary James Baker said": the
                # holder named with the title, as the reference knows him on the date
                held = self._read_phrase(self.text[start:name.end()], None)
                if held is not None and held.person is not None and held.code is not None \
                        and not self._stranger(held):
                    return Voice(held.code, held.voice, f"named before: {held.rule}")
        return self._state_only(speaker.mention.split(",")[0].strip())

    def _state_only(self, words: str) -> Voice | None:
        """A speaker only a state has, named with no state ("Congressional officials", "an
        official statement", "Administration officials"): the home state's, or the U.S.
        government's for a capitalised Administration in a story that names the U.S."""
        if ADMINISTRATION.match(words) is not None:
            if US in self.named_codes():
                return Voice(US, "gov", "a capitalised Administration is the U.S. government")
            return None
        if words in ("the administration", "The administration"):
            # "The administration said ..." after "President Reagan announced ...": the
            # home state's government, else the U.S.'s in a story that names the U.S. (the
            # government news calls an administration with no name before it)
            home = self.home()
            if home is not None:
                return Voice(home, "gov", "the administration of the article's home state")
            if US in self.named_codes():
                return Voice(US, "gov", "the administration, in a story that names the U.S.")
            return None
        if "Department" in words and US_DEPARTMENT.fullmatch(words) is not None:
            if US in self.named_codes():
                return Voice(US, "gov", "a department named by its portfolio ('the Commerce "
                                        "Department') is a U.S. executive department")
            return None
        m = STATE_ONLY.fullmatch(words)
        if m is None:
            return None
        home = self.home()
        if home is None:
            return None
        voice = "leg" if m.group("leg") else "gov"
        return Voice(home, voice, f"'{words}' is a state's, the article's home state")

    def configured(self, actor: str | None) -> Voice:
        """Return the voice of a configured actor on the article's date."""
        configured = self.codes.get(actor or "")
        if configured is None:
            return UNKNOWN_VOICE
        if configured.code is not None and self.day is not None:
            code = self.reference.code_on(configured.code, self.day)
            if code != configured.code:
                return Voice(code, configured.capacity, configured.rule)
        return configured

    def settle(self, name: str | None, voice: Voice) -> None:
        """Let a person's later mentions by surname take a voice that their earlier
        speakers, not their own words, decided ("spokesman Cent van Vliet" is the Defence
        Ministry spokesman's voice: a later "Van Vliet said" too)."""
        self._keep(_surname(_bare(name)), voice)

    def _keep(self, key: str | None, voice: Voice) -> Voice:
        if key is not None and voice.code is not None:
            self.fixed.setdefault(key, voice)
        return voice

    def _full_mention(self, surname: str) -> tuple[Voice | None, str | None]:
        """`_first_full(surname)`, worked out once an article."""
        if surname not in self._full:
            self._full[surname] = self._first_full(surname)
        return self._full[surname]

    def _first_full(self, surname: str) -> tuple[Voice | None, str | None]:
        """The voice of the first mention of a name that says whom its bearer serves (the
        title run before the name, or the appositive after it), and the fullest form of
        the name the article gives ("Dilson Funaro" for "Funaro", "Lee Ta-hai" for "Lee")."""
        text = self.text
        book = self.book
        in_title = book.in_title
        fullest: str | None = None
        # A title that names no state, read with the article's dateline or home state
        # ("Energy Minister Javier Espinosa" in a story from Caracas): kept while a later
        # mention may name the state itself ("Espinosa of Ecuador").
        inferred: Affiliation | None = None
        # A title that names no state where the story gives no home ("Energy and Mines
        # Minister Arturo Hernandez Grisanti"): decided only by a later "of <state>".
        untold: Affiliation | None = None
        mentions = name_occurrences(text, surname)
        for m in itertools.islice(mentions, MENTIONS):
            start, word = given_start(text, m[0], book)
            end = given_end(text, m[1], book)
            if text.startswith((" al", " Al", " bin", " ibn", " Bin"), end) and \
                    (tail := ARABIC_TAIL.match(text, end)) is not None:
                end = tail.end()  # "Sheikh Ali al-Khalifa al-Sabah": the house's name too
            if (start < m[0] or end > m[1]) and fullest is None:
                fullest = text[start:end]
            if text.startswith(" (", end) and (tag := PARTY_TAG.match(text, end + 2)) and \
                    text.startswith(")", tag.end()):  # "Rep. Charles Stenholm (D-Tex.)"
                return Voice(US, "leg", f"first full mention: '{tag.group()}' tags a U.S. "
                             "legislator's party and state"), fullest
            if (titled := inferred or untold) is not None and \
                    (of := OF_STATE.match(text, end)) is not None and \
                    (code := self._state_named(of.group(1))) is not None:
                return Voice(code, titled.voice, f"first full mention: {titled.rule}, "
                             f"of {of.group(1)} after the name"), fullest
            # A run's first word that is no title's (`VoiceBook.in_title`, False) ends it
            # before it starts: `title_run` would answer None, not called.
            before = None if word is None or in_title.get(word[1]) is False else \
                title_run(text, start, book, word)
            apposed = False
            if SPOKESMAN_BEFORE.search(text, max(0, start - 14), start) and \
                    (office := self._sentence_office(start)) is not None:
                # "The Commerce Department said ..., spokesman B. Jay Cooper said": the
                # spokesman of the office that opens the sentence
                return office, fullest
            if before is None and text.endswith(",", 0, start - 1) and \
                    text.startswith(",", end):
                before = self._title_apposed(start)  # "Iran's foreign minister, Ali ..., said"
                apposed = before is not None
            # Only words the reference knows can decide (`_decides`): a run or appositive
            # with none is not read.
            if before is not None and may_name(text[before:end], self.reference):
                found = self._affiliation(text[before:end])
                if found is not None and found.person is not None and before < start and \
                        self._stranger(found):
                    # a namesake of a state the story never names ("Finance and Petroleum
                    # Minister Sheikh Abdul-Aziz" is not Mauritania's Abdel Aziz): the title
                    found = self._affiliation(text[before:start].rstrip())
                if apposed and found is not None and not any(
                        e.what == "role" for e in found.evidence):
                    found = None  # ("In Tehran, Ali Akbar Velayati, ...": a place, no title)
                if (_decides(found) or _possessor(found, text[before:start])) and \
                        found is not None and not self._stranger(found):
                    if _stated(found) and not any(e.what in ("role", "person")
                                                  for e in found.evidence) and \
                            (body := self._body_apposed(end)) is not None:
                        # "Belgian Willy de Clercq, EC Commissioner on external affairs":
                        # a nationality alone before the name, a body's office after it
                        return body, fullest
                    if _stated(found):
                        return Voice(found.code, found.voice,
                                     f"first full mention: {found.rule}"), fullest
                    inferred = inferred or found
                    continue
                if found is not None and found.code is None and found.voice in STATE_VOICES \
                        and untold is None and any(e.what == "role" for e in found.evidence):
                    untold = found
            # APPOSITIVE starts \s*, : where the first character after the white space is no
            # comma it cannot match, and nothing after the name is read. (str.lstrip strips
            # the characters sre's \s reads, Py_UNICODE_ISSPACE both; where the eight
            # characters are all white space, the expression decides.)
            rest = text[end:end + 8].lstrip()
            if rest and rest[0] != ",":
                continue
            after = APPOSITIVE.match(text, end)
            # What the person is, not a relative clause of what they did ("the owner of the
            # Dallas Mavericks who rebuffed pleas to run for president").
            said = after.group(1) if after is not None else ""
            # (cheap tests first: RELATIVE's words hold "wh" or "that", OTHERS holds "other")
            described = RELATIVE.split(said, 1)[0] if "wh" in said or "that" in said else said
            others = OTHERS.search(said) if "other" in said else None
            if others is not None and may_name(others.group(1), self.reference):
                # "Huh Sun-yong, who will attend the talks with three other Seoul government
                # officials": he is one of them.
                found = self._affiliation(others.group(1))
                if _decides(found) and found is not None:
                    return Voice(found.code, found.voice,
                                 f"first full mention, one of others: {found.rule}"), fullest
            if after is not None and "-" in described and PARTY_TAG.fullmatch(
                    described.strip()) is not None:
                found = self._affiliation(described.strip())  # ", D-Mass,": a party tag
                if found is not None and found.code is not None:
                    return Voice(found.code, found.voice,
                                 f"first full mention: {found.rule}"), fullest
            if after is not None and not VERB_FIRST.match(described) and \
                    may_name(described, self.reference):
                found = self._affiliation(described)
                if _decides(found) and found is not None and _describes(described, found):
                    assert found is not None
                    if found.voice == "private" and found.code is None and \
                            FORMER.search(described) is not None and \
                            (now := self._holder_now(fullest or text[start:end])) is not None:
                        # "Watanabe, a former Minister of International Trade and Industry",
                        # whom the reference knows in an office on the date (a Diet member):
                        # the office he holds, not the one he held
                        return Voice(now.code, now.capacity,
                                     f"first full mention: {now.rule}"), fullest
                    return Voice(found.code, found.voice,
                                 f"first full mention: {found.rule}"), fullest
                if found is not None and (heads := _heads_other(described, found)) is not None:
                    # "Jim Miller, president of NAWG": the text names the body the person
                    # heads, which the reference does not know as a state's; not the
                    # namesake it has in office (James Miller of the budget office)
                    return Voice(None, "business", f"first full mention: a title of "
                                 f"'{heads}', a body the reference does not know"), fullest
        if (titled := inferred or untold) is not None:
            # a later mention may still name the state ("the delegations are headed by
            # Hernandez of Venezuela, Espinosa of Ecuador ..." at the story's end)
            for m in mentions:
                end = given_end(text, m[1], book)
                if (of := OF_STATE.match(text, end)) is not None and \
                        (code := self._state_named(of.group(1))) is not None:
                    return Voice(code, titled.voice, f"first full mention: "
                                 f"{titled.rule}, of {of.group(1)} after the name"), fullest
        if inferred is not None:
            return Voice(inferred.code, inferred.voice,
                         f"first full mention: {inferred.rule}"), fullest
        return None, fullest

    def _holder_now(self, name: str | None) -> Voice | None:
        """The office the reference gives a full name ("Michio Watanabe", given name and
        surname) on the article's date; None for a surname alone or no office then."""
        if name is None or " " not in name.strip():
            return None
        found = self._affiliation(name)
        if found is None or found.person is None or found.code is None:
            return None
        return Voice(found.code, found.voice, found.rule)

    def _state_named(self, words: str, vias: tuple[str, ...] = ("name",)) -> str | None:
        """The state that `words` name in one of the ways `vias` ("Venezuela", "the
        Netherlands"; with "adjective", "Thai"), as on the article's date; else None."""
        ref = self.reference.lookup(words.removeprefix("the "))
        if ref is None or ref.kind not in STATE_KINDS or ref.via not in vias:
            return None
        return ref.code if self.day is None else self.reference.code_on(ref.code, self.day)

    def _title_apposed(self, start: int) -> int | None:
        """Where a title set off before a name by a comma starts ("Iran's foreign minister,
        Ali Akbar Velayati, said", "The UAE's Minister of State for Finance, Ahmed Humaid
        al-Tayer, told"): the phrase must open its sentence, hold no verb-like word in
        lower case before its head, and be at most APPOSED_WORDS words; else None."""
        text = self.text
        comma = text.rfind(",", 0, start)
        stop = text.rfind(". ", 0, comma)
        opening = max(stop + 2 if stop >= 0 else 0, text.rfind("\n", 0, comma) + 1)
        if len(text[opening:comma].split()) > APPOSED_WORDS or \
                TITLE_OPENING.match(text, opening, comma) is None:
            return None
        # The phrase must be a title run to its start ("The strategist helped Australia's
        # PM, John Howard, ..." is not). (`title_run` reads back from white space.)
        window = text[opening:comma] + " "
        run = title_run(window, len(window), self.book)
        if run is None or window[:run].strip() not in ("", "The", "the"):
            return None
        return opening + run


def _stated(found: Affiliation) -> bool:
    """Whether the words themselves say whose: a state, an institution or a person of the
    reference, not the dateline's or home state read with a role."""
    return found.code is None or any(e.what != "role" for e in found.evidence)


def _undated(person: Person, day: dt.date | None) -> bool:
    """Whether the only roles of a person that fit the day have no dates (the reference's
    notables of a state: "John Hilary Smith" of Kiribati), no office dated to the day."""
    return day is not None and all(
        role.start is None and role.end is None for role in person.roles
        if (role.start is None or role.start <= day) and (role.end is None or day <= role.end))


# A title of up to four capitalised words ending in an office's head, then a name of two words
# or more ("Finance Minister Gerhard Stoltenberg", "Bundesbank President Karl Otto Poehl").
TITLED_NAME = re.compile(r"(?:[Tt]he\s+)?((?:[A-Z][\w'’-]+\s+){0,3}(?:Minister|Secretary|"
                         r"Governor|President|Chancellor|Premier|Treasurer|Commissioner))\s+"
                         r"([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)+)")


def _home_role(phrase: str) -> bool:
    """Whether the phrase names an office only a state has (HOME_ROLE) as the speaker's, not
    as a topic after "on", "about" ... ("the Project on Government Secrecy")."""
    for m in HOME_ROLE.finditer(phrase):
        if "tatistic" in m.group() and ACADEMIC.search(phrase) is not None:
            continue  # "the statistics department at Otago University": a university's
        before = phrase[:m.start()].split()
        if not before or before[-1].lower() not in TOPIC_WORDS:
            return True
    return False


def _adjective(word: str, reference: Reference) -> bool:
    """Whether a word of a phrase is a state's adjective written in lower case ("german"):
    `_recased` capitalises it."""
    if not word.isalpha() or not word.islower() or word in NOT_OFFICE_WORDS:
        return False
    ref = reference.lookup(word.capitalize())
    return ref is not None and ref.kind in STATE_KINDS and ref.via == "adjective"


def demonym_alone(name: str | None, reference: Reference) -> bool:
    """Whether a speaker's name is a state's adjective alone, used as a noun: a person
    ("the Belgian said", "Cuban said": Mark Cuban), whom the matcher read as the state
    the adjective names."""
    if name is None or " " in name or not name[:1].isupper():
        return False
    ref = reference.lookup(name)
    return ref is not None and ref.kind in STATE_KINDS and ref.via == "adjective"


def _own_words(phrase: str, reference: Reference) -> str:
    """A speaker phrase without where the speaker is (`WHERE_THEY_ARE`: a place the
    reference knows as a state's, its capital or town), a relative clause of what they did
    (`DID`) or the occasion they spoke on (`OCCASION`): the words that say whom they serve."""
    if "," not in phrase and " wh" not in phrase and " that " not in phrase:
        return phrase
    did = DID.search(phrase)
    if did is not None:
        phrase = phrase[: did.start()]
    occasion = OCCASION.search(phrase) if "," in phrase else None
    if occasion is not None:
        phrase = phrase[: occasion.start()]
    for m in reversed(list(WHERE_THEY_ARE.finditer(phrase))):
        place = reference.lookup(m.group(1).strip())
        if place is not None and place.kind in STATE_KINDS:
            phrase = phrase[: m.start()] + phrase[m.end():]
    return phrase


def _describes(appositive: str, found: Affiliation) -> bool:
    """Whether an appositive says what a person is ("Brazil's finance minister"), not where
    they went ("here for talks with Administration officials")."""
    roles = [e for e in found.evidence if e.what == "role" or e.what == "institution" and
             found.code is not None and found.voice in ("gov", "igo")]
    # (an office of a state or body named: "U.S. Agriculture Department Foreign Agricultural
    # Service administrator", "the SEC's chief accountant"; not "the Archbishop of
    # Westminster", a seat of parliament)
    if not roles:
        return False
    lead = appositive[:min(e.start for e in found.evidence)].lower().split()
    return not any(word in NOT_DESCRIBING for word in lead)


def _possessor(found: Affiliation | None, run: str) -> bool:
    """Whether the title run before a name is a state's name in the possessive alone
    ("Britain's Michael Jopling"): the name is that state's office holder (gov)."""
    return found is not None and found.code is not None and found.voice == "gov" and \
        [(e.what, e.text) for e in found.evidence if e.what != "person"] == \
        [("state", run.strip())] and POSSESSIVE.search(run.strip()) is not None


def _ministry(phrase: str) -> bool:
    """Whether the phrase names a ministry or a minister (`MINISTRY`): no U.S. office."""
    return "inist" in phrase and MINISTRY.search(phrase) is not None


def _heads_other(phrase: str, found: Affiliation) -> str | None:
    """The body a title shared by firms and states names after "of" or "at" in the phrase
    ("president of NAWG", "chairman of the Wheat Growers Council"), where the reading found
    nothing in it: a body the reference does not know; else None."""
    if not found.evidence or found.code is not None:
        return None
    last = found.evidence[-1]
    if last.what != "role" or last.text.lower() not in SHARED_TITLES:
        return None
    body = BODY_AFTER_TITLE.match(phrase, last.end)
    return None if body is None else body.group(1)


def _role_alone(found: Affiliation) -> bool:
    """Whether only a title that a firm's officer and an official alike may hold decided an
    affiliation ("chairman John Shad", "director"): no state, institution or person was named
    with it, and no firm's word ("company", "Chamber of Commerce")."""
    return found.voice == "business" and bool(found.evidence) and all(
        e.what == "role" for e in found.evidence) and \
        found.evidence[-1].text.lower() in SHARED_TITLES  # (its head: "Commission chairman")


def _decides(found: Affiliation | None) -> bool:
    """A full mention decides when role words or an institution say whom it serves."""
    return _speaks(found) and found is not None and any(
        e.what in ("role", "institution") for e in found.evidence)


def bare_name(phrase: str) -> str | None:
    """The name in a speaker phrase that is a name with words after it ("Gros himself",
    "Mwape said" -> "Gros", "Mwape"), else None."""
    phrase = phrase.strip()
    name = _bare(phrase)
    return name if name is not None and name != phrase and _is_name(name) else None


def _bare(name: str | None) -> str | None:
    """A name without the words a speaker phrase may carry after it: a reflexive ("Gros
    himself") or the verb of saying that a slip of the pen left in it ("Mwape said")."""
    if name is None or not name.endswith(TRAILING_WORDS):
        return name
    return TRAILING.sub("", name) or name


@functools.lru_cache(maxsize=4096)  # a speaker's name comes back statement after statement
def _surname(name: str | None) -> str | None:
    """The name's last word, without the article an Arabic name joins to it ("Chalabi" of
    "Fadhil al-Chalabi" and of "Al-Chalabi": one person, however the article is written)."""
    words = WORDS.findall(name or "")
    last = words[-1].rstrip(".") if words else ""
    if "-" in last and last.startswith(NAME_ARTICLES):
        last = last.partition("-")[2]
    return last if len(last) > 1 and last[:1].isupper() else None


@functools.lru_cache(maxsize=4096)
def _is_name(phrase: str) -> bool:
    words = WORDS.findall(phrase)
    return bool(words) and all(w[:1].isupper() for w in words)
