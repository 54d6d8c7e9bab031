"""Round 91 (events issue 4, events.cameo@201): errors read on corpus articles outside the gold.
A bare "the regime" (or "the junta") is the government of a country named before it: the one
whose regime the article has told of a few sentences back, else the country named last (one the
article has called a regime preferred), never the subject of a clause above it nor a word of no
state ("Sunni"). A country's name after "anti-" or "non-" is others' ("anti-Chilean
protesters"), though a riot still names whom it is against; a bare role in a condition takes no
country from the clause above ("willing to give up its weapons if military threats subside"); a
reporting clause set in a sentence ("The leaders, Putin added, also discussed") names no target;
withdrawing a request or from a race is no withdrawal (166); giving up weapons is yielding
(080), not giving arms; "it" judged "of" or "for" a deed is a party ("accusing it of lying").
Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from tests.test_events_round12 import dyads, rules
from tests.test_events_round54 import _codes as codes


def test_the_regime_is_the_government_of_the_country_named_before(nlp: Any) -> None:
    text = (
        "Venezuela fired on a fishing boat near the coast on Tuesday. Chile condemned the "
        "regime on Wednesday."
    )
    assert codes(rules(nlp, text), "condemned") == {("CHL", "VENGOV", "111")}


def test_a_regime_told_of_long_before_is_preferred_among_the_countries_in_sight(
    nlp: Any,
) -> None:
    text = (
        "Chile has long criticised the Venezuelan regime. The talks lasted for hours. The "
        "weather was cold. Prices rose in the spring. The port was busy. Trains ran late. "
        "Markets were calm. Peru closed its border with Venezuela after talks with Colombia. "
        "Chile condemned the regime."
    )
    assert codes(rules(nlp, text), "condemned") == {("CHL", "VENGOV", "111")}


def test_the_regime_is_not_the_subject_above_it(nlp: Any) -> None:
    text = "Venezuela said it would never negotiate with the regime."
    found = codes(rules(nlp, text), "negotiate with")
    assert found and not any(t and t.startswith("VEN") for _, t, _ in found), found


def test_anti_before_a_country_name_is_of_others(nlp: Any) -> None:
    found = codes(
        rules(nlp, "Anti-Chilean protesters attacked a bus in Lima on Friday."), "attacked"
    )
    assert not any(s and s.startswith("CHL") for s, _, _ in found), found


def test_anti_before_a_country_still_names_whom_a_riot_is_against(nlp: Any) -> None:
    assert dyads(rules(nlp, "Deadly anti-Chile riots broke out in Peru."), "riots") == {
        ("PER", "CHL", "14")
    }


def test_a_condition_tells_of_no_military_of_the_clause_above(nlp: Any) -> None:
    text = "Peru said it is willing to end its naval drills if military threats against Peru stop."
    found = codes(rules(nlp, text), "threats")
    assert not any(s and s.startswith("PER") for s, _, _ in found), found


def test_a_reporting_clause_set_in_the_sentence_is_no_target(nlp: Any) -> None:
    text = "The European leaders, Putin added, also discussed the possibility of new tariffs."
    found = codes(rules(nlp, text), "discussed")
    assert not any(t and t.startswith("RUS") for _, t, _ in found), found


def test_withdrawing_a_request_or_from_a_race_is_no_withdrawal(nlp: Any) -> None:
    assert (
        dyads(rules(nlp, "Boric withdrew his request after talks with Peru."), "withdrew") == set()
    )
    assert not [
        e
        for e in rules(nlp, "The Chilean senator withdrew from the race in April.")
        if e.root_code == "16"
    ]
    assert dyads(rules(nlp, "Chile withdrew its troops from Peru."), "withdrew") == {
        ("CHL", "PER", "16")
    }


def test_giving_up_weapons_is_yielding_not_giving_arms(nlp: Any) -> None:
    found = {e.code for e in rules(nlp, "Peru gave up its chemical weapons in 2015.")}
    assert found == {"080"}, found


def test_it_judged_for_a_deed_is_a_party(nlp: Any) -> None:
    text = "Chile's foreign ministry answered Peru's criticism on Sunday by accusing it of lying."
    assert ("CHL", "PER", "11") in dyads(rules(nlp, text), "accusing")
