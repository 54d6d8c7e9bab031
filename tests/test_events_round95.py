"""Round 95 (events issue 4, events.cameo@205): errors read on dev sentences coded with the
wrong root. Welcoming refugees or migrants is granting asylum (075), not praise; hosting
troops or marines is military cooperation (062), not a visit hosted; banning demonstrations,
rallies or parties is an administrative sanction (172), not an embargo; firing both barrels or a
broadside at someone is criticism (111), not gunfire; ordering one's own staff to leave a country
is a withdrawal from it (166), not an expulsion (and, events.cameo@206, blaming a thing "by"
someone blames its author). Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from tests.test_events_round12 import rules


def _codes_of(nlp: Any, text: str, trigger: str) -> set[str]:
    return {e.code for e in rules(nlp, text) if e.trigger.text == trigger}


def test_welcoming_refugees_is_granting_asylum(nlp: Any) -> None:
    assert _codes_of(nlp, "Chile welcomed more than a million refugees in 2015.", "welcomed") == {
        "075"
    }


def test_welcoming_a_delegation_is_still_hosting_it(nlp: Any) -> None:
    text = "Chile welcomed a Peruvian delegation on Monday."
    assert _codes_of(nlp, text, "welcomed") == {"043"}


def test_hosting_troops_is_military_cooperation(nlp: Any) -> None:
    text = "Chile hosts about 2,500 Peruvian troops near Arica."
    assert _codes_of(nlp, text, "hosts") == {"062"}


def test_banning_demonstrations_is_an_administrative_sanction(nlp: Any) -> None:
    text = "The Chilean government has banned all unauthorized demonstrations in Santiago."
    assert _codes_of(nlp, text, "banned") == {"172"}


def test_firing_both_barrels_is_criticism(nlp: Any) -> None:
    text = "Boric used his speech to fire both barrels at Peru's government."
    assert _codes_of(nlp, text, "fire") == {"111"}


def test_ordering_ones_own_staff_to_leave_is_a_withdrawal(nlp: Any) -> None:
    text = "Chile has ordered all non-emergency staff stationed in Peru to leave the country."
    found = {(e.code, e.target.actor_code if e.target else None) for e in rules(nlp, text)}
    assert ("166", "PER") in found, found


def test_ordering_anothers_diplomats_to_leave_is_still_an_expulsion(nlp: Any) -> None:
    text = "Chile ordered Peru's ambassador to leave the country."
    assert _codes_of(nlp, text, "ordered") == {"174"}


def test_blaming_a_thing_by_someone_blames_its_author(nlp: Any) -> None:
    text = (
        "Ana Soto has blamed two letters to Congress by Peruvian minister Luis Castillo for "
        "her defeat."
    )
    found = {e.target.actor_code[:3] for e in rules(nlp, text) if e.target and e.code == "112"}
    assert "PER" in found, found
