"""Round 35 of the rules (events issue 4, events.cameo@118): an appeal, a demand or a meeting
aimed at an office of no country ("asked the federal government to ...") is aimed at one's own
country's office before any party the rest of the sentence names. Sentences written for these
tests, parsed by the real spaCy model (rules alone)."""

from __future__ import annotations

from typing import Any

from tests.test_events_round12 import dyads, rules


def test_an_office_of_no_country_asked_is_ones_own(nlp: Any) -> None:
    text = (
        "Chile's president criticized Peru's new fishing ban and asked the federal government "
        "to approve more naval patrols."
    )
    found = dyads(rules(nlp, text), "asked")
    assert ("CHL", "CHL", "02") in found and ("CHL", "PER", "02") not in found, found
