"""Round 41 (events issue 4, events.cameo@125): a sports story is told by the weight of its
words of sport against those of politics, so that a story of talks that names the Olympics
keeps its countries; a party that attacks a party or a person attacks in words (111); a cause
fought ("fight racism") is no party fought; rulers named by their seat ("authorities in Seoul")
are that country's government; and a government's protest is a complaint to another state
(114), not a demonstration. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.extract.events import _about_sport
from tests.test_events_round12 import dyads, rules


def test_a_story_of_talks_that_names_the_olympics_is_no_sports_story(nlp: Any) -> None:
    text = (
        "North Korea will send athletes to the Winter Olympics, its officials said after talks "
        "with South Korea. The Olympic team will march with South Korean athletes at the "
        "stadium. The United States said the talks must lead to an end of the nuclear "
        "programme, and its diplomats will meet Japan's foreign minister at a summit."
    )
    assert not _about_sport(nlp(text))
    events = rules(nlp, text)
    assert any(e.source is not None and e.target is not None for e in events), events


def test_a_match_report_is_a_sports_story(nlp: Any) -> None:
    text = (
        "Chile beat Peru in the Copa America semi-final on Sunday. The Peruvian coach blamed "
        "the referee, and his captain said the players had let the fans down after the match. "
        "Chile's striker scored twice before half-time."
    )
    assert _about_sport(nlp(text))


def test_a_rescue_with_a_football_coach_is_no_sports_story(nlp: Any) -> None:
    text = (
        "Divers from Britain and Australia helped the Thai navy rescue twelve boys and their "
        "football coach from a flooded cave. The coach and the boys, members of a soccer team, "
        "were taken to hospital by police. The rescue was praised by the government."
    )
    assert not _about_sport(nlp(text))


@pytest.mark.parametrize(
    "text",
    [
        "The Conservative party attacked Gordon Brown over his budget on Monday.",
        "Senator Ruiz attacked the Republicans over the tax bill.",
    ],
)
def test_a_party_or_politician_attacking_one_attacks_in_words(nlp: Any, text: str) -> None:
    codes = {e.code for e in rules(nlp, text) if e.trigger.text == "attacked"}
    assert codes == {"111"}, codes


def test_an_armed_attack_stays_force(nlp: Any) -> None:
    events = rules(nlp, "Chilean troops attacked Peruvian positions near the border.")
    assert {d[2] for d in dyads(events, "attacked")} == {"19"}, events


def test_a_cause_fought_is_no_party_fought(nlp: Any) -> None:
    events = rules(nlp, "Chile and Peru pledged to fight racism and discrimination in sport.")
    assert not [e for e in events if e.root_code in ("18", "19")], events


def test_fighting_a_country_is_still_force(nlp: Any) -> None:
    events = rules(nlp, "Chile fought Peru for control of the coastal provinces.")
    assert ("CHL", "PER", "19") in dyads(events, "fought"), events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Authorities in Lima said they had arrested two Chilean fishermen.", "PERGOV"),
        ("The regime in Damascus rejected the proposal of Turkey.", "SYRGOV"),
    ],
)
def test_rulers_named_by_their_seat(nlp: Any, text: str, expected: str) -> None:
    codes = {e.source.actor_code for e in rules(nlp, text) if e.source is not None}
    assert expected in codes, codes


def test_a_governments_protest_is_a_complaint(nlp: Any) -> None:
    events = rules(nlp, "Japan protested to China over the detention of its citizen.")
    assert {e.code for e in events if e.trigger.text == "protested"} == {"114"}, events
    events = rules(nlp, "Beijing lodged a protest with Washington on Tuesday.")
    assert {e.code for e in events if e.trigger.text == "protest"} == {"114"}, events


def test_a_crowds_protest_stays_a_demonstration(nlp: Any) -> None:
    events = rules(nlp, "Thousands of Peruvians joined protests in Lima against Chile.")
    assert not [e for e in events if e.code == "114"], events
