"""Round 40 (events issue 4, events.cameo@124): support is coded only between the parties the
parse ties to it. What is supported is as often a thing ("supported the plan", "support a
multilateral trade system") as a party, and beside the rules' own pair the argument model's
pairs for "support" were others' deeds ("condemned Chile for supporting Peru's president": not
USA > PER). Hand-made weights that like any pair with a side named, so that only the rule
under test holds a pair back; sentences written for these tests."""

from __future__ import annotations

from typing import Any

from tests.test_events_round39 import _pairs


def test_support_of_a_thing_takes_no_party_from_the_rest_of_the_sentence(nlp: Any) -> None:
    text = "Bolivia strongly supports a multilateral trading system, its president told Chile's leaders."
    pairs = _pairs(nlp, text, "supports")
    assert not {p for p in pairs if "CHL" in p}, pairs


def test_the_condemner_of_support_is_no_supporter(nlp: Any) -> None:
    text = "The State Department condemned Chile on Sunday for supporting Peru's president."
    pairs = _pairs(nlp, text, "supporting")
    assert ("CHL", "PER") in pairs, pairs
    assert ("USA", "PER") not in pairs, pairs


def test_backing_a_party_named_is_still_support(nlp: Any) -> None:
    pairs = _pairs(nlp, "Chile supports Peru's bid for a seat on the council.", "supports")
    assert ("CHL", "PER") in pairs, pairs
