"""Round 72 (events issue 4, events.cameo@173): errors read on corpus articles outside the gold.
A war "on trade" is no war, even where the parser hangs "trade" on the next word; who act
together are not each other's sides for the model's pairs; a post is its author's, not the
platform's. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from tests.test_events_model import analyse
from tests.test_events_round12 import rules


def system(nlp: Any, text: str) -> list[Any]:
    events, _ = analyse(nlp, text, "2026-02-17", {"event_min_confidence": 0.5})
    return list(events)


def test_a_war_on_trade_is_no_war(nlp: Any) -> None:
    text = (
        "Peru's president brushed off talk of a trade war, writing that Peru already lost the "
        'war on trade years ago by "the naive people who negotiated for Peru."'
    )
    assert not [e for e in rules(nlp, text) if e.root_code == "19"]


def test_who_act_together_are_not_each_others_sides(nlp: Any) -> None:
    text = "Humala and other Peruvian lawmakers had asked for a complete release by April 2."
    found = system(nlp, text)
    assert not [e for e in found if e.source and e.target], found


def test_a_post_is_its_authors_not_the_platforms(nlp: Any) -> None:
    text = "A Peruvian staffer apologized for a Facebook post that criticized Chile's president."
    found = system(nlp, text)
    assert not [e for e in found if e.source and (e.source.actor_code or "").startswith("USA")]
