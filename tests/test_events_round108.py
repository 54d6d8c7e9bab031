"""Round 108 (events issue 4, events.cameo@234): a passive participle after a noun is undergone
by the party the noun names; the world's regions are actors by their CAMEO codes; "persuade"
and "convince" are appeals only with an infinitive; the one "called on" to act does the
infinitive. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from tests.test_events_round12 import dyads, rules


def test_a_passive_participle_is_undergone_by_its_noun(nlp: Any) -> None:
    events = rules(
        nlp, "Japan asked about the fate of Japanese citizens abducted by North Korean agents."
    )
    assert dyads(events, "abducted") == {("PRK", "JPN", "18")}


def test_an_agreement_or_a_force_sent_is_no_patient(nlp: Any) -> None:
    events = rules(
        nlp, "The Iran nuclear deal, brokered by the Obama administration, eased sanctions."
    )
    assert ("USA", "IRN", "04") not in dyads(events, "brokered")
    events = rules(nlp, "Iranian paramilitaries sent in by Tehran fought the rebels.")
    assert ("IRN", "IRN", "15") not in dyads(events, "sent in")


def test_a_region_is_an_actor(nlp: Any) -> None:
    events = rules(nlp, "Mattis traveled to the Middle East on Monday.")
    assert dyads(events, "traveled to") == {("USA", "MEA", "04")}
    events = rules(nlp, "Britain sanctioned two banks in Africa and pledged aid to Southeast Asia.")
    assert ("GBR", "SEA", "03") in dyads(events, "pledged"), events


def test_a_region_is_no_home_of_protesters(nlp: Any) -> None:
    events = rules(nlp, "Given that militants are rampaging in the Middle East, the plan is weak.")
    assert ("MEA", "MEA", "14") not in dyads(events, "rampaging")


def test_persuading_to_act_is_an_appeal(nlp: Any) -> None:
    events = rules(nlp, "Maduro was convinced by the Russians to stay in the country.")
    assert dyads(events, "convinced") == {("RUS", "VEN", "02")}
    events = rules(nlp, "The envoys tried to coax the North Koreans to return to the table.")
    assert "PRK" in {t for _, t, _ in dyads(events, "coax")}, events


def test_persuading_of_a_belief_is_no_appeal(nlp: Any) -> None:
    events = rules(nlp, "Kim said the remarks by Trump had convinced him that the path is correct.")
    assert not dyads(events, "convinced")
    events = rules(nlp, "Kennedy began a tour to persuade voters they are the real opposition.")
    assert not dyads(events, "persuade")


def test_the_one_called_on_does_the_infinitive(nlp: Any) -> None:
    text = "Kerry called on Russia to use its influence over Assad to persuade him to negotiate."
    events = rules(nlp, text)
    persuaded = [e for e in events if e.trigger.text == "persuade"]
    assert persuaded, events
    assert {e.source.actor_code[:3] for e in persuaded if e.source and e.source.actor_code} == {
        "RUS"
    }
    assert all(e.mode != "asserted" for e in persuaded)


def test_two_acts_told_by_joined_verbs_stay_two(nlp: Any) -> None:
    text = (
        "Gabbard of Hawaii made a secret trip to Syria and had a secret meeting with Bashar Assad."
    )
    events = rules(nlp, text)
    assert dyads(events, "trip to") == {("USA", "SYR", "04")}
    assert dyads(events, "meeting") == {("USA", "SYR", "04")}


def test_one_act_told_twice_is_one(nlp: Any) -> None:
    events = rules(nlp, "The sanctions Washington imposed on Moscow hurt its banks.")
    assert len([e for e in events if e.root_code == "16"]) == 1, events


def test_keeping_ties_is_cooperation(nlp: Any) -> None:
    events = rules(nlp, "Chile kept close ties with Peru throughout the war.")
    assert dyads(events, "kept") == {("CHL", "PER", "05")}
