"""Coder rules added with the blind gold rounds, each on a sentence of our own, with the real
spaCy model (the parse decides what the rules see, so hand-parsed rows would test less)."""

from __future__ import annotations

from typing import Any

from newsgraph.records import Event
from tests.test_events_model import analyse, find


def events_of(nlp: Any, text: str) -> tuple[Event, ...]:
    return analyse(nlp, text)[0]


def test_ready_to_sanction_is_a_threat_and_ready_to_meet_an_intent(nlp: Any) -> None:
    (threat,) = events_of(nlp, "Beijing is ready to impose tariffs on Japan.")
    assert threat.root_code == "13" and "adj:ready" in threat.rule
    (intent,) = events_of(nlp, "China is prepared to meet Japan.")
    assert intent.code == "036" and intent.mode == "asserted"


def test_an_order_by_who_can_give_it_is_the_act(nlp: Any) -> None:
    events = events_of(
        nlp, "The United States has ordered the closure of the Russian consulate in Seattle."
    )
    assert [e.code for e in find(events, "USA", "RUS", "16")] == ["161"]
    (expel,) = events_of(nlp, "Ukraine ordered 13 Russian diplomats to leave.")
    assert expel.code == "174"


def test_a_question_is_not_told_as_fact(nlp: Any) -> None:
    events = events_of(nlp, "Will Russia impose new sanctions on Japan?")
    assert events and all(e.mode == "hypothetical" for e in events)


def test_no_evidence_that_is_no_assertion(nlp: Any) -> None:
    events = events_of(nlp, "There is no evidence that Russia backed the Syrian army.")
    assert all(e.mode != "asserted" for e in events)


def test_the_pair_named_with_between_owns_the_noun(nlp: Any) -> None:
    events = events_of(
        nlp, "The United States announced the first agreement between Egypt and Israel."
    )
    assert find(events, "EGY", "ISR", "05") and find(events, "ISR", "EGY", "05")
    assert not find(events, "USA", "EGY", "05")


def test_the_one_other_party_of_the_clause_is_the_target(nlp: Any) -> None:
    (deal,) = events_of(nlp, "India has signed a deal to import gas from Iran.")
    assert deal.target is not None and deal.target.actor_code == "IRN"
    assert "+target:sentence" in deal.rule


def test_an_event_done_to_nobody_named_is_not_emitted_but_a_claim_is(nlp: Any) -> None:
    assert events_of(nlp, "Canada expelled seven people.") == ()
    (claim,) = events_of(nlp, "The Taliban claimed responsibility for the attack.")
    assert claim.code == "015" and claim.target is None


def test_we_and_our_in_a_quote_are_its_speaker(nlp: Any) -> None:
    events = events_of(
        nlp, '"Our support for Ukraine will continue," German Chancellor Olaf Scholz said.'
    )
    (support,) = find(events, "DEU", "UKR", "05")
    assert support.source is not None and support.source.text == "Our"


def test_any_talks_are_hypothetical(nlp: Any) -> None:
    events = events_of(nlp, "Seoul warned that any talks between China and Japan would fail.")
    assert all(e.mode != "asserted" or e.root_code != "04" for e in events)


def test_a_us_lawmakers_party_tag_gives_the_country(nlp: Any) -> None:
    events = events_of(nlp, "Sen. Patrick Leahy (D-Vt.) criticized Israel on Monday.")
    (criticism,) = find(events, "USA", "ISR", "11")
    assert criticism.source is not None and criticism.source.actor_code == "USALEG"


def test_an_attack_by_nobody_named_is_unconventional_violence(nlp: Any) -> None:
    # coded, but below the default threshold: an attack whose doer is unknown is half an
    # event (out of fold on dev, 1 of 8 such records was right)
    assert not events_of(nlp, "Unknown gunmen attacked France on Friday.")
    (attack,) = analyse(
        nlp,
        "Unknown gunmen attacked France on Friday.",
        options={"event_model": False, "event_min_confidence": 0.0},
    )[0]
    assert attack.code == "180" and "attacker:irregular" in attack.rule
    assert attack.target is not None and attack.confidence < 0.5
    events = events_of(nlp, "Russian troops attacked Ukraine on Friday.")
    assert [e.code for e in find(events, "RUS", "UKR", "19")] == ["190"]


def test_demonstrating_restraint_is_no_protest(nlp: Any) -> None:
    assert not [e for e in events_of(nlp, "China demonstrated restraint.") if e.root_code == "14"]
    # nor is showing that something is so
    shown = events_of(nlp, "The Liberal Democrats have demonstrated that they can win in Wales.")
    assert not [e for e in shown if e.root_code == "14"]
    marched = events_of(nlp, "Chilean students demonstrated against the Peruvian government.")
    assert [e.root_code for e in marched] == ["14"]


