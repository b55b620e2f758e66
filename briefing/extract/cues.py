"""Cue vocabulary: the verbs and phrases that introduce statements in news prose.

Input: none (constants). Output: precompiled expressions used by statements.py and
attribution.py: speech and stance verbs in all their forms, the adverbials that may stand
between a cue and what was said ("in a statement", "on Tuesday"), auxiliaries and adverbs
that may stand between a speaker and the cue ("has also said"), pronouns and titles.
"""

from __future__ import annotations

import re

from briefing.extract.text import WORD_INITIALS, trie_pattern
from briefing.knowledge import names

# Speech verbs: base, -s, past, -ing (irregular forms spelled out).
_SPEECH = """
say says said saying; tell tells told telling; add adds added adding; note notes noted noting;
write writes wrote writing; state states stated stating; explain explains explained explaining;
argue argues argued arguing; claim claims claimed claiming; insist insists insisted insisting;
warn warns warned warning; declare declares declared declaring;
acknowledge acknowledges acknowledged acknowledging; admit admits admitted admitting;
confirm confirms confirmed confirming; deny denies denied denying;
emphasise emphasises emphasised emphasising; emphasize emphasizes emphasized emphasizing;
stress stresses stressed stressing; reiterate reiterates reiterated reiterating;
clarify clarifies clarified clarifying; urge urges urged urging; tweet tweets tweeted tweeting;
respond responds responded responding; reply replies replied replying;
continue continues continued; conclude concludes concluded concluding;
suggest suggests suggested suggesting; predict predicts predicted predicting;
assert asserts asserted asserting; mention mentions mentioned mentioning;
announce announces announced announcing; promise promises promised promising;
vow vows vowed vowing; pledge pledges pledged pledging; threaten threatens threatened;
accuse accuses accused accusing; complain complains complained complaining;
recall recalls recalled recalling; allege alleges alleged alleging; contend contends contended;
maintain maintains maintained maintaining; observe observes observed observing;
remark remarks remarked; comment comments commented commenting;
report reports reported reporting; inform informs informed; assure assures assured assuring;
boast boasts boasted boasting; brag brags bragged bragging; joke jokes joked joking;
quip quips quipped; concede concedes conceded conceding; charge charges charged charging;
testify testifies testified testifying; reveal reveals revealed revealing;
agree agrees agreed; predict; caution cautions cautioned cautioning; iterate iterates iterated;
reaffirm reaffirms reaffirmed reaffirming; describe describes described describing;
tout touts touted touting; counter counters countered countering; retort retorted;
proclaim proclaims proclaimed; ask asks asked asking; estimate estimates estimated;
indicate indicates
indicated; disclose discloses disclosed; insisting; recount recounts recounted;
wonder wonders wondered; lament laments lamented;
"""
# Stance verbs: a body's position ("China expressed its readiness", "the ministry condemned").
_STANCE = """
condemn condemns condemned condemning; express expresses expressed expressing;
offer offers offered offering; welcome welcomes welcomed welcoming;
reject rejects rejected rejecting; criticise criticises criticised criticising;
criticize criticizes criticized criticizing; demand demands demanded demanding;
dismiss dismisses dismissed dismissing; denounce denounces denounced denouncing;
blame blames blamed blaming; praise praises praised praising; slam slams slammed slamming;
blast blasts blasted blasting; decry decries decried decrying; propose proposes proposed;
recommend recommends recommended; voiced;
"""
# "Official figures show ...", "..., the survey showed.": a cue only for a source of data
# (DATA_SOURCES) as its subject; "the minister showed reporters" is no statement.
DATA_VERBS = frozenset("show shows showed".split())
DATA_SOURCES = frozenset(
    """figures statistics data report reports survey surveys study studies poll polls census
    estimates returns records""".split()
)
_PHRASES = """
called for|calls for|calling for|call for|pointed out|points out|pointing out|
issued a statement|issues a statement|went on|goes on|pointed to|points to|
appealed to|appeals to|called on|calls on|appealed for|appeals for
"""
# Cues whose "to" + verb is what was said ("promised to halt all trade").
COMMISSIVE = frozenset("promised threatened".split())
# Cues whose addressee may come first, "to" + a phrase, before an object that starts with
# "a" or "an" ("proposed to the creditors a refinancing of the interest").
OFFER_VERBS = frozenset("proposed proposes suggested suggests offered offers".split())
# Cues said only when an infinitive follows their addressee ("appealed to members to pay").
APPEAL = frozenset("appealed to|appeals to|called on|calls on".split("|"))


