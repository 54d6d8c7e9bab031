"""Round 48 (events issue 4, events.cameo@141 to @143): more errors read on corpus articles
outside the gold. Charging a price is no accusation; blame one "gets" is undergone; the deed
one is "charged with" is the charged one's; a leader listed by surname is no namesake with
another first name ("Adam L. Braverman" is no Suella Braverman); "attacked X as soft on
security" is an attack in words; what one is banned, barred or prevented "from" doing is
theirs, and not done; business, union, rebel and opposition leaders are no government.
Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from tests.test_events_round12 import dyads, rules


def test_charging_a_price_is_no_accusation(nlp: Any) -> None:
    assert not dyads(rules(nlp, "Peru charges a 10 percent tariff on cars from Chile."), "charges")
    found = dyads(rules(nlp, "Peru charged Chile with violating the treaty."), "charged")
    assert ("PER", "CHL", "17") in found


def test_the_deed_one_is_charged_with_is_one_s_own(nlp: Any) -> None:
    found = dyads(rules(nlp, "Peru charged Chile with violating the treaty."), "violating")
    assert found and all(source == "CHL" for source, _, _ in found), found


def test_blame_one_gets_is_undergone(nlp: Any) -> None:
    found = dyads(rules(nlp, "Bolivia got the blame for the clashes."), "blame")
    assert (None, "BOL", "11") in found


def test_a_leader_s_namesake_is_no_leader() -> None:
    from newsgraph.extract.actors import leader

    namesake = leader("Adam L. Braverman")
    assert namesake is None
    holder = leader("Suella Braverman")
    assert holder is not None and holder.code == "GBRGOV"
    assert leader("Braverman") == holder
    putin = leader("Vladimir V. Putin")
    assert putin is not None and putin.code == "RUSGOV"
    assert leader("President Putin") == putin
    assert leader("Hunter Biden") is None


def test_an_attack_calling_someone_names_is_in_words(nlp: Any) -> None:
    text = "Peru's president attacked the Chilean minister as soft on border security."
    found = dyads(rules(nlp, text), "attacked")
    assert found and all(root == "11" for _, _, root in found), found
    text = "Peruvian troops attacked Chilean forces as part of the offensive."
    found = dyads(rules(nlp, text), "attacked")
    assert found and all(root == "19" for _, _, root in found), found


def test_what_one_is_kept_from_doing_is_one_s_own_and_not_done(nlp: Any) -> None:
    for text, trigger, doer in (
        ("Peru prevented Bolivia from attacking Chile.", "attacking", "BOL"),
        ("U.N. resolutions ban North Korea from launching rockets.", "launching", "PRK"),
        ("Peru barred Chile from sending troops to the border.", "sending", "CHL"),
    ):
        events = [e for e in rules(nlp, text) if e.trigger.text == trigger]
        assert events, text
        for event in events:
            assert event.negated, (text, event)
            assert event.source is not None and (event.source.actor_code or "")[:3] == doer
    # the barring itself is an event of the one who bars
    found = dyads(rules(nlp, "Peru barred Chile from sending troops to the border."), "barred")
    assert ("PER", "CHL", "17") in found
    # a tensed verb joined to the gerund is the barring one's
    text = "The Security Council bars North Korea from importing gas and capped its oil imports."
    assert not [d for d in dyads(rules(nlp, text), "capped") if d[0] == "PRK"]


def test_business_leaders_are_no_government(nlp: Any) -> None:
    from newsgraph.extract.eventcoder.actors import ActorResolver
    from tests.test_events_model import analyse

    text = "Chilean business leaders met Peru's president. Bolivian rebel leaders met him too."
    _, results = analyse(nlp, text)
    doc = nlp(text)
    resolver = ActorResolver(doc, results["entities"], look_back=True)
    codes = {t.i: a.code for t in doc if t.lower_ == "leaders" and (a := resolver.resolve(t))}
    assert sorted(codes.values()) == ["BOLREB", "CHLBUS"], codes
    found = dyads(rules(nlp, "Chilean leaders met Peru's president."), "met")
    assert ("CHL", "PER", "04") in found
