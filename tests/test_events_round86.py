"""Round 86 (events issue 4, events.cameo@193): errors read on corpus articles outside the
gold. A dateline set off by two hyphens or a horizontal bar ("WASHINGTON -- ...") is no
party; an office acts for the one who holds it ("Netanyahu's office", "the office of the
Chilean prosecutor"); an embassy "in" a city visits nobody; a threat a country faces is no judgement of it;
a person's own title with "of" and a country ("Prime Minister Charles Michel of Belgium") or
in apposition beats the office the leaders' table knows them by. Sentences written for these
tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_events_round12 import dyads, rules


@pytest.mark.parametrize("dash", ["--", "\u2015"])
def test_a_dateline_before_two_hyphens_or_a_bar_is_no_party(nlp: Any, dash: str) -> None:
    text = (
        f"LIMA {dash} The office of the Chilean prosecutor has asked Argentine President "
        "Alberto Fernandez for documents."
    )
    found = [e for e in rules(nlp, text) if e.trigger.text == "asked"]
    assert found and all(e.source and e.source.actor_code == "CHLJUD" for e in found)


def test_an_office_acts_for_its_holder(nlp: Any) -> None:
    for text, code in (
        ("Netanyahu's office criticised the Palestinian Authority on Monday.", "ISRGOV"),
        ("The Chilean attorney general's office has subpoenaed documents from Peru.", "CHLJUD"),
    ):
        found = [e for e in rules(nlp, text) if e.root_code in ("10", "11")]
        assert found and all(e.source and e.source.actor_code == code for e in found), text


def test_an_embassy_in_a_city_visits_nobody(nlp: Any) -> None:
    text = (
        "The Peruvian ambassador said he would work from the embassy in Santiago, even though "
        "the Peruvian embassy is in Valparaiso."
    )
    assert not any(e.root_code == "04" for e in rules(nlp, text))


def test_an_official_in_a_capital_still_visits_it(nlp: Any) -> None:
    text = (
        "The Peruvian foreign minister was in Santiago on Monday, where he praised the "
        "Chilean government."
    )
    assert ("PER", "CHL", "04") in dyads(rules(nlp, text), "was")


def test_a_threat_a_country_faces_is_no_judgement_of_it(nlp: Any) -> None:
    text = (
        "\u201cThe country is still facing a serious and imminent threat,\u201d said the "
        "Belgian prime minister."
    )
    assert not any(e.root_code == "11" for e in rules(nlp, text))


def test_a_country_called_a_threat_is_judged(nlp: Any) -> None:
    text = "\u201cRussia is a threat to Europe,\u201d said the Belgian prime minister."
    assert ("BEL", "RUS", "11") in dyads(rules(nlp, text), "threat")


def test_an_own_title_with_of_a_country_beats_the_leaders_table(nlp: Any) -> None:
    # the leaders' table knows Charles Michel from his later office at the EU
    text = "Prime Minister Charles Michel of Belgium criticised Russia on Monday."
    found = [e for e in rules(nlp, text) if e.trigger.text == "criticised"]
    assert found and all(e.source and e.source.actor_code == "BELGOV" for e in found)


def test_an_own_title_in_apposition_beats_the_leaders_table(nlp: Any) -> None:
    text = "Charles Michel, Belgium's prime minister, criticised Russia on Monday."
    found = [e for e in rules(nlp, text) if e.trigger.text == "criticised"]
    assert found and all(e.source and e.source.actor_code == "BELGOV" for e in found)
