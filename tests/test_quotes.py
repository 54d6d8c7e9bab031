"""quotes.rules on hand-written sentences, one per news form, and the seed article."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from newsgraph.extract.quotes import extract_quotes
from newsgraph.extract.registry import Context, registered
from newsgraph.records import Article, Entity, Quote, Span

pytestmark = pytest.mark.model


def _entity(eid: str, text: str, name: str, etype: str, *, nth: int = 0) -> Entity:
    """An entity with one mention: the `nth` occurrence of `name` in `text`."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return Entity(eid, name, etype, (Span(start, start + len(name), name),))  # type: ignore[arg-type]


def _quotes(nlp: Any, text: str, entities: Sequence[Entity] = ()) -> tuple[Quote, ...]:
    article = Article(id="t", text=text)
    quotes = extract_quotes(Context(article, nlp(text), {"entities": tuple(entities)}))
    for q in quotes:
        assert text[q.start : q.end] == q.text
        if q.speaker is not None:
            assert text[q.speaker.start : q.speaker.end] == q.speaker.text
        assert q.extractor == "quotes.rules@4"
    return quotes


def _one(quotes: Sequence[Quote], cue: str | None = None) -> Quote:
    chosen = [q for q in quotes if cue is None or q.cue == cue]
    assert len(chosen) == 1, quotes
    return chosen[0]


def test_quotes_registered_with_entities_need() -> None:
    spec = registered()["quotes.rules"]
    assert spec.produces == "quotes" and spec.needs == ("entities",)


def test_quotes_direct_with_cue_after(nlp: Any) -> None:
    text = '"We will respond to every attack," the defence minister said on Friday.'
    q = _one(_quotes(nlp, text))
    assert q.kind == "direct" and q.cue == "said"
    assert "We will respond to every attack" in q.text
    assert q.speaker is not None and q.speaker.text == "the defence minister"


def test_quotes_direct_interrupted_by_cue_is_one_quote(nlp: Any) -> None:
    text = '"We will," he said, "respond when the time comes."'
    q = _one(_quotes(nlp, text))
    assert q.kind == "direct"
    assert q.text.startswith('"We will,"') and q.text.endswith('comes."')
    assert q.speaker is not None and q.speaker.text == "he"


def test_quotes_direct_over_paragraphs(nlp: Any) -> None:
    text = (
        "The governor spoke for an hour.\n\n"
        "“The budget is balanced for the first time in a decade.\n\n"
        "“We owe that to the voters who trusted us,” Ms. Okafor said."
    )
    q = _one(_quotes(nlp, text))
    assert q.kind == "direct"
    assert "balanced" in q.text and "trusted us" in q.text
    assert q.speaker is not None and q.speaker.text == "Ms. Okafor"


def test_quotes_mixed_partial_quote_in_reported_speech(nlp: Any) -> None:
    text = "The senator said the new treaty was a “historic step for both nations” in a speech."
    q = _one(_quotes(nlp, text))
    assert q.kind == "mixed" and q.cue == "said"
    assert "historic step for both nations" in q.text and q.text.startswith("the new treaty")


def test_quotes_scare_quotes_and_names_are_not_quotes(nlp: Any) -> None:
    text = 'The so-called "peace plan" was printed in the "Daily Courier" on Monday.'
    assert _quotes(nlp, text) == ()


def test_quotes_indirect_said_that(nlp: Any) -> None:
    text = "The mayor said that the bridge would reopen in May."
    q = _one(_quotes(nlp, text))
    assert q.kind == "indirect"
    assert q.text == "that the bridge would reopen in May"
    assert q.speaker is not None and q.speaker.text == "The mayor"


def test_quotes_indirect_told_reporters(nlp: Any) -> None:
    text = "She told reporters she would not resign before the vote."
    q = _one(_quotes(nlp, text))
    assert q.cue == "told" and q.text == "she would not resign before the vote"


def test_quotes_indirect_called_for(nlp: Any) -> None:
    text = "The union called for an independent inquiry into the contract."
    q = _one(_quotes(nlp, text))
    assert q.cue == "called for" and q.text == "an independent inquiry into the contract"


def test_quotes_indirect_has_rejected(nlp: Any) -> None:
    text = "The ministry has rejected the allegations as baseless."
    q = _one(_quotes(nlp, text))
    assert q.cue == "rejected" and q.text.startswith("the allegations")
    assert q.speaker is not None and q.speaker.text == "The ministry"


def test_quotes_according_to_unnamed_source(nlp: Any) -> None:
    text = "According to a senior official, the talks collapsed late on Sunday."
    q = _one(_quotes(nlp, text))
    assert q.cue == "According to" and q.text == "the talks collapsed late on Sunday"
    assert q.speaker is not None and q.speaker.text == "a senior official"
    assert q.speaker.entity is None


