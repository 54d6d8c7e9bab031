"""Amounts: money (ISO 4217), percentages and counts of people and things, each with what it
measures (from the parse) and the date of its clause (from the time expressions).

Money and percentages are found by patterns over the text (currency forms and scale words
are data: data/amounts_currencies.tsv, data/amounts_multipliers.tsv); counts are numbers
the parse attaches to a noun ("3,000 troops"). Years, dates, durations, ordinals and
phone-number-like digits are not amounts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from newsgraph.extract.registry import Context, extractor
from newsgraph.extract.timex.calendar import record_date
from newsgraph.extract.timex.lexicon import load_lexicon
from newsgraph.extract.timex.values import number
from newsgraph.records import Amount, TimeExpression

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

NAME, VERSION = "amounts.rules", "2"
_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
_NUM_WORD = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|"
    r"forty|fifty|sixty|seventy|eighty|ninety|a\s+hundred|hundreds\s+of|a|an"
)
_DEFINITE = {"the", "these", "those", "both", "all"}
_PHONE = re.compile(r"\+?\d[\d ().-]{7,}\d")
# Nouns a number attaches to that are not things counted (times are in "times").
_NOT_COUNTED = {
    "year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours",
    "minute", "minutes", "second", "seconds", "decade", "decades", "century", "centuries",
    "percent", "%", "times", "time", "point", "points", "am", "pm", "a.m.", "p.m.",
    "quarter", "quarters", "st", "nd", "rd", "th", "o'clock", "dollars", "dollar", "cents",
}  # fmt: skip
# Verbs whose subject is the quantity the figure gives the level of ("trade reached").
_LEVEL_VERBS = {
    "reach", "rise", "fall", "total", "stand", "grow", "climb", "drop", "amount", "hit", "be",
    "exceed", "increase", "decrease", "jump", "slump", "surge", "decline", "double", "top",
    "gain", "lose", "slide", "soar", "plunge", "shrink", "expand", "ease", "edge", "sink",
    "tumble", "slip", "come", "average", "remain", "rebound", "contract", "slow",
}  # fmt: skip
_DEGREE_NOUNS = {
    "record",
    "total",
    "high",
    "low",
    "peak",
    "sum",
    "figure",
    "estimated",
    "further",
    "additional",
    "extra",
    "combined",
    "average",
    "mere",
    "whopping",
}
_RATE = re.compile(r"\s*(?:per|a|an|each)\s+(?:day|week|month|year|hour)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Found:
    start: int
    end: int
    value: float
    unit: str


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, tuple[str, str]], dict[str, float]]:
    base = resources.files("newsgraph.extract").joinpath("data")
    currencies: dict[str, tuple[str, str]] = {}
    for line in base.joinpath("amounts_currencies.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            form, code, where = line.split("\t")
            currencies[form] = (code, where)
    scales: dict[str, float] = {}
    for line in base.joinpath("amounts_multipliers.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            word, factor = line.split("\t")
            scales[word] = float(factor)
    return currencies, scales


def _alt(words: list[str]) -> str:
    return "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)
    )


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    currencies, scales = _tables()
    prefix = _alt([f for f, (_, w) in currencies.items() if w in ("prefix", "both")])
    word = _alt([f for f, (_, w) in currencies.items() if w in ("word", "both")])
    scale = _alt(list(scales))
    figure = rf"(?P<num>{_NUM})(?:\s?(?P<scale>{scale})(?![A-Za-z]))?"
    money_before = re.compile(rf"(?<![\w$])(?P<cur>{prefix})\s?{figure}")
    money_after = re.compile(
        rf"(?<![\w.,])(?P<num>{_NUM}|{_NUM_WORD})(?:\s?(?P<scale>{scale})(?![A-Za-z]))?"
        rf"\s+(?:of\s+)?(?P<cur>{word})\b"
    )
    percent = re.compile(
        rf"(?<![\w.,])(?P<num>{_NUM}|{_NUM_WORD})\s?(?P<unit>%|percent(?:age\s+points?)?\b|per\s+cent\b)",
        re.IGNORECASE,
    )
    return money_before, money_after, percent


def _value(num: str, scale: str | None) -> float | None:
    _, scales = _tables()
    base = number(num, load_lexicon())
    if base is None:
        return None
    factor = scales.get(scale or "", scales.get((scale or "").lower(), 1.0))
    return base * factor


def _money_and_percent(text: str) -> list[_Found]:
    currencies, _ = _tables()
    before, after, percent = _patterns()
    found: list[_Found] = []
    for rx in (before, after):
        for m in rx.finditer(text):
            form = " ".join(m["cur"].split())
            code = currencies.get(form, currencies.get(form.lower(), ("", "")))[0]
            value = _value(m["num"], m["scale"])
            if code and value is not None:
                found.append(_Found(m.start(), m.end(), value, code))
    for m in percent.finditer(text):
        value = _value(m["num"], None)
        if value is not None:
            unit = "percentage points" if "point" in m["unit"].lower() else "%"
            found.append(_Found(m.start(), m.end(), value, unit))
    return _longest(found)


def _longest(found: list[_Found]) -> list[_Found]:
    found.sort(key=lambda f: (f.start - f.end, f.start))
    kept: list[_Found] = []
    for f in found:
        if all(f.end <= k.start or f.start >= k.end for k in kept):
            kept.append(f)
    return sorted(kept, key=lambda f: f.start)


def _counts(doc: Doc, taken: list[tuple[int, int]]) -> list[_Found]:
    """Numbers the parse attaches to a common noun: "3,000 troops", "two ships"."""
    _, scales = _tables()
    found: list[_Found] = []
    text = doc.text
    for tok in doc:
        if tok.dep_ != "nummod" or not (tok.like_num or tok.pos_ == "NUM"):
            continue
        noun = tok.head
        if noun.i < tok.i or noun.pos_ != "NOUN" or noun.lower_ in _NOT_COUNTED:
            continue
        if any(
            c.dep_ in ("det", "poss")
            and c.lower_ in _DEFINITE | {"its", "their", "his", "her", "our"}
            for c in noun.children
        ):
            continue  # "the two countries" refers to things already counted
        first = tok
        while (
            first.i > 0
            and doc[first.i - 1].head == tok
            and doc[first.i - 1].dep_ in ("quantmod", "compound", "nummod")
            and (doc[first.i - 1].like_num or doc[first.i - 1].lower_ in scales)
        ):
            first = doc[first.i - 1]
        start, end = first.idx, noun.idx + len(noun.text)
        if any(start < e and s < end for s, e in taken):
            continue
        figure = text[first.idx : tok.idx + len(tok.text)]
        if text[tok.idx + len(tok.text) : tok.idx + len(tok.text) + 1] == "-":
            continue  # "a 22-story building": an attribute, not a count
        if _PHONE.fullmatch(figure) or re.search(r"\d(?:st|nd|rd|th)\b", figure):
            continue
        parts = figure.split()
        scale = parts[-1].lower() if len(parts) > 1 and parts[-1].lower() in scales else None
        value = _value(" ".join(parts[:-1]) if scale else figure, scale)
        if value is None:
            continue
        rate = _RATE.match(text, end)
        if rate:
            end = rate.end()
        found.append(_Found(start, end, value, noun.lower_))
    return found


@extractor(NAME, version=VERSION, produces="amounts", needs=("times",))
def extract_amounts(ctx: Context) -> tuple[Amount, ...]:
    """Money, percentages and counts, with what they measure and when."""
    times: tuple[TimeExpression, ...] = tuple(ctx.results.get("times", ()))
    return find_amounts(ctx.article.text, ctx.doc, times)


def find_amounts(text: str, doc: Doc, times: tuple[TimeExpression, ...] = ()) -> tuple[Amount, ...]:
    key = f"{NAME}@{VERSION}"
    time_spans = [(t.start, t.end) for t in times]
    found = [
        f for f in _money_and_percent(text)
        if not any(f.start < e and s < f.end for s, e in time_spans)
    ]  # fmt: skip
    parsed = doc.has_annotation("DEP")
    if parsed:
        found += _counts(doc, time_spans + [(f.start, f.end) for f in found])
    found.sort(key=lambda f: f.start)
    out: list[Amount] = []
    for f in found:
        measure, date = (_measure(doc, f), _clause_date(doc, f, times)) if parsed else (None, None)
        out.append(
            Amount(
                id=f"a{len(out) + 1}",
                text=text[f.start : f.end],
                start=f.start,
                end=f.end,
                value=f.value,
                unit=f.unit,
                measure=measure,
                date=date,
                extractor=key,
            )
        )
    return tuple(out)


def _span(doc: Doc, f: _Found) -> Span | None:
    return doc.char_span(f.start, f.end, alignment_mode="expand")


def _clause_verb(tok: Token) -> Token | None:
    for _ in range(8):
        if tok.pos_ in ("VERB", "AUX"):
            return tok
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _phrase(tok: Token, skip: Token | None = None) -> str:
    """`tok`'s phrase without the branch holding the amount (`skip`), at most ten words."""
    dropped = set() if skip is None else {t.i for t in skip.subtree}
    if skip is not None:
        # keep the side of the phrase the head is on: "exports [of $5 billion]"
        lo, hi = skip.left_edge.i, skip.right_edge.i
        after = skip.i > tok.i
        dropped |= {t.i for t in tok.subtree if (t.i >= lo if after else t.i <= hi)}
    words = [
        t for t in tok.subtree
        if t.i not in dropped and t.dep_ not in ("punct", "relcl", "appos", "acl", "advcl")
    ][:10]  # fmt: skip
    if not words:
        return tok.lower_
    text = tok.doc[words[0].i : words[-1].i + 1].text  # (doc.text is rebuilt on each access)
    # "Trade between ..." starts a sentence; a name keeps its capital
    return text if words[0].ent_type_ else text[:1].lower() + text[1:]


