"""Appeals for a measure the speaker's own government takes (issue 4, 2026-11-30, eighteenth
session): "Lavrov called for the expulsion of U.S. diplomats" asks Russia's own government,
not the diplomats; and "the two firms", "the world's two largest economies" are the pair
named before, like "the two sides". Sentences written for these tests, with the real spaCy
model (the rules alone)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_events_lexicon8 import root_dyads
from tests.test_events_model import analyse


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        (
            "Foreign Minister Sergei Lavrov called for the expulsion of 35 U.S. diplomats.",
            ("RUS", "RUS", "02"),
            ("RUS", "USA", "02"),
        ),
        (
            "Former Arkansas governor Mike Huckabee called for lifting the embargo on Cuba.",
            ("USA", "USA", "02"),
            ("USA", "CUB", "02"),
        ),
    ],
)
def test_an_appeal_for_an_own_measure_asks_the_own_government(
    nlp: Any, text: str, expected: tuple[str, str, str], not_expected: tuple[str, str, str]
) -> None:
    found = root_dyads(nlp, text)
    assert expected in found and not_expected not in found, found


@pytest.mark.model
def test_an_appeal_that_names_whom_it_asks_keeps_them(nlp: Any) -> None:
    found = root_dyads(nlp, "Lavrov called on Washington to expel the Iranian diplomats.")
    assert ("RUS", "USA", "02") in found, found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Japan's Mitsubishi and France's Peugeot held talks in Paris on Monday. The two "
            "firms signed a memorandum of understanding.",
            ("JPN", "FRA"),
        ),
        (
            "China and the United States resumed talks. The world's two largest economies "
            "agreed to cut tariffs.",
            ("CHN", "USA"),
        ),
    ],
)
def test_the_two_firms_and_the_two_economies_are_the_pair_named_before(
    nlp: Any, text: str, pair: tuple[str, str]
) -> None:
    # the second sentence's event is between the two named in the first
    events, _ = analyse(nlp, text, "2020-01-01")
    second = text.index(". ") + 2
    found = {
        (e.source.actor_code[:3], e.target.actor_code[:3])
        for e in events
        if e.trigger.start >= second
        and e.source
        and e.target
        and e.source.actor_code
        and e.target.actor_code
        and e.confidence >= 0.5
    }
    assert pair in found and pair[::-1] in found, found
