"""Round 110 (events issue 4, events.cameo@236): a measure named by its noun with one side
only takes the other side from the same kind of measure told before in the article, unless
it is only told as in force; agreeing to or offering a ceasefire is an intent to de-escalate
(0356). Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from tests.test_events_round12 import dyads, rules


def test_a_measure_told_again_has_the_sides_it_had(nlp: Any) -> None:
    text = (
        "The United States imposed tariffs on Chilean copper in March. "
        "Chile answered with tariffs of its own on American wine. "
        "Trump defended his tariffs on Friday."
    )
    events = rules(nlp, text)
    last = [e for e in events if e.trigger.text == "tariffs" and "measure-before" in e.rule]
    assert [
        (e.source.actor_code[:3], e.target.actor_code[:3]) for e in last if e.source and e.target
    ] == [("USA", "CHL")], events


def test_a_measure_with_its_target_takes_the_source_before(nlp: Any) -> None:
    text = (
        "The U.N. Security Council imposed sanctions on Eritrea in 2009. "
        "Two days later, the council unanimously approved new sanctions."
    )
    events = rules(nlp, text)
    assert dyads(events, "sanctions") == {("IGO", "ERI", "16")}, events
    assert any("measure-before" in e.rule for e in events), events


def test_a_measure_in_force_borrows_no_side(nlp: Any) -> None:
    text = (
        "The United States imposed tariffs on Chilean copper in March. "
        "U.S. tariffs would boost inflation, the minister said."
    )
    events = rules(nlp, text)
    later = [e for e in events if e.trigger.text == "tariffs" and e.sentence.start > 0]
    assert all(e.target is None for e in later), later


def test_a_measure_of_another_kind_lends_no_side(nlp: Any) -> None:
    text = (
        "The United States imposed sanctions on Chilean banks in March. "
        "Washington later doubled its tariffs, officials said."
    )
    events = rules(nlp, text)
    assert ("USA", "CHL", "16") not in dyads(events, "tariffs"), events


def test_agreeing_to_a_ceasefire_is_an_intent_to_de_escalate(nlp: Any) -> None:
    text = "The Houthi rebels agreed on Sunday to a ceasefire with Saudi Arabia."
    events = rules(nlp, text)
    agreed = [e for e in events if e.trigger.text == "agreed"]
    assert agreed and {e.code for e in agreed} == {"0356"}, agreed


def test_a_measure_naming_another_country_borrows_no_side(nlp: Any) -> None:
    text = (
        "The United States imposed tariffs on Chilean copper in March. "
        "Washington is keeping tariffs on $30 billion of the goods it imports from Peru."
    )
    events = rules(nlp, text)
    assert ("USA", "CHL", "16") not in {
        d for e in events if e.sentence.start > 0 for d in dyads([e], "tariffs")
    }, events
