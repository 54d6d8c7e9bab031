"""Round 56 (events issue 4, events.cameo@155 and @156): errors read on corpus articles
outside the gold. A "war on religion" is words, no force; one asked to comment or to consider
something is asked a question, no appeal; a "neither ... nor" subject negates its verb; what
"begs the question" and a politician's "blue-collar appeal" ask nothing of anyone; a guilty
plea, a "trade war against the American worker" and pulling a country out of a crisis are no
events. Sentences written for these tests."""

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


def test_neither_subject_negates(nlp: Any) -> None:
    text = "Neither Peru nor anyone on its team has ever asked Chile for help."
    events = [e for e in rules(nlp, text) if e.trigger.text == "asked"]
    assert events and all(e.negated for e in events)
    text = "Neither Peru nor Bolivia was invited to Chile."
    assert all(e.negated for e in rules(nlp, text) if e.trigger.text == "invited")


def test_idioms_of_begging_and_appeal(nlp: Any) -> None:
    text = "Peru's troubles begged the question of whether Chile was ready to help."
    assert not [e for e in rules(nlp, text) if e.root_code == "02"]
    text = "Analysts cited the Peruvian president's blue-collar appeal in Chile."
    assert not [e for e in rules(nlp, text) if e.root_code == "02"]


def test_words_of_court_crisis_and_campaign_are_no_events(nlp: Any) -> None:
    for text in (
        "The lawyer argued that the Peruvian minister's guilty plea showed Chile was involved.",
        "The Peruvian senator said Chile's president unleashed a trade war against the "
        "American worker.",
        "Peru's government has been struggling to pull Peru out of six years of crisis.",
    ):
        assert not [e for e in rules(nlp, text) if e.root_code in ("02", "16")], text
    text = "Peru pulled out of the treaty with Chile."
    assert ("PER", "CHL", "12") in dyads(rules(nlp, text), "pulled")
