"""Round 16 of the rules (events issue 4), from reading the coder on the dev gold and on
sentences of common news shapes: an office named as the object is the actor's own country's;
two countries that agree to do something agree with each other; "is in talks with"; a thing
an entry names, placed ("recalled its ambassador from"); whom a measure is aimed at;
retaliation as the measure it is; the one given to and the one asked of; more people
released; wanting others to act when the infinitive hangs on the verb; consultations and
approval told in other words. Sentences written for these tests, parsed by the real spaCy
model (rules alone)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_events_round12 import dyads, rules


def test_an_office_named_as_the_object_is_the_actors_own(nlp: Any) -> None:
    text = (
        "LIMA - Peruvian opposition leader Keiko Fujimori spoke in Arequipa on Monday. "
        "She accused ministers of wasting public money on failed schemes."
    )
    assert ("PER", "PER", "11") in dyads(rules(nlp, text), "accused")


def test_an_office_placed_elsewhere_is_nobodys_guess(nlp: Any) -> None:
    text = "Chilean President Gabriel Boric met leaders in Lima on Monday."
    assert ("CHL", "CHL", "04") not in dyads(rules(nlp, text), "met")


def test_an_office_acting_on_someone_at_home_is_that_countrys(nlp: Any) -> None:
    events = rules(nlp, "Prosecutors charged Chilean President Gabriel Boric with fraud.")
    assert ("CHL", "CHL", "17") in dyads(events, "charged"), events


def test_countries_that_agree_to_act_agree_with_each_other(nlp: Any) -> None:
    events = rules(nlp, "Chile and Peru agreed to postpone their talks with Bolivia.")
    sides = dyads(events, "agreed")
    assert ("CHL", "PER", "03") in sides and ("PER", "CHL", "03") in sides, events
    assert not any(t == "BOL" for _, t, _ in sides), events


# (sentence, trigger, a dyad and root the rules must find there)
FOUND = [
    ("Chile is in talks with Peru about a new railway.", "talks", ("CHL", "PER", "04")),
    ("Chile imposed new sanctions targeting Peruvian banks.", "sanctions", ("CHL", "PER", "16")),
    (
        "The Chilean sanctions, which target Peruvian fishing fleets, took effect.",
        "sanctions",
        ("CHL", "PER", "16"),
    ),
    (
        "Peru retaliated with a 25 percent tariff on Chilean wine.",
        "tariff",
        ("PER", "CHL", "16"),
    ),
    ("Chile gave Peru $10 million in aid.", "aid", ("CHL", "PER", "07")),
    ("Chile demanded an apology from Peru.", "demanded", ("CHL", "PER", "10")),
    ("Peru released ten Chilean fishermen on Sunday.", "released", ("PER", "CHL", "08")),
    (
        "Chile has been communicating with Peru about the border.",
        "communicating with",
        ("CHL", "PER", "04"),
    ),
    (
        "The Chilean minister spoke at a joint news conference with his Peruvian counterpart.",
        "conference with",
        ("CHL", "PER", "04"),
    ),
    (
        "The Chilean senator has long been a staunch defender of Peru.",
        "defender of",
        ("CHL", "PER", "05"),
    ),
    ("Chile and Peru have maintained close ties for decades.", "maintained", ("CHL", "PER", "05")),
]


@pytest.mark.parametrize(("text", "trigger", "dyad"), FOUND)
def test_found(nlp: Any, text: str, trigger: str, dyad: tuple[str, str, str]) -> None:
    events = rules(nlp, text)
    assert dyad in dyads(events, trigger), events


def test_an_ambassador_recalled_from_a_country(nlp: Any) -> None:
    events = rules(nlp, "Chile recalled its ambassador from Peru.")
    assert dyads(events, "recalled") == {("CHL", "PER", "16")}, events


def test_retaliation_against_a_measure_is_the_measure(nlp: Any) -> None:
    events = rules(nlp, "Peru retaliated against the Chilean tariffs on Friday.")
    assert dyads(events, "retaliated against") == {("PER", "CHL", "16")}, events


def test_wanting_others_to_act_when_the_infinitive_hangs_on_the_verb(nlp: Any) -> None:
    # the small model hangs the long object's infinitive on "wants" as an adverbial clause
    events = rules(
        nlp, "Chile wants Peruvian parties to the pact to come up with a plan to protect its exports."
    )
    assert dyads(events, "wants") == {("CHL", "PER", "02")}, events
