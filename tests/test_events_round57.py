"""Round 57 (events issue 4, events.cameo@157): errors read on corpus articles outside the
gold. A condition put first by inverting its auxiliary ("Had Peru attacked Chile, ...") is
hypothetical; a relative pronoun in a verb's object slot ("cuts, with which he disagrees")
names what the verb is aimed at, so no party is borrowed from the sentences before; control
of a club or a chamber occupies no territory; "better advised to" advises no one; "made
transfers of oil to X" transfers to X; "the country" as the subject of what one country's
office says is that country; "leaders in Tehran" are Iran's; "a deadline to reach a deal"
reaches none; a fire drill is no show of force; "steps taken to control the border" take no
control; an aid one pledges to receive is no aid pledged. Sentences written for these
tests."""

from __future__ import annotations

from typing import Any

from tests.test_events_round12 import dyads, rules


def test_an_inverted_condition_is_hypothetical(nlp: Any) -> None:
    for text, trigger in (
        ("Had Peru shot down the Chilean plane, it could have faced a military response.", "shot"),
        ("Were Peru to invade Chile, Bolivia would respond.", "invade"),
        ("Bolivia would have protested had Peru attacked Chile.", "attacked"),
    ):
        events = [e for e in rules(nlp, text) if e.trigger.text.startswith(trigger)]
        assert events, text
        assert all(e.mode == "hypothetical" for e in events), text
    # a past perfect told as a fact stays asserted
    text = "Peru had attacked Chile before Bolivia met the Peruvian president."
    events = [e for e in rules(nlp, text) if e.trigger.text == "attacked"]
    assert events and all(e.mode == "asserted" for e in events)


def test_a_relative_object_borrows_no_party(nlp: Any) -> None:
    text = (
        "The Peruvian president met Chile's foreign minister in Lima. "
        "Some Peruvian senators have called for cuts in military spending, with which the "
        "Peruvian president disagrees."
    )
    assert not [
        e for e in rules(nlp, text) if e.trigger.text == "disagrees" and e.target is not None
    ]
    text = (
        "The Peruvian president met Chile's foreign minister in Lima. "
        "The Peruvian president disagrees."
    )
    assert ("PER", "CHL", "11") in dyads(rules(nlp, text), "disagrees")


def test_control_of_a_club_or_chamber_is_no_occupation(nlp: Any) -> None:
    for text in (
        "A bid of 300 pence a share would be enough for the Peruvian tycoon to take control "
        "of the club.",
        "Chile's conservatives took control of the Senate in the election.",
        "The Peruvian fund seized control of the Chilean company Codelco.",
    ):
        assert not [e for e in rules(nlp, text) if e.root_code == "19"], text
    text = "Peruvian troops took control of the Chilean town of Arica."
    assert ("PER", "CHL", "19") in dyads(rules(nlp, text), "took")


def test_better_advised_advises_no_one(nlp: Any) -> None:
    text = "Peru would be much better advised to leave Chile's affairs well alone."
    assert not [e for e in rules(nlp, text) if e.root_code == "02"]
    text = "Peru was advised by Chile to wait for the ruling."
    assert ("CHL", "PER", "02") in dyads(rules(nlp, text), "advised")


def test_a_transfer_made_to_someone(nlp: Any) -> None:
    for text in (
        "Peruvian ships made transfers of oil to Chilean vessels.",
        "Peru made transfers of oil to Chile.",
    ):
        assert ("PER", "CHL", "06") in dyads(rules(nlp, text), "transfers of"), text
    # the oil is what is transferred, no party
    text = "Peru's transfers of oil continued."
    assert dyads(rules(nlp, text), "transfers of") == {("PER", None, "06")}


def test_the_country_of_the_one_who_says_it(nlp: Any) -> None:
    text = "Peruvian state media said the country has detained a Chilean student."
    assert ("PER", "CHL", "17") in dyads(rules(nlp, text), "detained")
    text = "Chile's foreign ministry said the country would expel two Peruvian diplomats."
    assert ("CHL", "PER", "17") in dyads(rules(nlp, text), "expel")
    # another country named before it leaves "the country" open
    text = "Chile's ministry said Peru had insulted the country."
    assert not [e for e in rules(nlp, text) if e.trigger.text == "insulted" and e.target]


def test_leaders_in_a_capital_are_its_government(nlp: Any) -> None:
    text = "Leaders in Lima denied that they had insulted Chile."
    events = [e for e in rules(nlp, text) if e.trigger.text == "denied"]
    assert events and events[0].source is not None
    assert events[0].source.actor_code == "PERGOV"


def test_an_infinitive_relative_names_an_act_to_come(nlp: Any) -> None:
    text = "Peru faces a March 1 deadline to reach a deal with Chile in trade talks."
    events = [e for e in rules(nlp, text) if e.trigger.text == "reach"]
    assert events and all(e.mode != "asserted" for e in events)
    text = "Peru reached a deal with Chile in trade talks."
    assert ("PER", "CHL", "05") in dyads(rules(nlp, text), "reached")


def test_a_fire_drill_is_no_show_of_force(nlp: Any) -> None:
    text = "The Peruvian senator called Chile's pension system a Chinese fire drill."
    assert not [e for e in rules(nlp, text) if e.root_code == "15"]
    for text in (
        "Peru held military drills near the border with Chile.",
        "Peru's defence ministry announced a live-fire missile drill near Chile.",
    ):
        assert [e for e in rules(nlp, text) if e.root_code == "15"], text


def test_steps_taken_to_control_a_border_take_no_control(nlp: Any) -> None:
    text = (
        "“We keep seeing positive results because of the steps taken by the Trump "
        "Administration to control the border and uphold the law,” the chief said."
    )
    assert not [e for e in rules(nlp, text) if e.root_code == "19"]


def test_aid_pledged_to_be_received_is_no_aid_pledged(nlp: Any) -> None:
    text = (
        "The Peruvian president pledged that his country would receive humanitarian aid from Chile."
    )
    assert not [e for e in rules(nlp, text) if e.trigger.text == "pledged" and e.code == "033"]
    text = "The Peruvian president pledged to send humanitarian aid to Chile."
    assert ("PER", "CHL", "03") in dyads(rules(nlp, text), "pledged")
