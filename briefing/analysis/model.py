"""Frozen values of the analysis stage: the situation picture that sits on top of the quotes.

Imports only briefing.models; brief.Brief carries an `Analysis`, so there is no import
cycle. Every item that shows text carries `citations` (article id, source number, spans)
and the `text` exactly as it stands at the first citation's spans.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from briefing.models import Citation, Span

# Stance cues, in the order the brief lists them.
CONDEMNS = "condemns"
WARNS = "warns"
URGES = "urges"
OFFERS_TO_MEDIATE = "offers to mediate"
RESPECTS = "respects"
REGRETS = "regrets"
CONCERNED = "is concerned"
THREATENS = "threatens"
ACCUSES = "accuses"
DENIES = "denies"
REJECTS = "rejects"
SUPPORTS = "supports"
WELCOMES = "welcomes"
STANCE_CUES = (CONDEMNS, THREATENS, WARNS, ACCUSES, DENIES, REJECTS, URGES, OFFERS_TO_MEDIATE,
               SUPPORTS, WELCOMES, RESPECTS, REGRETS, CONCERNED)

# What-to-watch kinds.
WARNING = "warning"
THREAT = "threat"
INTENTION = "intention"
DEADLINE = "deadline"
SCHEDULED = "scheduled"
WATCH_KINDS = (WARNING, THREAT, INTENTION, DEADLINE, SCHEDULED)

# Trend markers (CrisisWatch style), computed from statement counts.
UP = "↑"
DOWN = "↓"
SAME = "→"
NEW = "new"
SILENT = "silent"


@dataclass(frozen=True, slots=True)
class DateRef:
    """A date expression in a text, resolved against the article's date."""

    date: dt.date
    approximate: bool
    expression: str  # as written: "late Tuesday night", "January 17"
    span: Span  # where `expression` stands in the article


@dataclass(frozen=True, slots=True)
class Line:
    """A verbatim sentence (or passage) with the actors it names."""

    text: str
    actors: tuple[str, ...]
    citations: tuple[Citation, ...]


@dataclass(frozen=True, slots=True)
class Event:
    """A dated event in the timeline: a sentence that dates it, or a reported statement."""

    date: dt.date
    approximate: bool
    when: str  # the date expression as written; "" when only the article's date dates it
    kind: str  # "strike", "warning", "offer", "statement"
    actors: tuple[str, ...]
    text: str
    citations: tuple[Citation, ...]
    disputed: bool = False  # its accounts disagree (the competing accounts show them)


@dataclass(frozen=True, slots=True)
class Figure:
    """A count that matters, normalised, with who claims it."""

    value: int
    qualifier: str  # "", "at least", "more than", "up to", "about"
    category: str  # "killed", "casualties", "injured", "captured", "displaced", "missiles",
    # "forces", "ships", "aircraft", "strikes", "money", "volume", "percent", "vote",
    # "deadline"
    counted: str  # "children", "civilians", "US dollars"
    claimant: str | None  # actor id; None when the article reports it in its own voice
    text: str  # the figure's words as written ("two children dead")
    citations: tuple[Citation, ...]  # spans of `text`
    words: str = ""  # a number that stays words ("hundreds"); `value` is its floor
    # The number as written where an integer cannot show it ("29.41", "20 to 30", "92-1",
    # "April 17"); `value` is then its integer part (a date's: its ordinal, for the order).
    written: str = ""

    @property
    def shown(self) -> str:
        """The number as shown: "2", "≥ 7", "> 2,600", "~ 40", "108.8 billion", "hundreds",
        "92-1"."""
        if self.words:
            return self.words
        sign = {"at least": "≥ ", "more than": "> ", "up to": "≤ ", "about": "~ "}
        if self.written:
            return f"{sign.get(self.qualifier, '')}{self.written}"
        number = f"{self.value:,}"
        for size, word in ((1_000_000_000, "billion"), (1_000_000, "million")):
            if self.value >= size:
                number = f"{self.value / size:,.2f}".rstrip("0").rstrip(".") + f" {word}"
                break
        return f"{sign.get(self.qualifier, '')}{number}"


@dataclass(frozen=True, slots=True)
class AccountClaim:
    """One actor's account, verbatim: a side of a `Contrast`, or a new statement in
    `Changes` (not extraction's `attribution.Claim`, a place that asks for a speaker)."""

    actor: str
    text: str
    citations: tuple[Citation, ...]
    who: str = ""  # the party as the story names it, where it is no actor of its own
    # ("the Pentagon" against "Commerce", both of one state)


