"""Round 56 (events issue 4, events.cameo@155): errors read on corpus articles outside the
gold. A "war on religion" is words, no force; one asked to comment or to consider something is
asked a question, no appeal. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from tests.test_events_round12 import dyads, rules


def test_a_war_on_religion_is_no_force(nlp: Any) -> None:
    text = "The Peruvian senator said he would end the Chilean president's war on religion."
    assert not [e for e in rules(nlp, text) if e.root_code == "19"]
    text = "In 1879, Peru waged a long war on Chile."
    assert ("PER", "CHL", "19") in dyads(rules(nlp, text), "war on")


def test_asked_to_comment_is_a_question(nlp: Any) -> None:
    for text in (
        "Asked to comment on Chile's decision, Peru's foreign minister declined.",
        "The Peruvian judge said she would not speculate when asked to consider Chile's plan.",
    ):
        assert not [e for e in rules(nlp, text) if e.root_code == "02"], text
    text = "Peru asked Chile to respond to the proposal within a week."
    assert ("PER", "CHL", "02") in dyads(rules(nlp, text), "asked")
    text = "The Chilean minister was asked by Peru to explain the decision."
    assert ("PER", "CHL", "02") in dyads(rules(nlp, text), "asked")
