"""Durations ("three years", "years") and sets ("every week", "$5 million a year")."""

from __future__ import annotations

import re

from newsgraph.extract.timex.lexicon import Lexicon
from newsgraph.extract.timex.values import Resolved, Situation, duration, number, unit_code

_RATE_BEFORE = re.compile(
    r"(?:\d|%|\b(?:million|billion|thousand|hundred|times|once|twice|"
    r"dollars|cents|cent|percent|barrels|tons|people)),?\s*$"
)


def set_of(g: dict[str, str], sit: Situation, lx: Lexicon) -> Resolved | None:
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


# a following word that a duration "a second" would not take ("a second or two", "a second
# later" are durations; "a second group" is an ordinal)
_NEXT_WORD = re.compile(r"\s+(?!or\b|and\b|later\b|earlier\b|ago\b|before\b|after\b)[a-z]")


def counted_duration(g: dict[str, str], text: str, sit: Situation, lx: Lexicon) -> Resolved | None:
    unit = unit_code(g["unit"])
    if re.match(r"[\s-]+old\b", sit.after):
        return None  # an age: "52 years old"
    if unit == "Q" and re.match(r"\s+of\b", sit.after):
        return None  # a fraction: "three-quarters of its food"
    if (
        unit == "TS"
        and g["n"].strip().lower() in ("a", "an")
        and not g["unit"].lower().endswith("s")
        and _NEXT_WORD.match(sit.after)
    ):
        return None  # the ordinal: "a second group", "a second betrayal"
    n = number(g["n"], lx)
    if n is None and g["n"].strip().lower() in ("a", "an"):
        n = 1.0
    if n is not None and n >= 1000 and unit not in ("Y", "TS", "TM"):
        return None  # "the 1988 quarter" is a date, not 5,964 months
    return Resolved("DURATION", duration(n, unit))


def bare_units(g: dict[str, str], sit: Situation) -> Resolved | None:
    rel = " ".join(g.get("rel", "").lower().split())
    unit = unit_code(g["unit"])
    if rel == "recent":
        return Resolved("DATE", "PAST_REF")
    if not rel and not re.search(
        r"\b(?:for|in|over|within|than|took|take|takes|lasted)\s+$", sit.before, re.I
    ):
        return None
    return Resolved("DURATION", duration(None, unit))
