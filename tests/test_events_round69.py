"""Round 69 (events issue 4, events.cameo@170): errors read on corpus articles outside the gold.
"State" written as part of a name ("the Islamic State") is no state's government; a loan
defaulted on or repaid is a debt, no aid; a loan approved is aid to the one it goes to;
regulators in a country are its own; attacking practices is criticism; a war named for a
country does not make it the doer; a "that" read as the object of an allegation's clause
still opens it. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from tests.test_events_round12 import dyads, rules


def test_a_name_ending_in_state_is_no_government(nlp: Any) -> None:
    text = (
        "Peru's president spoke on Tuesday. He said the Islamic State, which carried out the "
        "attacks in Lima, is a serious threat."
    )
    assert not any(d[0] == "PER" for d in dyads(rules(nlp, text), "attacks"))


def test_a_debt_owed_is_no_aid(nlp: Any) -> None:
    assert not rules(nlp, "Last week Peru defaulted on a loan to the IMF.")
    assert not rules(nlp, "Peru repaid its loans to the IMF ahead of schedule.")


def test_a_loan_approved_goes_to_the_borrower(nlp: Any) -> None:
    text = "The IMF approved a loan to Argentina on Friday."
    assert dyads(rules(nlp, text), "loan") == {("IGO", "ARG", "07")}


def test_regulators_in_a_country_are_its_own(nlp: Any) -> None:
    text = "The merger has been opposed by regulators in Peru."
    assert {d[0] for d in dyads(rules(nlp, text), "opposed")} == {"PER"}


def test_attacking_practices_is_criticism(nlp: Any) -> None:
    text = "Peru's president attacked Chile's fishing practices."
    assert dyads(rules(nlp, text), "attacked") == {("PER", "CHL", "11")}


def test_a_war_named_for_a_country_is_not_its_deed(nlp: Any) -> None:
    text = "Chile's president felt the Peru war had undermined him."
    assert not any(d[0] == "PER" for d in dyads(rules(nlp, text), "undermined"))


def test_an_allegations_clause_names_the_accused_though_misparsed(nlp: Any) -> None:
    # the small model reads this "that" as the object of "meddled"
    text = "The two nations have argued over Chilean allegations that Peru meddled in the vote."
    assert ("CHL", "PER", "11") in dyads(rules(nlp, text), "allegations")
