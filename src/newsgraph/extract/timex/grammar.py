"""Candidate time expressions: named regular expressions built from the lexicon.

Each pattern has a name (the family `resolve` dispatches on) and named groups for the
parts it needs. Patterns may overlap; `find_candidates` keeps the longest match at each
place, so "the past two months" wins over "the past", and "Nov. 4, 2025" over "2025".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from newsgraph.extract.timex.lexicon import Lexicon, load_lexicon


@dataclass(frozen=True, slots=True)
class Candidate:
    family: str
    start: int
    end: int
    groups: dict[str, str]


# Plural-tolerant unit words; "centuries" is the one irregular plural.
_UNIT = (
    r"(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade)s?|centur(?:y|ies)"
)
_NUMERAL = r"\d+(?:[.,]\d+)?(?:\s+1/2)?"
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_DIGIT_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine)"
# Years as broadcast transcripts spell them: "nineteen ninety-six", "two thousand".
_SPOKEN_YEAR = rf"nineteen\s+(?:hundred\s+(?:and\s+)?)?{_TENS}(?:[\s-]+{_DIGIT_WORD})?|two\s+thousand(?:\s+(?:and\s+)?{_DIGIT_WORD})?"
_START = r"(?<![\w'-])"
_END = r"(?![\w-])"
# How an anaphoric expression relates to its reference ("two days later", "a year earlier").
_DIR = r"ago|earlier|later|before|after|from\s+now|hence|previously"


def _templates(lx: Lexicon) -> list[tuple[str, str]]:
    month = lx.alternation("month")
    weekday = lx.alternation("weekday")
    number_word = lx.alternation("number")
    number = rf"(?:{_NUMERAL}|{_TENS}[\s-]+{_DIGIT_WORD}|{number_word})"
    ordinal = lx.alternation("ordinal")
    season = lx.alternation("season")
    mod = lx.alternation("mod")
    approx = lx.alternation("approx")
    ref = lx.alternation("ref")
    set_adverb = lx.alternation("set_adverb")
    pod = lx.alternation("part_of_day")
    year = r"(?:1[6-9]\d\d|20\d\d)"
    mods = rf"(?:(?P<mod>{mod})(?:\s+|-\s*|(?<=mid)))?"
    approxs = rf"(?:(?P<approx>{approx})\s+(?!the\b))?"
    return [
        (
            "iso",
            rf"{_START}(?P<y>{year})-(?P<m>[01]\d)-(?P<d>[0-3]\d)"
            rf"(?:T(?P<hh>[0-2]\d):(?P<mi>[0-5]\d)(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?{_END}",
        ),
        ("slash", rf"{_START}(?P<m>[01]?\d)/(?P<d>[0-3]?\d)/(?P<y>{year}|\d\d){_END}"),
        (
            "month_day",
            rf"{_START}(?:(?P<wd>{weekday}),?\s+)?{mods}(?P<mon>{month})\s+(?P<d>[0-3]?\d)"
            rf"(?:st|nd|rd|th)?{_END}(?:,?\s+(?P<y>{year}){_END})?",
        ),
        (
            "day_month",
            rf"{_START}(?:(?P<wd>{weekday}),?\s+)?(?:the\s+)?(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
            rf"\s+(?:of\s+)?(?P<mon>{month})(?![\w-])(?:,?\s+(?P<y>{year}){_END})?",
        ),
        (
            "month",
            rf"{_START}{mods}(?:(?P<rel>last|this|next|coming|past)\s+)?(?P<mon>{month})"
            rf"(?![\w-])(?:,?\s+(?:of\s+)?(?P<y>{year}){_END}|\s+(?P<ry>this|last|next)\s+year{_END})?",
        ),
        (
            "year",
            rf"{_START}{mods}(?:(?P<fiscal>fiscal)(?:\s+year)?\s+)?(?P<y>{year})(?!\s*%|[,.]\d|[\w-])",
        ),
        (
            "year_end",
            rf"{_START}(?:the\s+)?(?:year[\s-]end|year's\s+end){_END}",
        ),
        ("spoken_year", rf"{_START}(?:(?:the\s+)?year\s+)?(?P<spoken>{_SPOKEN_YEAR}){_END}"),
        (
            "spoken_decade",
            rf"{_START}the\s+(?P<tens>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties){_END}",
        ),
        (
            "year_ago",
            rf"{_START}(?:the\s+(?=(?:comparable\s+|same\s+)?year-\w+\s+(?:quarter|period|month|week)))?"
            r"(?:comparable\s+|same\s+)?year-(?:ago|earlier)"
            rf"(?:\s+(?P<noun>quarter|period|month|week))?{_END}",
        ),
        ("decade", rf"{_START}(?:the\s+)?{mods}(?:(?P<cent>1[5-9]|20)|')(?P<dec>\d)0'?s{_END}"),
        (
            "century",
            rf"{_START}(?:the\s+)?{mods}(?P<ord>{ordinal}|\d{{1,2}}(?:st|nd|rd|th))[\s-]+century{_END}",
        ),
        (
            "quarter",
            rf"{_START}(?:(?:the|this\s+year's|last\s+year's|next\s+year's)\s+)?(?:(?P<y0>{year})\s+)?(?:fiscal[\s-]+)?"
            r"(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)(?:\s+fiscal)?[\s-]+quarter"
            rf"(?:\s+of\s+(?:fiscal\s+)?(?P<y>{year}))?{_END}",
        ),
        (
            "quarter_code",
            rf"{_START}(?:Q(?P<q>[1-4])(?:\s+|-|/)?(?P<y>{year})|(?P<y2>{year})\s*-?\s*Q(?P<q2>[1-4])"
            rf"|Q(?P<q3>[1-4])){_END}",
        ),
        ("year_period", rf"{_START}the\s+(?P<y>{year})\s+(?:fiscal\s+)?(?:quarter|period){_END}"),
        (
            "quarter_ref",
            rf"{_START}(?P<which>the(?:\s+(?:latest|recent|most\s+recent|just-ended|past|same))?"
            r"|this|last|next|that|the\s+(?:current|next|previous))"
            rf"\s+(?:fiscal\s+)?(?:quarter|period){_END}",
        ),
        (
            "holiday",
            rf"{_START}(?:(?P<rel>last|this|next)\s+)?(?P<name>{lx.alternation('holiday')})"
            rf"(?:,?\s+(?P<y>{year}))?{_END}",
        ),
        (
            "season",
            rf"{_START}{mods}(?:(?P<rel>last|this|next|the\s+coming|the\s+past|the)\s+)?"
            rf"(?P<season>{season})(?:\s+(?:of\s+)?(?P<y>{year}))?{_END}",
        ),
        (
            "rel_unit",
            rf"{_START}{mods}(?P<rel>this|last|next|past|previous|coming|current"
            r"|the\s+past|the\s+last|the\s+next|the\s+coming|the\s+previous|the\s+current"
            r"|the\s+following|the\s+same|that|the(?:\s+full|\s+fiscal)?)\s+"
            rf"(?P<unit>week(?:end)?|month|year|decade|century|fiscal\s+year){_END}",
        ),
        (
            "day_word",
            rf"{_START}(?:(?P<mod>early|late|earlier|later|mid-?)\s*)?(?P<day>today|yesterday|tomorrow|tonight"
            rf"|the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow)"
            rf"(?:\s+(?P<pod>{pod}))?{_END}",
        ),
        (
            "this_pod",
            rf"{_START}(?:(?P<mod>early|late|earlier|later)\s+)?(?P<rel>this|last|tomorrow|yesterday|that)\s+(?P<pod>{pod}){_END}",
        ),
        (
            "weekday",
            rf"{_START}(?:(?P<mod>early|late|earlier|later)\s+)?(?:(?P<rel>last|this|next|this\s+past|this\s+coming)\s+)?"
            rf"(?P<wd>{weekday})(?![\w-])(?:\s+(?P<pod>{pod}))?",
        ),
        (
            "anaphor_day",
            rf"{_START}(?P<what>the\s+(?:next|following|previous|same)\s+(?:day|morning|evening|night)"
            r"|(?:earlier|later)\s+that\s+(?:day|morning|evening|week|month|year)"
            r"|that\s+(?:day|morning|evening|night)"
            rf"|the\s+(?:day|week|month|year)\s+(?:before|after|earlier)){_END}",
        ),
        (
            "shifted",
            rf"{_START}{approxs}(?P<n>{number})[\s-]+(?P<unit>{_UNIT})(?:\s+or\s+so)?\s+(?P<dir>{_DIR}){_END}",
        ),
        (
            "set",
            rf"{_START}(?P<freq>(?:once|twice|thrice|{number}\s+times)\s+)?(?P<q>every|each|per|a|an)\s+"
            rf"(?:other\s+)?(?:(?P<n>{number})\s+)?(?P<unit>{_UNIT}|(?P<wd>{weekday})){_END}",
        ),
        ("set_adverb", rf"{_START}(?P<adv>{set_adverb}){_END}"),
        (
            "duration",
            rf"{_START}{approxs}(?:the\s+)?(?:(?P<rel>past|last|next|first|coming|previous|final"
            r"|latest|following|initial|remaining|full)\s+)?"
            rf"(?P<n>{number})(?:\s+more|\s+full)?[\s-]+(?P<unit>{_UNIT})(?:[\s-]+long)?{_END}",
        ),
        (
            "bare_units",
            rf"{_START}(?:(?P<rel>recent|coming|past|the\s+past|the\s+coming|the\s+next|the\s+last"
            r"|the\s+past\s+few|the\s+next\s+few|the\s+last\s+few)\s+)?"
            rf"(?P<unit>years|months|weeks|days|decades|hours|minutes){_END}",
        ),
        ("ref", rf"{_START}(?P<ref>{ref}|recent\s+(?:years|months|weeks|days|times)){_END}"),
        (
            "clock",
            rf"{_START}(?:(?:about|around|approximately|at\s+about|shortly\s+(?:before|after))\s+)?(?P<h>[01]?\d)(?:[:.](?P<mi>[0-5]\d))?\s*"
            r"(?P<ampm>[ap]\.\s?m\.?|[ap]m(?![\w]))(?:\s+(?P<tz>[A-Z]{2,3}T|GMT|UTC))?",
        ),
        (
            "clock24",
            rf"{_START}(?P<h>[0-2]?\d):(?P<mi>[0-5]\d)(?:\s+(?P<tz>[A-Z]{{2,3}}T|GMT|UTC))?{_END}",
        ),
        (
            "clock_word",
            rf"{_START}(?P<word>noon|midnight|midday)(?:\s+(?P<tz>[A-Z]{{2,3}}T|GMT|UTC))?{_END}",
        ),
    ]


@lru_cache(maxsize=1)
def patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((name, re.compile(src, re.IGNORECASE)) for name, src in _templates(load_lexicon()))


def find_candidates(
    text: str, accept: Callable[[Candidate], bool] = lambda c: True
) -> list[Candidate]:
    """Every pattern's matches, overlaps resolved: the longest `accept`ed span wins, then
    the earlier (a rejected "a six year" must not hide "six year")."""
    found: list[Candidate] = []
    for family, rx in patterns():
        for m in rx.finditer(text):
            if m.end() > m.start():
                groups = {k: v for k, v in m.groupdict().items() if v is not None}
                found.append(Candidate(family, m.start(), m.end(), groups))
    found.sort(key=lambda c: (c.start - c.end, c.start))
    taken: list[Candidate] = []
    for cand in found:
        if all(cand.end <= t.start or cand.start >= t.end for t in taken) and accept(cand):
            taken.append(cand)
    taken.sort(key=lambda c: c.start)
    return taken
