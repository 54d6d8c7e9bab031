"""A place where something happens is no party of the argument model's (issue 4, 2026-11-30,
fifteenth session): "a meeting with Chile's president in Bolivia" is not with Bolivia; a
visit, a sanction or an attack may still be aimed at the place. Hand-made weights that like
any pair with a side named, so that only the rule under test holds a pair back."""

from __future__ import annotations

from typing import Any

from newsgraph.extract.eventcoder.learn import LinearModel
from newsgraph.extract.eventcoder.model import EventModel
from tests.test_events_model import analyse


def _pairs(nlp: Any, text: str, trigger: str) -> set[tuple[str, str]]:
    # a side named by its entity (not a title read from the table) makes any pair likely
    arguments = LinearModel(("pair",), {"S:named": (3.0,), "T:named": (3.0,)}, (-2.0,))
    model = EventModel(None, arguments, 0.5, {}, cut=0.5)
    events, _ = analyse(nlp, text, options={"event_model": model})
    return {
        (e.source.actor_code[:3], e.target.actor_code[:3])
        for e in events
        if e.trigger.text.startswith(trigger) and e.source and e.target and e.confidence >= 0.5
    }


def test_the_place_of_a_meeting_is_no_party(nlp: Any) -> None:
    pairs = _pairs(
        nlp,
        "Peru's president held a meeting with Chile's president in Bolivia on Monday.",
        "meeting",
    )
    assert ("PER", "CHL") in pairs
    assert not {p for p in pairs if "BOL" in p}, pairs


def test_a_country_named_as_a_party_too_stays_one(nlp: Any) -> None:
    # Bolivia is a party (its president), though the meeting is also in Bolivia
    text = "Bolivia's president held a meeting with Chile's president in Bolivia on Monday."
    assert ("BOL", "CHL") in _pairs(nlp, text, "meeting")


def test_the_place_of_a_visit_may_be_its_target(nlp: Any) -> None:
    pairs = _pairs(nlp, "Peru's foreign minister arrived in Bolivia on Monday.", "arrived")
    assert ("PER", "BOL") in pairs
