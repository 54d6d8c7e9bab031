"""Round 94 (events issue 4, events.cameo@204): errors read on dev sentences whose source the
rules missed though the sentence names the gold's source country. An active verb with a tense of
its own joined to a passive is done by the passive's subject ("was scheduled to meet X but will
instead have a meeting with him"), while a participle sharing the passive is still undergone
("was arrested and charged"); "willing" as the predicate of "appears" is its subject's; a vote,
decision or move with a possessive owner is the owner's act whatever the tagger calls the noun;
"the French" are a people, a "they"; an organisation of no country owned by a country's office
is that country's ("the White House's National Security Council"); a clash between sides it
names takes no pair from the sentences before. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from tests.test_events_round12 import dyads, rules
from tests.test_events_round54 import _codes as codes


def test_an_active_verb_joined_to_a_passive_is_done_by_its_subject(nlp: Any) -> None:
    text = (
        "Boric was scheduled to meet Castillo in Lima but will instead have a meeting with "
        "Peru's president in Santiago."
    )
    assert ("CHL", "PER", "04") in dyads(rules(nlp, text), "meeting") | dyads(
        rules(nlp, text), "meet"
    )
    found = dyads(rules(nlp, text), "meeting")
    assert not any(s is None for s, _, _ in found), found


def test_a_passive_joined_to_a_passive_is_still_undergone(nlp: Any) -> None:
    text = (
        "Ana Soto, a Peruvian citizen, was arrested and charged with infiltrating Chilean groups."
    )
    assert not any(s == "PER" for s, _, _ in dyads(rules(nlp, text), "charged with"))


def test_willing_as_the_predicate_of_appears_is_its_subjects(nlp: Any) -> None:
    text = "Indeed, Chile appears more willing to make concessions to Peru than to Bolivia."
    assert ("CHL", "PER", "03") in dyads(rules(nlp, text), "concessions")


def test_a_possessed_vote_to_act_is_the_owners_act(nlp: Any) -> None:
    text = (
        "Peru criticised Chile's recent United Nations vote to impose tougher sanctions on Bolivia."
    )
    assert dyads(rules(nlp, text), "sanctions") == {("CHL", "BOL", "16")}


def test_the_people_of_a_country_are_they(nlp: Any) -> None:
    text = "The French want the embargo lifted because they want to sell arms to Peru."
    found = codes(rules(nlp, text), "want")
    assert any(s == "FRA" and c == "033" for s, _, c in found), found


def test_an_organisation_owned_by_a_countrys_office_is_that_countrys(nlp: Any) -> None:
    text = (
        "The White House's National Security Council has advised Trump to expel Peruvian diplomats."
    )
    found = codes(rules(nlp, text), "advised")
    assert any(s == "USAGOV" for s, _, _ in found), found


def test_a_clash_between_named_sides_takes_no_pair_from_before(nlp: Any) -> None:
    text = (
        "Hong Kong protesters marched against China on Sunday. The mayor cited growing clashes "
        "between protesters and police and online harassment from both sides as an impetus "
        "for backing down."
    )
    found = dyads(rules(nlp, text), "clashes")
    assert not any(s == "CHN" or t == "CHN" for s, t, _ in found), found
