"""Date expressions: a text range and the article's date -> resolved `DateRef` values.

Input: the text, a range in it, the article's date. Output: every date expression in the
range, resolved to a calendar date: explicit ("January 17", "on Jan. 18", "17 January
2024", "2024-01-17"), weekdays ("on Thursday", "late Tuesday night", "last Monday") and
relative expressions ("earlier today", "yesterday", "overnight", "last week"). Weekdays
are taken as the latest such day on or before the article's date unless the sentence
looks ahead ("will", "next", "scheduled"). A date is approximate where the text is:
"night" may run past midnight, "overnight" and "last week" name no single day.
"""

from __future__ import annotations

import datetime as dt
import re

from briefing.analysis.model import DateRef

_MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)
_MONTH_NUMBER = {name: i for i, name in enumerate(_MONTH_NAMES, start=1)}
_MONTH_NUMBER.update({name[:3]: i for name, i in list(_MONTH_NUMBER.items())})
_MONTH_NUMBER["Sept"] = 9
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|" \
    r"December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAY = "(?:" + "|".join(_WEEKDAYS) + ")"

# Relative expressions: words -> (days from the article's date, approximate).
_RELATIVE = {
    "earlier today": (0, False),
    "later today": (0, False),
    "today": (0, False),
    "this morning": (0, False),
    "this afternoon": (0, False),
    "this evening": (0, False),
    "tonight": (0, False),
    "overnight": (0, True),
    "last night": (-1, True),
    "yesterday": (-1, False),
    "the day before yesterday": (-2, False),
    "tomorrow": (1, False),
    "the day after tomorrow": (2, False),
    "last week": (-7, True),
    "earlier this week": (-2, True),
    "this week": (0, True),
    "next week": (7, True),
    "last month": (-30, True),
}
_RELATIVE_RE = "|".join(
    re.escape(k).replace(r"\ ", r"\s+") for k in sorted(_RELATIVE, key=len, reverse=True)
)

DATE_RE = re.compile(
    rf"""(?<![\w-])(?:
      (?P<iso>(?P<iy>\d{{4}})-(?P<im>\d\d)-(?P<id>\d\d))
    | (?P<md>(?P<m1>{_MONTH})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?!\d)(?:,?\s+(?P<y1>\d{{4}}))?)
    | (?P<dm>(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{_MONTH})
         (?:,?\s+(?P<y2>\d{{4}}))?)
    | (?P<wd>(?:(?P<pre>late|early)\s+)?(?:(?P<rel>last|next|this\s+coming|this\s+past|this)\s+)?
         (?P<day>{_WEEKDAY})(?:\s+(?P<part>night|morning|afternoon|evening))?)
    | (?P<relative>(?i:{_RELATIVE_RE}))
    )(?![\w-])""",
    re.VERBOSE,
)
# Words before a weekday in the same sentence that make it a day to come.
_AHEAD = re.compile(
    r"\b(?:will|shall|is\s+due|are\s+due|scheduled|set\s+to|plans?\s+to|planned|expected\s+to|"
    r"is\s+to|are\s+to|upcoming)\b",
    re.IGNORECASE,
)


def find_dates(text: str, start: int, end: int, today: dt.date) -> tuple[DateRef, ...]:
    """Return the date expressions in text[start:end], resolved against `today`."""
    out: list[DateRef] = []
    for m in DATE_RE.finditer(text, start, end):
        resolved = _resolve(m, today, ahead=bool(_AHEAD.search(text, start, m.start())))
        if resolved is not None:
            date, approximate = resolved
            out.append(DateRef(date, approximate, m.group(), (m.start(), m.end())))
    return tuple(out)


def _resolve(m: re.Match[str], today: dt.date, ahead: bool) -> tuple[dt.date, bool] | None:
    if m["iso"]:
        return _date(int(m["iy"]), int(m["im"]), int(m["id"]))
    if m["md"] or m["dm"]:
        month = _MONTH_NUMBER[(m["m1"] or m["m2"]).rstrip(".")]
        day = int(m["d1"] or m["d2"])
        year = m["y1"] or m["y2"]
        if year:
            return _date(int(year), month, day)
        return _nearest_year(today, month, day)
    if m["wd"]:
        return _weekday(m, today, ahead)
    key = re.sub(r"\s+", " ", m["relative"].lower())
    offset, approximate = _RELATIVE[key]
    return today + dt.timedelta(days=offset), approximate


def _date(year: int, month: int, day: int) -> tuple[dt.date, bool] | None:
    try:
        return dt.date(year, month, day), False
    except ValueError:
        return None


def _nearest_year(today: dt.date, month: int, day: int) -> tuple[dt.date, bool] | None:
    """A month and day without a year: the one nearest the article's date."""
    best: dt.date | None = None
    for year in (today.year - 1, today.year, today.year + 1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        if best is None or abs((candidate - today).days) < abs((best - today).days):
            best = candidate
    return (best, False) if best else None


def _weekday(m: re.Match[str], today: dt.date, ahead: bool) -> tuple[dt.date, bool]:
    wanted = _WEEKDAYS.index(m["day"])
    rel = re.sub(r"\s+", " ", m["rel"] or "")
    if rel in ("next", "this coming") or (ahead and rel not in ("last", "this past")):
        days = (wanted - today.weekday()) % 7 or (7 if rel else 0)
        date = today + dt.timedelta(days=days)
    else:
        days = (today.weekday() - wanted) % 7
        if rel == "last" and days == 0:
            days = 7
        date = today - dt.timedelta(days=days)
    # "Tuesday night" may run past midnight: the text itself is approximate.
    return date, m["part"] == "night"
