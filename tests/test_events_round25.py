"""Round 25 of the rules (events issue 4, events.cameo@108): a letter "from" someone speaks for
them ("arrived with a letter from Boric urging closer ties": Boric urges), as one "by" them
does; setting foot in a country is visiting it (042). Sentences written for these tests,
parsed by the real spaCy model (rules alone)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_events_round12 import dyads, rules

# (sentence, trigger, one dyad and root the rules find there)
FOUND: list[tuple[str, str, tuple[str | None, str | None, str]]] = [
    (
        "Lin arrived with a letter from Chilean President Gabriel Boric urging the continuation "
        "of close ties with Peru.",
        "urging",
        ("CHL", "PER", "02"),
    ),
    ("It is the first time a Chilean leader has set foot in Peru.", "set", ("CHL", "PER", "04")),
]


@pytest.mark.parametrize(("text", "trigger", "dyad"), FOUND)
def test_found_dyad(
    nlp: Any, text: str, trigger: str, dyad: tuple[str | None, str | None, str]
) -> None:
    assert dyad in dyads(rules(nlp, text), trigger), text


def test_setting_out_plans_is_no_visit(nlp: Any) -> None:
    events = rules(nlp, "Chile set out its plans for Peru in a speech.")
    assert not any(e.code == "042" for e in events), events
