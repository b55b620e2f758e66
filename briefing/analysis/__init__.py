"""Analysis stage: articles, statements and the selected entries -> the situation picture.

Input: the articles in the window with their source numbers, every statement extracted
from them, the entries the selection chose, the actors, the brief's window and (parsed by
the build edge) the previous brief. Output: a frozen `Analysis`: bottom line, timeline, key
figures, competing accounts, who said what about whom (with its diagram), activity (with
its chart), what to watch with trend markers, and what changed. Pure: no I/O, no clock.
Each section is computed only when switched on (`sections`).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Collection, Mapping, Sequence

from briefing.analysis.bottom_line import bottom_line
from briefing.analysis.changes import PreviousBrief, compare, previous_from_json
from briefing.analysis.charts import activity_svg, stance_svg
from briefing.analysis.context import passages
from briefing.analysis.contrasts import find_contrasts
from briefing.analysis.figures import find_figures
from briefing.analysis.model import ActivityRow, Analysis
from briefing.analysis.stance import find_stance, stance_table
from briefing.analysis.timeline import build_timeline
from briefing.analysis.watch import find_watch
from briefing.config import Actors
from briefing.matcher import ActorMatcher
from briefing.models import Article, Entry, Statement

SECTIONS = (
    "bottom_line",
    "timeline",
    "key_figures",
    "competing_accounts",
    "who_said_what",
    "activity",
    "what_to_watch",
    "what_changed",
)

__all__ = ["SECTIONS", "Analysis", "PreviousBrief", "analyse", "previous_from_json"]


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
) -> Analysis:
    """Compose the situation picture of the window days[0]..days[1]; see the module docstring."""
    emphasis = {a.id: a.emphasis for a in actors.actors if a.emphasis > 0}
    shown = set(emphasis)
    said = tuple(s for s in statements if s.speaker.actor is None or s.speaker.actor in shown)
    prepared = passages(articles, numbers, said, matcher)
    window = _days(*days)
    on = set(sections)
    stance = find_stance(prepared, shown) if "who_said_what" in on else ()
    table = stance_table(stance)
    activity = _activity(articles, said, window, shown) if "activity" in on else ()
    counts = {row.actor: row.total for row in _activity(articles, said, window, shown)}
    changes, trends = compare(previous, entries, counts)
    names = tuple(sorted((a.id, a.name) for a in actors.actors))
    lookup = dict(names)

    def name(actor: str) -> str:
        return lookup.get(actor, actor)

    return Analysis(
        names=names,
        days=window,
        bottom_line=bottom_line(prepared, emphasis) if "bottom_line" in on else (),
        timeline=build_timeline(prepared) if "timeline" in on else (),
        figures=find_figures(prepared) if "key_figures" in on else (),
        contrasts=find_contrasts(prepared) if "competing_accounts" in on else (),
        stance=stance,
        stance_table=table,
        activity=activity,
        watch=find_watch(prepared, shown) if "what_to_watch" in on else (),
        trends=trends if "what_to_watch" in on else (),
        changes=changes if "what_changed" in on else None,
        stance_svg=stance_svg(table, name),
        activity_svg=activity_svg(activity, window, name),
        sections=tuple(s for s in SECTIONS if s in on),
    )


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
