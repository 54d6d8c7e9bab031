"""Expressions relative to the anchor or to the latest date the text mentioned: "last
month", "the same week", "today", "the day before", "two days later", "a year ago"."""

from __future__ import annotations

import datetime as dt
import re

from newsgraph.extract.timex import calendar as cal
from newsgraph.extract.timex.lexicon import Lexicon
from newsgraph.extract.timex.values import Resolved, Situation, duration, number, unit_code


def year_ago(g: dict[str, str], sit: Situation) -> Resolved | None:
    a = sit.anchor
    if a is None:
        return Resolved("DATE", None)
    noun = g.get("noun", "").lower()
    if noun in ("quarter", "period") or (not noun and sit.quarter_context):
        base = sit.ref_value if sit.ref_value and "-Q" in sit.ref_value else None
        if base is None:
            y, q = cal.add_quarters(a.year, cal.quarter_of(a), -1)
            base = f"{y:04d}-Q{q}"
        return Resolved("DATE", cal.shift_value(base, -1, "Y"), anchored=True)
    if noun == "month":
        return Resolved("DATE", cal.shift(a, -12, "M"), anchored=True)
    if noun == "week":
        return Resolved("DATE", cal.shift(a, -52, "W"), anchored=True)
    return Resolved("DATE", f"{a.year - 1:04d}", anchored=True)


_SINCE = re.compile(r"\b(?:since|from)\s+$", re.IGNORECASE)


def year_end(sit: Situation) -> Resolved:
    """ "by year-end": the end of the anchor's year, the year (TimeML: the year with mod END);
    "since year-end" is the end of the year before."""
    a = sit.anchor
    if a is None:
        return Resolved("DATE", None)
    back = 1 if _SINCE.search(sit.before) else 0
    return Resolved("DATE", f"{a.year - back:04d}", anchored=True)


def rel_unit(g: dict[str, str], sit: Situation) -> Resolved | None:
    rel = " ".join(g["rel"].lower().split())
    unit_word = g["unit"].lower()
    unit = "Y" if unit_word.startswith("fiscal") else unit_code(unit_word)
    if rel in ("the previous", "the following"):
        if unit == "WE":
            return None
        # the unit after/before the latest date mentioned; with none yet, the anchor's
        base, anchored = sit.ref_value, sit.ref_anchored
        if base is None and sit.anchor is not None:
            base, anchored = cal.day(sit.anchor), True
        if base is None:
            return Resolved("DATE", None)
        value = cal.shift_value(base, 1 if rel == "the following" else -1, unit)
        return Resolved("DATE", value, anchored=anchored) if value else None
    if rel in ("the past", "the last", "past") and unit not in ("WE", "100Y"):
        # TimeML dates a count-less "the past year" / "the last decade" like "last year":
        # the unit before the anchor's (dev split: 3 gold DATE, 1 DURATION); "the past
        # century" stays the last hundred years
        rel = "last"
    elif rel in ("the past", "the last", "the next", "the coming", "past"):
        if unit == "WE":
            return Resolved("DURATION", "P2D")
        return Resolved("DURATION", duration(1, unit))
    if rel.startswith("the") and rel not in ("the same", "the current") and "mod" not in g:
        return _the_unit(unit, sit)
    if rel in ("that", "the", "the same"):
        if sit.ref_value is None:
            return Resolved("DATE", None)
        value = _coarsen(sit.ref_value, unit)
        return Resolved("DATE", value, anchored=sit.ref_anchored) if value else None
    a = sit.anchor
    if a is None:
        return Resolved("DATE", None)
    n = {"last": -1, "previous": -1, "next": 1, "coming": 1}.get(rel, 0)
    if unit == "WE":
        return Resolved("DATE", cal.week(a + dt.timedelta(weeks=n)) + "-WE", anchored=True)
    return Resolved("DATE", cal.shift(a, n, unit), anchored=True)


def _the_unit(unit: str, sit: Situation) -> Resolved | None:
    """ "the weekend" (the latest one), "the year" (the anchor's, unless a fiscal year
    "ended ..." follows: then it is a span)."""
    if unit == "Y" and re.match(r"\s+(?:ended|ending|to|through)\b", sit.after):
        return Resolved("DURATION", "P1Y")
    a = sit.anchor
    if unit == "WE":
        if a is None:
            return Resolved("DATE", None)
        back = 0 if a.isoweekday() >= 6 else 1
        return Resolved("DATE", cal.week(a - dt.timedelta(weeks=back)) + "-WE", anchored=True)
    if unit == "Y":
        if a is None:
            return Resolved("DATE", None)
        return Resolved("DATE", f"{a.year:04d}", anchored=True)
    return None


def _coarsen(value: str, unit: str) -> str | None:
    """The `unit` containing a resolved value: ("2025-11-04", "M") -> "2025-11"."""
    d = cal.parse_day(value)
    if unit == "Y":
        return value[:4] if re.match(r"\d{4}", value) else None
    if d is None:
        return value[:7] if unit == "M" and re.match(r"\d{4}-\d\d$", value) else None
    return cal.shift(d, 0, unit)