def test_quotes_spokesperson_for_an_entity(nlp: Any) -> None:
    text = "A spokesperson for the Foreign Ministry said the visit had been postponed."
    ministry = _entity("e1", text, "the Foreign Ministry", "ORG")
    q = _one(_quotes(nlp, text, [ministry]))
    assert q.speaker is not None and q.speaker.text == "A spokesperson for the Foreign Ministry"
    assert q.speaker.entity == "e1"


def test_quotes_pronoun_speaker_resolves_to_nearest_person(nlp: Any) -> None:
    text = "Anna Berg met the press on Monday. She said the factory would stay open."
    anna = _entity("e1", text, "Anna Berg", "PERSON")
    q = _one(_quotes(nlp, text, [anna]))
    assert q.speaker is not None and q.speaker.text == "She" and q.speaker.entity == "e1"


def test_quotes_entity_mention_covering_the_pronoun_wins(nlp: Any) -> None:
    text = "Anna Berg met Tom Reyes on Monday. He said the factory would stay open."
    anna = _entity("e1", text, "Anna Berg", "PERSON")
    tom = Entity(
        "e2",
        "Tom Reyes",
        "PERSON",
        (
            Span(text.index("Tom"), text.index("Tom") + 9, "Tom Reyes"),
            Span(text.index("He "), text.index("He ") + 2, "He"),
        ),
    )
    q = _one(_quotes(nlp, text, [anna, tom]))
    assert q.speaker is not None and q.speaker.entity == "e2"


def test_quotes_chain_according_to_outlet(nlp: Any) -> None:
    text = "Li said the two countries would expand trade, according to the news agency Xinhua."
    xinhua = _entity("e1", text, "Xinhua", "ORG")
    li = _entity("e2", text, "Li", "PERSON")
    q = _one(_quotes(nlp, text, [xinhua, li]))
    assert q.speaker is not None and q.speaker.text == "Li" and q.speaker.entity == "e2"
    assert [v.text for v in q.via] == ["the news agency Xinhua"]
    assert q.via[0].entity == "e1"
    assert "according" not in q.text


def test_quotes_chain_outlet_reported(nlp: Any) -> None:
    text = "The company will cut 500 jobs next year, Reuters reported."
    q = _one(_quotes(nlp, text))
    assert q.text == "The company will cut 500 jobs next year"
    assert [v.text for v in q.via] == ["Reuters"]


def test_quotes_bad_mark_keeps_other_quotes(nlp: Any) -> None:
    text = (
        'The report had a stray " in its title.\n\n'
        '"Prices will fall by summer," the central bank governor said.'
    )
    q = _one(_quotes(nlp, text))
    assert q.kind == "direct" and "Prices will fall" in q.text


def _run_registered(nlp: Any, article: Article) -> tuple[Quote, ...]:
    specs = registered()
    entities_spec = next(s for s in specs.values() if s.produces == "entities")
    doc = nlp(article.text)
    entities = entities_spec.func(Context(article, doc))
    quotes: tuple[Quote, ...] = extract_quotes(Context(article, doc, {"entities": entities}))
    return quotes


@pytest.mark.shared
def test_quotes_seed_article(nlp: Any, shared: Path) -> None:
    text = (shared / "examples" / "reuters-xi-mishustin.txt").read_text(encoding="utf-8")
    quotes = _run_registered(nlp, Article(id="seed", text=text, published="2025-11-04"))

    def find(fragment: str) -> Quote:
        return next(q for q in quotes if fragment in q.text)

    continue_ = find("China and Russia would continue strengthening ties")
    assert continue_.speaker is not None and continue_.speaker.text == "Xi"
    assert [v.text for v in continue_.via] == ["state broadcaster CCTV"]

    choice = find("strategic choice for both sides")
    assert choice.kind == "mixed" and choice.text.startswith("safeguarding")
    assert choice.speaker is not None and choice.speaker.text == "Xi"

    efforts = find("continued efforts to support joint investment projects")
    assert efforts.cue == "called for"
    assert efforts.speaker is not None and efforts.speaker.text == "Mishustin"
    assert [v.text for v in efforts.via] == ["Russia’s TASS news agency"]

    taiwan = find("sovereignty claim")
    assert taiwan.speaker is not None and taiwan.speaker.text == "Taiwan’s government"
    asserting = find("the island’s future must be decided by its people")
    assert asserting.speaker is not None and asserting.speaker.text == "Taiwan’s government"

    reported = find("seaborne purchases")
    assert [v.text for v in reported.via] == ["Reuters"]
    assert not any("Reuters reported" in q.text for q in quotes)
    # The same person is resolved: "Xi" joins "Xi Jinping".
    assert continue_.speaker.entity is not None
    assert continue_.speaker.entity == choice.speaker.entity


