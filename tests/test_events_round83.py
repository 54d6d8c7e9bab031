"""Round 83 (events issue 4, events.cameo@186 to @190): errors read on corpus articles
outside the gold. People who "exchange shots" with no weapon in the sentence exchange words;
one's own deed regretted is an apology; the argument model pairs no two members of one
phrase; a dateline after a photo credit's line is no party (@186). A thing's launch is no
show of force; fighting against extradition is no fight (@187). Attacks linked to a cause
are not the linker's; a person's attack on an idea is in words (@188). Exempting a party from
a measure eases it; accepting a court's ruling yields to it (@189). Demanding a report's
release asks for information (@190). Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from newsgraph.extract.eventcoder.actors import ResolvedActor
from newsgraph.extract.events import _one_phrase
from tests.test_events_round12 import dyads, rules


def test_politicians_exchanging_shots_exchange_words(nlp: Any) -> None:
    found = [e for e in rules(nlp, "Modi, Gandhi exchange shots as election nears.")]
    assert found and all(e.root_code == "11" for e in found)


def test_troops_exchanging_shots_still_fight(nlp: Any) -> None:
    text = "Indian and Pakistani troops exchanged shots across the border."
    assert any(e.root_code == "19" for e in rules(nlp, text))


def test_ones_own_remarks_regretted_are_an_apology(nlp: Any) -> None:
    text = "Japanese Prime Minister Taro Aso regrets his remarks about China."
    assert ("JPN", "CHN", "05") in dyads(rules(nlp, text), "regrets")


def test_anothers_decision_regretted_is_disapproval(nlp: Any) -> None:
    text = "The Japanese government regrets China's decision to close the border."
    assert ("JPN", "CHN", "11") in dyads(rules(nlp, text), "regrets")


def test_no_model_pair_inside_one_phrase() -> None:
    usa = ResolvedActor("American and British regulators", 20, 51, "USAGOV")
    gbr = ResolvedActor("American and British regulators", 20, 51, "GBRGOV")
    other = ResolvedActor("Canada", 60, 66, "CAN")
    assert _one_phrase(usa, gbr)
    assert not _one_phrase(usa, other) and not _one_phrase(usa, None)


def test_a_dateline_after_a_photo_credit_line_is_no_party(nlp: Any) -> None:
    text = (
        "Photo\nTOKYO, Japan — North Korea fired two ballistic missiles toward South Korea on "
        "Monday, the Japanese defence ministry said."
    )
    found = [e for e in rules(nlp, text) if e.root_code == "15"]
    assert found and all(e.source and e.source.actor_code == "PRK" for e in found)


def test_a_things_launch_is_no_show_of_force(nlp: Any) -> None:
    text = (
        "Nintendo says the console is selling well. The console's European launch was put "
        "back by a few months last week."
    )
    assert not any(e.root_code == "15" for e in rules(nlp, text))


def test_a_states_launch_is_still_one(nlp: Any) -> None:
    text = "Pyongyang conducted another launch on Sunday. North Korea's launch alarmed Tokyo."
    assert any(e.root_code == "15" for e in rules(nlp, text))


def test_fighting_against_extradition_is_no_fight(nlp: Any) -> None:
    text = "The Australian hacker is still fighting against extradition to the United States."
    assert not any(e.root_code in ("18", "19") for e in rules(nlp, text))


def test_attacks_linked_to_another_are_not_the_linkers(nlp: Any) -> None:
    text = "The Egyptian government linked the rocket attacks to Sudan on Monday."
    found = [e for e in rules(nlp, text) if e.root_code in ("18", "19")]
    assert not any(e.source and (e.source.actor_code or "").startswith("EGY") for e in found)


def test_a_persons_attack_on_an_idea_is_in_words(nlp: Any) -> None:
    text = "Senator Maria Cantwell renewed her fierce attack on the free trade consensus."
    found = [e for e in rules(nlp, text) if e.trigger.text.startswith("attack")]
    assert found and all(e.root_code == "11" for e in found)


def test_a_leaders_attack_on_a_port_is_armed(nlp: Any) -> None:
    text = "President Putin ordered an attack on the Ukrainian port of Odesa."
    assert any(e.root_code == "19" for e in rules(nlp, text))


def test_exempting_a_party_from_a_measure_eases_it(nlp: Any) -> None:
    text = "The United States exempted Mexico from the new steel tariffs."
    assert ("USA", "MEX", "08") in dyads(rules(nlp, text), "exempted")


def test_accepting_a_courts_ruling_yields_to_it(nlp: Any) -> None:
    text = "The Polish government accepted the ruling of the Supreme Court of Poland."
    found = [e for e in rules(nlp, text) if e.trigger.text == "accepted"]
    assert found and all(e.root_code == "08" for e in found)


def test_demanding_a_reports_release_asks_for_information(nlp: Any) -> None:
    text = (
        "Labour MPs demanded the immediate release of the full inquiry report from the Home Office."
    )
    found = [e for e in rules(nlp, text) if e.trigger.text == "demanded"]
    assert found and all(e.code == "101" for e in found)


def test_demanding_prisoners_release_stays_a_demand_to_free_them(nlp: Any) -> None:
    text = "Germany demanded the release of the jailed journalists in Turkey."
    found = [e for e in rules(nlp, text) if e.trigger.text == "demanded"]
    assert found and all(e.code == "105" for e in found)
