"""Round 78 (events issue 4, events.cameo@179): errors read on corpus articles outside the
gold. The of-phrase of an objection or of opposition names who objects, and an act done "over
the objections of" a party is what that party objects to; a policy or a person "is under
fire from" a party as it "comes under fire" from it. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from tests.test_events_round12 import dyads, rules


def test_the_objections_of_parties_are_theirs(nlp: Any) -> None:
    text = "The Chilean navy has sent two more frigates north, over the objections of Peru and Bolivia."
    found = dyads(rules(nlp, text), "objections")
    assert ("PER", "CHL", "11") in found and ("BOL", "CHL", "11") in found
    assert not any(d[0] == "CHL" for d in found)


def test_the_opposition_of_a_country_is_its_own(nlp: Any) -> None:
    text = "Germany pressed ahead with the pipeline despite the opposition of Poland."
    found = dyads(rules(nlp, text), "opposition")
    assert ("POL", "DEU", "11") in found and not any(d[0] == "DEU" for d in found)


def test_opposition_to_something_is_still_the_subjects(nlp: Any) -> None:
    text = "Peru voiced strong opposition to Chile's new border fence."
    assert ("PER", "CHL", "11") in dyads(rules(nlp, text), "opposition to")


def test_a_policy_under_fire_from_a_party_is_criticised_by_it(nlp: Any) -> None:
    text = "The Chilean president's border policy is under fire from Peru."
    assert ("PER", "CHL", "11") in dyads(rules(nlp, text), "fire")


def test_under_fire_with_no_critic_named_makes_no_dyad(nlp: Any) -> None:
    text = "The plan is under fire."
    assert not any(d[0] and d[1] for d in dyads(rules(nlp, text), "fire"))


def test_a_law_vetoed_at_home_takes_no_target_from_what_it_is_about(nlp: Any) -> None:
    text = (
        "The Chilean government has threatened to veto pending legislation that would give "
        "Congress a vote on any border agreement with Peru."
    )
    assert not any(d[1] in ("PER", "USA") for d in dyads(rules(nlp, text), "threatened"))


def test_endorsing_passage_of_a_law_is_not_aimed_at_a_country_named_around_it(nlp: Any) -> None:
    text = (
        "Senator Ana Rojas, a leading voice in the Peruvian border debate, is strongly "
        "endorsing passage of a law opposed by the Chilean president."
    )
    assert not any(d[1] == "CHL" for d in dyads(rules(nlp, text), "endorsing"))


def test_a_bill_named_for_a_country_keeps_it(nlp: Any) -> None:
    text = "The White House has threatened to veto the Iran sanctions bill."
    assert ("USA", "IRN", "13") in dyads(rules(nlp, text), "threatened")
