"""Round 82 (events issue 4, events.cameo@184 and @185): errors read on dev misses and false
events. Stands taken "out against" or "back against" a party; a feeling a linking verb says
("seemed aggrieved by"); answering criticism ("hit back at"); cautioning against; admiring;
praise said of a person in reported speech; what one refrained from doing; the on-phrase of a
verb whose object names the one judged; a government named after its leader beside a group
of its country; no model pair beside criticism whose sides the parse names (@184). Saying
another broke a rule is an accusation; force said to be possible is a threat; tariffs
suggested threaten (@185). Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from tests.test_events_model import analyse
from tests.test_events_round12 import dyads, rules


def _roots(events: list[Any]) -> set[tuple[str | None, str | None, str]]:
    return {
        (
            e.source.actor_code[:3] if e.source and e.source.actor_code else None,
            e.target.actor_code[:3] if e.target and e.target.actor_code else None,
            e.root_code,
        )
        for e in events
        if not e.negated
    }


def test_coming_out_against_a_plan_is_disapproval(nlp: Any) -> None:
    text = "U.S. Senator Lena Park came out against the Japanese trade plan on Monday."
    assert ("USA", "JPN", "11") in _roots(rules(nlp, text))


def test_pushing_back_against_a_leaders_government_is_disapproval(nlp: Any) -> None:
    text = "Canadian officials pushed back against the Trump administration's new dairy quotas."
    assert ("CAN", "USA", "11") in _roots(rules(nlp, text))


def test_a_group_at_home_pushing_back_against_a_leaders_government(nlp: Any) -> None:
    # "the Biden administration" is another party than "American retailers", though both
    # are American and neither is a named entity
    text = "American retailers have pushed back against the Biden administration's port fees."
    assert ("USA", "USA", "11") in _roots(rules(nlp, text))


def test_pushing_back_a_deadline_is_no_event(nlp: Any) -> None:
    text = "Canada pushed back the deadline for the new dairy quotas by a month."
    assert not any(e.root_code == "11" for e in rules(nlp, text))


def test_a_feeling_after_seemed_is_said_of_the_subject(nlp: Any) -> None:
    text = "The Mexican president seemed deeply aggrieved by the American border fees."
    assert ("MEX", "USA", "11") in dyads(rules(nlp, text), "aggrieved by")


def test_hitting_back_at_a_party_is_criticism(nlp: Any) -> None:
    text = "Tokyo hit back at Beijing over the fishing dispute on Friday."
    assert ("JPN", "CHN", "11") in dyads(rules(nlp, text), "hit back")


def test_cautioning_a_party_against_an_act_is_criticism(nlp: Any) -> None:
    # as a warning against it is; "cautioned it would ..." reports, as "warned" does
    text = "The Indian foreign minister cautioned Nepal against signing the border treaty."
    assert ("IND", "NPL", "11") in dyads(rules(nlp, text), "cautioned")


def test_a_caution_that_reports_a_threat_keeps_it(nlp: Any) -> None:
    text = (
        "The U.S. Senate has cautioned it would consider imposing new sanctions on Venezuela if "
        "the election is not held in May."
    )
    found = [e for e in rules(nlp, text) if e.root_code in ("02", "13")]
    assert found and all(e.root_code == "13" for e in found)


def test_admiring_a_leader_is_praise(nlp: Any) -> None:
    text = "The Kenyan president said he admired the Ghanaian leader's courage."
    assert ("KEN", "GHA", "05") in dyads(rules(nlp, text), "admired")


def test_praise_of_a_person_in_reported_speech(nlp: Any) -> None:
    text = "The Brazilian president said the Argentine president was an honest and wise leader."
    assert ("BRA", "ARG", "05") in _roots(rules(nlp, text))


def test_praise_of_a_colleague_of_the_same_role(nlp: Any) -> None:
    text = (
        "President Lula da Silva said Foreign Minister Mauro Vieira would be a truly "
        "outstanding envoy."
    )
    assert ("BRA", "BRA", "05") in _roots(rules(nlp, text))


def test_denied_or_mixed_praise_is_none(nlp: Any) -> None:
    for text in (
        "The Brazilian president said the Argentine president was not a good partner.",
        "The Brazilian president said the Argentine president was a nice man but a "
        "terrible negotiator.",
        "The Brazilian president said Argentina was great at exporting beef.",
    ):
        assert not any(e.root_code == "05" for e in rules(nlp, text)), text


def test_what_one_refrained_from_is_not_done(nlp: Any) -> None:
    text = "Germany refrained from criticizing Turkey over the arrests of the journalists."
    found = [e for e in rules(nlp, text) if e.trigger.text == "criticizing"]
    assert found and all(e.negated for e in found)


def test_refraining_from_a_measure_negates_it(nlp: Any) -> None:
    text = "Japan has refrained from imposing sanctions on Russian banks."
    found = [e for e in rules(nlp, text) if e.root_code == "16"]
    assert found and all(e.negated for e in found)


def test_the_on_phrase_beside_a_party_acted_on_is_the_topic(nlp: Any) -> None:
    # the parser hangs "on Taiwan" on the verb: what the pressing is about, not a target
    for text, trigger in (
        ("Beijing pressed Washington on Taiwan.", "pressed"),
        ("Moscow sharply criticized Berlin on Ukraine.", "criticized"),
    ):
        found = dyads(rules(nlp, text), trigger)
        assert found and not any(t in ("TWN", "UKR") for _, t, _ in found), (text, found)


def test_the_on_phrase_stays_the_target_of_an_imposing_verb(nlp: Any) -> None:
    text = "The European Union imposed new sanctions on Belarus on Monday."
    assert ("IGO", "BLR", "16") in _roots(rules(nlp, text))


def test_the_system_keeps_a_stand_out_against(nlp: Any) -> None:
    events, _ = analyse(
        nlp,
        "U.S. Senator Lena Park came out against the Japanese trade plan on Monday.",
        "2026-02-17",
        {"event_min_confidence": 0.5},
    )
    assert ("USA", "JPN", "11") in _roots(events)


def test_no_model_pair_beside_an_accusation_the_parse_names(nlp: Any) -> None:
    # the rules read India > Pakistan; Afghanistan is what the sheltered militants attacked
    events, _ = analyse(
        nlp,
        "The Indian minister accused Pakistan of sheltering militants who attacked Afghanistan.",
        "2026-02-17",
        {"event_min_confidence": 0.5},
    )
    found = {d for d in _roots(events) if d[2] == "11"}
    assert found == {("IND", "PAK", "11")}


def test_saying_another_broke_a_rule_is_an_accusation(nlp: Any) -> None:
    for text, trigger, dyad in (
        (
            "The Greek foreign minister said Turkey had breached the maritime accord.",
            "breached",
            ("GRC", "TUR", "11"),
        ),
        (
            "Seoul claimed Pyongyang was cheating on the fishing pact.",
            "cheating",
            ("KOR", "PRK", "11"),
        ),
    ):
        found = [e for e in rules(nlp, text) if e.trigger.text == trigger and e.code == "112"]
        assert dyad in _roots(found), (text, found)


def test_a_breach_foreseen_is_no_accusation(nlp: Any) -> None:
    text = "The Greek foreign minister said Turkey would breach the accord if it drilled there."
    assert not any(e.code == "112" for e in rules(nlp, text))


def test_force_said_to_be_possible_is_a_threat(nlp: Any) -> None:
    for text, dyad in (
        (
            "The Turkish defence minister said military action against Syria was likely.",
            ("TUR", "SYR", "13"),
        ),
        ("Seoul said a war with Pyongyang was possible this year.", ("KOR", "PRK", "13")),
    ):
        assert dyad in _roots(rules(nlp, text)), text


def test_force_said_to_be_impossible_or_not_military_is_no_threat(nlp: Any) -> None:
    for text in (
        "The Turkish defence minister said military action against Syria was not possible.",
        "The Turkish defence minister said legal action against Syria was possible.",
    ):
        assert not any(e.root_code == "13" for e in rules(nlp, text)), text


def test_suggesting_tariffs_on_another_threatens_them(nlp: Any) -> None:
    text = "The Indian trade minister suggested new tariffs on Chinese solar panels."
    assert ("IND", "CHN", "13") in dyads(rules(nlp, text), "suggested")

