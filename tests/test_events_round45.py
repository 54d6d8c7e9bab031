"""Round 45 (events issue 4, events.cameo@130 to @132): a warning, rebuke or condolences delivered
or sent to someone are aimed at them; rulers, and a country's land, named by the place they are
in ("the government in Lima", "territory in Chile") stand for that place's country, also when
the parser hangs the place on the verb; what one addresses or explains is another's act, not
one's own ("Boric addresses the Lima attack"); those a violent act killed, wounded or harmed are
its target ("two soldiers died in the airstrike"); an offer or invitation is aimed at the other
side of the act it names ("an invitation to resume talks with Peru"). Sentences written for
these tests; headlines in title case are in tests/test_pipeline_headlines.py."""

from __future__ import annotations

from typing import Any

from tests.test_events_round12 import dyads, rules


def test_what_is_delivered_or_sent_is_aimed_at_its_receiver(nlp: Any) -> None:
    text = "Chile's president delivered a blunt warning to Bolivia on Sunday."
    assert ("CHL", "BOL", "13") in dyads(rules(nlp, text), "warning")
    text = "Chile's foreign minister delivered a sharp rebuke to Peru."
    assert ("CHL", "PER", "11") in dyads(rules(nlp, text), "rebuke")
    text = "Peru's president sent condolences to Bolivia after the floods."
    assert ("PER", "BOL", "01") in dyads(rules(nlp, text), "condolences")
    # what is delivered as goods stays what it was: arms are military aid
    text = "Chile delivered weapons to Bolivia."
    assert ("CHL", "BOL", "07") in dyads(rules(nlp, text), "delivered")


def test_rulers_named_by_their_seat_also_when_the_place_hangs_on_the_verb(nlp: Any) -> None:
    text = "Chile imposed sanctions on the authorities in La Paz."
    assert ("CHL", "BOL", "16") in dyads(rules(nlp, text), "sanctions")
    text = "Chile's president delivered a warning to the government in Lima."
    assert ("CHL", "PER", "13") in dyads(rules(nlp, text), "warning")


def test_land_stands_for_the_country_it_is_in(nlp: Any) -> None:
    text = "Chile's president made a secret trip to disputed territory in Peru last weekend."
    assert ("CHL", "PER", "04") in dyads(rules(nlp, text), "trip to")
    text = "Peruvian jets bombed villages in Bolivia."
    assert ("PER", "BOL", "19") in dyads(rules(nlp, text), "bombed")
    # a base is not the land it stands on: an attack on it is no attack on the country
    text = "Peruvian jets bombed a Chilean base in Bolivia."
    assert ("PER", "BOL", "19") not in dyads(rules(nlp, text), "bombed")


def test_what_one_addresses_is_anothers_act(nlp: Any) -> None:
    text = "Chile's president Gabriel Boric addressed the Lima attack on Monday."
    assert not [d for d in dyads(rules(nlp, text), "attack") if d[0] == "CHL"]


def test_those_a_violent_act_harmed_are_its_target(nlp: Any) -> None:
    text = "No Chileans were harmed in last night's attack by the Peruvian army."
    assert ("PER", "CHL", "19") in dyads(rules(nlp, text), "attack")
    text = "Two Bolivian soldiers died in a Chilean airstrike."
    assert ("CHL", "BOL", "19") in dyads(rules(nlp, text), "airstrike")
    text = "A Peruvian airstrike killed two Bolivian soldiers on Monday."
    assert ("PER", "BOL", "19") in dyads(rules(nlp, text), "airstrike")
    # a clause of another kind names no target: "were briefed on the attack"
    text = "Chilean officials were briefed on the Peruvian attack."
    assert not [d for d in dyads(rules(nlp, text), "attack") if d[1] == "CHL"]


def test_an_offer_or_invitation_is_aimed_at_the_other_side_of_what_it_names(nlp: Any) -> None:
    text = "Chile's finance minister extended an invitation to resume trade talks with Peru."
    assert ("CHL", "PER", "03") in dyads(rules(nlp, text), "invitation")
    text = "Chile made an offer of talks with Peru."
    assert ("CHL", "PER", "03") in dyads(rules(nlp, text), "offer")
    # an offer that names no other side stays without one
    text = "Chile's offer to host the summit drew praise."
    assert {d[1] for d in dyads(rules(nlp, text), "offer")} == {None}
