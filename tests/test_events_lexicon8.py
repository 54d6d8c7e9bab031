"""Lexicon round 8 (events issue 4, 2026-11-29): codes our gold guidelines settle otherwise than
the first reading, joint drills, readiness for talks and warnings of what another must do. Each
is checked on a sentence written for this test, with the real spaCy model."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.extract.eventcoder.coder import frame_code
from tests.test_events_model import analyse


def coded(events: Any, min_confidence: float = 0.5) -> set[tuple[str | None, str | None, str]]:
    """(source, target, code) of the events at or above `min_confidence`, sides cut to their
    first three letters (USAGOV -> USA, IGOEUREEC -> IGO)."""
    return {
        (
            e.source.actor_code[:3] if e.source and e.source.actor_code else None,
            e.target.actor_code[:3] if e.target and e.target.actor_code else None,
            e.code,
        )
        for e in events
        if e.confidence >= min_confidence
    }


def root_dyads(nlp: Any, text: str) -> set[tuple[str | None, str | None, str]]:
    """(source, target, CAMEO root) of the rules' events on `text` at the default threshold."""
    return {(s, t, c[:2]) for s, t, c in coded(analyse(nlp, text, "2020-01-01")[0], 0.5)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # indictments accuse of a crime (1121), sentences are legal action (173)
        ("Chile indicted two Peruvian officers on Monday.", ("CHL", "PER", "1121")),
        # troops withdrawn reduce relations (166), expelled diplomats are deported people (174)
        ("Chile withdrew its troops from Peru.", ("CHL", "PER", "166")),
        ("Chile pulled its troops out of Peru.", ("CHL", "PER", "166")),
        ("Chile expelled three Peruvian diplomats.", ("CHL", "PER", "174")),
        # a travel ban restricts movement (172), not trade (163)
        ("Chile imposed a travel ban on Peru.", ("CHL", "PER", "172")),
        # seeking a meeting is an intent to meet (036), not an appeal
        ("Chile sought a meeting with Peru.", ("CHL", "PER", "036")),
        # drills held together, or with a partner, are military cooperation (062)
        ("Chile and Peru held joint military drills on Friday.", ("CHL", "PER", "062")),
        ("Chile held naval drills with Peru.", ("CHL", "PER", "062")),
        # open to talks: an intent to meet (036)
        ("Chile said it was open to talks with Peru.", ("CHL", "PER", "036")),
        # a warning of what another must do or will undergo is a threat (130)
        (
            "Chile warned Peru on Monday that Peru must reach a deal with Bolivia or face serious "
            "consequences.",
            ("CHL", "PER", "130"),
        ),
    ],
)
def test_lexicon8_codes(nlp: Any, text: str, expected: tuple[str, str, str]) -> None:
    events, _ = analyse(nlp, text)
    assert expected in coded(events), coded(events)


def test_drills_of_one_party_stay_a_show_of_force(nlp: Any) -> None:
    events, _ = analyse(nlp, "Chile held military drills near the border with Peru.")
    assert not any(e.code == "062" for e in events)


def test_a_warning_about_what_another_did_stays_criticism(nlp: Any) -> None:
    events, _ = analyse(nlp, "Chile warned that Peru was arming the rebels.")
    assert ("CHL", "PER", "111") in coded(events)


def test_an_intended_or_asked_withdrawal_is_yielding() -> None:
    assert frame_code("appeal", "166") == ("025", False)
    assert frame_code("intent", "166") == ("035", False)
    assert frame_code("refuse", "166") == ("124", False)
    assert frame_code("demand", "166") == ("106", False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # support one earns or retains is given by the of-phrase, to the subject
        ("Guaido earned the backing of the United States.", ("USA", "VEN", "051")),
        ("Maduro retains the support of Russia.", ("RUS", "VEN", "051")),
    ],
)
def test_support_received_is_given_by_the_of_phrase(
    nlp: Any, text: str, expected: tuple[str, str, str]
) -> None:
    events, _ = analyse(nlp, text)
    assert expected in coded(events), coded(events)
    assert (expected[1], expected[0], expected[2]) not in coded(events)


def test_the_ones_joined_in_an_act_do_it_too(nlp: Any) -> None:
    events, _ = analyse(
        nlp, "The United States stands firmly with the United Kingdom in condemning Russia."
    )
    assert {("USA", "RUS", "111"), ("GBR", "RUS", "111")} <= coded(events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a withdrawal is from the place left, by the country whose troops leave
        (
            "Johnson campaigned for British withdrawal from the European Union.",
            ("GBR", "IGO", "166"),
        ),
        ("The withdrawal of Chilean troops from Peru began on Monday.", ("CHL", "PER", "166")),
        # withdrawn aid is an aid cut (162)
        ("Chile announced the withdrawal of aid to Peru.", ("CHL", "PER", "162")),
    ],
)
def test_withdrawals_are_from_the_place_left(
    nlp: Any, text: str, expected: tuple[str | None, str, str]
) -> None:
    events, _ = analyse(nlp, text, options={"event_model": False, "event_min_confidence": 0.0})
    assert expected in coded(events, 0.0), coded(events, 0.0)
    assert not any(e.code == "166" and "+reciprocal" in e.rule for e in events)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # "is to hold": arranged, not yet done
        ("The World Trade Organisation is to hold membership talks with Iraq.", "talks"),
        # what a thing happens ahead of is still to come
        ("Chile spoke to reporters ahead of the summit with Peru.", "summit"),
    ],
)
def test_events_still_to_come_are_future(nlp: Any, text: str, trigger: str) -> None:
    events, _ = analyse(nlp, text, options={"event_model": False, "event_min_confidence": 0.0})
    found = [e for e in events if e.trigger.text == trigger]
    assert found and all(e.mode == "future" for e in found), [
        (e.trigger.text, e.mode) for e in events
    ]
