"""Readings of the nineteenth session (issue 4, 2026-12-01): a judged deed's owner is the one
judged, not the one it was done to ("critical of Obama's treatment of Netanyahu"); signing a
cable or an article is no agreement; a proposal to impose tariffs is a threat, as "proposed
sanctions" is; a subpoena is a demand (101). Sentences written for these tests, with the
real spaCy model (the rules alone)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_events_lexicon8 import root_dyads


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        (
            "Britain condemned Russia's annexation of Crimea.",
            ("GBR", "RUS", "11"),
            ("GBR", "UKR", "11"),
        ),
        (
            "Senator Lindsey Graham has been sharply critical of Mr. Obama's treatment of Prime "
            "Minister Benjamin Netanyahu.",
            ("USA", "USA", "11"),
            ("USA", "ISR", "11"),
        ),
    ],
)
def test_a_judged_deed_is_its_owners(
    nlp: Any, text: str, expected: tuple[str, str, str], not_expected: tuple[str, str, str]
) -> None:
    found = root_dyads(nlp, text)
    assert expected in found and not_expected not in found, found


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The dissent channel cable was signed by 51 State Department officers who advise on "
        "Syria policy.",
        "The article is signed by all six living former U.S. ambassadors to Mexico.",
    ],
)
def test_signing_a_cable_or_an_article_is_no_agreement(nlp: Any, text: str) -> None:
    found = root_dyads(nlp, text)
    assert not {e for e in found if e[2] == "05"}, found


@pytest.mark.model
def test_a_proposal_to_impose_tariffs_is_a_threat(nlp: Any) -> None:
    found = root_dyads(nlp, "Trump's proposal to impose tariffs on Mexican goods angered Mexico.")
    assert ("USA", "MEX", "13") in found, found


@pytest.mark.model
def test_a_subpoena_demands(nlp: Any) -> None:
    found = root_dyads(
        nlp,
        "The Senate Intelligence Committee met on Monday. Its Republican chairman, Senator "
        "Richard Burr, issued subpoenas to Michael Flynn, the former national security adviser.",
    )
    assert ("USA", "USA", "10") in found, found
