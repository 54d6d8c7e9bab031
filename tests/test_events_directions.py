"""What a speaker says before the speech verb, and which way the argument model's pairs go
(issue 4, 2026-11-30, twelfth session). Sentences written for these tests, with the real
spaCy model (the rules alone); the pairs are hand-built."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from newsgraph.extract.eventcoder.actors import ResolvedActor
from newsgraph.extract.events import _one_direction
from tests.test_events_lexicon8 import coded
from tests.test_events_model import analyse


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the opening clause, set off by a comma, is what the speaker at the end says
        # (an appeal to end a blockade is an appeal to yield, 025)
        (
            "Peru must end the blockade, Chile's foreign minister said on Friday.",
            ("CHL", "PER", "025"),
        ),
        ("Peru is arming the rebels, Chile warned.", ("CHL", "PER", "111")),
    ],
)
def test_a_clause_before_its_speech_verb_is_what_was_said(
    nlp: Any, text: str, expected: tuple[str, str, str]
) -> None:
    events = analyse(nlp, text, "2020-01-01", {"event_model": False})[0]
    assert expected in coded(events), coded(events, 0.0)


def test_a_clause_before_a_verb_with_its_own_complement_is_not_said(nlp: Any) -> None:
    # "warned that ..." says its own clause; the opening one is the writer's
    text = "Peru must end the blockade, and Chile warned that talks would fail."
    events = analyse(nlp, text, "2020-01-01", {"event_model": False})[0]
    assert ("CHL", "PER", "020") not in coded(events, 0.0), coded(events, 0.0)


def _actor(code: str) -> ResolvedActor:
    return ResolvedActor(code, 0, 3, code)


def test_a_reversed_model_pair_scoring_lower_is_dropped() -> None:
    chl, per = _actor("CHL"), _actor("PER")
    pairs = [(chl, per, "verb:sanction", 0.8), (per, chl, "model:pair", 0.6)]
    sanction = SimpleNamespace(code="163")
    assert _one_direction(sanction, pairs) == pairs[:1]  # type: ignore[arg-type]
    # the rules' own pairs stay, and a model pair with no higher reverse stays
    assert _one_direction(sanction, pairs[::-1][:1]) == pairs[1:]  # type: ignore[arg-type]
    both = [(chl, per, "model:pair", 0.6), (per, chl, "verb:sanction", 0.5)]
    assert _one_direction(sanction, both) == both  # type: ignore[arg-type]
    # meetings are coded both ways
    meeting = SimpleNamespace(code="040")
    assert _one_direction(meeting, pairs) == pairs  # type: ignore[arg-type]
