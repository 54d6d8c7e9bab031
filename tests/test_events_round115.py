"""Round 115 (events issue 4, events.cameo@248): who the parties are. A person named after a
known body of one country works for it ("Gazprom chairman X" is Russian; not one who works
for the news); a country abbreviated before a title is read as written ("U.S. Lieutenant
General X"); a body's own committee named in full is that body's; a text put forward by
someone speaks for them ("proposed an initiative, which calls for ..."); one who serves a
sentence or house arrest no one is said to have ordered is held by their own state. The
entities (entities.spacy@34) read the employer too: "Pentagon spokesman X" is USAMIL, not the
article's country guessed from a bare title. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from tests.test_events_round12 import dyads, rules
from tests.test_events_round112 import _code


def _sources(nlp: Any, text: str, trigger: str) -> set[str | None]:
    """The countries of the events' sources."""
    return {
        e.source.actor_code[:3] if e.source and e.source.actor_code else None
        for e in rules(nlp, text)
        if e.trigger.text == trigger
    }


def test_a_person_named_after_a_known_company_is_of_its_country(nlp: Any) -> None:
    text = "Gazprom chairman Oleg Vasnetsov criticized Ukraine on Monday."
    assert _sources(nlp, text, "criticized") == {"RUS"}


def test_a_person_named_after_a_ministry_is_of_its_country(nlp: Any) -> None:
    text = "Pentagon official Harold Brewster criticized Iran on Monday."
    assert _sources(nlp, text, "criticized") == {"USA"}


def test_a_correspondent_is_not_of_the_office_they_cover(nlp: Any) -> None:
    text = "Daily Planet White House correspondent Lois Brandt criticized Iran on Monday."
    assert _sources(nlp, text, "criticized") <= {None, "MED"}


def test_an_outlet_before_a_name_gives_no_country(nlp: Any) -> None:
    text = "BBC presenter Martin Feltham criticized Iran on Monday."
    assert _sources(nlp, text, "criticized") <= {None, "MED"}


def test_a_country_abbreviated_before_a_title_is_read_as_written(nlp: Any) -> None:
    text = "U.S. Lieutenant General Harold Brewster condemned Iran on Monday."
    assert dyads(rules(nlp, text), "condemned") == {("USA", "IRN", "11")}


def test_a_party_committee_named_in_full_is_the_party(nlp: Any) -> None:
    text = "The Likud Central Committee condemned Iran on Sunday."
    assert dyads(rules(nlp, text), "condemned") == {("ISR", "IRN", "11")}


def test_an_initiative_put_forward_speaks_for_those_who_proposed_it(nlp: Any) -> None:
    text = (
        "Russia and China have proposed an initiative, which calls for North Korea to halt "
        "its missile tests."
    )
    found = dyads(rules(nlp, text), "calls")
    assert ("RUS", "PRK", "02") in found or ("CHN", "PRK", "02") in found
    assert all(source is not None for source, _, _ in found)


def test_a_resolution_voted_for_speaks_for_its_voters(nlp: Any) -> None:
    text = "The Likud Central Committee voted for a resolution that calls upon Israel to act."
    assert dyads(rules(nlp, text), "calls upon") == {("ISR", "ISR", "02")}


def test_a_proposal_no_one_is_said_to_have_made_names_no_source(nlp: Any) -> None:
    text = "The initiative, which was widely discussed, calls for North Korea to halt its tests."
    assert {source for source, _, _ in dyads(rules(nlp, text), "calls")} <= {None}


def test_one_serving_house_arrest_is_held_by_their_state(nlp: Any) -> None:
    text = (
        "Crowds cheered the Venezuelan opposition politician Marco Ruiz, who had been serving "
        "house arrest since 2017."
    )
    assert dyads(rules(nlp, text), "arrest") == {("VEN", "VEN", "17")}


def test_one_serving_a_sentence_in_another_country_is_held_by_that_state(nlp: Any) -> None:
    text = "The American student Otto Grady is serving a sentence in North Korea."
    assert dyads(rules(nlp, text), "sentence") == {("PRK", "USA", "17")}


def test_one_who_serves_in_an_office_undergoes_nothing(nlp: Any) -> None:
    text = "The Venezuelan diplomat Marco Ruiz served two terms in Caracas."
    assert not [e for e in rules(nlp, text) if e.root_code == "17"]


def test_the_entities_read_a_body_named_before_a_title(nlp: Any) -> None:
    text = "Pentagon spokesman Harold Brewster said on Monday that Iran had fired a missile."
    assert _code(nlp, text, "Harold Brewster") == "USAMIL"


def test_the_body_names_the_role_before_the_title_does(nlp: Any) -> None:
    text = "Yukos spokesman Oleg Vasnetsov said the company would appeal in Moscow."
    assert _code(nlp, text, "Oleg Vasnetsov") == "RUSBUS"


