"""Round 113 (events issue 4, events.cameo@242, entities.spacy@33), found by reading the
system's events on corpus articles outside the gold: a U.S. state's senator, representative
or secretary of state named with "Georgia" is American; an organisation named before
"reporters" is what it is, not a news outlet ("Pentagon reporters"); "him" as the subject of
a clause below a verb is not that verb's subject ("paid for him to fly"); "the two sides" are
never the news outlet told of them; a noun alone after a preposition ("on notice") is no
thing a later "its" stands for; what is discussed is a topic, not a party. Second part
(events.cameo@243): a pullout is aimed at no one reacting to it; wanting someone unplaced to
act aims at no other country; "I'm encouraged that" is a feeling; a brand brands no one; a
neighbour beaten back is not at home; "an offensive" launched is called nothing offensive.
Third part (events.cameo@244): a sports story's hyphenated words ("semi-final") count.
Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from tests.test_events_round12 import dyads, rules
from tests.test_events_round112 import _code


def test_a_georgia_senator_is_american(nlp: Any) -> None:
    text = "The newly appointed Georgia senator Kelly Loeffler voted against the bill."
    assert _code(nlp, text, "Kelly Loeffler") == "USALEG"


def test_a_georgia_representative_is_american(nlp: Any) -> None:
    text = "Georgia Rep. Marjorie Taylor Greene spoke at the rally on Saturday."
    assert _code(nlp, text, "Marjorie Taylor Greene") == "USALEG"


def test_a_georgian_foreign_minister_is_georgian(nlp: Any) -> None:
    # guard: the country's own ministers stay the country's
    text = "Georgia Foreign Minister David Zalkaliani met the delegation in Tbilisi."
    assert _code(nlp, text, "David Zalkaliani") == "GEOGOV"


def test_reporters_covering_the_pentagon_leave_it_the_military(nlp: Any) -> None:
    text = (
        "The Pentagon announced it was sending more ships to the region. "
        "A general told Pentagon reporters that the threat was real."
    )
    assert _code(nlp, text, "Pentagon") == "USAMIL"


def test_an_outlet_named_before_reporters_stays_an_outlet(nlp: Any) -> None:
    # guard
    text = "Reuters reporters saw the convoy cross the border on Monday."
    assert _code(nlp, text, "Reuters") == "GBRMED"


def test_him_below_the_payer_is_not_the_payer(nlp: Any) -> None:
    events = rules(
        nlp,
        "Tony Blair's register of interests confirms that King Abdullah of Jordan paid "
        "for him to fly to Amman for official discussions.",
    )
    assert ("GBR", "JOR", "04") in dyads(events, "fly to"), events


def test_him_as_an_object_is_still_not_the_subject(nlp: Any) -> None:
    # guard: "urged him to" keeps reading "him" as someone other than the one urging
    events = rules(
        nlp,
        "Vladimir Putin called Recep Tayyip Erdogan on Monday. "
        "Emmanuel Macron later urged him to withdraw the troops.",
    )
    assert ("FRA", "TUR", "02") in dyads(events, "urged"), events


def test_both_sides_are_not_the_outlet_told(nlp: Any) -> None:
    events = rules(
        nlp,
        "According to Taiwan's Presidential spokesman Alex Huang, Huang told CNN via text "
        "message that both sides agreed ahead of time.",
    )
    agreed = dyads(events, "agreed")
    assert all("USA" not in (source, target) for source, target, _ in agreed), agreed


def test_its_after_on_notice_is_the_one_put_on_notice(nlp: Any) -> None:
    events = rules(
        nlp,
        "Flynn said he was putting Iran on notice after its latest ballistic missile test.",
    )
    assert ("IRN", None, "15") in dyads(events, "missile test"), events


def test_a_country_discussed_is_a_topic(nlp: Any) -> None:
    events = rules(nlp, "Later, discussing Iraq, Daschle focuses less on the intelligence.")
    assert all(target != "IRQ" for _, target, _ in dyads(events, "discussing")), events


def test_a_partner_discussed_with_is_the_target(nlp: Any) -> None:
    # guard
    events = rules(nlp, "Pompeo discussed the Iran deal with Netanyahu on Monday.")
    assert ("USA", "ISR", "04") in dyads(events, "discussed"), events


def test_fighting_a_stateless_group_in_a_country_is_not_against_it(nlp: Any) -> None:
    events = rules(nlp, "The U.S.-led coalition is fighting ISIS in Syria.")
    assert all(target != "SYR" for _, target, _ in dyads(events, "fighting")), events


def test_an_offensive_in_a_country_is_against_it(nlp: Any) -> None:
    # guard: force used in another country, against no group named, is used against it
    events = rules(nlp, "Turkey's offensive in northern Syria began on Monday.")
    assert ("TUR", "SYR", "19") in dyads(events, "offensive"), events


def test_not_seeming_to_want_is_not_wanting(nlp: Any) -> None:
    events = rules(nlp, "Russia doesn't seem to want to attack Ukraine.")
    wanted = [e for e in events if e.trigger.text == "want"]
    assert wanted and all(e.negated for e in wanted), wanted


def test_seeming_to_want_is_wanting(nlp: Any) -> None:
    # guard
    events = rules(nlp, "Russia seems to want to attack Ukraine.")
    wanted = [e for e in events if e.trigger.text == "want"]
    assert wanted and not any(e.negated for e in wanted), wanted


def test_not_doing_anything_to_hurt_is_no_hurting(nlp: Any) -> None:
    events = rules(nlp, "Kim would not do anything to hurt relations with the United States.")
    hurt = [e for e in events if e.trigger.text == "hurt"]
    assert hurt and all(e.negated for e in hurt), hurt


def test_a_deed_owned_by_a_name_is_told_though_its_judging_is_denied(nlp: Any) -> None:
    events = rules(nlp, "China did not condemn North Korea's missile tests.")
    tests = [e for e in events if e.trigger.text == "missile tests"]
    assert tests and not any(e.negated for e in tests), tests


def test_talks_not_held_stay_denied(nlp: Any) -> None:
    # guard
    events = rules(nlp, "China did not hold talks with Japan.")
    talks = [e for e in events if e.trigger.text == "talks"]
    assert talks and all(e.negated for e in talks), talks


def test_an_assurance_received_from_someone_is_theirs(nlp: Any) -> None:
    events = rules(nlp, "The US received only a vague assurance from North Korea last month.")
    assert ("PRK", "USA", "03") in dyads(events, "assurance"), events


def test_the_holder_named_after_an_office_is_the_actor(nlp: Any) -> None:
    events = rules(nlp, "The leader of the Labour Party, Jeremy Corbyn, met Trump on Monday.")
    assert ("GBR", "USA", "04") in dyads(events, "met"), events


def test_calling_someone_a_name_for_a_deed_is_no_call_for(nlp: Any) -> None:
    events = rules(
        nlp,
        "The two leaders have traded insults, with Trump repeatedly calling Kim “rocket man” "
        "for testing nuclear weapons.",
    )
    assert all(code != "02" for _, _, code in dyads(events, "calling")), events


def test_a_call_for_talks_is_an_appeal(nlp: Any) -> None:
    # guard
    events = rules(nlp, "Russia called for talks with Ukraine.")
    assert ("RUS", "UKR", "02") in dyads(events, "called for"), events


def test_an_agreement_signed_in_a_city_is_not_with_its_country(nlp: Any) -> None:
    events = rules(nlp, "Iran signed a ceasefire agreement in Paris on Monday.")
    assert all(target != "FRA" for _, target, _ in dyads(events, "signed")), events


def test_an_ambassador_recalled_from_a_country_aims_at_it(nlp: Any) -> None:
    # guard
    events = rules(nlp, "Turkey recalled its ambassador in Austria.")
    assert ("TUR", "AUT", "16") in dyads(events, "recalled"), events


def test_a_pullout_before_an_attack_is_not_aimed_at_the_attacker(nlp: Any) -> None:
    events = rules(
        nlp,
        "Turkey launched airstrikes against Kurdish fighters in northern Syria on Wednesday "
        "after U.S. troops pulled back from the area.",
    )
    assert all(target != "TUR" for _, target, _ in dyads(events, "pulled back")), events


def test_sanctions_after_a_deed_are_aimed_at_the_one_reacting(nlp: Any) -> None:
    # guard
    events = rules(nlp, "North Korea vowed revenge after the United Nations imposed new sanctions.")
    assert ("IGO", "PRK", "16") in dyads(events, "sanctions"), events


def test_wanting_someone_unplaced_to_act_aims_at_no_other_country(nlp: Any) -> None:
    events = rules(
        nlp,
        "The White House said Trump wanted Ross to look at the issue after Chinese "
        "officials raised the matter in various talks.",
    )
    assert all(target != "CHN" for _, target, _ in dyads(events, "wanted")), events


def test_being_encouraged_that_something_happened_is_a_feeling(nlp: Any) -> None:
    events = rules(
        nlp,
        "He said: “I have no doubt Theresa will make an excellent prime minister and I’m "
        "encouraged that she’s made it clear that we will leave the EU.”",
    )
    assert not dyads(events, "encouraged"), events


def test_a_brand_on_things_brands_no_one(nlp: Any) -> None:
    events = rules(
        nlp,
        "The book says Hunter Biden, in addition to his numerous Rosemont-branded entities, "
        "was deeply involved with an entity.",
    )
    assert not dyads(events, "branded"), events


def test_a_neighbour_beaten_back_is_no_one_at_home(nlp: Any) -> None:
    events = rules(
        nlp,
        "But the Vietnamese also claimed victory, saying they had beaten back their giant "
        "northern neighbor.",
    )
    assert all(target != "VNM" for _, target, _ in dyads(events, "beaten back")), events


def test_an_offensive_launched_is_called_nothing_offensive(nlp: Any) -> None:
    events = rules(
        nlp,
        "The Iraqi military will launch an offensive against the Islamic State in the coming "
        "months, a senior U.S. military official says.",
    )
    assert all(e.code != "111" for e in events), events


def test_remarks_said_to_be_offensive_are_judged(nlp: Any) -> None:
    # guard
    events = rules(nlp, "Chile's foreign minister said Peru's remarks were offensive.")
    assert ("CHL", "PER", "11") in dyads(events, "offensive"), events


def test_a_tennis_story_with_hyphenated_rounds_is_sport(nlp: Any) -> None:
    text = (
        "Roger Federer reached the semi-final of the Qatar Open with an easy 6-1 6-2 win over "
        "seventh seed Feliciano Lopez to set up a match against Russian Nikolay Davydenko. "
        "Federer, who lost in the quarter-final in 2003, was "
        "happy with his form, said the top seed. Davydenko, meanwhile, upset French third seed "
        "Sebastien Grosjean 2-6 6-3 6-2."
    )
    assert not dyads(rules(nlp, text), "upset"), rules(nlp, text)
