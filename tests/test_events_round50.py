"""Round 50 (events issue 4, events.cameo@145 to @148): errors read on corpus articles outside the
gold. An act a noun weighs with its own subject ("a key obstacle for China to reach a deal")
or one called unfeasible, impossible or dangerous for someone to do is not told as done; a
question ("Asked whether ...", "when asked about ...", "asked his followers which man ...")
is no appeal; a subject the parser hangs on the auxiliary acts; "as long as" is a condition;
no event in breaking off a probe, fighting for a cause, pushing a law into effect, weighing
in, a poll questioning its sample, a party being "the opposition", a barrage of words, a
"test with Congress" or speaking "with" an accent. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from tests.test_events_model import analyse
from tests.test_events_round12 import dyads, rules


def test_an_act_an_obstacle_or_a_danger_weighs_is_not_done(nlp: Any) -> None:
    for text, trigger in (
        ("The dispute has become a key obstacle for Peru to reach a deal with Chile.", "reach"),
        ("It is politically unfeasible for Peru to sign an agreement with Chile.", "sign"),
        ("It would be dangerous for Peru to attack Chile.", "attack"),
        ("It is time for Peru to meet Chile.", "meet"),
    ):
        found = [e for e in rules(nlp, text) if e.trigger.text == trigger]
        assert found and all(e.mode == "hypothetical" for e in found), (text, found)
    found = [e for e in rules(nlp, "Peru reached a deal with Chile.") if e.trigger.text == "reached"]
    assert found and all(e.mode == "asserted" for e in found), found


def test_a_reporter_s_question_is_no_appeal(nlp: Any) -> None:
    for text in (
        "Asked for her reaction to the Chilean language, the Peruvian congresswoman said she "
        "would impeach the Chilean president.",
        "Asked whether he would meet Bolivia's president, the Peruvian leader said Chile lied.",
        "When asked about the Chilean ban, Peru's president urged calm.",
    ):
        events = analyse(nlp, text, "2026-02-17", {"event_min_confidence": 0.0})[0]
        assert not [e for e in events if e.trigger.text.lower() == "asked"], text
    found = [e for e in rules(nlp, "Chile asked Peru to help Bolivia.") if e.trigger.text == "asked"]
    assert found and all(e.root_code == "02" for e in found), found


def test_asking_a_question_is_no_appeal(nlp: Any) -> None:
    text = "In a tweet, the Peruvian president asked his followers which man is Peru's enemy: Chile."
    assert not dyads(rules(nlp, text), "asked")
    assert not dyads(rules(nlp, "Peru asked Chile whether it would pay."), "asked")
    assert ("PER", "CHL", "02") in dyads(rules(nlp, "Peru asked Chile to pay."), "asked")


def test_a_subject_hung_on_the_auxiliary_acts() -> None:
    # the parse the small model gave a sentence of this shape: the subject hangs on "have",
    # and "accused" is joined to the clause before
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from newsgraph.extract.eventcoder import clauses

    words = ["Lima", "insists", ",", "but", "Santiago", "have", "accused", "Peru", "."]
    heads = [1, 1, 1, 1, 5, 6, 1, 6, 1]
    deps = ["nsubj", "ROOT", "punct", "cc", "nsubj", "aux", "conj", "dobj", "punct"]
    lemmas = ["Lima", "insist", ",", "but", "Santiago", "have", "accuse", "Peru", "."]
    tags = ["NNP", "VBZ", ",", "CC", "NNP", "VBP", "VBN", "NNP", "."]
    pos = ["PROPN", "VERB", "PUNCT", "CCONJ", "PROPN", "AUX", "VERB", "PROPN", "PUNCT"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, lemmas=lemmas, tags=tags, pos=pos)
    assert [t.text for t in clauses.subject_heads(doc[6])] == ["Santiago"]
    # a verb the parser took for an auxiliary lends no subject ("as he welcomed freed ...")
    words = ["he", "welcomed", "freed", "Peru", "."]
    doc = Doc(
        Vocab(),
        words=words,
        heads=[1, 2, 2, 2, 2],
        deps=["nsubj", "aux", "ROOT", "dobj", "punct"],
        lemmas=["he", "welcomed", "free", "Peru", "."],
        tags=["PRP", "VBD", "VBD", "NNP", "."],
        pos=["PRON", "AUX", "VERB", "PROPN", "PUNCT"],
    )
    assert clauses.subject_heads(doc[2]) == []


def test_as_long_as_is_a_condition(nlp: Any) -> None:
    text = "Peru said talks could go on as long as there were Chilean guarantees for Bolivia."
    found = [e for e in rules(nlp, text) if e.trigger.text == "guarantees"]
    assert found and all(e.mode == "hypothetical" for e in found), found


def test_breaking_off_a_probe_fighting_for_a_cause_or_pushing_into_effect(nlp: Any) -> None:
    assert not dyads(rules(nlp, "The Peruvian senator broke off the Chilean probe."), "broke off")
    assert ("PER", "CHL", "16") in dyads(rules(nlp, "Peru broke off talks with Chile."), "broke off")
    text = "The Peruvian premier proved formidable in fighting for the Chilean treaty."
    assert not [e for e in rules(nlp, text) if e.trigger.text == "fighting"]
    text = "Peru's Congress pushed the Chilean discount into effect in May."
    assert not [e for e in rules(nlp, text) if e.root_code == "19"]
    assert ("PER", "CHL", "19") in dyads(rules(nlp, "Peruvian troops pushed into Chile."), "pushed into")


def test_weighing_in_with_in_as_an_adverb_is_no_event(nlp: Any) -> None:
    text = "And Peru's foreign minister weighed in calling the Chilean plan malpractice."
    assert not [e for e in rules(nlp, text) if e.trigger.text.startswith("weighed")]


def test_a_poll_questioning_its_sample_doubts_no_one(nlp: Any) -> None:
    text = "The Peruvian poll, which questioned 1,943 Chilean adults online, found Bolivia ahead."
    assert not dyads(rules(nlp, text), "questioned")
    assert ("PER", "CHL", "11") in dyads(rules(nlp, "Peru questioned Chile's motives."), "questioned")


def test_the_opposition_a_party_is_opposes_no_one(nlp: Any) -> None:
    text = "The Peruvian leader said his party was the authentic opposition on the Chilean war."
    assert not dyads(rules(nlp, text), "opposition")


def test_a_barrage_of_words_is_no_shelling(nlp: Any) -> None:
    text = "The Peruvian minister faced a barrage of criticism from Chile over the deal."
    assert not [e for e in rules(nlp, text) if e.trigger.text == "barrage"]
    text = "Peru's president kept up an interruptive barrage against the Chilean candidate."
    assert not [e for e in rules(nlp, text) if e.root_code == "19"]
    text = "Peruvian artillery fired a barrage at Chilean positions."
    assert [e for e in rules(nlp, text) if e.root_code == "19"]


def test_a_test_with_someone_or_an_accent_is_no_event(nlp: Any) -> None:
    text = "By cutting so many programmes, the Peruvian president has created a major test with Congress."
    assert not [e for e in rules(nlp, text) if e.root_code == "15"]
    text = "The Peruvian minister speaks Chilean Spanish with a British accent."
    assert not [e for e in rules(nlp, text) if e.root_code == "04"]
    assert ("PER", "CHL", "04") in dyads(rules(nlp, "Peru spoke with Chile on Monday."), "spoke with")
