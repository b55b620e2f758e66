"""Frozen values passed between the stages of the pipeline.

Article (sources/) -> Paragraph/Sentence (text.py) -> Statement (statements.py,
attribution.py) -> Entry/ActorSection (selection.py); then analysis/model.py's values, and
brief.py's Brief (pipeline.py), which render/ turns into files.
Offsets are Python string offsets into `Article.text`; a `Span` is a half-open (start, end).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

Span = tuple[int, int]

# Statement kinds, strongest first.
QUOTE = "quote"  # wholly inside quotation marks
PARTIAL = "partial"  # reported speech that quotes some words ("called it “unprovoked”")
REPORTED = "reported"  # reported speech: X said (that) ...
ACCORDING_TO = "according_to"  # "according to X, ..."
POSITION = "position"  # a body's stance: "the ministry condemned ...", "China expressed ..."
KINDS = (QUOTE, PARTIAL, REPORTED, ACCORDING_TO, POSITION)

# Whose voice a speaker is.
OFFICIAL = "official"  # speaks for the actor (government, body, group, its officials)
PUBLIC = "public"  # a private person of that actor's country: its public, not its government
UNKNOWN = "unknown"

# In which capacity a speaker speaks (wire_guidelines.md's roles): for a state (government,
# legislature, opposition), for an intergovernmental body, or for no state.
STATE_CAPACITIES = ("gov", "leg", "opp")
CAPACITIES = (*STATE_CAPACITIES, "igo", "rebel", "business", "media", "expert", "unnamed",
              "private")


@dataclass(frozen=True, slots=True)
class Article:
    """One dated news article, as read from a file, a feed or the store."""

    id: str  # stable: derived from the content
    date: dt.date
    title: str
    source: str
    url: str | None
    text: str
    origin: str  # where it was read from, for messages only (never an output path)


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Paragraph:
    start: int
    end: int
    sentences: tuple[Sentence, ...]


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who made a statement, as resolved from the text and the actor dictionary."""

    name: str | None  # "Mao Ning", "Inter-Services Public Relations (ISPR)"; None if unknown
    role: str | None  # "Foreign Ministry spokesperson"
    actor: str | None  # actor id from config/actors.yaml; None if unknown
    voice: str  # OFFICIAL, PUBLIC or UNKNOWN
    mention: str | None  # the words as written at the statement ("she", "Baloch")
    span: Span | None  # where `mention` stands in the article
    # Whom the speaker speaks for, as wire_guidelines.md codes it: an ISO 3166-1 alpha-3
    # code (historical ones such as "SUN"), or an intergovernmental body's ("UN", "EC");
    # None when no state or body (a company, an analyst) or when the text does not say.
    code: str | None = None
    # In which capacity: one of CAPACITIES ("gov" for a minister or a state's news agency,
    # "business" for a company); None when the text does not say.
    capacity: str | None = None


@dataclass(frozen=True, slots=True)
class Statement:
    """A statement found in one article, with its provenance."""

    article_id: str
    kind: str  # one of KINDS
    spans: tuple[Span, ...]  # the statement's own words, in article order
    text: str  # the span texts joined (see text.join_spans)
    cue: str  # "said", "according to", "" when none
    cue_span: Span | None
    speaker: Speaker


@dataclass(frozen=True, slots=True)
class Citation:
    """A statement's occurrence in one article."""

    article_id: str
    number: int  # position in the brief's numbered source list (1-based); 0: not listed
    spans: tuple[Span, ...]


# A line of the brief shows at most this many source numbers, the lowest first, and counts
# the rest ("+12 more"): the source list then holds what the lines show, and a quote that
# ran in hundreds of articles does not fill pages with numbers. statements.json has them all.
SHOWN_CITATIONS = 3


def shown_numbers(citations: tuple[Citation, ...]) -> tuple[tuple[int, ...], int]:
    """The source numbers a line shows, and how many more articles it cites."""
    numbers = sorted({c.number for c in citations if c.number})
    shown = tuple(numbers[:SHOWN_CITATIONS])
    return shown, len({c.article_id for c in citations}) - len(shown)


@dataclass(frozen=True, slots=True)
class Entry:
    """A selected statement: near-duplicates across articles merged into one."""

    statement: Statement  # the representative occurrence
    actor: str
    score: float
    citations: tuple[Citation, ...]  # every article it stands in, representative first


@dataclass(frozen=True, slots=True)
class ActorSection:
    actor: str  # actor id
    name: str
    kind: str
    emphasis: float
    entries: tuple[Entry, ...]


@dataclass(frozen=True, slots=True)
class SourceRef:
    number: int
    article_id: str
    title: str
    source: str
    date: dt.date
    url: str | None
