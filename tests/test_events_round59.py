"""Round 59 (events issue 4, events.cameo@159): errors read on corpus articles outside the
gold and on dev misses. An appeal, offer, demand or threat named as what someone accepts,
rejects, heeds or accedes to is made to that one; going on the offensive is words; fighting
terror names no foe; "committed to start lifting tariffs" is an intent; freeing a country of
commitments frees no one. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from tests.test_events_round12 import dyads, rules


def test_a_demand_answered_is_made_to_the_one_who_answers(nlp: Any) -> None:
    text = "Chile is unlikely to accede to demands from Peru to lower the tariff."
    assert ("PER", "CHL", "10") in dyads(rules(nlp, text), "demands")
    text = "Chile rejected Peru's offer of talks on the border."
    assert ("PER", "CHL", "03") in dyads(rules(nlp, text), "offer")
    text = "Chile welcomed Peru's offer of talks."
    assert ("PER", "CHL", "03") in dyads(rules(nlp, text), "offer")

    # a demand no one answers keeps no target
    text = "Peru's demands grew louder on Monday."
    assert not [e for e in rules(nlp, text) if e.trigger.text == "demands" and e.target]


def test_going_on_the_offensive_is_words(nlp: Any) -> None:
    text = "On Sunday, the Peruvian president went on the offensive against Chile's leader."
    assert not [e for e in rules(nlp, text) if e.root_code == "19"]
    text = "Peruvian troops launched an offensive against Chile."
    assert ("PER", "CHL", "19") in dyads(rules(nlp, text), "offensive")


def test_fighting_terror_names_no_foe(nlp: Any) -> None:
    text = "In a memo, the Peruvians insist they are fighting terror."
    assert not [e for e in rules(nlp, text) if e.root_code == "19"]


def test_committed_to_an_infinitive_is_an_intent(nlp: Any) -> None:
    text = "Peru committed to start lifting tariffs on Chilean goods immediately."
    assert ("PER", "CHL", "03") in dyads(rules(nlp, text), "committed")


def test_freed_of_a_burden_is_no_release(nlp: Any) -> None:
    text = "Peru never joined the Chilean customs union, freeing it of many commitments."
    assert not [e for e in rules(nlp, text) if e.code.startswith("084")]
    text = "Peru freed two Chilean fishermen."
    assert ("PER", "CHL", "08") in dyads(rules(nlp, text), "freed")
