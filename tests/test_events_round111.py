"""Round 111 (events issue 4, events.cameo@237): "will continue to" and "will always" tell what
goes on, not what is yet to come. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from tests.test_events_round12 import rules


def _modes(events: list[Any], trigger: str) -> set[str]:
    return {e.mode for e in events if e.trigger.text == trigger}


def test_continuing_is_going_on(nlp: Any) -> None:
    events = rules(nlp, "The president will also continue to criticize Peru over its mines.")
    assert _modes(events, "criticize") == {"asserted"}, events


def test_always_is_going_on(nlp: Any) -> None:
    events = rules(nlp, "Chile will always stand with its friend and ally, Peru.")
    assert _modes(events, "stand with") == {"asserted"}, events


def test_a_plain_will_is_still_to_come(nlp: Any) -> None:
    events = rules(nlp, "The president will criticize Peru over its mines on Friday.")
    assert _modes(events, "criticize") == {"future"}, events
