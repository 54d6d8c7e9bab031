"""Round 100 (events issue 4, events.cameo@226): errors read on the dev gold and on corpus
articles outside it. What a judge condemns "as violating" something is done by the one it
condemns, not by the judge; a name joined to "-era" is a time, no party; an appeal for
something between two parties is made to both; "waging" and "staged" are read as "wage" and
"stage" (the small model's lemmas are "wag" and "stag"), and a verb that carries a noun the
lexicon reads on its own ("waging a trade war", "waged a war on drugs") leaves the act to the
noun; a warning that one's own side is ready to take a measure threatens no one named.
Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from tests.test_events_round12 import dyads, rules


def test_what_is_condemned_as_violating_is_done_by_the_one_condemned(nlp: Any) -> None:
    text = "Chile condemned Bolivia's missile tests as violating U.N. sanctions."
    events = rules(nlp, text)
    assert ("IGO", "BOL", "16") in dyads(events, "sanctions")
    assert not any(e.source and e.source.text == "Chile" for e in events if e.root_code != "11")


def test_a_name_joined_to_era_is_no_party(nlp: Any) -> None:
    text = "President Trump is sharply criticizing an Obama-era agreement with Mexico."
    found = dyads(rules(nlp, text), "criticizing")
    assert ("USA", "MEX", "11") in found, found
    assert ("USA", "USA", "11") not in found, found


def test_an_appeal_for_calm_between_two_parties_is_made_to_both(nlp: Any) -> None:
    text = "Chilean President Gabriel Boric urged a de-escalation of tensions between Peru and Bolivia."
    found = dyads(rules(nlp, text), "urged")
    assert ("CHL", "PER", "02") in found, found
    assert ("CHL", "BOL", "02") in found, found


def test_a_war_being_waged_is_read_with_the_models_slip_put_right(nlp: Any) -> None:
    text = "Peru waged war on Ecuador in 1995."
    assert ("PER", "ECU", "19") in dyads(rules(nlp, text), "waged")


def test_a_war_waged_in_a_relative_clause_is_its_subjects(nlp: Any) -> None:
    text = "Critics praised the war the United States has been waging in Syria."
    found = dyads(rules(nlp, text), "waging")
    assert found and all(s == "USA" and r == "19" for s, _, r in found), found


def test_a_trade_war_being_waged_is_a_trade_war(nlp: Any) -> None:
    text = "The Chilean government is waging a trade war against Argentina."
    events = rules(nlp, text)
    assert [e.root_code for e in events] == ["16"], [(e.trigger.text, e.code) for e in events]


def test_a_war_on_a_country_being_waged_is_read_from_the_noun(nlp: Any) -> None:
    text = "In 1932, Bolivia waged a long war on Paraguay."
    assert ("BOL", "PRY", "19") in dyads(rules(nlp, text), "war on")


def test_a_war_on_drugs_being_waged_is_no_force(nlp: Any) -> None:
    text = "The Peruvian president has waged a war on drugs for years."
    assert not [e for e in rules(nlp, text) if e.root_code == "19"]


def test_a_warning_that_ones_own_bloc_is_ready_to_act_threatens_no_one_named(nlp: Any) -> None:
    text = "Macron warned that the European Union was ready to impose more sanctions."
    events = rules(nlp, text)
    assert not any(e.target and e.target.text == "European Union" for e in events), [
        (e.trigger.text, e.code, e.target) for e in events
    ]


def test_a_warning_that_a_party_would_face_sanctions_still_threatens_it(nlp: Any) -> None:
    text = "Macron warned that Russia would face more sanctions."
    assert ("FRA", "RUS", "13") in dyads(rules(nlp, text), "warned")
