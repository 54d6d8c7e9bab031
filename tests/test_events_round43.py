"""Round 43 (events issue 4, events.cameo@127): the one who spends time doing something does
it ("spent weeks courting"); a passive's agent may hang on its infinitive ("was invited to
speak by"); "the first / only / last <noun> to <verb>" tells an act done, by the copula's
subject and in the copula's mode; a noun of intent keeps its infinitive when the parser hangs
it on the clause's verb ("welcomed the decision by X to ..."); a tribute paid is praise (051);
a city in the name of an accord is no party to it ("the Paris accord"); what a response "has
been" is done, not arranged ("is to"); a meeting one "would" hold "under the right conditions"
is an offer to meet (036). Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from tests.test_events_round12 import dyads, rules


def test_the_one_who_spends_time_doing_it_does_it(nlp: Any) -> None:
    text = "Chile's foreign minister has spent dozens of hours courting Peruvian President Pedro Castillo."
    assert ("CHL", "PER", "05") in dyads(rules(nlp, text), "courting")
    text = "Chile's foreign minister spent weeks courting Peruvian President Pedro Castillo."
    assert ("CHL", "PER", "05") in dyads(rules(nlp, text), "courting")


def test_a_measure_passed_is_no_time_spent(nlp: Any) -> None:
    # "passed a measure aiming to ...": the measure aims, the one who passed it is not its doer
    text = "The Chilean senate passed a measure aiming to end military aid to Peru."
    assert all(d[0] is None for d in dyads(rules(nlp, text), "aiming"))


def test_a_passive_agent_on_the_infinitive(nlp: Any) -> None:
    text = "Peru's president was invited to visit by Chile's president."
    events = rules(nlp, text)
    assert ("CHL", "PER", "03") in dyads(events, "invited"), events


def test_the_first_leader_to_act_acted(nlp: Any) -> None:
    events = rules(nlp, "Peru's president was the first foreign leader to meet Chile's president.")
    met = [e for e in events if e.trigger.text == "meet"]
    assert met and all(e.mode == "asserted" for e in met), events
    assert ("PER", "CHL", "04") in dyads(events, "meet")
    text = "Peru's president was among the first leaders to congratulate Chile's president."
    congratulated = [e for e in rules(nlp, text) if e.trigger.text == "congratulate"]
    assert congratulated and all(e.mode == "asserted" for e in congratulated), congratulated


def test_the_first_leader_who_would_act_has_not_yet(nlp: Any) -> None:
    text = "Peru's president would be the first foreign leader to visit Chile's capital."
    visits = [e for e in rules(nlp, text) if e.trigger.text == "visit"]
    assert visits and all(e.mode != "asserted" for e in visits), visits


def test_an_infinitive_of_intent_hung_on_the_verb_is_the_nouns(nlp: Any) -> None:
    text = "Chile welcomed the decision by Peru in March to recognize Bolivia's claim."
    events = rules(nlp, text)
    recognized = dyads(events, "recognize")
    assert recognized and all(d[0] == "PER" for d in recognized), events
    text = "Chile welcomed the decision to lift sanctions on Peru."
    assert all(d[0] != "CHL" for d in dyads(rules(nlp, text), "lift"))


def test_a_tribute_paid_is_praise(nlp: Any) -> None:
    text = "Chile's president paid tribute to Peru's president in Lima."
    assert ("CHL", "PER", "05") in dyads(rules(nlp, text), "tribute")
    text = "Chile's president paid homage to Peru's president."
    assert ("CHL", "PER", "05") in dyads(rules(nlp, text), "homage")


def test_a_city_naming_an_accord_is_no_party(nlp: Any) -> None:
    events = rules(nlp, "Chile called for a renegotiation of the Paris climate accord.")
    assert all(d[1] != "FRA" for d in dyads(events, "called for")), events
    # a seat of government named for its rulers still is one
    events = rules(nlp, "Chile's president met Kremlin officials in Santiago.")
    assert ("CHL", "RUS", "04") in dyads(events, "met"), events


def test_what_a_response_has_been_is_done(nlp: Any) -> None:
    events = rules(nlp, "Chile's response has been to reduce intelligence sharing with Peru.")
    reduced = [e for e in events if e.trigger.text == "reduce"]
    assert reduced and all(e.mode == "asserted" for e in reduced), events
    # "is to" still arranges what is not yet done
    events = rules(nlp, "Chile is to hold talks with Peru next week.")
    assert all(e.mode == "future" for e in events if e.trigger.text == "talks"), events


def test_a_meeting_offered_under_conditions_is_an_offer(nlp: Any) -> None:
    text = "Chile's president said he would meet Peru's president under the right conditions."
    assert ("CHL", "PER", "03") in dyads(rules(nlp, text), "meet")
    text = "Chile said it would hold talks with Peru under certain circumstances."
    assert ("CHL", "PER", "03") in dyads(rules(nlp, text), "talks")
    # a meeting planned, with no condition, stays a meeting
    text = "Chile's president said he would meet Peru's president in Lima next week."
    assert ("CHL", "PER", "04") in dyads(rules(nlp, text), "meet")
