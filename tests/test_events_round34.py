"""Round 34 of the rules (events issue 4, events.cameo@117): a subject the parser takes for the
object of "after" or "before" ("after Peru on Monday seized two fishing boats", parsed as the
preposition's object with the verb joined to the main clause) is the subject of its verb and of
the verbs joined after it; a measure refused or judged lends none of its own targets to the
refusal ("blocked the sanctions on Bolivia that Peru proposed": aimed at Peru, not Bolivia).
Sentences written for these tests, parsed by the real spaCy model (rules alone)."""

from __future__ import annotations

from typing import Any

from tests.test_events_round12 import dyads, rules


def test_a_subject_taken_for_the_object_of_after_does_its_verbs(nlp: Any) -> None:
    text = (
        "Chile's foreign minister called for the closure of two border crossings after Peru on "
        "Monday seized two Chilean fishing boats, detained their crews and closed its ports."
    )
    events = rules(nlp, text)
    assert ("PER", "CHL", "17") in dyads(events, "seized"), events
    assert not any(d[0] == "CHL" for d in dyads(events, "seized")), events


def test_a_name_after_after_with_its_own_clause_is_no_subject(nlp: Any) -> None:
    events = rules(nlp, "The Chilean president spoke after Boluarte and left the room.")
    assert not any(e.source and e.source.actor_code == "PERGOV" for e in events), events


def test_a_refused_measure_lends_no_target_to_the_refusal(nlp: Any) -> None:
    text = "Chile blocked the tough sanctions on Bolivia that Peru proposed at the meeting."
    found = dyads(rules(nlp, text), "blocked")
    assert ("CHL", "PER", "12") in found and ("CHL", "BOL", "12") not in found, found
