"""Analysis stage: articles, statements and the selected entries -> the situation picture.

Input: the articles in the window with their source numbers, every statement extracted
from them, the entries the selection chose, the actors, the brief's window and (parsed by
the build edge) the previous brief. Output: a frozen `Analysis`: the sitrep header (issue
number, as of, period, next issue), bottom line, timeline, key figures, competing
accounts, who said what about whom (the table's cells, which render also draws as a
diagram), activity (per actor and day, which render draws as a chart), what to watch with
trend markers, what changed, and the data of each section declared with its own function
(`parts`). Plain data: render presents it. Pure: no I/O, no clock. Each section is
computed only when switched on (`sections`); briefing/config/sections.py declares them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter
from collections.abc import Callable, Collection, Mapping, Sequence
from typing import Any, TypeVar

from briefing.analysis.bottom_line import bottom_line, core_pair
from briefing.analysis.changes import PreviousBrief, compare, previous_from_json
from briefing.analysis.context import Prepared, passages, prepare
from briefing.analysis.contrasts import find_contrasts
from briefing.analysis.figures import about_crisis, crisis_stories, find_figures, rank, side_by_side
from briefing.analysis.model import ActivityRow, Analysis, StanceCell
from briefing.analysis.sections import SectionInput
from briefing.analysis.sections import run as run_sections
from briefing.analysis.stance import find_stance, stance_table
from briefing.analysis.timeline import build_timeline, fold_disputes
from briefing.analysis.watch import find_watch
from briefing.config import sections as registry
from briefing.config.settings import NON_STATE_VOICES, Actors
from briefing.extract.matcher import ActorMatcher
from briefing.models import Article, Citation, Entry, Statement, shown_numbers

# The sections the analysis makes, as declared in briefing/config/sections.py.
SECTIONS = tuple(section.key for section in registry.picture())

# At most this many lines per section: a brief over thousands of articles stays readable
# (the most-reported first).
MAX_EVENTS = 30
MAX_FIGURES = 15
MAX_LINKS = 30
MAX_WATCH = 15
MAX_TABLE = 10  # speakers, and targets, in the who-said-what table and diagram
T = TypeVar("T")

__all__ = [
    "SECTIONS", "Analysis", "PreviousBrief", "analyse", "cited_numbers", "prepare_text",
    "previous_from_json", "renumber",
]


def _own_voice(statement: Statement) -> Statement:
    """A statement as the picture reads it: a voice that is no state's or body's (a company,
    an analyst, an unnamed source, the news; NON_STATE_VOICES) is no actor's act or word,
    though its speaker was named beside one ("Rand Mines, one of South Africa's mining
    companies, said"); its section may still show it, flagged (briefing.yaml), and the
    activity counts it there."""
    speaker = statement.speaker
    if speaker.actor is None or speaker.capacity not in NON_STATE_VOICES:
        return statement
    return dataclasses.replace(statement, speaker=dataclasses.replace(speaker, actor=None))


def analyse(
    articles: Sequence[Article],
    numbers: Mapping[str, int],
    statements: Sequence[Statement],
    entries: Sequence[Entry],
    actors: Actors,
    matcher: ActorMatcher,
    days: tuple[dt.date, dt.date],
    previous: PreviousBrief | None = None,
    sections: Collection[str] = SECTIONS,
    ready: Prepared | None = None,
) -> Analysis:
    """Compose the situation picture of the window days[0]..days[1]; see the module docstring.

    `ready`: the articles' passages made beforehand by `prepare_text` (or None).
    """
    emphasis = {a.id: a.emphasis for a in actors.actors if a.emphasis > 0}
    shown = set(emphasis)
    said = tuple(s for s in statements if s.speaker.actor is None or s.speaker.actor in shown)
    window = _days(*days)
    on = set(sections)
    prepared = passages(articles, numbers, tuple(map(_own_voice, said)), matcher, ready) \
        if needs_text(on) else ()
    stance = find_stance(prepared, shown) if "who_said_what" in on else ()
    table = _busiest(stance_table(stance), MAX_TABLE)

    def weight(actors: Sequence[str]) -> float:
        return sum(emphasis.get(a, 0.0) for a in set(actors))

    activity = _activity(articles, said, window, shown) if "activity" in on else ()
    contrasts = find_contrasts(prepared) if {"competing_accounts", "timeline"} & on else ()
    counts = {row.actor: row.total for row in _activity(articles, said, window, shown)}
    lines = bottom_line(prepared, emphasis) if "bottom_line" in on else ()
    # The stories about the crisis: the others' sums, rates, votes and dates are left out.
    crisis = crisis_stories(prepared, core_pair(prepared, emphasis),
                            (c.article_id for line in lines for c in line.citations))
    figures = _top(about_crisis(find_figures(prepared), crisis) if "key_figures" in on else (),
                   MAX_FIGURES, rank)
    events = build_timeline(prepared) if {"timeline", "what_to_watch"} & on else ()
    changes, trends = compare(previous, entries, counts)
    names = tuple(sorted((a.id, a.name) for a in actors.actors))
    return Analysis(
        names=names,
        days=window,
        issue=f"{days[1].year}/{days[1].timetuple().tm_yday:03d}",
        as_of=max((a.date for a in articles), default=None),
        next_issue=days[1] + dt.timedelta(days=1),
        bottom_line=lines,
        timeline=_top(fold_disputes(events, contrasts)
                      if "timeline" in on else (), MAX_EVENTS,
                      lambda e: (-len(e.citations), -weight(e.actors), e.approximate)),
        figures=figures,
        figure_rows=side_by_side(figures),
        contrasts=contrasts if "competing_accounts" in on else (),
        stance=_top(stance, MAX_LINKS, lambda x: (x.cue == "mentions", -len(x.citations))),
        stance_table=table,
        activity=activity,
        found=tuple(sorted(counts.items())),
        # What is coming: the events dated ahead are kept first.
        watch=_top(find_watch(prepared, shown, events, days[1], crisis)
                   if "what_to_watch" in on else (), MAX_WATCH,
                   lambda w: (w.date is None, -len(w.citations), -weight((w.actor,)))),
        trends=trends if "what_to_watch" in on else (),
        changes=changes if "what_changed" in on else None,
        sections=tuple(s.key for s in registry.picture() if s.key in on),
        parts=run_sections(on, SectionInput(articles, numbers, said, entries, actors, prepared,
                                            window)),
    )


def needs_text(sections: Collection[str]) -> bool:
    """Whether any of the sections reads the articles' sentences (the others count)."""
    return any(s.reads_text for s in registry.picture() if s.key in sections)


def prepare_text(articles: Sequence[Article], numbers: Mapping[str, int],
                 matcher: ActorMatcher, sections: Collection[str] = SECTIONS) -> Prepared | None:
    """The part of the analysis that needs no statements, to run while they are extracted."""
    return prepare(articles, numbers, matcher) if needs_text(sections) else None


def _top(items: Sequence[T], limit: int, key: Callable[[T], Any]) -> tuple[T, ...]:
    """Keep the `limit` items that rank first by `key` (a stable sort), in their own order."""
    if len(items) <= limit:
        return tuple(items)
    ranked = sorted(range(len(items)), key=lambda i: key(items[i]))[:limit]
    return tuple(items[i] for i in sorted(ranked))


def _busiest(cells: Sequence[StanceCell], limit: int) -> tuple[StanceCell, ...]:
    """Keep the cells of the `limit` speakers and the `limit` targets with the most links."""
    speakers: Counter[str] = Counter()
    targets: Counter[str] = Counter()
    for cell in cells:
        speakers[cell.speaker] += cell.count
        targets[cell.target] += cell.count

    def top(counts: Counter[str]) -> set[str]:
        return {a for a, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]}

    rows, columns = top(speakers), top(targets)
    return tuple(c for c in cells if c.speaker in rows and c.target in columns)


