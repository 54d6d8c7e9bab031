"""Who speaks, whom a judgement or a denial is aimed at, and when a quoted plan is told (issue
4, 2026-11-30): the one quoted "as doing" something does it; a text that "calls for" speaks for
whoever issued it; a judgement of a deed named by a common noun ("said the test was reckless")
aims at the deed's doer, told before; a denial in a relative clause answers the claim it hangs
on; one's own possessions are no target; a present tense in a clause of time under a plan is
not yet; a plan in a speaker's quote is reported. Sentences written for these tests, with the
real spaCy model (the rules alone)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_events_lexicon8 import coded
from tests.test_events_model import analyse

Coded = tuple[str | None, str | None, str]


@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        # "quoted X as doing": X does it, not the outlet
        (
            "The BBC quoted Chile's foreign minister as condemning Peru's blockade.",
            ("CHL", "PER", "111"),
            ("GBR", "PER", "111"),
        ),
        # a text calling for something speaks for the one who issued it
        (
            "Chile circulated a statement calling on Peru to end the blockade.",
            ("CHL", "PER", "020"),
            None,
        ),
        # a judgement of a deed named by a common noun: the deed's doer, told before
        (
            "Peru tested a missile on Monday. Chile's foreign minister said the test was reckless.",
            ("CHL", "PER", "111"),
            None,
        ),
        (
            "Peru launched a missile on Monday. Chile called the launch an outrageous provocation.",
            ("CHL", "PER", "111"),
            None,
        ),
        # a denial in a relative clause answers the claim the clause hangs on
        (
            "Relations suffered after accusations from Peruvian officials that Chile meddled "
            "in the vote, something Chile denies.",
            ("CHL", "PER", "016"),
            None,
        ),
        # congratulations offered are congratulations (051), not an offer (030)
        (
            "Chile's president offered her congratulations to Peru.",
            ("CHL", "PER", "051"),
            ("CHL", "PER", "030"),
        ),
        # aid sought from someone, through a container noun; the aid is not given
        (
            "Chile is seeking a quick infusion of aid from Peru.",
            ("CHL", "PER", "023"),
            (None, None, "070"),
        ),
        # talks rejected answer the other side of the talks
        (
            "Chile rejected a new round of talks with Peru.",
            ("CHL", "PER", "125"),
            None,
        ),
    ],
)
def test_whom_a_saying_or_judgement_is_about(
    nlp: Any, text: str, expected: Coded, not_expected: Coded | None
) -> None:
    events = analyse(nlp, text, "2020-01-01", {"event_model": False})[0]
    assert expected in coded(events), coded(events, 0.0)
    if not_expected is not None:
        assert not_expected not in coded(events, 0.0)


def test_a_letter_signed_is_no_agreement(nlp: Any) -> None:
    events = analyse(nlp, "Chilean lawmakers signed a letter to Peru's president.", "2020-01-01")
    assert not [e for e in events[0] if e.code == "057"], events[0]


def test_ones_own_missile_is_no_target(nlp: Any) -> None:
    text = "The Chilean government accused Peru of launching its newest missile."
    events = analyse(nlp, text, "2020-01-01", {"event_model": False})[0]
    launches = [e for e in events if e.code == "150"]
    assert launches and all(e.target is None for e in launches), launches


def test_a_meeting_in_a_clause_of_time_under_a_plan_is_not_yet(nlp: Any) -> None:
    text = "Chile's president is expected to raise the issue when she meets Peru's president."
    events = analyse(nlp, text, "2020-01-01", {"event_model": False})[0]
    meetings = [e for e in events if e.code == "040"]
    assert meetings and all(e.mode == "future" for e in meetings), meetings


def test_a_plan_in_a_speakers_quote_is_reported(nlp: Any) -> None:
    text = (
        "Chile's president spoke in Lima on Monday. "
        '"Chile will stand with Peru. We will help Peru rebuild," she said.'
    )
    events = analyse(nlp, text, "2020-01-01", {"event_model": False})[0]
    support = [e for e in events if e.code == "051"]
    assert [e.mode for e in support] == ["reported"], events


@pytest.mark.parametrize(
    "text",
    [
        "Chile and Peru brokered a ceasefire in the war on Monday.",
        "Chile and Peru extended diplomatic recognition to the new government.",
    ],
)
def test_mediation_and_recognition_are_not_done_to_each_other(nlp: Any, text: str) -> None:
    events = analyse(nlp, text, "2020-01-01", {"event_model": False})[0]
    assert not [e for e in coded(events, 0.0) if {e[0], e[1]} == {"CHL", "PER"}], events


def test_a_refusal_under_a_negated_plan_is_told_as_it_is(nlp: Any) -> None:
    text = "Chile will not reopen its embassy when Peru refuses to start talks with Chile."
    events = analyse(nlp, text, "2020-01-01", {"event_model": False})[0]
    assert ("PER", "CHL", "125") in coded(events), coded(events, 0.0)


@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        # action pledged against someone, or in answer to them, is a threat
        ("Chile vowed to take action against Peru.", ("CHL", "PER", "130"), ("CHL", "PER", "030")),
        # "in response to Peru's threats" is why, not what is vowed
        (
            "Chile's president vowed to take the toughest action in response to Peru's threats.",
            ("CHL", "PER", "130"),
            ("CHL", "PER", "030"),
        ),
        # pulling out of an agreement rejects it (the parser hangs "of" on "out")
        (
            "Chile has pulled out of the fishing agreement with Peru.",
            ("CHL", "PER", "120"),
            ("CHL", "PER", "166"),
        ),
    ],
)
def test_what_is_pledged_or_left(nlp: Any, text: str, expected: Coded, not_expected: Coded) -> None:
    events = analyse(nlp, text, "2020-01-01", {"event_model": False})[0]
    assert expected in coded(events), coded(events, 0.0)
    assert not_expected not in coded(events, 0.0)
