"""Round 37 of the rules (events issue 4, events.cameo@120): one said to be "no longer an ally"
is not endorsed (051), one said to be an ally still is. Sentences written for these tests,
parsed by the real spaCy model (rules alone)."""

from __future__ import annotations

from typing import Any

from tests.test_events_round12 import dyads, rules


def test_no_longer_an_ally_is_no_endorsement(nlp: Any) -> None:
    events = rules(nlp, "Chile's president said Peru is no longer an ally.")
    assert not any(e.code == "051" for e in events), events


def test_an_ally_still_is_one(nlp: Any) -> None:
    found = dyads(rules(nlp, "Chile's president said Peru is a close ally."), "ally")
    assert ("CHL", "PER", "05") in found, found

