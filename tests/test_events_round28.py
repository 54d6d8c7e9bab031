"""Round 28 of the rules (events issue 4, events.cameo@111): an act on a thing two countries
share by a hyphen ("a China-UK tourism deal", "the Peru-Bolivia pact") is aimed at the side
that is not the doer, or at both; what a speaker "suggested" or "insisted" another do, told in
a bare mandative clause ("suggested that Peru withdraw its troops", "insisted Peru pay for the
damage"), is an appeal (02x) or a demand (10x) to it. Sentences written for these tests,
parsed by the real spaCy model (rules alone)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_events_round12 import dyads, rules

# (sentence, trigger, one dyad and root the rules find there)
FOUND: list[tuple[str, str, tuple[str | None, str | None, str]]] = [
    ("Britain signed a China-UK tourism deal in Beijing.", "signed", ("GBR", "CHN", "05")),
    ("Ecuador sharply criticized the Peru-Bolivia gas pact.", "criticized", ("ECU", "PER", "11")),
    ("Ecuador sharply criticized the Peru-Bolivia gas pact.", "criticized", ("ECU", "BOL", "11")),
    (
        "Chile suggested that Peru withdraw its troops from the border.",
        "suggested",
        ("CHL", "PER", "02"),
    ),
    (
        "Chile's foreign minister insisted Peru pay for the damage.",
        "insisted",
        ("CHL", "PER", "10"),
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
        "Chile insisted that Peru was growing fast.",
        "The figures suggest that Peru is growing fast.",
    ],
)
def test_what_is_held_true_is_no_appeal(nlp: Any, text: str) -> None:
    assert not any(e.root_code in ("02", "10") for e in rules(nlp, text)), text
