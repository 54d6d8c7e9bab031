"""How a happening is named (issue 4, 2026-11-30, sixteenth session): a noun event whose support
verb's participle names its sides ("sanctions imposed by Canada"), an infinitive that names an
act to come ("an invitation to meet"), a pair named in a phrase ("negotiators from both
countries"), attacks in words between persons, regret, and meetings that name no one they were
with. Sentences written for these tests, with the real spaCy model."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_events_lexicon8 import coded
from tests.test_events_model import analyse

Dyad = tuple[str | None, str | None, str]


def _rules(nlp: Any, text: str, minimum: float = 0.5) -> set[Dyad]:
    return coded(analyse(nlp, text, "2020-01-01", {"event_model": False})[0], minimum)


def _shipped(nlp: Any, text: str, minimum: float = 0.5) -> set[Dyad]:
    return coded(analyse(nlp, text, "2020-01-01", {})[0], minimum)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the participle of a support verb names the doer, and the one they hit
        ("Venezuela remains under economic sanctions imposed by Canada.", ("CAN", "VEN", "163")),
        ("The sanctions imposed by Canada on Belarus hurt its exports.", ("CAN", "BLR", "163")),
    ],
)
def test_a_support_participle_names_the_sides_of_its_noun(
    nlp: Any, text: str, expected: Dyad
) -> None:
    assert expected in _rules(nlp, text), _rules(nlp, text, 0.0)


def test_under_a_framework_with_no_doer_is_still_no_event(nlp: Any) -> None:
    assert _rules(nlp, "Under the agreement, Turkey must take back migrants from Greece.") == set()


def test_a_reaction_to_a_deed_named_with_its_doer_takes_the_doer(nlp: Any) -> None:
    found = _rules(nlp, "Chile condemned the attack carried out by Peru against Bolivia.")
    assert ("CHL", "PER", "111") in found and ("PER", "BOL", "190") in found, found


def test_the_infinitive_of_a_noun_is_an_act_to_come(nlp: Any) -> None:
    events = analyse(
        nlp,
        "Argentina accepted an invitation to meet Chile's president.",
        "2020-01-01",
        {"event_min_confidence": 0.0},
    )[0]
    meetings = [e for e in events if e.root_code == "04"]
    assert meetings and all(e.mode == "hypothetical" for e in meetings), meetings
    assert ("ARG", "CHL", "036") in coded(events, 0.5)


def test_a_pair_named_in_a_phrase_of_the_subject_is_the_pair_before(nlp: Any) -> None:
    text = (
        "Chile and Peru signed a trade deal on Monday. "
        "Negotiators from both countries met in Lima on Tuesday."
    )
    found = _rules(nlp, text)
    assert {("CHL", "PER", "040"), ("PER", "CHL", "040")} <= found, found


def test_a_person_attacking_a_person_attacks_in_words(nlp: Any) -> None:
    found = _rules(
        nlp, "Argentine President Javier Milei attacked Brazilian President Lula da Silva."
    )
    assert ("ARG", "BRA", "111") in found and not {e for e in found if e[2][:2] == "19"}, found


def test_troops_attacking_positions_still_use_force(nlp: Any) -> None:
    found = _rules(nlp, "Argentine troops attacked Brazilian positions near the border.")
    assert ("ARG", "BRA", "190") in found, found


def test_regret_expressed_is_an_apology_and_a_verb_in_a_misparse_is_kept(nlp: Any) -> None:
    # the parser hangs "slammed" on "leaders" as a modifier: a past tense is no attribute.
    # Both pairs are the argument model's, and since events.cameo@245 an added pair is worth
    # what such pairs were found worth (about a third): under the default line, there for a
    # user who lowers it
    text = (
        "Chilean army leaders expressed regret over the incident but slammed Peruvian "
        "leaders for overreacting to the seizure."
    )
    events = analyse(nlp, text, "2020-01-01", {"event_min_confidence": 0.3})[0]
    found = coded(events, 0.3)
    assert ("CHL", "PER", "055") in found and ("CHL", "PER", "111") in found, found
    assert not {d for d in _shipped(nlp, text) if d[2] in ("055", "111")}


@pytest.mark.parametrize(
    "text",
    [
        "Chile's foreign minister said the meeting had been useful for Peru.",
        "The meeting seemed to push momentum toward a summit between Boric and Boluarte.",
    ],
)
def test_a_meeting_that_names_no_one_it_was_with_gets_no_model_pair(nlp: Any, text: str) -> None:
    found = _shipped(nlp, text)
    assert not {e for e in found if e[2] == "040"}, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state's bombing is from the air (195), a group's or a car bomb is 183
        ("Israel bombed Iranian weapons depots in Syria.", ("ISR", "IRN", "195")),
        ("The Iraqi military bombed the convoy near the border on Sunday.", ("IRQ", None, "195")),
    ],
)
def test_a_state_bombs_from_the_air(nlp: Any, text: str, expected: Dyad) -> None:
    found = _rules(nlp, text, 0.0)
    assert expected in found and not {e for e in found if e[2] == "183"}, found


def test_a_direction_is_no_region(nlp: Any) -> None:
    found = _rules(nlp, "The Iraqi military bombed a convoy in western Anbar province.", 0.0)
    assert not {e for e in found if e[1] == "WST"}, found
    assert ("WST", "RUS", "111") in _rules(nlp, "Western nations condemned Russia.")
