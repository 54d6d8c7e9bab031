"""Round 101 (events issue 4, events.cameo@227): the rules no longer guess a missing target as
the party nearest the trigger in the parse when a sentence names several (right 2 times in 9
on the dev gold); what is welcomed or rejected came from the one its from-phrase names; "hail
from" is where one comes from, no praise. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from tests.test_events_round12 import dyads, rules


def test_several_other_parties_leave_the_target_open(nlp: Any) -> None:
    text = "Peru criticised the decision, which came days after Chile's talks with Bolivia."
    found = dyads(rules(nlp, text), "criticised")
    assert all(t is None for _, t, _ in found), found


def test_what_is_welcomed_came_from_its_from_phrase(nlp: Any) -> None:
    text = "Peru welcomed support from Japan for the sanctions on Bolivia."
    found = dyads(rules(nlp, text), "welcomed")
    assert ("PER", "JPN", "05") in found, found
    assert ("PER", "BOL", "05") not in found, found


def test_a_proposal_rejected_came_from_its_from_phrase(nlp: Any) -> None:
    text = "Bolivia rejected a new proposal from Chile on access to the sea."
    assert ("BOL", "CHL", "12") in dyads(rules(nlp, text), "rejected")


def test_hailing_from_a_country_is_no_praise(nlp: Any) -> None:
    text = "The Chilean minister, who hails from Argentina, met Peruvian officials."
    assert not dyads(rules(nlp, text), "hails")
