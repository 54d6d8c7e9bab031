"""Round 89 (events issue 4, events.cameo@197): errors read on corpus articles outside the gold.
A person who attacks a rival, a predecessor or a person by name attacks in words; the
platform named before a post is no party; "considering" after a comma is a connective, not an
act of weighing options; a noun that is an event itself ("the Iraq war") is no party the argument
model may pair; "her" is no man the article names as one, also for the one judged ("blamed
James Comey for her defeat") and an object pronoun; a photo credit in parentheses is no party.
Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from tests.test_events_model import analyse
from tests.test_events_round12 import rules


def _codes(nlp: Any, text: str, trigger: str) -> set[str]:
    return {e.code for e in rules(nlp, text) if e.trigger.text == trigger}


def test_attacking_a_rival_is_an_attack_in_words(nlp: Any) -> None:
    text = "Senator Ana Soto ignored her call and instead attacked his rival in the Chilean primary."
    assert _codes(nlp, text, "attacked") == {"111"}


def test_attacking_a_person_by_name_is_an_attack_in_words(nlp: Any) -> None:
    text = "Senator Ana Soto attacked Luis Castillo over the pension reform."
    assert _codes(nlp, text, "attacked") == {"111"}


def test_artillery_pounding_positions_is_still_force(nlp: Any) -> None:
    text = "Chilean artillery pounded Peruvian positions near the border."
    assert _codes(nlp, text, "pounded") == {"194"}


def test_gunmen_attacking_a_mayor_is_no_attack_in_words(nlp: Any) -> None:
    text = "Gunmen attacked Mayor Luis Soto in Lima on Monday."
    assert "111" not in _codes(nlp, text, "attacked")


def test_the_platform_of_a_post_is_no_target(nlp: Any) -> None:
    text = "Mexican President Vicente Fox fired back with a Twitter post of his own."
    assert not any(
        e.target and e.target.text == "Twitter" for e in rules(nlp, text) if "fired" in e.trigger.text
    )


def test_considering_after_a_comma_is_no_act(nlp: Any) -> None:
    text = (
        "Chilean spokeswoman Ana Soto described the new Peruvian ad on the subject as "
        "\u201cdishonest and hypocritical,\u201d considering Castillo's own proposals for trade."
    )
    assert not _codes(nlp, text, "considering")


def test_considering_with_an_auxiliary_is_an_act(nlp: Any) -> None:
    assert _codes(nlp, "Chile is considering sanctions on Peru, officials said.", "considering")


def test_a_noun_that_is_an_event_is_no_party_to_the_model(nlp: Any) -> None:
    text = (
        "The new book claims Mr Prescott hosted a dinner in November 2003 where the prime "
        "minister told Mr Brown he would stand down before the next election because he had "
        "lost trust over the Iraq war."
    )
    events, _ = analyse(nlp, text, "2026-02-17", {"event_min_confidence": 0.0})
    assert not any(
        "war" in a.text for e in events for a in (e.source, e.target) if a is not None
    ), events


_BLAMED = (
    "Chilean senator Ana Soto blamed Peruvian police chief Luis Castillo for her defeat in the "
    "election. Castillo said he had done nothing wrong. Soto told donors that Bolivian "
    "President Pedro Sanchez was able to seize on Castillo's reports and use them to attack her."
)


def test_an_object_her_is_no_man_named_before(nlp: Any) -> None:
    found = [e for e in rules(nlp, _BLAMED) if e.trigger.text == "attack"]
    assert found and all(e.target and e.target.actor_code == "CHLLEG" for e in found), found


def test_a_photo_credit_is_no_party(nlp: Any) -> None:
    # (the parser may take the credit for the sentence's subject)
    text = "Lima bars on show. (Ana Soto/The Chilean Times) Peru criticised Bolivia on Monday."
    found = [e for e in rules(nlp, text) if e.trigger.text == "criticised"]
    assert found and all(e.source and e.source.actor_code == "PER" for e in found), found
