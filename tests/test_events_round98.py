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


def test_troops_of_a_country_withdrawn_from_a_place_leave_it(nlp: Any) -> None:
    text = "President Obama did withdraw all U.S. troops from Iraq in late 2011."
    events = [e for e in rules(nlp, text) if e.trigger.text == "withdraw"]
    # (the troops are the United States', not Iraq's: "from Iraq" says where they were)
    assert [(e.target.text, e.target.actor_code) for e in events if e.target] == [("Iraq", "IRQ")]


def test_cancelling_plans_to_attend_a_summit_cancels_it(nlp: Any) -> None:
    text = (
        "Saudi Arabian King Salman on Sunday canceled plans to attend this week's summit at "
        "Camp David with President Obama."
    )
    assert ("SAU", "USA", "16") in dyads(rules(nlp, text), "canceled")


def test_ordering_the_departure_of_ones_own_people_withdraws_them(nlp: Any) -> None:
    text = (
        "Washington ordered the departure of non-emergency American employees from its "
        "diplomatic missions in Iraq on Wednesday."
    )
    assert ("USA", "IRQ", "16") in dyads(rules(nlp, text), "ordered")


def test_foreigners_held_in_a_country_are_held_by_its_state(nlp: Any) -> None:
    text = "Two Canadians were arrested in China last December."
    assert dyads(rules(nlp, text), "arrested") == {("CHN", "CAN", "17")}


def test_people_held_in_their_own_country_by_no_one_named_have_no_jailer(nlp: Any) -> None:
    text = "Two Chinese activists were arrested in Beijing last December."
    assert all(s is None for s, _, _ in dyads(rules(nlp, text), "arrested"))


def test_the_agent_of_an_arrest_abroad_is_the_one_named(nlp: Any) -> None:
    text = "Two Canadians were arrested in China by the Ministry of State Security last December."
    assert dyads(rules(nlp, text), "arrested") == {("CHN", "CAN", "17")}
    assert all("held-in" not in e.rule for e in rules(nlp, text))


def test_love_and_admiration_professed_for_a_party_endorse_it(nlp: Any) -> None:
    text = "Trump had professed his love for the Philippines during the launch event."
    assert ("USA", "PHL", "05") in dyads(rules(nlp, text), "love for")
    text = "Trump has voiced admiration for Putin."
    assert ("USA", "RUS", "05") in dyads(rules(nlp, text), "admiration")


def test_names_of_american_bodies_and_the_south_korean_republic(nlp: Any) -> None:
    assert ("USA", "USA", "11") in dyads(rules(nlp, "The GOP criticized Obama."), "criticized")
    text = "The ROK government criticized Pyongyang."
    assert dyads(rules(nlp, text), "criticized") == {("KOR", "PRK", "11")}
    text = "The Joint Chiefs of Staff criticized Iran."
    assert dyads(rules(nlp, text), "criticized") == {("USA", "IRN", "11")}


def test_a_trip_ahead_of_which_something_was_said_last_week_was_made(nlp: Any) -> None:
    text = (
        "Ahead of a surprise trip to Baghdad last week, Secretary of State Mike Pompeo told "
        "reporters it is his job to keep diplomats safe."
    )
    assert _modes(rules(nlp, text), "trip to") == {"asserted"}
    text = (
        "Ahead of next week's trip to Baghdad, Secretary of State Mike Pompeo told reporters "
        "it is his job to keep diplomats safe."
    )
    assert _modes(rules(nlp, text), "trip to") == {"future"}


def test_bibi_is_netanyahu(nlp: Any) -> None:
    text = "Obama met Bibi at the White House on Monday."
    assert ("USA", "ISR", "04") in dyads(rules(nlp, text), "met")


def test_a_heads_title_on_a_name_all_listed_leaders_share_gives_their_country(
    nlp: Any,
) -> None:
    text = "President Bush met Prime Minister Tony Blair at the White House."
    assert dyads(rules(nlp, text), "met") == {("USA", "GBR", "04")}
    text = "President Moon met Kim Jong Un at the border."
    assert dyads(rules(nlp, text), "met") == {("KOR", "PRK", "04")}


def test_a_name_listed_leaders_of_two_countries_bear_is_no_titled_leader() -> None:
    from newsgraph.extract import actors

    assert actors.titled_leader("Kim") is None
    bush = actors.titled_leader("Bush")
    assert bush is not None and bush.code == "USAGOV"


def test_a_committee_of_a_named_chamber_acts_as_that_chamber(nlp: Any) -> None:
    text = (
        "President Trump met Republican senators at the White House on Tuesday. Michael "
        "Flynn, his former adviser, declined the Senate committee's invitation for an interview."
    )
    assert ("USA", "USA", "12") in dyads(rules(nlp, text), "declined")


def test_a_delegation_named_by_its_country_is_still_that_country(nlp: Any) -> None:
    text = "The Chinese delegation met Secretary of State Mike Pompeo in Washington."
    assert ("CHN", "USA", "04") in dyads(rules(nlp, text), "met")
