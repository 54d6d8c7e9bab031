"""Round 107 (events issue 4, events.cameo@233): troops stationed or based in a country protect
it (074), aimed at the place, not at the troops; near or along a border they show force (150);
staff stationed abroad are no act. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from tests.test_events_round12 import dyads, rules


def test_troops_stationed_in_a_country_protect_it(nlp: Any) -> None:
    events = rules(nlp, "The United States stations 28,000 troops in Japan.")
    assert dyads(events, "stations") == {("USA", "JPN", "07")}


def test_troops_said_to_be_stationed_are_their_countrys(nlp: Any) -> None:
    events = rules(nlp, "About 28,000 U.S. troops are stationed in Japan.")
    assert dyads(events, "stationed") == {("USA", "JPN", "07")}


def test_troops_based_in_a_country_are_the_owners(nlp: Any) -> None:
    events = rules(nlp, "The U.S. has about 28,000 troops permanently based in Japan.")
    assert dyads(events, "based") == {("USA", "JPN", "07")}


def test_missiles_stationed_near_a_border_show_force(nlp: Any) -> None:
    events = rules(nlp, "Russia has stationed missiles near the Polish border.")
    assert dyads(events, "stationed") == {("RUS", "POL", "15")}


def test_staff_stationed_abroad_and_firms_based_somewhere_are_no_act(nlp: Any) -> None:
    text = "The ministry ordered all staff stationed in Iraq to leave. The firm is based in London."
    events = rules(nlp, text)
    assert not [e for e in events if e.trigger.text in ("stationed", "based")], events
