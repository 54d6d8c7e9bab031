"""Calendar arithmetic on TIMEX3 values: formatting, shifting and parsing at a granularity."""

from __future__ import annotations

import calendar
import datetime as dt
import re

Date = dt.date


def day(d: Date) -> str:
    return d.isoformat()


def month(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def week(d: Date) -> str:
    iso = d.isocalendar()
    return f"{iso.year:04d}-W{iso.week:02d}"


def quarter_of(d: Date) -> int:
    return (d.month - 1) // 3 + 1


def add_months(d: Date, n: int) -> Date:
    total = d.year * 12 + d.month - 1 + n
    y, m = divmod(total, 12)
    last = calendar.monthrange(y, m + 1)[1]
    return Date(y, m + 1, min(d.day, last))


def add_years(d: Date, n: int) -> Date:
    return add_months(d, 12 * n)


def add_quarters(y: int, q: int, n: int) -> tuple[int, int]:
    total = y * 4 + q - 1 + n
    return total // 4, total % 4 + 1


def shift(anchor: Date, n: int, unit: str) -> str:
    """`anchor` moved by `n` units (negative: back), written at that unit's granularity.

    "two years ago" -> a year, "three months ago" -> a month, "ten days ago" -> a day.
    """
    if unit in ("Y", "10Y", "100Y"):
        year = anchor.year + {"Y": 1, "10Y": 10, "100Y": 100}[unit] * n
        if not dt.MINYEAR <= year <= dt.MAXYEAR:
            raise OverflowError(f"year {year} out of range")
        if unit == "10Y":
            return f"{year // 10:03d}"
        return f"{year // 100:02d}" if unit == "100Y" else f"{year:04d}"
    if unit == "Q":
        y, q = add_quarters(anchor.year, quarter_of(anchor), n)
        return f"{y:04d}-Q{q}"
    if unit == "M":
        d = add_months(anchor, n)
        return month(d.year, d.month)
    if unit in ("W", "2W"):
        return week(anchor + dt.timedelta(weeks=n * (2 if unit == "2W" else 1)))
    if unit == "D":
        return day(anchor + dt.timedelta(days=n))
    # clock units: the day is as precise as a date-only anchor allows
    hours = {"TH": 1.0, "TM": 1 / 60, "TS": 1 / 3600}[unit] * n
    return day(anchor + dt.timedelta(hours=hours))


_VALUE = re.compile(
    r"^(?P<y>\d{4})(?:-(?:(?P<m>\d\d)(?:-(?P<d>\d\d))?|Q(?P<q>[1-4])|W(?P<w>\d\d)))?(?:T.*)?$"
)


def shift_value(value: str, n: int, unit: str) -> str | None:
    """A resolved value moved by `n` units, keeping its own granularity when it is coarser
    ("1989-Q3" a year earlier -> "1988-Q3"); None when the unit is finer than the value."""
    m = _VALUE.match(value)
    if m is None:
        return None
    y = int(m["y"])
    if m["d"]:
        base = Date(y, int(m["m"]), int(m["d"]))
        return shift(base, n, unit)
    if m["m"]:
        if unit not in ("Y", "M", "Q"):
            return None
        months = {"Y": 12, "Q": 3, "M": 1}[unit] * n
        d = add_months(Date(y, int(m["m"]), 1), months)
        return month(d.year, d.month)
    if m["q"]:
        if unit not in ("Y", "Q"):
            return None
        yy, q = add_quarters(y, int(m["q"]), n * (4 if unit == "Y" else 1))
        return f"{yy:04d}-Q{q}"
    if m["w"]:
        if unit not in ("W", "Y"):
            return None
        monday = Date.fromisocalendar(y, int(m["w"]), 1)
        return week(monday + dt.timedelta(weeks=n * (52 if unit == "Y" else 1)))
    return f"{y + n:04d}" if unit == "Y" else None


def parse_day(value: str | None) -> Date | None:
    """The date of a day-granular value ("2025-11-04", "2025-11-04T15:00"), else None."""
    if value is None:
        return None
    m = _VALUE.match(value)
    if m is None or not m["d"]:
        return None
    try:
        return Date(int(m["y"]), int(m["m"]), int(m["d"]))
    except ValueError:
        return None


def parse_anchor(published: str | None) -> Date | None:
    """The publication date of `Article.published` ("YYYY-MM-DD" or full ISO-8601)."""
    if not published:
        return None
    try:
        return Date.fromisoformat(published.strip()[:10])
    except ValueError:
        return None


def weekday_near(anchor: Date, weekday: int, direction: int, strict: bool = False) -> Date:
    """The `weekday` (ISO, 1 = Monday) on or before (`direction` -1) / on or after (+1) the
    anchor; `strict` excludes the anchor's own day ("last Tuesday" said on a Tuesday)."""
    delta = (weekday - anchor.isoweekday()) % 7
    if direction < 0:
        back = (anchor.isoweekday() - weekday) % 7
        if strict and back == 0:
            back = 7
        return anchor - dt.timedelta(days=back)
    if strict and delta == 0:
        delta = 7
    return anchor + dt.timedelta(days=delta)


def valid_day(y: int, m: int, d: int) -> Date | None:
    try:
        return Date(y, m, d)
    except ValueError:
        return None


def easter(year: int) -> Date:
    """Western Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ll = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ll) // 451
    month_, day_ = divmod(h + ll - 7 * m + 114, 31)
    return Date(year, month_, day_ + 1)


def nth_weekday(year: int, month_: int, weekday: int, n: int) -> Date:
    """The `n`th ISO `weekday` of a month (n = -1: the last)."""
    if n > 0:
        first = Date(year, month_, 1)
        return first + dt.timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))
    last = Date(year, month_, calendar.monthrange(year, month_)[1])
    return last - dt.timedelta(days=(last.isoweekday() - weekday) % 7)


def holiday(rule: str, year: int) -> Date | None:
    """The date of a named day's rule (data/timex_holidays.tsv) in `year`."""
    kind, *args = rule.split(":")
    if kind == "easter":
        return easter(year) + dt.timedelta(days=int(args[0]))
    if kind == "nth":
        return nth_weekday(year, int(args[0]), int(args[1]), int(args[2]))
    if kind == "after":
        base = nth_weekday(year, int(args[0]), int(args[1]), int(args[2]))
        return base + dt.timedelta(days=int(args[3]))
    mm, dd = rule.split("-")
    return valid_day(year, int(mm), int(dd))


_DAY = re.compile(r"^\d{4}-\d\d-\d\d")
_MONTH_OR_YEAR = re.compile(r"^\d{4}(-\d\d)?$")
_WEEK = re.compile(r"^(\d{4})-W(\d\d)(-WE)?$")
# quarters, halves and seasons within one calendar year (not winter, which spans two)
_PART_OF_YEAR = re.compile(r"^(\d{4})-(Q[1-4]|H[12]|SP|SU|FA)$")


def record_date(value: str, month_only: bool = False) -> str | None:
    """A TIMEX3 value as a date in the output record's form (an event's or an amount's:
    YYYY-MM-DD, YYYY-MM or YYYY, the coarsest that holds the whole of it): a day or a time
    of day is its day (its month with `month_only`); a week or a weekend is its month when
    it lies within one month, else its year; a quarter, a half or a season is its year; a
    value no calendar date holds ("201X", "2019-WI") is None."""
    if _DAY.match(value):
        return value[:7] if month_only else value[:10]
    if _MONTH_OR_YEAR.match(value):
        return value
    week = _WEEK.match(value)
    if week:
        first_day, last_day = (6, 7) if week.group(3) else (1, 7)
        try:
            first = dt.date.fromisocalendar(int(week.group(1)), int(week.group(2)), first_day)
            last = dt.date.fromisocalendar(int(week.group(1)), int(week.group(2)), last_day)
        except ValueError:
            return None  # (no such week)
        if (first.year, first.month) == (last.year, last.month):
            return f"{first.year:04d}-{first.month:02d}"
        return f"{first.year:04d}" if first.year == last.year else None
    part = _PART_OF_YEAR.match(value)
    return part.group(1) if part else None
