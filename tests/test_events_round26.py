"""Round 26 of the rules (events issue 4, events.cameo@109): an act ordered of one's own
officials is aimed where the act says ("ordered his minister to investigate whether Peru
spied": CHL > PER 09), not at the officials; a strike on a country or a military site is
force (190), not a walkout; parties that have been "communicating" consult each other; a
measure only threatened, proposed, asked for or promised is no measure taken, whoever would
take it ("would propose new U.N. sanctions on Bolivia" makes no U.N. sanctions), and it is
aimed where its phrase says, not at the one whose it would be.
Sentences written for these tests, parsed by the real spaCy model (rules alone)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_events_round12 import dyads, rules

# (sentence, trigger, one dyad and root the rules find there)
FOUND: list[tuple[str, str, tuple[str | None, str | None, str]]] = [
    (
        "Chilean President Gabriel Boric ordered the Chilean navy to investigate whether "
        "Peru had spied on Chilean ports.",
        "ordered",
        ("CHL", "PER", "09"),
    ),
    ("Chilean jets struck Bolivia overnight, the ministry said.", "struck", ("CHL", "BOL", "19")),
    ("Peru's air force struck a Bolivian airbase near the border.", "struck", ("PER", "BOL", "19")),
    (
        "Chile and Peru have been communicating about the border process for months.",
        "communicating",
        ("CHL", "PER", "04"),
    ),
]


@pytest.mark.parametrize(("text", "trigger", "dyad"), FOUND)
def test_found_dyad(
    nlp: Any, text: str, trigger: str, dyad: tuple[str | None, str | None, str]
) -> None:
    assert dyad in dyads(rules(nlp, text), trigger), text


def test_own_officials_ordered_are_no_target(nlp: Any) -> None:
    events = rules(nlp, "Chilean President Gabriel Boric ordered the Chilean navy to investigate.")
    assert not any(
        e.target is not None and e.target.actor_code.startswith("CHL") for e in events
    ), events


@pytest.mark.parametrize(
    "text",
    [
        "Chile struck a conciliatory tone with Peru at the summit.",
        "Dock workers in Chile struck for a week over pay.",
    ],
)
def test_a_struck_tone_or_a_walkout_is_no_force(nlp: Any, text: str) -> None:
    assert not any(e.code.startswith("19") for e in rules(nlp, text)), text


PROPOSED = "Chile said it would propose new U.N. sanctions on Bolivia next week."


def test_a_proposed_measure_is_aimed_at_its_target(nlp: Any) -> None:
    assert ("CHL", "BOL", "13") in dyads(rules(nlp, PROPOSED), "propose")


def test_a_proposed_measure_is_not_taken(nlp: Any) -> None:
    events = rules(nlp, PROPOSED)
    assert not any(e.code.startswith("16") for e in events), events


def test_whose_sanctions_threatened_is_no_target(nlp: Any) -> None:
    events = rules(nlp, "Chile threatened Peru with EU sanctions over the dispute.")
    assert ("CHL", "PER", "13") in dyads(events, "threatened")
    assert not any(e.target is not None and e.target.actor_code.startswith("IGO") for e in events)
    assert not any(e.code.startswith("16") for e in events), events


def test_a_purpose_clause_names_no_one_asked(nlp: Any) -> None:
    events = rules(
        nlp,
        "Chile demanded the rogue nation halt its missile tests so Bolivia and Peru could start "
        "negotiations.",
    )
    asked = [e for e in events if e.trigger.text == "demanded"]
    assert asked and all(e.target is None for e in asked), asked
