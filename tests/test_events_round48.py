"""Round 48 (events issue 4, events.cameo@141): more errors read on corpus articles outside
the gold. Charging a price is no accusation; blame one "gets" is undergone; the deed one is
"charged with" is the charged one's; a leader listed by surname is no namesake with another
first name ("Adam L. Braverman" is no Suella Braverman); "attacked X as soft on security" is
an attack in words. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from tests.test_events_round12 import dyads, rules


def test_charging_a_price_is_no_accusation(nlp: Any) -> None:
    assert not dyads(rules(nlp, "Peru charges a 10 percent tariff on cars from Chile."), "charges")
    found = dyads(rules(nlp, "Peru charged Chile with violating the treaty."), "charged")
    assert ("PER", "CHL", "17") in found


def test_the_deed_one_is_charged_with_is_one_s_own(nlp: Any) -> None:
    found = dyads(rules(nlp, "Peru charged Chile with violating the treaty."), "violating")
    assert found and all(source == "CHL" for source, _, _ in found), found


def test_blame_one_gets_is_undergone(nlp: Any) -> None:
    found = dyads(rules(nlp, "Bolivia got the blame for the clashes."), "blame")
    assert (None, "BOL", "11") in found


def test_a_leader_s_namesake_is_no_leader() -> None:
    from newsgraph.extract.actors import leader

    namesake = leader("Adam L. Braverman")
    assert namesake is None
    holder = leader("Suella Braverman")
    assert holder is not None and holder.code == "GBRGOV"
    assert leader("Braverman") == holder
    putin = leader("Vladimir V. Putin")
    assert putin is not None and putin.code == "RUSGOV"
    assert leader("President Putin") == putin
    assert leader("Hunter Biden") is None


def test_an_attack_calling_someone_names_is_in_words(nlp: Any) -> None:
    text = "Peru's president attacked the Chilean minister as soft on border security."
    found = dyads(rules(nlp, text), "attacked")
    assert found and all(root == "11" for _, _, root in found), found
    text = "Peruvian troops attacked Chilean forces as part of the offensive."
    found = dyads(rules(nlp, text), "attacked")
    assert found and all(root == "19" for _, _, root in found), found
