"""Round 90 (events issue 4, events.cameo@199): errors read on corpus articles outside the gold.
A verb whose object belongs to someone named but not placed ("praised the government's quick
response") takes no other party of the sentence as its target; cutting, scaling or rolling
back sanctions, tariffs or restrictions eases them (085, and agreeing to do so is an intent, 035,
not a threat); a "political opposition" is parties, no act; state media named with no country
are no office at home of the one they attack; "undertake" with a noun of an act for its object is
a support verb ("undertook one of three probes"), not a pledge. Sentences written for these
tests."""

from __future__ import annotations

from typing import Any

from tests.test_events_round12 import dyads, rules


def test_an_object_owned_by_someone_unplaced_takes_no_other_target(nlp: Any) -> None:
    text = (
        "Chilean state media on Thursday praised the government's quick response and said Peru "
        "would learn a painful lesson."
    )
    found = dyads(rules(nlp, text), "praised")
    assert not any(t == "PER" for _, t, _ in found), found


def test_an_object_owned_by_a_placed_party_is_its(nlp: Any) -> None:
    text = "Chilean state media on Thursday praised Peru's quick response to the floods."
    assert ("CHL", "PER", "05") in dyads(rules(nlp, text), "praised")


def test_agreeing_to_cut_back_restrictions_is_an_intent_to_ease(nlp: Any) -> None:
    text = "In 2009, Chile agreed to cut back its restrictions on Peruvian bananas."
    found = {e.code for e in rules(nlp, text) if e.trigger.text == "agreed"}
    assert found == {"035"}, found


def test_rolling_back_tariffs_eases_them(nlp: Any) -> None:
    text = "Chile rolled back the tariffs on Peruvian steel on Monday."
    found = {e.code for e in rules(nlp, text) if e.trigger.text.startswith("rolled")}
    assert found == {"085"}, found


def test_a_political_opposition_is_no_act(nlp: Any) -> None:
    text = "Leaders of Castillo's political opposition in Peru disagree with Chile."
    assert not any(e.trigger.text.startswith("opposition") for e in rules(nlp, text))


def test_state_media_are_not_the_home_country_of_the_one_they_attack(nlp: Any) -> None:
    text = (
        "As Chilean President Ana Soto traveled through the region, state media denounced "
        "President Soto and pledged to strengthen its missile program."
    )
    assert ("CHL", "CHL", "11") not in dyads(rules(nlp, text), "denounced")


def test_local_media_at_home_still_are(nlp: Any) -> None:
    text = (
        "As Chilean President Ana Soto traveled through the region, local media criticized "
        "President Soto."
    )
    assert ("CHL", "CHL", "11") in dyads(rules(nlp, text), "criticized")


def test_undertaking_a_probe_is_the_probe(nlp: Any) -> None:
    text = "The Chilean Senate undertook one of three main congressional probes of Peru."
    found = dyads(rules(nlp, text), "undertook")
    assert not found, found
    assert ("CHL", "PER", "09") in dyads(rules(nlp, text), "probes")


def test_undertaking_to_act_is_still_a_pledge(nlp: Any) -> None:
    text = "Chile undertook to pay Peru $10 million in compensation."
    assert any(root == "03" for _, _, root in dyads(rules(nlp, text), "undertook"))
