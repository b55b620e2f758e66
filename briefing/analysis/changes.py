"""What changed: this brief's statements and the previous brief's -> new, repeated, silent.

Input: the previous brief as an already-parsed value (`previous_from_json` takes the
statements.json document that the build edge read; no I/O here), this brief's selected
entries and the statement counts per actor. Output: `Changes` (new actors, actors fallen
silent, new statements, how many were already reported: a statement is not new when its
words, or the very characters it cites, were in the previous brief) and one `Trend` per actor: more
(↑), fewer (↓) or as many (→) statements than in the previous brief, "new" or "silent".
Counts compare like with like: all statements found when the previous brief recorded them
(its "activity"), else the statements each brief selected.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from briefing.analysis.model import DOWN, NEW, SAME, SILENT, UP, AccountClaim, Changes, Trend
from briefing.analysis.words import SAME_AT, similarity
from briefing.models import Entry, Span
from briefing.selection import content_words


@dataclass(frozen=True, slots=True)
class PreviousBrief:
    """What this stage needs of the previous brief's statements.json."""

    date: dt.date
    statements: tuple[tuple[str, str], ...]  # (actor id, text)
    activity: tuple[tuple[str, int], ...] | None  # statements found per actor, if recorded
    cited: frozenset[tuple[str, Span]] = frozenset()  # (article id, span) of each source


def previous_from_json(document: Mapping[str, Any]) -> PreviousBrief:
    """Read the parsed statements.json of a previous brief; ValueError if it is not one."""
    try:
        date = dt.date.fromisoformat(document["date"])
        statements = tuple((str(s["actor"]), str(s["text"])) for s in document["statements"])
        cited = frozenset(
            (str(source["article_id"]), (int(span[0]), int(span[1])))
            for s in document["statements"] for source in s.get("sources", ())
            for span in source.get("spans", ())
        )
        raw = document.get("activity")
        activity = (tuple(sorted((str(k), int(v)) for k, v in raw.items()))
                    if isinstance(raw, Mapping) else None)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise ValueError(f"not a brief's statements.json: {error}") from error
    return PreviousBrief(date, statements, activity, cited)


def compare(
    previous: PreviousBrief | None,
    entries: Sequence[Entry],
    activity: Mapping[str, int],
) -> tuple[Changes, tuple[Trend, ...]]:
    """Compare this brief (its entries, its statement counts) with the previous one."""
    entries = list(dict.fromkeys(entries))  # key developments repeat section entries
    selected = Counter(entry.actor for entry in entries)
    if previous is None:
        trends = tuple(Trend(a, n, None, "") for a, n in _ranked(activity or selected))
        return Changes(None, (), (), (), 0), trends
    before_texts: dict[str, list[frozenset[str]]] = {}
    for actor, text in previous.statements:
        before_texts.setdefault(actor, []).append(content_words(text))
    new: list[AccountClaim] = []
    for entry in entries:
        words = content_words(entry.statement.text)
        same_words = any(similarity(words, old) >= SAME_AT
                         for old in before_texts.get(entry.actor, ()))
        same_place = any((c.article_id, span) in previous.cited
                         for c in entry.citations for span in c.spans)
        if not (same_words or same_place):
            new.append(AccountClaim(entry.actor, entry.statement.text, entry.citations))
    now_actors = set(selected)
    before_actors = {actor for actor, _ in previous.statements}
    changes = Changes(
        previous=previous.date,
        new_actors=tuple(sorted(now_actors - before_actors)),
        silent_actors=tuple(sorted(before_actors - now_actors)),
        new_statements=tuple(new),
        repeated=len(entries) - len(new),
    )
    if previous.activity is not None and activity:
        now, before = dict(activity), dict(previous.activity)
    else:
        now, before = dict(selected), dict(Counter(actor for actor, _ in previous.statements))
    return changes, _trends(now, before)


def _ranked(counts: Mapping[str, int]) -> list[tuple[str, int]]:
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def _trends(now: Mapping[str, int], before: Mapping[str, int]) -> tuple[Trend, ...]:
    out = []
    for actor in sorted(set(now) | set(before)):
        n, b = now.get(actor, 0), before.get(actor, 0)
        if b == 0:
            marker = NEW
        elif n == 0:
            marker = SILENT
        else:
            marker = UP if n > b else DOWN if n < b else SAME
        out.append(Trend(actor, n, b, marker))
    return tuple(sorted(out, key=lambda t: (-t.now, -(t.before or 0), t.actor)))
