"""Round 19 of the rules (events issue 4, events.cameo@96): a small clause's noun is what its
participle acts on ("Chile wants the sanctions on Peru lifted": the intent to lift them, no
longer a threat of sanctions); what is exchanged or traded "with" another goes both ways;
an agreement or talks a verb takes as object name their parties ("the trade deal between
Chile and Peru was signed", "signed the Chile-Peru pact"); a clause weighed as likely or
unlikely is a hypothetical. Sentences written for these tests, parsed by the real spaCy model
(rules alone)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_events_round12 import dyads, rules

# (sentence, trigger, one dyad and root the rules find there)
FOUND: list[tuple[str, str, tuple[str | None, str, str]]] = [
    ("Chile wants the sanctions on Peru lifted.", "wants", ("CHL", "PER", "03")),
    ("Chile exchanged insults with Peru.", "insults", ("PER", "CHL", "11")),
    ("Chile traded barbs with Peru on Monday.", "traded", ("PER", "CHL", "11")),
    ("Chilean troops exchanged fire with Peruvian soldiers.", "exchanged", ("PER", "CHL", "19")),
    ("Chile exchanged prisoners with Peru.", "exchanged", ("PER", "CHL", "08")),
    ("The trade deal between Chile and Peru was signed on Monday.", "signed", ("CHL", "PER", "05")),
    ("The trade deal between Chile and Peru was signed on Monday.", "signed", ("PER", "CHL", "05")),
    ("The Chile-Peru trade deal was signed on Monday.", "signed", ("PER", "CHL", "05")),
    (
        "Officials signed the Chile-Peru trade agreement on Monday.",
        "signed",
        ("CHL", "PER", "05"),
    ),
    # events.cameo@97
    ("Boric attended the summit in Peru.", "summit", ("CHL", "PER", "04")),
    (
        "Boric has attended three regional summits, in Peru, Colombia and Mexico.",
        "summits",
        ("CHL", "MEX", "04"),
    ),
    ("Peru paid tariffs to Chile last year.", "tariffs", ("CHL", "PER", "16")),
    ("Bolivia retaliated by taxing $110 million in Chilean goods.", "taxing", ("BOL", "CHL", "16")),
    (
        "Boric criticized Peru on the persecution of Muslims.",
        "persecution",
        ("PER", "PER", "17"),
    ),
    ("Chile condemned Peru over the attack on its embassy.", "attack on", ("PER", "CHL", "19")),
    # events.cameo@98
    ("Peru sponsors rebel groups in Bolivia.", "sponsors", ("PER", "BOL", "07")),
    (
        "Boric warned that Peru will be met with force if it attacks Chile.",
        "attacks",
        ("PER", "CHL", "19"),
    ),
    (
        "Peru then conducted a missile test, inviting further international condemnation.",
        "condemnation",
        (None, "PER", "11"),
    ),
    ("Chile laid the blame on Peru.", "blame", ("CHL", "PER", "11")),
    # events.cameo@102
    ("Boric was in Lima on Monday.", "was", ("CHL", "PER", "04")),
    ("Boric said all parties in Peru should respect the vote.", "should", ("CHL", "PER", "02")),
    # events.cameo@101
    ("Chile and Peru imposed tit-for-tat sanctions.", "sanctions", ("PER", "CHL", "16")),
    (
        "Boric and Castillo agreed that Bolivia should withdraw its troops.",
        "should",
        ("CHL", "BOL", "02"),
    ),
    # events.cameo@99
    ("Boric offered an olive branch to the West.", "offered", ("CHL", "WST", "03")),
    (
        "The new Security Council resolution bars the Hermit Kingdom from buying foreign fuel.",
        "bars",
        ("IGO", "PRK", "16"),
    ),
    (
        "Clashes between hundreds of Peruvian protesters and Chilean troops erupted on Thursday.",
        "Clashes",
        ("PER", "CHL", "14"),
    ),
    ("Chilean police clashed with Peruvian protesters.", "clashed with", ("PER", "CHL", "14")),
]


@pytest.mark.parametrize(("text", "trigger", "dyad"), FOUND)
def test_found_dyad(nlp: Any, text: str, trigger: str, dyad: tuple[str | None, str, str]) -> None:
    assert dyad in dyads(rules(nlp, text), trigger), text


@pytest.mark.parametrize(
    "text",
    ["Chile wants the sanctions on Peru lifted.", "Bolivia wants the embargo on Peru lifted."],
)
def test_wanting_a_measure_lifted_threatens_no_one(nlp: Any, text: str) -> None:
    events = rules(nlp, text)
    assert events and not any(e.root_code in ("13", "16") for e in events), events


def test_the_name_in_a_small_clause_does_not_do_its_act(nlp: Any) -> None:
    events = rules(nlp, "Chile wants the sanctions on Peru lifted.")
    assert not any(e.source and e.source.actor_code == "PER" for e in events), events


def test_a_small_clause_needs_a_verb_of_wanting(nlp: Any) -> None:
    # "said" takes a clause of its own: the sanctions did the lifting
    events = rules(nlp, "Chile said the sanctions on Peru lifted copper prices.")
    assert not any(e.code.startswith("085") for e in events), events


def test_a_clash_with_another_stays_one_way(nlp: Any) -> None:
    found = dyads(rules(nlp, "Chile criticized Peru on Monday."), "criticized")
    assert ("CHL", "PER", "11") in found and ("PER", "CHL", "11") not in found


def test_an_agreement_signed_by_one_named_stays_that_ones(nlp: Any) -> None:
    found = dyads(rules(nlp, "Chile signed a trade deal with Peru."), "signed")
    assert ("CHL", "PER", "05") in found


@pytest.mark.parametrize(
    ("text", "trigger", "mode"),
    [
        (
            "Officials said it is unlikely that a peace agreement between Chile and Peru will "
            "be reached before June.",
            "reached",
            "hypothetical",
        ),
        ("It is unclear whether Chile attacked Peru.", "attacked", "hypothetical"),
        ("It is clear that Chile attacked Peru.", "attacked", "asserted"),
    ],
)
def test_a_clause_weighed_as_likely_is_a_hypothetical(
    nlp: Any, text: str, trigger: str, mode: str
) -> None:
    events = [e for e in rules(nlp, text) if e.trigger.text == trigger]
    assert events and all(e.mode == mode for e in events), events


def test_a_summit_attended_at_home_meets_no_host(nlp: Any) -> None:
    found = dyads(rules(nlp, "Boric attended a summit in Santiago."), "summit")
    assert all(target is None for _, target, _ in found), found


def test_talking_up_a_currency_is_no_talks(nlp: Any) -> None:
    events = rules(nlp, "Chilean officials were talking up the peso, they said.")
    assert not any(e.root_code == "04" for e in events), events


def test_tear_gas_is_not_whom_it_is_fired_at(nlp: Any) -> None:
    events = rules(nlp, "Peruvian police fired tear gas to break up the march.")
    assert not any(e.target and e.target.text == "tear gas" for e in events), events


def test_a_definite_deed_of_a_people_is_presupposed(nlp: Any) -> None:
    events = rules(
        nlp,
        "Boric threatened Peru with sanctions if its leaders call the Bolivian invasion of "
        "Chile an occupation.",
    )
    invasion = [e for e in events if e.trigger.text == "invasion"]
    assert invasion and all(e.mode == "asserted" for e in invasion), events


def test_a_time_clause_lends_no_country_to_a_role(nlp: Any) -> None:
    events = rules(
        nlp, "Chile imposed a ban on Peru in 1989 after troops opened fire on protesters in Lima."
    )
    fired = [e for e in events if e.trigger.text.startswith("opened")]
    assert not any(e.source and (e.source.actor_code or "")[:3] == "CHL" for e in fired), events


def test_the_sponsor_of_a_bill_gives_no_aid(nlp: Any) -> None:
    events = rules(nlp, "Senator Boric is the sponsor of the bill on Peruvian trade.")
    assert not any(e.root_code == "07" for e in events), events


def test_it_in_a_condition_is_not_the_one_who_warns(nlp: Any) -> None:
    events = rules(nlp, "Boric warned that Peru will be met with force if it attacks Chile.")
    attacks = [e for e in events if e.trigger.text == "attacks"]
    assert attacks and not any(
        e.source and (e.source.actor_code or "")[:3] == "CHL" for e in attacks
    ), events


@pytest.mark.parametrize(
    ("text", "trigger", "dyad"),
    [
        ('"Release the sailors now," Boric told Peru.', "Release", ("CHL", "PER", "10")),
        (
            '"To the leaders of Peru - do not kill your protesters," Boric tweeted.',
            "kill",
            ("CHL", "PER", "10"),
        ),
        (
            '"Stop the killing of your great Peruvian people!" Boric tweeted.',
            "Stop",
            ("CHL", "PER", "10"),
        ),
    ],
)
def test_an_imperative_demands_the_act_of_the_one_spoken_to(
    nlp: Any, text: str, trigger: str, dyad: tuple[str, str, str]
) -> None:
    found = dyads(rules(nlp, text), trigger)
    assert dyad in found, found
    # the act demanded is not told as the speaker's own
    assert not any(root in ("08", "18", "19", "20") for _, _, root in found), found


def test_an_imperative_spoken_to_no_one_named_is_no_demand(nlp: Any) -> None:
    events = rules(nlp, "Release the sailors, the minister said.")
    assert not any(e.rule.startswith("speech:imperative") for e in events), events


@pytest.mark.parametrize(
    ("text", "trigger", "dyad"),
    [
        (
            "Chile would consider imposing new sanctions on Peru if there was no agreement.",
            "sanctions",
            ("CHL", "PER", "13"),
        ),
        ("Chile will attack Peru if Bolivia agrees.", "attack", ("CHL", "PER", "13")),
        (
            '"I will totally destroy the economy of Peru if they attack," Boric tweeted.',
            "destroy",
            ("CHL", "PER", "13"),
        ),
    ],
)
def test_harm_promised_on_a_condition_is_a_threat(
    nlp: Any, text: str, trigger: str, dyad: tuple[str, str, str]
) -> None:
    events = [e for e in rules(nlp, text) if e.trigger.text == trigger]
    assert dyad in dyads(events, trigger), events
    assert all(e.mode in ("asserted", "reported") for e in events), events


def test_harm_that_would_have_come_is_no_threat(nlp: Any) -> None:
    events = rules(nlp, "Chile would have attacked Peru if Bolivia had not objected.")
    assert not any(e.root_code == "13" for e in events), events


@pytest.mark.parametrize(
    "text",
    [
        "Boric called the Kremlin after the election in Peru.",
        "Boric said he called the Peruvian ambassador to express his support.",
        "Boric called his Peruvian counterpart Pedro Castillo on Tuesday to discuss the border.",
    ],
)
def test_calling_someone_is_a_phone_call(nlp: Any, text: str) -> None:
    found = dyads(rules(nlp, text), "called")
    assert any(root == "04" and source == "CHL" for source, _, root in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Boric called Peru's president a liar.",
        'Boric called his Peruvian counterpart "a terrific person".',
        "Boric called off the talks with Peru.",
        "Boric called on Peru to release the sailors.",
        "Peru called elections for May.",
    ],
)
def test_a_name_given_or_a_phrasal_call_is_no_phone_call(nlp: Any, text: str) -> None:
    events = rules(nlp, text)
    assert not any(e.code == "041" for e in events), events


# events.cameo@99, entities.spacy@25
def test_the_president_of_a_country_is_that_countrys(nlp: Any) -> None:
    text = (
        "President Boric arrived in Lima on Thursday. Boric signed a new deal on Friday with "
        "the president of Peru and Bolivia's prime minister."
    )
    found = dyads(rules(nlp, text), "signed")
    assert ("CHL", "PER", "05") in found and ("CHL", "BOL", "05") in found, found


def test_a_bare_title_still_names_the_one_titled_before(nlp: Any) -> None:
    text = "President Boric arrived in Lima on Thursday. The president criticized Peru."
    assert ("CHL", "PER", "11") in dyads(rules(nlp, text), "criticized")


def test_a_crowd_clash_is_one_way(nlp: Any) -> None:
    found = dyads(rules(nlp, "Chilean police clashed with Peruvian protesters."), "clashed with")
    assert ("CHL", "PER", "19") not in found and ("CHL", "PER", "14") not in found, found


def test_troops_clashing_stay_a_fight(nlp: Any) -> None:
    found = dyads(rules(nlp, "Chilean troops clashed with Peruvian soldiers."), "clashed with")
    assert ("CHL", "PER", "19") in found, found


def test_the_west_of_a_country_is_no_actor(nlp: Any) -> None:
    events = rules(nlp, "Chilean troops shelled towns in the west of Peru.")
    assert not any(e.target and e.target.actor_code == "WST" for e in events), events


def test_foreign_firms_are_not_a_states_own_people(nlp: Any) -> None:
    events = rules(nlp, "Peru decided to bar foreign firms from mining tenders.")
    assert not any(e.target and (e.target.actor_code or "")[:3] == "PER" for e in events), events


# events.cameo@100
@pytest.mark.parametrize(
    "text",
    [
        "Boric voiced his determination to meet Peru's president.",
        "Boric expressed his eagerness to meet Peru's president.",
    ],
)
def test_a_resolve_to_act_is_an_intent(nlp: Any, text: str) -> None:
    events = rules(nlp, text)
    assert any(e.root_code == "03" and e.source and e.target for e in events), events


def test_a_will_with_no_act_is_no_event(nlp: Any) -> None:
    events = rules(nlp, "The will of the Peruvian people must be respected, Boric said.")
    assert not any(e.root_code == "03" for e in events), events


# events.cameo@101
def test_tit_for_tat_threats_go_both_ways(nlp: Any) -> None:
    found = dyads(rules(nlp, "Chile and Peru have threatened tit-for-tat tariffs."), "threatened")
    assert ("CHL", "PER", "13") in found and ("PER", "CHL", "13") in found, found


def test_threats_of_two_with_no_tit_for_tat_name_no_target(nlp: Any) -> None:
    found = dyads(rules(nlp, "Chile and Peru threatened new tariffs on Bolivia."), "threatened")
    assert ("CHL", "PER", "13") not in found, found


def test_what_two_agree_another_should_do_is_no_intent_of_theirs(nlp: Any) -> None:
    events = rules(nlp, "Boric and Castillo agreed that Bolivia should withdraw its troops.")
    assert not any(e.trigger.text == "agreed" for e in events), events


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Boric asked to meet Castillo in Lima.", "036"),
        ("Boric asked Peru to withdraw its troops.", "025"),
    ],
)
def test_asking_to_meet_with_no_one_asked_is_a_wish_to_meet(nlp: Any, text: str, code: str) -> None:
    events = [e for e in rules(nlp, text) if e.trigger.text == "asked"]
    assert events and all(e.code == code for e in events), events


# events.cameo@102
@pytest.mark.parametrize(
    "text",
    [
        "Chilean troops are in Peru.",
        "Boric was in Santiago on Monday.",
        "Boric said he would be in Quito negotiating with Peruvian officials.",
        "Boric said diplomats in Lima should leave.",
    ],
)
def test_no_visit_or_appeal_where_none_is_told(nlp: Any, text: str) -> None:
    events = rules(nlp, text)
    assert not any(e.rule.startswith("speech:was in") for e in events), events
    assert not any(e.rule.startswith("speech:should") and e.target for e in events), events
