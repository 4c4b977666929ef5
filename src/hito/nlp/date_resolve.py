"""Calendar arithmetic that turns partial or relative dates into concrete ones."""

from __future__ import annotations

import datetime as dt

from hito.models import DatePrecision

# Years a news text can date an event in. "9999-12-31" or "0000" is a placeholder, and
# arithmetic on such dates downstream (date windows) would run off the calendar.
MIN_YEAR = 1000
MAX_YEAR = 2999


def full_year(year: int) -> int:
    """A year written with two digits ("3 FEB 89", "03/02/11") in its likeliest century for a
    news report: 69-99 the 1900s, 00-68 the 2000s (the POSIX reading of a two-digit year)."""
    if year >= 100:
        return year
    return year + (1900 if year >= 69 else 2000)


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    """The date, or None when it does not exist or its year is outside MIN_YEAR..MAX_YEAR."""
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def day_month(month: int, day: int, published: dt.date, future: bool) -> dt.date | None:
    """A day and month without year: the latest such date not after the day after
    publication, or the first one after it when the text points forward ("el próximo 15 de
    agosto")."""
    candidate = safe_date(published.year, month, day)
    if candidate is None:
        return None
    if future and candidate <= published:
        return safe_date(published.year + 1, month, day)
    # The day after publication is this year's: a wire's GMT stamp ("1950 (0050 GMT 18
    # October)") or a time zone ahead of the dateline's runs one day past it.
    if not future and candidate > published + dt.timedelta(days=1):
        return safe_date(published.year - 1, month, day)
    return candidate


def month_only(month: int, published: dt.date, future: bool) -> dt.date:
    year = published.year
    if future:
        if month <= published.month:
            year += 1
    elif month > published.month:
        year -= 1
    return dt.date(year, month, 1)


def weekday(target: int, published: dt.date, direction: str) -> dt.date:
    """direction: "past" (strictly before), "recent" (on or before), "future" (after)."""
    if direction == "future":
        return published + dt.timedelta(days=(target - published.weekday()) % 7 or 7)
    back = (published.weekday() - target) % 7
    if direction == "past" and back == 0:
        back = 7
    return published - dt.timedelta(days=back)


def week_start(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def shift(published: dt.date, amount: int, unit: str) -> tuple[dt.date, DatePrecision]:
    """`amount` units before publication (negative: after), at that unit's precision.

    Months count as 30 days: "almost two months on from" a late-July report
    points into June, as a reader takes it, not to May 31.
    """
    if unit == "day":
        return published - dt.timedelta(days=amount), "day"
    if unit == "week":
        return week_start(published - dt.timedelta(weeks=amount)), "week"
    if unit == "month":
        then = published - dt.timedelta(days=30 * amount)
        return then.replace(day=1), "month"
    return dt.date(published.year - amount, 1, 1), "year"


def calendar_offset(published: dt.date, amount: int, unit: str) -> tuple[dt.date, DatePrecision]:
    """The calendar unit `amount` steps back ("last month" is the previous calendar month)."""
    if unit == "month":
        index = published.year * 12 + published.month - 1 - amount
        return dt.date(index // 12, index % 12 + 1, 1), "month"
    return shift(published, amount, unit)
