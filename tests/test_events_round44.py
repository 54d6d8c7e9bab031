"""Round 44 (events issue 4, events.cameo@128 and @129): what a party is judged for is the owner's,
not its partner's ("criticized the Chilean government's talks with Peru" criticizes the
government); a body named by a phrase ("the Chilean government", "the Senate committee") is
another party than a named person of its country who acts on it, while the people or things
of a country ("Chilean troops", "Chilean strategy") are not bodies. An appeal to someone
named but not coded ("called on the lawmakers to condemn Peru") is not aimed at what it asks
for; a speech act the parser hangs on a said clause ("said Peru posed a threat, while also
criticizing Bolivia") is the speaker's; an act an adjective weighs ("it will be difficult for
Chile to cut ties") is not told. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from tests.test_events_round12 import dyads, rules


def test_the_owner_of_what_is_judged_is_the_target(nlp: Any) -> None:
    text = "Chilean Senator Felipe Kast criticized the Chilean government's talks with Peru."
    judged = dyads(rules(nlp, text), "criticized")
    assert ("CHL", "CHL", "11") in judged and not any(d[1] == "PER" for d in judged), judged
    text = "Bolivia criticized Chile's talks with Peru."
    assert ("BOL", "CHL", "11") in dyads(rules(nlp, text), "criticized")


def test_a_body_beside_a_named_person_of_its_country_is_another_party(nlp: Any) -> None:
    text = "Chilean Senator Felipe Kast met the Chilean government's trade negotiators in Santiago."
    assert ("CHL", "CHL", "04") in dyads(rules(nlp, text), "met")


def test_a_countrys_people_are_not_a_body_the_doer_acts_on(nlp: Any) -> None:
    text = "Chilean President Gabriel Boric ordered a review of Chilean strategy."
    assert not [d for d in dyads(rules(nlp, text), "ordered") if d[1] is not None]


def test_an_appeal_to_someone_unnamed_is_not_aimed_at_what_it_asks_for(nlp: Any) -> None:
    # the one asked is named but is no party we can code: the target stays unknown, not Peru
    text = "Chile's president called on the lawmakers to condemn Peru."
    assert not [d for d in dyads(rules(nlp, text), "called on") if d[1] == "PER"]
    text = "Chile's president called on Bolivia to condemn Peru."
    assert ("CHL", "BOL", "02") in dyads(rules(nlp, text), "called on")
    # the one asked as the subject of the clause asked for
    text = "Chile's president called for Bolivia to condemn Peru."
    assert ("CHL", "BOL", "02") in dyads(rules(nlp, text), "called")


def test_a_speech_act_hung_on_the_said_clause_is_the_speakers(nlp: Any) -> None:
    text = (
        "Chile's foreign minister said that Peru posed a serious threat, while also "
        "criticizing Bolivia for its silence."
    )
    criticized = dyads(rules(nlp, text), "criticizing")
    assert ("CHL", "BOL", "11") in criticized and not any(d[0] == "PER" for d in criticized)


def test_an_act_weighed_by_an_adjective_is_not_told(nlp: Any) -> None:
    events = rules(nlp, "It will be very difficult for Chile to cut ties with Peru.")
    cut = [e for e in events if e.trigger.text == "cut"]
    assert cut and all(e.mode == "hypothetical" for e in cut), events
    events = rules(nlp, "Chile is unlikely to accede to demands from Peru.")
    assert all(e.mode != "asserted" for e in events if e.trigger.text == "accede"), events
    # an act one was quick to do is done
    events = rules(nlp, "Chile was quick to condemn Peru.")
    assert ("CHL", "PER", "11") in dyads(events, "condemn")
    assert all(e.mode == "asserted" for e in events if e.trigger.text == "condemn"), events
