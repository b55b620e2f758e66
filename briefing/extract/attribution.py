"""Attribution stage: the speaker phrase of each statement -> a `Speaker` with an actor.

Input: the article text, the statements found by statements.py (each with the span of its
speaker phrase as written, or a note that it inherits the previous speaker), the
`ActorMatcher` and the article date. Output: one `Speaker` per statement. A phrase is read
into a name ("Mumtaz Zahra Baloch"), a role ("Foreign Office spokesperson", "a doctor") and
an actor: a configured person's actor, else the head alias of the phrase ("Pakistan's
Inter-Services Public Relations (ISPR)" -> the ISPR, whose possessor is Pakistan), else the
actor a role is combined with ("a Pakistani official"). Pronouns go to the nearest earlier
compatible speaker. A private person gets the PUBLIC voice of the country named beside
them; a speaker the text does not identify stays unknown rather than guessed.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from operator import attrgetter

from briefing.extract import cues
from briefing.extract.matcher import (
    ALIAS,
    PERSON,
    ROLE,
    ActorMatcher,
    Mention,
    MentionIndex,
    Prescan,
)
from briefing.extract.phrases import ENVOYS
from briefing.extract.text import LOWER_NEXT
from briefing.extract.voicebook import Voice
from briefing.extract.voices import (
    BLOC_OPENINGS,
    HEARD_IN,
    ArticleVoices,
    bare_name,
    demonym_alone,
)
from briefing.frozen import constructor
from briefing.knowledge.store import STATE_KINDS
from briefing.models import OFFICIAL, PUBLIC, STATE_CAPACITIES, UNKNOWN, Span, Speaker

DEFINITE = re.compile(r"[Tt]he\s+(spokeswoman|spokesman|spokesperson|minister|ministry|"
                      r"ambassador|envoy|consul|president|office|army|military|government|"
                      r"premier|chancellor|secretary|official|commander|governor|mayor)")
# "the commander in the border village of Haj Omran": the title, then where they are.
AT_PLACE = re.compile(DEFINITE.pattern + r"\s+(?:in|at)\s+[\w\s'’.-]+")
# Phrases that refer again to a group, body or document named earlier, and their head word.
GROUP_HEADS = frozenset({"officials", "sources", "diplomats", "ministers", "spokesmen",
                         "bankers", "negotiators", "delegates", "authorities", "lawmakers"})
# The last words of a nameless speaker's title that make it one person ("he", "she").
PERSON_HEADS = frozenset({"spokesman", "spokeswoman", "spokesperson", "official", "minister",
                          "diplomat", "ambassador", "envoy", "secretary", "governor",
                          "director", "chairman", "president", "premier", "chancellor",
                          "commander", "attache", "economist", "analyst", "adviser",
                          "advisor", "aide", "negotiator", "delegate", "administrator",
                          "undersecretary", "officer", "banker", "lawmaker", "legislator",
                          "senator", "congressman", "congresswoman", "prosecutor"})
# The titles of those who speak for a body: "spokesman Cent van Vliet" after "a Defence
# Ministry spokesman" is that spokesman (`_same_office`); "President Trump" after "the
# president" need not be that president.
SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson"})
# Plural nouns of people who speak, capitalised or not ("Critics said").
PEOPLE = GROUP_HEADS | frozenset(
    """analysts critics economists dealers traders experts residents witnesses executives
    leaders investors observers members producers exporters importers unions workers
    farmers bankers sources officials""".split())
THING_HEADS = frozenset({"statement", "communique", "ministry", "report", "government", "bank",
                         "agency", "newspaper", "cabinet", "council", "commission", "board",
                         "office", "department"})
AGAIN = re.compile(r"(?:(?:[Tt]he|[Tt]hese|[Tt]hose|[Ss]ome|[Ss]everal|[Mm]any|[Mm]ost)\s+)?"
                   r"(?:same\s+)?"  # "the same figures show": the figures cited before
                   # a document's kind before its head ("The survey report", "the economic
                   # report", "the joint communique")
                   r"(?:(?:survey|economic|annual|final|latest|new|joint|draft|monthly|"
                   r"quarterly|weekly|written|interim)\s+"
                   r"(?=(?:report|statement|communique|study|survey|document)\b))?"
                   r"([Oo]fficials?|sources?|diplomats?|figures|statistics|data|"
                   r"statement|communique|spokes(?:man|woman|person)|ministers?|official|"
                   r"report|newspaper|white\s+paper|paper|negotiators?|delegates?|"
                   r"authorities|guidelines?|agency|radio|television|document|study|survey)"
                   # a report-like document with what it is about ("The white paper on
                   # agriculture for the year ended March 31")
                   r"(?:(?:(?<=report|survey)|(?<=paper|study)|(?<=document))"
                   r"\s+(?:on|for|about)\s+[^,]*)?"
                   r"|[Tt]hey|[Ii]t"
                   r"|[Tt]he\s+([A-Za-z]+)['’]s\s+(?:statement|communique|report)")
# The characters an AGAIN phrase can start with (its words' first letters): a cheap test
# that rules out most speakers ("Trump", "Baloch") before the expression is tried.
AGAIN_FIRST = frozenset("TtSsMmOodfcrnpagIiwD")
# Documents of one kind, each named again by any of the others' words ("a government report
# said ... The white paper said ... the study"): a report, a white paper, a study, a survey.
REPORT_KIN = frozenset({"report", "white paper", "study", "survey", "document"})
# "the newspaper", "the paper": the medium named before ("the People's Daily", "the New York
# Times"), whose words end in its title, not in "newspaper".
MEDIA_HEADS = frozenset({"newspaper", "paper"})
MEDIUM = re.compile(r"\b(?:[Dd]aily|[Nn]ewspaper|[Pp]aper|[Tt]imes|[Pp]ost|[Jj]ournal|[Hh]erald|"
                    r"[Tt]ribune|[Gg]azette|[Ss]himbun|[Pp]ravda|[Ii]zvestia)\b")
# A broadcaster or news agency among a speaker's last words ("Hanoi radio", "the official news
# agency Tanjug"; not "In a television interview, prime minister Bob Hawke").
BROADCAST_HEADS = frozenset({"agency", "radio", "television"})
OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they", "us": "we", "me": "i"}
# Nameless legislators and legislatures, capitalised at a sentence's start or not.
LEGISLATURES = frozenset({"lawmakers", "legislators", "congress", "congressional", "parliament",
                          "legislature", "senators", "congressmen"})
# A state's office, not a person in it: "the Foreign Ministry", "the Finance Ministry".
# A state's offices by their common nouns (HOME_OFFICE, HOME_OFFICE_WORD).
STATE_OFFICE_NOUNS = (r"[Mm]inistry|[Gg]overnment|[Cc]abinet|[Ee]mbassy|[Cc]entral [Bb]ank|"
                      r"[Tt]reasury")
HOME_OFFICE = re.compile(rf"\b(?:{STATE_OFFICE_NOUNS}|[Hh]igh [Cc]ommand|"
                         r"(?:[Hh]igh [Cc]ommand|[Mm]ilitary|[Ww]ar) [Cc]ommuniqu[eé])"
                         r"(?:\s+(?:statement|communiqu[eé]|report))?\s*\Z")  # ("its statement")
# A name of one to three capitalised words opening a sentence as its subject, before a
# verb ("Mikulic was speaking to ...", "Sharif told ...").
SUBJECT_NAME = re.compile(r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+(?:was|is|has|had|"
                          r"said|says|told|added|spoke|met|would|will)\b|"
                          # a title before the name, and an aside after it, before any verb:
                          # "Finance Minister Beshir Omar, presenting plans to parliament last
                          # night, put the budget deficit at ..."
                          r"((?:[A-Z][\w'’-]+\s+){1,3}[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
                          r"(?:,([^,.;\n\"“”]{1,100}),)?\s+(?!(?:and|or|of|for|in|on|at|to|with|"
                          r"from|by|the|a|an|who|which|that)\b)[a-z]+\b")
# An aside after a name that gives its office ("spokesman of the State Statistical Bureau",
# "a senior official of the Finance Ministry").
ROLE_ASIDE = re.compile(r"\s*(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,3}?(?:spokes(?:man|woman|person)|"
                        r"minister|president|governor|director|chairman|chief|head|secretary|"
                        r"ambassador|official|commissioner|envoy)\s+(?:of|for|at|to)\b")
# A body opening a sentence as its subject, with words before its name ("The state news
# agency Tanjug was more optimistic", "The Paris Club has agreed").
BODY_SUBJECT = re.compile(r"(?:The\s+|the\s+)?((?:[a-z][\w-]*\s+){0,3}[A-Z][\w'’.&-]*"
                          r"(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’.&-]*){0,5})"
                          # an appositive and a time before the verb ("The Commission, the
                          # EC's executive authority, two weeks ago cut its forecast")
                          r"(?:\s*,[^,\n]{1,60},)?\s+(?:(?:[\w-]+\s+){1,3}ago\s+|"
                          r"(?:yesterday|today|also|last\s+\w+)\s+)?"
                          r"(?:was|is|has|had|have|were|would|will|cut|set|put|made|gave|took|"
                          r"sent|[a-z]+ed)\b")
# The rules of `ArticleVoices.of` that read a body, medium, seat or office the reference
# knows by name, and the office words of a state (`_body_subject_before`).
OWN_BODY = re.compile(r"^(?:named before: )?"
                      r"(?:body|state media|broadcaster|seat|central bank|institution) '|"
                      r"^state '[^']*' named as speaker$")
HOME_OFFICE_WORD = re.compile(rf"\b(?:{STATE_OFFICE_NOUNS}|[Dd]epartment)\b")
# A title and a full name: "British Prime Minister Margaret Thatcher" (`_strip_title` tells
# the title from the name).
TITLED_NAME = re.compile(r"(?:[A-Z][\w'’-]+\s+){1,4}[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}")
DOCUMENTS = frozenset({"statement", "communique", "report", "guideline"})  # what a body speaks in
# Words of a body, and of the things that speak for one ("the editorial said ... it added"):
# "it", never "he" or "she".
BODY_WORDS = cues.ORG_WORDS | frozenset({"editorial", "commentary", "paper", "daily", "report",
                                         "statement", "communique", "article", "bulletin",
                                         "club", "community", "secretariat"})
# Words that make a body only as the phrase's head ("the Treasury said ... it said", "the Bank
# of Korea"), not in a title before a name ("Swiss National Bank Vice-President Markus
# Lusser" is "he").
BODY_HEADS = frozenset({"treasury", "bank", "board", "reserve", "institute", "association",
                        "federation", "corporation", "fund", "exchange", "kremlin", "pentagon",
                        "bundesbank"})
NUMERAL_WORDS = frozenset({"One", "Two", "Three", "Four", "Another"})  # opening a phrase
AGAIN_BACK = 8  # earlier speakers looked at for a phrase referring again
MEMO = 32768  # keys a memo of a pure function of a phrase holds (lru_cache)
RECENT = 20  # antecedent candidates looked at for a pronoun
WORD = re.compile(r"[\w'’.-]+")
CAPITALISED = re.compile(
    rf"\b(?=[A-Z])(?!(?:{cues.NOT_NAMES_TRIE})\b)[A-Z][\w'’-]*\.?"
    r"(?:\s*(?:[A-Z][\w'’-]*\.?|(?:al|bin|ibn|de|van|von|da|di|du|le|la|el)\b-?))*"
)
POSSESSIVE = re.compile(r"['’]s?$")
PLURAL_PUBLIC = re.compile(
    r"(?:ians|ans|is|people|citizens|residents|protesters|protestors|users|voters|critics)$"
)
FEMALE = re.compile(r"\b(?:spokeswoman|woman|Mrs\.?|Ms\.?|Miss|congresswoman|chairwoman)\b")
MALE = re.compile(r"\b(?:spokesman|Mr\.?|congressman|chairman)\b")
DETERMINER = re.compile(r"^(?:the|a|an|another|one|two|three|several|some|many)\s+", re.I)
POSSESSIVE_OR_PAREN = re.compile(r"['’]s\b|\([^)]*\)")
PLACE_BEFORE = re.compile(r"\b(?:on|in|at|of|from|for|to|with)\s+(?:the\s+)?$")
AND_BEFORE = re.compile(r"\b(?:and|&)\s+(?:the\s+)?\Z")
ARTICLE_ONLY = re.compile(r"(?:the|a|an)\s+", re.IGNORECASE)
# Lower-case nouns that end a phrase after a name modifying them ("administration official",
# "government", "energy and mines ministry source"): no other function word ("Board of
# Foreign Trade"), no verb form ("began taking").
NOUN_TAIL = re.compile(
    r"(?:\s+(?!(?:of|for|in|at|on|to|the|from|with|who|which|that)\b)[a-z][\w-]*"
    r"(?<!ing)(?<!ed)){1,5}(?<!\sand)\s*")
POSSESSOR = re.compile(r"^[\w .-]+?['’]s\s+")
# A courtesy title or title of rank right before a word: what follows is a person's name.
TITLE_BEFORE = re.compile(
    rf"\b(?:{'|'.join(w.title() for w in sorted(cues.COURTESY | cues.RANKS))})\.?\s+\Z")
# What stands before the state or body a diplomat is posted to: "ambassador to the", "envoy in".
POSTED_TO = re.compile(rf"\b(?:{'|'.join(sorted(ENVOYS))})\s+(?:to|in|at)\s+(?:the\s+)?\Z",
                       re.IGNORECASE)
# An appositive after a private person's name, opened by an article: "Maria Lopez, a
# Mexican farmer"; what it says up to the next punctuation.
APPOSED = re.compile(r"\s*,\s*(?:a|an|the)\s+([^,.;:()\"“”]{2,80})")
RELATIVE_CLAUSE = re.compile(r"\s(?:who|which|that|whose|whom)\s")
# A place where someone is or goes, not whose public they are ("a farmer in Texas").
LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|to|from|on|near|into|visiting|outside)\s+"
                             r"(?:the\s+)?[\w'’.-]*\s*\Z")
# A narrating sentence about a people: "Iranians ...", "Many Iranians ...", "Ordinary
# Mexicans ..." (a capitalised plural demonym as its subject).
GROUP_OPENING = re.compile(r"\s*(?:(?:Many|Most|Some|Ordinary|Young|Angry)\s+)?"
                           r"([A-Z][a-z]+(?:ians|ans|ese|is|ers))\b")
QUOTE_MARKS = re.compile(r"[\"“”]")
# What stands before a name that is not a sentence's subject: a preposition or an article,
# perhaps with a title between ("of Mr. Khan", "a Trump rally"). Wider than PLACE_BEFORE,
# which reads a speaker phrase, where an article before a name is still the speaker's.
OBJECT_BEFORE = re.compile(r"\b(?:to|of|about|against|behind|for|with|on|at|by|from|than|"
                           r"over|into|under|like|a|an|the)\s+(?:[A-Z][a-z]{1,3}\.\s+)?\Z",
                           re.IGNORECASE)

WORD_BEFORE_STOP = re.compile(r"(?<![\w.])[\w]+\Z")  # the word a full stop follows
# The capitalised words or initials before a name, not an article (`_may_be_subject`).
NAME_RUN_BEFORE = re.compile(r"(?<![\w.’'-])(?:(?!(?:The|A|An)\b)[A-Z][a-z]*\.?[ \t]+){1,4}\Z")


@dataclass(frozen=True, slots=True)
class Claim:
    """What statements.py knows about a statement's speaker."""

    position: int  # where the statement starts, for antecedents
    subject: Span | None  # the speaker phrase as written
    inherit: bool = False  # a floating quote: the previous statement's speaker
    context: Span | None = None  # attribution words around the statement (for PUBLIC voice)
    label: bool = False  # the subject is a transcript's speaker label ("PENCE:")


