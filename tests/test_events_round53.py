"""Round 53 (events issue 4, events.cameo@151, entities.spacy@27): errors read on corpus
articles outside the gold. A participle stranded after a preposition names no doer; a passive
verb joined to another is said of the first one's subject; a country in a border's name is a
place; being encouraged or reassured by something is a feeling; attacks on one's own
institutions, on qualities or told as a claim are words; "the opposition" doing something is a
group; a nationality joined to "-language" names a language; a "he" going on from another "he"
is the same person; "pressing" an attack is no demand. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from tests.test_events_model import analyse
from tests.test_events_round12 import dyads, rules


def test_a_participle_stranded_after_a_preposition_names_no_doer(nlp: Any) -> None:
    text = (
        "Shares in Andina, the Peruvian company founded by assassinated former president "
        "Juan Perez, fell 15% in trading in Lima."
    )
    found = [e for e in rules(nlp, text) if e.trigger.text == "assassinated"]
    assert found and all(e.source is None for e in found), found


def test_a_passive_verb_joined_to_another_is_said_of_its_subject(nlp: Any) -> None:
    assert ("BOL", "PER", "11") in dyads(
        rules(nlp, "Peru invaded Chile and was condemned by Bolivia."), "condemned"
    )
    text = "Argentina criticized Peru, which invaded Chile last year and is condemned by Bolivia."
    assert ("BOL", "PER", "11") in dyads(rules(nlp, text), "condemned")


def test_a_country_in_a_borders_name_is_a_place(nlp: Any) -> None:
    text = "Chile wants to build a wall on the Peru-Chile border."
    for events in (rules(nlp, text), analyse(nlp, text, "2026-02-17", {})[0]):
        assert not [e for e in events if e.target is not None and e.target.actor_code == "PER"]


def test_being_encouraged_by_something_is_a_feeling(nlp: Any) -> None:
    for text in (
        "The Peruvian president said he was encouraged by Chile's efforts.",
        "Peru's foreign minister was encouraged that Chile had agreed to talks.",
    ):
        assert not dyads(rules(nlp, text), "encouraged"), text
    text = "Peru was encouraged by Chile to join the pact."
    assert ("CHL", "PER", "02") in dyads(rules(nlp, text), "encouraged")


def test_attacks_in_words(nlp: Any) -> None:
    text = "Peruvian President Martin Vizcarra renewed his attacks on the Peruvian Congress."
    assert ("PER", "PER", "11") in dyads(rules(nlp, text), "attacks on")
    text = "Peruvian Senator Ana Ruiz pressed her attack that Chile's president is unfit to lead."
    found = rules(nlp, text)
    assert dyads(found, "attack") == {("PER", None, "11")}, found
    assert not dyads(found, "pressed"), found  # pressing an attack is no demand
    text = "Peruvian Senator Ana Ruiz launched an attack on the Chilean president's qualifications."
    assert {r for _, _, r in dyads(rules(nlp, text), "attack on")} == {"11"}
    # force stays force
    assert ("PER", "CHL", "19") in dyads(
        rules(nlp, "Peru pressed its attack on Chile."), "attack on"
    )


def test_the_opposition_doing_something_is_a_group(nlp: Any) -> None:
    text = "Peruvian President Martin Vizcarra and the Peruvian opposition may finally sit down."
    assert not dyads(rules(nlp, text), "opposition")
    text = "The Peruvian opposition to the Chilean plan has grown."
    assert dyads(rules(nlp, text), "opposition to")


def test_a_nationality_joined_to_language_names_a_language(nlp: Any) -> None:
    from newsgraph.extract.entities import extract_entities
    from newsgraph.extract.registry import Context
    from newsgraph.records import Article

    text = "The Peruvian president released a Spanish-language video criticizing Chile's plan."
    doc = nlp(text)
    entities = extract_entities(Context(Article(id="a", text=text), doc, {}, {}))
    spanish = [e for e in entities if e.name == "Spanish"]
    assert spanish and spanish[0].actor is None
    assert any(e.name == "Peruvian" or e.actor is not None for e in entities)
    for events in (rules(nlp, text), analyse(nlp, text, "2026-02-17", {})[0]):
        assert not [
            e
            for e in events
            for side in (e.source, e.target)
            if side is not None and (side.actor_code or "").startswith("ESP")
        ]


def test_he_going_on_from_another_he_is_the_same_person(nlp: Any) -> None:
    text = (
        "Peruvian President Martin Vizcarra sat down with Chilean President Sebastian Pinera. "
        "He then met Bolivian President Evo Morales. He also met Argentine President Mauricio "
        "Macri."
    )
    assert ("BOL", "ARG", "04") not in dyads(rules(nlp, text), "met")
