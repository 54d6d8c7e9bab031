"""Round 61 (events issue 4, events.cameo@161 and @162): errors read on corpus articles outside the
gold. An appeal "for X to do" something names whom it asks: no party is borrowed from the
sentences before; a meeting, visit or talks cancelled or postponed did not take place; among
targets of several countries the source's own is none (events.cameo@162). Sentences written
for these tests."""

from __future__ import annotations

from typing import Any

from tests.test_events_round12 import dyads, rules


def test_an_appeal_for_someone_named_borrows_no_party(nlp: Any) -> None:
    text = (
        "The Peruvian president met Chile's foreign minister in Lima. "
        "Peruvian senators have been pushing for lawmakers to see the full report."
    )
    assert not [e for e in rules(nlp, text) if e.trigger.text.startswith("pushing") and e.target]
    text = (
        "The Peruvian president met Chile's foreign minister in Lima. "
        "The Peruvian president has been pushing for a deal."
    )
    assert ("PER", "CHL", "02") in dyads(rules(nlp, text), "pushing for")


def test_talks_called_off_did_not_happen(nlp: Any) -> None:
    for text, trigger in (
        ("Peru postponed the talks with Chile.", "talks"),
        ("The Peruvian president canceled a trip to Chile by Bolivian lawmakers.", "trip to"),
    ):
        events = [e for e in rules(nlp, text) if e.trigger.text == trigger]
        assert events and all(e.negated for e in events), text
    text = "Peru held talks with Chile."
    events = [e for e in rules(nlp, text) if e.trigger.text == "talks"]
    assert events and not any(e.negated for e in events)


def test_the_sources_own_country_is_no_target_among_others(nlp: Any) -> None:
    text = "Peru's president praised the friendship between Peru and Chile."
    found = dyads(rules(nlp, text), "praised")
    assert ("PER", "CHL", "05") in found
    assert ("PER", "PER", "05") not in found
