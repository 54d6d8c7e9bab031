"""Round 32 of the rules (events issue 4, events.cameo@115): a verb of giving in that tells
something ("concedes that some Chilean products may become more expensive") yields nothing, and
a pause before another act ("after pausing to celebrate the deal") reduces no relations; what is
conceded or paused stays an act ("conceded defeat", "paused purchases of Peruvian oil").
Sentences written for these tests, parsed by the real spaCy model (rules alone)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_events_round12 import dyads, rules


@pytest.mark.parametrize(
    "text",
    [
        "Chile's president concedes that some Peruvian imports may become more expensive.",
        "After pausing to celebrate the Peru deal, the Chilean government should build on it.",
    ],
)
def test_what_is_told_or_paused_for_is_no_act(nlp: Any, text: str) -> None:
    assert not any(e.root_code in ("08", "16") for e in rules(nlp, text)), text


def test_what_is_conceded_or_paused_stays_an_act(nlp: Any) -> None:
    assert ("CHL", "PER", "16") in dyads(
        rules(nlp, "Chile paused purchases of Peruvian oil."), "paused"
    )
    conceded = rules(nlp, "Peru conceded defeat in the dispute with Chile.")
    assert any(e.root_code == "08" for e in conceded), conceded
