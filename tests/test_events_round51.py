"""Round 51 (events issue 4, events.cameo@149): errors read on corpus articles outside the
gold. "did not confirm or deny" denies nothing; a meeting's with-phrase the parser hangs on
its place; what a supposed act "would" be ("a blockade would be an act of war") is no act
told; someone unplaced after a particle ("met with leaders of ...") or named by a tie
("chided his adviser") leaves no other country to guess as the target; what the subject
undergoes has the subject for its target; a country across a border is a place; the deed one
is disappointed in someone for is that one's; "allegedly" and "reportedly" pass a claim on;
a point conceded is no yielding; a US state that bears a country's name, read as the state
where its politics say so. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from tests.test_events_model import analyse
from tests.test_events_round12 import dyads, rules


def test_not_confirming_or_denying_denies_nothing(nlp: Any) -> None:
    found = [
        e
        for e in rules(nlp, "Chile did not confirm or deny that Peru applied.")
        if e.trigger.text == "deny"
    ]
    assert found and all(e.negated for e in found), found
    found = [
        e
        for e in rules(nlp, "Chile imposed no sanctions or tariffs on Peru.")
        if e.trigger.text == "sanctions"
    ]
    assert found and all(e.negated for e in found), found
    # a clause of its own keeps its own polarity
    text = "Chile did not confirm the report, and Peru denied it."
    found = [e for e in rules(nlp, text) if e.trigger.text == "denied"]
    assert found and not any(e.negated for e in found), found


def test_a_meeting_s_partner_hung_on_its_place(nlp: Any) -> None:
    text = (
        "The Chilean delegation, in Lima for the closing ceremony of the games, met at an "
        "undisclosed location with Peruvian President Pedro Castillo, and expressed a "
        "willingness to meet with Bolivia, his office said."
    )
    assert dyads(rules(nlp, text), "met") == {("CHL", "PER", "04")}


def test_what_a_supposed_act_would_be_is_no_act_told(nlp: Any) -> None:
    for text, trigger in (
        ("Bolivia said a blockade by Chile would be considered an act of war.", "blockade"),
        ("A blockade by Chile would be an act of war, Peru said.", "blockade"),
        ("Peru said an attack by Chile would trigger a response.", "attack"),
    ):
        found = [e for e in rules(nlp, text) if e.trigger.text == trigger]
        assert found and all(e.mode == "hypothetical" for e in found), (text, found)
    # talks said to be coming are told, as planned
    found = [
        e
        for e in rules(nlp, "Peru said talks with Chile would be held in Lima.")
        if e.trigger.text == "talks"
    ]
    assert found and all(e.mode != "hypothetical" for e in found), found


def test_someone_unplaced_after_a_particle_leaves_no_other_target(nlp: Any) -> None:
    text = (
        "President Boric met with leaders of the world's major nuclear powers in Santiago, amid "
        "concern in Congress that the administration will allow Lima to use the dollar."
    )
    found = [e for e in rules(nlp, text) if e.trigger.text == "met with"]
    assert found and not [e for e in found if e.target is not None], found
    events = analyse(nlp, text, "2026-02-17", {})[0]  # (the model neither)
    assert not [e for e in events if e.trigger.text == "met with" and e.target is not None]


def test_someone_named_by_a_tie_leaves_no_other_target(nlp: Any) -> None:
    text = (
        "Boric chided his national security adviser on Sunday, tweeting that Castillo forgot to "
        "say that the results of the election were not changed by the Peruvians."
    )
    assert not [t for _, t, _ in dyads(rules(nlp, text), "chided") if t is not None]


def test_what_the_subject_undergoes_is_done_to_it(nlp: Any) -> None:
    text = (
        "Trump has faced intense criticism from members of both parties for his calls to "
        "temporarily ban Muslim immigration to the U.S."
    )
    events = analyse(nlp, text, "2016-06-13", {})[0]
    found = [e for e in events if e.trigger.text == "criticism"]
    assert found and all(e.target is not None and e.target.text == "Trump" for e in found), found


def test_a_country_across_a_border_is_a_place(nlp: Any) -> None:
    text = "Peru also opposes a full border fence, although it calls for more enforcement along the border with Chile."
    for trigger in ("opposes", "calls for"):
        assert not [t for _, t, _ in dyads(rules(nlp, text), trigger) if t == "CHL"], trigger
    assert ("PER", "CHL", "19") in dyads(
        rules(nlp, "Peru clashed with Chile along the border with Bolivia."), "clashed with"
    )


def test_the_deed_one_is_disappointed_in_someone_for_is_theirs(nlp: Any) -> None:
    text = "Boric said that he is very disappointed in Peru for allegedly selling oil to Bolivia."
    events = rules(nlp, text)
    assert ("CHL", "PER", "11") in dyads(events, "disappointed in")
    assert dyads(events, "selling") == {("PER", "BOL", "06")}
    assert not dyads(events, "disappointed")  # no second reading, in speech, aimed elsewhere


def test_a_claim_passed_on_is_reported(nlp: Any) -> None:
    for text, trigger in (
        ("Chile reportedly attacked Peru on Monday.", "attacked"),
        ("Chile allegedly sold weapons to Bolivia.", "sold"),
    ):
        found = [e for e in rules(nlp, text) if e.trigger.text == trigger]
        assert found and all(e.mode == "reported" for e in found), (text, found)
    found = [
        e for e in rules(nlp, "Chile attacked Peru on Monday.") if e.trigger.text == "attacked"
    ]
    assert found and all(e.mode == "asserted" for e in found), found


def test_a_point_conceded_is_no_yielding(nlp: Any) -> None:
    for text in (
        "President Boric conceded in a tweet that Peru did carry out a campaign against Chile.",
        "Chile conceded that Peru had a point.",
    ):
        assert not dyads(rules(nlp, text), "conceded"), text
    assert ("PER", "CHL", "08") in dyads(
        rules(nlp, "Peru conceded the disputed islands to Chile."), "conceded"
    )


def test_a_us_state_named_like_a_country(nlp: Any) -> None:
    from newsgraph.extract.geo.gazetteer import load_gazetteer
    from newsgraph.extract.geo.recognise import Mention, qualify

    gaz = load_gazetteer()
    for text, state in (
        ("Kelly Loeffler, Republican of Georgia, spoke.", "GA"),
        ("Georgia Gov. Brian Kemp spoke.", "GA"),
        ("Georgia Republicans met.", "GA"),
        ("Russia invaded Georgia in 2008.", None),
        ("Georgia's parliament voted.", None),
    ):
        start = text.index("Georgia")
        mention = Mention(start, start + len("Georgia"), "ner")
        qualify(text, [mention], gaz)
        assert mention.qualifier_state == state, text
    text = "Kelly Loeffler, Republican of Georgia, criticized Peru on Monday in Atlanta."
    assert ("USA", "PER", "11") in dyads(rules(nlp, text), "criticized")
    assert ("PER", "GEO", "11") in dyads(
        rules(nlp, "Peru criticized Georgia over its Russia policy."), "criticized"
    )


def test_whoever_answers_a_deed_did_not_do_it(nlp: Any) -> None:
    # the argument model gave the tests to the one answering them; `_answering` names the
    # countries the model may not make their doer
    from types import SimpleNamespace

    from newsgraph.extract.eventcoder.actors import ResolvedActor
    from newsgraph.extract.eventcoder.model import Mention
    from newsgraph.extract.events import _answering

    boric = ResolvedActor("Boric", 0, 5, "CHLGOV")
    for text, answering in (
        ("Boric issued a stern response to the tests early August.", {"CHL"}),
        ("Boric's reaction to the tests was swift.", {"CHL"}),
        ("Boric criticized the tests early August.", set()),
    ):
        doc = nlp(text)
        cand = SimpleNamespace(trigger=next(t for t in doc if t.text == "tests"))
        assert _answering(cand, [Mention(doc[0], boric)]) == answering, text  # type: ignore[arg-type]


def test_the_rules_target_stays_the_target_of_a_pair_of_one_country(nlp: Any) -> None:
    text = (
        "The violence fuelled criticism of Chancellor Angela Merkel's decision to open "
        "Germany's doors to more than a million migrants."
    )
    # (the model's pair, Germany > Merkel, is an added one: since events.cameo@245 it is worth
    # what such pairs were found worth, under the default line)
    events = analyse(nlp, text, "2016-01-05", {"event_min_confidence": 0.3})[0]
    found = [e for e in events if e.trigger.text == "criticism"]
    assert found and all(e.target is not None and "Merkel" in e.target.text for e in found), found


def test_no_event_in_pulling_back_a_plan_or_occupying_ground(nlp: Any) -> None:
    assert not dyads(
        rules(nlp, "Peru eventually pulled back its plan to launch missiles toward Chile."),
        "pulled back",
    )
    assert dyads(rules(nlp, "Peru pulled back its troops from Chile."), "pulled back") == {
        ("PER", "CHL", "16")
    }
    assert not dyads(
        rules(nlp, "The Peruvian party had learned to occupy the political centre ground."),
        "occupy",
    )
    assert ("PER", None, "19") in dyads(rules(nlp, "Peru occupied the town."), "occupied")


def test_the_doer_s_own_words_name_no_target(nlp: Any) -> None:
    text = (
        "The chancellor's insistence was a pointed rebuttal of a warning from new European "
        "Commissioner Peter Mandelson."
    )
    assert not [t for _, t, _ in dyads(rules(nlp, text), "warning") if t is not None]
    text = "Peruvian minister Rosa Gutierrez remained in office until 1995, when she resigned to become European commissioner for transport."
    assert not [t for _, t, _ in dyads(rules(nlp, text), "resigned") if t is not None]


def test_fighting_to_do_something_is_no_force(nlp: Any) -> None:
    assert not dyads(
        rules(nlp, "Peruvian Democrats have been fighting to tighten gun restrictions in Chile."),
        "fighting",
    )
    assert ("PER", "CHL", "19") in dyads(
        rules(nlp, "Peru fought Chile to regain the islands."), "fought"
    )
    assert dyads(
        rules(nlp, "Peruvian troops fought to retake the town from Chilean forces."), "fought"
    )


def test_a_party_named_deep_in_a_phrase_of_a_phrase_is_no_target(nlp: Any) -> None:
    text = (
        "Peru had threatened to hold up the nominees in June as bargaining chips in the debate "
        "over the president's position of tariffs and travel restrictions to Chile."
    )
    assert not [t for _, t, _ in dyads(rules(nlp, text), "threatened") if t is not None]
