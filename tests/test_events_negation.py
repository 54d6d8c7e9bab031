"""A happening named by the subject of a denied predicate still happened (issue 4,
2026-11-30, eighteenth session): "Romney's trip to Israel did not go over well" tells a trip;
"the talks did not take place" denies the talks. Sentences written for these tests, with the
real spaCy model (the rules alone)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_events_model import analyse


def _negated(nlp: Any, text: str, trigger: str) -> set[bool]:
    events, _ = analyse(nlp, text, "2020-01-01", {"event_model": False, "event_min_confidence": 0})
    found = {e.negated for e in events if e.trigger.text.startswith(trigger)}
    assert found, [(e.trigger.text, e.code) for e in events]
    return found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Mitt Romney's trip to Israel during the campaign did not go over well.", "trip"),
        ("North Korea's missile launch did not pose a threat to Japan, officials said.", "missile"),
    ],
)
def test_a_denied_predicate_leaves_its_subject_happening(nlp: Any, text: str, trigger: str) -> None:
    assert _negated(nlp, text, trigger) == {False}


@pytest.mark.model
def test_a_happening_denied_itself_stays_negated(nlp: Any) -> None:
    text = "The talks between Iran and the United States did not take place."
    assert _negated(nlp, text, "talks") == {True}