def _days(start: dt.date, end: dt.date) -> tuple[dt.date, ...]:
    return tuple(start + dt.timedelta(days=i) for i in range((end - start).days + 1))


def _activity(articles: Sequence[Article], statements: Sequence[Statement],
              window: tuple[dt.date, ...], shown: Collection[str]) -> tuple[ActivityRow, ...]:
    """Count each shown actor's statements per day of the window, by article date."""
    dated = {a.id: a.date for a in articles}
    counts: Counter[tuple[str, dt.date]] = Counter(
        (s.speaker.actor, dated[s.article_id]) for s in statements
        if s.speaker.actor is not None and s.speaker.actor in shown and s.article_id in dated
    )
    rows = []
    for actor in sorted({actor for actor, _ in counts}):
        per_day = tuple(counts[(actor, day)] for day in window)
        if sum(per_day):
            rows.append(ActivityRow(actor, per_day, sum(per_day)))
    return tuple(sorted(rows, key=lambda r: (-r.total, r.actor)))


def cited_numbers(analysis: Analysis) -> frozenset[int]:
    """Return the source numbers the analysis's lines show (models.shown_numbers)."""
    found: set[int] = set()

    def note(citations: tuple[Citation, ...]) -> tuple[Citation, ...]:
        found.update(shown_numbers(citations)[0])
        return citations

    _walk(analysis, lambda c: c, note)
    return frozenset(found)


def renumber(analysis: Analysis, new: Mapping[int, int]) -> Analysis:
    """Return the analysis with its citations renumbered (old source number -> new; 0 for a
    source not in the list)."""
    result: Analysis = _walk(analysis,
                             lambda c: dataclasses.replace(c, number=new.get(c.number, 0)))
    return result


def _walk(value: Any, change: Any, group: Any = None) -> Any:
    """Rebuild a value of frozen dataclasses and tuples, applying `change` to each Citation
    (and `group`, if given, to each tuple of them: one line's citations)."""
    if isinstance(value, Citation):
        return change(value)
    if group is not None and isinstance(value, tuple) and value and isinstance(value[0],
                                                                               Citation):
        return group(value)
    if isinstance(value, tuple):
        return tuple(_walk(item, change, group) for item in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {f.name: _walk(getattr(value, f.name), change, group)
                   for f in dataclasses.fields(value)}
        return dataclasses.replace(value, **changes)
    return value