def test_a_fall_or_a_silence_is_no_refusal(nlp: Any) -> None:
    """ "declined" with nothing declined is a fall; declining to say or define something
    refuses nobody; declining an invitation is a refusal (125)."""
    for text in (
        "Venezuelan living standards have declined further under Maduro.",
        "The Chilean president declined to define what such a deal with Peru would include.",
    ):
        # not even as a candidate under the emit line
        events, _ = analyse(nlp, text, options={"event_model": False, "event_min_confidence": 0})
        assert not [e for e in events if e.root_code == "12"], text
    declined = events_of(nlp, "Iran declined the invitation from France.")
    assert [(e.code, e.source and e.source.actor_code) for e in declined] == [("125", "IRN")]


def test_a_decision_by_someone_to_act_is_theirs(nlp: Any) -> None:
    events = events_of(
        nlp, "Russia condemned the decision by Britain to expel the Russian diplomats."
    )
    assert find(events, "RUS", "GBR", "11")
    (expel,) = find(events, "GBR", "RUS", "17")  # 174: expelled diplomats (guidelines)
    assert expel.mode == "intended"  # the content of a decision (guidelines)


def test_a_lawmaker_is_of_the_legislature_the_article_is_about(nlp: Any) -> None:
    text = (
        "Rep. Jane Holloway, a member of the House Armed Services Committee, condemned Iran "
        "on Friday. Sen. Tom Ridley (R-Ohio) and Democrats in Ohio and Texas agreed with her."
    )
    events, results = analyse(nlp, text)
    holloway = next(e for e in results["entities"] if e.name.endswith("Holloway"))
    assert holloway.actor is not None and holloway.actor.code == "USALEG"
    assert "country:legislature -> USA" in holloway.evidence
    assert find(events, "USA", "IRN", "11")


def test_a_verb_with_a_particle_of_its_own_is_that_phrasal_verb(nlp: Any) -> None:
    events = events_of(nlp, "Germany called out Russia on its cyber attacks.")
    (event,) = find(events, "DEU", "RUS", "11")
    assert "call out" in event.rule and not [e for e in events if e.root_code == "02"]


def test_the_one_called_on_is_the_target_not_the_one_in_the_purpose(nlp: Any) -> None:
    events = events_of(nlp, "Britain called on France to retaliate against Russia.")
    assert find(events, "GBR", "FRA", "02") and not find(events, "GBR", "RUS", "02")


def test_a_missing_target_among_several_parties_is_not_guessed_by_the_rules(nlp: Any) -> None:
    events = events_of(
        nlp, "Japan criticised the move, which came days after South Korea's talks with China."
    )
    assert not [e for e in events if "target:nearest" in e.rule]
    assert not find(events, "JPN", "CHN", "11")


def test_a_noun_takes_a_target_from_the_sentence_only_when_it_names_its_doer(nlp: Any) -> None:
    events = events_of(nlp, "Japanese companies have struggled since the Chinese sanctions began.")
    assert not [e for e in events if e.root_code == "16" and e.target is not None]
    events = events_of(nlp, "Japan has struggled with the accusations from U.S. officials.")
    (accusation,) = find(events, "USA", "JPN", "11")
    assert "target:sentence" in accusation.rule


def test_a_threat_to_attack_is_one_event_not_also_an_attack(nlp: Any) -> None:
    events = events_of(nlp, "Turkey threatened to attack Syria.")
    assert [e.root_code for e in events] == ["13"]
    (pledge,) = events_of(nlp, "Turkey pledged to impose sanctions on Syria.")
    assert pledge.code == "132" and pledge.mode == "asserted"


def test_praise_by_two_is_not_praise_of_each_other(nlp: Any) -> None:
    events = events_of(nlp, "Italy and Germany praised the plan.")
    assert all(e.target is None for e in events)


def test_an_alliance_of_countries_is_theirs_with_each_other(nlp: Any) -> None:
    events = events_of(nlp, "An alliance of Chile, Peru and Bolivia was formed on Monday.")
    assert find(events, "CHL", "PER", "05") and find(events, "BOL", "CHL", "05")


def test_a_target_from_context_needs_the_same_named_source(nlp: Any) -> None:
    met = "Chinese President Xi Jinping met Japanese Prime Minister Fumio Kishida on Monday."
    events = events_of(nlp, met + " Kishida later called for support.")
    (appeal,) = find(events, "JPN", "CHN", "02")
    assert "target:context" in appeal.rule
    events = events_of(
        nlp, met + " Japanese Foreign Minister Yoshimasa Hayashi called for support."
    )
    assert not find(events, "JPN", "CHN", "02")


def test_a_wire_credit_is_no_party_and_the_dateline_no_subject(nlp: Any) -> None:
    said = "North Korea’s state-controlled newspaper on Sunday accused the United States of lying."
    (accusation,) = find(events_of(nlp, "(Reuters) - " + said), "PRK", "USA", "11")
    assert accusation.source is not None and accusation.source.actor_code == "PRKMED"
    assert find(events_of(nlp, "SEOUL (Reuters) - " + said), "PRK", "USA", "11")
