"""Political parties: a party that means one country ("the Tories", "BJP") is coded by that
country (organisations.tsv); a party name many countries use ("Labour", "the Greens") takes
the article's home country, and listed leaders and parties count toward that home country."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.extract import actors
from newsgraph.extract.entities import extract_entities
from newsgraph.extract.registry import Context
from newsgraph.records import Actor, Article, Entity
from tests.test_entities import _by_name, _entities
from tests.test_events_model import analyse, find


def _hand_built(words: list[str], ents: list[str]) -> tuple[Entity, ...]:
    """Entities of a doc whose names are set by hand (no parser, no CoNLL spans)."""
    import spacy
    from spacy.tokens import Doc

    doc = Doc(spacy.blank("en").vocab, words=words, ents=ents)
    return extract_entities(Context(article=Article(id="t", text=doc.text), doc=doc))


def test_entities_parties_lower_case_acronym_is_no_party() -> None:
    assert actors.organisation("BJP") == Actor("IND", "IND", None)
    assert actors.organisation("bjp") is None
    words = ["The", "bjp", "and", "the", "SNP", "said", "no", "."]
    ents = ["O", "B-ORG", "O", "O", "B-ORG", "O", "O", "O"]
    found = _hand_built(words, ents)
    assert _by_name(found, "bjp").actor is None
    assert _by_name(found, "SNP").actor == Actor("GBR", "GBR", None)


def test_entities_parties_leaders_and_parties_make_the_home_country() -> None:
    # no country word at all: two listed leaders and a listed party say GBR
    words = ["Blair", "and", "Brown", "met", "the", "Tories", ".", "The", "Conservatives"]
    words += ["agreed", "."]
    ents = ["B-PERSON", "O", "B-PERSON", "O", "O", "B-NORP", "O", "O", "B-NORP", "O", "O"]
    found = _hand_built(words, ents)
    conservatives = _by_name(found, "Conservatives")
    assert conservatives.actor == Actor("GBR", "GBR", None)
    assert "party:Conservatives -> GBR" in conservatives.evidence
    assert "org:Tories -> GBR" in _by_name(found, "Tories").evidence


@pytest.mark.model
def test_entities_parties_listed_party_has_its_country(nlp: Any) -> None:
    text = "The Tories have accused Tony Blair of being terrified of scrutiny."
    found = _entities(nlp, text)
    tories = _by_name(found, "Tories")
    assert tories.actor is not None and tories.actor.country == "GBR"
    assert tories.actor.code == "GBR"
    assert _by_name(found, "Tony Blair").actor == Actor("GBRGOV", "GBR", "GOV")
    events, _ = analyse(nlp, text, "2025-03-10")
    assert find(events, "GBR", "GBR", "11"), events


@pytest.mark.model
def test_entities_parties_shared_party_name_takes_the_home_country(nlp: Any) -> None:
    text = (
        "Labour has promised to scrap the tax if it wins the next election. Tony Blair told "
        "party members in Brighton that the Tories had run out of ideas, and Gordon Brown said "
        "the Conservatives would cut hospital budgets."
    )
    found = _entities(nlp, text)
    labour = _by_name(found, "Labour")
    assert labour.actor == Actor("GBR", "GBR", None)
    assert "party:Labour -> GBR" in labour.evidence
    assert _by_name(found, "Conservatives").actor == Actor("GBR", "GBR", None)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Labour said on Tuesday it would vote against the bill.",
        "The Greens criticised the budget on Friday.",
    ],
)
def test_entities_parties_shared_party_name_without_home_has_no_actor(nlp: Any, text: str) -> None:
    (party,) = _entities(nlp, text)
    assert party.actor is None


@pytest.mark.model
def test_entities_parties_home_counts_a_leader_once(nlp: Any) -> None:
    # Putin named three times, Ukraine twice: the story is about Ukraine (a leader's name
    # repeats through a story about him, whatever country it is about)
    text = (
        "Vladimir Putin spoke on Friday. Putin said the Greens were wrong about Ukraine. "
        "Putin added that Ukraine would pay."
    )
    assert _by_name(_entities(nlp, text), "Greens").actor == Actor("UKR", "UKR", None)


@pytest.mark.model
def test_entities_parties_congress_party_is_indian(nlp: Any) -> None:
    found = _entities(nlp, "The BJP criticised the Congress party over the farm laws.")
    assert _by_name(found, "BJP").actor == Actor("IND", "IND", None)
    assert _by_name(found, "Congress").actor == Actor("IND", "IND", None)
    # "Congress" alone: India's party in a story about India, the U.S. Congress elsewhere
    text = (
        "Congress accused the BJP of weakening India's institutions on Monday, and Modi "
        "dismissed the charge."
    )
    congress = _by_name(_entities(nlp, text), "Congress")
    assert congress.actor is not None and congress.actor.country == "IND"
    us = _entities(nlp, "Congress passed the bill on Friday, and President Obama signed it.")
    assert _by_name(us, "Congress").actor == Actor("USALEG", "USA", "LEG")


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # Our own sentences: the recognizer keeps only "Democrat(s)" of the British party's name
        "But the Liberal Democrat's home affairs spokesman accused Mr Clarke of dodging the issue.",
        "Liberal Democrats said the bill went too far.",
    ],
)
def test_entities_parties_a_name_cut_short_is_the_longer_listed_party(nlp: Any, text: str) -> None:
    found = [e for e in _entities(nlp, text) if e.name.startswith(("Democrat", "Liberal"))]
    assert found, [e.name for e in _entities(nlp, text)]
    assert all(e.actor is not None and e.actor.country == "GBR" for e in found), found


@pytest.mark.model
def test_entities_parties_a_bare_democrat_stays_american(nlp: Any) -> None:
    text = "The Democrats in Congress said the bill went too far."
    found = [e for e in _entities(nlp, text) if e.name.startswith("Democrat")]
    assert found and all(e.actor is not None and e.actor.country == "USA" for e in found)
