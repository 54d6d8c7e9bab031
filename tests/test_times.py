"""Time expressions on hand-written sentences, one family of patterns at a time.

Most tests run without a parse (`doc=None`): the patterns and the calendar arithmetic do
not need one. Tense-dependent readings use the `nlp` fixture.
"""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.extract.times import find_times
from newsgraph.extract.timex import calendar as cal

PUBLISHED = dt.date(2025, 11, 4)  # a Tuesday


def times(text: str, anchor: dt.date | None = PUBLISHED) -> dict[str, tuple[str, str | None]]:
    found = find_times(text, None, anchor)
    for t in found:
        assert text[t.start : t.end] == t.text
    return {t.text: (t.type, t.value) for t in found}


@pytest.mark.parametrize(
    ("sentence", "expression", "kind", "value"),
    [
        ("They met on Tuesday.", "Tuesday", "DATE", "2025-11-04"),
        ("They met on Friday.", "Friday", "DATE", "2025-10-31"),
        ("Sales fell last month.", "last month", "DATE", "2025-10"),
        ("Output rose in 2023.", "2023", "DATE", "2023"),
        ("The deal was signed in February 2022.", "February 2022", "DATE", "2022-02"),
        ("Prices have slowed in recent months.", "recent months", "DATE", "PAST_REF"),
        ("He has served for three years.", "three years", "DURATION", "P3Y"),
        ("The talks are over now.", "now", "DATE", "PRESENT_REF"),
        ("The board meets every week.", "every week", "SET", "P1W"),
        ("Growth will pick up next year.", "next year", "DATE", "2026"),
        ("The file is dated 2025-11-03.", "2025-11-03", "DATE", "2025-11-03"),
        ("Voting starts Nov. 4 in most states.", "Nov. 4", "DATE", "2025-11-04"),
        ("Jazz flourished in the 1990s.", "the 1990s", "DATE", "199"),
        ("Profit doubled in Q3 2024.", "Q3 2024", "DATE", "2024-Q3"),
        ("Shares slid this week.", "this week", "DATE", "2025-W45"),
        ("The blast came at 3 p.m.", "3 p.m.", "TIME", "2025-11-04T15:00"),
        ("Rain fell yesterday.", "yesterday", "DATE", "2025-11-03"),
        ("The firm reported third-quarter profit.", "third-quarter", "DATE", "2025-Q3"),
        ("The mill has run for the past two months.", "the past two months", "DURATION", "P2M"),
        ("The plant opened two years ago.", "two years ago", "DATE", "2023"),
        ("It was built in the 20th century.", "the 20th century", "DATE", "19"),
        ("Fighting resumed late last year.", "late last year", "DATE", "2024"),
        ("The strike began in mid-September.", "mid-September", "DATE", "2025-09"),
        ("He flew home last summer.", "last summer", "DATE", "2025-SU"),
        ("The store will close on Christmas Day.", "Christmas Day", "DATE", "2025-12-25"),
        ("The vote fell on Thanksgiving 2023.", "Thanksgiving 2023", "DATE", "2023-11-23"),
        ("Markets are open daily.", "daily", "SET", "P1D"),
        ("A two-hour meeting ended the talks.", "two-hour", "DURATION", "PT2H"),
        ("The siege lasted 2 1/2 years.", "2 1/2 years", "DURATION", "P2Y6M"),
        ("They have argued for years.", "years", "DURATION", "PXY"),
        ("It happened on 3/14/2021 downtown.", "3/14/2021", "DATE", "2021-03-14"),
        ("A spoken date: nineteen ninety-six.", "nineteen ninety-six", "DATE", "1996"),
    ],
)
def test_times_pattern_families(sentence: str, expression: str, kind: str, value: str) -> None:
    assert times(sentence)[expression] == (kind, value)


def test_times_day_before_and_after_follow_the_date_they_refer_to() -> None:
    found = times("Talks opened on Nov. 20, 2019. A rally had been held the day before.")
    assert found["the day before"] == ("DATE", "2019-11-19")
    found = times("The summit ended on June 3, 2021. Two days later, the envoys left.")
    assert found["Two days later"] == ("DATE", "2021-06-05")


