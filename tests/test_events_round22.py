"""Round 22 of the rules (events issue 4, events.cameo@105): a meeting or talks whose subject is
a bare "they", "we" or "the two" are the pair named before it, with each other ("since they first
met", "before the two met", "one issue they said they discussed"), unless "they" is one party
("Chilean officials said they discussed trade"); "members of" a body are the body ("members
of the Chilean Senate who signed a letter calling on Boric"). Sentences written for these
tests, parsed by the real spaCy model (rules alone)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_events_round12 import dyads, rules

# (sentence, trigger, one dyad and root the rules find there)
FOUND: list[tuple[str, str, tuple[str | None, str | None, str]]] = [
    (
        "Boric spoke about Peruvian President Pedro Castillo on Monday. He had praised him long "
        "before the two met in Lima.",
        "met",
        ("PER", "CHL", "04"),
    ),
    (
        "Chilean President Gabriel Boric called Peruvian President Pedro Castillo on Monday. One "
        "issue they said they discussed is whether Bolivia meddled in the vote.",
        "discussed",
        ("CHL", "PER", "04"),
    ),
    (
        "He was one of several members of the Chilean Senate who signed a letter calling on "
        "Boric to cancel the trip.",
        "calling on",
        ("CHL", "CHL", "02"),
    ),
]


@pytest.mark.parametrize(("text", "trigger", "dyad"), FOUND)
def test_found_dyad(
    nlp: Any, text: str, trigger: str, dyad: tuple[str | None, str | None, str]
) -> None:
    assert dyad in dyads(rules(nlp, text), trigger), text


def test_they_of_one_party_meet_no_one(nlp: Any) -> None:
    text = "Chilean President Gabriel Boric met Peruvian officials. Chilean officials said they discussed trade."
    found = dyads(rules(nlp, text), "discussed")
    assert ("CHL", "PER", "04") not in found or ("PER", "CHL", "04") not in found, found


def test_they_who_meet_a_third_are_not_a_pair(nlp: Any) -> None:
    text = (
        "Chilean President Gabriel Boric called Peruvian President Pedro Castillo on Monday. "
        "They later met with Bolivia."
    )
    found = dyads(rules(nlp, text), "met with")
    assert ("CHL", "PER", "04") not in found and ("PER", "CHL", "04") not in found, found

