"""Calendar dates and clock times: explicit dates, months, years, quarters, named days,
seasons, weekdays and clock times, placed against the anchor when they lack a year.

Conventions (TimeML / TempEval-3): a value has the granularity of the expression; weekdays
and months without a year are the latest one on or before the anchor unless the clause is
about the future; without an anchor, anything that needs one gets value None.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from newsgraph.extract.timex import calendar as cal
from newsgraph.extract.timex.lexicon import Lexicon
from newsgraph.extract.timex.values import Resolved, Situation, number


def full_year(text: str) -> int:
    y = int(text)
    return y + (1900 if y >= 50 else 2000) if y < 100 else y


def _direction(sit: Situation) -> int:
    return 1 if sit.tense == "future" else -1


def _month_year(mon: int, sit: Situation, rel: str | None) -> int | None:
    a = sit.anchor
    if a is None:
        return None
    if rel == "this":
        return a.year
    if rel in ("last", "past"):
        return a.year if mon < a.month else a.year - 1
    if rel in ("next", "coming"):
        return a.year if mon > a.month else a.year + 1
    if mon == a.month:
        return a.year
    date = nearest_in_window(sit, lambda y: dt.date(y, mon, 15 if mon != a.month else a.day))
    return date.year if date else None


def spoken_year(words: str, lx: Lexicon) -> int | None:
    parts = words.lower().replace("-", " ").split()
    if parts[:2] == ["two", "thousand"]:
        rest = [p for p in parts[2:] if p != "and"]
        return 2000 + int(number(" ".join(rest), lx) or 0) if rest else 2000
    rest = [p for p in parts[1:] if p not in ("hundred", "and")]
    n = number(" ".join(rest), lx) if rest else 0.0
    return None if n is None else 1900 + int(n)


def year_period(g: dict[str, str], sit: Situation) -> Resolved | None:
    """ "the 1988 quarter": the quarter being reported (the one before the anchor's), in 1988."""
    a = sit.anchor
    if a is None:
        return Resolved("DATE", None)
    q = cal.add_quarters(a.year, cal.quarter_of(a), -1)[1]
    return Resolved("DATE", f"{g['y']}-Q{q}", anchored=True)


def month_day(g: dict[str, str], text: str, sit: Situation, lx: Lexicon) -> Resolved | None:
    if not g["mon"][0].isupper():
        return None
    mon = int(lx.get("month", g["mon"].rstrip(".")) or 0)
    d = int(g["d"])
    if "y" in g:
        date = cal.valid_day(int(g["y"]), mon, d)
        return Resolved("DATE", cal.day(date)) if date else None
    if sit.anchor is None:
        return Resolved("DATE", None) if cal.valid_day(2000, mon, d) else None
    date = nearest_in_window(sit, lambda y: cal.valid_day(y, mon, d))
    return Resolved("DATE", cal.day(date), anchored=True) if date else None


def nearest_in_window(sit: Situation, in_year: Callable[[int], dt.date | None]) -> dt.date | None:
    """The date (one per year, from `in_year`) that news would mean without a year: within
    about eight months before the anchor or four after (swapped for a future clause, all
    past after "ended"/"since"). The clause's tense alone misleads (a reported future:
    "said the vote is Nov. 22"); windows measured on TimeBank against "nearest date"."""
    a = sit.anchor
    if a is None:
        return None
    back, ahead = (120, 245) if sit.tense == "future" else (245, 120)
    if _PAST_CUE.search(sit.before) and not _FROM_NOW.search(sit.before):
        back, ahead = 366, 0
    for y in (a.year, a.year - 1, a.year + 1):
        date = in_year(y)
        if date is not None and -back <= (date - a).days <= ahead:
            return date
    return in_year(a.year)


# "from today through Nov. 17" runs forward from the anchor
_FROM_NOW = re.compile(r"\bfrom\s+(?:today|now)\s+(?:through|to|until)\s+$", re.IGNORECASE)
_PAST_CUE = re.compile(r"\b(?:ended|ending|through|since|as\s+of)\s+$", re.IGNORECASE)

_THE_SEASON_CONTEXT = re.compile(
    r"\b(?:in|into|during|over|through|throughout|until|till|by|since)\s+$", re.I
)
_SEASON_CONTEXT = re.compile(r"\b(?:in|during|since|until|by|this|last|next|early|late)\s+$", re.I)

_CALENDAR_CONTEXT = re.compile(
    r"(?:\b(?:in|since|until|till|by|from|through|to|during|of|last|next|this|early|late|mid|"
    r"before|after|between|on|each|every|end\s+of|beginning\s+of)\s*-?\s*)$",
    re.IGNORECASE,
)


def month_name(g: dict[str, str], sit: Situation, lx: Lexicon, text: str) -> Resolved | None:
    word = g["mon"]
    if not word[0].isupper():
        return None
    key = word.lower().rstrip(".")
    mon = int(lx.get("month", key) or 0)
    has_context = "y" in g or "rel" in g or "mod" in g or _CALENDAR_CONTEXT.search(sit.before)
    # "May" and "March" are also a modal and a verb; short forms ("Jan") need a context too.
    if not has_context and (key in ("may", "march") or len(key) <= 4):
        return None
    if len(key) <= 4 and not word.endswith(".") and key not in ("may", "june", "july"):
        return None  # "Jan" alone is a name more often than January
    if "y" in g:
        return Resolved("DATE", cal.month(int(g["y"]), mon))
    if "ry" in g:
        if sit.anchor is None:
            return Resolved("DATE", None)
        y: int | None = sit.anchor.year + {"this": 0, "last": -1, "next": 1}[g["ry"].lower()]
        return Resolved("DATE", cal.month(y or 0, mon), anchored=True)
    y = _month_year(mon, sit, g.get("rel", "").lower() or None)
    return Resolved("DATE", None if y is None else cal.month(y, mon), anchored=y is not None)


def quarter(g: dict[str, str], fam: str, sit: Situation, text: str) -> Resolved | None:
    a = sit.anchor
    if fam == "quarter_code":
        q = int(g.get("q") or g.get("q2") or g["q3"])
        y_text = g.get("y") or g.get("y2")
        if y_text:
            return Resolved("DATE", f"{y_text}-Q{q}")
    elif fam == "quarter":
        q = (
            "1234".index(g["ord"][0]) + 1
            if g["ord"][0].isdigit()
            else (["first", "second", "third", "fourth"].index(g["ord"].lower()) + 1)
        )
        if "y" in g or "y0" in g:
            return Resolved("DATE", f"{g.get('y') or g['y0']}-Q{q}")
    if a is None:
        return Resolved("DATE", None)
    cur = cal.quarter_of(a)
    if fam == "quarter_ref":
        which = " ".join(g["which"].lower().split())
        # Earnings news: "the quarter" is the one just reported, the one before the anchor's.
        if which == "that":
            ok = sit.ref_value is not None and "-Q" in sit.ref_value
            return Resolved("DATE", sit.ref_value, anchored=sit.ref_anchored) if ok else None
        shift = {"this": 0, "the current": 0, "next": 1, "the next": 1}.get(which, -1)
        y, q = cal.add_quarters(a.year, cur, shift)
        return Resolved("DATE", f"{y:04d}-Q{q}", anchored=True)
    year = a.year
    if "last year's" in text.lower():
        year -= 1
    elif "next year's" in text.lower():
        year += 1
    elif q > cur and sit.tense != "future":
        year -= 1
    return Resolved("DATE", f"{year:04d}-Q{q}", anchored=True)


def holiday(g: dict[str, str], sit: Situation, lx: Lexicon) -> Resolved | None:
    name = " ".join(g["name"].split())
    if not name[0].isupper():
        return None
    rule = lx.holidays[name.lower()]
    if "y" in g:
        date = cal.holiday(rule, int(g["y"]))
        return Resolved("DATE", cal.day(date)) if date else None
    a = sit.anchor
    if a is None:
        return Resolved("DATE", None)
    rel = g.get("rel", "").lower()
    if rel in ("last", "next"):
        step = -1 if rel == "last" else 1
        y = a.year
        date = cal.holiday(rule, y)
        while date is not None and (date >= a if step < 0 else date <= a):
            y += step
            date = cal.holiday(rule, y)
    elif rel == "this":
        date = cal.holiday(rule, a.year)
    else:
        date = nearest_in_window(sit, lambda y: cal.holiday(rule, y))
    return Resolved("DATE", cal.day(date), anchored=True) if date else None


def season(g: dict[str, str], sit: Situation, lx: Lexicon) -> Resolved | None:
    code = lx.get("season", g["season"]) or ""
    rel = " ".join(g.get("rel", "").lower().split())
    if "y" in g:
        return Resolved("DATE", f"{g['y']}-{code}")
    if not rel and "mod" not in g and not _SEASON_CONTEXT.search(sit.before):
        return None  # "prices fall", "spring up"
    if (
        rel == "the"
        and "mod" not in g
        and (not _THE_SEASON_CONTEXT.search(sit.before) or re.match(r"\s+of\b", sit.after))
    ):
        return None  # "the fall of the wall"; "over the summer", "into the winter" are times
    a = sit.anchor
    if a is None:
        return Resolved("DATE", None)
    start = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
    y = a.year
    if rel in ("last", "the past"):
        y = a.year if a.month >= start + 3 else a.year - 1
    elif rel in ("next", "the coming"):
        y = a.year if a.month < start else a.year + 1
    return Resolved("DATE", f"{y:04d}-{code}", anchored=True)


def weekday(g: dict[str, str], text: str, sit: Situation, lx: Lexicon) -> Resolved | None:
    if not g["wd"][0].isupper():
        return None
    wd = int(lx.get("weekday", g["wd"]) or 0)
    pod = g.get("pod")
    kind = "TIME" if pod else "DATE"
    a = sit.anchor
    if a is None:
        return Resolved(kind, None)
    rel = " ".join(g.get("rel", "").lower().split())
    if rel in ("last", "this past"):
        d = cal.weekday_near(a, wd, -1, strict=True)
    elif rel in ("next", "this coming"):
        d = cal.weekday_near(a, wd, 1, strict=True)
    elif rel == "this":
        d = a + dt.timedelta(days=wd - a.isoweekday())
    else:
        d = cal.weekday_near(a, wd, _direction(sit))
    value = cal.day(d)
    if pod:
        value += "T" + (lx.get("part_of_day", pod) or "")
    return Resolved(kind, value, anchored=True)


def clock(g: dict[str, str], fam: str, sit: Situation) -> Resolved | None:
    if fam == "clock_word":
        if re.search(r"\bhigh\s+$", sit.before, re.IGNORECASE):
            return None  # "high noon": the idiom (and the film), not a clock time
        hh, mi = (12, 0) if g["word"].lower() in ("noon", "midday") else (24, 0)
    else:
        hh, mi = int(g["h"]), int(g.get("mi") or 0)
        ampm = g.get("ampm", "").lower().replace(" ", "")
        if ampm.startswith("p") and hh < 12:
            hh += 12
        elif ampm.startswith("a") and hh == 12:
            hh = 0
        if hh > 24 or (fam == "clock24" and not g.get("tz") and hh > 23):
            return None
    base = cal.parse_day(sit.ref_day)
    anchored = sit.ref_day_anchored
    if base is None and sit.anchor is not None:
        base, anchored = sit.anchor, True
    clock = f"T{hh:02d}:{mi:02d}"
    if base is None:
        return Resolved("TIME", None)
    return Resolved("TIME", f"{cal.day(base)}{clock}", anchored=anchored)