def test_times_a_day_after_a_clause_dates_that_clause() -> None:
    found = times("The meeting took place on Tuesday, a day after Li met Mishustin in Hangzhou.")
    assert found["Tuesday"] == ("DATE", "2025-11-04")
    assert found["a day after"] == ("DATE", "2025-11-03")


def test_times_without_publication_date_relative_values_stay_unresolved() -> None:
    found = find_times(
        "On Tuesday, unlike last month, sales beat February 2022 and 2023.", None, None
    )
    by_text = {t.text: t for t in found}
    assert by_text["Tuesday"].value is None and not by_text["Tuesday"].anchored
    assert by_text["last month"].value is None
    assert by_text["February 2022"].value == "2022-02" and not by_text["February 2022"].anchored
    assert by_text["2023"].value == "2023"


def test_times_anchored_only_when_the_publication_date_was_used() -> None:
    found = {t.text: t for t in find_times("Last month, not in 2023.", None, PUBLISHED)}
    assert found["Last month"].anchored
    assert not found["2023"].anchored


@pytest.mark.parametrize(
    "sentence",
    [
        "The 2,000 workers went home.",  # a count, not a year
        "Call 555-0142 for details.",
        "The fall of the wall changed Europe.",
        "You may go now, she said, and March on.",
        "Jan Kowalski spoke.",
    ],
)
def test_times_not_time_expressions(sentence: str) -> None:
    found = times(sentence)
    assert not any(v[1] and v[1][:1].isdigit() and len(v[1]) >= 7 for v in found.values())
    assert (
        "fall" not in found and "March" not in found and "Jan" not in found and "May" not in found
    )


def test_times_ids_offsets_and_extractor_key() -> None:
    text = "On Monday and on Friday, at noon."
    found = find_times(text, None, PUBLISHED)
    assert [t.id for t in found] == [f"t{i}" for i in range(1, len(found) + 1)]
    assert all(t.extractor == "times.rules@3" for t in found)
    assert all(text[t.start : t.end] == t.text for t in found)


def test_times_future_clause_moves_weekdays_forward(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The ministers will meet on Friday."
    found = {t.text: t.value for t in find_times(text, nlp(text), PUBLISHED)}
    assert found["Friday"] == "2025-11-07"
    text = "The ministers met on Friday."
    found = {t.text: t.value for t in find_times(text, nlp(text), PUBLISHED)}
    assert found["Friday"] == "2025-10-31"


def test_times_calendar_arithmetic() -> None:
    assert cal.shift(dt.date(2025, 1, 31), -2, "M") == "2024-11"
    assert cal.shift_value("1989-Q3", -1, "Y") == "1988-Q3"
    assert cal.week(dt.date(2025, 11, 4)) == "2025-W45"
    assert cal.easter(2025) == dt.date(2025, 4, 20)
    assert cal.holiday("nth:11:4:4", 2025) == dt.date(2025, 11, 27)
    assert cal.holiday("after:11:1:1:1", 2024) == dt.date(2024, 11, 5)
    assert cal.parse_anchor("2025-11-04T09:30:00+00:00") == dt.date(2025, 11, 4)
    assert cal.parse_anchor("not a date") is None


@pytest.mark.parametrize(
    "sentence",
    [
        # a figure before "week ago" is no count of weeks no calendar reaches (the Reuters
        # livestock reports: "hog slaughter at 302,000 head versus 293,000 week ago")
        "Hog slaughter is put at 302,000 head versus\n293,000 week ago.",
        "The reef grew 3,000,000 years ago.",
    ],
)
def test_times_counts_beyond_the_calendar_are_no_dates(sentence: str) -> None:
    # the first failed the whole article with OverflowError (E300) before times.rules@3; the
    # second was read as "000,000 years ago", this year
    assert not any(kind == "DATE" for kind, _ in times(sentence).values())
    with pytest.raises(OverflowError):
        cal.shift(dt.date(2025, 11, 4), -3_000_000, "Y")
