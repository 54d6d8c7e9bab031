"""Round 23 of the rules (events issue 4, events.cameo@106): a show of force made "after",
"following" or "in response to" another's deed is aimed at its doer ("mounted shows of force
after Peruvian tests", "a missile drill in response to the missile launch" told before); a
drill is never the doer a launch told again borrows. Sentences written for these tests, parsed
by the real spaCy model (rules alone)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_events_round12 import dyads, rules

# (sentence, trigger, one dyad and root the rules find there)
FOUND: list[tuple[str, str, tuple[str | None, str | None, str]]] = [
    (
        "Peru fired a missile on Sunday. Chile has mounted repeated shows of force after "
        "Peruvian tests.",
        "shows of",
        ("CHL", "PER", "15"),
    ),
    (
        "Peru fired a missile on Sunday. The Chilean Defense Ministry announced a live-fire "
        "missile drill in response to the missile launch.",
        "drill",
        ("CHL", "PER", "15"),
    ),
    (
        "Peru fired a missile on Sunday. The Chilean Defense Ministry announced a live-fire "
        "missile drill in response to the missile launch.",
        "missile launch",
        ("PER", None, "15"),
    ),
]


@pytest.mark.parametrize(("text", "trigger", "dyad"), FOUND)
def test_found_dyad(
    nlp: Any, text: str, trigger: str, dyad: tuple[str | None, str | None, str]
) -> None:
    assert dyad in dyads(rules(nlp, text), trigger), text


def test_a_show_of_force_after_a_time_is_aimed_at_no_one(nlp: Any) -> None:
    found = dyads(rules(nlp, "Chile held naval drills after the election in Peru."), "drills")
    assert found and all(target is None for _, target, _ in found), found
