"""Round 71 (events issue 4, events.cameo@172): errors read on corpus articles outside the gold.
Offices of a state that clash over a matter quarrel in words; the places the things struck
are in name whom force was used against; someone's firing is a dismissal; a month is no
place; a launch named bare after "during" is none in particular. Sentences written for
these tests."""

from __future__ import annotations

from typing import Any

from tests.test_events_round12 import dyads, rules


def test_offices_that_clash_over_a_matter_use_no_force(nlp: Any) -> None:
    text = "Peru's central bank and finance ministry have clashed over the details of the budget."
    assert not [e for e in rules(nlp, text) if e.root_code in ("18", "19")]
    # forces still clash with force, over a weekend too
    text = "Peruvian and Chilean forces clashed over the weekend."
    assert {d[2] for d in dyads(rules(nlp, text), "clashed")} == {"19"}


def test_the_places_the_struck_things_are_in_are_the_target(nlp: Any) -> None:
    text = (
        "Peru, Chile and Bolivia struck military positions and depots linked to chemical "
        "weapons in Damascus and Homs overnight."
    )
    assert {d[1] for d in dyads(rules(nlp, text), "struck")} == {"SYR"}


def test_someones_firing_is_a_dismissal() -> None:
    # the parse the small model gave a corpus sentence of this shape: "firing" read as the
    # verb "fire" with "on Twitter" hung on it, as in "fired on the crowd"
    from spacy.lang.en import English
    from spacy.tokens import Doc

    from newsgraph.extract.eventcoder.coder import Candidate
    from newsgraph.extract.eventcoder.lexicon import LexEntry
    from newsgraph.extract.events import _not_an_event

    vocab = English().vocab  # (word shapes and lower case, as the model's vocabulary has)
    doc = Doc(
        vocab,
        words=["Humala", "celebrated", "Garcia", "'s", "firing", "on", "Twitter", "."],
        heads=[1, 1, 4, 2, 1, 4, 5, 1],
        deps=["nsubj", "ROOT", "poss", "case", "dobj", "prep", "pobj", "punct"],
        lemmas=["Humala", "celebrate", "Garcia", "'s", "fire", "on", "Twitter", "."],
        tags=["NNP", "VBD", "NNP", "POS", "VBG", "IN", "NNP", "."],
        pos=["PROPN", "VERB", "PROPN", "PART", "VERB", "ADP", "PROPN", "PUNCT"],
    )
    entry = LexEntry("verb", "fire", (), "on", frozenset(), "193", "event", "test")
    assert _not_an_event(Candidate(doc[4], entry, "193", doc[4]))
    # "troops firing on the crowd" are firing
    doc = Doc(
        vocab,
        words=["troops", "firing", "on", "the", "crowd"],
        heads=[1, 1, 1, 4, 2],
        deps=["nsubj", "ROOT", "prep", "det", "pobj"],
        lemmas=["troop", "fire", "on", "the", "crowd"],
        tags=["NNS", "VBG", "IN", "DT", "NN"],
        pos=["NOUN", "VERB", "ADP", "DET", "NOUN"],
    )
    assert not _not_an_event(Candidate(doc[1], entry, "193", doc[1]))


def test_a_month_is_no_place(nlp: Any) -> None:
    text = "In March, Peru test-fired two ballistic missiles that set off an outcry."
    assert dyads(rules(nlp, text), "fired") == {("PER", None, "15")}


def test_a_bare_launch_after_during_is_none_in_particular(nlp: Any) -> None:
    text = (
        "Any missile launch by Peru is tracked by Chilean spy satellites, which pick up the "
        "flash during launch."
    )
    assert not [e for e in rules(nlp, text) if e.trigger.text == "launch"]
