"""Candidate -> TIMEX3 type and value, against the publication date (the anchor).

The readers live by family: `dates` (calendar dates, clock times), `relative` (relative to
the anchor or to an earlier date in the text), `durations` (durations and sets). Shared
types and helpers are in `values`.
"""

from __future__ import annotations

import re

from newsgraph.extract.timex import calendar as cal
from newsgraph.extract.timex import dates, durations, relative
from newsgraph.extract.timex.grammar import Candidate
from newsgraph.extract.timex.lexicon import Lexicon
from newsgraph.extract.timex.values import Resolved, Situation, number

__all__ = ["Resolved", "Situation", "resolve"]


def resolve(c: Candidate, text: str, sit: Situation, lx: Lexicon) -> Resolved | None:
    """The TIMEX3 reading of `c`, or None when it is not a time expression after all."""
    try:
        return _resolve(c, text, sit, lx)
    except (OverflowError, ValueError):
        # a count no calendar reaches: "hog slaughter at 302,000 head versus 293,000 week
        # ago" (a figure read as 293,000 weeks) made the whole article fail
        return None


def _resolve(c: Candidate, text: str, sit: Situation, lx: Lexicon) -> Resolved | None:
    g = c.groups
    fam = c.family
    low = text.lower()
    if fam == "iso":
        if g.get("hh"):
            return Resolved("TIME", f"{g['y']}-{g['m']}-{g['d']}T{g['hh']}:{g['mi']}")
        d = cal.valid_day(int(g["y"]), int(g["m"]), int(g["d"]))
        return Resolved("DATE", cal.day(d)) if d else None
    if fam == "slash":
        d = cal.valid_day(dates.full_year(g["y"]), int(g["m"]), int(g["d"]))
        return Resolved("DATE", cal.day(d)) if d else None
    if fam in ("month_day", "day_month"):
        return dates.month_day(g, text, sit, lx)
    if fam == "month":
        return dates.month_name(g, sit, lx, text)
    if fam == "year":
        return Resolved("DATE", g["y"])
    if fam == "spoken_year":
        y = dates.spoken_year(g["spoken"], lx)
        return Resolved("DATE", f"{y:04d}") if y else None
    if fam == "spoken_decade":
        tens = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                "seventies": 7, "eighties": 8, "nineties": 9}[g["tens"].lower()]  # fmt: skip
        return Resolved("DATE", f"19{tens}")
    if fam == "year_end":
        return relative.year_end(sit)
    if fam == "year_ago":
        return relative.year_ago(g, sit)
    if fam == "decade":
        cent = g.get("cent") or ("20" if int(g["dec"]) < 3 else "19")
        return Resolved("DATE", f"{cent}{g['dec']}")
    if fam == "century":
        n = number(re.sub(r"(st|nd|rd|th)$", "", g["ord"]), lx) or float(
            lx.get("ordinal", g["ord"]) or 0
        )
        return Resolved("DATE", f"{int(n) - 1:02d}") if n else None
    if fam == "year_period":
        return dates.year_period(g, sit)
    if fam in ("quarter", "quarter_code", "quarter_ref"):
        return dates.quarter(g, fam, sit, text)
    if fam == "holiday":
        return dates.holiday(g, sit, lx)
    if fam == "season":
        return dates.season(g, sit, lx)
    if fam == "rel_unit":
        return relative.rel_unit(g, sit)
    if fam in ("day_word", "this_pod"):
        if text == "Today" and re.search(r"\b[A-Z][\w&'-]*\w\s+$", sit.before):
            return None  # a title: "USA Today", "This is VOA Today"
        return relative.day_word(g, fam, sit, lx)
    if fam == "weekday":
        return dates.weekday(g, text, sit, lx)
    if fam == "anaphor_day":
        return relative.anaphor_day(low, sit)
    if fam == "shifted":
        return relative.shifted(g, sit, lx)
    if fam == "set":
        return durations.set_of(g, sit, lx)
    if fam == "set_adverb":
        if re.match(r"\s+[A-Z]", sit.after) and g["adv"][0].islower():
            return None  # the newspaper: "the party daily Granma"
        return Resolved("SET", lx.get("set_adverb", g["adv"]))
    if fam == "duration":
        return durations.counted_duration(g, text, sit, lx)
    if fam == "bare_units":
        return durations.bare_units(g, sit)
    if fam == "ref":
        ref = g["ref"].lower()
        if ref == "recent" and re.search(r"\bthe\s+$", sit.before, re.IGNORECASE):
            # "the recent sale": an attribute of an event, not a time (dev: 0 of 5 marked)
            return None
        if text == "Now" and re.match(r"\s*,|\s+for\b", sit.after):
            return None  # the discourse marker: "Now, he says, ..."; "Now for the weather"
        if ref.startswith("recent"):
            return Resolved("DATE", "PAST_REF")
        return Resolved("DATE", lx.get("ref", ref))
    if fam in ("clock", "clock24", "clock_word"):
        return dates.clock(g, fam, sit)
    return None
