"""Round 106 (events issue 4, events.cameo@232): participles joined to a passive share it and
its by-phrase; a passive infinitive is undergone by the one it is said of; two coordinated verbs
share the object after the second; a threat the entry names by its infinitive is aimed at that
infinitive's object. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from tests.test_events_round12 import dyads, rules


def test_participles_joined_to_a_passive_share_its_doer(nlp: Any) -> None:
    events = rules(nlp, "The British tourist was arrested and charged by Iranian police.")
    assert dyads(events, "arrested") == {("IRN", "GBR", "17")}
    assert dyads(events, "charged") == {("IRN", "GBR", "11")}


def test_a_passive_infinitive_is_undergone_by_the_one_it_is_said_of(nlp: Any) -> None:
    text = "The Chilean general fled to Peru, only to be arrested and jailed by Peruvian police."
    events = rules(nlp, text)
    found = {d for t in ("arrested", "jailed") for d in dyads(events, t) if d[1]}
    assert found == {("PER", "CHL", "17")}, found


def test_a_passive_later_in_the_sentence_keeps_its_own_doer(nlp: Any) -> None:
    # guard: a participle apart from the first is another act ("sold ... and acquired by")
    text = "The Chilean mine was sold off last year and eventually acquired by a Peruvian firm."
    found = {d for d in dyads(rules(nlp, text), "sold") if d[0]}
    assert not found, found


def test_two_verbs_share_the_object_after_the_second(nlp: Any) -> None:
    events = rules(nlp, "Iran arrested and jailed the British tourist.")
    assert dyads(events, "arrested") == {("IRN", "GBR", "17")}


def test_a_threat_is_aimed_at_its_infinitives_object(nlp: Any) -> None:
    events = rules(nlp, "Peru vowed on Monday to strike Chile with overwhelming force.")
    found = [e for e in events if e.trigger.text == "vowed"]
    assert {(e.source.actor_code, e.target.actor_code) for e in found if e.source and e.target} == {
        ("PER", "CHL")
    }
    assert all("target:" not in e.rule for e in found), [e.rule for e in found]


def test_a_promise_to_eliminate_a_thing_is_no_threat_to_its_owner(nlp: Any) -> None:
    # guard: "the U.S. debt" names no party
    events = rules(nlp, "Trump promised to eliminate the U.S. debt in eight years.")
    assert not [e for e in events if e.trigger.text == "promised" and e.target], events
