"""Round 66 (events issue 4, events.cameo@167): errors read on corpus articles outside the gold.
What one portrays or characterizes is another's deed, not one's own; pushing a bill through a
chamber passes it and asks no one. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from tests.test_events_round12 import rules


def test_what_one_portrays_is_not_ones_own_deed(nlp: Any) -> None:
    text = "Peru's president portrayed the airstrikes as a crime."
    strikes = [e for e in rules(nlp, text) if e.trigger.text == "airstrikes"]
    assert strikes and not any(e.source for e in strikes)


def test_pushing_a_bill_through_asks_no_one(nlp: Any) -> None:
    text = "Peru's Congress pushed through the House a resolution that condemns Chile."
    assert not [e for e in rules(nlp, text) if e.trigger.text == "pushed"]
