"""Round 29 of the rules (events issue 4, events.cameo@112): anger and dismay at another's deed
are disapproval (110: "Bolivia has been incensed by the Chilean move", "frustrated by Peru's
refusal"); a noun event owned by a named country's body is an act of its own even as another's
object ("opposed the Peruvian government's negotiations with Bolivia"); a speaker who names
someone's responsibility for a harmful deed blames them (112: "the responsibility for the
casualties lies with Bolivia", "said Peru bears responsibility for the attack"). Sentences
written for these tests, parsed by the real spaCy model (rules alone)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_events_round12 import dyads, rules

# (sentence, trigger, one dyad and root the rules find there)
FOUND: list[tuple[str, str, tuple[str | None, str | None, str]]] = [
    (
        "Bolivia has been incensed by the Chilean move to close its consulate.",
        "incensed by",
        ("BOL", "CHL", "11"),
    ),
    (
        "Ecuador's president was frustrated by Peru's refusal to reopen the border.",
        "frustrated by",
        ("ECU", "PER", "11"),
    ),
    (
        "The senator opposed the Peruvian government's negotiations with Bolivia over gas.",
        "negotiations",
        ("PER", "BOL", "04"),
    ),
    (
        '"The responsibility for civilian casualties in Peru lies with Bolivia," the Chilean '
        "minister said.",
        "responsibility",
        ("CHL", "BOL", "11"),
    ),
    (
        "Chile said Peru bears responsibility for the attack on its border post.",
        "responsibility",
        ("CHL", "PER", "11"),
    ),
]


@pytest.mark.parametrize(("text", "trigger", "dyad"), FOUND)
def test_found_dyad(
    nlp: Any, text: str, trigger: str, dyad: tuple[str | None, str | None, str]
) -> None:
    assert dyad in dyads(rules(nlp, text), trigger), text


@pytest.mark.parametrize(
    "text",
    [
        "Chile said Peru bears no responsibility for the attack on its border post.",
        "Peru took responsibility for the attack on the border post, Chile said.",
        "Chile said Peru has responsibility for security at the border.",
    ],
)
def test_responsibility_owned_up_to_or_denied_blames_no_one(nlp: Any, text: str) -> None:
    assert not any(e.code == "112" for e in rules(nlp, text)), text
