"""Round 67 (events issue 4, events.cameo@168): an error read on a corpus article outside the
gold. The outlet on which something is said is where it was said, not whom it is aimed at.
Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from tests.test_events_round12 import dyads, rules


def test_the_outlet_it_was_said_on_is_no_target(nlp: Any) -> None:
    text = "Peru's foreign minister voiced his support for the idea Monday night on Fox News."
    assert dyads(rules(nlp, text), "support") == {("PER", None, "05")}
    text = "Peru's foreign minister voiced his support for the Chilean plan on CNN."
    assert dyads(rules(nlp, text), "support") == {("PER", "CHL", "05")}
