"""Round 93 (events issue 4, events.cameo@203): errors read on dev sentences whose target the
rules missed though the sentence names it. Force that takes control of a place named in an
of-phrase ("took control of the city of Mosul") is aimed at its country, also by an armed group
named before its men ("Houthi fighters"), whose victims at home are others; "a crack down on"
is a crackdown (175); a measure with no one named is aimed at the one whose deed a clause of
cause tells ("would impose sanctions after it determined that Moscow had used a nerve agent").
Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from tests.test_events_round12 import dyads, rules


def test_control_of_a_city_named_in_an_of_phrase_is_force_on_its_country(nlp: Any) -> None:
    text = "Syrian troops took control of the northern city of Aleppo on Sunday."
    assert dyads(rules(nlp, text), "took") == {("SYR", "SYR", "19")}


def test_an_armed_group_named_before_its_men_hits_its_own_country(nlp: Any) -> None:
    text = "Taliban fighters took control of the key northern city of Kunduz last month."
    assert dyads(rules(nlp, text), "took") == {("AFG", "AFG", "19")}


def test_a_crack_down_on_people_is_a_crackdown(nlp: Any) -> None:
    text = "Peruvian authorities launched a severe crack down on Islamists last year."
    assert dyads(rules(nlp, text), "crack down") == {("PER", "PER", "17")}


def test_a_crack_in_a_wall_is_no_event(nlp: Any) -> None:
    assert not rules(nlp, "Peruvian engineers found a crack in the wall of the dam.")


def test_sanctions_after_a_deed_are_aimed_at_its_doer(nlp: Any) -> None:
    text = (
        "Chile said it would impose fresh sanctions by the end of August after it determined "
        "that Peru had used a nerve agent against a former agent."
    )
    assert dyads(rules(nlp, text), "sanctions") == {("CHL", "PER", "16")}