@dataclass(frozen=True, slots=True)
class Antecedent:
    """Someone a pronoun may refer to: an earlier speaker, or a person named in passing."""

    position: int  # where they stand in the article
    speaker: Speaker  # what a pronoun that refers to them takes over
    gender: str | None  # "he", "she" or None when the text does not show
    spoke: bool  # an earlier speaker (True) or a person merely named (False)


new_antecedent = constructor(Antecedent)


new_claim = constructor(Claim)
new_speaker = constructor(Speaker)


# A medium's words that speak as a thing, "it" ("the editorial said ... it added").
MEDIUM_THINGS = frozenset({"editorial", "commentary", "newspaper", "daily", "weekly", "article",
                           "bulletin"})


def _medium_thing(speaker: Speaker) -> bool:
    """Whether a nameless medium's speaker is a thing ("the editorial", "the newspaper"):
    what "it" may refer back to, though it speaks for no state."""
    words = (speaker.mention or "").lower().split()
    return speaker.name is None and bool(words) and words[-1] in MEDIUM_THINGS


# Group and region adjectives that open a speaker's words ("Western diplomats", "Arab
# officials"), and the modifiers that may stand before "and" with them ("Western diplomatic
# and official sources", "diplomatic and banking sources").
BLOC_NAMES = BLOC_OPENINGS | {"European"}
DETERMINED = re.compile(r"(?:the|a|an|his|her|its|their|this|that|these|those)\b")
CONJOINED_BEFORE = re.compile(r"(?<![\w.,])((?:(?:Western|Arab|Gulf|Asian|African|European|"
                              r"[A-Za-z][a-z]*(?:ic|al|ive)|[Bb]anking|[Tt]rading|[Ss]hipping|"
                              r"[Mm]ining|[Mm]ilitary|[Mm]onetary)\s+)"
                              r"{1,2})and\s+\Z")


