"""What a speaker says before the speech verb, which way the argument model's pairs go, and
the epithets that name a state (issue 4, 2026-11-30, twelfth session); whose deed a reaction
names, what one speaks about, sanctions proposed (thirteenth session). Sentences written for
these tests, with the real spaCy model (the rules alone); the pairs are hand-built."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from newsgraph.extract.eventcoder.actors import ResolvedActor
from newsgraph.extract.events import _one_direction
from tests.test_events_lexicon8 import coded
from tests.test_events_model import analyse


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the opening clause, set off by a comma, is what the speaker at the end says
        # (an appeal to end a blockade is an appeal to yield, 025; "must" demands it, 100)
        (
            "Peru should end the blockade, Chile's foreign minister said on Friday.",
            ("CHL", "PER", "025"),
        ),
        (
            "Peru must end the blockade, Chile's foreign minister said on Friday.",
            ("CHL", "PER", "100"),
        ),
        ("Peru is arming the rebels, Chile warned.", ("CHL", "PER", "111")),
    ],
)
def test_a_clause_before_its_speech_verb_is_what_was_said(
    nlp: Any, text: str, expected: tuple[str, str, str]
) -> None:
    events = analyse(nlp, text, "2020-01-01", {"event_model": False})[0]
    assert expected in coded(events), coded(events, 0.0)


def test_a_clause_before_a_verb_with_its_own_complement_is_not_said(nlp: Any) -> None:
    # "warned that ..." says its own clause; the opening one is the writer's
    text = "Peru must end the blockade, and Chile warned that talks would fail."
    events = analyse(nlp, text, "2020-01-01", {"event_model": False})[0]
    assert ("CHL", "PER", "020") not in coded(events, 0.0), coded(events, 0.0)


def _actor(code: str) -> ResolvedActor:
    return ResolvedActor(code, 0, 3, code)


def test_a_reversed_model_pair_scoring_lower_is_dropped() -> None:
    chl, per = _actor("CHL"), _actor("PER")
    pairs = [(chl, per, "verb:sanction", 0.8), (per, chl, "model:pair", 0.6)]
    sanction = SimpleNamespace(code="163")
    assert _one_direction(sanction, pairs) == pairs[:1]  # type: ignore[arg-type]
    # the rules' own pairs stay, and a model pair with no higher reverse stays
    assert _one_direction(sanction, pairs[::-1][:1]) == pairs[1:]  # type: ignore[arg-type]
    both = [(chl, per, "model:pair", 0.6), (per, chl, "verb:sanction", 0.5)]
    assert _one_direction(sanction, both) == both  # type: ignore[arg-type]
    # meetings are coded both ways
    meeting = SimpleNamespace(code="040")
    assert _one_direction(meeting, pairs) == pairs  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Jewish state threatened Lebanon on Monday.", ("ISR", "LBN", "130")),
        ("Israel accused the Islamic republic of arming the militants.", ("ISR", "IRN", "112")),
        # a longer official name ending in another country is that country
        ("The Islamic republic of Pakistan threatened India.", ("PAK", "IND", "130")),
    ],
)
def test_epithets_of_states(nlp: Any, text: str, expected: tuple[str, str, str]) -> None:
    events = analyse(nlp, text, "2020-01-01", {"event_model": False})[0]
    assert expected in coded(events), coded(events, 0.0)


@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        # the deed one is accused of is the accused's, and alleged
        (
            "Chile accused Peru of the attack on the border post.",
            ("PER", None, "190", "reported"),
            ("CHL", None, "190", "asserted"),
        ),
        # members listed under a plural head act one by one, with the head's role
        (
            "The leaders of Chile, Bolivia and Ecuador accused Peru of meddling.",
            ("BOL", "PER", "112", "asserted"),
            None,
        ),
        (
            "Countries such as Chile and Bolivia criticized Peru's blockade.",
            ("BOL", "PER", "111", "asserted"),
            None,
        ),
        # the ones "along with" the subject act too; a partner "alongside" the verb does not
        (
            "Chile, along with Bolivia, criticized Peru on Monday.",
            ("BOL", "PER", "111", "asserted"),
            None,
        ),
        (
            "Chile fought alongside Bolivia against Peru.",
            ("CHL", "PER", "190", "asserted"),
            ("BOL", "PER", "190", "asserted"),
        ),
        # members named in an apposition
        (
            "Three Andean countries, Chile, Bolivia and Ecuador, criticized Peru on Monday.",
            ("ECU", "PER", "111", "asserted"),
            None,
        ),
        # coordinated country words on one role noun: each country's officials, together
        (
            "Chilean and Peruvian negotiators met in Geneva on Monday.",
            ("PER", "CHL", "040", "asserted"),
            None,
        ),
    ],
)
def test_whose_deed_and_which_members(
    nlp: Any,
    text: str,
    expected: tuple[str | None, str | None, str, str],
    not_expected: tuple[str | None, str | None, str, str] | None,
) -> None:
    events = analyse(nlp, text, "2020-01-01", {"event_model": False})[0]
    found = {
        (
            e.source.actor_code[:3] if e.source else None,
            e.target.actor_code[:3] if e.target else None,
            e.code,
            e.mode,
        )
        for e in events
    }
    assert expected in found, found
    if not_expected is not None:
        assert not_expected not in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Peru poisoned a defector in Lima. Chile condemned the poisoning on Monday.",
        "Peru invaded Ecuador in May. Chile condemned the invasion on Monday.",
    ],
)
def test_a_deed_condemned_by_its_noun_is_the_doers(nlp: Any, text: str) -> None:
    # "the poisoning" names the deed "poisoned" told before: its doer is the target
    events = analyse(nlp, text, "2020-01-01", {"event_model": False})[0]
    assert ("CHL", "PER", "111") in coded(events), coded(events, 0.0)


@pytest.mark.parametrize(
    "text",
    [
        "Peru fired a missile on Friday. Chile condemned the launch on Saturday.",
        "Peru fired a missile on Friday. Chile's foreign minister called the launch a provocation.",
    ],
)
def test_a_deed_named_by_another_word_of_its_code_is_the_doers(nlp: Any, text: str) -> None:
    # "the launch" (150) names the deed told as "fired a missile" (150): its doer is the target
    events = analyse(nlp, text, "2020-01-01", {"event_model": False})[0]
    assert ("CHL", "PER", "111") in coded(events), coded(events, 0.0)


@pytest.mark.parametrize(
    ("text", "own"),
    [
        # a happening named as what one speaks or hears about is not one's own act
        ("Chile's foreign minister spoke about the missile tests on Friday.", False),
        ("Peru's defense minister commented on the missile tests on Friday.", False),
        # the object of a verb the lexicon does not know is one's own (guard)
        ("Chile's navy conducted missile tests on Friday.", True),
    ],
)
def test_a_happening_spoken_about_is_no_act_of_the_speaker(nlp: Any, text: str, own: bool) -> None:
    events = analyse(nlp, text, "2020-01-01", {"event_model": False})[0]
    tests = {(s, c) for s, _, c in coded(events, 0.0) if c == "150"}
    speaker = "PER" if "Peru" in text else "CHL"
    assert ((speaker, "150") in tests) is own, coded(events, 0.0)


def test_the_sanctions_office_is_the_us_government(nlp: Any) -> None:
    text = "The Office of Foreign Assets Control sanctioned Peru's defense minister."
    events = analyse(nlp, text, "2020-01-01", {"event_model": False})[0]
    assert ("USA", "PER", "163") in coded(events), coded(events, 0.0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile proposed new tariffs on Peruvian goods.", ("CHL", "PER", "132")),
        ("Chile proposed sanctions against Peru's defense minister.", ("CHL", "PER", "132")),
        # talks proposed stay an offer to meet (guard)
        ("Chile proposed talks with Peru.", ("CHL", "PER", "036")),
    ],
)
def test_sanctions_proposed_threaten(nlp: Any, text: str, expected: tuple[str, str, str]) -> None:
    events = analyse(nlp, text, "2020-01-01", {"event_model": False})[0]
    assert expected in coded(events), coded(events, 0.0)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Britain condemned Russia's alleged meddling in the election.", "alleged"),
        ("A visiting Peruvian envoy met Chile's president on Monday.", "visiting"),
        ("Peru criticized the proposed sanctions.", "proposed"),
    ],
)
def test_a_participle_before_its_noun_tells_no_event(nlp: Any, text: str, word: str) -> None:
    # it describes the noun: "Russia's alleged meddling" is no accusation made by anyone
    events = analyse(nlp, text, "2020-01-01", {"event_model": False, "event_min_confidence": 0.0})
    assert all(e.trigger.text != word for e in events[0]), [e.trigger.text for e in events[0]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Chile-led coalition attacked Peru's border posts.", ("CHL", "PER", "190")),
        # the tokenizer keeps "U.S.-led" one word
        ("The U.S.-led coalition attacked Peru's border posts.", ("USA", "PER", "190")),
    ],
)
def test_a_coalition_led_by_a_country_is_its_leaders(
    nlp: Any, text: str, expected: tuple[str, str, str]
) -> None:
    events = analyse(nlp, text, "2020-01-01", {"event_model": False})[0]
    assert expected in coded(events), coded(events, 0.0)


def test_the_g8_is_coded_as_the_g7(nlp: Any) -> None:
    # the G8 (the G7 and Russia) has no code of its own
    events = analyse(nlp, "Other G8 nations criticized Peru.", "2020-01-01", {"event_model": False})
    assert ("IGO", "PER", "111") in coded(events[0]), coded(events[0], 0.0)
