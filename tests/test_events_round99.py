"""Round 99 (events issue 4, events.cameo@224): errors read on the dev gold's missed events. A
visit to one's own people ("visited American troops") is a visit, not a trip at home; "the
prime minister" (and "the president", "the chancellor") with no one titled so in sight is the
one government leader named before; a passive relative clause's by-phrase does a noun event
("sanctions that were drawn up by Congress"); the owner of an announcement or of a round does
the measure in its of-phrase; two countries that sign an agreement with a third sign it with
each other too; an appeal to voters, women or the public named by no country is to one's own;
coercion of "them" is of those the same doer's deed before it named, and a state's crackdown
with no one named is on its own people; the namesake firm of a leader ("the Trump
Organization") is of the leader's country; "the panel" after a committee is that committee.
Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from tests.test_events_round12 import dyads, rules
from tests.test_events_round54 import _codes as codes


def test_a_visit_to_ones_own_troops_abroad_is_a_visit(nlp: Any) -> None:
    text = (
        "U.S. Senator John Smith made a trip to Syria last weekend, where he visited American "
        "troops."
    )
    assert ("USA", "USA", "04") in dyads(rules(nlp, text), "visited")


def test_a_trip_to_ones_own_capital_still_visits_no_one(nlp: Any) -> None:
    text = "President Trump headed to Washington on Monday after a rally in Ohio."
    assert all(t != "USA" for _, t, _ in dyads(rules(nlp, text), "headed to"))


def test_the_prime_minister_is_the_one_leader_named_before(nlp: Any) -> None:
    text = (
        "Justin Trudeau said states had to work together on trade. The prime minister also "
        "urged Chile and Peru to build anew their alliance."
    )
    found = dyads(rules(nlp, text), "urged")
    assert ("CAN", "CHL", "02") in found, found
    assert ("CAN", "PER", "02") in found, found


def test_the_chancellor_is_the_one_leader_named_before(nlp: Any) -> None:
    text = (
        "Angela Merkel spoke in Berlin on Tuesday. The chancellor urged Chile to lift its tariffs."
    )
    assert ("DEU", "CHL", "02") in dyads(rules(nlp, text), "urged")


def test_the_prime_minister_stays_open_between_two_leaders(nlp: Any) -> None:
    text = "Vladimir Putin met Mikhail Mishustin. The prime minister also urged Chile to act."
    assert all(s is None for s, _, _ in dyads(rules(nlp, text), "urged"))


def test_a_passive_relative_clause_names_who_did_the_noun_event(nlp: Any) -> None:
    text = (
        "The new sanctions against Bolivia that had been drawn up by the Chilean Congress hurt "
        "the economy."
    )
    assert ("CHL", "BOL", "16") in dyads(rules(nlp, text), "sanctions")


def test_the_owner_of_an_announcement_imposes_the_measure(nlp: Any) -> None:
    text = (
        "The photos were part of a Chilean Finance Ministry announcement of sanctions on 20 "
        "Bolivian vessels."
    )
    assert ("CHL", "BOL", "16") in dyads(rules(nlp, text), "sanctions")


def test_the_owner_of_a_round_imposes_the_measure(nlp: Any) -> None:
    text = "Santiago's latest round of sanctions on Bolivia hurt its economy."
    assert ("CHL", "BOL", "16") in dyads(rules(nlp, text), "sanctions")


def test_cosigners_sign_with_each_other_and_the_third(nlp: Any) -> None:
    found = dyads(
        rules(nlp, "Egypt and Jordan signed a trade protocol with Peru on Tuesday."), "signed"
    )
    assert {("EGY", "JOR", "05"), ("JOR", "EGY", "05"), ("EGY", "PER", "05")} <= found, found
    assert ("JOR", "PER", "05") in found


def test_one_signer_signs_with_the_other_only(nlp: Any) -> None:
    found = dyads(rules(nlp, "Egypt signed a trade protocol with Peru on Tuesday."), "signed")
    assert found == {("EGY", "PER", "05")}, found


def test_an_appeal_to_women_is_to_ones_own_people(nlp: Any) -> None:
    text = "Police in Berlin have advised women to seek help if they feel threatened."
    assert ("DEU", "DEU", "02") in dyads(rules(nlp, text), "advised")


def test_calling_on_voters_is_an_appeal_to_ones_own(nlp: Any) -> None:
    text = "U.S. Senator Maria Lopez called on voters to reject the plan."
    assert ("USA", "USA", "02") in dyads(rules(nlp, text), "called on")


def test_an_appeal_to_foreign_workers_is_to_their_country(nlp: Any) -> None:
    text = "President Trump urged Mexican workers to go home."
    assert ("USA", "MEX", "02") in dyads(rules(nlp, text), "urged")


def test_jailing_them_jails_those_cracked_down_on(nlp: Any) -> None:
    text = (
        "Bolivian authorities launched a severe crackdown on dissidents, jailing thousands of them."
    )
    assert ("BOL", "BOL", "17") in dyads(rules(nlp, text), "jailing")


def test_sentencing_them_sentences_the_convicted(nlp: Any) -> None:
    text = (
        "A Bolivian court on Saturday convicted former President Evo Morales and 19 others of "
        "fraud, sentencing them to three years in prison."
    )
    found = dyads(rules(nlp, text), "sentencing")
    assert ("BOL", "BOL", "17") in found, found


def test_a_crackdown_with_no_one_named_is_at_home(nlp: Any) -> None:
    text = "The Chilean government condemned Bolivia's crackdown."
    assert ("BOL", "BOL", "17") in dyads(rules(nlp, text), "crackdown")


def test_a_crackdown_on_others_keeps_them(nlp: Any) -> None:
    text = "Bolivia's crackdown on Chilean traders drew criticism."
    assert ("BOL", "CHL", "17") in dyads(rules(nlp, text), "crackdown")


def test_a_leaders_namesake_firm_is_of_his_country(nlp: Any) -> None:
    text = "Special counsel Robert Mueller subpoenaed the Trump Organization for documents."
    assert ("USAJUD", "USABUS", "101") in codes(rules(nlp, text), "subpoenaed")


def test_the_panel_is_the_committee_named_before(nlp: Any) -> None:
    text = (
        "The U.S. Senate Intelligence Committee wants documents from the White House. "
        "The panel also subpoenaed the Treasury Department."
    )
    found = codes(rules(nlp, text), "subpoenaed")
    assert any(s == "USALEG" for s, _, _ in found), found


def test_an_internet_blackout_is_imposed_on_ones_own_people(nlp: Any) -> None:
    text = "Bolivia imposed an internet blackout on Tuesday."
    assert ("BOL", "BOL", "17") in dyads(rules(nlp, text), "internet blackout")


def test_shutting_the_internet_restricts_ones_own_people(nlp: Any) -> None:
    text = "Bolivia shut internet and mobile services on Tuesday."
    found = dyads(rules(nlp, text), "shut")
    assert ("BOL", "BOL", "17") in found, found


def test_banning_a_foreign_newspaper_keeps_its_country(nlp: Any) -> None:
    text = "Bolivia banned Chilean newspapers on Tuesday."
    assert ("BOL", "CHL", "17") in dyads(rules(nlp, text), "banned")


def test_a_visit_with_its_own_doer_during_talks_is_an_event(nlp: Any) -> None:
    text = (
        "Bolivia said it was open to talks with Peru during senior Chilean officials' visit "
        "to Argentina last month."
    )
    assert ("CHL", "ARG", "04") in dyads(rules(nlp, text), "visit")


def test_talks_during_a_visit_named_by_no_one_stay_one_event(nlp: Any) -> None:
    text = "Bolivia held talks with Peru during a visit to Lima last month."
    assert all(s in (None, "BOL") for s, _, _ in dyads(rules(nlp, text), "visit"))


def test_not_bowing_to_demands_is_a_refusal_to_yield(nlp: Any) -> None:
    text = "Bolivia said it would not bow to Chilean demands on the border."
    events = [e for e in rules(nlp, text) if e.trigger.text == "bow to"]
    assert any(e.code == "124" and not e.negated for e in events), events


def test_bowing_to_demands_is_yielding(nlp: Any) -> None:
    text = "Bolivia bowed to Chilean demands on the border."
    events = [e for e in rules(nlp, text) if e.trigger.text.startswith("bowed")]
    assert events and all(e.root_code == "08" for e in events), events


def test_a_speech_given_in_a_capital_yields_nothing(nlp: Any) -> None:
    text = "He was paid a fee by a Bolivian state news agency for a speech he gave in La Paz."
    assert all(e.root_code != "08" for e in rules(nlp, text))


def test_that_body_is_the_body_named_before(nlp: Any) -> None:
    text = (
        "The messages were turned over to the Chilean Congress as part of that body's "
        "investigations into Bolivian meddling in the election."
    )
    assert ("CHL", "BOL", "09") in dyads(rules(nlp, text), "investigations")


def test_this_country_is_the_country_named_before(nlp: Any) -> None:
    text = "Bolivia held elections on Sunday. This country has long backed the Chilean rebels."
    assert any(s == "BOL" for s, _, _ in dyads(rules(nlp, text), "backed"))


def test_the_body_of_a_person_is_no_body_named_before(nlp: Any) -> None:
    text = (
        "Bolivian troops entered the town. A woman mourns over the body of her husband, "
        "which was found in a mass grave."
    )
    assert not any(e.trigger.text == "mourns" and e.target for e in rules(nlp, text))


def test_a_list_with_an_apposition_names_all_its_members(nlp: Any) -> None:
    # the parser hangs "Peru" on "Chile" as an apposition and the "and" on a later conjunct
    text = (
        "The Bolivian government imposes tariffs on steel from countries like Canada, Mexico, "
        "the European Union and Japan."
    )
    found = dyads(rules(nlp, text), "tariffs")
    assert {("BOL", "CAN", "16"), ("BOL", "MEX", "16"), ("BOL", "JPN", "16")} <= found, found
