"""Events round 9 (issue 4, 2026-11-29): a visit or call named in an adverbial phrase of another
act, naming verbs the parser misreads, a name given that is no attack, and companies taking their
home country. Each is checked on a sentence written for this test, with the real spaCy model."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.extract import actors
from tests.test_events_lexicon8 import coded
from tests.test_events_model import analyse


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the visit happened, beside what was said during it
        (
            "Chile's foreign minister Ana Rojas said during a visit to Peru in March that both "
            "sides should cooperate.",
            ("CHL", "PER", "042"),
        ),
        # the call happened, beside the praise given in it
        (
            "In a phone call with Peruvian President Luis Ortega, Chilean President Ana Rojas "
            "praised the bravery of Peruvian rescuers.",
            ("CHL", "PER", "041"),
        ),
    ],
)
def test_consultation_in_an_adverbial_phrase_is_its_own_event(
    nlp: Any, text: str, expected: tuple[str, str, str]
) -> None:
    events, _ = analyse(nlp, text)
    assert expected in coded(events, 0.0), coded(events, 0.0)


def test_a_visit_without_a_counterpart_stays_the_vehicle_of_the_act(nlp: Any) -> None:
    # "during the visit" names nobody: the visit is where the pledge was made, not coded apart
    events, _ = analyse(nlp, "During the visit, Chile pledged to support Peru.")
    assert not any(e.code.startswith("04") for e in events), coded(events, 0.0)


def test_naming_an_apposition_the_parser_hangs_on_the_verb(nlp: Any) -> None:
    events, _ = analyse(
        nlp,
        "After Trump called the summit's host, Canadian Prime Minister Justin Trudeau, \"weak\" "
        "in a fit of pique, the talks ended.",
    )
    assert ("USA", "CAN", "111") in coded(events), coded(events)


def test_a_name_given_is_no_attack(nlp: Any) -> None:
    # the parser hangs both "the practices" and "an assault" on "called" as predicates
    events, _ = analyse(
        nlp,
        "Chile called Peru's fishing practices \"an assault\" on Chilean fishermen.",
    )
    codes = coded(events, 0.0)
    assert not any(code[:2] in ("18", "19") for _, _, code in codes), codes


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Boeing", "USABUS"),
        ("Lockheed Martin", "USABUS"),
        ("Yukos", "RUSBUS"),
        ("Toyota", "JPNBUS"),
        ("Hindustan Aeronautics", "INDBUS"),
        ("Tata Motors", "INDBUS"),
    ],
)
def test_companies_take_their_home_country(name: str, code: str) -> None:
    actor = actors.organisation(name)
    assert actor is not None and actor.code == code


@pytest.mark.parametrize("name", ["Shell", "Total", "Amazon", "Ford", "Apple", "Orange"])
def test_company_names_that_are_common_words_are_not_listed(name: str) -> None:
    assert actors.organisation(name) is None


def test_a_company_is_coded_as_its_country_in_an_event(nlp: Any) -> None:
    events, _ = analyse(nlp, "Boeing signed an agreement with Tata Motors on Monday.")
    assert ("USA", "IND", "057") in coded(events, 0.0), coded(events, 0.0)
