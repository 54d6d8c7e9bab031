"""TimeML / TempEval-3 conventions, one hand-written sentence each (newsgraph issue 6).

Most run without a parse (`doc=None`); the tense-dependent ones use the `nlp` fixture.
"""

from __future__ import annotations

import pytest

from newsgraph.extract.times import find_times
from tests.test_times import PUBLISHED, times


@pytest.mark.parametrize(
    ("sentence", "expression", "kind", "value"),
    [
        # a count-less "the past year" is dated like "last year"; with a count it is a span
        ("Exports grew over the past year.", "the past year", "DATE", "2024"),
        ("Wages stalled in the last decade.", "the last decade", "DATE", "201"),
        ("Wages stalled over the past two years.", "the past two years", "DURATION", "P2Y"),
        # "a year earlier" after a day names that day a year before
        (
            "For the quarter ended Sept. 30, profit was $4 million, up from $2 million a year earlier.",
            "a year earlier",
            "DATE",
            "2024-09-30",
        ),
        (
            "He joined the board in 2019, and the following year he left.",
            "the following year",
            "DATE",
            "2020",
        ),
        ("The deal should close by year-end.", "year-end", "DATE", "2025"),
        ("The index has risen 8% since year-end.", "year-end", "DATE", "2024"),
        ("Demand held up well into the summer.", "the summer", "DATE", "2025-SU"),
        ("Rates should stay low in the near term.", "the near term", "DATE", "FUTURE_REF"),
        ("The offer runs from today through Nov. 17.", "Nov. 17", "DATE", "2025-11-17"),
        ("Then, a week or so ago, the general left.", "a week or so ago", "DATE", "2025-W44"),
        ("The talks are over now.", "now", "DATE", "PRESENT_REF"),
        ("For now, the plan stands.", "now", "DATE", "PRESENT_REF"),
        ("Markets are open daily.", "daily", "SET", "P1D"),
        ("They met at noon.", "noon", "TIME", "2025-11-04T12:00"),
        ("He left Washington. Today, talks resume.", "Today", "DATE", "2025-11-04"),
        ("Two days later, a second blast hit.", "Two days later", "DATE", "2025-11-06"),
    ],
)
def test_times_conventions(sentence: str, expression: str, kind: str, value: str) -> None:
    assert times(sentence)[expression] == (kind, value)


@pytest.mark.parametrize(
    ("sentence", "not_a_time"),
    [
        ("Iraq imports about three-quarters of its food.", "three-quarters"),
        ("A second group of buyers arrived.", "A second"),
        ("It would be a second betrayal, he said.", "a second"),
        ("The gain came with the recent sale of a unit.", "recent"),
        ('Now, he says, "it looks like war."', "Now"),
        ("Now for the weather.", "Now"),
        ("The party daily Granma ran the story.", "daily"),
        ("The film High Noon made him a star.", "Noon"),
        ("You are listening to VOA Today.", "Today"),
        ("He read about the fall of the empire in the fall of his life.", "fall"),
    ],
)
def test_times_conventions_not_time_expressions(sentence: str, not_a_time: str) -> None:
    assert not any(not_a_time in found for found in times(sentence))


def test_times_anchor_free_conventions_stay_unresolved() -> None:
    found = times("The deal should close by year-end, and the following year it grew.", None)
    assert found["year-end"] == ("DATE", None)
    assert found["the following year"] == ("DATE", None)


def test_times_infinitive_under_a_past_verb_is_not_future(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The offer had been scheduled to expire at midnight Friday."
    found = {t.text: t.value for t in find_times(text, nlp(text), PUBLISHED)}
    assert found["midnight Friday"] == "2025-10-31T24:00"
    text = "The minister would be traveling to Paris Thursday with his wife."
    found = {t.text: t.value for t in find_times(text, nlp(text), PUBLISHED)}
    assert found["Thursday"] == "2025-11-06"
