"""Round 109 (events issue 4, events.cameo@235, entities.spacy@31): a person named only as
another person's aide, adviser or spokesman takes that person's country (and role, but for a
lawyer); theft is 171. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from tests.test_entities import _by_name, _entities
from tests.test_events_round12 import dyads, rules


def test_a_leaders_aide_is_of_the_leaders_government(nlp: Any) -> None:
    text = "North Korean leader Kim Jong Un spoke. Kim's close aide Pak Chol Su met Putin."
    aide = _by_name(_entities(nlp, text), "Pak Chol Su")
    assert aide.actor is not None and aide.actor.code == "PRKGOV", aide
    assert "staff-of:Kim Jong Un" in aide.evidence


def test_staff_named_after_the_name(nlp: Any) -> None:
    for text in (
        "President Trump spoke. Jim Smithers, an aide to Trump, met Putin.",
        "President Trump spoke. Jim Smithers, Trump's adviser, met Putin.",
        "President Trump spoke. Trump adviser Jim Smithers met Putin.",
    ):
        aide = _by_name(_entities(nlp, text), "Jim Smithers")
        assert aide.actor is not None and aide.actor.code == "USAGOV", (text, aide)


def test_a_personal_lawyer_has_the_country_only(nlp: Any) -> None:
    text = "President Trump spoke. Jim Smithers, Trump's longtime personal lawyer, met Putin."
    lawyer = _by_name(_entities(nlp, text), "Jim Smithers")
    assert lawyer.actor is not None and lawyer.actor.code == "USA", lawyer


def test_a_person_with_a_title_keeps_it(nlp: Any) -> None:
    text = "President Trump spoke. Trump's aide, Russian Foreign Minister Ivan Petrovsky, met him."
    minister = _by_name(_entities(nlp, text), "Ivan Petrovsky")
    assert minister.actor is not None and minister.actor.country == "RUS", minister


def test_an_aide_acts_for_the_leaders_country(nlp: Any) -> None:
    text = (
        "North Korean leader Kim Jong Un will go to Vietnam. Kim's close aide Pak Chol Su, who "
        "arrived in Hanoi several days ahead of the leader, inspected the hotel."
    )
    events = rules(nlp, text)
    assert dyads(events, "arrived in") == {("PRK", "VNM", "04")}


def test_stealing_is_seizing_property(nlp: Any) -> None:
    events = rules(nlp, "China steals a United States Navy research drone in international waters.")
    assert dyads(events, "steals") == {("CHN", "USA", "17")}


def test_a_relative_clause_made_the_root_lends_no_modal(nlp: Any) -> None:
    text = (
        "Netanyahu has been at loggerheads with President Bill Clinton and President Barack "
        "Obama, both of whom could barely conceal their disdain for him."
    )
    events = rules(nlp, text)
    found = [e for e in events if e.trigger.text == "loggerheads with"]
    assert found and all(e.mode == "asserted" for e in found), found


def test_a_participle_telling_a_further_act_is_a_second_act(nlp: Any) -> None:
    text = "Egyptian authorities launched a crackdown on Islamists, jailing thousands of them."
    events = rules(nlp, text)
    assert [e.trigger.text for e in events if e.root_code == "17"] == ["crackdown", "jailing"]