def _voiced(speaker: Speaker, voice: Voice) -> Speaker:
    if voice.code == speaker.code and voice.capacity == speaker.capacity:
        return speaker  # (an equal value: two in three speakers, mostly of no code)
    return new_speaker(speaker.name, speaker.role, speaker.actor, speaker.voice, speaker.mention,
                       speaker.span, voice.code, voice.capacity)


def _as_said(earlier: Speaker, mention: str | None, span: Span | None) -> Speaker:
    """An earlier speaker, referred to again by other words (a pronoun, "the minister")."""
    return new_speaker(earlier.name, earlier.role, earlier.actor, earlier.voice, mention, span,
                       earlier.code, earlier.capacity)


def attribute(text: str, claims: Sequence[Claim], matcher: ActorMatcher,
              date: dt.date | None, prescan: Prescan | None = None) -> tuple[Speaker, ...]:
    """Resolve the speaker of every claim, in order, pronouns to earlier speakers.

    `prescan`: the matcher's `prescan` of the text, if done already.
    """
    history: list[Antecedent] = []  # the earlier speakers
    ordered = True  # whether `history` is in position order (claims come in text order)
    index = matcher.index(text, date, prescan)  # one scan; speaker phrases are ranges of it
    people = _Named(text, index)
    voices = ArticleVoices(text, date, matcher.voices)
    states = matcher.states_by_code  # once per configuration, not per article
    out: list[Speaker] = []
    for claim in claims:
        speaker = _resolve(text, claim, matcher, date, history, people, out, index, voices,
                           ordered)
        speaker = _agree(speaker, voices, states)
        if date is not None and speaker.actor is not None and \
                (same := matcher.written_on(date).get(speaker.actor)) is not None:
            # (the written actor whose state it was on the date: one Soviet Union in 1987)
            speaker = new_speaker(speaker.name, speaker.role, same, speaker.voice,
                                  speaker.mention, speaker.span, speaker.code, speaker.capacity)
        if speaker.capacity in STATE_CAPACITIES and speaker.name:
            speaker = _company(speaker, voices)
        if speaker.code is None and speaker.capacity in (None, "unnamed", "gov", "leg", "media"):
            speaker = _again(speaker, out, text, voices)
            if speaker.code is None and speaker.name and speaker.role:
                speaker = _same_office(speaker, out, voices)
            if speaker.code is None and speaker.capacity == "gov":
                speaker = _office_of_speakers(speaker, out, text)
        out.append(speaker)
        if speaker.name or speaker.actor or speaker.code or _plural(speaker) or \
                speaker.capacity == "media" and _medium_thing(speaker) or \
                speaker.capacity is not None and (_person_mention(speaker.mention) or
                                                  _one_source(speaker.mention)):
            # (a nameless person who spoke, "One analyst said", "a ministry source", is whom
            # a later "he" means)
            gender = _gender(text, claim.subject)
            if history and claim.position < history[-1].position:
                ordered = False
            history.append(new_antecedent(claim.position, speaker, gender, True))
    return tuple(_described_after(out))


# A nameless official of no stated body ("a senior official said"), and the same person
# described after with a definite article ("the Foreign Ministry official told reporters").
NAMELESS = re.compile(r"[Aa]n?\s+(?:(?:senior|top|high-ranking|leading)\s+)?"
                      r"(official|source|spokesman|spokeswoman|diplomat)")
DESCRIBED = re.compile(r"[Tt]he\s+(?:[\w'’.-]+\s+){1,4}?(official|source|spokesman|spokeswoman|"
                       r"diplomat)")
FORWARD = 2  # statements after a nameless official where the definite one may describe it


def _described_after(out: list[Speaker]) -> list[Speaker]:
    """"..., a senior official said. ... the Foreign Ministry official told reporters": the
    nameless official takes the code and capacity of the definite description that follows
    within FORWARD statements with the same head (the first such; unknown if it has none)."""
    for i, speaker in enumerate(out):
        if speaker.code is not None or speaker.name is not None or not speaker.mention or \
                (m := NAMELESS.fullmatch(speaker.mention.strip())) is None:
            continue
        for later in out[i + 1:i + 1 + FORWARD]:
            again = DESCRIBED.fullmatch((later.mention or "").strip())
            if again is None or again.group(1) != m.group(1):
                continue
            if later.code is not None:
                out[i] = new_speaker(speaker.name, speaker.role, speaker.actor, speaker.voice,
                                     speaker.mention, speaker.span, later.code, later.capacity)
            break
    return out


def _resolve(text: str, claim: Claim, matcher: ActorMatcher, date: dt.date | None,
             history: list[Antecedent], people: _Named, done: list[Speaker],
             index: MentionIndex, voices: ArticleVoices, ordered: bool = False) -> Speaker:
    if claim.subject is None:
        if claim.inherit and done:
            prev = done[-1]
            return _as_said(prev, prev.mention, None)
        return new_speaker(None, None, None, UNKNOWN, None, None)
    start, end = claim.subject
    phrase = text[start:end]
    low = phrase.lower()
    low = OBJECT_PRONOUNS.get(low, low)  # "quoted him as saying": he
    if low in cues.PRONOUNS or low == "who":
        return _antecedent(low, phrase, claim, text, history, people, voices, ordered)
    if claim.label:
        return _labelled(phrase, claim.subject, history)
    subject = claim.subject
    if text.endswith("and ", 0, start) and (
            phrase[:1].islower() and not DETERMINED.match(phrase) or
            phrase.partition(" ")[0] in BLOC_NAMES) and \
            (joined := CONJOINED_BEFORE.search(text, max(0, start - 60), start)) is not None:
        # "Western diplomatic and official sources", "Western and Arab diplomats": the
        # modifiers before "and" are the same speaker's
        subject = (joined.start(1), end)
        phrase = text[subject[0]:end]
    speaker = describe(text, subject, matcher, date, claim.context, index)
    if speaker.name is None and (name := bare_name(phrase)) is not None:
        speaker = new_speaker(name, None, speaker.actor, speaker.voice, phrase, subject)
    # (Both patterns start "[Tt]he": a cheap test first.)
    definite = phrase.startswith(("the", "The")) and (
        DEFINITE.fullmatch(phrase) or AT_PLACE.fullmatch(phrase))
    if definite and speaker.name is None:
        # "the spokeswoman", "the ministry": the nearest earlier speaker with that title
        head = definite.group(1).lower()
        for earlier in reversed(history[-RECENT:]):
            said = earlier.speaker
            words = f"{said.role or ''} {said.name or ''}".lower().split()
            if head in words:
                return _as_said(said, phrase, subject)
    elif speaker.name is None and phrase[:4] in ("the ", "The ") and \
            (described := _described_before(phrase, history)) is not None:
        # (its own words, the earlier speaker's state or body)
        return new_speaker(None, speaker.role, speaker.actor, speaker.voice, phrase, subject,
                           described.code, described.capacity)
    return _voiced(speaker, voices.of(speaker))


def _described_before(phrase: str, history: list[Antecedent]) -> Speaker | None:
    """The nearest earlier speaker of a code, no person, that a definite phrase describes
    again: the same head, and every word of the phrase among its words ("the senior bank
    official" after "a senior central bank official", "the bank" after "the Bank of
    Canada"); else None."""
    words = phrase[4:].lower().split()
    if not words:
        return None
    for earlier in reversed(history[-RECENT:]):
        said = earlier.speaker
        if said.code is None or not said.mention or said.name is not None and \
                _person_like(said.name, said.role, said.voice):
            continue  # (a person named is named again by name)
        had = said.mention.lower().split(",")[0].split()
        head = had[had.index("of") - 1] if "of" in had[1:] else had[-1]
        if head == words[-1] and all(w in had for w in words):
            return said
    return None


def _labelled(label: str, span: Span, history: list[Antecedent]) -> Speaker:
    """The speaker a transcript's label names ("PENCE", "JAKE TAPPER", "MR. KHAN"): the
    earlier speaker of that surname, else the name as a name ("Pence"), whom a surname alone
    does not tie to any state (unknown stays unknown)."""
    words = [w for w in label.split() if w.rstrip(".").lower() not in cues.COURTESY]
    name = " ".join(w.capitalize() for w in words or label.split())
    surname = name.split()[-1].lower()
    for earlier in reversed(history[-RECENT:]):
        said = earlier.speaker
        if said.name and said.name.split()[-1].lower() == surname:
            return _as_said(said, label, span)
    return new_speaker(name, None, None, UNKNOWN, label, span)


