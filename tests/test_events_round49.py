"""Round 49 (events issue 4, events.cameo@144): errors read on corpus articles outside the
gold. A launch or test named by the bare noun in an article that names no arms is no show of
force; "talk against" someone is criticism; one "about to" act has not yet; a noun the parser
took for "console" consoles no one; a threat that "will exist" is a danger, none made; a
relative clause set off by a comma names no target for the act it hangs on; the deed one is
sentenced for is one's own, for the model too; a campaign rally is no protest; a threat on a
condition is aimed at whom the condition asks; a country named beside a city is a place;
standing by one's own words, or handing over the reins, is no event; nor is meeting a
standard, heading for trouble, asking for anonymity or fighting a subpoena; the title an
article gives a person beats the leader table, and a namesake with another first name is no
listed leader to the coder either. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from tests.test_events_model import analyse
from tests.test_events_round12 import dyads, rules


def test_a_bare_launch_in_an_article_without_arms_shows_no_force(nlp: Any) -> None:
    text = (
        "Peru's ruling party held a campaign launch on Monday. "
        "The president was joined at the launch by two ministers."
    )
    assert not [e for e in rules(nlp, text) if e.root_code == "15"]
    text = "Peru launched a rocket on Monday. The launch came as Chile held drills."
    found = [e for e in rules(nlp, text) if e.trigger.text == "launch"]
    assert found and all(e.root_code == "15" for e in found), found


def test_talk_against_someone_is_criticism(nlp: Any) -> None:
    text = "The tariffs follow the Peruvian president's tough talk against Chile's trade abuses."
    found = [e for e in rules(nlp, text) if e.trigger.text.startswith("talk")]
    assert found and all(e.root_code == "11" for e in found), found
    found = dyads(rules(nlp, "Peru held talks with Chile on Monday."), "talks")
    assert ("PER", "CHL", "04") in found


def test_one_about_to_act_has_not_yet(nlp: Any) -> None:
    found = [e for e in rules(nlp, "Peru is about to attack Chile.") if e.root_code == "19"]
    assert found and all(e.mode == "future" for e in found), found


def test_consoling_names_whom(nlp: Any) -> None:
    text = "Peru and Chile are preparing the way for the launches of their next generation consoles."
    assert not dyads(rules(nlp, text), "consoles")
    found = dyads(rules(nlp, "Chile consoled the families of the victims."), "consoled")
    assert ("CHL", None, "01") in found


def test_a_threat_that_will_exist_is_a_danger(nlp: Any) -> None:
    text = (
        "For years, Peru has tried to weigh the potential of Chile now, versus the real threat "
        "that will exist later."
    )
    assert not [e for e in rules(nlp, text) if e.trigger.text == "threat"]


def test_an_aside_names_no_target(nlp: Any) -> None:
    found = dyads(rules(nlp, "Peru signed the new trade deal, which excludes Chile."), "signed")
    assert found and all(target is None for _, target, _ in found), found
    text = "Bolivia signed a deal to import gas from Chile."
    assert ("BOL", "CHL", "05") in dyads(rules(nlp, text), "signed")


def test_the_deed_one_is_sentenced_for_is_one_s_own(nlp: Any) -> None:
    text = "A Peruvian court sentenced the former Chilean president for insulting the judiciary."
    events = analyse(nlp, text, "2026-02-17", {"event_min_confidence": 0.0})[0]
    found = dyads(events, "insulting")
    assert found and all(source == "CHL" for source, _, _ in found), found


def test_a_campaign_rally_is_no_protest(nlp: Any) -> None:
    for text in (
        "The Peruvian president told supporters at a rally in Cusco that Chile must pay.",
        "The Peruvian president spoke at a campaign rally in Cusco.",
    ):
        assert not dyads(rules(nlp, text), "rally"), text
    text = "Thousands of Peruvian students held a rally against the new law in Lima."
    assert dyads(rules(nlp, text), "rally")


def test_a_threat_on_a_condition_is_aimed_at_whom_it_asks(nlp: Any) -> None:
    text = "Peru threatened to close the border unless Bolivia paid its debt."
    assert ("PER", "BOL", "13") in dyads(rules(nlp, text), "threatened")
    # not the other party of the talks the sentence names
    text = "In talks with Chile, Peru threatened to close the border unless Bolivia paid its debt."
    assert dyads(rules(nlp, text), "threatened") == {("PER", "BOL", "13")}


def test_a_country_named_beside_a_city_is_a_place(nlp: Any) -> None:
    text = "Peru condemned the terrorist attack in Santiago, Chile, on Monday."
    events = analyse(nlp, text, "2026-02-17", {"event_min_confidence": 0.0})[0]
    found = dyads(events, "condemned")
    assert found and all(target != "CHL" for _, target, _ in found), found


def test_standing_by_one_s_words_or_handing_over_the_reins_is_no_event(nlp: Any) -> None:
    assert not dyads(rules(nlp, "Bolivia has stood by its comments about Chile."), "stood by")
    assert ("BOL", "CHL", "05") in dyads(rules(nlp, "Bolivia stood by Chile."), "stood by")
    text = "The Peruvian minister handed the reins over to Chile's ambassador."
    assert not [e for e in rules(nlp, text) if e.trigger.text.startswith("hand")]


def test_meeting_a_standard_or_heading_for_trouble_is_no_event(nlp: Any) -> None:
    text = "Peru had failed to take the steps needed to meet the criterion, Chile said."
    assert not dyads(rules(nlp, text), "meet")
    text = "Peru and Chile are headed for a bout of turbulence."
    assert not dyads(rules(nlp, text), "headed for")
    assert ("PER", "CHL", "04") in dyads(rules(nlp, "Peru's president headed for Chile."), "headed for")


def test_asking_for_anonymity_or_fighting_a_subpoena_is_no_event(nlp: Any) -> None:
    text = "A Peruvian official, who requested anonymity to discuss the talks, said Chile agreed."
    assert not dyads(rules(nlp, text), "requested")
    text = "The Peruvian government has said it will fight the Chilean subpoena."
    assert not dyads(rules(nlp, text), "fight")


def test_the_article_s_own_title_beats_the_leader_table(nlp: Any) -> None:
    text = "Belgian Prime Minister Charles Michel called Chile's response unacceptable."
    found = dyads(rules(nlp, text), "unacceptable")
    assert ("BEL", "CHL", "11") in found, found
    found = dyads(rules(nlp, "Charles Michel called Chile's response unacceptable."), "unacceptable")
    assert ("IGO", "CHL", "11") in found, found


def test_weighing_in_or_offering_an_answer_is_no_event(nlp: Any) -> None:
    text = "The Peruvian minister weighed in on the dispute between Chile and Bolivia."
    assert not [e for e in rules(nlp, text) if e.trigger.text.startswith("weigh")]
    assert not dyads(rules(nlp, "Peru offered an emphatic yes when asked about Chile."), "offered")
    found = dyads(rules(nlp, "Peru offered Chile a loan."), "offered")
    assert ("PER", "CHL", "03") in found


def test_pushing_back_hard_is_no_appeal(nlp: Any) -> None:
    text = "Chilean lawmakers pushed back hard on the Peruvian proposal."
    assert not [e for e in rules(nlp, text) if e.root_code == "02"]


def test_one_unplaced_after_the_particle_leaves_no_target_to_guess(nlp: Any) -> None:
    text = (
        "As Peru's president appears set to veto a bill that would let families sue Chile, "
        "the Peruvian foreign minister disagrees with her former boss."
    )
    found = dyads(rules(nlp, text), "disagrees with")
    assert found and all(target != "CHL" for _, target, _ in found), found


def test_a_namesake_of_a_listed_leader_is_no_leader_to_the_coder(nlp: Any) -> None:
    for text in (
        "Adam Braverman praised the Chilean president.",
        "Hunter Biden praised the Chilean president.",
    ):
        found = dyads(rules(nlp, text), "praised")
        assert found and all(source is None for source, _, _ in found), (text, found)
    text = "Australian Prime Minister John Howard praised the Chilean president."
    assert ("AUS", "CHL", "05") in dyads(rules(nlp, text), "praised")
    assert ("USA", "CHL", "05") in dyads(rules(nlp, "Biden praised the Chilean president."), "praised")
