"""Round 70 (events issue 4, events.cameo@171): errors read on corpus articles outside the gold.
A move "from" one place "to" another names no doer; a politician's ambush of rivals, or attacks on "me"
or on no one named, are in words; marching into a convention is no protest; pledged
delegates pledge nothing; the teller the parser hangs a telling participle on is no second
doer of what is told. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from tests.test_events_round12 import dyads, rules


def test_a_move_from_one_place_to_another_names_no_doer(nlp: Any) -> None:
    text = "Mr. Humala shifted the focus on the war on terrorism from Chile to Bolivia."
    sides = dyads(rules(nlp, text), "war on")
    assert sides and not any(d[0] == "CHL" for d in sides), sides


def test_a_politicians_ambush_of_rivals_is_in_words(nlp: Any) -> None:
    text = "Republicans have repeatedly ambushed Democrats with procedural motions."
    assert {e.root_code for e in rules(nlp, text) if e.trigger.text == "ambushed"} == {"11"}


def test_a_persons_attacks_on_no_one_named_are_in_words(nlp: Any) -> None:
    text = (
        "Ollanta Humala, Peru's president, launched a new round of attacks designed to paint "
        "the businessman as a fraud."
    )
    assert {e.root_code for e in rules(nlp, text) if e.trigger.text == "attacks"} <= {"11"}


def test_marching_into_a_convention_is_no_protest(nlp: Any) -> None:
    text = "Peru's president said he would go marching into the convention with momentum."
    assert not [e for e in rules(nlp, text) if e.root_code == "14"]


def test_pledged_delegates_pledge_nothing(nlp: Any) -> None:
    text = "Peru's president leads his rival by 271 pledged delegates."
    assert not [e for e in rules(nlp, text) if e.trigger.text == "pledged"]


def test_the_teller_is_no_second_doer() -> None:
    # the parse the small model gave a corpus sentence of this shape ("President Trump,
    # referencing a report, tweeted Friday North Korea has agreed to suspend all testing"):
    # "tweeted" hangs on the teller, and both names are subjects of "agreed"
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from newsgraph.extract.eventcoder import clauses

    words = ["Humala", ",", "citing", "reports", ",", "tweeted", "Chile", "has", "agreed", "."]
    doc = Doc(
        Vocab(),
        words=words,
        heads=[8, 0, 5, 2, 2, 0, 8, 8, 8, 8],
        deps=["nsubj", "punct", "advcl", "dobj", "punct", "acl", "nsubj", "aux", "ROOT", "punct"],
        lemmas=["Humala", ",", "cite", "report", ",", "tweet", "Chile", "have", "agree", "."],
        tags=["NNP", ",", "VBG", "NNS", ",", "VBN", "NNP", "VBZ", "VBN", "."],
        pos=["PROPN", "PUNCT", "VERB", "NOUN", "PUNCT", "VERB", "PROPN", "AUX", "VERB", "PUNCT"],
    )
    assert [t.text for t in clauses.subject_heads(doc[8])] == ["Chile"]
