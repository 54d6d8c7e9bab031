"""Round 73 (events issue 4, events.cameo@174): errors read on corpus articles outside the gold.
A politician's offensive against a rival is one of words, "gun control" naming no arms;
trials of a technology are no court's; a test of an athlete's body is no weapons test; a
closing participle the parser hangs on a relative clause tells what the sentence's subject
did. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from tests.test_events_round12 import dyads, rules


def test_a_gun_control_offensive_is_one_of_words(nlp: Any) -> None:
    text = "Ollanta Humala's gun control offensive against Keiko Fujimori will set the tone."
    assert {d[2] for d in dyads(rules(nlp, text), "offensive")} == {"11"}


def test_trials_of_a_technology_are_no_courts(nlp: Any) -> None:
    assert not rules(nlp, "Peru's state phone company has conducted five trials of its technology.")


def test_a_test_of_an_athletes_body_is_no_weapons_test(nlp: Any) -> None:
    text = (
        "Peru's best sprinter is serving a ban after he tested positive for steroids in an "
        "out-of-competition test in 2016."
    )
    assert not [e for e in rules(nlp, text) if e.root_code == "15"]
    text = "Peru carried out a missile test on Sunday."
    assert dyads(rules(nlp, text), "missile test") == {("PER", None, "15")}


def test_a_closing_participle_on_a_relative_clause_is_the_subjects() -> None:
    # the parse the small model gave a corpus sentence of this shape ("a judge has ruled that
    # the department must locate emails Clinton sent ..., ordering the department to conduct
    # a fresh search"): "ordering" hangs on the relative clause "Clinton sent"
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from newsgraph.extract.eventcoder import clauses

    rows = [  # word, head, dep, lemma, tag, pos
        ("Lima", 1, "nsubj", "Lima", "NNP", "PROPN"),
        ("ruled", 1, "ROOT", "rule", "VBD", "VERB"),
        ("that", 5, "mark", "that", "IN", "SCONJ"),
        ("Quito", 5, "nsubj", "Quito", "NNP", "PROPN"),
        ("must", 5, "aux", "must", "MD", "AUX"),
        ("find", 1, "ccomp", "find", "VB", "VERB"),
        ("emails", 5, "dobj", "email", "NNS", "NOUN"),
        ("Humala", 8, "nsubj", "Humala", "NNP", "PROPN"),
        ("sent", 6, "relcl", "send", "VBD", "VERB"),
        (",", 8, "punct", ",", ",", "PUNCT"),
        ("ordering", 8, "advcl", "order", "VBG", "VERB"),
        ("Quito", 10, "dobj", "Quito", "NNP", "PROPN"),
        ("to", 13, "aux", "to", "TO", "PART"),
        ("search", 10, "xcomp", "search", "VB", "VERB"),
        (".", 1, "punct", ".", ".", "PUNCT"),
    ]
    words, heads, deps, lemmas, tags, pos = (list(col) for col in zip(*rows, strict=True))
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, lemmas=lemmas, tags=tags, pos=pos)
    assert [t.text for t in clauses.subject_heads(doc[10])] == ["Lima"]