def _forms(block: str) -> list[str]:
    return sorted({w for w in re.split(r"[\s;]+", block) if w}, key=lambda w: (-len(w), w))


SPEECH_VERBS = frozenset(_forms(_SPEECH))
STANCE_VERBS = frozenset(_forms(_STANCE))
PHRASES = tuple(p.strip() for p in _PHRASES.replace("\n", "").split("|"))
CUE_PHRASES = (*PHRASES, *_forms(_SPEECH + _STANCE))
# (a cue is a word of its own: "write-offs", "say-so" hold none)
_CUE_BODY = r"(?:" + trie_pattern(CUE_PHRASES, WORD_INITIALS) + r")\b(?!-[A-Za-z])"
CUE = re.compile(r"\b" + _CUE_BODY)
# A cue starts a word: after a space or another non-word character (or at offset 0). These
# find those characters quickly (literal letters before the category test, for speed).
CUE_AFTER_SPACE = re.compile(r" (?=" + _CUE_BODY + ")")
CUE_AFTER_OTHER = re.compile(r"[^ a-zA-Z0-9_\w](?=" + _CUE_BODY + ")")
# Cues that make a body's statement a position when its subject is the body itself.
POSITION_CUES = frozenset(
    """issued a statement|issues a statement|called for|calls for|called on|calls on|
    appealed for|appeals for|warned|warns|urged|urges|
    vowed|pledged|offered|offers|announced|reiterated|reaffirmed|demanded|rejected""".replace(
        "\n", ""
    ).replace("    ", "").split("|")
)
# Forms that are nouns as often as verbs ("his remarks", "the report"): a cue only when
# "that", a colon or a comma follows.
AMBIGUOUS = frozenset(
    """state states remark remarks comment comments report reports claim claims promise
    promises praise praises note notes charge charges counter counters
    offer offers demand demands blame blames vow vows pledge pledges mention mentions tweet
    tweets respond reply replies quip quips joke jokes boast boasts concede
    maintain observe assert agree agrees caution cautions tout touts testify reveal
    reveals blast blasts recommend recommends recommended""".split()
)
# Words that cannot end the phrase of a speaker.
NOT_SPEAKER_END = frozenset(
    """a an the one another his her their its our my your this that these those recent more
    most some any every each live made having being new last first other such only own
    very""".split()
)
# What was said does not start with a preposition ("reported by", "comments on").
PREPOSITION_START = re.compile(  # ("said about 85 pct", "about six banks": a quantity)
    r"(?:by|as|on|to|for|in|at|with|during|from|after|into|up|out|off|and|or|but)\b"
    r"|(?:about|over)\b(?!\s+(?:\$?\d|half\b|a\s+(?:third|quarter|dozen|fifth)\b|"
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    r"thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)\b))"
)
ACCORDING = re.compile(r"\b[Aa]ccording to\b")
# DATA_VERBS as a pattern of its own: read by the cue readers only (not a cue of quotes:
# "said after he failed to show up"); every match starts with DATA_STARTS.
DATA_CUE = re.compile(r"\b(?:showed|shows|show)\b")
DATA_STARTS = ("show",)
# Verbs that only count as cues when what follows is quoted ("called it “a disgrace”").
CALLED = re.compile(r"\b(?:called|calls|calling|call|dubbed|labeled|labelled|branded)\b")
# Every match of ACCORDING / CALLED starts with one of these (found by str.find).
ACCORDING_STARTS = ("According to", "according to")
CALLED_STARTS = ("call", "dubbed", "label", "branded")
ING_CUES = frozenset(v for v in SPEECH_VERBS | STANCE_VERBS if v.endswith("ing"))
# Verbs that put the speaker after them (",” said Baloch." / "..., says the report.").
INVERSION_VERBS = frozenset(
    """said says added adds asked asks wrote writes explained explains noted notes continued
    continues replied replies recalled recalls tweeted tweets stated states declared
    concluded argued argues insisted insists warned warns observed observes
    remarked countered counters responded responds reported reports acknowledged admitted
    cautioned predicted suggested suggests confirmed confirms claimed claims""".split()
)
# Objects of "told" and friends: whom it was said to.
TELL_VERBS = frozenset(
    "tell tells told telling inform informs informed assure assures assured assuring "
    "remind reminded".split()
)
# Whom one tells, named by a common noun after a determiner: "told a news conference", "told
# a House Banking hearing", "told the state-run newspaper" (phrases.TELL_AUDIENCE and the
# trailing reader's OBJECT read the phrase up to one of these heads).
AUDIENCE_HEADS = (
    "conference|briefing|meeting|hearing|session|committee|subcommittee|panel|parliament|"
    "assembly|congress|convention|rally|gathering|audience|crowd|seminar|symposium|forum|"
    "summit|reporters|journalists|correspondents|newsmen|newspaper|daily|weekly|"
    "magazine|agency|radio|television|station|network|broadcaster|luncheon|lunch|dinner|"
    "breakfast|delegates|delegation|group|council|cabinet|senate|court|tribunal|jury|caucus|"
    "club|chamber|association|federation|institute|lawmakers|legislators|deputies|senators|"
    "members|investors|analysts|bankers|businessmen|executives|shareholders|diplomats|envoys|"
    "leaders|officials|students|workers|farmers|supporters|visitors|guests|interviewer|"
    "nation|people|country|workshop|colloquium"
)
# The audience phrase both readers share: a determiner, up to three words, a head.
AUDIENCE = (r"(?:the|a|an|his|her|its|their)\s++(?:[\w.&'’-]++\s++){0,3}?"
            rf"(?:{AUDIENCE_HEADS})")
