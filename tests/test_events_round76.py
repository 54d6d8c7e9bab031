"""Round 76 (events issue 4, events.cameo@177): errors read on dev misses and on corpus
articles outside the gold. A name given by one person to another of the same role code is
still aimed at the other; what one was not authorized or allowed to do is not told as done;
a deed that angers a party is one that party disapproves of; feelings "irritated by" a
party; working with a party is cooperation. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from tests.test_events_round12 import dyads, rules


def test_a_name_given_to_another_person_of_the_same_role_code(nlp: Any) -> None:
    text = "President Emmanuel Macron called former President Francois Hollande a weak leader."
    assert ("FRA", "FRA", "11") in dyads(rules(nlp, text), "weak")


def test_the_same_person_twice_is_still_no_pair(nlp: Any) -> None:
    text = "President Emmanuel Macron called himself a weak leader."
    assert not any(d[1] is not None for d in dyads(rules(nlp, text), "weak"))


def test_what_one_was_not_authorized_to_discuss_is_not_told(nlp: Any) -> None:
    text = (
        "A French diplomat, who was not authorized to discuss the negotiations with Germany "
        "publicly, said the plan had stalled."
    )
    discussed = [e for e in rules(nlp, text) if e.trigger.text == "discuss"]
    assert discussed and all(e.negated for e in discussed)


def test_what_one_was_not_allowed_to_do_is_not_told(nlp: Any) -> None:
    text = "Officials were not allowed to meet the Iranian delegation in Geneva."
    met = [e for e in rules(nlp, text) if e.trigger.text == "meet"]
    assert met and all(e.negated for e in met)


def test_what_one_was_allowed_to_do_is_not_negated(nlp: Any) -> None:
    text = "The Peruvian envoy was allowed to meet the Iranian delegation in Geneva."
    assert not any(e.negated for e in rules(nlp, text) if e.trigger.text == "meet")


def test_a_deed_that_infuriates_a_country_is_disapproved_of_by_it(nlp: Any) -> None:
    text = "The Israeli strikes in Gaza have infuriated Egypt."
    assert dyads(rules(nlp, text), "infuriated") == {("EGY", "ISR", "11")}


def test_the_one_a_relative_clause_angers_disapproves_of_the_noun(nlp: Any) -> None:
    text = "The Chinese patrols, which angered Tokyo, continued for a week."
    assert dyads(rules(nlp, text), "angered") == {("JPN", "CHN", "11")}


def test_upsetting_a_balance_angers_no_one(nlp: Any) -> None:
    text = "The ruling upset the balance between Brazil and Argentina."
    assert not dyads(rules(nlp, text), "upset")


def test_officials_irritated_by_a_country_disapprove_of_it(nlp: Any) -> None:
    text = "Turkish officials were irritated by Greece's handling of the migrants."
    assert ("TUR", "GRC", "11") in dyads(rules(nlp, text), "irritated by")


def test_working_with_a_leader_is_cooperation(nlp: Any) -> None:
    text = (
        "The Peruvian president worked with Chilean President Sebastian Pinera to end the "
        "border dispute."
    )
    assert ("PER", "CHL", "05") in dyads(rules(nlp, text), "worked with")


def test_cursing_a_leader_is_criticism(nlp: Any) -> None:
    text = "Pyongyang's official newspaper cursed the South Korean president on Sunday."
    assert ("PRK", "KOR", "11") in dyads(rules(nlp, text), "cursed")


def test_a_person_and_the_country_of_their_title_are_one_party(nlp: Any) -> None:
    from newsgraph.extract.events import _party_root

    doc = nlp("It mocked Moon Jae-in, the current president of South Korea, as a coward.")
    moon = next(t for t in doc if t.text == "Moon")
    korea = next(t for t in doc if t.text == "Korea")
    assert _party_root(korea).i == _party_root(moon).i