@dataclass(frozen=True, slots=True)
class Contrast:
    """Two actors' diverging accounts of the same event, side by side."""

    agent: str  # whose action the accounts are about
    event: str  # "strikes", "fighting", "approval"
    first: AccountClaim  # the agent's side: what it says it hit (or did, or won)
    second: AccountClaim  # the other side: the harm it says was done (or its objection)
    other: str = ""  # the other party of a two-sided event ("fighting" between agent, other)
    first_more: tuple[AccountClaim, ...] = ()  # more sentences telling the first side
    second_more: tuple[AccountClaim, ...] = ()
    about: str = ""  # what the two parties disagree on ("self-defence or aggression"), if
    # the event word alone does not say it


@dataclass(frozen=True, slots=True)
class StanceLink:
    """A statement by one actor about others, with its stance cue."""

    speaker: str
    targets: tuple[str, ...]
    cue: str  # one of STANCE_CUES, or "mentions"
    text: str
    citations: tuple[Citation, ...]


@dataclass(frozen=True, slots=True)
class StanceCell:
    """The speaker x target table's cell: the cues and how many statements."""

    speaker: str
    target: str
    cues: tuple[str, ...]
    count: int
    citations: tuple[Citation, ...]  # every statement's, in link order


@dataclass(frozen=True, slots=True)
class ActivityRow:
    actor: str
    counts: tuple[int, ...]  # one per day of the window, oldest first
    total: int


@dataclass(frozen=True, slots=True)
class WatchItem:
    """What is coming: an event dated after the brief (a deadline, a meeting), or a
    forward-looking statement (a threat, warning, intention)."""

    actor: str
    kind: str  # one of WATCH_KINDS
    text: str
    citations: tuple[Citation, ...]
    date: dt.date | None = None  # the day it is due, for a dated event ahead
    approximate: bool = False  # ... as the text gives it ("next week")
    when: str = ""  # the date as written


@dataclass(frozen=True, slots=True)
class Trend:
    actor: str
    now: int
    before: int | None  # None when there is no previous brief
    marker: str  # UP, DOWN, SAME, NEW, SILENT, or "" without a previous brief


@dataclass(frozen=True, slots=True)
class Changes:
    """What changed since the previous brief."""

    previous: dt.date | None  # None: no previous brief to compare with
    new_actors: tuple[str, ...]
    silent_actors: tuple[str, ...]
    new_statements: tuple[AccountClaim, ...]
    repeated: int  # statements already in the previous brief


@dataclass(frozen=True, slots=True)
class Analysis:
    """The situation picture: every section, each empty when switched off or not found."""

    names: tuple[tuple[str, str], ...]  # actor id -> display name, for the templates
    days: tuple[dt.date, ...]  # the window, oldest first
    issue: str  # the sitrep's issue number, from the date: "2024/019" (19th day of 2024)
    as_of: dt.date | None  # the latest article's date (None without articles)
    next_issue: dt.date  # the day after the brief's date (a daily brief)
    bottom_line: tuple[Line, ...]
    timeline: tuple[Event, ...]
    figures: tuple[Figure, ...]
    contrasts: tuple[Contrast, ...]
    stance: tuple[StanceLink, ...]
    stance_table: tuple[StanceCell, ...]
    activity: tuple[ActivityRow, ...]
    found: tuple[tuple[str, int], ...]  # statements found per actor (statements.json "activity")
    watch: tuple[WatchItem, ...]
    trends: tuple[Trend, ...]
    changes: Changes | None
    sections: tuple[str, ...]  # the analysis sections switched on
    # (key, data) of each section declared with its own analysis function (config/sections.py)
    parts: tuple[tuple[str, Any], ...] = ()
    # The key figures as shown: a row a figure, or parties' conflicting claims side by side
    figure_rows: tuple[tuple[Figure, ...], ...] = ()

    def part(self, key: str) -> Any:
        """Return the data of a section declared with its own analysis (None if off)."""
        return dict(self.parts).get(key)

    def name(self, actor: str | None) -> str:
        """Return an actor's display name ("unattributed" for None)."""
        if actor is None:
            return "unattributed"
        return dict(self.names).get(actor, actor)

    def names_of(self, actors: Iterable[str]) -> str:
        """Return the actors' display names joined by commas."""
        return ", ".join(self.name(actor) for actor in actors)
