"""Round 33 of the rules (events issue 4, events.cameo@116): a hope of others whose long subject
the parser takes for the verb's object ("we hope Peru and Bolivia, and any other countries with
influence, will help") is still an appeal to them; defending a named person is a verbal defence
(052), one's own decision defended is none; a bomb detonated is a show of force; blocking a
proposal or a person is a rejection, aimed at whoever put the proposal forward; a named person
suspended is restricted (172); an appeal to one's followers or staff, or a meeting with one's
own officials, is aimed at one's own country; treating a deed as a wrong judges its doer; what
one says one will not tolerate one warns against (130); courting another is diplomacy (050);
saying another is an ally or a partner endorses it (051). Sentences written for these tests,
parsed by the real spaCy model (rules alone)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_events_round12 import dyads, rules


def test_a_hope_of_others_misparsed_as_an_object_is_an_appeal(nlp: Any) -> None:
    text = (
        "We hope Peru and Bolivia, and any other countries with influence, will help to end "
        'the dispute," said Chilean Foreign Minister Alberto van Klaveren.'
    )
    found = dyads(rules(nlp, text), "hope")
    assert {("CHL", "PER", "02"), ("CHL", "BOL", "02")} <= found, found


def test_defending_a_named_person_is_a_verbal_defence(nlp: Any) -> None:
    text = "Chile's foreign minister defended President Dina Boluarte of Peru for opening the border."
    assert ("CHL", "PER", "05") in dyads(rules(nlp, text), "defended")


def test_defending_ones_own_decision_is_no_event(nlp: Any) -> None:
    events = rules(nlp, "Chile's president defended his decision to close the border with Peru.")
    assert not dyads(events, "defended"), events


def test_a_detonated_bomb_is_a_show_of_force(nlp: Any) -> None:
    found = dyads(rules(nlp, "Late on Sunday North Korea detonated a hydrogen bomb."), "detonated")
    assert ("PRK", None, "15") in found, found


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Chile blocked the tough sanctions on Bolivia that Peru proposed at the meeting.",
         ("CHL", "PER", "12")),
        ("Chile blocked Peruvian President Dina Boluarte from attending the summit.",
         ("CHL", "PER", "12")),
    ],
)
def test_blocking_a_proposal_or_a_person_is_a_rejection(
    nlp: Any, text: str, dyad: tuple[str, str, str]
) -> None:
    assert dyad in dyads(rules(nlp, text), "blocked"), text


def test_a_named_person_suspended_is_restricted(nlp: Any) -> None:
    text = "Peru's interior ministry on Thursday suspended Juan Carlos Rodriguez, a Chilean diplomat."
    found = dyads(rules(nlp, text), "suspended")
    assert any(d[0] == "PER" and d[2] == "17" for d in found), found


@pytest.mark.parametrize(
    ("text", "trigger", "dyad"),
    [
        ("Peru's president urged supporters to march on Wednesday.", "urged", ("PER", "PER", "02")),
        ("The Chilean foreign ministry urged staff to leave the embassy in Lima.", "urged",
         ("CHL", "CHL", "02")),
        ("Chile's president met with his top military and police officials on Monday.", "met with",
         ("CHL", "CHL", "04")),
    ],
)
def test_an_appeal_to_ones_followers_is_aimed_at_home(
    nlp: Any, text: str, trigger: str, dyad: tuple[str, str, str]
) -> None:
    assert dyad in dyads(rules(nlp, text), trigger), text


def test_foreigners_and_others_officials_are_not_ones_own(nlp: Any) -> None:
    foreign = dyads(rules(nlp, "Chile's president urged foreign residents to leave."), "urged")
    assert ("CHL", "CHL", "02") not in foreign, foreign
    met = dyads(rules(nlp, "Chile's president met with Peruvian officials on Monday."), "met with")
    assert ("CHL", "PER", "04") in met and ("CHL", "CHL", "04") not in met, met


def test_treating_a_deed_as_a_wrong_judges_its_doer(nlp: Any) -> None:
    found = dyads(rules(nlp, "Chile treats Peru's new border law as a hostile act."), "hostile")
    assert ("CHL", "PER", "11") in found, found


@pytest.mark.parametrize(
    ("text", "trigger", "dyad"),
    [
        ("Chile will not tolerate Peru's incursions into its waters.", "tolerate",
         ("CHL", "PER", "13")),
        ("Incursions by Peru will not be tolerated, the Chilean navy said.", "tolerated",
         ("CHL", "PER", "13")),
    ],
)
def test_what_one_will_not_tolerate_one_warns_against(
    nlp: Any, text: str, trigger: str, dyad: tuple[str, str, str]
) -> None:
    events = [e for e in rules(nlp, text) if not e.negated and e.mode in ("asserted", "reported")]
    assert dyad in dyads(events, trigger), text


def test_what_was_not_tolerated_is_no_warning(nlp: Any) -> None:
    events = rules(nlp, "Chile did not tolerate Peru's incursions into its waters.")
    assert not any(e.root_code == "13" for e in events), events


def test_courting_another_is_diplomacy(nlp: Any) -> None:
    text = "Chile has been courting Peruvian President Dina Boluarte for months."
    assert ("CHL", "PER", "05") in dyads(rules(nlp, text), "courting")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Chile's president said Peruvian President Dina Boluarte is one of his closest allies.",
         "allies"),
        ("\"Peru is Chile's most important partner,\" Chilean President Gabriel Boric said.",
         "partner"),
    ],
)
def test_naming_another_a_friend_endorses_it(nlp: Any, text: str, trigger: str) -> None:
    assert ("CHL", "PER", "05") in dyads(rules(nlp, text), trigger), text


@pytest.mark.parametrize(
    "text",
    [
        "Chile's president said Peru is no friend of Bolivia.",
        "Chile's president said Peru is an ally of Bolivia.",
    ],
)
def test_no_friend_or_anothers_ally_is_no_endorsement(nlp: Any, text: str) -> None:
    assert not any(e.code == "051" for e in rules(nlp, text)), text
