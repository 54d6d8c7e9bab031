"""Round 62 (events issue 4, events.cameo@163): errors read on corpus articles outside the gold.
Offering little in the way of comment is no offer; what is looked into is not the looker's
deed; the noun a relative clause hangs on is its verb's object ("the talks that X held with Y");
a comma "conjunct" that a subjectless verb follows is the next clause's subject; a thing
flown somewhere is nobody's trip; people detained "from" a country are that country's; and
"quoted X as saying" makes X the speaker. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from newsgraph.extract.quotes import extract_quotes
from newsgraph.extract.registry import Context
from newsgraph.records import Article
from tests.test_events_round12 import dyads, rules


def test_offering_little_comment_is_no_offer(nlp: Any) -> None:
    text = "Peru's president offered little in the way of elaboration to Chile."
    assert not [e for e in rules(nlp, text) if e.trigger.text == "offered"]
    text = "Peru's president offered Chile a new trade deal."
    assert [e for e in rules(nlp, text) if e.trigger.text == "offered"]


def test_what_is_looked_into_is_not_the_lookers_deed(nlp: Any) -> None:
    text = (
        "Peruvian authorities have made eight arrests in their investigation into Wednesday's "
        "attack in Lima."
    )
    attacks = [e for e in rules(nlp, text) if e.trigger.text == "attack"]
    assert attacks and not any(e.source for e in attacks)
    text = "Peru entered into talks with Chile."
    assert ("PER", "CHL", "04") in dyads(rules(nlp, text), "talks")


def test_a_relative_clause_holds_the_noun_as_its_object(nlp: Any) -> None:
    text = "The talks that Chinese President Xi Jinping held with Chile's president were fruitful."
    assert ("CHN", "CHL", "04") in dyads(rules(nlp, text), "talks")


def test_a_comma_conjunct_before_a_subjectless_verb_is_no_target(nlp: Any) -> None:
    text = (
        "In 2014, when Russia annexed Crimea, Secretary of State John Kerry was disappointed "
        "with Putin."
    )
    found = dyads(rules(nlp, text), "annexed")
    assert ("RUS", "UKR", "19") in found
    assert not any(t == "USA" for _, t, _ in found)


def test_a_thing_flown_somewhere_is_no_trip(nlp: Any) -> None:
    text = "The cash flown to Peru consisted of euros and Swiss francs."
    assert not [e for e in rules(nlp, text) if e.root_code == "04"]


def test_people_detained_from_a_country_are_its_people(nlp: Any) -> None:
    text = "Peru has detained dual nationals from Chile and Bolivia in recent months."
    found = dyads(rules(nlp, text), "detained")
    assert {("PER", "CHL", "17"), ("PER", "BOL", "17")} <= found


def test_quoted_as_saying_makes_the_quoted_one_the_speaker(nlp: Any) -> None:
    text = "The Lima Times quoted Foreign Minister Jorge Lopez as saying Peru would respond."
    article = Article(id="t", text=text)
    quotes = extract_quotes(Context(article, nlp(text), {"entities": ()}))
    assert [q.speaker.text for q in quotes if q.speaker] == ["Foreign Minister Jorge Lopez"]
    text = "Lopez was quoted as saying that Peru would respond."
    quotes = extract_quotes(Context(Article(id="t", text=text), nlp(text), {"entities": ()}))
    assert [q.speaker.text for q in quotes if q.speaker] == ["Lopez"]
