"""Round 112 (events issue 4, events.cameo@238, entities.spacy@32), found by reading the
system's events on corpus articles outside the gold: a state whose name holds a country's
word ("New Mexico", "New Jersey", "Georgia Gov.") is no country; what "call for" names after
its particle is its object, whose owner is the target ("called for Maduro's resignation"),
and when that owner is named but not placed no other country of the sentence is; "we"
outside quotes is the writers, not the pair just named. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from tests.test_entities import _by_name, _entities
from tests.test_events_round12 import dyads, rules


def _code(nlp: Any, text: str, name: str) -> str | None:
    actor = _by_name(_entities(nlp, text), name).actor
    return actor.code if actor is not None else None


def test_a_governor_of_new_mexico_is_american(nlp: Any) -> None:
    text = "New Mexico Governor Michelle Lujan Grisham signed the bill on Monday."
    assert _code(nlp, text, "Michelle Lujan Grisham") == "USAGOV"


def test_a_governor_of_new_jersey_is_american(nlp: Any) -> None:
    text = "New Jersey governor Phil Murphy said the state would sue."
    assert _code(nlp, text, "Phil Murphy") == "USAGOV"


def test_a_governor_of_georgia_is_american(nlp: Any) -> None:
    text = "Georgia Gov. Brian Kemp signed the order on Friday."
    assert _code(nlp, text, "Brian Kemp") == "USAGOV"


def test_a_premier_of_new_south_wales_is_australian(nlp: Any) -> None:
    text = "New South Wales Premier Gladys Berejiklian closed the border."
    assert _code(nlp, text, "Gladys Berejiklian") == "AUSGOV"


def test_a_president_of_georgia_is_georgian(nlp: Any) -> None:
    # guard: the country's own titles stay the country's
    text = "Georgian President Salome Zourabichvili met the delegation in Tbilisi."
    assert _code(nlp, text, "Salome Zourabichvili") == "GEOGOV"


def test_a_president_of_mexico_is_mexican(nlp: Any) -> None:
    # guard
    text = "Mexican President Andres Manuel Lopez Obrador signed the bill on Monday."
    assert _code(nlp, text, "Andres Manuel Lopez Obrador") == "MEXGOV"


def test_a_resignation_of_someone_unplaced_aims_at_no_other_country(nlp: Any) -> None:
    events = rules(
        nlp,
        "Trump called for Omar's resignation after she said U.S. support of Israel was "
        "bought with money.",
    )
    assert not any(t == "ISR" for _, t, _ in dyads(events, "called for")), events


def test_a_resignation_of_a_known_leader_is_aimed_at_his_country(nlp: Any) -> None:
    # guard: a possessor the coder places is the target (read now as the object's owner;
    # before, as the sentence's one other party)
    events = rules(nlp, "Trump called for Maduro's resignation on Friday.")
    assert ("USA", "VEN", "02") in dyads(events, "called for"), events


def test_we_outside_quotes_are_the_writers(nlp: Any) -> None:
    events = rules(
        nlp,
        "Trump met Iranian President Hassan Rouhani in New York on Monday. "
        "The protesters we talked to demand even harsher sanctions.",
    )
    assert not any(s and t for s, t, _ in dyads(events, "talked")), events


def test_they_after_a_pair_are_the_pair(nlp: Any) -> None:
    # guard: a bare "they" after two named sides is that pair
    events = rules(
        nlp,
        "Trump met Iranian President Hassan Rouhani in New York on Monday. "
        "They talked for two hours about the nuclear deal.",
    )
    assert ("USA", "IRN", "04") in dyads(events, "talked"), events
