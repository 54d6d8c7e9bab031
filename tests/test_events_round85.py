"""Round 85 (events issue 4, events.cameo@192): errors read on dev misses and on corpus
articles outside the gold. Firms named by where they are ("sanctions on five companies in
Ecuador", "banks from Belarus") are that country's businesses, and individuals, entities and
institutions in a country are its own; cooperating with an investigation or prosecutors is
judicial cooperation (063); holding a party responsible or accountable for a deed blames it,
as does saying it is highly likely to be responsible; the United Kingdom's nations are
British; "his opposition" is a stance. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from tests.test_events_round12 import dyads, rules


def test_companies_in_a_country_are_its_businesses(nlp: Any) -> None:
    text = "Canada imposed sanctions on five companies in Ecuador."
    found = [e for e in rules(nlp, text) if e.trigger.text == "sanctions"]
    assert any(e.target and e.target.actor_code == "ECUBUS" for e in found)


def test_banks_from_a_country_the_parser_hangs_on_the_verb(nlp: Any) -> None:
    text = "The European Union sanctioned three banks from Belarus."
    assert ("IGO", "BLR", "16") in dyads(rules(nlp, text), "sanctioned")


def test_individuals_and_entities_in_a_country_are_its_own(nlp: Any) -> None:
    text = "Japan will impose sanctions on a dozen individuals and entities in Myanmar."
    assert ("JPN", "MMR", "16") in dyads(rules(nlp, text), "sanctions")


def test_cooperating_with_an_investigation_is_judicial_cooperation(nlp: Any) -> None:
    text = "The Turkish government said it would cooperate with the Saudi prosecutors."
    assert ("TUR", "SAU", "06") in dyads(rules(nlp, text), "cooperate with")


def test_cooperating_with_a_country_stays_cooperation(nlp: Any) -> None:
    text = "Japan will cooperate with the United States on missile defence."
    assert ("JPN", "USA", "05") in dyads(rules(nlp, text), "cooperate")


def test_holding_a_party_responsible_in_a_small_clause_blames_it(nlp: Any) -> None:
    text = "Georgia holds Armenia responsible for the attack."
    assert ("GEO", "ARM", "11") in dyads(rules(nlp, text), "responsible")


def test_holding_a_party_accountable_for_a_deed_blames_it(nlp: Any) -> None:
    text = "The Georgian president said Tbilisi holds Yerevan accountable for the missile attack."
    assert ("GEO", "ARM", "11") in dyads(rules(nlp, text), "accountable")


def test_a_party_said_highly_likely_to_be_responsible_is_blamed(nlp: Any) -> None:
    text = (
        "The Dutch government said it was highly likely that Belarus was responsible for the "
        "bombing."
    )
    assert ("NLD", "BLR", "11") in dyads(rules(nlp, text), "responsible")


def test_a_party_said_possibly_responsible_is_not_blamed(nlp: Any) -> None:
    text = "The Dutch government said it was possible that Belarus was responsible for the bombing."
    assert not any(d[2] == "11" for d in dyads(rules(nlp, text), "responsible"))


def test_a_northern_ireland_minister_is_british(nlp: Any) -> None:
    text = "The Northern Ireland secretary criticised the Irish government on Monday."
    assert ("GBR", "IRL", "11") in dyads(rules(nlp, text), "criticised")


def test_a_persons_opposition_is_a_stance_not_a_party(nlp: Any) -> None:
    text = "Senator Lena Park of the United States later denied his opposition in an interview."
    found = [e for e in rules(nlp, text) if e.trigger.text == "denied"]
    assert found and all(e.target is None for e in found)
