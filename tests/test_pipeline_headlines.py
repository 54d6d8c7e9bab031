"""The pipeline's headline component: a headline written in title case is tagged, parsed and its
entities found as if written in sentence case, the text unchanged. Text written for these
tests."""

from __future__ import annotations

from typing import Any

from newsgraph.nlp.pipeline import HEADLINE_COMPONENT, _inflected, _is_headline
from tests.test_events_round12 import rules

EXPELS = (
    "Norway Expels Three Russian Diplomats Over Spying Claims\n\n"
    "Norway expelled three Russian diplomats on Tuesday, its foreign ministry said."
)
MEETS = (
    "Merkel Meets Macron In Paris To Discuss Budget Rules\n\n"
    "Chancellor Angela Merkel met President Emmanuel Macron in Paris on Monday."
)


def _tok(doc: Any, text: str) -> Any:
    return next(t for t in doc if t.text == text)


def _before(nlp: Any, text: str) -> Any:
    with nlp.select_pipes(disable=[HEADLINE_COMPONENT]):
        return nlp(text)


def test_a_title_case_headline_is_parsed_in_sentence_case(nlp: Any) -> None:
    assert HEADLINE_COMPONENT in nlp.pipe_names
    assert _tok(_before(nlp, EXPELS), "Expels").pos_ == "PROPN"  # what the model does alone
    doc = nlp(EXPELS)
    assert doc.text == EXPELS
    expels = _tok(doc, "Expels")
    assert (expels.pos_, expels.lemma_, expels.dep_) == ("VERB", "expel", "ROOT")
    assert _tok(doc, "Norway").head == expels
    assert _tok(doc, "Diplomats").lemma_ == "diplomat"


def test_names_stay_names_and_entities_are_found_again(nlp: Any) -> None:
    before = _before(nlp, MEETS)
    assert "Merkel Meets Macron" in [e.text for e in before.ents]
    doc = nlp(MEETS)
    meets = _tok(doc, "Meets")
    assert (meets.pos_, meets.lemma_) == ("VERB", "meet")
    # the verb is no longer inside a name; "Merkel" alone the small model misses at the
    # start of a sentence in any case, and the entities extractor finds it from the body
    headline = [(e.text, e.label_) for e in doc.ents if e.end <= meets.i + 3]
    assert ("Macron", "PERSON") in headline and "Merkel Meets Macron" not in str(headline)
    assert _tok(doc, "Merkel").lemma_ == "Merkel" and _tok(doc, "Paris").ent_type_ == "GPE"
    # the body's sentence is untouched
    assert [(t.tag_, t.dep_, t.head.i) for t in list(doc.sents)[1]] == [
        (t.tag_, t.dep_, t.head.i) for t in list(before.sents)[1]
    ]


def test_a_headline_is_coded_like_its_sentence(nlp: Any) -> None:
    events = [e for e in rules(nlp, EXPELS) if e.trigger.text == "Expels"]
    assert [(e.code, e.source and e.source.actor_code) for e in events] == [("174", "NOR")]
    assert events[0].target is not None and events[0].target.actor_code.startswith("RUS")
    met = [e for e in rules(nlp, MEETS) if e.trigger.text == "Meets"]
    assert [(e.source and e.source.text, e.target and e.target.text) for e in met] == [
        ("Merkel", "Macron")
    ]


def test_running_text_and_capitals_are_no_headline(nlp: Any) -> None:
    for text in (
        "Prime Minister Jacinda Ardern of New Zealand met President Joe Biden in Washington.",
        "NORWAY EXPELS THREE RUSSIAN DIPLOMATS OVER SPYING CLAIMS",
        "Norway Expels Diplomats",  # too short to tell
    ):
        doc, before = nlp(text), _before(nlp, text)
        assert not any(_is_headline(s) for s in doc.sents)
        assert [(t.tag_, t.dep_, t.head.i, t.lemma_) for t in doc] == [
            (t.tag_, t.dep_, t.head.i, t.lemma_) for t in before
        ]


def test_only_common_words_are_lowered() -> None:
    english = frozenset({"seize", "fighter", "block", "claim", "leader"})
    assert _inflected("seizes", english) and _inflected("fighters", english)
    assert _inflected("blocked", english) and _inflected("leaders", english)
    assert not _inflected("francis", english) and not _inflected("seize", english)
