"""Round 88 (events issue 4, events.cameo@196): errors read on corpus articles outside the gold.
A closing "killing ..." the parser hangs on the verb a clause depends on tells that clause's
toll ("investigators are looking into what caused a plane to crash, killing ..."); a
title-case dateline ("Tehran, Iran - ...") is no party; "shot back at" is a retort in words;
talks "for" someone name the side led, not the other side; a participle describing a noun is
no act asked for; a pronoun has no title from the words before it; a militant group is
rebels, not a business; the argument model adds no target to a noun of disapproval whose
object is a thing ("opponents of the bill"). Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from tests.test_events_model import analyse
from tests.test_events_round12 import dyads, rules


def test_a_closing_toll_belongs_to_the_clause_it_follows(nlp: Any) -> None:
    text = (
        "Peruvian investigators are looking into what caused a plane to crash in the Andes, "
        "killing 40 Chilean passengers."
    )
    found = dyads(rules(nlp, text), "killing")
    assert not any(s == "PER" for s, _, _ in found), found


def test_a_toll_of_a_said_clause_is_the_doer_s(nlp: Any) -> None:
    text = "Chile said Peruvian troops shelled the border town, killing three Chilean farmers."
    found = dyads(rules(nlp, text), "killing")
    assert not any(s == "CHL" for s, _, _ in found), found


def test_a_title_case_dateline_is_no_party(nlp: Any) -> None:
    text = "Lima, Peru — Two rockets struck a Chilean tanker off the coast on Friday, officials said."
    found = dyads(rules(nlp, text), "struck")
    assert not any(s == "PER" for s, _, _ in found), found


def test_a_country_opening_a_line_is_still_a_party(nlp: Any) -> None:
    text = "Chile, Peru — the two neighbours signed a trade deal on Friday."
    assert not any(
        e.trigger.text == "signed" and not (e.source and e.source.actor_code) for e in rules(nlp, text)
    )


def test_shooting_back_at_a_smear_is_a_retort(nlp: Any) -> None:
    text = "The Chilean foreign minister shot back at Peru over the smear on social media."
    found = dyads(rules(nlp, text), "shot back")
    assert found and all(root == "11" for _, _, root in found), found


def test_talks_for_a_government_name_no_other_side(nlp: Any) -> None:
    text = (
        "Chilean Trade Minister Ana Soto, who is leading the talks for the Chilean government, "
        "said major issues remained."
    )
    found = dyads(rules(nlp, text), "talks")
    assert ("CHL", "CHL", "04") not in found, found


def test_a_participle_describing_a_noun_is_no_act_asked(nlp: Any) -> None:
    text = "Chilean law calls for the embassy to be moved to Lima, a disputed city."
    assert not any("dispute" in e.rule for e in rules(nlp, text) if e.trigger.text == "calls")


def test_a_pronoun_takes_no_title_from_the_words_before_it(nlp: Any) -> None:
    text = (
        "Ana Soto, 16, was charged this week by a Chilean military court after she was filmed "
        "slapping two soldiers. Soto is from Peru."
    )
    found = [e for e in rules(nlp, text) if e.trigger.text == "charged"]
    assert not any(e.target and (e.target.actor_code or "").endswith("MIL") for e in found), found


def test_a_militant_group_is_rebels(nlp: Any) -> None:
    text = (
        "Peruvian officials say 21 hostages held by the militant group Sendero Rojo have been "
        "released. The Peruvian army has been carrying out an offensive against Sendero Rojo."
    )
    found = [e for e in rules(nlp, text) if e.trigger.text == "offensive"]
    assert found and all(
        e.target is None or not (e.target.actor_code or "").endswith("BUS") for e in found
    ), found


def test_the_model_pairs_no_target_with_an_opponent_of_a_thing(nlp: Any) -> None:
    text = (
        '"Lima is sending a death blow to our families," Governor Ana Soto, a Chilean senator and '
        "one of the most outspoken opponents of the bill, wrote in a letter to Peruvian President "
        "Pedro Castillo this week."
    )
    events, _ = analyse(nlp, text, "2026-02-17", {"event_min_confidence": 0.5})
    found = [e for e in events if e.trigger.text.startswith("opponents")]
    assert not any(e.target and (e.target.actor_code or "").startswith("PER") for e in found)

