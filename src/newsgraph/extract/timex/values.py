"""What resolving a candidate looks at (`Situation`), what it yields (`Resolved`), and the
number and duration helpers every family of `timex.resolve` shares."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

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