def test_a_body_with_no_title_before_the_name_is_no_employer(nlp: Any) -> None:
    text = "Erdogan's visit to White House Harold Brewster: the inquiry goes on."
    assert _code(nlp, text, "Harold Brewster") in (None, "GOV")


def test_a_that_clause_joined_to_an_infinitive_is_reported_not_aimed_at(nlp: Any) -> None:
    text = (
        "Moon said on Sunday that Kim expressed a firm commitment to complete "
        "denuclearization and that the North Korean leader still wants to meet with Trump."
    )
    wants = [e for e in rules(nlp, text) if e.trigger.text == "wants"]
    assert wants and {e.mode for e in wants} == {"reported"}


def test_an_infinitive_of_a_commitment_stays_aimed_at(nlp: Any) -> None:
    text = "Kim expressed a firm commitment to meet with Trump and to end the tests."
    assert {e.mode for e in rules(nlp, text) if e.trigger.text == "meet with"} <= {"intended"}


def test_where_a_family_came_from_names_no_party(nlp: Any) -> None:
    text = "Trump criticized a federal judge of Mexican descent."
    assert {target for _, target, _ in dyads(rules(nlp, text), "criticized")} == {None}


def test_the_release_of_foreign_prisoners_still_names_them(nlp: Any) -> None:
    text = "Trump criticized the release of Mexican prisoners."
    assert dyads(rules(nlp, text), "criticized") == {("USA", "MEX", "11")}


def test_a_country_named_before_the_body_is_whose_it_is(nlp: Any) -> None:
    text = "Pakistan Taliban spokesperson Ahmad Rauf said the group carried out the attack."
    assert _code(nlp, text, "Ahmad Rauf") == "PAKREB"


# Second part (events.cameo@249): another's visit told in passing is to the clause's doer, the
# host; a show of force is never aimed at the doer's own country; resisting an act refuses it.


def test_anothers_visit_in_passing_is_to_the_host(nlp: Any) -> None:
    text = "During Mr. Netanyahu's visit last month, Mr. Trump praised Canada."
    assert dyads(rules(nlp, text), "visit") == {("ISR", "USA", "04")}


def test_ones_own_visit_in_passing_keeps_its_destination(nlp: Any) -> None:
    text = "During a visit to Paris, Obama praised Canada."
    assert dyads(rules(nlp, text), "visit") == {("USA", "FRA", "04")}


def test_talks_held_in_passing_are_with_the_one_the_clause_names(nlp: Any) -> None:
    text = "Obama raised the issue with Putin at a meeting in Paris."
    assert dyads(rules(nlp, text), "meeting") == {("USA", "RUS", "04")}


def test_a_deployment_of_ones_own_ship_is_aimed_at_no_one_at_home(nlp: Any) -> None:
    text = "The U.S. accelerated the deployment of the USS Abraham Lincoln to the Arabian Sea."
    assert {target for _, target, _ in dyads(rules(nlp, text), "deployment")} <= {None}


def test_a_deployment_to_another_country_is_aimed_at_it(nlp: Any) -> None:
    text = "The U.S. deployed four B-52 bombers to Qatar."
    assert dyads(rules(nlp, text), "deployed") == {("USA", "QAT", "15")}


def test_resisting_signing_is_no_signing(nlp: Any) -> None:
    text = "Mexico did, however, resist signing an agreement with the United States."
    found = rules(nlp, text)
    assert not [e for e in found if e.root_code == "05" and e.mode == "asserted" and not e.negated]
    assert {e.root_code for e in found if e.trigger.text == "resist"} == {"12"}


# Third part (events.cameo@250): "up" or "off" before "on" keeps the verb one "on" something;
# a parent's rule for their own children is no state's coercion.


def test_easing_up_on_sanctions_eases_them(nlp: Any) -> None:
    text = "The United States eased up on sanctions enforcement against Iran."
    found = rules(nlp, text)
    assert {e.root_code for e in found if e.trigger.text == "eased"} == {"08"}
    assert not [e for e in found if e.root_code == "16" and e.source is not None]


def test_cracking_down_on_is_still_its_own_phrase(nlp: Any) -> None:
    text = "Beijing cracked down on protesters in Hong Kong."
    assert {e.root_code for e in rules(nlp, text) if e.trigger.text == "cracked down"} == {"17"}


def test_a_parent_banning_his_children_coerces_no_one(nlp: Any) -> None:
    text = "Facebook investor Roger Kline said he had banned his own children from using Facebook."
    assert {target for _, target, _ in dyads(rules(nlp, text), "banned")} <= {None}


def test_a_state_detaining_someones_children_holds_its_own(nlp: Any) -> None:
    text = "China detained his children."
    assert dyads(rules(nlp, text), "detained") == {("CHN", "CHN", "17")}
