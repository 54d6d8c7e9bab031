"""Round 18 of the rules (events issue 4, events.cameo@91-@94): a noun event that is a support
verb's passive subject takes the verb's agent and phrase ("the tariffs on Peru were imposed by
Chile"); blacklists, sanctions lists, border closures, "put on notice"; a participle names its
doer for what a picture shows or a body; the police and courts "in" a place are its own; a
document's demonym is its author's; talks "on" a topic are with no one; counted roles of a
group ("the two Korean leaders"), "both of whom"; inquiries into whether; a measure told by
its own participle is not denied by its clause; owned deeds as subjects of what follows; "our
country" in a quote; goods "from" a country; threats and calls read their infinitive;
"recommend that"; offensives of words. Sentences written for these tests, parsed by the real
spaCy model (rules alone)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_events_round12 import dyads, rules

# (sentence, trigger, one dyad and root the rules find there)
FOUND = [
    ("The tariffs on Peru were imposed by Chile in March.", "tariffs", ("CHL", "PER", "16")),
    ("Sanctions were imposed on Peru by Chile last year.", "Sanctions", ("CHL", "PER", "16")),
    (
        "The Chilean government placed three Peruvian companies on a commercial blacklist.",
        "placed",
        ("CHL", "PER", "16"),
    ),
    ("Chile added five Peruvian firms to its entity list.", "added", ("CHL", "PER", "16")),
    ("Chile put the Bolivian president on notice.", "put", ("CHL", "BOL", "13")),
    (
        "Satellite images showed Chilean ships selling oil to Peruvian vessels.",
        "selling",
        ("CHL", "PER", "06"),
    ),
    (
        "The Chilean administration of Gabriel Boric accusing Peru of meddling has put "
        "forward new claims.",
        "accusing",
        ("CHL", "PER", "11"),
    ),
    (
        "Reports showed Chilean troops firing on Peruvian protesters.",
        "firing on",
        ("CHL", "PER", "19"),
    ),
    ("Police in Lima arrested three Chilean tourists.", "arrested", ("PER", "CHL", "17")),
    (
        "A court in Lima sentenced two Chilean sailors to prison.",
        "sentenced",
        ("PER", "CHL", "17"),
    ),
    (
        "The Peruvian letter urging Chile to withdraw its troops was released.",
        "urging",
        ("PER", "CHL", "02"),
    ),
    ("The two Korean leaders met at the border on Friday.", "met", ("KOR", "PRK", "04")),
    ("The two Korean leaders met at the border on Friday.", "met", ("PRK", "KOR", "04")),
    (
        "The three Baltic presidents criticized Russia on Monday.",
        "criticized",
        ("LVA", "RUS", "11"),
    ),
    (
        "Boric ordered prosecutors to investigate whether Peru had spied on Chilean ships.",
        "ordered",
        ("CHL", "PER", "09"),
    ),
    (
        "Chile launched an investigation into whether Peru had spied on its navy.",
        "investigation",
        ("CHL", "PER", "09"),
    ),
    (
        "Chile and Peru, both of whom have criticized Bolivia, met in Lima.",
        "criticized",
        ("PER", "BOL", "11"),
    ),
    ("Peru closed its border with Chile on Monday.", "closed", ("PER", "CHL", "17")),
    (
        "Peru has closed its border. Chile condemned the move on Tuesday.",
        "condemned",
        ("CHL", "PER", "11"),
    ),
    ("Chile imposed tariffs on imports from Peru.", "tariffs", ("CHL", "PER", "16")),
    (
        "Chile's tariffs on goods from Peru took effect on Monday.",
        "tariffs",
        ("CHL", "PER", "16"),
    ),
    (
        "Photos showed Chilean ships illegally selling oil to Peruvian vessels.",
        "selling",
        ("CHL", "PER", "06"),
    ),
    # what a threat or a call asks is its own act's target, as the verbs' are
    ("Boric's threat to totally destroy Peru drew criticism.", "threat", ("CHL", "PER", "13")),
    ("Boric has made threats to raise the tariffs on Peru.", "threats", ("CHL", "PER", "13")),
    ("Boric issued a call for Peru to withdraw its troops.", "call", ("CHL", "PER", "02")),
    ("Boric renewed his call on Peru to release the sailors.", "call on", ("CHL", "PER", "02")),
    ("Chile bought three frigates from Britain last year.", "bought", ("CHL", "GBR", "06")),
]


@pytest.mark.parametrize(("text", "trigger", "dyad"), FOUND)
def test_found_dyad(nlp: Any, text: str, trigger: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in dyads(rules(nlp, text), trigger), text


def test_the_name_before_a_passive_support_verb_does_not_do_it(nlp: Any) -> None:
    events = rules(nlp, "The tariffs on Peru were being imposed because of slow progress.")
    assert not any(e.source and e.source.actor_code == "PER" for e in events), events


def test_the_police_in_a_place_serve_it(nlp: Any) -> None:
    events = rules(nlp, "Police in Lima arrested three Chilean tourists.")
    assert any(e.source and e.source.actor_code == "PERCOP" for e in events), events


def test_diplomats_in_a_capital_are_not_its_own(nlp: Any) -> None:
    events = rules(nlp, "Diplomats in Lima criticized Chile.")
    assert not any(e.source and (e.source.actor_code or "")[:3] == "PER" for e in events), events


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Boric hosted a meeting on Palestinian reform.", "meeting"),
        ("Chile held talks on Peruvian debt.", "talks"),
    ],
)
def test_talks_on_a_topic_are_with_no_one(nlp: Any, text: str, trigger: str) -> None:
    assert all(target is None for _, target, _ in dyads(rules(nlp, text), trigger)), text


def test_a_waiting_list_is_no_measure_on_anyone(nlp: Any) -> None:
    events = rules(nlp, "She was put on the waiting list for surgery in Santiago.")
    assert not any(e.root_code == "16" and (e.source or e.target) for e in events), events


def test_korean_officials_without_a_count_are_no_pair(nlp: Any) -> None:
    events = rules(nlp, "Korean officials met Chilean diplomats in Santiago.")
    assert not any(e.source and e.source.actor_code in ("KOR", "PRK") for e in events), events


def test_a_measure_told_by_its_participle_is_not_denied_by_the_clause(nlp: Any) -> None:
    events = rules(
        nlp,
        "Unilateral sanctions did not accord with international law, Wang added, a reference "
        "to sanctions imposed on Peruvian firms by Chile and Bolivia.",
    )
    told = [e for e in events if e.source and e.source.actor_code == "CHL"]
    assert told and not any(e.negated for e in told), events


def test_a_measure_not_imposed_is_denied(nlp: Any) -> None:
    events = rules(nlp, "Chile did not impose sanctions on Peru.")
    assert all(e.negated for e in events if e.root_code == "16"), events


@pytest.mark.parametrize(
    ("text", "trigger", "mode"),
    [
        ("Boric's agreement with Peru will cut tariffs on copper.", "agreement", "asserted"),
        ("Boric's visit to Peru will take place next week.", "visit", "future"),
        ("Boric's talks with Garcia will be held in Lima.", "talks", "future"),
    ],
)
def test_an_owned_deed_as_the_subject_of_what_follows(
    nlp: Any, text: str, trigger: str, mode: str
) -> None:
    assert {e.mode for e in rules(nlp, text) if e.trigger.text == trigger} == {mode}, text


def test_a_passive_subject_named_takes_no_other_target(nlp: Any) -> None:
    events = rules(
        nlp,
        "The Clarin was sued for libel by the Chilean senator Garcia after the newspaper "
        "claimed he received money from the Peruvian regime.",
    )
    assert not any(e.target and (e.target.actor_code or "")[:3] == "PER" for e in events), events


@pytest.mark.parametrize(
    "text",
    [
        '"Our country condemns the Peruvian attack," the Chilean president said.',
        '"Our country condemns the Peruvian attack," Boric said.',
    ],
)
def test_our_country_is_the_speakers(nlp: Any, text: str) -> None:
    assert ("CHL", "PER", "11") in dyads(rules(nlp, text), "condemns"), text


def test_our_two_countries_stay_a_pair(nlp: Any) -> None:
    events = rules(nlp, '"Our two countries cooperate on many levels," Boric said in Lima.')
    assert not any(
        e.source and e.source.actor_code and e.source.actor_code[:3] == "CHL" and e.target is None
        for e in events
    ), events


def test_a_closed_border_is_no_act_on_ones_own_people(nlp: Any) -> None:
    events = rules(nlp, "Peru has closed its border.")
    assert not any(e.target for e in events if e.trigger.text == "closed"), events


def test_police_in_a_place_clash_at_home(nlp: Any) -> None:
    events = rules(nlp, "Peruvian police clashed with protesters in Lima.")
    assert ("PER", "PER", "14") in dyads(events, "clashed with"), events


def test_what_a_call_asks_is_not_told_as_done(nlp: Any) -> None:
    events = rules(nlp, "Boric issued a call for Peru to withdraw its troops.")
    assert not any(e.root_code == "16" and e.mode == "asserted" for e in events), events


@pytest.mark.parametrize(
    "text",
    [
        "Boric opened his charm offensive by sending a delegation to Lima.",
        "Chile launched a diplomatic offensive against Peru.",
    ],
)
def test_an_offensive_of_words_is_no_force(nlp: Any, text: str) -> None:
    assert not any(e.root_code == "19" for e in rules(nlp, text)), text


def test_what_is_recommended_is_not_told_as_done(nlp: Any) -> None:
    events = rules(nlp, "Senators voted to recommend that Chile end its assistance to Peru.")
    assert not any(e.root_code == "16" and e.mode == "asserted" for e in events), events


@pytest.mark.parametrize(
    "text",
    [
        "Boric has admired Humala since they first met in Lima in 2011.",
        "Boric criticized Humala on Monday. They later met in Lima.",
    ],
)
def test_they_who_meet_are_the_two_named_before(nlp: Any, text: str) -> None:
    events = rules(nlp, text)
    met = dyads(events, "met")
    assert ("CHL", "PER", "04") in met and ("PER", "CHL", "04") in met, events


def test_they_stays_a_group_named_as_one(nlp: Any) -> None:
    events = rules(nlp, "The Peruvians issued a statement saying they will cooperate.")
    assert not any(e.source and (e.source.actor_code or "")[:3] == "CHL" for e in events), events
