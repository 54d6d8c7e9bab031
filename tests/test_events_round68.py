"""Round 68 (events issue 4, events.cameo@169): errors read on corpus articles outside the gold
and on dev misses. Lawmakers are placed by where they sit; a resolution's maker is the one
its by-phrase names; asking for a suspension asks, it suspends nothing; a missile that lands
somewhere pays no visit; a noun event's by-phrase does it to the party named before it; one
name twice is one party. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from newsgraph.extract.eventcoder.actors import ResolvedActor
from newsgraph.extract.events import _same_name
from tests.test_events_round12 import dyads, rules


def test_a_lawmaker_in_a_country_is_its_own(nlp: Any) -> None:
    text = "A lawmaker in Peru called for a ban on Chilean wine."
    assert {d[0] for d in dyads(rules(nlp, text), "called for")} == {"PER"}
    text = "Legislators in Bolivia criticized the decision by Chile."
    assert dyads(rules(nlp, text), "criticized") == {("BOL", "CHL", "11")}


def test_a_resolution_by_a_body_is_the_bodys_act(nlp: Any) -> None:
    text = "A resolution by the U.N. Security Council imposed limits on Peru's oil imports."
    assert dyads(rules(nlp, text), "limits on") == {("IGO", "PER", "16")}


def test_asking_for_a_suspension_suspends_nothing(nlp: Any) -> None:
    events = rules(nlp, "Chile and Bolivia asked for a suspension of the military exercises.")
    assert {e.root_code for e in events} == {"02"}, events


def test_a_missile_that_lands_pays_no_visit(nlp: Any) -> None:
    text = "The missile eventually landed in the sea between Chile and Peru."
    assert not rules(nlp, text)
    text = "Chile's president landed in Peru on Sunday."
    assert dyads(rules(nlp, text), "landed in") == {("CHL", "PER", "04")}


def test_a_by_phrase_does_the_act_to_the_party_named_before_the_noun(nlp: Any) -> None:
    text = "The comments followed an influential Bachelet endorsement by Peru's president."
    assert dyads(rules(nlp, text), "endorsement") == {("PER", "CHL", "05")}
    # the doer's own country named before the noun is no target
    text = "The Peruvian missile strike by the navy hit a Chilean port."
    assert ("PER", "PER", "19") not in dyads(rules(nlp, text), "missile strike")


def test_one_name_twice_is_one_party() -> None:
    # the model's pair of one country on both sides takes two different parties of it; two
    # mentions of one name are one party ("criticism from Facebook investor Sean Parker ...
    # Facebook and other firms" was coded as Facebook criticizing Facebook)
    first = ResolvedActor("Petrobras", 24, 33, "BRABUS")
    again = ResolvedActor("petrobras", 80, 89, "BRABUS")
    assert _same_name(first, again)
    assert not _same_name(first, ResolvedActor("Vale", 80, 84, "BRABUS"))
    assert not _same_name(ResolvedActor("he", 0, 2, "BRAGOV"), ResolvedActor("he", 9, 11, "BRAGOV"))


def test_a_tour_of_duty_is_no_visit(nlp: Any) -> None:
    text = "Peru's defence minister served three tours in Chile as a soldier."
    assert not [e for e in rules(nlp, text) if e.trigger.text == "tours"]
    text = "Peru's president began a tour of Chile on Monday."
    assert dyads(rules(nlp, text), "tour") == {("PER", "CHL", "04")}


def test_a_place_taken_by_the_by_phrase_is_the_target(nlp: Any) -> None:
    text = "Peru's president said Crimea's annexation by Russia was unjust."
    assert dyads(rules(nlp, text), "annexation") == {("RUS", "UKR", "19")}


def test_a_government_dominated_by_a_people_is_theirs(nlp: Any) -> None:
    text = "Peru condemned the Chilean-dominated government's persecution of Aymara farmers."
    assert {d[0] for d in dyads(rules(nlp, text), "persecution")} == {"CHL"}


def test_a_rocket_that_blasts_off_criticizes_no_one(nlp: Any) -> None:
    text = "The rocket blasted off from Peru's space center, south of Lima."
    assert not [e for e in rules(nlp, text) if e.trigger.text.startswith("blasted")]
    text = "Peru's president blasted Chile's decision."
    assert dyads(rules(nlp, text), "blasted") == {("PER", "CHL", "11")}
