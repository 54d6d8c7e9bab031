"""Round 17 of the rules (events issue 4): a noun event its own phrase tells as having
happened is asserted whatever the clause says may come of it; "pushback against";
"representatives from" a list of countries; "Kim Jong-Un" (a given name with a capital after
the hyphen) is a person, and "Un" no United Nations; a product's launch and a test of no
weapon are no show of force, nor a company's launch; a clash with a person no table places
is in words, and so is a politician's fight with another; "turkeys" are no Turkey; only
people beaten are assaulted; a fund raided is no raid. Sentences written for these tests,
parsed by the real spaCy model (rules alone)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_events_round12 import rules


def modes(events: list[Any], trigger: str) -> set[str]:
    return {e.mode for e in events if e.trigger.text == trigger}


def test_an_owned_deed_is_asserted_under_a_modal(nlp: Any) -> None:
    events = rules(nlp, "The new levy would sit on top of Chile's tariffs on Peruvian copper.")
    assert modes(events, "tariffs") == {"asserted"}, events


def test_an_ongoing_deed_is_asserted_under_an_intent(nlp: Any) -> None:
    events = rules(
        nlp, "Peru is widening its effort to counter the ongoing assault on its democracy by Chile."
    )
    assert "asserted" in modes(events, "assault on"), events


def test_a_deed_ahead_stays_to_come(nlp: Any) -> None:
    events = rules(nlp, "Lima will decide ahead of Boric's visit to Peru next week.")
    assert "asserted" not in modes(events, "visit to"), events


def test_pushback_against(nlp: Any) -> None:
    events = rules(nlp, "Chile stepped up its pushback against Peru's maritime claims.")
    assert any(
        e.root_code == "11"
        and e.source
        and e.source.actor_code == "CHL"
        and e.target
        and (e.target.actor_code or "")[:3] == "PER"
        for e in events
    ), events


def test_representatives_from_listed_countries_meet_each_other(nlp: Any) -> None:
    events = rules(nlp, "Representatives from Chile, Peru and Bolivia met in Lima on Monday.")
    pairs = {
        (e.source.actor_code[:3], e.target.actor_code[:3])
        for e in events
        if e.trigger.text == "met" and e.source and e.target
        and e.source.actor_code and e.target.actor_code
    }
    assert {("CHL", "PER"), ("PER", "BOL"), ("BOL", "CHL")} <= pairs, events


def test_a_given_name_with_a_capital_after_the_hyphen(nlp: Any) -> None:
    # the recognizer stops at the hyphen and makes "Un" an organisation: no United Nations
    events = rules(nlp, "Kim Jong-Un fired two missiles over Japan on Tuesday.")
    sides = {
        (e.source.actor_code if e.source else None, e.target.actor_code if e.target else None)
        for e in events
        if e.root_code == "15"
    }
    assert ("PRKGOV", "JPN") in sides, events
    assert not any(e.source and e.source.actor_code == "IGOUNO" for e in events), events


@pytest.mark.parametrize(
    "text",
    [
        "The minister will be in the public eye at the party's new poster launch in Leeds.",
        "When the console launched in Chile, the game was one of the launch titles.",
        "Boric proposed an ideological test for applicants from Peru.",
        "Chile's largest banks passed the central bank's stress test on Friday.",
        "SpaceX launched a rocket with a Chilean satellite on board on Monday.",
    ],
)
def test_no_show_of_force(nlp: Any, text: str) -> None:
    # a product's launch, a test of no weapon, a company's rocket
    assert not any(e.root_code == "15" for e in rules(nlp, text)), text


def test_a_weapons_test_still_is_one(nlp: Any) -> None:
    events = rules(nlp, "Peru carried out its latest missile test on Sunday.")
    assert any(e.root_code == "15" for e in events), events


def test_a_common_noun_names_no_country(nlp: Any) -> None:
    events = rules(nlp, "At the ceremony in Santiago, Boric pardoned two turkeys.")
    assert not any(e.target and e.target.actor_code == "TUR" for e in events), events


def test_a_clash_with_a_person_no_table_places_is_in_words(nlp: Any) -> None:
    events = rules(
        nlp, "Chileans are watching President Gabriel Boric clash with Maria Soto, a star anchor."
    )
    assert not any(e.root_code == "19" for e in events), events


@pytest.mark.parametrize(
    ("text", "assault"),
    [
        ("Boric has beaten his rival Jose Kast in the election.", False),
        ("Chile has been steadily beating the drum for the detained sailors.", False),
        ("Chilean police beat protesters in Santiago on Friday.", True),
        ("Peruvian soldiers beat up two Chilean journalists at the border.", True),
    ],
)
def test_beaten_people_only_are_assaulted(nlp: Any, text: str, assault: bool) -> None:
    assert any(e.code == "182" for e in rules(nlp, text)) is assault, text


def test_a_fund_raided_is_no_raid(nlp: Any) -> None:
    events = rules(nlp, "The opposition argued that the government had raided the pension fund.")
    assert not any(e.root_code == "19" for e in events), events


def test_a_politician_fought_in_words(nlp: Any) -> None:
    events = rules(nlp, "Senator Ted Cruz fought President Barack Obama over the health law.")
    assert {e.root_code for e in events if e.trigger.text == "fought"} == {"11"}, events