def day_word(g: dict[str, str], fam: str, sit: Situation, lx: Lexicon) -> Resolved | None:
    a = sit.anchor
    word = " ".join((g.get("day") or g.get("rel") or "").lower().split())
    offsets = {"today": 0, "tonight": 0, "this": 0, "yesterday": -1, "last": -1, "tomorrow": 1,
               "the day before yesterday": -2, "the day after tomorrow": 2}  # fmt: skip
    pod = g.get("pod")
    if word == "that":
        base = cal.parse_day(sit.ref_day)
        code = lx.get("part_of_day", pod or "") or ""
        if base is None:
            return Resolved("TIME", None)
        return Resolved("TIME", f"{cal.day(base)}T{code}", anchored=sit.ref_day_anchored)
    if a is None:
        return Resolved("TIME" if pod or word == "tonight" else "DATE", None)
    d = cal.day(a + dt.timedelta(days=offsets[word]))
    if word == "last" and pod and pod.lower() != "night":
        return None  # "last morning" is not English news
    if word == "tonight":
        return Resolved("TIME", f"{d}TNI", anchored=True)
    if pod:
        return Resolved("TIME", f"{d}T{lx.get('part_of_day', pod)}", anchored=True)
    return Resolved("DATE", d, anchored=True)


def anaphor_day(low: str, sit: Situation) -> Resolved | None:
    words = low.split()
    coarse = words[-1] in ("week", "month", "year") or words[1:2] in (["week"], ["month"], ["year"])
    base_value = sit.ref_value if coarse else sit.ref_day
    anchored = sit.ref_anchored if coarse else sit.ref_day_anchored
    if base_value is None and sit.anchor is not None:
        base_value, anchored = cal.day(sit.anchor), True
    unit = unit_code(words[-1] if words[-1] in ("day", "week", "month", "year") else "day")
    if words[-1] in ("before", "after", "earlier"):
        unit = unit_code(words[1])
    n = 0
    if "next" in words or "following" in words or words[-1] == "after":
        n = 1
    elif "previous" in words or words[-1] in ("before", "earlier"):
        n = -1
    if base_value is None:
        return Resolved("DATE", None)
    value = cal.shift_value(base_value, n, unit) if n else _coarsen(base_value, unit)
    if value is None:
        return None
    if words[-1] in ("morning", "evening", "night") and cal.parse_day(value):
        code = {"morning": "MO", "evening": "EV", "night": "NI"}[words[-1]]
        return Resolved("TIME", f"{value[:10]}T{code}", anchored=anchored)
    return Resolved("DATE", value, anchored=anchored)


def shifted(g: dict[str, str], sit: Situation, lx: Lexicon) -> Resolved | None:
    n = number(g["n"], lx)
    unit = unit_code(g["unit"])
    direction = " ".join(g["dir"].lower().split())
    if n is None:
        past = direction in ("ago", "earlier", "before", "previously")
        return Resolved("DATE", "PAST_REF" if past else "FUTURE_REF")
    k = int(n)
    if direction in ("ago", "from now", "hence"):
        if sit.anchor is None:
            return Resolved("DATE", None)
        sign = -1 if direction == "ago" else 1
        if unit == "Y" and sit.quarter_context:
            # "a year ago" in a quarterly report means the year-earlier quarter (TimeBank).
            y, q = cal.add_quarters(sit.anchor.year, cal.quarter_of(sit.anchor), -1)
            value = cal.shift_value(f"{y:04d}-Q{q}", sign * k, "Y")
        else:
            value = cal.shift(sit.anchor, sign * k, unit)
        return Resolved("DATE", value, anchored=True)
    fine = unit in ("D", "TH", "TM", "TS")
    base, anchored = (
        (sit.ref_day, sit.ref_day_anchored) if fine else (sit.ref_value, sit.ref_anchored)
    )
    if base is None and sit.anchor is not None:
        base, anchored = cal.day(sit.anchor), True
    if base is None:
        return Resolved("DATE", None)
    # "N days later" / "a year earlier": the time of the clause it follows, moved by N.
    # "a day after <clause>": the clause it introduces happened N days before the
    # reference, and the value dates that clause ("..., a day after Li met Mishustin").
    sign = 1 if direction in ("later", "after") else -1
    if direction in ("after", "before") and _COMPLEMENT.match(sit.after):
        if unit != "D" or k != 1:
            # "twenty years after the war": a span between two events (times.py trims "after")
            return Resolved("DURATION", duration(n, unit))
        sign = -sign
    if unit == "Y" and "-Q" not in base and not _DAY_BASE.match(base):
        # "a year earlier" after a month or year is a year; after a day ("the quarter
        # ended Sept. 30 ... a year earlier") it is that day a year before
        return Resolved("DATE", f"{int(base[:4]) + sign * k:04d}", anchored=anchored)
    day = cal.parse_day(base)
    if unit in ("Y", "M") and day is not None and base == cal.day(day):
        moved = cal.add_months(day, sign * k * (12 if unit == "Y" else 1))
        return Resolved("DATE", cal.day(moved), anchored=anchored)
    value = cal.shift_value(base, sign * k, unit)
    return Resolved("DATE", value, anchored=anchored) if value else None


_DAY_BASE = re.compile(r"\d{4}-\d\d-\d\d$")
_COMPLEMENT = re.compile(r"\s+(?!and\b|but\b|or\b|that\b|when\b)[A-Za-z]")
