"""Amounts on hand-written sentences: money, percentages, counts, what they measure, when."""

from __future__ import annotations

import datetime as dt
import re
from importlib import resources
from pathlib import Path

import pytest

from newsgraph.extract.amounts import find_amounts
from newsgraph.extract.registry import Context, registered
from newsgraph.extract.times import find_times
from newsgraph.records import Amount, Article

PUBLISHED = dt.date(2025, 11, 4)


def amounts(nlp, text: str) -> dict[str, Amount]:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    found = find_amounts(text, doc, find_times(text, doc, PUBLISHED))
    for a in found:
        assert text[a.start : a.end] == a.text
    return {a.text: a for a in found}


@pytest.mark.parametrize(
    ("sentence", "expression", "value", "unit"),
    [
        ("Trade reached $240 billion last year.", "$240 billion", 240e9, "USD"),
        ("London pledged £600m to the fund.", "£600m", 600e6, "GBP"),
        ("Beijing offered 1.2 trillion yuan in loans.", "1.2 trillion yuan", 1.2e12, "CNY"),
        ("Brussels set aside €5bn for the plan.", "€5bn", 5e9, "EUR"),
        ("The startup raised US$3.5 million.", "US$3.5 million", 3.5e6, "USD"),
        ("The state will spend Rs 500 crore on roads.", "Rs 500 crore", 5e9, "INR"),
        ("Inflation rose 5.2% in October.", "5.2%", 5.2, "%"),
        ("Unemployment fell 5 percent.", "5 percent", 5.0, "%"),
        ("Yields rose 2 percentage points.", "2 percentage points", 2.0, "percentage points"),
        ("At least 12 people were killed in the blast.", "12 people", 12.0, "people"),
        ("The army deployed 3,000 troops to the border.", "3,000 troops", 3000.0, "troops"),
        ("The navy sent two ships.", "two ships", 2.0, "ships"),
        (
            "Russia exports 1.5 million barrels per day.",
            "1.5 million barrels per day",
            1.5e6,
            "barrels",
        ),
    ],
)
def test_amounts_value_and_unit(
    nlp, sentence: str, expression: str, value: float, unit: str
) -> None:  # type: ignore[no-untyped-def]
    found = amounts(nlp, sentence)
    assert found[expression].value == pytest.approx(value)
    assert found[expression].unit == unit


def test_amounts_measure_and_date_from_the_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    found = amounts(nlp, "Trade between the two countries reached a record $240 billion in 2023.")
    money = found["$240 billion"]
    assert money.measure == "trade between the two countries"
    assert money.date == "2023"
    assert "two countries" not in found  # a definite numeral refers, it does not count


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        # the record's YYYY-MM-DD, YYYY-MM or YYYY: a week is its month if it lies in one
        # "last week" is 2025-W44, 27 October - 2 November: two months, so its year
        ("Exports rose by $5 billion last week.", "2025"),
        ("Exports rose by $5 billion in the third quarter of 2024.", "2024"),
    ],
)
def test_amounts_date_in_the_records_form(nlp, sentence: str, date: str) -> None:  # type: ignore[no-untyped-def]
    assert amounts(nlp, sentence)["$5 billion"].date == date


def test_amounts_measure_of_counts_and_rates(nlp) -> None:  # type: ignore[no-untyped-def]
    assert amounts(nlp, "At least 12 people were killed.")["12 people"].measure == "killed"
    assert amounts(nlp, "Inflation rose 5.2% in October.")["5.2%"].measure == "inflation"
    assert amounts(nlp, "Inflation rose 5.2% in October.")["5.2%"].date == "2025-10"
    assert amounts(nlp, "Exports of $5 billion were recorded.")["$5 billion"].measure == "exports"
    found = amounts(nlp, "He condemned the bombing of two embassies in Africa.")
    assert found["two embassies"].measure == "the bombing"


@pytest.mark.parametrize(
    "sentence",
    [
        "The treaty was signed in 2019 and renewed on March 3.",
        "Call 555-123-4567 after 5 p.m.",
        "She finished 2nd and then 3rd.",
        "The war lasted three years.",
        "A 22-story tower went up.",
    ],
)
def test_amounts_not_years_dates_times_ordinals_or_phones(nlp, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert amounts(nlp, sentence) == {}


def test_amounts_currency_table_is_iso_4217_shaped() -> None:
    table = resources.files("newsgraph.extract").joinpath("data", "amounts_currencies.tsv")
    rows = [
        line.split("\t")
        for line in table.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    assert rows
    for form, code, where in rows:
        assert form.strip() == form and form
        assert re.fullmatch(r"[A-Z]{3}", code), code
        assert where in ("prefix", "word", "both")


def test_amounts_seed_article(shared: Path, nlp) -> None:  # type: ignore[no-untyped-def]
    raw = (shared / "examples" / "reuters-xi-mishustin.txt").read_text(encoding="utf-8")
    article = Article(
        id="seed", text=raw[raw.index("Chinese President Xi") :], published="2025-11-04"
    )
    doc = nlp(article.text)
    specs = registered()
    times = specs["times.rules"].func(Context(article=article, doc=doc))
    spec = specs["amounts.rules"]
    assert spec.needs == ("times",)
    found = spec.func(Context(article=article, doc=doc, results={"times": times}))
    money = [a for a in found if a.unit == "USD"]
    assert len(money) == 1
    assert money[0].text == "$240 billion" and money[0].value == 240e9
    assert money[0].measure == "trade between the two countries"
    assert money[0].date == "2023"
    assert money[0].extractor == "amounts.rules@2"
    assert all(article.text[a.start : a.end] == a.text for a in found)