def _agree(speaker: Speaker, voices: ArticleVoices, states: dict[str, str]) -> Speaker:
    """A speaker's configured actor agrees with the state its own words name: "the U.S.
    ambassador to the United Nations" is the United States', not the UN's, though the UN's
    name is in the phrase. When they differ, the configured state with the speaker's code
    takes its place, or no actor (a wrong actor is worse than none). A speaker of no
    configured actor whose words or dated role make it a state's voice (government,
    legislature, opposition: "Reagan" in 1987) is the configured state's of that code.
    A speaker whose phrase names a state or body `follow_all` adds, and whose words the
    reference reads as no one's voice, is not that actor's ("Greek newspapers", "an
    Argentine observer": the public of that state, or the news, not its government)."""
    if speaker.code is None:
        if speaker.actor in voices.book.added and speaker.capacity in (None, *STATE_CAPACITIES):
            return new_speaker(speaker.name, speaker.role, None, UNKNOWN, speaker.mention,
                               speaker.span, None, speaker.capacity)
        return speaker
    if speaker.actor is None:
        if speaker.capacity not in STATE_CAPACITIES or speaker.code not in states:
            return speaker
        return new_speaker(speaker.name, speaker.role, states[speaker.code], OFFICIAL,
                           speaker.mention, speaker.span, speaker.code, speaker.capacity)
    own = voices.configured(speaker.actor).code
    if own is None or own == speaker.code:
        return speaker
    return new_speaker(speaker.name, speaker.role, states.get(speaker.code), speaker.voice,
                       speaker.mention, speaker.span, speaker.code, speaker.capacity)


def _again(speaker: Speaker, earlier: list[Speaker], text: str = "",
           voices: ArticleVoices | None = None) -> Speaker:
    """A speaker referred to again: "the officials", "the sources", "the statement" or "they"
    after "South Korean Finance Ministry officials said" take that state's code and capacity.

    A definite phrase ("the" + head, or a head alone) takes the nearest earlier speaker whose
    words end in the same head (singular or plural); "they" the nearest earlier group whose
    words end in a plural head; "it" the nearest earlier body, document or medium; "the
    statement" also the body or known person that spoke "in a statement" or issued one ("the
    Finance Ministry said in a statement", "President Obama released a statement"); "the
    Bank's report" the nearest earlier speaker whose words end in the possessor ("the
    central bank"); "the newspaper", "the paper", "the agency" or "the radio"
    the nearest earlier medium ("the People's Daily" or "the official news agency Tanjug",
    which speak for their state, or "the New York Times", which speaks for none).
    Only earlier speakers with a code count, and the nearest with the head decides: unknown
    stays unknown.
    """
    mention = speaker.mention or ""
    if speaker.capacity == "leg" and (speaker.name is None or speaker.name.lower() in
                                      LEGISLATURES) and \
            not mention.rstrip().endswith(("sources", "source")):
        return _legislators(speaker, earlier)
    if mention.strip()[:1] not in AGAIN_FIRST:
        return speaker  # (AGAIN cannot match)
    m = AGAIN.fullmatch(mention.strip())
    if m is None:
        return speaker
    low = mention.strip().lower()
    head = _singular(" ".join(m.group(1).lower().split())) if m.group(1) else None
    # "The Bank's report": the body the possessor names again ("Israel's central bank").
    owner = _singular(m.group(2).lower()) if m.group(2) else None
    # A possessor names its body outright: it is looked for further back.
    back = AGAIN_BACK * 4 if owner is not None else AGAIN_BACK
    for said in reversed(earlier[-back:]):
        # The speaker's own words, not what a comma adds ("Today's Foreign Ministry statement,
        # carried by the Kuwait News Agency KUNA").
        words = WORD.findall((said.mention or "").split(",")[0].lower())
        if not words or said.mention == speaker.mention and said.span == speaker.span:
            continue
        last = words[-1]
        if owner is not None:
            fits = _singular(last) == owner
        elif head in BROADCAST_HEADS:
            fits = head in words[-3:]
        elif head in MEDIA_HEADS:
            fits = said.capacity == "media" or MEDIUM.search(said.mention or "") is not None \
                or _report_kin(words) == "white paper"  # "The white paper ... the paper"
        elif head in REPORT_KIN:
            fits = _report_kin(words) is not None
        elif head is not None:
            fits = _singular(last) == head or head in DOCUMENTS and said.span is not None and (
                (last in THING_HEADS or said.name is not None) and _issued(
                    text, said.span[1], head) or
                _cited(text, said.span[1], head) or _document_head(words) == head)
        elif low == "they":
            if _plural(said) and last not in GROUP_HEADS:
                return speaker  # the nearest group is not officials ("Critics ... They")
            fits = _singular(last) != last and last in GROUP_HEADS
        else:  # "it": a body, a document or a medium ("the official news agency Tanjug")
            fits = last in THING_HEADS or not BROADCAST_HEADS.isdisjoint(words[-3:])
        if fits:
            if said.code is None and head in MEDIA_HEADS and said.capacity == "media":
                return new_speaker(speaker.name, speaker.role, speaker.actor, speaker.voice,
                                   speaker.mention, speaker.span, None, "media")
            if said.code is None:
                return speaker
            return new_speaker(speaker.name, speaker.role, speaker.actor, speaker.voice,
                               speaker.mention, speaker.span, said.code, said.capacity)
    if voices is not None and (head == "official" or low.endswith("authorities")) and \
            owner is None:
        return _home_officials(speaker, earlier, voices)  # ("the authorities" likewise)
    return speaker


def _home_officials(speaker: Speaker, earlier: list[Speaker], voices: ArticleVoices) -> Speaker:
    """Officials of no stated country and of no body named before ("Officials said many
    roads had been damaged") in a story that names one state alone, or whose offices alone it
    names: that state's officials, unless an earlier speaker spoke for another state's
    government or for a company (in a company's story, "officials say" are the company's)."""
    home = voices.home()
    if home is None or any(said.code not in (None, home) or said.capacity == "business"
                           for said in earlier):
        return speaker
    others = [code for code in voices.named_codes() if code != home]
    if others and not (voices.firm_home() == home and voices.governments() == {home} and
                       all(voices.reference.kind_of(code) in STATE_KINDS for code in others)):
        return speaker  # (another state named, unless the story names the offices of its
        # home alone: "Two U.S. government agencies are in dispute over ... Iran, officials
        # said")
    return new_speaker(speaker.name, speaker.role, speaker.actor, speaker.voice,
                       speaker.mention, speaker.span, home, "gov")


def _company(speaker: Speaker, voices: ArticleVoices) -> Speaker:
    """A speaker named by one word alone ("Santos said") that the article writes as the first
    word of a company's name ("Santos Ltd's takeover bid") is that company, whatever person
    of the reference bears the name as a surname."""
    mention = (speaker.mention or "").strip()
    if not mention[:1].isupper():
        return speaker
    if " " in mention:
        # "General Motors said", "Data General said": capitalised words that open a
        # company's name the article writes ("General Motors Corp"), not a general's title
        first = mention.split(" ", 1)[0]
        if first == "The" or not all(w[:1].isupper() for w in mention.split()) or \
                not (firm := voices.company(first)) or \
                not (firm + " ").startswith(mention + " ") or \
                voices.reference.lookup(mention) is not None:
            return speaker  # ("New Zealand said" beside "New Zealand Steel Ltd": the state)
    elif voices.company(mention) is None:
        return speaker
    return new_speaker(speaker.name, speaker.role, None, speaker.voice, speaker.mention,
                       speaker.span, None, "business")


def _same_office(speaker: Speaker, earlier: list[Speaker], voices: ArticleVoices) -> Speaker:
    """A person named with a spokesman's bare title ("spokesman Cent van Vliet said") after a
    nameless speaker of that title whose words say whose it is ("a Defence Ministry spokesman said")
    is that speaker named: the title refers again, as "the spokesman" would. The nearest
    earlier speaker with the title decides; one with no code leaves it unknown. The person's
    later mentions ("Van Vliet said") take the same voice."""
    role = speaker.role or ""
    if "spokes" not in role.lower():
        # (Every SPOKESPEOPLE title holds "spokes", and the title below is the lower case of
        # a part of the role: a cheap test first. Only a "Σ" lowers by its neighbours.)
        return speaker
    title = _drop_determiner(role).strip().lower()
    mention = _drop_determiner(speaker.mention or "").lower()
    if title not in SPOKESPEOPLE or not mention.startswith(title + " "):
        return speaker  # (a title the text writes, not the reference's: "President Trump")
    for said in reversed(earlier[-AGAIN_BACK:]):
        words = WORD.findall((said.mention or "").lower())
        if not words or words[-1] != title:
            continue  # (a phrase ending in its title names no one: "a ministry spokesman")
        if said.code is None:
            return speaker
        voices.settle(speaker.name, Voice(said.code, said.capacity, "the title said before"))
        return new_speaker(speaker.name, speaker.role, speaker.actor, speaker.voice,
                           speaker.mention, speaker.span, said.code, said.capacity)
    return speaker


