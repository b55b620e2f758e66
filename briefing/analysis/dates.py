"""Date expressions: a text range and the article's date -> resolved `DateRef` values.

Input: the text, a range in it, the article's date. Output: every date expression in the
range, resolved to a calendar date: explicit ("January 17", "on Jan. 18", "17 January
2024", "2024-01-17"), weekdays ("on Thursday", "late Tuesday night", "last Monday") and
relative expressions ("earlier today", "yesterday", "overnight", "last week", "earlier this
month", "last month"). Weekdays are taken as the latest such day on or before the article's
date unless the sentence looks ahead ("will", "next", "scheduled"). A week or a month is a
calendar one: "last week" is a day of the previous calendar week (the same weekday, seven
days back), "earlier this week" a day of this week before today, "last month" a day of the
previous calendar month, "next month" its first day (the earliest it may mean), "earlier
this month" a day of this month before today. A date is
approximate where the text is: "night" may run past midnight, "overnight", weeks and months
name no single day. Wire copy that opens with a dateline ("TOKYO, March 30 - ") tells its
"today" and "yesterday" from the dateline's day, which may be a day before the day it was
stamped with.
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
    "later this week": (2, True),
    "this week": (0, True),
    "next week": (7, True),
    # Months: placed by _calendar, these offsets are not used.
    "earlier this month": (0, True),
    "later this month": (0, True),
    "this month": (0, True),
    "last month": (0, True),
    "next month": (0, True),
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


# A wire dateline with its day: "TOKYO, March 30 - ", "BAGHDAD, Jan 5 (Reuters) - ".
_DATELINE = re.compile(
    rf"\s*[A-Z][A-Z .'’-]{{2,30}}?,\s+(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}})(?:,\s+\d{{4}})?"
    r"\s*(?:\([^)\n]{0,20}\))?\s*[-–—]+\s")
DATELINE_DAYS = 3  # a dateline's day is at most this many days from the article's date


def story_day(text: str, day: dt.date) -> tuple[dt.date, int]:
    """The day a story tells its "today" from: its dateline's, where it opens with one
    near `day` (the date it was stamped with), else `day`; and where the dateline ends
    (0 without one: its date dates no sentence)."""
    m = _DATELINE.match(text)
    if m is None:
        return day, 0
    found = _nearest_year(day, _MONTH_NUMBER[m["month"].rstrip(".")], int(m["day"]))
    if found is None or abs((found[0] - day).days) > DATELINE_DAYS:
        return day, m.end()
    return found[0], m.end()


def find_dates(text: str, start: int, end: int, today: dt.date) -> tuple[DateRef, ...]:
    """Return the date expressions in text[start:end], resolved against `today` (the
    article's date; its dateline's day where the story opens with one)."""
    out: list[DateRef] = []
    today, dateline = story_day(text, today)
    for m in DATE_RE.finditer(text, max(start, dateline), end):
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
    if key.endswith("week"):
        return _in_week(key, today), True
    if key.endswith("month"):
        return _in_month(key, today), True
    offset, approximate = _RELATIVE[key]
    return today + dt.timedelta(days=offset), approximate


def _in_week(key: str, today: dt.date) -> dt.date:
    """A day of the calendar week (Monday to Sunday) that `key` names."""
    monday = today - dt.timedelta(days=today.weekday())
    if key == "earlier this week":  # before today, and not before Monday
        return max(monday, today - dt.timedelta(days=2))
    if key == "later this week":  # after today, and not after Sunday
        return min(monday + dt.timedelta(days=6), today + dt.timedelta(days=2))
    return today + dt.timedelta(days=_RELATIVE[key][0])  # the same weekday, a week away


def _in_month(key: str, today: dt.date) -> dt.date:
    """A day of the calendar month that `key` names: last month's same day of the month
    (its last where it is shorter), next month's first, a day between the 1st and today
    ("earlier this month") or between today and the month's end ("later this month")."""
    first = today.replace(day=1)
    if key == "earlier this month":
        return first + dt.timedelta(days=(today.day - 1) // 2)
    if key == "this month":
        return today
    if key == "last month":
        month_end = first - dt.timedelta(days=1)
        return month_end.replace(day=min(today.day, month_end.day))
    next_first = (first + dt.timedelta(days=31)).replace(day=1)
    if key == "later this month":
        last = next_first - dt.timedelta(days=1)
        return today + dt.timedelta(days=(last.day - today.day + 1) // 2)
    return next_first  # "next month": from its first day


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
