"""Round 58 (events issue 4, events.cameo@158): errors read on corpus articles outside the
gold. A pullout of troops is done by the troops' country from the land it leaves; an act a
deal or a law allows is not told as done; stopping negotiations halts them (164); talking
tough is no consultation; a visit to a tomb borrows no country from before; an act talked
about is not told; a "training and advising role" advises no one; ending a "war on religion"
ends no war; what one "should have" done asks nothing; pressing ahead or on presses no one.
Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from tests.test_events_round12 import dyads, rules


def test_a_pullout_is_by_the_troops_country(nlp: Any) -> None:
    text = "Critics recalled the pullout of Peruvian troops from Chile in 1884."
    assert ("PER", "CHL", "08") in dyads(rules(nlp, text), "pullout")


def test_an_act_allowed_is_not_told(nlp: Any) -> None:
    text = "The treaty allows Peru to test ballistic missiles near Chile."
    events = [e for e in rules(nlp, text) if e.trigger.text == "test"]
    assert events and all(e.mode == "hypothetical" for e in events)


def test_stopping_negotiations_halts_them(nlp: Any) -> None:
    text = "The Peruvian president decided to stop negotiating with Chile over the border."
    assert ("PER", "CHL", "16") in dyads(rules(nlp, text), "stop")
    assert not [e for e in rules(nlp, text) if e.root_code == "04"]


def test_talking_tough_is_no_consultation(nlp: Any) -> None:
    text = "Both Peruvian candidates talk tough on Chile."
    assert not [e for e in rules(nlp, text) if e.root_code == "04"]
    text = "The Peruvian president will talk with Chile's president on Monday."
    assert ("PER", "CHL", "04") in dyads(rules(nlp, text), "talk with")


def test_a_visit_to_a_thing_borrows_no_country(nlp: Any) -> None:
    text = (
        "The Peruvian president met Chile's president in Lima. "
        "The Peruvian president made the remarks while visiting his father's tomb in Cusco."
    )
    assert not [e for e in rules(nlp, text) if e.trigger.text == "visiting" and e.target]


def test_an_act_talked_about_is_not_told(nlp: Any) -> None:
    text = "The Peruvian president had talked about pulling out of Chile before."
    events = [e for e in rules(nlp, text) if e.trigger.text.startswith("pulling")]
    assert events and all(e.mode == "hypothetical" for e in events)


def test_an_advising_role_advises_no_one(nlp: Any) -> None:
    text = "Peruvian forces remain in Chile in a training and advising role."
    assert not [e for e in rules(nlp, text) if e.root_code == "02"]
    text = "Peru is advising Chile on the talks."
    assert ("PER", "CHL", "02") in dyads(rules(nlp, text), "advising")


def test_ending_a_war_on_religion_ends_no_war(nlp: Any) -> None:
    text = "As president, I'll end the Chilean government's war on religion, the Peruvian said."
    assert not [e for e in rules(nlp, text) if e.root_code == "08"]
    text = "Peru agreed to end the war with Chile."
    assert ("PER", "CHL", "03") in dyads(rules(nlp, text), "agreed")


def test_should_have_done_asks_nothing(nlp: Any) -> None:
    text = "The Peruvian senator suggested Chile's president should have greeted Peru's envoy."
    assert not [e for e in rules(nlp, text) if e.root_code == "02"]
    text = "Chile should release the Peruvian prisoners, Peru's president said."
    assert ("PER", "CHL", "02") in dyads(rules(nlp, text), "should")


def test_pressing_ahead_presses_no_one(nlp: Any) -> None:
    for text in (
        "The Peruvian rebels will press ahead with their resistance against Chile.",
        "Peru pressed on with its plan to sue Chile.",
    ):
        assert not [e for e in rules(nlp, text) if e.root_code == "10"], text
    text = "Peru pressed Chile on trade."
    assert ("PER", "CHL", "10") in dyads(rules(nlp, text), "pressed")