def _measure(doc: Doc, f: _Found) -> str | None:
    """What the figure measures: the subject of a verb of level it completes ("Trade ...
    reached $240 billion"), the noun it is "of" ("exports of $5 billion"), the noun it
    modifies ("a $5 billion deal"), else the verb it completes ("pledged £600m", "12
    people were killed" -> "killed")."""
    span = _span(doc, f)
    if span is None:
        return None
    root = span.root
    while (
        root.dep_ in ("nummod", "quantmod", "compound", "amod")
        and root.head.lower_ in _DEGREE_NOUNS
    ):
        root = root.head  # "a record $240 billion": the record is the amount's phrase
    head = root.head
    is_count = f.unit not in ("%", "percentage points") and not (
        len(f.unit) == 3 and f.unit.isupper()
    )
    if is_count and root.dep_ in ("nsubj", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
        return None if head.lemma_ == "be" else head.lower_
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN":
        return _phrase(head.head, skip=head)
    if (
        root.dep_ in ("compound", "nmod", "amod", "nummod")
        and head.pos_ == "NOUN"
        and head.i > root.i
    ):
        return head.lower_
    if root.dep_ in ("dobj", "attr", "npadvmod", "nsubj", "nsubjpass", "oprd"):
        verb: Token | None = head
    elif root.dep_ == "pobj" and head.head.pos_ in ("VERB", "AUX"):
        verb = head.head
    else:
        verb = None
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return None
    if verb.lemma_ in _LEVEL_VERBS:
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass") and not (span.start <= child.i < span.end):
                return _phrase(child)
    return verb.lower_


def _clause_date(doc: Doc, f: _Found, times: tuple[TimeExpression, ...]) -> str | None:
    """The value of a dated time expression in the amount's clause (same governing verb),
    else the only one in its sentence."""
    span = _span(doc, f)
    if span is None:
        return None
    verb = _clause_verb(span.root)
    sent = span.root.sent
    same_sentence: list[str] = []
    for t in times:
        # in the record's form: "last week" (2019-W41) is its month, "the third quarter" its
        # year, a time of day its day; a value no calendar date holds is no date
        date = record_date(t.value) if t.value else None
        if date is None:
            continue
        if not (sent.start_char <= t.start < sent.end_char):
            continue
        same_sentence.append(date)
        tspan = doc.char_span(t.start, t.end, alignment_mode="expand")
        if tspan is not None and verb is not None and _clause_verb(tspan.root) == verb:
            return date
    return same_sentence[0] if len(same_sentence) == 1 else None
