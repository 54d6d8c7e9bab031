"""Round 92 (events issue 4, events.cameo@202): errors read on dev sentences the rules had
no parties for and on corpus articles outside the gold. A bare "the countries" or "both" as the
subject of a verb is the pair of the dyad just before ("The countries also agreed to set up a
hotline"); a with-phrase set off by a comma is no partner ("denied responsibility, with
Peruvian media arguing"); "called it ..." takes no target from the speaker's own title; a
warning to culprits named but not placed takes none from the sentences before; troops
withdrawn "in" a country leave it, and one's own troops are no target; an "on" phrase that opens
the sentence is not what "called on" names. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from tests.test_events_round12 import dyads, rules


def test_the_countries_as_subject_are_the_pair_just_before(nlp: Any) -> None:
    text = (
        "Chile and Peru held talks in Lima on Monday. The countries also agreed to set up a "
        "telephone hotline between their leaders."
    )
    assert dyads(rules(nlp, text), "agreed") == {("CHL", "PER", "03"), ("PER", "CHL", "03")}


def test_both_as_subject_is_the_pair_just_before(nlp: Any) -> None:
    text = "Chile and Peru held talks in Lima on Monday. Both exchanged prisoners last month."
    assert dyads(rules(nlp, text), "exchanged") == {("CHL", "PER", "08"), ("PER", "CHL", "08")}


def test_a_with_phrase_set_off_by_a_comma_is_no_partner(nlp: Any) -> None:
    text = (
        "Peru has denied responsibility, with Peruvian media, citing state officials, arguing "
        "that the theory is illogical."
    )
    assert dyads(rules(nlp, text), "denied") == {("PER", None, "01")}


def test_it_named_is_not_the_country_in_the_speakers_own_title(nlp: Any) -> None:
    text = (
        "Chilean government minister and former ambassador to Peru Ana Soto called it a sad "
        "and tragic night."
    )
    assert not any(t == "PER" for _, t, _ in dyads(rules(nlp, text), "sad"))


def test_a_warning_to_culprits_takes_no_target_from_the_sentences_before(nlp: Any) -> None:
    text = (
        "Macron will meet Putin in Moscow on Friday. Putin warned that the perpetrators of the "
        "crime will face serious consequences."
    )
    assert not any(t == "FRA" for _, t, _ in dyads(rules(nlp, text), "warned"))


def test_withdrawing_troops_in_a_country_leaves_that_country(nlp: Any) -> None:
    text = "Chile will withdraw its troops in Peru by the summer."
    assert dyads(rules(nlp, text), "withdraw") == {("CHL", "PER", "16")}


def test_ones_own_troops_withdrawn_are_no_target(nlp: Any) -> None:
    text = "Chile will withdraw its troops by the summer."
    assert dyads(rules(nlp, text), "withdraw") == {("CHL", None, "16")}


def test_a_phrase_opening_the_sentence_is_not_what_a_call_on_names(nlp: Any) -> None:
    text = "On Peru's TV, the Chilean minister called on the Obamas to apologise."
    assert not any(t == "PER" for _, t, _ in dyads(rules(nlp, text), "called on"))
