"""Events round 11 (issue 4, 2026-11-29): "the two countries" and "both leaders" take the two
countries named just before; a name given ("called X a wicked monkey") blames or praises by its
words' valence; a noun event that names both its sides stands as an event even as another's
object; "pushed X to ..." appeals to X; "open to negotiating" is an intent. Each is checked on
a sentence written for this test, with the real spaCy model (the rules alone)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_events_lexicon8 import coded
from tests.test_events_model import analyse


@pytest.mark.parametrize(
    "text",
    [
        "Chile and Peru have grown closer in recent years. The two countries signed a gas deal.",
        "Chile and Peru have grown closer in recent years. Talks between the two countries "
        "fell apart on Monday.",
        "Chile's president flew home from Lima on Monday. The two leaders discussed trade.",
    ],
)
def test_a_pair_phrase_takes_the_two_countries_named_before(nlp: Any, text: str) -> None:
    found = {(s, t) for s, t, _ in coded(analyse(nlp, text)[0])}
    assert {("CHL", "PER"), ("PER", "CHL")} <= found, coded(analyse(nlp, text)[0], 0.0)


def test_a_pair_phrase_after_three_countries_is_nobody(nlp: Any) -> None:
    # three countries named before "the two leaders": anyone's guess, so no pair
    text = "Chile, Peru and Bolivia sent ministers to Quito. The two leaders signed a gas deal."
    events, _ = analyse(nlp, text)
    assert not [e for e in events if e.code == "057" and e.confidence >= 0.5], coded(events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile's president called Peru's president a wicked liar.", ("CHL", "PER", "111")),
        (
            "Chile's president described Peru's president as a terrific partner.",
            ("CHL", "PER", "051"),
        ),
        ("Chile's president called Peru's blockade a disaster.", ("CHL", "PER", "111")),
    ],
)
def test_a_name_given_blames_or_praises_by_its_valence(
    nlp: Any, text: str, expected: tuple[str, str, str]
) -> None:
    events, _ = analyse(nlp, text)
    assert expected in coded(events), coded(events, 0.0)


def test_a_name_negated_judges_nobody(nlp: Any) -> None:
    events, _ = analyse(nlp, "Chile's president called Peru's blockade not a bad thing.")
    assert not [e for e in events if e.code[:2] in ("05", "11")], coded(events, 0.0)


@pytest.mark.parametrize(
    "text",
    [
        "Chile is pushing back against Peru's new tariffs.",
        "Chile's president said he would push ahead with plans to cut Peru's quotas.",
    ],
)
def test_pushing_back_or_ahead_is_no_appeal(nlp: Any, text: str) -> None:
    events, _ = analyse(nlp, text)
    assert not [e for e in events if e.code == "020"], coded(events, 0.0)


def test_a_hope_for_another_s_act_is_no_intent(nlp: Any) -> None:
    events, _ = analyse(nlp, "Chile hopes that Peru will meet Bolivia halfway.")
    assert not [e for e in events if e.code.startswith("03")], coded(events, 0.0)


def test_a_deal_between_three_countries_is_all_three_s(nlp: Any) -> None:
    events, _ = analyse(nlp, "The deal was struck last year between Chile, Peru and Bolivia.")
    pairs = {(s, t) for s, t, code in coded(events) if code == "057"}
    assert pairs == {
        ("CHL", "PER"),
        ("CHL", "BOL"),
        ("PER", "CHL"),
        ("PER", "BOL"),
        ("BOL", "CHL"),
        ("BOL", "PER"),
    }, coded(events, 0.0)


def test_talks_between_four_countries_make_no_pairs(nlp: Any) -> None:
    events, _ = analyse(nlp, "Talks between Chile, Peru, Bolivia and Ecuador began on Monday.")
    assert not [e for e in events if e.source and e.target and e.confidence >= 0.5], coded(
        events, 0.0
    )


def test_a_list_of_leaders_the_parser_makes_appositions_all_act(nlp: Any) -> None:
    text = (
        "In a joint statement, President Trump, French President Emmanuel Macron, German "
        "Chancellor Angela Merkel and British Prime Minister Boris Johnson condemned Russia."
    )
    sources = {s for s, t, code in coded(analyse(nlp, text)[0]) if t == "RUS"}
    assert sources == {"USA", "FRA", "DEU", "GBR"}, coded(analyse(nlp, text)[0], 0.0)


@pytest.mark.parametrize(
    ("text", "expected", "min_confidence"),
    [
        # a noun event that names both its sides: the violation and the sanctions are two acts
        ("The shipping firm violated Chilean sanctions on Peru.", ("CHL", "PER", "163"), 0.5),
        # pushing a country to act appeals to it
        ("Chilean officials have pushed Peru to limit its fleet.", ("CHL", "PER", "020"), 0.5),
        # readiness, hope and desire to act are intents ("hoped": the small model's lemma is
        # "hop", which the lexicon puts right)
        ("Chile is open to negotiating a trade deal with Peru.", ("CHL", "PER", "036"), 0.5),
        ("Chile's president hoped to meet Peru's president in Lima.", ("CHL", "PER", "036"), 0.4),
        (
            "Chile's president expressed his desire to meet Peru's president.",
            ("CHL", "PER", "036"),
            0.4,
        ),
        # a container noun ("a round of", "a package of") is transparent to the act done to it
        (
            "The U.N. Security Council approved the ninth round of sanctions against Pyongyang.",
            ("IGO", "PRK", "163"),
            0.5,
        ),
        ("The UNSC approved new sanctions against Pyongyang.", ("IGO", "PRK", "163"), 0.5),
    ],
)
def test_round_11_codes(
    nlp: Any, text: str, expected: tuple[str, str, str], min_confidence: float
) -> None:
    events, _ = analyse(nlp, text)
    assert expected in coded(events, min_confidence), coded(events, 0.0)


@pytest.mark.parametrize(
    "text",
    [
        "Chile's president, joined by Peru's president, condemned Bolivia.",
        "Chile's president, joined by Peru's president and Ecuador's president, condemned Bolivia.",
    ],
)
def test_the_ones_who_join_act_too(nlp: Any, text: str) -> None:
    sources = {s for s, t, code in coded(analyse(nlp, text)[0]) if t == "BOL"}
    assert {"CHL", "PER"} <= sources, coded(analyse(nlp, text)[0], 0.0)


@pytest.mark.parametrize(
    "text",
    [
        "Chile and Peru accused each other of violating the ceasefire.",
        "Chile and Peru criticized one another on Monday.",
    ],
)
def test_sides_that_act_on_each_other_are_both_targets(nlp: Any, text: str) -> None:
    pairs = {(s, t) for s, t, code in coded(analyse(nlp, text)[0]) if code.startswith("11")}
    assert pairs == {("CHL", "PER"), ("PER", "CHL")}, coded(analyse(nlp, text)[0], 0.0)


def test_sides_that_act_together_are_no_targets(nlp: Any) -> None:
    # "condemned the launch" together: each condemns someone unnamed, not each other
    events, _ = analyse(nlp, "Chile, Peru and Bolivia condemned the launch.")
    assert not [e for e in events if e.source and e.target], coded(events, 0.0)
