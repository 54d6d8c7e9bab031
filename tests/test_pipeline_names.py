"""The pipeline's name component: a name at the start of a sentence that the parser read as
a verb ("Trump" as "to trump") or as a modal ("May"), and that is part of a person's name
elsewhere in the text, is parsed again with a plain surname in its place; the new parse is kept
only when the stand-in is the subject. Text written for these tests."""

from __future__ import annotations

from typing import Any

from newsgraph.nlp.pipeline import NAME_SUBJECT_COMPONENT


def _tok(doc: Any, text: str) -> Any:
    return [t for t in doc if t.text == text][-1]  # the last one: the name repeated


def test_a_name_read_as_the_root_verb_becomes_the_subject(nlp: Any) -> None:
    assert NAME_SUBJECT_COMPONENT in nlp.pipe_names
    doc = nlp(
        "President Donald Trump spoke in Ohio on Friday. "
        "Trump partly blamed Freedonia for the delay in the talks."
    )
    trump, blamed = _tok(doc, "Trump"), _tok(doc, "blamed")
    assert (trump.dep_, trump.head.i) == ("nsubj", blamed.i)
    assert blamed.dep_ == "ROOT"
    assert trump.pos_ == "PROPN" and trump.lemma_ == "Trump"
    with nlp.select_pipes(disable=[NAME_SUBJECT_COMPONENT]):
        before = nlp(doc.text)
    assert [(e.start, e.label_) for e in doc.ents] == [(e.start, e.label_) for e in before.ents]


def test_a_name_read_as_a_modal_becomes_the_subject(nlp: Any) -> None:
    doc = nlp(
        "Prime Minister Theresa May met the envoy in London on Monday. "
        "May said the talks with Freedonia would resume in June."
    )
    may, said = _tok(doc, "May"), _tok(doc, "said")
    assert (may.dep_, may.head.i) == ("nsubj", said.i)


def test_a_real_modal_and_a_name_as_modifier_keep_their_parse(nlp: Any) -> None:
    doc = nlp("Theresa May left the hall early. May I ask one more question about the talks?")
    assert _tok(doc, "May").dep_ == "aux"
    doc = nlp("Donald Trump was in Ohio. Trump campaign chief Paul Manafort met the minister.")
    assert _tok(doc, "Trump").dep_ != "nsubj"


def test_only_the_suspect_sentence_changes_and_its_bounds_stay(nlp: Any) -> None:
    text = (
        "The ministers met in Lisbon on Monday with President Donald Trump.\n\n"
        "Trump partly blamed Freedonia for the delay in the talks. "
        "Officials said a new round would start soon."
    )
    doc = nlp(text)
    with nlp.select_pipes(disable=[NAME_SUBJECT_COMPONENT]):
        before = nlp(text)
    assert [s.start for s in doc.sents] == [s.start for s in before.sents]
    changed = {
        t.i for t, b in zip(doc, before, strict=True) if (t.dep_, t.head.i) != (b.dep_, b.head.i)
    }
    trump = _tok(doc, "Trump").sent
    assert changed and all(trump.start <= i < trump.end for i in changed)
