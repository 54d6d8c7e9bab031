"""Round 55 (events issue 4, events.cameo@153 and @154): errors read on corpus articles
outside the gold. What one stops short of doing is not done; fighting climate change is no
force; the launch of a manifesto, or a court's postponing a film's launch, is no show of force;
one who signs up for something signs no agreement; money repatriated releases no one; remarks
after a meeting are the meeter's; a passive gift is aimed at its recipient; an order to prepare
an attack is no attack. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from tests.test_events_round12 import dyads, rules


def test_what_one_stops_short_of_is_not_done(nlp: Any) -> None:
    text = "Peru imposed tariffs on Chile, but it stopped short of pulling out of the treaty."
    pulled = [e for e in rules(nlp, text) if e.trigger.text == "pulling"]
    assert pulled and all(e.negated for e in pulled)
    text = "Peru fell short of imposing sanctions on Chile."
    assert all(e.negated for e in rules(nlp, text) if e.root_code == "16")


def test_fighting_climate_change_is_no_force(nlp: Any) -> None:
    text = "Peru's president said his government is fighting climate change."
    assert not [e for e in rules(nlp, text) if e.root_code == "19"]


def test_launches_of_things_are_no_show_of_force(nlp: Any) -> None:
    text = (
        "The row meant the launch of the Peruvian Labour Party's election manifesto received "
        "little coverage."
    )
    assert not [e for e in rules(nlp, text) if e.root_code == "15"]
    text = "A Lima court postponed the film's launch until February."
    assert not [e for e in rules(nlp, text) if e.root_code == "15"]
    text = "Bolivia carried out the launch of a satellite on Friday."
    assert [e for e in rules(nlp, text) if e.code == "150"]


def test_signing_up_for_something_is_no_agreement(nlp: Any) -> None:
    text = "Peru's president has signed up for another round of budget cuts with Chile."
    assert not [e for e in rules(nlp, text) if e.root_code == "05"]


def test_money_repatriated_releases_no_one(nlp: Any) -> None:
    text = "Peru's companies will repatriate their profits from Chile."
    assert not dyads(rules(nlp, text), "repatriate")
    text = "Peru repatriated 200 Chilean prisoners."
    assert ("PER", "CHL", "08") in dyads(rules(nlp, text), "repatriated")


def test_remarks_after_a_meeting(nlp: Any) -> None:
    text = (
        "In brief remarks after meeting with President Ana Costa of Chile, the Peruvian "
        "president disputed that his party felt betrayed by the budget deal."
    )
    assert ("PER", "CHL", "04") in dyads(rules(nlp, text), "meeting with")


def test_a_passive_gift_is_aimed_at_its_recipient(nlp: Any) -> None:
    text = "The embassy buildings were turned over to the Chilean government."
    assert (None, "CHL", "08") in dyads(rules(nlp, text), "turned over")
    text = "Humanitarian aid was delivered to Syria on Monday."
    assert (None, "SYR", "07") in dyads(rules(nlp, text), "delivered")


def test_an_order_to_prepare_an_attack_is_no_attack(nlp: Any) -> None:
    text = "Peru's president ordered the army to prepare to attack Chile."
    assert not [e for e in rules(nlp, text) if e.root_code == "19" and e.mode == "asserted"]
    text = "Peru's president ordered the army to attack Chile."
    assert ("PER", "CHL", "19") in dyads(rules(nlp, text), "ordered")