def _office_of_speakers(speaker: Speaker, earlier: list[Speaker], text: str = "") -> Speaker:
    """A state's office named with no state ("the Foreign Ministry said in a statement"),
    in a story that has no home state, after speakers of one state's government alone
    ("Kuwait today rejected charges ..."): that state's office; where the story quoted two
    states' governments before, the one its paragraph quoted ("In Taipei, Taiwan said it
    would not recognise the agreement. A Foreign Ministry statement said ..."). A nameless
    person ("an official") or two states in the paragraph too leave it unknown."""
    if _person_like(speaker.name, speaker.role, speaker.voice) or \
            HOME_OFFICE.search(speaker.mention or "") is None:
        return speaker
    found = _as_one_state(speaker, earlier, "gov")
    if found.code is None and speaker.span is not None and text:
        paragraph = text.rfind("\n", 0, speaker.span[0])
        found = _as_one_state(speaker, [said for said in earlier if said.span is not None and
                                        paragraph < said.span[0] < speaker.span[0]], "gov")
    return found


def _legislators(speaker: Speaker, earlier: list[Speaker]) -> Speaker:
    """Nameless legislators or a legislature named with no state ("lawmakers said",
    "Congress has demanded"): the state of the legislators the story quoted before, when
    they are all one state's ("Senate Republican leader Robert Dole ... lawmakers said")."""
    return _as_one_state(speaker, earlier, "leg")


def _as_one_state(speaker: Speaker, earlier: list[Speaker], capacity: str) -> Speaker:
    """The speaker in that capacity of the one state whose earlier speakers in it all
    were; as it is when they were of none or of two states."""
    codes = {said.code for said in earlier if said.capacity == capacity and said.code is not None}
    if len(codes) != 1:
        return speaker
    (code,) = codes
    return new_speaker(speaker.name, speaker.role, speaker.actor, speaker.voice,
                       speaker.mention, speaker.span, code, capacity)


def _cited(text: str, end: int, document: str) -> bool:
    """Whether the speaker cited a document of that kind as the source of its words ("they
    said, citing a guideline prepared by the ministry"): the document is the speaker's."""
    return re.match(rf"[^.\n]{{0,40}}?\bciting\s+(?:a|an|its|their|the)\s+(?:[\w-]+\s+)?"
                    rf"{document}s?\b", text[end:end + 80]) is not None


def _issued(text: str, end: int, document: str) -> bool:
    """Whether the words after a speaker phrase say it spoke in a document of that kind
    ("the Finance Ministry| said in a statement", "President Obama| released a statement")."""
    return re.match(rf"[^.\n]{{0,40}}?\b(?:in|issued|released)\s+(?:a|an|its)\s+(?:[\w-]+\s+)?"
                    rf"{document}\b", text[end:end + 80]) is not None


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _antecedent(pronoun: str, phrase: str, claim: Claim, text: str, history: list[Antecedent],
                people: _Named, voices: ArticleVoices, ordered: bool = False) -> Speaker:
    """Resolve a pronoun to the nearest earlier compatible speaker or named person.

    `ordered`: whether `history` is in position order (then its last RECENT and the people
    named are merged nearest first as they are read, not sorted into a new list)."""
    if pronoun in ("i", "we"):
        return new_speaker(None, None, None, UNKNOWN, phrase, claim.subject)
    want_person = pronoun in cues.PERSON_PRONOUNS or pronoun == "who"
    # The nearest few are enough: bounded so that long articles stay linear.
    if ordered:
        candidates: Iterable[Antecedent] = _nearest_first(history, people, claim.position)
    else:
        every = history[-RECENT:]  # (a slice: a new list)
        every.extend(people.before(claim.position))
        every.sort(key=attrgetter("position"))
        candidates = reversed(every)
    before = (claim.subject or (claim.position, 0))[0]
    fitting: list[Antecedent] = []  # the nearest three that fit
    for candidate in candidates:
        said, gender = candidate.speaker, candidate.gender
        if candidate.position >= before:
            continue
        if candidate.spoke and _plural(said):
            # a group ("Critics said ... They called for") is "they", never "he" or "she"
            fits = pronoun == "they"
        else:
            fits = (_person_like(said.name, said.role, said.voice) and
                    not _place_or_body(said, voices) or
                    _person_mention(said.mention) or _one_source(said.mention)) == \
                want_person and not (
                pronoun in ("he", "she") and gender not in (None, pronoun))
        if fits:
            fitting.append(candidate)
            if len(fitting) == 3:
                break
    if pronoun == "they" and any(c.spoke and _plural(c.speaker) for c in fitting):
        fitting = [c for c in fitting if c.spoke and _plural(c.speaker)]
    # A recent speaker known to be "she" wins over a nearer one of unknown gender. One known
    # to be "he" wins only over a person merely named: most speakers whose gender the text
    # does not show are men, so a nearer speaker is likelier than a "spokesman" further back.
    if phrase == "They" and (group := _group_before(text, before, voices)) is not None and \
            not any(a.speaker.span is not None and a.speaker.span[0] >= group[0]
                    for a in history[-RECENT:]):
        # (a sentence that opens "They" after one with a group for subject and no speaker)
        return _as_said(group[1], phrase, claim.subject)
    nearest_spoke = bool(fitting) and fitting[0].spoke
    known = [c for c in fitting
             if c.gender == pronoun and (pronoun == "she" or not nearest_spoke)]
    chosen = known[0] if known else fitting[0] if fitting else None
    if chosen is None:
        subject = (_titled_in_sentence(text, before, voices) or
                   _subject_before(text, before, voices)) if want_person else \
            _body_subject_before(text, before, voices) if pronoun == "it" else None
        if subject is not None:
            return _as_said(subject, phrase, claim.subject)
        return new_speaker(None, None, None, UNKNOWN, phrase, claim.subject)
    said = chosen.speaker
    if not chosen.spoke:  # a person named in passing speaks with their actor's code
        said = _voiced(said, voices.configured(said.actor))
    return _as_said(said, phrase, claim.subject)


def _place_or_body(said: Speaker, voices: ArticleVoices) -> bool:
    """Whether a speaker's name is a state's, a body's or a medium's the reference knows
    ("the official newspaper El Peruano said ... It said"): "it", not "he"."""
    return said.name is not None and voices.reference.lookup(said.name, voices.day) is not None


def _nearest_first(history: list[Antecedent], people: _Named,
                   position: int) -> Iterator[Antecedent]:
    """The last RECENT earlier speakers (`history`, in position order) and the people named
    before `position`, nearest first: the reverse of their stable sort by position (at one
    position a person named comes before a speaker), each person read only when reached."""
    n = len(history)
    lo = max(0, n - RECENT)
    i = n - 1
    # (Nearest first, each person's mention made only when reached: `_antecedent` mostly
    # stops after the nearest few, so most of the RECENT are never read.)
    named = people.nearest_before(position)
    at = people.at
    person = None
    while True:
        while person is None and (m := next(named, None)) is not None:
            person = at(m)
        if person is None:
            while i >= lo:
                yield history[i]
                i -= 1
            return
        if i < lo:
            yield person
            for m in named:
                found = at(m)
                if found is not None:
                    yield found
            return
        spoke = history[i]
        if person.position >= spoke.position:
            yield person
            person = None
        else:
            yield spoke
            i -= 1


class _Named:
    """The people an article names (its PERSON mentions) as antecedents of a pronoun, each
    made once per article (the same value for every pronoun that looks back at it)."""

    __slots__ = ("_text", "_index", "_made")

    def __init__(self, text: str, index: MentionIndex) -> None:
        self._text = text
        self._index = index
        self._made: dict[int, Antecedent | None] = {}  # a mention's start -> its antecedent

    def mentions_before(self, position: int) -> list[Mention]:
        """The RECENT people named last before `position`, left to right."""
        return self._index.last_before(position, PERSON, RECENT)

    def nearest_before(self, position: int) -> Iterator[Mention]:
        """`mentions_before(position)` nearest first, each read when reached."""
        return self._index.nearest_before(position, PERSON, RECENT)

    def at(self, m: Mention) -> Antecedent | None:
        """The antecedent a person named is, if they can be a later pronoun's subject
        (`_may_be_subject`); else None."""
        made = self._made
        i = m.start
        if i in made:
            return made[i]
        found = None
        if m.person is not None and _may_be_subject(self._text, m):
            # Voiced (its actor's code) only if chosen: most candidates are not.
            named = new_speaker(m.person.name, m.person.role, m.actor, OFFICIAL, None, None)
            found = new_antecedent(m.start, named, None, False)
        made[i] = found
        return found

    def before(self, position: int) -> list[Antecedent]:
        """The antecedents among the RECENT people named last before `position`, in order."""
        at = self.at
        return [found for m in self.mentions_before(position) if (found := at(m)) is not None]


def _sentence_before(text: str, pos: int) -> tuple[int, int] | None:
    """Where the sentence that ends before `pos` (past white space) starts and ends, or None
    at the text's start."""
    end = len(text[:pos].rstrip())
    if end <= 0:
        return None
    stop = _sentence_stop(text, end - 1) + 1
    while stop < end and text[stop].isspace():
        stop += 1
    return stop, end


