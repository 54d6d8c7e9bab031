"""Protests told with no one named as protested against (issue 4, 2026-11-30, fourteenth
session): people protesting in their own country protest against its government, the place
telling which country; "anti-X" names the one protested against. Sentences written for these
tests, with the real spaCy model (the rules alone)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_events_lexicon8 import coded
from tests.test_events_model import analyse


def _events(nlp: Any, text: str, minimum: float = 0.5) -> set[tuple[str | None, str | None, str]]:
    return coded(analyse(nlp, text, "2020-01-01", {"event_model": False})[0], minimum)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the place tells whose people and whose government
        ("Protests across Peru grew on Sunday.", ("PER", "PER", "140")),
        ("Thousands of students joined a demonstration in Lima on Monday.", ("PER", "PER", "141")),
        # "protested against" by people out in the street is a demonstration, not a note
        (
            "Hundreds of teachers protested in Lima against the new law.",
            ("PER", "PER", "141"),
        ),
        # the country named as the subject
        ("Peru is erupting in protest.", ("PER", "PER", "140")),
        # anti-X: X is protested against, by the people of the place
        ("Anti-Chile riots broke out in Bolivia.", ("BOL", "CHL", "145")),
    ],
)
def test_a_protest_at_home_is_against_its_government(
    nlp: Any, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _events(nlp, text), _events(nlp, text, 0.0)


def test_protests_told_again_are_in_the_same_country(nlp: Any) -> None:
    text = (
        "Protests across Peru grew on Sunday. In most towns, the demonstrations have been "
        "joined by people of all faiths."
    )
    events = analyse(nlp, text, "2020-01-01", {"event_model": False})[0]
    again = [e for e in events if e.trigger.text == "demonstrations" and e.confidence >= 0.5]
    assert [(e.source.actor_code, e.target.actor_code) for e in again] == [("PER", "PER")]


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        # a state's rally is no protest against itself
        ("Peru's president held a rally in Lima on Sunday.", ("PER", "PER")),
        # people protesting abroad: the host government is not the one protested against
        ("Bolivian migrants rallied in Lima on Tuesday.", ("BOL", "PER")),
        ("Bolivian migrants rallied in Lima on Tuesday.", ("BOL", "BOL")),
        # an adjective says whose protest, not where
        ("Chile is also the site of a Bolivian demonstration.", ("BOL", "BOL")),
        # a state protesting to another is a complaint, not a street protest
        ("Peru protested the sale of the jets.", ("PER", "PER")),
        # words that only qualify another tell no protest
        ("Some 1,700 police in riot gear stood by in Lima.", ("PER", "PER")),
    ],
)
def test_no_protest_at_home_is_guessed(nlp: Any, text: str, unwanted: tuple[str, str]) -> None:
    found = _events(nlp, text)
    assert not any(e[:2] == unwanted and e[2][:2] == "14" for e in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # arrests and force against people in a place, with no one's country named
        (
            "More than 1,500 protesters have been arrested across Peru in the past ten days.",
            ("PER", "PER", "173"),
        ),
        ("Police fired tear gas at protesters in Lima.", ("PER", "PER", "175")),
        # a crowd fighting the police is a violent protest, not a war
        ("Protesters clashed with police in Lima.", ("PER", "PER", "145")),
    ],
)
def test_unrest_in_a_place_is_its_state_and_its_people(
    nlp: Any, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _events(nlp, text), _events(nlp, text, 0.0)


@pytest.mark.parametrize(
    "text",
    [
        # Chilean police in Lima are Chile's, and the clash is no Peruvian unrest
        "Chilean police clashed with protesters in Lima.",
        # a person held may well be a foreigner
        "The tour company said he had been detained in Lima on Jan. 2.",
        # a noun names no one held
        "Police made a number of arrests in Lima on Sunday.",
    ],
)
def test_no_unrest_at_home_is_guessed(nlp: Any, text: str) -> None:
    found = _events(nlp, text, 0.0)
    assert not any(e[:2] == ("PER", "PER") for e in found), found


def _sides(nlp: Any, text: str) -> list[tuple[str, str, str, str]]:
    events = analyse(nlp, text, "2020-01-01", {"event_model": False})[0]
    return [
        (e.source.text, e.source.actor_code, e.target.text, e.target.actor_code)
        for e in events
        if e.confidence >= 0.5 and e.source is not None and e.target is not None
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the words that place each side are its evidence, not the protest word
        ("Protests across Peru grew on Sunday.", ("Peru", "PER", "Peru", "PER")),
        (
            "Hundreds of students staged a protest in Lima.",
            ("students", "PER", "Lima", "PER"),
        ),
        # a role named keeps its role, placed in the country
        (
            "Police fired tear gas at protesters in Lima.",
            ("Police", "PERCOP", "protesters", "PER"),
        ),
        ("Protesters clashed with police in Lima.", ("Protesters", "PER", "police", "PERCOP")),
    ],
)
def test_sides_at_home_carry_the_words_that_place_them(
    nlp: Any, text: str, expected: tuple[str, str, str, str]
) -> None:
    assert expected in _sides(nlp, text), _sides(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # violence on people told as the doer's own is at home
        (
            "Peru committed a campaign of ethnic cleansing against its Aymara minority.",
            ("PER", "PER", "203"),
        ),
    ],
)
def test_violence_on_its_own_people_is_at_home(
    nlp: Any, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _events(nlp, text), _events(nlp, text, 0.0)


@pytest.mark.parametrize(
    "text",
    [
        # airstrikes kill people abroad as often as at home
        "Peruvian airstrikes killed dozens of civilians.",
        # the place of an attack on a group is not the target
        "Peruvian jets struck rebel camps in Bolivia on Monday.",
    ],
)
def test_people_killed_are_not_guessed_to_be_the_doers_own(nlp: Any, text: str) -> None:
    found = _events(nlp, text, 0.0)
    assert not any(e[:2] in (("PER", "PER"), ("PER", "BOL")) for e in found), found


@pytest.mark.parametrize(
    ("text", "code", "where"),
    [
        ("Protests across Peru grew on Sunday.", "140", "Peru"),
        ("Police fired tear gas at protesters in Lima.", "175", "Lima"),
    ],
)
def test_the_place_that_puts_a_side_at_home_is_where_it_happened(
    nlp: Any, text: str, code: str, where: str
) -> None:
    events, results = analyse(nlp, text, "2020-01-01", {"event_model": False})
    names = {p.id: p.name for p in results["places"]}
    assert [names.get(e.place or "") for e in events if e.code == code] == [where]
