"""Round 30 of the rules (events issue 4, events.cameo@113): what a speaker says another named
actor of its own country should do is an appeal to that actor ("President Boric should set out
a plan, the opposition leader said": CHL > CHL 02), where the country itself stays a
self-statement; "has yet to" do something tells what was not done so far, no obligation asked;
a deed a speaker says "threatens" or "undermines" something is the speaker's judgement of it
(111: "said the Peruvian buildup undermines regional stability"), no threat the deed makes.
Sentences written for these tests, parsed by the real spaCy model (rules alone)."""

from __future__ import annotations

from typing import Any

from tests.test_events_round12 import rules


def test_an_appeal_to_a_named_compatriot(nlp: Any) -> None:
    events = rules(
        nlp,
        "Tony Blair should set out a clear plan for the talks, Lib Dem leader Charles Kennedy "
        "has said.",
    )
    asked = [e for e in events if e.trigger.text == "should"]
    assert asked and asked[0].root_code == "02", events
    assert asked[0].target is not None and asked[0].target.actor_code == "GBRGOV", events


def test_ones_own_country_in_ones_own_words_is_no_appeal(nlp: Any) -> None:
    events = rules(nlp, "The Chilean president said Chile must respond to the threat.")
    assert not any(e.root_code in ("02", "10") for e in events), events


def test_what_is_yet_to_be_done_is_not_demanded(nlp: Any) -> None:
    events = rules(
        nlp,
        '"After a year in office, President Boric has yet to announce a coherent policy on '
        'Peru," the Peruvian foreign minister said.',
    )
    assert not any(e.root_code == "10" for e in events), events


def test_a_deed_said_to_endanger_is_judged(nlp: Any) -> None:
    events = rules(nlp, "Chile said the Peruvian naval buildup undermines regional stability.")
    judged = [e for e in events if e.trigger.text == "undermines"]
    assert judged and judged[0].code == "111", events
    assert judged[0].source is not None and judged[0].source.actor_code == "CHL", events
    assert judged[0].target is not None and judged[0].target.actor_code == "PER", events


def test_a_country_said_to_threaten_stays_a_threat(nlp: Any) -> None:
    events = rules(nlp, "Chile said Peru threatens the security of the region.")
    assert not any(e.code == "111" for e in events), events
