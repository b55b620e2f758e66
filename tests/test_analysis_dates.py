"""Date expressions resolved against the article's date (2024-01-18 is a Thursday)."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.analysis.dates import find_dates

THURSDAY = dt.date(2024, 1, 18)


def resolve(text: str, today: dt.date = THURSDAY) -> list[tuple[str, dt.date, bool]]:
    return [(r.expression, r.date, r.approximate) for r in find_dates(text, 0, len(text), today)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On January 17, Pakistan warned Iran.", [("January 17", dt.date(2024, 1, 17), False)]),
        ("The ISPR said on Jan. 18: it was over.", [("Jan. 18", dt.date(2024, 1, 18), False)]),
        ("Talks opened on 17 January 2024 in Doha.",
         [("17 January 2024", dt.date(2024, 1, 17), False)]),
        ("Filed 2024-01-02.", [("2024-01-02", dt.date(2024, 1, 2), False)]),
        ("initiated by Tehran late Tuesday night, left",
         [("late Tuesday night", dt.date(2024, 1, 16), True)]),
        ("China Thursday shared the willingness", [("Thursday", dt.date(2024, 1, 18), False)]),
        ("It happened on Monday.", [("Monday", dt.date(2024, 1, 15), False)]),
        ("It happened last Thursday.", [("last Thursday", dt.date(2024, 1, 11), False)]),
        ("Earlier today, the consul spoke.", [("Earlier today", dt.date(2024, 1, 18), False)]),
        ("Pakistan launched an attack overnight.", [("overnight", dt.date(2024, 1, 18), True)]),
        ("The minister spoke yesterday.", [("yesterday", dt.date(2024, 1, 17), False)]),
        ("Shelling began last week.", [("last week", dt.date(2024, 1, 11), True)]),
        ("Talks will be held on Monday.", [("Monday", dt.date(2024, 1, 22), False)]),
        ("They meet next Tuesday.", [("next Tuesday", dt.date(2024, 1, 23), False)]),
    ],
)
def test_expressions_resolve_against_the_article_date(text, expected):
    assert resolve(text) == expected


def test_a_month_and_day_without_year_takes_the_nearest_year():
    assert resolve("on December 30", dt.date(2024, 1, 2)) == [
        ("December 30", dt.date(2023, 12, 30), False)
    ]


def test_words_that_are_not_dates_are_ignored():
    assert resolve("They may march on; the 35 years of peace; March forward.") == []


def test_spans_point_at_the_expression():
    text = "Pakistan said on January 18 that it acted."
    (ref,) = find_dates(text, 0, len(text), THURSDAY)
    assert text[ref.span[0]:ref.span[1]] == "January 18"


def test_an_impossible_date_is_dropped():
    assert resolve("on February 30") == []


@pytest.mark.parametrize(
    ("text", "today", "expected"),
    [
        # A week is a calendar week (Monday to Sunday): "last week" is a day of the one before.
        ("The ban was announced last week.", dt.date(2024, 1, 22), dt.date(2024, 1, 15)),
        ("The ban was announced last week.", dt.date(2024, 1, 21), dt.date(2024, 1, 14)),
        # "earlier this week" stays in this week: on a Tuesday it is the Monday.
        ("Troops moved earlier this week.", dt.date(2024, 1, 16), dt.date(2024, 1, 15)),
        ("Troops moved earlier this week.", dt.date(2024, 1, 19), dt.date(2024, 1, 17)),
        ("Talks resume later this week.", dt.date(2024, 1, 20), dt.date(2024, 1, 21)),
        # A month is a calendar month: "last month" on 31 March is in February.
        ("The deal was signed last month.", dt.date(1987, 3, 31), dt.date(1987, 2, 28)),
        ("The deal was signed last month.", dt.date(2024, 1, 18), dt.date(2023, 12, 18)),
        ("Prices rose earlier this month.", dt.date(2024, 1, 19), dt.date(2024, 1, 10)),
        ("Elections are due later this month.", dt.date(2024, 1, 19), dt.date(2024, 1, 25)),
        ("Elections are due next month.", dt.date(2024, 1, 31), dt.date(2024, 2, 1)),
    ],
)
def test_weeks_and_months_are_calendar_ones(text, today, expected):
    ((_, date, approximate),) = resolve(text, today)
    assert (date, approximate) == (expected, True)


def test_a_weekday_is_the_latest_such_day_on_or_before_the_report():
    friday = dt.date(1987, 3, 27)
    assert resolve("It was announced on Friday.", friday)[0][1] == friday
    assert resolve("It was announced on Friday.", dt.date(1987, 3, 31))[0][1] == friday
    assert resolve("It was announced last Friday.", dt.date(1987, 3, 30))[0][1] == friday


def test_wire_copy_tells_today_and_yesterday_from_its_dateline():
    # Stamped on the 31st, filed on the 30th: its "yesterday" is the 29th.
    text = ("LONDON, March 30 (Reuters) - The minister said yesterday that talks would go on."
            " He spoke again today.")
    got = resolve(text, dt.date(1987, 3, 31))
    assert [d for _, d, _ in got] == [dt.date(1987, 3, 29), dt.date(1987, 3, 30)]
    # A dateline far from the stamp, or none, leaves the article's date.
    assert resolve("PARIS, June 2 - It ended yesterday.", dt.date(1987, 3, 31))[0][1] == \
        dt.date(1987, 3, 30)
    assert resolve("It ended yesterday.", dt.date(1987, 3, 31))[0][1] == dt.date(1987, 3, 30)
