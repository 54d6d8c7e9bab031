"""Round 39 (events issue 4, events.cameo@123): where the argument model may not guess a side.
A criticism whose critic is untold ("Some criticized ...", "has been heavily criticized" told by
the writer) gets no critic from the other parties of the sentence; aid given (07) and coercion (17) are coded
only between the parties the parse ties to them, as protests and violence are. Hand-made
weights that like any pair with a side named, so that only the rule under test holds a pair
back; sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.extract.eventcoder.learn import LinearModel
from newsgraph.extract.eventcoder.model import EventModel
from tests.test_events_model import analyse


def _pairs(nlp: Any, text: str, trigger: str) -> set[tuple[str | None, str | None]]:
    arguments = LinearModel(("pair",), {"S:named": (3.0,), "T:named": (3.0,)}, (-2.0,))
    model = EventModel(None, arguments, 0.5, {}, cut=0.5)
    events, _ = analyse(nlp, text, options={"event_model": model})
    return {
        (
            e.source.actor_code[:3] if e.source and e.source.actor_code else None,
            e.target.actor_code[:3] if e.target and e.target.actor_code else None,
        )
        for e in events
        if e.trigger.text.startswith(trigger) and e.confidence >= 0.5
    }


@pytest.mark.parametrize(
    "text",
    [
        "Some criticized Peru for closing its border with Chile.",
        "Peru has been heavily criticized for closing its border with Chile.",
    ],
)
def test_an_untold_critic_is_not_guessed(nlp: Any, text: str) -> None:
    pairs = _pairs(nlp, text, "criticized")
    assert not {p for p in pairs if p[0] == "CHL"}, pairs


def test_a_critic_named_still_criticizes(nlp: Any) -> None:
    pairs = _pairs(nlp, "Chile criticized Peru for closing the border.", "criticized")
    assert ("CHL", "PER") in pairs, pairs


def test_coercion_takes_no_side_from_the_rest_of_the_sentence(nlp: Any) -> None:
    # the arrest is Peru's; Bolivia is named in the sentence, not in the arrest
    text = "Peru arrested two Chilean fishermen a day after its talks with Bolivia."
    pairs = _pairs(nlp, text, "arrested")
    assert pairs and not {p for p in pairs if "BOL" in p}, pairs


def test_aid_takes_no_side_from_the_rest_of_the_sentence(nlp: Any) -> None:
    text = "Peru sent food aid to Chile while Bolivia held elections."
    pairs = _pairs(nlp, text, "sent")
    assert not {p for p in pairs if "BOL" in p}, pairs
