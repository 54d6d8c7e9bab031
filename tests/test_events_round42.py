"""Round 42 (events issue 4, events.cameo@126): a protest handed to someone ("lodged a
protest", "raised protests at the United Nations") is a complaint (114) whoever makes it, and
no crowd at home; a complaint whose words name one other country is aimed at it; "opposed
to" said of a party disapproves (110); one who heads or speaks for a body acts as that body
("the head of the Israeli Labor Party"); shaking hands is meeting, and cutting back contacts or
sharing with a country reduces relations (160); "the country" as the subject of a relative
clause is the country the clause hangs on. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_events_round12 import dyads, rules


def test_a_protest_raised_is_a_complaint_not_a_crowd(nlp: Any) -> None:
    events = rules(nlp, "Chile reacted sharply to the decision, raising protests at the United Nations.")
    found = [e for e in events if e.trigger.text == "protests"]
    assert found and {e.code for e in found} == {"114"}, events
    assert all(e.target is None or e.target.actor_code != "CHL" for e in found), events


def test_a_protest_lodged_with_a_state(nlp: Any) -> None:
    events = rules(nlp, "Peru lodged a protest with Chile on Tuesday.")
    assert ("PER", "CHL", "11") in dyads(events, "protest"), events


def test_a_country_erupting_in_protest_stays_a_crowd(nlp: Any) -> None:
    events = rules(nlp, "Peru is erupting in protest.")
    assert {e.code[:2] for e in events if e.trigger.text == "protest"} == {"14"}, events


def test_a_complaint_is_aimed_at_the_country_its_words_name(nlp: Any) -> None:
    text = "The Peruvian government has complained that its fishermen are not treated fairly in Chile."
    assert ("PER", "CHL", "11") in dyads(rules(nlp, text), "complained")


def test_a_complaint_naming_only_the_speakers_own_country_has_no_target(nlp: Any) -> None:
    text = "Peru complained that Peruvian fishermen were not paid in Lima."
    assert not [d for d in dyads(rules(nlp, text), "complained") if d[1] is not None]


def test_opposed_to_said_of_a_party_disapproves(nlp: Any) -> None:
    events = rules(nlp, "Japan was opposed to the plan of South Korea.")
    assert ("JPN", "KOR", "11") in dyads(events, "opposed to"), events


def test_the_head_of_a_body_acts_as_it(nlp: Any) -> None:
    text = "The head of the Chilean navy met Peru's president in Lima."
    assert ("CHL", "PER", "04") in dyads(rules(nlp, text), "met")
    text = "A spokesman for the Bolivian army criticised Chile's decision."
    assert ("BOL", "CHL", "11") in dyads(rules(nlp, text), "criticised")


def test_shaking_hands_is_a_meeting(nlp: Any) -> None:
    events = rules(nlp, "Peru's president shook hands with Chile's president in Lima.")
    assert ("PER", "CHL", "04") in dyads(events, "shook"), events


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Chile curtailed contacts with Peru after the incident.", "curtailed"),
        ("Chile reduced intelligence sharing with Peru.", "reduced"),
    ],
)
def test_cutting_back_ties_reduces_relations(nlp: Any, text: str, trigger: str) -> None:
    assert ("CHL", "PER", "16") in dyads(rules(nlp, text), trigger)


@pytest.mark.parametrize(
    "text",
    [
        "The sanctions were met with vows from Peru to retaliate against Chile.",
        "Peru issued a vow to retaliate against Chile.",
    ],
)
def test_a_vow_of_force_told_as_a_noun_is_a_threat(nlp: Any, text: str) -> None:
    events = [e for e in rules(nlp, text) if e.trigger.text.startswith("vow")]
    assert events and {e.root_code for e in events} == {"13"}, events


def test_a_pledge_of_trade_told_as_a_noun_stays_intent(nlp: Any) -> None:
    events = [e for e in rules(nlp, "Peru made a pledge to boost trade with Chile.") if e.trigger.text == "pledge"]
    assert {e.root_code for e in events} <= {"03"}, events


def test_the_country_of_a_relative_clause_is_the_one_it_hangs_on(nlp: Any) -> None:
    text = "Chile's navy found a boat off Peru, where the country tested a missile last week."
    assert ("PER", None, "15") in dyads(rules(nlp, text), "tested")
