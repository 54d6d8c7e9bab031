"""People of a country named by a common noun acting on a named party of the same country
(issue 4, 2026-12-01, nineteenth session): "a group of former U.S. ambassadors urged
President Trump" is an act at home (USA > USA), not an act of Trump on himself dropped as
one party. A bare pronoun ("its"), a country's name and a one-holder office ("the U.S.
president") still stand for the named party itself. Sentences written for these tests, with
the real spaCy model (the rules alone)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_events_lexicon8 import root_dyads


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "A group of former U.S. ambassadors to Mexico have banded together to urge President "
        "Donald Trump to treat trade and migration as separate issues.",
        "Republican lawmakers have been urging President Barack Obama to take greater military "
        "action in Syria.",
    ],
)
def test_a_group_of_a_country_acts_on_its_named_leader(nlp: Any, text: str) -> None:
    found = root_dyads(nlp, text)
    assert ("USA", "USA", "02") in found, found


@pytest.mark.model
def test_a_one_holder_office_is_the_named_holder(nlp: Any) -> None:
    found = root_dyads(
        nlp,
        "Donald Trump met Vladimir Putin in Helsinki. The Kremlin said the U.S. president "
        "invited Putin to the White House.",
    )
    assert ("USA", "USA", "03") not in found, found
