"""Round 63 (events issue 4, events.cameo@164): errors read on corpus articles outside the gold.
The by-phrase the parser hangs on a container names the doer ("a series of tests by Peru");
a Twitter war is one of words, and its platform no party; firing back is a retort; locking up
endorsements jails nobody; "opposition lawmakers" oppose nothing; "on the eve of" a visit is a
time, not a target; the demands "of" someone are theirs, made of whoever gives in to them.
Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from tests.test_events_round12 import dyads, rules


def test_a_containers_by_phrase_names_the_doer(nlp: Any) -> None:
    text = "Tension has been building after a series of missile tests by Peru."
    assert ("PER", None, "15") in dyads(rules(nlp, text), "missile tests")


def test_a_twitter_war_is_one_of_words(nlp: Any) -> None:
    text = "Peru's president found himself in a Twitter war with Chile's president."
    assert dyads(rules(nlp, text), "Twitter war with") == {("PER", "CHL", "11")}
    text = "Chile's president met Peru's president. Chile's president fired back on Twitter."
    assert {root for _, _, root in dyads(rules(nlp, text), "fired back")} == {"11"}


def test_locking_up_endorsements_jails_nobody(nlp: Any) -> None:
    text = "Peru's president locked up endorsements from Chilean unions."
    assert not [e for e in rules(nlp, text) if e.root_code == "17"]
    text = "Peru locked up Chilean fishermen."
    assert ("PER", "CHL", "17") in dyads(rules(nlp, text), "locked up")


def test_opposition_lawmakers_oppose_nothing(nlp: Any) -> None:
    text = "The Peruvian opposition Conservatives have unveiled plans to tax Chilean imports."
    assert not [e for e in rules(nlp, text) if e.trigger.text == "opposition"]


def test_the_eve_of_a_visit_is_no_target(nlp: Any) -> None:
    text = (
        "On the eve of the Chilean president's visit, Peruvian troops attacked a Bolivian airport."
    )
    found = dyads(rules(nlp, text), "attacked")
    assert ("PER", "BOL", "19") in found
    assert not any(t == "CHL" for _, t, _ in found)


def test_the_demands_of_someone_are_theirs(nlp: Any) -> None:
    text = "Peru's president capitulated to the demands of Chile."
    assert ("CHL", "PER", "10") in dyads(rules(nlp, text), "demands")
