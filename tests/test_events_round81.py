"""Round 81 (events issue 4, events.cameo@183): an error read on a corpus article outside the
gold. A person's skirmish with a politician is one of words, as an attack on one is; troops
that skirmish still fight. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from tests.test_events_round12 import dyads, rules


def test_a_senators_skirmish_with_a_president_is_in_words(nlp: Any) -> None:
    text = (
        "Senator Ana Rojas had a brief public skirmish with President Donald Trump at a rally "
        "in Ohio last spring."
    )
    found = dyads(rules(nlp, text), "skirmish")
    assert ("USA", "USA", "11") in found and not any(d[2] == "19" for d in found)


def test_troops_in_a_skirmish_still_fight(nlp: Any) -> None:
    text = "Chilean troops fought a brief skirmish with Peruvian soldiers on the border."
    assert any(e.root_code == "19" for e in rules(nlp, text))
