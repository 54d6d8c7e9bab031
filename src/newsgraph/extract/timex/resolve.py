"""Candidate -> TIMEX3 type and value, against the publication date (the anchor).

Conventions (TimeML / TempEval-3): a value has the granularity of the expression
("last month" -> "2025-10", "this week" -> "2025-W45"); weekdays and months without a
year are the latest one on or before the anchor unless the clause is about the future;
without an anchor, anything that needs one gets value None (never a guess).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from newsgraph.extract.timex import calendar as cal
from newsgraph.extract.timex.grammar import Candidate
from newsgraph.extract.timex.lexicon import Lexicon

TimeType = str  # "DATE" | "TIME" | "DURATION" | "SET"


@dataclass(frozen=True, slots=True)
class Situation:
    """What resolving one candidate may look at besides its own words."""

    anchor: dt.date | None
    tense: str | None = None  # "past" | "future" | None
    ref_value: str | None = None  # the latest resolved calendar value before the candidate
    ref_anchored: bool = False
    ref_day: str | None = None  # the latest resolved day ("2025-11-04") before it
    ref_day_anchored: bool = False
    quarter_context: bool = False  # a fiscal quarter is mentioned nearby
    before: str = ""  # text just before the candidate
    after: str = ""  # text just after the candidate


@dataclass(frozen=True, slots=True)
class Resolved:
    type: TimeType
    value: str | None
    anchored: bool = False


_UNIT_CODE = {
    "second": "TS", "minute": "TM", "hour": "TH", "day": "D", "night": "D", "week": "W",
    "fortnight": "2W", "month": "M", "quarter": "Q", "year": "Y", "decade": "10Y",
    "century": "100Y", "weekend": "WE",
}  # fmt: skip


def unit_code(word: str) -> str:
    w = word.lower().split()[-1]
    if w.endswith("ies"):
        w = w[:-3] + "y"
    elif w.endswith("s"):
        w = w[:-1]
    return _UNIT_CODE[w]


def number(text: str, lx: Lexicon) -> float | None:
    """A numeral or number words ("3", "1.5", "twenty-four", "a couple of"); None for vague
    quantities ("several", "a few")."""
    t = " ".join(text.lower().replace("-", " ").split())
    if t.endswith(" 1/2"):
        base = number(t[:-4], lx)
        return None if base is None else base + 0.5
    try:
        return float(t.replace(",", ""))
    except ValueError:
        pass
    whole = lx.get("number", t)
    if whole is not None:
        return None if whole == "X" else float(whole)
    total = 0.0
    for part in t.split():
        v = lx.get("number", part)
        if v is None or v == "X":
            return None
        total += float(v)
    return total


def duration(n: float | None, unit: str) -> str:
    """A TIMEX3 duration: P3Y, PT5H, P2Y6M, PXY for a vague count."""
    if unit == "WE":
        return "P2D"
    mult = {"10Y": 10, "100Y": 100, "2W": 2}.get(unit, 1)
    letter = {"10Y": "Y", "100Y": "Y", "2W": "W"}.get(unit, unit)
    if n is None:
        return f"PX{letter}" if not letter.startswith("T") else f"PTX{letter[1:]}"
    n *= mult
    if n != int(n):
        whole, half = (
            int(n),
            {"Y": "6M", "M": "15D", "D": "T12H", "TH": "30M", "W": "3D"}.get(letter),
        )
        if half is not None:
            head = f"P{whole}{letter}" if not letter.startswith("T") else f"PT{whole}{letter[1:]}"
            return head + half
    k = round(n)
    return f"PT{k}{letter[1:]}" if letter.startswith("T") else f"P{k}{letter}"


def _year(text: str) -> int:
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


def resolve(c: Candidate, text: str, sit: Situation, lx: Lexicon) -> Resolved | None:
    """The TIMEX3 reading of `c`, or None when it is not a time expression after all."""
    g = c.groups
    fam = c.family
    low = text.lower()
    if fam == "iso":
        if g.get("hh"):
            return Resolved("TIME", f"{g['y']}-{g['m']}-{g['d']}T{g['hh']}:{g['mi']}")
        d = cal.valid_day(int(g["y"]), int(g["m"]), int(g["d"]))
        return Resolved("DATE", cal.day(d)) if d else None
    if fam == "slash":
        d = cal.valid_day(_year(g["y"]), int(g["m"]), int(g["d"]))
        return Resolved("DATE", cal.day(d)) if d else None
    if fam in ("month_day", "day_month"):
        return _month_day(g, text, sit, lx)
    if fam == "month":
        return _month(g, sit, lx, text)
    if fam == "year":
        return Resolved("DATE", g["y"])
    if fam == "spoken_year":
        y = _spoken_year(g["spoken"], lx)
        return Resolved("DATE", f"{y:04d}") if y else None
    if fam == "spoken_decade":
        tens = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                "seventies": 7, "eighties": 8, "nineties": 9}[g["tens"].lower()]  # fmt: skip
        return Resolved("DATE", f"19{tens}")
    if fam == "year_ago":
        return _year_ago(g, sit)
    if fam == "decade":
        cent = g.get("cent") or ("20" if int(g["dec"]) < 3 else "19")
        return Resolved("DATE", f"{cent}{g['dec']}")
    if fam == "century":
        n = number(re.sub(r"(st|nd|rd|th)$", "", g["ord"]), lx) or float(
            lx.get("ordinal", g["ord"]) or 0
        )
        return Resolved("DATE", f"{int(n) - 1:02d}") if n else None
    if fam == "year_period":
        return _year_period(g, sit)
    if fam in ("quarter", "quarter_code", "quarter_ref"):
        return _quarter(g, fam, sit, text)
    if fam == "holiday":
        return _holiday(g, sit, lx)
    if fam == "season":
        return _season(g, sit, lx)
    if fam == "rel_unit":
        return _rel_unit(g, sit)
    if fam in ("day_word", "this_pod"):
        return _day_word(g, fam, sit, lx)
    if fam == "weekday":
        return _weekday(g, text, sit, lx)
    if fam == "anaphor_day":
        return _anaphor_day(low, sit)
    if fam == "shifted":
        return _shifted(g, sit, lx)
    if fam == "set":
        return _set(g, sit, lx)
    if fam == "set_adverb":
        return Resolved("SET", lx.get("set_adverb", g["adv"]))
    if fam == "duration":
        return _duration(g, text, sit, lx)
    if fam == "bare_units":
        return _bare_units(g, sit)
    if fam == "ref":
        ref = g["ref"].lower()
        if ref.startswith("recent"):
            return Resolved("DATE", "PAST_REF")
        return Resolved("DATE", lx.get("ref", ref))
    if fam in ("clock", "clock24", "clock_word"):
        return _clock(g, fam, sit)
    return None


def _spoken_year(words: str, lx: Lexicon) -> int | None:
    parts = words.lower().replace("-", " ").split()
    if parts[:2] == ["two", "thousand"]:
        rest = [p for p in parts[2:] if p != "and"]
        return 2000 + int(number(" ".join(rest), lx) or 0) if rest else 2000
    rest = [p for p in parts[1:] if p not in ("hundred", "and")]
    n = number(" ".join(rest), lx) if rest else 0.0
    return None if n is None else 1900 + int(n)


def _year_period(g: dict[str, str], sit: Situation) -> Resolved | None:
    """ "the 1988 quarter": the quarter being reported (the one before the anchor's), in 1988."""
    a = sit.anchor
    if a is None:
        return Resolved("DATE", None)
    q = cal.add_quarters(a.year, cal.quarter_of(a), -1)[1]
    return Resolved("DATE", f"{g['y']}-Q{q}", anchored=True)


def _year_ago(g: dict[str, str], sit: Situation) -> Resolved | None:
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


def _month_day(g: dict[str, str], text: str, sit: Situation, lx: Lexicon) -> Resolved | None:
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
    if _PAST_CUE.search(sit.before):
        back, ahead = 366, 0
    for y in (a.year, a.year - 1, a.year + 1):
        date = in_year(y)
        if date is not None and -back <= (date - a).days <= ahead:
            return date
    return in_year(a.year)


_PAST_CUE = re.compile(r"\b(?:ended|ending|through|since|as\s+of)\s+$", re.IGNORECASE)

_SEASON_CONTEXT = re.compile(r"\b(?:in|during|since|until|by|this|last|next|early|late)\s+$", re.I)

_CALENDAR_CONTEXT = re.compile(
    r"(?:\b(?:in|since|until|till|by|from|through|to|during|of|last|next|this|early|late|mid|"
    r"before|after|between|on|each|every|end\s+of|beginning\s+of)\s*-?\s*)$",
    re.IGNORECASE,
)


def _month(g: dict[str, str], sit: Situation, lx: Lexicon, text: str) -> Resolved | None:
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


def _quarter(g: dict[str, str], fam: str, sit: Situation, text: str) -> Resolved | None:
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


def _holiday(g: dict[str, str], sit: Situation, lx: Lexicon) -> Resolved | None:
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


def _season(g: dict[str, str], sit: Situation, lx: Lexicon) -> Resolved | None:
    code = lx.get("season", g["season"]) or ""
    rel = " ".join(g.get("rel", "").lower().split())
    if "y" in g:
        return Resolved("DATE", f"{g['y']}-{code}")
    if not rel and "mod" not in g and not _SEASON_CONTEXT.search(sit.before):
        return None  # "prices fall", "spring up"
    if rel == "the" and "mod" not in g:
        return None  # "the fall of the wall"
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


def _rel_unit(g: dict[str, str], sit: Situation) -> Resolved | None:
    rel = " ".join(g["rel"].lower().split())
    unit_word = g["unit"].lower()
    unit = "Y" if unit_word.startswith("fiscal") else unit_code(unit_word)
    if rel in ("the previous", "the following"):
        if sit.ref_value is None or unit == "WE":
            return None
        value = cal.shift_value(sit.ref_value, 1 if rel == "the following" else -1, unit)
        return Resolved("DATE", value, anchored=sit.ref_anchored) if value else None
    if rel in ("the past", "the last", "the next", "the coming", "past"):
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


def _day_word(g: dict[str, str], fam: str, sit: Situation, lx: Lexicon) -> Resolved | None:
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


def _weekday(g: dict[str, str], text: str, sit: Situation, lx: Lexicon) -> Resolved | None:
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


def _anaphor_day(low: str, sit: Situation) -> Resolved | None:
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


def _shifted(g: dict[str, str], sit: Situation, lx: Lexicon) -> Resolved | None:
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
    if unit == "Y" and "-Q" not in base:
        # "a year earlier" is a year, whatever the granularity of what it follows
        return Resolved("DATE", f"{int(base[:4]) + sign * k:04d}", anchored=anchored)
    value = cal.shift_value(base, sign * k, unit)
    return Resolved("DATE", value, anchored=anchored) if value else None


_COMPLEMENT = re.compile(r"\s+(?!and\b|but\b|or\b|that\b|when\b)[A-Za-z]")


_RATE_BEFORE = re.compile(
    r"(?:\d|%|\b(?:million|billion|thousand|hundred|times|once|twice|"
    r"dollars|cents|cent|percent|barrels|tons|people)),?\s*$"
)


def _set(g: dict[str, str], sit: Situation, lx: Lexicon) -> Resolved | None:
    q = g["q"].lower()
    if "wd" in g:
        if not g["wd"][0].isupper() or q in ("a", "an"):
            return None
        wd = lx.get("weekday", g["wd"])
        return Resolved("SET", f"XXXX-WXX-{wd}")
    unit = unit_code(g["unit"])
    n = number(g["n"], lx) if "n" in g else 1.0
    # "$5 million a year", "twice a day": a rate needs an amount before it.
    if q in ("a", "an") and "freq" not in g and not _RATE_BEFORE.search(sit.before):
        return None
    return Resolved("SET", duration(n, unit if unit != "WE" else "W"))


def _duration(g: dict[str, str], text: str, sit: Situation, lx: Lexicon) -> Resolved | None:
    unit = unit_code(g["unit"])
    if re.match(r"[\s-]+old\b", sit.after):
        return None  # an age: "52 years old"
    n = number(g["n"], lx)
    if n is None and g["n"].strip().lower() in ("a", "an"):
        n = 1.0
    if n is not None and n >= 1000 and unit not in ("Y", "TS", "TM"):
        return None  # "the 1988 quarter" is a date, not 5,964 months
    return Resolved("DURATION", duration(n, unit))


def _bare_units(g: dict[str, str], sit: Situation) -> Resolved | None:
    rel = " ".join(g.get("rel", "").lower().split())
    unit = unit_code(g["unit"])
    if rel == "recent":
        return Resolved("DATE", "PAST_REF")
    if not rel and not re.search(
        r"\b(?:for|in|over|within|than|took|take|takes|lasted)\s+$", sit.before, re.I
    ):
        return None
    return Resolved("DURATION", duration(None, unit))


def _clock(g: dict[str, str], fam: str, sit: Situation) -> Resolved | None:
    if fam == "clock_word":
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
