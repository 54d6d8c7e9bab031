"""Round 98 (events issue 4, events.cameo@220): errors read on the dev gold's missed events. A
judging noun with an owner of its own ("to counter Chilean aggression") is said of that owner;
words for a government's rule that condemn it ("tyrannical") are judgements; one "deemed" or
"found" responsible for a deed is blamed; a noun event "imminent", "impending" or "anticipated"
is still to come; the people a journey's of-phrase names travel ("the visit of the Bolivian
president to Peru"), and an arrival is a journey; "it", the subject of what only a party does
("It cursed ...", "It ordered ..."), goes on from the subject before, whatever thing was named
after it; a target borrowed from a dyad the sentence only supposes ("if it threatened Chile")
is no echo. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from tests.test_events_round12 import dyads, rules


def _modes(events: Any, trigger: str) -> set[str]:
    return {e.mode for e in events if e.trigger.text == trigger}


def test_a_judging_noun_is_said_of_its_own_owner(nlp: Any) -> None:
    text = "Bolivia says its missile programmes are necessary to counter Chilean aggression."
    assert ("BOL", "CHL", "11") in dyads(rules(nlp, text), "aggression")


def test_the_of_phrase_of_a_violation_is_not_its_owner(nlp: Any) -> None:
    text = (
        "Bolivia's foreign ministry said the launch would be a serious violation of U.N. "
        "resolutions."
    )
    assert all(
        t is None or not t.startswith("IGO") for _, t, _ in dyads(rules(nlp, text), "violation")
    )


def test_calling_a_government_tyrannical_condemns_it(nlp: Any) -> None:
    text = (
        "U.S. Senator John Smith opposes the warming of relations with Havana, calling Cuba's "
        "government tyrannical."
    )
    assert ("USA", "CUB", "11") in dyads(rules(nlp, text), "tyrannical")


def test_one_deemed_responsible_for_a_deed_is_blamed(nlp: Any) -> None:
    text = (
        "Peru's foreign minister deemed Bolivia responsible for violating a provision in the "
        "border treaty."
    )
    assert ("PER", "BOL", "11") in dyads(rules(nlp, text), "responsible")


def test_one_deemed_responsible_for_a_good_outcome_is_not_blamed(nlp: Any) -> None:
    text = (
        "Peru's foreign minister deemed the treaty responsible for the country's strong "
        "economic growth."
    )
    assert not dyads(rules(nlp, text), "responsible")


def test_an_impending_visit_is_still_to_come(nlp: Any) -> None:
    text = "Chile is worried about the impending visit of the Bolivian president to Peru."
    assert _modes(rules(nlp, text), "visit") == {"future"}
    text = "Chile is worried about the visit of the Bolivian president to Peru."
    assert _modes(rules(nlp, text), "visit") == {"asserted"}


def test_the_one_a_visit_is_of_travels(nlp: Any) -> None:
    text = "The visit of Chinese President Xi Jinping to Moscow was a success."
    assert dyads(rules(nlp, text), "visit") == {("CHN", "RUS", "04")}


def test_a_tour_of_places_is_a_visit_to_them(nlp: Any) -> None:
    text = "Britain's finance minister has just returned from a tour of African nations."
    found = dyads(rules(nlp, text), "tour")
    assert found and all(s != "AFR" for s, _, _ in found)


def test_an_arrival_is_a_journey(nlp: Any) -> None:
    text = (
        "The talks coincided with the arrival of U.S. Defense Secretary Jim Mattis in South Korea."
    )
    assert ("USA", "KOR", "04") in dyads(rules(nlp, text), "arrival")


def test_it_that_orders_goes_on_from_the_subject_before(nlp: Any) -> None:
    text = (
        "Venezuela's government signed a new accord with Russia on Friday. It also ordered the "
        "Colombian ambassador to leave the country."
    )
    assert ("VEN", "COL", "17") in dyads(rules(nlp, text), "ordered")


def test_it_that_dismisses_someone_is_no_thing_named_before(nlp: Any) -> None:
    text = (
        "Venezuela's government seems to have kept the option of a charm offensive. It has "
        'already dismissed Colombian President Gustavo Petro as a "clown."'
    )
    assert ("VEN", "COL", "11") in dyads(rules(nlp, text), "dismissed")


def test_it_that_calls_for_something_may_be_the_accord(nlp: Any) -> None:
    text = (
        "Venezuela's government signed a new accord with Russia on Friday. It also calls for "
        "closer ties."
    )
    assert all(s is None for s, _, _ in dyads(rules(nlp, text), "calls for"))


def test_a_supposed_dyad_does_not_silence_the_threat_told(nlp: Any) -> None:
    text = (
        "Earlier this month, Bolivia threatened to fire four missiles into the sea near Arica, "
        'after Chilean President Gabriel Boric said Bolivia would face "fire and fury" if it '
        "threatened Chile."
    )
    told = [e for e in rules(nlp, text) if e.trigger.text == "threatened" and e.mode == "asserted"]
    assert told and told[0].root_code == "13", told
