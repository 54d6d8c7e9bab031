"""Round 14 of the rules, from the same reading of unread corpus articles (events issue 4): an
organisation named before its people ("ISIS leaders") is not what its people are; "the regime"
is never the clause's own government; backing away is no support; aid from two countries is
not aid to each other. Sentences written for these tests, parsed by the real spaCy model."""

from __future__ import annotations

from typing import Any

from newsgraph.records import Event
from tests.test_events_model import analyse
from tests.test_events_round12 import dyads, rules


def test_an_organisation_named_before_its_leaders_takes_no_role(nlp: Any) -> None:
    text = (
        "British officials said the bombing was ordered by ISIS leaders in Raqqa. "
        "If ISIS claims responsibility for an attack, it is usually right."
    )
    _, results = analyse(nlp, text, "2026-02-17", {"event_model": False})
    isis = [e for e in results["entities"] if e.name == "ISIS"]
    assert isis and all(e.actor is None for e in isis), isis


def test_the_regime_is_not_the_clauses_own_government(nlp: Any) -> None:
    events: list[Event] = rules(
        nlp,
        "Chile said it could work with Peru to end the crisis after the regime's test of a "
        "long-range missile.",
    )
    assert not any(
        e.source is not None and (e.source.actor_code or "").startswith("CHL")
        for e in events
        if e.root_code == "15"
    ), events


def test_backing_away_is_no_support(nlp: Any) -> None:
    events = rules(nlp, "The Chilean president is backing away from his plan to leave Bolivia.")
    assert not any(e.root_code == "05" for e in events), events


def test_aid_from_two_countries_is_not_aid_to_each_other(nlp: Any) -> None:
    events = rules(nlp, "Bolivia is counting on economic assistance from Chile and Peru.")
    assert ("CHL", "PER", "07") not in dyads(events, "economic assistance"), events
    assert ("PER", "CHL", "07") not in dyads(events, "economic assistance"), events


def test_neither_nor_negates_both_acts(nlp: Any) -> None:
    events = rules(
        nlp, "A Chilean spokesman said we will neither beg for talks nor evade a clash with Peru."
    )
    told = [e for e in events if e.trigger.text in ("beg", "evade")]
    assert told and all(e.negated for e in told), events


def test_a_campaign_attack_is_one_of_words(nlp: Any) -> None:
    events = rules(
        nlp, "Boric later toned down his harsh campaign attacks against Peru over its border policy."
    )
    assert {e.root_code for e in events if e.trigger.text == "attacks"} == {"11"}, events


def test_a_move_named_by_its_day_is_the_deed_before(nlp: Any) -> None:
    events = rules(
        nlp,
        "Chile imposed sanctions on Peru on Monday. Bolivian officials criticized Monday's move, "
        "saying Peru is abiding by the treaty.",
    )
    assert dyads(events, "criticized") == {("BOL", "CHL", "11")}, events


def test_an_attack_one_responds_to_is_anothers(nlp: Any) -> None:
    events = rules(
        nlp, "How Chile responds to an unprovoked attack on its oil terminals is a test for Boric."
    )
    assert not any(
        e.source is not None and (e.source.actor_code or "").startswith("CHL")
        for e in events
        if e.trigger.text.startswith("attack")
    ), events


def test_allies_named_by_their_partner_are_others(nlp: Any) -> None:
    events = rules(nlp, "Boric urged Chilean allies to pay more for the border mission.")
    assert not any(
        e.target is not None and (e.target.actor_code or "").startswith("CHL")
        for e in events
        if e.trigger.text == "urged"
    ), events
    # an ally named in apposition is that ally
    events = rules(nlp, "Peru threatened to sanction Chile's closest ally, Argentina.")
    assert ("PER", "ARG", "13") in dyads(events, "threatened"), events


def test_two_countries_pledging_for_themselves_do_not_pledge_to_each_other(nlp: Any) -> None:
    events = rules(nlp, "On Monday, both Chile and Peru pledged to accept thousands of migrants.")
    assert not any(s and t for s, t, _ in dyads(events, "pledged")), events
    # agreeing is between them
    events = rules(nlp, "Chile and Peru agreed to reopen their border crossings.")
    assert ("CHL", "PER", "03") in dyads(events, "agreed"), events


def test_a_game_won_is_no_assault(nlp: Any) -> None:
    events = rules(nlp, "Chile beat Peru 3-1 in Santiago to reach the Copa America final.")
    assert not any(e.root_code == "18" for e in events), events


def test_pushing_the_world_closer_to_war_is_no_appeal(nlp: Any) -> None:
    events = rules(nlp, "With each test, Peru pushes the region and the world closer to conflict.")
    assert not any(e.trigger.text == "pushes" for e in events), events


def test_the_threat_of_a_country_is_a_danger_faced(nlp: Any) -> None:
    events = rules(
        nlp, "The Chilean minister took the growing threat of a nuclear Peru to the Security Council."
    )
    assert not any(e.root_code == "13" for e in events), events


def test_an_attack_under_the_threat_of_it_is_not_told_as_done(nlp: Any) -> None:
    events = rules(nlp, '"The threat of a Peruvian attack on Santiago is real," the minister said.')
    attacks = [e for e in events if e.trigger.text.startswith("attack")]
    assert attacks and all(e.mode == "hypothetical" for e in attacks), events


def test_a_fixture_after_a_score_is_no_meeting(nlp: Any) -> None:
    events = rules(
        nlp,
        "The Chilean will meet Daria Sokolova in the second round after the Peruvian "
        "struggled past Sara Lopez 2-6 6-2 7-6.",
    )
    assert not any(e.trigger.text == "meet" for e in events), events


SPORT_STORY = (
    "Chile won the Copa America semi-final 3-1 at the National Stadium on Sunday. "
    "The Peruvian coach criticised Chile's rough tactics and the referee. "
    "Peru's striker said the tournament was not over for his squad."
)


def test_countries_in_a_sports_story_are_teams(nlp: Any) -> None:
    events = rules(nlp, SPORT_STORY)
    assert not any(
        e.source is not None and e.target is not None for e in events if e.confidence >= 0.5
    ), events


def test_a_political_story_is_no_sports_story(nlp: Any) -> None:
    events = rules(
        nlp,
        "Peru criticised Chile's decision to close the border. The two governments will meet "
        "in Lima before the football season starts.",
    )
    assert ("PER", "CHL", "11") in dyads(events, "criticised"), events


def test_a_speakers_bare_president_is_their_own(nlp: Any) -> None:
    events = rules(
        nlp,
        "Peruvian President Dina Boluarte said she had little contact with Santiago. "
        "“The president asked me to engage with Peru,” Chilean Foreign Minister Alberto van Klaveren said.",
    )
    assert any(s == "CHL" for s, _, _ in dyads(events, "asked")), events
    assert not any(s == "PER" for s, _, _ in dyads(events, "asked")), events
