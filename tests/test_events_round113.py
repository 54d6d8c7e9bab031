"""Round 113 (events issue 4, events.cameo@242, entities.spacy@33), found by reading the
system's events on corpus articles outside the gold: a U.S. state's senator, representative
or secretary of state named with "Georgia" is American; an organisation named before
"reporters" is what it is, not a news outlet ("Pentagon reporters"); "him" as the subject of
a clause below a verb is not that verb's subject ("paid for him to fly"); "the two sides" are
never the news outlet told of them; a noun alone after a preposition ("on notice") is no
thing a later "its" stands for; what is discussed is a topic, not a party. Sentences written
for these tests."""

from __future__ import annotations

from typing import Any

from tests.test_entities import _by_name, _entities
from tests.test_events_round12 import dyads, rules


def _code(nlp: Any, text: str, name: str) -> str | None:
    actor = _by_name(_entities(nlp, text), name).actor
    return actor.code if actor is not None else None


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
