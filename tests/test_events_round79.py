"""Round 79 (events issue 4, events.cameo@180): errors read on dev misses and on corpus
articles outside the gold. A measure noun whose "on" phrase the parser hangs on the verb that
imposes it is still the measure "on" that party; a plan that draws fire from a party is
criticised by it. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from tests.test_events_round12 import dyads, rules


def test_duties_imposed_with_the_on_phrase_on_the_verb(nlp: Any) -> None:
    text = "Peru imposed retaliatory duties on some $2 billion of Chilean wine."
    assert ("PER", "CHL", "16") in dyads(rules(nlp, text), "duties")


def test_duties_of_one_are_no_measure_on_anyone(nlp: Any) -> None:
    text = "The ambassador took up his duties on Monday."
    assert not any(e.root_code == "16" for e in rules(nlp, text))


def test_a_plan_that_draws_fire_from_a_country_is_criticised_by_it(nlp: Any) -> None:
    text = "Chile's border plan drew fire from Peru on Monday."
    assert ("PER", "CHL", "11") in dyads(rules(nlp, text), "fire")


def test_soldiers_drawing_fire_from_a_ridge_are_criticised_by_no_one(nlp: Any) -> None:
    text = "The Chilean soldiers drew fire from the ridge."
    assert not any(e.root_code == "11" for e in rules(nlp, text))


def test_a_trip_of_ones_own_envoy_called_off_is_not_aimed_at_him(nlp: Any) -> None:
    text = "Santiago abruptly canceled a visit by Chilean Foreign Minister Ana Rojas."
    assert not any(d[1] == "CHL" for d in dyads(rules(nlp, text), "canceled"))


def test_a_visit_by_another_called_off_is_aimed_at_the_visitor(nlp: Any) -> None:
    text = "Chile canceled a visit by the Peruvian president."
    assert ("CHL", "PER", "16") in dyads(rules(nlp, text), "canceled")


def test_a_rate_charged_to_banks_is_no_accusation(nlp: Any) -> None:
    text = "The new fee is higher than the one charged to farmers by the Central Bank of Chile."
    assert not any(e.root_code in ("11", "17") for e in rules(nlp, text))