def _titled_in_sentence(text: str, pos: int, voices: ArticleVoices) -> Speaker | None:
    """"he" or "she" after the one titled name earlier in its own sentence ("As pressure
    mounted on British Prime Minister Margaret Thatcher to call a June election, she said
    ..."), when the article says whom that name serves; else None (no such name, or two)."""
    start = _sentence_stop(text, pos) + 1
    if pos - start < 12 or any(q in text[start:pos] for q in '"“”'):
        return None  # (the pronoun opens its sentence, as most do; a quotation's names)
    found = [m for m in TITLED_NAME.finditer(text, start, pos)
             if _strip_title(m.group()) != m.group()]
    if len(found) != 1:
        return None
    name = _strip_title(found[0].group())
    if len(name.split()) < 2 or _body_words(name):
        return None  # (a full name only: "Minister Omar" may be anyone's)
    title = found[0].group()[:found[0].group().rindex(name)].strip() or None
    said = new_speaker(name, title, None, UNKNOWN, found[0].group(), found[0].span())
    voice = voices.of(said)
    if voice.code is None or voice.capacity not in STATE_CAPACITIES:
        return None
    return _voiced(said, voice)


def _body_subject_before(text: str, pos: int, voices: ArticleVoices) -> Speaker | None:
    """"It said" with no earlier speaker that fits: the body that opens the sentence before
    as its subject ("The state news agency Tanjug was more optimistic. It said ..."), when
    the article says whose it is; else None (a person, or a body of no state)."""
    if (sentence := _sentence_before(text, pos)) is None:
        return None
    m = BODY_SUBJECT.match(text, *sentence)
    if m is None or not _body_words(m.group(1)) and not m.group(1).isupper() and \
            voices.reference.lookup(m.group(1).split()[-1]) is None:
        return None  # (a body's words, an abbreviation, or a name the reference knows)
    said = new_speaker(None, m.group(1), None, UNKNOWN, m.group(1), m.span(1))
    voice = voices.of(said)
    if voice.code is None or voice.capacity not in ("gov", "igo", "leg", "opp") or \
            not OWN_BODY.search(voice.rule) and not HOME_OFFICE_WORD.search(m.group(1)):
        return None  # (a body the reference knows, or a state's office: "the Muslim Council
        # of Britain", a council named for a state, is no one's)
    return _voiced(said, voice)


def _subject_before(text: str, pos: int, voices: ArticleVoices) -> Speaker | None:
    """"He said" with no earlier speaker or known person: the name that opens the sentence
    before as its subject ("Prime Minister Branko Mikulic was quoted as saying ...\n\n
    Mikulic was speaking to journalists ...\n\nHe said ..."), when the article says whom
    that name serves (as "Mikulic said" would take it); else None."""
    if (sentence := _sentence_before(text, pos)) is None:
        return None
    m = SUBJECT_NAME.match(text, *sentence)
    if m is None:
        return None
    subject = m.group(1) or m.group(2)
    name = _strip_title(subject)
    if _body_words(subject if m.group(1) else name) or ARTICLE_ONLY.match(subject) or \
            m.group(2) is not None and name == subject and (
                m.group(3) is None or ROLE_ASIDE.match(m.group(3)) is None):
        return None  # (the second form only with a title before the name, or an aside
        # that gives the name its office: "Zhang Zhongji, spokesman of the State
        # Statistical Bureau, quoted the figures as showing ...")
    role = None
    if m.group(2) is not None and name == subject:
        role = m.group(3).strip()  # (a person, as a title would make them)
        subject = f"{subject},{m.group(3)}"
    if not name or voices.book.no_given_name(name.split()[-1]) or \
            name.lower() in cues.PRONOUNS:
        return None  # "Kuwait was ...", "Minister was ...", "It was ..."
    said = new_speaker(name, role, None, UNKNOWN, subject, None)
    voice = voices.of(said)
    if voice.code is None or voice.capacity not in STATE_CAPACITIES:
        return None
    return _voiced(said, voice)


def _group_before(text: str, pos: int, voices: ArticleVoices) -> tuple[int, Speaker] | None:
    """"They said" after a sentence whose subject is a group in the plural ("But growers and
    traders are concerned ... \n\nThey estimate the levy at ..."): that group, where it
    stands, read for its voice; else None."""
    if (sentence := _sentence_before(text, pos)) is None:
        return None
    m = GROUP_SUBJECT.match(text, *sentence)
    if m is None or not _plural_words(m.group(1)) or m.group(1).lower() in cues.PRONOUNS:
        return None
    said = new_speaker(None, None, None, UNKNOWN, m.group(1), m.span(1))
    return m.start(1), _voiced(said, voices.of(said))


# A group in the plural opening a sentence as its subject, before its verb ("But growers and
# traders are concerned", "Most analysts expect").
GROUP_SUBJECT = re.compile(r"(?:(?:But|And|Yet|So)\s+)?((?:[A-Za-z][\w'’-]*\s+){0,4}?"
                           r"[a-z][\w'’-]*s)\s+(?:are|were|have|had|will|would|could|may|might|"
                           r"do|did|also|expect|fear|believe|think|want)\b")


def _plural(speaker: Speaker) -> bool:
    """Whether a speaker is a group of people ("Financial analysts", "the bankers")."""
    return _plural_words(speaker.mention or "")


POSTMODIFIED = re.compile(r"\s+(?:in|at|of|from|for|with|on|close\s+to)\s+")


@lru_cache(maxsize=MEMO)  # (the same phrase comes again: each speaker is looked back at)
def _plural_words(mention: str) -> bool:
    # the head of the phrase, before an appositive or a postmodifier ("Analysts in Zurich, a
    # major silver trading centre": analysts; "the head of the delegations": one head)
    words = WORD.findall(POSTMODIFIED.split(mention.split(",", 1)[0], 1)[0])
    if not words:
        return False
    last = words[-1].lower()
    return last in PEOPLE or words[-1].islower() and last.endswith("s") and not last.endswith(
        ("ss", "us", "is", "'s", "’s"))


def _may_be_subject(text: str, mention: Mention) -> bool:
    """Whether a person named in passing can be what a later "he" or "she" refers to: not
    when the name is a possessive ("Mr. Trump's campaign chairman"), follows a preposition
    ("an alternative to Trump") or modifies a noun after an article ("a Trump presidency")."""
    if text.startswith(("'s", "’s", "' ", "’ "), mention.end):
        return False
    # The capitalised words and initials right before the mention are the name's or its
    # title's ("fondness for President Vladimir V. Putin", "talks with Prime Minister Nawaz
    # Sharif"): the preposition or article is read before them.
    run = NAME_RUN_BEFORE.search(text, max(0, mention.start - 40), mention.start)
    start = run.start() if run is not None else mention.start
    return not OBJECT_BEFORE.search(text, max(0, start - 12), start)


def is_body(speaker: Speaker) -> bool:
    """Whether a speaker is a body or an actor itself rather than a person."""
    return speaker.actor is not None and speaker.voice == OFFICIAL and not _is_person(speaker)


def _is_person(speaker: Speaker) -> bool:
    return _person_like(speaker.name, speaker.role, speaker.voice)


@lru_cache(maxsize=MEMO)  # (a pure function of its words; the same speakers come again)
def _person_like(name: str | None, role: str | None, voice: str) -> bool:
    if name is None:
        words = WORD.findall(role or "")
        # "a Defence Ministry spokesman", "a senior finance ministry official": a person
        # whatever body they serve; "the Finance Ministry" is a body. The head of "X of Y"
        # is X: "Minister of State for Finance Damas Mbogoro" is a person, "the Ministry
        # of Finance" a body.
        return bool(words) and (words[-1].lower() in PERSON_HEADS or
                                _head_before_of(words) in PERSON_HEADS or
                                not _body_words(role or ""))
    if _body_words(name):
        return False
    return voice != OFFICIAL or role is not None


def _report_kin(words: list[str]) -> str | None:
    """The kind of report-like document a speaker's words name (REPORT_KIN: "a government
    report", "The white paper on agriculture", "the CIA-DIA study"), else None."""
    head = _document_head(words) or (_singular(words[-1]) if words else "")
    at = next((i for i, word in enumerate(words) if _singular(word) == head), -1)
    if head == "paper" and at > 0 and words[at - 1] == "white":
        return "white paper"
    return head if head in REPORT_KIN else None


def _document_head(words: list[str]) -> str:
    """The head of a document's phrase before what follows it ("a report from U.S.
    intelligence agencies": report), in lower case; "" when no preposition follows one."""
    for i, word in enumerate(words[1:], 1):
        if word in ("from", "by", "of", "on", "issued", "prepared"):
            return _singular(words[i - 1])
    return ""


