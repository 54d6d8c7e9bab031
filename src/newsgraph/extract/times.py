"""Time expressions (TIMEX3): dates, times, durations and sets, normalised against the
publication date.

Candidates come from the patterns in `timex.grammar`; `timex.resolve` gives each its type
and value. What the patterns cannot know comes from the parse: the tense of the clause
("Friday" is last Friday unless the clause is about the future), whether a four-digit
number counts something ("2000 troops"), and the latest date the text has mentioned, to
which "the day before" and "two days later" refer.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from newsgraph.extract.registry import Context, extractor
from newsgraph.extract.timex import calendar as cal
from newsgraph.extract.timex.grammar import Candidate, find_candidates
from newsgraph.extract.timex.lexicon import load_lexicon
from newsgraph.extract.timex.resolve import Resolved, Situation, resolve
from newsgraph.records import TimeExpression

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

NAME, VERSION = "times.rules", "3"
_FUTURE_AUX = {"will", "'ll", "shall", "wo", "going"}
_MODALS = {"would", "could", "might", "may", "can", "should", "must"}
_REPORTING = {"say", "tell", "report", "announce", "be", "have", "add", "note"}
_SOME_DAY = dt.date(2000, 6, 15)  # stands in for a missing anchor when checking a pattern
_QUARTER = re.compile(r"\bquarter|\bquarterly|\bperiod\b", re.IGNORECASE)
_TIME_NOUNS = {"year", "years", "month", "season", "quarter", "budget", "election", "census"}


@extractor(NAME, version=VERSION, produces="times")
def extract_times(ctx: Context) -> tuple[TimeExpression, ...]:
    """Dates, times, durations and sets (TIMEX3), resolved against `article.published`."""
    return find_times(ctx.article.text, ctx.doc, cal.parse_anchor(ctx.article.published))


# a candidate that starts right after a digit, or a digit and a separator, is inside a number
_INSIDE_NUMBER = re.compile(r"\d[,.]?$")


def find_times(text: str, doc: Doc | None, anchor: dt.date | None) -> tuple[TimeExpression, ...]:
    lx = load_lexicon()
    key = f"{NAME}@{VERSION}"
    parsed = doc is not None and doc.has_annotation("DEP")

    def readable(cand: Candidate) -> bool:
        # the same reading as below, minus what earlier expressions tell (cheap: no parse)
        sit = Situation(
            anchor=anchor or _SOME_DAY,
            before=text[max(0, cand.start - 40) : cand.start],
            after=text[cand.end : cand.end + 30],
        )
        if cand.family == "year" and _counts_something(text, cand, doc if parsed else None):
            return False
        if _INSIDE_NUMBER.search(text, max(0, cand.start - 2), cand.start):
            return False  # "000,000 years ago" in "3,000,000 years ago": part of a number
        return resolve(cand, text[cand.start : cand.end], sit, lx) is not None

    cands = _merge_clock_with_day(find_candidates(text, readable), text)
    out: list[TimeExpression] = []
    ref: tuple[str | None, bool] = (None, False)
    ref_day: tuple[str | None, bool] = (None, False)
    for cand, day_part in cands:
        span_text = text[cand.start : cand.end]
        sentence = _sentence(text, doc if parsed else None, cand.start)
        sit = Situation(
            anchor=anchor,
            tense=_tense(text, doc, cand.start, cand.end) if parsed and doc is not None else None,
            ref_value=ref[0],
            ref_anchored=ref[1],
            ref_day=ref_day[0],
            ref_day_anchored=ref_day[1],
            # earnings news: "a year ago" after a quarter was mentioned means that quarter
            quarter_context=bool(
                _QUARTER.search(sentence + text[max(0, cand.start - 400) : cand.start])
            ),
            before=text[max(0, cand.start - 40) : cand.start],
            after=text[cand.end : cand.end + 30],
        )
        if day_part is not None:
            day = resolve(day_part, text[day_part.start : day_part.end], sit, lx)
            if day is not None and day.value is not None:
                sit = Situation(
                    anchor=anchor, ref_day=day.value[:10], ref_day_anchored=day.anchored
                )
        res = resolve(cand, span_text, sit, lx)
        if res is None:
            continue
        if cand.family == "shifted" and res.type == "DURATION":
            span_text = span_text[: len(span_text) - len(cand.groups["dir"])].rstrip()
            cand = Candidate(cand.family, cand.start, cand.start + len(span_text), cand.groups)
        if res.value is None and anchor is not None:
            continue  # a pattern that could not be read even with an anchor
        out.append(
            TimeExpression(
                id=f"t{len(out) + 1}",
                text=span_text,
                start=cand.start,
                end=cand.end,
                type=res.type,  # type: ignore[arg-type]
                value=res.value,
                anchored=res.anchored,
                extractor=key,
            )
        )
        if cand.family not in ("year_ago", "shifted"):
            # an expression relative to the reference does not become the reference:
            # "the third quarter ... a year earlier ... a year earlier" are both 1988-Q3
            ref, ref_day = _update_refs(res, ref, ref_day)
    return tuple(out)


def _update_refs(
    res: Resolved, ref: tuple[str | None, bool], ref_day: tuple[str | None, bool]
) -> tuple[tuple[str | None, bool], tuple[str | None, bool]]:
    value = res.value
    if res.type not in ("DATE", "TIME") or not value or not value[:4].isdigit():
        return ref, ref_day
    ref = (value.split("T")[0], res.anchored)
    if cal.parse_day(value) is not None:
        ref_day = (value[:10], res.anchored)
    return ref, ref_day


_CLOCK_GAP = re.compile(r",?\s+(?:on\s+)?")


def _merge_clock_with_day(
    cands: list[Candidate], text: str
) -> list[tuple[Candidate, Candidate | None]]:
    """ "10 p.m. Wednesday" is one TIME on Wednesday: pair a clock time with the day after it."""
    out: list[tuple[Candidate, Candidate | None]] = []
    i = 0
    while i < len(cands):
        c = cands[i]
        nxt = cands[i + 1] if i + 1 < len(cands) else None
        if (
            c.family in ("clock", "clock_word")
            and nxt is not None
            and nxt.family in ("weekday", "day_word", "month_day", "day_month", "iso")
            and _CLOCK_GAP.fullmatch(text[c.end : nxt.start])
        ):
            merged = Candidate(c.family, c.start, nxt.end, c.groups)
            out.append((merged, nxt))
            i += 2
            continue
        out.append((c, None))
        i += 1
    return out


def _sentence(text: str, doc: Doc | None, start: int) -> str:
    if doc is not None:
        span = doc.char_span(start, start + 1, alignment_mode="expand")
        if span is not None and len(span):
            sent = span[0].sent
            return sent.text
    return text[max(0, start - 200) : start + 200]


def _counts_something(text: str, cand: Candidate, doc: Doc | None) -> bool:
    """A four-digit number that counts things ("2000 troops", "$1990") is not a year."""
    before = text[max(0, cand.start - 2) : cand.start]
    if "$" in before or "#" in before:
        return True
    if doc is None:
        return bool(re.match(r"\s+[a-z]+s\b", text[cand.end : cand.end + 20]))
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if span is None:
        return False
    tok = span[-1]
    head = tok.head
    return (
        tok.dep_ in ("nummod", "quantmod")
        and head.i > tok.i
        and head.pos_ == "NOUN"
        and head.tag_ == "NNS"
        and head.lower_ not in _TIME_NOUNS
    )


def _tense(text: str, doc: Doc, start: int, end: int) -> str | None:
    """ "future" when the clause the expression modifies is about the future, "past" when its
    verb is in the past tense, else None. `text` is the doc's text (spaCy rebuilds doc.text on
    every access, so it is passed in)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    verb: Token | None = None
    tok = span.root
    for _ in range(6):
        if tok.pos_ in ("VERB", "AUX") or tok.dep_ == "ROOT":
            verb = tok
            break
        tok = tok.head
    if verb is None or text[end : end + 2] in ("'s", "’s"):
        return None  # "Wednesday's ruling" names a day already past
    if re.search(
        r"\b(?:until|till|as\s+(?:soon|early)\s+as)\s+$", text[max(0, start - 20) : start]
    ):
        return "future"
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if aux & _FUTURE_AUX:
        return "future"
    if verb.tag_ == "VBD" or aux & {"has", "have", "had", "was", "were", "did"}:
        return "past"
    if verb.tag_ in ("VB", "VBG") and (aux & _MODALS or "to" in aux):
        if "to" in aux and not aux & _MODALS and _past_governor(verb):
            # "had been scheduled to expire Friday", "gathered to mark the entry on
            # Friday": an infinitive under a past verb is not about the future
            return None
        # "would leave on Monday", "is scheduled to close Monday": ahead of the anchor
        return "future"
    if verb.tag_ in ("VBZ", "VBP") and verb.lemma_ not in _REPORTING:
        return "future"  # news present with a day name is a schedule: "they meet Monday"
    return None


def _past_governor(verb: Token) -> bool:
    """Whether the verb an infinitive depends on is in the past ("was set to", "had been
    scheduled to", "gathered ... to mark")."""
    head = verb.head
    if head.i == verb.i or head.pos_ not in ("VERB", "AUX"):
        return False
    aux = {c.lower_ for c in head.children if c.dep_ in ("aux", "auxpass")}
    return head.tag_ == "VBD" or bool(aux & {"was", "were", "had"})