def test_quotes_name_and_dash_labels_a_quote(nlp: Any) -> None:
    text = (
        "Readers wrote in about the new bridge.\n\n"
        "Maria Lopez ― “It has cut my commute in half and I am grateful for it.”\n\n"
        "“The tolls are far too high for families like mine,” — Peter Hall, a teacher."
    )
    quotes = [q for q in _quotes(nlp, text) if q.kind == "direct"]
    assert [q.speaker.text if q.speaker else None for q in quotes] == ["Maria Lopez", "Peter Hall"]
    assert [q.cue for q in quotes] == ["―", "—"]


def test_quotes_speaker_name_beats_a_wrong_entity_type(nlp: Any) -> None:
    # The tagger sometimes takes a short name for a place; a speaker is matched by name.
    text = "Mara Quist arrived on Monday. Quist said the vote would be held in June."
    person = _entity("e1", text, "Mara Quist", "PERSON")
    place = _entity("e2", text, "Quist", "LOC", nth=1)
    q = _one(_quotes(nlp, text, [person, place]))
    assert q.speaker is not None and q.speaker.text == "Quist" and q.speaker.entity == "e1"


def test_quotes_side_clause_with_its_own_speaker(nlp: Any) -> None:
    text = "Officials said on Monday the plant was safe, while critics warned it was not."
    quotes = _quotes(nlp, text)
    by_cue = {q.cue: q for q in quotes}
    assert by_cue["said"].text == "the plant was safe"
    assert by_cue["warned"].text == "it was not"
    assert by_cue["warned"].speaker is not None and by_cue["warned"].speaker.text == "critics"


def test_quotes_empty_and_markless_texts(nlp: Any) -> None:
    assert _quotes(nlp, "") == ()
    assert _quotes(nlp, '" “ ” "') == ()
    assert _quotes(nlp, "The sun rose over the hills.") == ()


def test_quotes_classifier_ranks_speech_above_other_verbs(nlp: Any) -> None:
    from newsgraph.extract.attribution.classifier import features, probability, weights
    from newsgraph.extract.attribution.cues import find_attributions
    from newsgraph.extract.attribution.lexicon import cue_lexicon

    assert "rate_logit" in weights() and "bias" in weights()
    text = "The mayor said that taxes would rise. The mayor opened the new library."
    doc = nlp(text)
    scores = {
        doc[a.anchor].lemma_: probability(features(a, doc, text, [], cue_lexicon()))
        for a in find_attributions(doc, cue_lexicon(), 0.0)
    }
    assert scores["say"] > 0.8
    assert scores.get("open", 0.0) < scores["say"]


def test_quotes_chain_told_outlet_and_interview(nlp: Any) -> None:
    text = (
        "The senator told CNN that she would vote against the bill. "
        "The governor said in an interview with the Boston Globe that he would not run again. "
        "He told Smith that it was over."
    )
    vias = {q.cue: [v.text for v in q.via] for q in _quotes(nlp, text) if q.cue == "told"}
    quotes = {q.text: [v.text for v in q.via] for q in _quotes(nlp, text)}
    assert quotes["that she would vote against the bill"] == ["CNN"]
    assert quotes["that he would not run again"] == ["the Boston Globe"]
    assert quotes["that it was over"] == []
    assert vias


def test_quotes_speech_verb_parsed_apart_from_the_quote(nlp: Any) -> None:
    text = (
        '"Wall Street\'s a cold place for a dreamer," said Ina Rost, a banker in Ohio.\n\n'
        '"Are we ready? Probably not," Mr. Vale said. "Will we be? Yes."'
    )
    quotes = _quotes(nlp, text)
    assert [(q.speaker.text if q.speaker else None, q.kind) for q in quotes] == [
        ("Ina Rost", "direct"),
        ("Mr. Vale", "direct"),
    ]
    assert quotes[1].text.endswith('Yes."')


def test_quotes_channel_carries_to_the_same_speakers_next_statement() -> None:
    from newsgraph.extract.quotes import carry_channels
    from newsgraph.records import Quote, Speaker, Via

    cctv = (Via("CCTV", "e9", 40, 44),)
    q1 = Quote("", "a", 10, 20, "indirect", Speaker("Xi", 0, 2, "e1"), "said", cctv)
    q2 = Quote("", "b", 60, 70, "indirect", Speaker("Li", 50, 52, "e2"), "said")
    q3 = Quote("", "c", 90, 99, "indirect", Speaker("Xi", 80, 82, "e1"), "said")
    q4 = Quote("", "d", 120, 130, "indirect", Speaker("Ma", 110, 112, "e3"), "said", (Via("TASS"),))
    q5 = Quote("", "e", 150, 160, "indirect", Speaker("Xi", 140, 142, "e1"), "said")
    out = carry_channels([q1, q2, q3, q4, q5])
    assert out[1].via == ()  # another speaker: no channel given
    assert out[2].via == cctv  # Xi again, close after, no other channel named since
    assert out[4].via == ()  # TASS was named in between: not assumed
