"""Who did it and to whom (task I-A6): datelines, flagged ships, role words among modifiers,
names in apposition, "the North"/"the South", armed groups against their own country, titled
descriptions, and the demonym and capital tables. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.extract import actors
from newsgraph.extract.eventcoder.actors import _name_code, actor_table
from tests.test_events_discourse import code_of, resolver
from tests.test_events_model import analyse, find


@pytest.mark.parametrize(
    ("word", "code"),
    [("Turkmen", "TKM"), ("Moldovan", "MDA"), ("Lithuanian", "LTU"), ("Ivorian", "CIV")],
)
def test_actors6_demonyms_name_their_country(word: str, code: str) -> None:
    assert actors.country_of(word) == code


def test_actors6_capitals_are_governments_only_as_arguments() -> None:
    table = actor_table()
    assert _name_code("Ashgabat", table, as_argument=True) == "TKMGOV"
    assert _name_code("Ashgabat", table, as_argument=False) is None
    assert _name_code("Wellington", table, as_argument=False) is None  # a capital, no country


def test_actors6_organisation_names_with_an_ampersand() -> None:
    found = actors.organisation("Food & Agriculture Organization")
    assert found is not None and found.code == "IGOUNOAGRFAO"


def test_actors6_a_dateline_is_no_actor(nlp: Any) -> None:
    r = resolver(nlp, "VILNIUS (Reuters) - Officials met on Monday. Vilnius rejected the plan.")
    assert code_of(r, "VILNIUS") is None
    assert code_of(r, "Vilnius") == "LTUGOV"


def test_actors6_a_flag_names_the_country_of_a_ship(nlp: Any) -> None:
    r = resolver(nlp, "A Panamanian-flagged tanker rammed a fishing boat on Tuesday.")
    assert code_of(r, "tanker") == "PAN"


def test_actors6_a_role_word_among_modifiers_takes_the_possessive_country(nlp: Any) -> None:
    r = resolver(nlp, "Kenya's main opposition party rejected the election result.")
    assert code_of(r, "party") == "KENOPP"


def test_actors6_a_name_in_apposition_codes_its_description(nlp: Any) -> None:
    r = resolver(nlp, "Villagers were abducted by the militant group Boko Haram last year.")
    code = code_of(r, "group")
    assert code is not None and code[:3] == "NGA"


def test_actors6_the_north_and_the_south(nlp: Any) -> None:
    text = (
        "North Korea and South Korea held talks at the border. "
        "The South later accused the North of breaking the deal."
    )
    r = resolver(nlp, text)
    assert code_of(r, "South", 1) == "KOR"
    assert code_of(r, "North", 1) == "PRK"


def test_actors6_the_south_is_no_country_when_two_could_be_meant(nlp: Any) -> None:
    text = (
        "South Korea and South Sudan signed a trade deal. "
        "The South later denied reports of a dispute."
    )
    r = resolver(nlp, text)
    assert code_of(r, "South", 2) is None


def test_actors6_an_armed_group_acts_on_its_own_country(nlp: Any) -> None:
    # the fighters are the group (COLREB), not Colombia's state: two actors of one country
    events, _ = analyse(nlp, "FARC fighters kidnapped Colombian villagers on Monday.")
    assert find(events, "COL", "COL", "18"), [(e.source, e.target, e.code) for e in events]


def test_actors6_the_senator_is_the_senator_named_before(nlp: Any) -> None:
    text = (
        "U.S. Sen. Elizabeth Warren spoke in Boston on Monday. "
        "The senator criticised Russia over the cyberattacks."
    )
    r = resolver(nlp, text)
    code = code_of(r, "senator")
    assert code is not None and code[:3] == "USA"


def test_actors6_a_bare_title_abstains_between_two_office_holders(nlp: Any) -> None:
    text = (
        "Tony Blair met Italian Prime Minister Silvio Berlusconi in London. "
        "Mr Blair said the talks went well. "
        'His spokesman said: "The prime minister has regular meetings with him."'
    )
    r = resolver(nlp, text)
    assert code_of(r, "minister") in (None, "GBRGOV")
