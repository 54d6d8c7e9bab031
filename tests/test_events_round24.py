"""Round 24 of the rules (events issue 4, events.cameo@107): a measure with no one named as its
target, taken "to" act on someone, is aimed at them ("sanctions to pressure Bolivia",
"sanctions designed to cripple the Bolivian economy", "considering options to hold Peru
accountable"); one taken for one's own ("to protect its farmers") stays aimed at no one. Talks
or a meeting a clause's doer holds in passing ("during talks", "at a meeting") are with the one
the clause names ("wooing Castillo during failed talks", "raised the issue with Peru at a
meeting"). Sentences written for these tests, parsed by the real spaCy model (rules alone)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_events_round12 import dyads, rules

# (sentence, trigger, one dyad and root the rules find there)
FOUND: list[tuple[str, str, tuple[str | None, str | None, str]]] = [
    (
        "Peru imposed its largest package of sanctions to pressure Bolivia to give up its claims.",
        "sanctions",
        ("PER", "BOL", "16"),
    ),
    (
        "Peru has been held back by Chilean sanctions designed to cripple the Bolivian economy.",
        "sanctions",
        ("CHL", "BOL", "16"),
    ),
    (
        "Chile is always considering options to hold Peru accountable for its activities.",
        "considering",
        ("CHL", "PER", "01"),
    ),
    (
        "Peru said it would impose new sanctions to punish Bolivia.",
        "sanctions",
        ("PER", "BOL", "16"),
    ),
    (
        "Chilean President Gabriel Boric spent hours wooing Peruvian President Pedro Castillo "
        "during failed talks on trade.",
        "talks",
        ("CHL", "PER", "04"),
    ),
    (
        "Boric raised the border issue with Peru at a meeting in Lima.",
        "meeting",
        ("CHL", "PER", "04"),
    ),
]


@pytest.mark.parametrize(("text", "trigger", "dyad"), FOUND)
def test_found_dyad(
    nlp: Any, text: str, trigger: str, dyad: tuple[str | None, str | None, str]
) -> None:
    assert dyad in dyads(rules(nlp, text), trigger), text


def test_a_measure_for_ones_own_is_aimed_at_no_one(nlp: Any) -> None:
    found = dyads(rules(nlp, "Peru imposed sanctions to protect its farmers."), "sanctions")
    assert found and all(target is None for _, target, _ in found), found

