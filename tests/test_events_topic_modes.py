"""An act named as what talks, a plan or a prospect are about is not told as done (events
issue 4: negation and mode, "not counted as facts"). Found in the feeds: "talks aimed at
ending the war in Ukraine" and "ruled out negotiations over ceding Greenland" were asserted
acts. Sentences written for these tests, parsed by the real spaCy model (rules alone)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_events_model import analyse


def modes(nlp: Any, text: str) -> dict[str, set[str]]:
    events, _ = analyse(nlp, text, "2026-02-17", {"event_model": False, "event_min_confidence": 0.0})
    out: dict[str, set[str]] = {}
    for e in events:
        out.setdefault(e.trigger.text, set()).add(e.mode)
    return out


@pytest.mark.parametrize(
    ("text", "trigger", "mode"),
    [
        ("Chile and Peru held talks on ending the fighting in the Atacama.", "ending", "intended"),
        ("Peru's envoys met in Lima for talks aimed at ending the fighting.", "ending", "intended"),
        ("Chile ruled out negotiations over ceding the islands to Peru.", "ceding", "intended"),
        ("Bolivia proposed a plan for lifting the sanctions on Chile.", "lifting", "intended"),
        ("Peru raised the possibility of Chile attacking its border posts.", "attacking", "hypothetical"),
    ],
)
def test_an_act_talked_about_is_not_told_as_done(
    nlp: Any, text: str, trigger: str, mode: str
) -> None:
    found = modes(nlp, text)
    assert found.get(trigger) == {mode}, found


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # what one is criticised for, or what came after, was done
        ("Peru criticized Chile for inviting Bolivia's president.", "inviting"),
        ("Chile held talks with Peru on Monday.", "talks"),
    ],
)
def test_an_act_done_stays_asserted(nlp: Any, text: str, trigger: str) -> None:
    assert modes(nlp, text).get(trigger) == {"asserted"}
