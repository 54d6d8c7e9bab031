"""Round 60 (events issue 4, events.cameo@160): errors read on corpus articles outside the
gold. A lawmaker, party or court that "fights" no one named fights in words (and so does a
government in a story that names no arms); the one interviewed, questioned or investigated
"for" doing something is its doer. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from tests.test_events_round12 import dyads, rules


def test_a_civilian_fight_is_words(nlp: Any) -> None:
    for text in (
        "The Peruvian senator said he'll continue to fight what he called the drift toward "
        "oligarchy.",
        "“No matter what is thrown at her, the Peruvian senator keeps fighting,” he said.",
    ):
        assert not [e for e in rules(nlp, text) if e.root_code == "19"], text
    text = "Peruvian troops fought Chilean forces near the border."
    assert ("PER", "CHL", "19") in dyads(rules(nlp, text), "fought")


def test_the_one_questioned_for_a_deed_did_it(nlp: Any) -> None:
    text = (
        "Peruvian authorities boarded the tanker and interviewed its crew for allegedly "
        "violating U.N. sanctions by transferring oil to a Bolivian vessel."
    )
    assert not [
        e
        for e in rules(nlp, text)
        if e.trigger.text in ("violating", "transferring")
        and e.source is not None
        and (e.source.actor_code or "").startswith("PER")
    ]


def test_the_one_warned_against_something_is_the_target(nlp: Any) -> None:
    text = "The Peruvian president warned Bolivia against appeasement of Chile."
    found = dyads(rules(nlp, text), "warned")
    assert ("PER", "BOL", "11") in found
    assert ("PER", "CHL", "11") not in found
    text = "The Peruvian president warned against appeasement of Chile."
    assert ("PER", "CHL", "11") in dyads(rules(nlp, text), "warned against")
