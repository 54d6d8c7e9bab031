"""Round 64 (events issue 4, events.cameo@165): errors read on corpus articles outside the gold
and on dev misses. A possessive on a relative clause's object is the one "who" stands for; a
people within one country is that country's, and its state's acts on it are at home; a subject
the parser hangs on the object before a verb without one is that verb's subject; a with-phrase
of a goal or of help names no counterpart; an office "in" a place is placed by the place's own
words before anyone named earlier. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from tests.test_events_round12 import dyads, rules


def test_a_possessive_in_a_relative_clause_is_whom_who_stands_for(nlp: Any) -> None:
    text = (
        "Peru's president spoke with President Tsai Ing-wen of Taiwan, who offered her "
        "congratulations."
    )
    assert dyads(rules(nlp, text), "congratulations") == {("TWN", None, "05")}


def test_a_people_within_a_country_is_its_own(nlp: Any) -> None:
    text = "China sentenced a Uighur professor to life in prison."
    assert ("CHN", "CHN", "17") in dyads(rules(nlp, text), "sentenced")
    text = "Ilham Tohti is a Uighur professor whom China sentenced to life in prison in 2014."
    assert ("CHN", "CHN", "17") in dyads(rules(nlp, text), "sentenced")


def test_a_subject_misread_as_an_object_is_the_next_verbs_subject(nlp: Any) -> None:
    text = (
        "Peru has also seized other foreign oil tankers and the Chilean government blames Lima "
        "for the crisis."
    )
    assert dyads(rules(nlp, text), "blames") == {("CHL", "PER", "11")}
    assert not any(t == "CHL" for _, t, _ in dyads(rules(nlp, text), "seized"))
    text = (
        "While strongly condemning Chile's actions, Lima and La Paz continue to insist on the "
        "implementation of the plan."
    )
    assert dyads(rules(nlp, text), "condemning") == {("PER", "CHL", "11"), ("BOL", "CHL", "11")}


def test_a_goal_or_help_is_no_counterpart(nlp: Any) -> None:
    text = (
        "Peru's president and Chile's president have held two summits, with the Bolivian goal "
        "of ending the dispute."
    )
    assert dyads(rules(nlp, text), "summits") == {("PER", "CHL", "04"), ("CHL", "PER", "04")}


def test_an_office_in_a_place_is_placed_by_its_own_words(nlp: Any) -> None:
    text = (
        "Chile issued a warrant. A judge in the British overseas territory ordered the release "
        "of the tanker."
    )
    events = [e for e in rules(nlp, text) if e.trigger.text == "ordered"]
    assert events and {e.source.actor_code for e in events if e.source} == {"GBRJUD"}
