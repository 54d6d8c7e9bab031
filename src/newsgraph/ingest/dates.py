"""Publication dates as the contract wants them: "YYYY-MM-DD" when only the day is known,
full ISO-8601 when the input also gives a time; `None` for anything less or unreadable."""

from __future__ import annotations

import re
import time
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime

_DAY_ONLY = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})\s*$")
_HAS_TIME = re.compile(r"\d{1,2}:\d{2}")
# A day number somewhere, so "November 2025" is not silently turned into Nov 1st.
_HAS_DAY = re.compile(r"\b(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\b")
_YEARS = range(1900, 2101)


def normalise_date(value: str | date | time.struct_time | None) -> str | None:
    """Any date the inputs carry -> "YYYY-MM-DD" or full ISO-8601, or None."""
    if value is None:
        return None
    if isinstance(value, time.struct_time):
        try:
            moment = datetime(*value[:6], tzinfo=UTC)
        except (TypeError, ValueError):
            return None
        return _iso(moment)
    if isinstance(value, datetime):
        return _iso(value)
    if isinstance(value, date):
        return value.isoformat() if value.year in _YEARS else None
    return _parse_text(str(value))


def _iso(moment: datetime) -> str | None:
    return moment.isoformat() if moment.year in _YEARS else None


def _parse_text(text: str) -> str | None:
    text = text.strip()
    if not text or len(text) > 100:
        return None
    day = _DAY_ONLY.match(text)
    if day:
        try:
            d = date(int(day[1]), int(day[2]), int(day[3]))
        except ValueError:
            return None
        return d.isoformat() if d.year in _YEARS else None
    has_time = bool(_HAS_TIME.search(text))
    moment = _parse_moment(text)
    if moment is None:
        return None
    if not has_time:
        return moment.date().isoformat() if moment.year in _YEARS else None
    return _iso(moment)


def _parse_moment(text: str) -> datetime | None:
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(text)  # RFC 822, as RSS has it
    except (TypeError, ValueError, IndexError):
        pass
    if not _HAS_DAY.search(re.sub(r"\b\d{4}\b", "", text)):
        return None
    import warnings

    from dateutil import parser as dateparser

    try:
        with warnings.catch_warnings():  # "tzname X identified but not understood"
            warnings.simplefilter("ignore")
            moment: datetime = dateparser.parse(text, fuzzy=False)
    except (ValueError, OverflowError, TypeError):
        return None
    return moment