def _person_mention(mention: str | None) -> bool:
    """Whether a speaker's words end in a nameless person's title, whatever body's name
    `describe` gave it as its name ("a senior IMF official" is "he", not "it")."""
    words = WORD.findall((mention or "").split(",")[0])
    return bool(words) and words[-1].lower() in PERSON_HEADS


def _one_source(mention: str | None) -> bool:
    """Whether a speaker's words end in "source" (one person: "One agriculture ministry
    source")."""
    return (mention or "").split(",")[0].rstrip().endswith(" source")


def _head_before_of(words: list[str]) -> str:
    """The head of a phrase "X of Y" or "X for Y": the word before the first "of" or "for"
    ("Minister of State for Finance" -> "minister"), in lower case; "" when there is none."""
    for i, word in enumerate(words):
        if word in ("of", "for"):
            return words[i - 1].lower() if i else ""
    return ""


@lru_cache(maxsize=MEMO)
def _body_words(phrase: str) -> bool:
    found = WORD.findall(phrase)
    words = {w.lower() for w in found}
    return bool(words & BODY_WORDS) or phrase.isupper() or bool(found) and (
        found[-1].lower() in BODY_HEADS or _head_before_of(found) in BODY_HEADS)


def _gender(text: str, span: Span | None) -> str | None:
    if span is None:
        return None
    phrase = text[span[0] : span[1]]
    if phrase.lower() in ("he", "she"):
        return phrase.lower()
    # (Each FEMALE word holds "wom" or "M", each MALE word "man" or "M": cheap tests first.)
    if ("wom" in phrase or "M" in phrase) and FEMALE.search(phrase):
        return "she"
    if ("man" in phrase or "M" in phrase) and MALE.search(phrase):
        return "he"
    return None


def describe(text: str, span: Span, matcher: ActorMatcher, date: dt.date | None,
             context: Span | None = None, index: MentionIndex | None = None) -> Speaker:
    """Read a speaker phrase into name, role, actor and voice (`index`: the text's mentions)."""
    start, end = span
    phrase = text[start:end]
    mentions = _find(text, start, end, matcher, date, index)
    mentions = _not_names(text, mentions)
    comma = phrase.find(",")
    # (Empty tuples, not lists: most phrases name no one, and `()` is made once.)
    persons: Sequence[Mention] = ()
    roles: Sequence[Mention] = ()
    aliases: Sequence[Mention] = ()
    if mentions:  # (most phrases name no one: "officials", "the ministry")
        persons, roles, aliases = _by_kind(mentions)
    if comma > 0 and _proper(phrase[:comma]) and not DETERMINER.match(
        phrase[comma + 1 :].lstrip()
    ):
        # "Sexton, after previous Trump rallies,": the head names the speaker (but "Bob
        # Prucha, a Pentagon spokesman": an appositive says whose spokesman he is).
        persons = [m for m in persons if m.end <= start + comma]
        if not persons:
            mentions = tuple(m for m in mentions if m.end <= start + comma)
            _, roles, aliases = _by_kind(mentions)
    if persons:
        found = persons[-1]
        person = found.person
        assert person is not None
        title = _role_text(text, span, found, roles) or person.role
        return new_speaker(person.name, title, found.actor, OFFICIAL, phrase, span)
    name, split_role = _split_name(phrase, mentions, start)
    role: str | None = split_role
    if len(aliases) == 1 and not roles and \
            phrase[(m.end() if (m := ARTICLE_ONLY.match(phrase)) else 0):].strip() == \
            aliases[0].text and \
            not (m is not None and aliases[0].text.endswith(NATION_ENDS)) and \
            demonym_alone(aliases[0].text, matcher.voices.reference):
        # "the Belgian said", "Cuban said": a state's adjective alone as a noun is a person
        # (of that state, or named so: Mark Cuban), not the state speaking; but "the
        # Japanese", "the French" are the nation (the plural is the adjective itself)
        return new_speaker(aliases[0].text, None, None, UNKNOWN, phrase, span)
    actor = _head_actor(text, aliases)
    if actor is not None:
        has_role = bool(roles) or _body_words(phrase)
        if name is not None and not has_role:
            return new_speaker(name, role, actor, PUBLIC, phrase, span)
        plural_public = not has_role and PLURAL_PUBLIC.search(phrase.rstrip(".,"))
        voice = PUBLIC if plural_public else OFFICIAL
        if name is None and (_office(roles[-1].text) if roles else _body_head(text, start)):
            # The body itself speaks: "China", "Pakistan's Foreign Office", "the ISPR"
            # (not "a Venezuelan ministry source": a person of it).
            name, role = _body_name(text, span, aliases), None
            voice = PUBLIC if plural_public else OFFICIAL
        return new_speaker(name, role, actor, voice, phrase, span)
    if name is not None and not roles and context is not None:
        # A private person: the public of the state their apposition or the people the
        # text just spoke of names (`_public_of`), if any.
        public = _public_of(text, span, context, matcher, date, index)
        if public is not None:
            return new_speaker(name, role, public, PUBLIC, phrase, span)
    return new_speaker(name, role, None, UNKNOWN, phrase, span)


def _by_kind(mentions: Sequence[Mention]) -> tuple[list[Mention], list[Mention], list[Mention]]:
    """The named people (PERSON mentions with a person), ROLE and ALIAS mentions, in order:
    one pass instead of three list comprehensions."""
    persons: list[Mention] = []
    roles: list[Mention] = []
    aliases: list[Mention] = []
    for m in mentions:
        kind = m.kind
        if kind == ALIAS:
            aliases.append(m)
        elif kind == ROLE:
            roles.append(m)
        elif kind == PERSON and m.person is not None:
            persons.append(m)
    return persons, roles, aliases


def _public_of(text: str, span: Span, context: Span, matcher: ActorMatcher,
               date: dt.date | None, index: MentionIndex | None) -> str | None:
    """The state whose public a private person named at `span` is one of: the state or
    demonym of an appositive after the name ("Maria Lopez, a Mexican farmer"), not after a
    preposition of place ("Lopez, a farmer in Texas", "on his return from London"), nor in
    a relative clause; or the people a narrating sentence just before spoke of ("Iranians
    have taken to social media ... '...,' researcher Mohammad Rahbari tweeted"). Never a
    body (a private person is no body's public), nor a state the statement or its sentence
    is about ("If the Saudis wish", "at the World Bank meeting")."""
    start, end = span
    found = APPOSED.match(text, end)
    if found is not None:
        described = RELATIVE_CLAUSE.split(found.group(1), 1)[0]
        lo = found.start(1)
        for m in _not_names(text, _find(text, lo, lo + len(described), matcher, date, index)):
            if m.kind == ALIAS and not LOCATIVE_BEFORE.search(text, lo, m.start) and \
                    _is_state(matcher, m.actor):
                return m.actor
    # The sentence before the statement: "Iranians ..." or "Many Iranians ..." opening a
    # paragraph or a sentence, with no quotation in it (narration, not somebody's words).
    first = min(start, context[0])
    sentence_end = _sentence_stop(text, first)
    while sentence_end > 0 and text[sentence_end - 1].isspace():
        sentence_end -= 1
    if sentence_end <= 0:
        return None
    opening = _sentence_stop(text, sentence_end - 1)
    lo = opening + 1 if opening >= 0 else 0
    group = GROUP_OPENING.match(text, lo, sentence_end)
    if group is None or QUOTE_MARKS.search(text, lo, sentence_end):
        return None
    for m in _find(text, group.start(1), group.end(1), matcher, date, index):
        if m.kind == ALIAS and m.start == group.start(1) and m.end == group.end(1) and \
                _is_state(matcher, m.actor):
            return m.actor
    return None


def _sentence_stop(text: str, end: int) -> int:
    """`max(text.rfind("\\n", 0, end), text.rfind(". ", 0, end))`: the last line break or
    full stop before `end`, -1 if none. The ". " is looked for only after the line break (one
    before it is not the last): a search of a line, not of the article back to its last ". "
    (a quotation opening a paragraph mostly follows one ending in ".\\n"), which costs the
    more in texts of two bytes a character."""
    newline = text.rfind("\n", 0, end)
    stop = text.rfind(". ", newline + 1, end)
    # A stop after an initial or an abbreviation ends no sentence ("President Vladimir V.
    # Putin", "Sen. Bernie Sanders"): look further back.
    while stop > newline + 1:
        word = WORD_BEFORE_STOP.search(text, max(newline + 1, stop - 12), stop)
        if word is None or not (len(word.group()) == 1 and word.group().isupper() or
                                word.group().lower() in cues.TITLE_ABBREVIATIONS):
            break
        stop = text.rfind(". ", newline + 1, word.start())
    return max(newline, stop)


def _is_state(matcher: ActorMatcher, actor: str | None) -> bool:
    found = matcher.actors.get(actor) if actor is not None else None
    return found is not None and found.kind == "state"