# What may stand between a speaker and the cue: "has also said", "later told".
BETWEEN = frozenset(
    """has have had also previously later then once repeatedly publicly recently reportedly
    would will did does do never not often even just further again initially earlier
    privately openly simply only first already still has'nt hasn't didn't may might could
    can should must allegedly frequently separately subsequently yet last week always long
    now ever since today yesterday tonight here there sometimes seldom""".split()
) | frozenset(  # the negated auxiliaries, with either apostrophe ("wouldn’t say")
    f"{aux}n{mark}t" for aux in "would will does do did could can should must has have had is was"
    .split() for mark in "'’") | frozenset({"won't", "won’t", "can't", "can’t"})
# Adverbials that may follow a cue before what was said.
# The lookahead is an exact pre-test (a failed match costs a third as much): every
# alternative below starts with one of these letters, after white space and a comma.
ADVERBIAL = re.compile(
    r"""(?<!\s)(?=\s*+,?\s*+[abdefhijloprstvyMTWFS])(?:\s*+,)?\s*+(?:
        (?:in|on|at|during|after|before|via|through|over|to)\s+(?:a|an|the|his|her|its|their)\s+
            (?:[\w-]+\s+){0,4}?(?:statement|interview|conference|briefing|speech|call|post|tweet|
            video|email|e-mail|letter|release|address|rally|event|meeting|appearance|session|
            hearing|debate|message|note|remarks|op-ed|column|memo|report|broadcast|show|town\ hall)
            (?:\s+(?:with|on|to|at|in)\s+(?:the\s+)?(?:[A-Z][\w.&'’-]*\s*){1,5})?
        |(?:on|last|this|late|early)\s+(?:[A-Z][a-z]+day|week|month|year|night|morning|evening)
            (?:\s+(?:night|morning|evening|afternoon))?
        |(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)
            (?:\s+(?:night|morning|evening|afternoon))?
        |on\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}
        |(?:earlier|later|recently|repeatedly|publicly|privately|also|again|then|further|
            yesterday|today|tonight|afterward|afterwards|separately|bluntly|flatly|simply|
            here(?!\s+(?:is|are|was|were)\b))
        |in\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:statement|interview|tweet|post|email|letter)
        |in\s+(?:the|his|her|its|their)\s+statement
        |on\s+(?:Twitter|Facebook|X|Instagram|television|TV|CNN|Fox\ News|MSNBC)
        |(?:to\s+)?(?:reporters|journalists|the\ press|supporters|the\ crowd|the\ audience)
        |in\s+(?:a\ radio\ interview|an\ email|remarks)
        # where or when it was said: "said in Brisbane", "said from London", "said in March
        # 1986", "said in the past", "said as of September, 1986," (a possessive, "in Iran's
        # view", is what was said: the (?!['’]) below)
        |(?:in|from)\s+(?!(?:The|A|An|His|Her|Its|Their|This|That)\b)[A-Z][a-z]+
            (?:\s+[A-Z][a-z]+){0,2}(?:\s+\d{4}\b)?
        |in\s+\d{4}
        |in\s+(?:the\s+past|recent)(?:\s+(?:(?:few|two|three|four|five|six|several|\d+)\s+)?
            (?:days?|weeks?|months?|years?|decades?))?
        |as\s+of\s+(?:[A-Z][a-z]+\.?(?:\s+\d{1,2})?(?:,?\s+\d{4})?|\d{4}|now|today|yesterday)
    )\b(?!['’])""",  # "said today's vote ...": a possessive is what was said, no adverbial
    re.VERBOSE,
)
# The fewest characters an ADVERBIAL match takes ("also", "on X"): where fewer are left
# before the end, none can match (tests/test_direct_speed.py checks the pattern's width).
ADVERBIAL_MIN = 4
THAT = re.compile(r"\s*(?:,\s*)?(?:that\b|:|,)?\s*")
PRONOUNS = frozenset("he she it they we i".split())
PERSON_PRONOUNS = frozenset("he she i we".split())
TITLES = frozenset(
    """mr mrs ms miss dr prof gen sen sens rep reps gov lt col maj capt sgt adm rev president
    senator governor representative congressman congresswoman secretary minister judge justice mayor
    speaker chairman chairwoman sheikh king queen prince general commissioner chief
    director ambassador envoy spokesman spokeswoman spokesperson professor officer
    commander inspector sergeant deputy assistant attorney leader lawmaker sir lord dame
    pastor imam rabbi cardinal pope ayatollah mullah""".split()
)
# Titles of rank (kept with the name) and courtesy titles (neither name nor role):
# knowledge/names.py.
RANKS = names.RANKS
COURTESY = names.COURTESY
# Abbreviations written with a stop before a name, which ends no sentence: "Sen. Bernie
# Sanders", "Gov. Jerry Brown", "Lt. Col. Oliver North", "Mr. Trump".
TITLE_ABBREVIATIONS = COURTESY | frozenset(
    "sen sens rep reps gov gen lt col maj capt sgt adm rev st jr sr messrs mme mlle".split())
