"""Round 104 (events issue 4, events.cameo@230): what one needs to do is not done; agreeing
with someone, with no act agreed to do, is siding with them; working to reach a deal is
negotiating. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from tests.test_events_round12 import rules


def _modes(events: list[Any], trigger: str) -> set[str]:
    return {e.mode for e in events if e.trigger.text == trigger}


def test_what_one_needs_to_do_is_not_done(nlp: Any) -> None:
    assert _modes(rules(nlp, "Britain needs to condemn Russia."), "condemn") == {"hypothetical"}
    assert _modes(rules(nlp, "Britain has to condemn Russia."), "condemn") == {"hypothetical"}


def test_what_one_had_to_do_or_has_troops_to_do_is_not_an_obligation(nlp: Any) -> None:
    # guards: a past "had to" was done; "has troops in Syria to support" is a purpose
    found = _modes(rules(nlp, "Britain had to withdraw its ambassador from Russia."), "withdraw")
    assert found == {"asserted"}, found
    text = "Haley slammed Russia, which has troops in Syria to support Assad's regime."
    assert "hypothetical" not in _modes(rules(nlp, text), "support")


def test_agreeing_with_someone_that_is_siding_with_them(nlp: Any) -> None:
    text = "The EU leaders agreed with Britain that Russia is responsible for the poisoning."
    codes = {e.code for e in rules(nlp, text) if e.trigger.text.startswith("agreed")}
    assert codes == {"051"}, codes


def test_agreeing_with_someone_to_do_something_is_an_intent(nlp: Any) -> None:
    text = "The president had agreed with Xi at the summit in June to tone down his remarks."
    codes = {e.code[:2] for e in rules(nlp, text) if e.trigger.text.startswith("agreed")}
    assert codes == {"03"}, codes


def test_working_to_reach_a_deal_is_negotiating(nlp: Any) -> None:
    text = "The U.S. and China are working to reach a trade deal."
    found = {
        (e.source.actor_code[:3], e.target.actor_code[:3], e.code)
        for e in rules(nlp, text)
        if e.trigger.text == "working" and e.source and e.target
    }
    assert ("USA", "CHN", "046") in found, found


def test_asylum_seekers_named_in_an_appeal_ask_for_no_asylum(nlp: Any) -> None:
    text = "Chancellor Angela Merkel called for stricter laws regulating asylum seekers."
    codes = {e.code for e in rules(nlp, text) if e.trigger.text == "called for"}
    assert codes and not any(code.startswith("023") for code in codes), codes


def test_what_will_likely_happen_is_weighed_not_told(nlp: Any) -> None:
    assert _modes(rules(nlp, "Trump will likely meet Xi at the G20."), "meet") == {"hypothetical"}
    found = _modes(rules(nlp, "Moscow probably sold the arms to Syria."), "sold")
    assert found == {"hypothetical"}, found


def test_a_likelihood_said_of_what_an_act_was_leaves_the_act_told(nlp: Any) -> None:
    # guard: the adverb weighs the copula's predicate, not whether the agreement was made
    text = "That is probably the best part of the trade agreement between Chile and Peru."
    assert "hypothetical" not in _modes(rules(nlp, text), "agreement")


def test_agreeing_with_a_partner_and_nothing_more_is_an_intent_to_cooperate(nlp: Any) -> None:
    # guard: with no view agreed with, "agreed with Peru" stays 030
    codes = {e.code for e in rules(nlp, "Chile agreed with Peru.")}
    assert codes == {"030"}, codes