def _not_names(text: str, mentions: tuple[Mention, ...]) -> tuple[Mention, ...]:
    """The mentions without a state's name that is a person's ("Mr. Jordan", "Sir Nicholas
    Georgia"): a name after a courtesy title or a title of rank."""
    if not mentions or not any(m.kind == ALIAS for m in mentions):
        return mentions
    return tuple(m for m in mentions if m.kind != ALIAS or not TITLE_BEFORE.search(
        text, max(0, m.start - 12), m.start))


def _find(text: str, start: int, end: int, matcher: ActorMatcher, date: dt.date | None,
          index: MentionIndex | None) -> tuple[Mention, ...]:
    return index.find(start, end) if index else matcher.find(text, start, end, date)


# The endings of the adjectives that are their own plural ("the Japanese", "the French", "the
# British", "the Swiss"): with "the", the nation.
NATION_ENDS = ("ese", "ch", "sh", "ss")
# An indefinite opening: a speaker phrase that opens so names one of a body's people ("a
# Venezuelan energy and mines ministry source", "an Iranian exporter"), not the body itself.
INDEFINITE = re.compile(r"(?:an?|one|another|two|three|several|some|many)\s", re.IGNORECASE)


def _body_head(text: str, start: int) -> bool:
    """Whether a speaker phrase with no role word names the body itself ("China", "the
    ISPR", "Iran meanwhile"), not one of its people ("a Venezuelan energy and mines ministry
    source", "a Pakistani textile exporter")."""
    return INDEFINITE.match(text, start) is None


def _office(role: str) -> bool:
    """Whether a role phrase names an office or body ("foreign office") not a person."""
    last = role.lower().split()[-1]
    return last in cues.BODY_WORDS


def _role_text(text: str, span: Span, person: Mention, roles: Sequence[Mention]) -> str | None:
    """The role the text gives a named person: a title before them or an appositive."""
    if roles:
        return roles[-1].text
    rest = (text[span[0] : person.start] + " " + text[person.end : span[1]]).strip(" ,")
    rest = _drop_determiner(rest.strip()).strip(" ,")
    return rest or None


TAG_PART = re.compile(r"(?<![\w-])\(?[RDI]-(?:[A-Z][a-z]{1,4}\.?|[A-Z]\.[A-Z]\.|[A-Z]{2})\)?"
                      r"(?![\w-])")


def _split_name(phrase: str, mentions: Sequence[Mention], offset: int) -> tuple[str | None, str]:
    """Split a phrase into a person's or body's name and the description around it."""
    parts = [p.strip() for p in phrase.split(",") if p.strip()] if "," in phrase else []
    if len(parts) > 1:
        # Appositive: "Hugh Hill, a doctor" or "a doctor, Hugh Hill".
        # (a U.S. legislator's party tag, "D-Mich", is no name)
        named = [p for p in parts if _proper(p) and TAG_PART.fullmatch(p) is None]
        head, of, place = parts[0].partition(" of ")
        if not named and of and place[:1].isupper() and _proper(head) and (
                (name := _strip_title(head)) != head and " " in name and "'" not in name
                and "’" not in name and not any(_title_word(w) for w in name.split())):
            # "Sen. Chuck Schumer of New York, the presumptive Democratic leader": the titled
            # name before the place it serves, not a capital further on (but "Minister of
            # Fisheries", "House of Seagram" name no one before "of")
            return name, _drop_determiner(", ".join(parts[1:]))
        if named:
            name = _strip_title(named[0])
            role = ", ".join(p for p in parts if p is not named[0])
            return name, _drop_determiner(role)
    # Blank out actor and role phrases (and possessives) so that only a name is left.
    masked = phrase
    if "-" in phrase:
        masked = TAG_PART.sub(lambda tag: " " * len(tag.group()), phrase)
    for mention in mentions:  # each inside the phrase
        if mention.kind in (ROLE, ALIAS):
            start, end = mention.start - offset, mention.end - offset
            masked = masked[:start] + " " * (end - start) + masked[end:]
    return _unmasked_name(phrase, masked)


@lru_cache(maxsize=MEMO)  # (a function of the phrase and its blanks: "Trump" comes again)
def _unmasked_name(phrase: str, masked: str) -> tuple[str | None, str]:
    """The name left in a phrase whose actor and role phrases `masked` blanks out, and the
    description around it."""
    blank = masked
    if "'" in masked or "’" in masked or "(" in masked:
        blank = POSSESSIVE_OR_PAREN.sub(lambda x: " " * len(x.group()), masked)
    best: tuple[int, int] | None = None
    place = False
    for m in CAPITALISED.finditer(blank):
        s, e = m.start(), m.end()
        if s == 0 and m.group().strip() in NUMERAL_WORDS:
            continue  # "One official", "Two diplomats": a numeral, no name
        if s == 0 and " " not in m.group().strip() and LOWER_NEXT.match(blank, e) or (
            s and ARTICLE_ONLY.fullmatch(phrase, 0, s) and NOUN_TAIL.fullmatch(phrase, e)
        ):
            # "Some of his rivals", "Clinton aides": a capital that starts a phrase; "a
            # Reagan administration official", "The Greek government": one that modifies
            # the noun after its article names no one
            continue
        # (PLACE_BEFORE ends in white space: a cheap test first.)
        if s and (phrase[s - 1].isspace() and PLACE_BEFORE.search(phrase, 0, s) or
                  place and AND_BEFORE.search(blank, 0, s)):
            # "Democrats on Capitol Hill", "the Ministry of Economic Relations and Trade":
            # a place or body, not a name
            place = True
            continue
        place = False
        while e > s and phrase[e - 1] in " ":
            e -= 1
        if s < e:
            best = (s, e)
    if best is None:
        return None, _drop_determiner(phrase)
    s, e = best
    if phrase[e : e + 2] in ("'s", "’s"):
        return None, _drop_determiner(phrase)  # a possessor: "Trump's campaign"
    name = _strip_title(phrase[s:e].strip())
    title = phrase[s:e].strip()[: -len(name)].strip() if name else ""
    title = " ".join(w for w in title.split() if w.rstrip(".").lower() not in cues.COURTESY)
    role = (phrase[:s] + title + phrase[e:]).strip(" ,")
    if not name:
        return None, _drop_determiner(phrase)
    return name, _drop_determiner(role)


def _drop_determiner(phrase: str) -> str:
    """The phrase without a leading article or number (DETERMINER.sub, at half the cost)."""
    m = DETERMINER.match(phrase)
    return phrase[m.end() :] if m else phrase


def _proper(part: str) -> bool:
    words = _drop_determiner(part).split()
    return bool(words) and all(w[:1].isupper() or w in ("al", "bin", "de") for w in words)


@lru_cache(maxsize=MEMO)
def _strip_title(name: str) -> str:
    words = name.split()
    # "Finance Minister Sabaruddin Chik", "House Speaker Jim Wright": the name follows the
    # last title word (and "General Motors" stays what it was: "Motors"); a title of rank
    # stays with it ("Foreign Secretary Sir Geoffrey Howe").
    last = max((i for i, w in enumerate(words[:-1]) if _title_word(w)), default=-1)
    if last > 0:
        words = words[last + 1 :]
    while len(words) > 1 and _title_word(words[0]):
        words = words[1:]
    if words and words[0].lower() == "the":
        words = words[1:]
    return " ".join(words)


def _title_word(word: str) -> bool:
    """A title before a name that is not part of the name ("Minister", "Mr."; not "Sir")."""
    low = word.rstrip(".").lower()
    return low in cues.TITLES and low not in cues.RANKS


def _head_actor(text: str, aliases: Sequence[Mention]) -> str | None:
    """The actor of a phrase: its last alias that is not a possessor of another alias, nor
    the state or body a diplomat is posted to ("Pakistan's ambassador to China": Pakistan's;
    "the ambassador to China" alone says not whose he is), nor where a broadcast was heard
    ("a broadcast monitored in Nicosia" is not Cyprus's)."""
    if not aliases:
        return None  # (most phrases: no list made)
    aliases = [m for m in aliases if not POSTED_TO.search(text, max(0, m.start - 40), m.start)
               and not HEARD_IN.search(text, max(0, m.start - 30), m.start)]
    for m in reversed(aliases):
        after = text[m.end : m.end + 2]
        if POSSESSIVE.match(after) and len(aliases) > 1:
            continue
        return m.actor
    return aliases[-1].actor if aliases else None


def _body_name(text: str, span: Span, aliases: Sequence[Mention]) -> str | None:
    """The name of a body speaking: the phrase without its article and possessor."""
    phrase = text[span[0] : span[1]].strip()
    phrase = _drop_determiner(phrase)
    possessor = POSSESSOR.match(phrase)
    if possessor and phrase[possessor.end() :][:1].isupper():
        phrase = phrase[possessor.end() :]
    return phrase or None
