"""Tone: GDELT-style percentages from a word lexicon, on hand-built tokens and Docs."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from newsgraph.extract.registry import Context, registered
from newsgraph.extract.tone import extract_tone, measure_tone, parse_vader, vader_lexicon
from newsgraph.records import Article

LEXICON = {"good": 2.0, "bad": -2.5, "meh": 0.3, "like": 1.5}


def test_tone_registered() -> None:
    spec = registered()["tone.lexicon"]
    assert (spec.produces, spec.needs, spec.version) == ("tone", (), "1")


def test_tone_values_are_percentages_of_words() -> None:
    tokens = [
        ("we", "PRON"),
        ("saw", "VERB"),
        ("good", "ADJ"),
        ("and", "CCONJ"),
        ("bad", "ADJ"),
        ("bad", "ADJ"),
        ("meh", "ADJ"),
        ("i", "PRON"),
        ("like", "ADP"),
        ("it", "PRON"),
    ]
    tone = measure_tone(tokens, LEXICON)
    assert tone.word_count == 10
    assert (
        tone.positive == 10.0
    )  # "good"; "meh" is under the valence floor, "like" is a preposition
    assert tone.negative == 20.0
    assert tone.tone == -10.0
    assert tone.polarity == 30.0
    assert tone.activity == 10.0
    assert tone.self_reference == 10.0 and tone.group_reference == 10.0
    assert tone.extractor == "tone.lexicon@1"


def test_tone_without_pos_counts_every_word_and_has_no_activity() -> None:
    tokens = [("i", ""), ("like", ""), ("good", ""), ("news", "")]
    tone = measure_tone(tokens, LEXICON, has_pos=False)
    assert tone.positive == 50.0 and tone.activity is None


def test_tone_empty_article_is_all_zero() -> None:
    tone = measure_tone([], LEXICON)
    assert (tone.tone, tone.polarity, tone.word_count) == (0.0, 0.0, 0)


def test_tone_parse_vader_lines() -> None:
    text = "good\t1.9\t0.9\t[2, 2]\n:)\t2.0\t0.5\t[2]\nbroken line\n\nwar\t-2.9\t1.1\t[-3]\n"
    assert parse_vader(text) == {"good": 1.9, ":)": 2.0, "war": -2.9}


def test_tone_packaged_vader_lexicon_loads() -> None:
    lexicon = vader_lexicon()
    assert len(lexicon) > 7000
    assert lexicon["war"] < 0 < lexicon["peace"]


def _doc(words: list[str], pos: list[str] | None = None) -> Doc:
    return Doc(Vocab(), words=words, pos=pos)


def test_tone_extractor_on_hand_built_docs() -> None:
    text = "Peace talks brought hope , not war ."
    words = text.split()
    ctx = Context(Article(id="t", text=text), _doc(words))
    tone = extract_tone(ctx)
    assert tone.word_count == 6  # punctuation is not a word
    assert tone.activity is None
    pos = ["NOUN", "NOUN", "VERB", "NOUN", "PUNCT", "PART", "NOUN", "PUNCT"]
    tagged = extract_tone(Context(Article(id="t", text=text), _doc(words, pos)))
    assert tagged.activity == pytest.approx(100 / 6, abs=1e-3)
    assert tagged.positive > 0 and tagged.negative > 0


def test_tone_option_raises_the_valence_floor() -> None:
    text = "a fine day"
    ctx: Any = Context(
        Article(id="t", text=text), _doc(text.split()), options={"tone_min_valence": 4.0}
    )
    assert extract_tone(ctx).polarity == 0.0
