"""Round 54 (events issue 4, events.cameo@152, entities.spacy@28): errors read on corpus
articles outside the gold. Consequences one promises are a threat; armed groups are named by
what they are ("rebel forces"); a name whose words read as a role ("State of the Union") and a
bare role name no country; a named product's launch is no show of force; a former official acts
for no one he once served; being pressed for an answer is no demand; a strike on a tunnel
complex is force. Sentences written for these tests."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from newsgraph.extract import actors
from newsgraph.extract.eventcoder.actors import ROLE_CODES, ResolvedActor
from tests.test_events_round12 import dyads, rules

SHARED = Path(__file__).resolve().parents[2] / "shared"


def _codes(events: Any, trigger: str) -> set[tuple[str | None, str | None, str]]:
    return {
        (
            e.source.actor_code if e.source else None,
            e.target.actor_code if e.target else None,
            e.code,
        )
        for e in events
        if e.trigger.text == trigger
    }


def test_consequences_one_promises_are_a_threat(nlp: Any) -> None:
    text = "The Peruvian president promised serious consequences to Chile."
    assert ("PER", "CHL", "13") in dyads(rules(nlp, text), "promised")
    text = "Peru promised aid to Chile."
    assert ("PER", "CHL", "03") in dyads(rules(nlp, text), "promised")


def test_armed_groups_are_named_by_what_they_are(nlp: Any) -> None:
    text = "Peruvian rebel forces destroyed a Chilean helicopter near the border."
    assert {s for s, _, _ in _codes(rules(nlp, text), "destroyed")} == {"PERREB"}
    text = "Peruvian separatists kidnapped two Chilean engineers."
    assert {s for s, _, _ in _codes(rules(nlp, text), "kidnapped")} == {"PERSEP"}


def test_a_programme_named_state_of_the_union_is_no_union() -> None:
    for name in ("State of the Union", "the State of the Union Address"):
        assert actors.actor_for_text(name) is None
    union = actors.actor_for_text("the Andean Mineworkers Union")
    assert union is not None and union.role == "LAB"


def test_a_bare_role_names_no_country() -> None:
    # every CAMEO role code is a role, never a country ("EDU" was read as one: "EDUGOV")
    path = SHARED / "reference" / "cameo" / "cameo_actor_role_codes.tsv"
    with path.open(encoding="utf-8") as f:
        reference = {row["code"] for row in csv.DictReader(f, delimiter="\t")}
    assert reference == ROLE_CODES
    for code in ("EDU", "LAB", "HRI", "GOV"):
        assert ResolvedActor("x", 0, 1, code).country is None
    assert ResolvedActor("x", 0, 1, "PERGOV").country == "PER"


def test_a_named_products_launch_is_no_show_of_force(nlp: Any) -> None:
    text = (
        "Andina Pharma grows the plants at a secret site. Delays have put back Curalin's "
        "launch in Peru, the company said."
    )
    assert not [e for e in rules(nlp, text) if e.root_code == "15"]
    text = "Bolivia conducted another launch on Friday. La Paz said its launch was a success."
    assert len([e for e in rules(nlp, text) if e.root_code == "15"]) == 2


def test_a_former_official_acts_for_no_one_he_served(nlp: Any) -> None:
    text = "Peru has asked a former International Monetary Fund director to run its central bank."
    assert not [e for e in rules(nlp, text) if e.target is not None]
    text = "Peru has asked a former Chilean diplomat to mediate."
    assert {(s, t) for s, t, _ in _codes(rules(nlp, text), "asked")} == {("PER", "CHLELI")}


def test_being_pressed_for_an_answer_is_no_demand(nlp: Any) -> None:
    text = (
        "When pressed by reporters, the Peruvian minister declined to say whether Peru would "
        "retaliate against Chile."
    )
    assert not dyads(rules(nlp, text), "pressed")
    text = (
        "Chile has not commented, as the Peruvian government has not when pressed on the subject."
    )
    assert not dyads(rules(nlp, text), "pressed")
    text = "Chile pressed Peru to withdraw its troops."
    assert ("CHL", "PER", "10") in dyads(rules(nlp, text), "pressed")


def test_a_strike_on_a_tunnel_complex_is_force(nlp: Any) -> None:
    text = "Peruvian forces struck a rebel tunnel complex in the north on Monday."
    assert ("PER", None, "19") in dyads(rules(nlp, text), "struck")