# Words that end the noun phrase of a speaker when reading backwards from the cue.
STOP_BACK = frozenset(
    """that which and but or while when as because if after before since so than where
    whom whose though although until unless whether nor in on at with to by from
    during about against into over under""".split()
)
BODY_WORDS = frozenset(
    """government ministry office department army military embassy consulate council
    committee agency commission administration police forces court parliament cabinet
    authorities authority bureau service services""".split()
)
ORG_WORDS = frozenset(
    """government ministry office department army military embassy council committee
    agency commission party campaign administration police force forces court parliament
    senate congress house cabinet authority authorities company group organisation
    organization union bureau service services spokesman spokeswoman spokesperson official
    officials diplomat diplomats minister president times post news press journal
    magazine network television radio newspaper""".split()
)
# Capitalised words that start sentences or phrases but are never names.
NOT_NAMES = (
    "In|On|At|And|But|Or|When|While|After|Before|If|As|Let|So|Then|This|That|These|Those|"
    "There|Here|It|He|She|They|We|I|What|Why|How|Who|Where|Last|Next|Earlier|Later|Now|"
    "Today|Yesterday|Meanwhile|However|Also|The|A|An|His|Her|Their|Its|Our|My|Your|"
    "During|Despite|Since|Under|Over|With|Without|For|From|Through|Amid|Following|"
    "According|Asked|Speaking|Editor|Editors|Update|Photo|Read|Watch|Though|Although|"
    "Because|Once|Until|Unless|Whether|Yet|Still|Even|Only|Just|Not|No|Some|Many|Most|"
    "All|Both|Each|Every|Several|Few|Other|Such|"
    # sentence adverbs and prepositions that open a sentence before its subject ("Likewise,
    # Trump went after ...", "Beyond the footage, the affidavit cited ...")
    "Likewise|Therefore|Thus|Hence|Indeed|Moreover|Furthermore|Nevertheless|Nonetheless|"
    "Similarly|Additionally|Ultimately|Finally|Again|Already|Perhaps|Elsewhere|Otherwise|"
    "Overall|Shortly|Soon|Ever|Recently|Initially|Previously|Afterward|Afterwards|"
    "Consequently|Accordingly|Notably|Specifically|Separately|Subsequently|Apparently|"
    "Clearly|Obviously|Interestingly|Ironically|Fortunately|Unfortunately|Sadly|"
    "Surprisingly|Importantly|Regardless|Publicly|Privately|Hastily|Eventually|Originally|"
    "Currently|Traditionally|Historically|Typically|Generally|Usually|Instead|Beyond|"
    "Alongside|Like|Unlike|Absent|Among|Amongst|Against|Across|Within|Upon|Inside|Outside|"
    "Toward|Towards|Besides|Given|Via|Throughout|Regarding|Concerning|Including|"
    "Excluding|Behind|Above|Below|Ahead|Except|"
    "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    "April|June|July|August|September|October|November|December|Jan|Feb|Aug|Sept|Oct|Nov|Dec"
)
# The same words as one trie (the same matches; much faster where it is tried often).
NOT_NAMES_TRIE = trie_pattern(NOT_NAMES.split("|"))
