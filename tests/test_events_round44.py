"""Round 44 (events issue 4, events.cameo@128): what a party is judged for is the owner's,
not its partner's ("criticized the Chilean government's talks with Peru" criticizes the
government); a body named by a phrase ("the Chilean government", "the Senate committee") is
another party than a named person of its country who acts on it, while the people or things
of a country ("Chilean troops", "Chilean strategy") are not bodies. Sentences written for
these tests."""

from __future__ import annotations

from typing import Any

from tests.test_events_round12 import dyads, rules


def test_the_owner_of_what_is_judged_is_the_target(nlp: Any) -> None:
    text = "Chilean Senator Felipe Kast criticized the Chilean government's talks with Peru."
    judged = dyads(rules(nlp, text), "criticized")
    assert ("CHL", "CHL", "11") in judged and not any(d[1] == "PER" for d in judged), judged
    text = "Bolivia criticized Chile's talks with Peru."
    assert ("BOL", "CHL", "11") in dyads(rules(nlp, text), "criticized")


def test_a_body_beside_a_named_person_of_its_country_is_another_party(nlp: Any) -> None:
    text = "Chilean Senator Felipe Kast met the Chilean government's trade negotiators in Santiago."
    assert ("CHL", "CHL", "04") in dyads(rules(nlp, text), "met")


def test_a_countrys_people_are_not_a_body_the_doer_acts_on(nlp: Any) -> None:
    text = "Chilean President Gabriel Boric ordered a review of Chilean strategy."
    assert not [d for d in dyads(rules(nlp, text), "ordered") if d[1] is not None]
