"""The pipeline's hyphenated compounds: "cease-fire", "co-operation", "crack-down" are one word,
read (tagged, parsed, lemmatised and coded) as the word written without its hyphen, the text
unchanged. Text written for these tests."""

from __future__ import annotations

from typing import Any

from newsgraph.nlp.pipeline import COMPOUND_COMPONENT, COMPOUND_LEMMA_COMPONENT
from tests.test_events_round12 import rules


def _tok(doc: Any, text: str) -> Any:
    return next(t for t in doc if t.text == text)


def _before(nlp: Any, text: str) -> Any:
    with nlp.select_pipes(disable=[COMPOUND_COMPONENT, COMPOUND_LEMMA_COMPONENT]):
        return nlp(text)


def _coded(nlp: Any, text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [
        (
            e.trigger.text,
            e.code,
            e.source.actor_code if e.source else None,
            e.target.actor_code if e.target else None,
        )
        for e in rules(nlp, text)
    ]


def test_a_hyphenated_compound_is_one_word(nlp: Any) -> None:
    text = "Japan will co-operate with India, and Egyptian police began a crack-down."
    before = _before(nlp, text)
    assert "co" in [t.text for t in before]  # what the tokenizer does alone
    doc = nlp(text)
    assert doc.text == text
    cooperate = _tok(doc, "co-operate")
    assert (cooperate.pos_, cooperate.lemma_, cooperate.dep_) == ("VERB", "cooperate", "ROOT")
    assert _tok(doc, "Japan").head == cooperate and _tok(doc, "with").head == cooperate
    crackdown = _tok(doc, "crack-down")
    assert (crackdown.pos_, crackdown.lemma_) == ("NOUN", "crackdown")
    assert (doc[0].idx, crackdown.idx) == (0, text.index("crack-down"))


def test_inflections_and_capitals(nlp: Any) -> None:
    doc = nlp("Co-operation grew as both sides co-operated and re-opened the Cease-Fires talks.")
    lemmas = {t.text: t.lemma_.lower() for t in doc}
    assert lemmas["Co-operation"] == "cooperation"
    assert lemmas["co-operated"] == "cooperate"
    assert lemmas["re-opened"] == "reopen"
    assert lemmas["Cease-Fires"].startswith("ceasefire")


def test_other_hyphenated_words_stay_split(nlp: Any) -> None:
    doc = nlp("The India-Pakistan talks, a well-known co-founder and a re-sign clause.")
    words = [t.text for t in doc]
    for piece in ("India", "Pakistan", "well", "known", "co", "founder", "re", "sign"):
        assert piece in words
    assert not any("-" in w and len(w) > 1 for w in words)


def test_hyphenated_compounds_are_coded(nlp: Any) -> None:
    assert ("crack-down", "175", "EGYCOP", "EGY") in _coded(
        nlp, "Egyptian police began a crack-down on protesters in Cairo."
    )
    assert ("co-operates", "050", "JPN", "IND") in _coded(
        nlp, "Japan co-operates closely with India on maritime security."
    )
    # (agreeing "to" a ceasefire is an intent to de-escalate, 0356, since events.cameo@236)
    cease = _coded(nlp, "Israel and Hamas agreed to a cease-fire on Sunday.")
    assert {e[1] for e in cease} == {"0356"}


def test_a_compound_without_its_final_e(nlp: Any) -> None:
    text = "Peru has ruled out re-negotiating the 2015 treaty with Chile."
    doc = nlp(text)
    assert _tok(doc, "re-negotiating").lemma_ == "renegotiate"
    coded = _coded(nlp, text)
    assert {e[1][:2] for e in coded} == {"12"}  # refused, not negotiating
