"""Round 65 (events issue 4, events.cameo@166): errors read on corpus articles outside the gold.
Pounding a person is criticism, not shelling; "considering" as "given" weighs no option; "the
company" points back to a firm named before, not to the clause's country; a relative "that"
the parser reads as a clause's mark still names the noun before it as the doer; dismissing a
person as something is criticism; signing a player to a contract is no accord. Sentences
written for these tests."""

from __future__ import annotations

from typing import Any

from tests.test_events_round12 import dyads, rules


def test_pounding_a_person_is_criticism(nlp: Any) -> None:
    text = "Peruvian lawmakers have been pounding President Pedro Castillo over his remarks."
    assert {root for _, _, root in dyads(rules(nlp, text), "pounding")} == {"11"}


def test_considering_as_given_weighs_no_option(nlp: Any) -> None:
    text = (
        "The spokeswoman described the new Chilean ad as dishonest, considering Chile's own "
        "proposals."
    )
    assert not [e for e in rules(nlp, text) if e.trigger.text == "considering"]
    text = "Peru is considering sanctions against Chile."
    assert ("PER", "CHL", "01") in dyads(rules(nlp, text), "considering")


def test_the_company_is_not_the_clauses_country(nlp: Any) -> None:
    text = (
        "Peruvian officials have repeatedly alleged that the Chilean government could use "
        "Huawei products for espionage \u2014 claims the company denies."
    )
    denials = [e for e in rules(nlp, text) if e.trigger.text == "denies"]
    assert denials and not any(e.source for e in denials)


def test_a_relative_that_read_as_a_mark_names_the_doer(nlp: Any) -> None:
    text = (
        "Peruvian authorities seized and inspected a Chilean-flagged vessel that on Oct. 19 "
        "transferred 600 tons of refined petroleum to a Bolivian vessel."
    )
    assert dyads(rules(nlp, text), "transferred") == {("CHL", "BOL", "06")}


def test_dismissing_a_person_as_something_is_criticism(nlp: Any) -> None:
    text = "Peru's ruling party dismissed Chilean President Gabriel Boric as a failed politician."
    assert {root for _, _, root in dyads(rules(nlp, text), "dismissed")} == {"11"}


def test_signing_a_player_to_a_contract_is_no_accord(nlp: Any) -> None:
    text = "In 1984, Peruvian President Fernando Belaunde signed Walker to a rich contract."
    assert not [e for e in rules(nlp, text) if e.trigger.text == "signed"]
