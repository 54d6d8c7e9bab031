"""The event coder on HAND-PARSED sentences: each rule against a known parse, no model.

Each sentence is written as (word, pos, dep, head index, lemma, entity label) rows.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import spacy
from spacy.tokens import Doc

from newsgraph.extract.eventcoder.actors import ActorResolver
from newsgraph.extract.events import KEY, extract_events
from newsgraph.extract.registry import Context
from newsgraph.extract.timex.calendar import record_date
from newsgraph.records import Actor, Article, Entity, Event, Span, TimeExpression

Row = tuple[str, str, str, int, str, str]
VOCAB = spacy.blank("en").vocab  # English lexical attributes (lower_, is_punct), no model


def hand_doc(rows: list[Row]) -> Doc:
    words = [r[0] for r in rows]
    ents, i = [], 0
    while i < len(rows):  # BIO tags from the label column
        label = rows[i][5]
        if label:
            j = i
            while j + 1 < len(rows) and rows[j + 1][5] == label:
                j += 1
            ents.append(f"B-{label}")
            ents.extend(f"I-{label}" for _ in range(j - i))
            i = j + 1
        else:
            ents.append("O")
            i += 1
    spaces = [not (k + 1 < len(words) and words[k + 1] in ".,") for k in range(len(words))]
    spaces[-1] = False
    return Doc(
        VOCAB,
        words=words,
        spaces=spaces,
        pos=[r[1] for r in rows],
        deps=[r[2] for r in rows],
        heads=[r[3] for r in rows],
        lemmas=[r[4] for r in rows],
        ents=ents,
    )


def person(doc: Doc, eid: str, name: str, code: str) -> Entity:
    start = doc.text.index(name)
    return Entity(
        eid,
        name,
        "PERSON",
        (Span(start, start + len(name), name),),
        actor=Actor(code, code[:3], code[3:] or None),
    )


def code_events(doc: Doc, entities: tuple[Entity, ...] = (), **options: Any) -> tuple[Event, ...]:
    article = Article(id="t", text=doc.text, published="2025-01-15")
    results: dict[str, Any] = {
        "entities": entities,
        "times": options.pop("times", ()),
        "places": (),
    }
    options.setdefault("event_model", False)  # the rules alone (test_events_learned: the model)
    return extract_events(Context(article, doc, results, options))


def dyads(events: tuple[Event, ...]) -> set[tuple[str | None, str | None, str]]:
    return {
        (
            e.source.actor_code if e.source else None,
            e.target.actor_code if e.target else None,
            e.code,
        )
        for e in events
    }


PASSIVE: list[Row] = [
    ("Russia", "PROPN", "nsubjpass", 2, "Russia", "GPE"),
    ("was", "AUX", "auxpass", 2, "be", ""),
    ("sanctioned", "VERB", "ROOT", 2, "sanction", ""),
    ("by", "ADP", "agent", 2, "by", ""),
    ("the", "DET", "det", 6, "the", "GPE"),
    ("United", "PROPN", "compound", 6, "United", "GPE"),
    ("States", "PROPN", "pobj", 3, "States", "GPE"),
    (".", "PUNCT", "punct", 2, ".", ""),
]


def test_events_passive_agent_is_source_subject_is_target() -> None:
    doc = hand_doc(PASSIVE)
    events = code_events(doc)
    assert dyads(events) == {("USA", "RUS", "163")}
    (event,) = events
    assert event.root_code == "16" and event.quad_class == 4 and event.plover == "COERCE"
    assert event.trigger.text == "sanctioned"
    assert doc.text[event.sentence.start : event.sentence.end] == doc.text
    assert event.rule == "verb:sanction" and event.extractor == KEY
    assert event.date is None  # never the publication date


COORDINATED_INTENT: list[Row] = [
    ("China", "PROPN", "nsubj", 3, "China", "GPE"),
    ("and", "CCONJ", "cc", 0, "and", ""),
    ("Russia", "PROPN", "conj", 0, "Russia", "GPE"),
    ("vowed", "VERB", "ROOT", 3, "vow", ""),
    ("to", "PART", "aux", 5, "to", ""),
    ("boost", "VERB", "xcomp", 3, "boost", ""),
    ("trade", "NOUN", "dobj", 5, "trade", ""),
    (".", "PUNCT", "punct", 3, ".", ""),
]


def test_events_coordinated_subjects_act_on_each_other_and_intent_is_03() -> None:
    events = code_events(hand_doc(COORDINATED_INTENT))
    # "vowed to boost trade" is the intent to cooperate economically, not trade itself
    assert dyads(events) == {("CHN", "RUS", "0311"), ("RUS", "CHN", "0311")}
    assert all(e.mode == "asserted" and "reciprocal" in e.rule for e in events)


NEGATED: list[Row] = [
    ("Putin", "PROPN", "nsubj", 3, "Putin", "PERSON"),
    ("did", "AUX", "aux", 3, "do", ""),
    ("not", "PART", "neg", 3, "not", ""),
    ("meet", "VERB", "ROOT", 3, "meet", ""),
    ("Zelensky", "PROPN", "dobj", 3, "Zelensky", "PERSON"),
    (".", "PUNCT", "punct", 3, ".", ""),
]


def test_events_negation_is_marked_not_dropped() -> None:
    doc = hand_doc(NEGATED)
    ents = (person(doc, "e1", "Putin", "RUSGOV"), person(doc, "e2", "Zelensky", "UKRGOV"))
    (event,) = code_events(doc, ents)
    assert event.negated is True and event.code == "040"
    assert event.source is not None and event.source.entity == "e1"
    assert event.target is not None and event.target.actor_code == "UKRGOV"


NOT_YET: list[Row] = [
    ("Putin", "PROPN", "nsubj", 1, "Putin", "PERSON"),
    ("has", "AUX", "ROOT", 1, "have", ""),
    ("yet", "ADV", "advmod", 1, "yet", ""),
    ("to", "PART", "aux", 4, "to", ""),
    ("meet", "VERB", "xcomp", 1, "meet", ""),
    ("Zelensky", "PROPN", "dobj", 4, "Zelensky", "PERSON"),
    (".", "PUNCT", "punct", 1, ".", ""),
]


def test_events_what_has_yet_to_happen_is_negated() -> None:
    # "has yet to meet": not done so far, as "did not meet" (the gold's "has yet to impose
    # sanctions": negated)
    doc = hand_doc(NOT_YET)
    ents = (person(doc, "e1", "Putin", "RUSGOV"), person(doc, "e2", "Zelensky", "UKRGOV"))
    (event,) = code_events(doc, ents)
    assert event.negated is True and event.code == "040"
    assert event.source is not None and event.source.entity == "e1"


REPORTED: list[Row] = [
    ("Xi", "PROPN", "nsubj", 1, "Xi", "PERSON"),
    ("said", "VERB", "ROOT", 1, "say", ""),
    ("China", "PROPN", "nsubj", 4, "China", "GPE"),
    ("would", "AUX", "aux", 4, "would", ""),
    ("send", "VERB", "ccomp", 1, "send", ""),
    ("aid", "NOUN", "dobj", 4, "aid", ""),
    ("to", "ADP", "prep", 4, "to", ""),
    ("Russia", "PROPN", "pobj", 6, "Russia", "GPE"),
    (".", "PUNCT", "punct", 1, ".", ""),
]


def test_events_reported_speech_is_the_reported_actors_event() -> None:
    doc = hand_doc(REPORTED)
    events = code_events(doc, (person(doc, "e1", "Xi", "CHNGOV"),))
    assert dyads(events) == {("CHN", "RUS", "073")}  # not Xi's, and no event for "said"
    assert events[0].mode == "reported"


UNDERGO: list[Row] = [
    ("Moscow", "PROPN", "nsubj", 1, "Moscow", "GPE"),
    ("faces", "VERB", "ROOT", 1, "face", ""),
    ("U.S.", "PROPN", "compound", 3, "U.S.", "GPE"),
    ("sanctions", "NOUN", "dobj", 1, "sanction", ""),
    (".", "PUNCT", "punct", 1, ".", ""),
]


def test_events_nominal_event_and_capital_as_government() -> None:
    (event,) = code_events(hand_doc(UNDERGO))
    assert (event.source.actor_code if event.source else None) == "USA"
    assert (event.target.actor_code if event.target else None) == "RUSGOV"
    assert event.trigger.text == "sanctions" and event.rule.startswith("noun:sanction")


PLACE_ONLY: list[Row] = [
    ("Officials", "NOUN", "nsubj", 1, "official", ""),
    ("held", "VERB", "ROOT", 1, "hold", ""),
    ("talks", "NOUN", "dobj", 1, "talk", ""),
    ("in", "ADP", "prep", 1, "in", ""),
    ("Moscow", "PROPN", "pobj", 3, "Moscow", "GPE"),
    (".", "PUNCT", "punct", 1, ".", ""),
]

REPORTING_ONLY: list[Row] = [
    ("Reuters", "PROPN", "nsubj", 1, "Reuters", "ORG"),
    ("reported", "VERB", "ROOT", 1, "report", ""),
    ("it", "PRON", "dobj", 1, "it", ""),
    (".", "PUNCT", "punct", 1, ".", ""),
]


@pytest.mark.parametrize(
    "rows", [PLACE_ONLY, REPORTING_ONLY], ids=["place-is-no-actor", "reporting"]
)
def test_events_abstain_without_actors_or_on_reporting_verbs(rows: list[Row]) -> None:
    assert code_events(hand_doc(rows)) == ()


def test_events_low_confidence_is_not_emitted() -> None:
    doc = hand_doc(UNDERGO)
    assert code_events(doc, event_min_confidence=0.99) == ()
    assert len(code_events(doc, event_min_confidence=0.5)) == 1


def test_events_a_preposition_heading_its_sentence_does_not_hang_the_coder() -> None:
    # a page of table cells ("| | With him | |") parsed with a preposition as the root: the
    # search for the verb above an object pronoun climbed from the root to itself forever
    rows: list[Row] = [
        ("With", "ADP", "ROOT", 0, "with", ""),
        ("him", "PRON", "pobj", 0, "he", ""),
        (".", "PUNCT", "punct", 0, ".", ""),
    ]
    doc = hand_doc(rows)
    assert ActorResolver(doc, (), look_back=True).resolve(doc[1]) is None


@pytest.mark.parametrize(
    ("value", "date"),
    [("2025-01-14", "2025-01-14"), ("2019-W41-WE", "2019-10")],  # a weekend: its month
)
def test_events_date_comes_from_the_sentence_time(value: str, date: str) -> None:
    rows = [
        *PASSIVE[:-1],
        ("Tuesday", "PROPN", "npadvmod", 2, "Tuesday", "DATE"),
        (".", "PUNCT", "punct", 2, ".", ""),
    ]
    doc = hand_doc(rows)
    at = doc.text.index("Tuesday")
    times = (TimeExpression("t1", "Tuesday", at, at + 7, "DATE", value, anchored=True),)
    (event,) = code_events(doc, times=times)
    assert event.date == date


@pytest.mark.parametrize(
    ("value", "date"),
    [
        ("2025-01-14", "2025-01-14"),
        ("2025-01-14TNI", "2025-01-14"),  # a time of day is its day
        ("2025-01", "2025-01"),
        ("2025", "2025"),
        ("2019-W41", "2019-10"),  # 7-13 October
        ("2019-W41-WE", "2019-10"),  # the weekend of 12-13 October
        ("2019-W44", "2019"),  # 28 October - 3 November: two months
        ("2020-W53", None),  # 28 December 2020 - 3 January 2021: two years
        ("2019-W01", None),  # 31 December 2018 - 6 January 2019: two years
        ("2019-Q3", "2019"),
        ("2019-SU", "2019"),
        ("2019-WI", None),  # a winter spans two years
        ("201X", None),
        ("2019-W99", None),
    ],
)
def test_an_event_date_is_a_calendar_date_of_the_record(value: str, date: str | None) -> None:
    # the output record allows YYYY-MM-DD, YYYY-MM or YYYY (analysis.schema.json): a week's
    # TIMEX3 value is read as the month or year that holds all of it
    assert record_date(value) == date
    assert record_date("2025-01-14", month_only=True) == "2025-01"


OUTFOXED: list[Row] = [
    ("China", "PROPN", "nsubj", 1, "China", "GPE"),
    ("outfoxed", "VERB", "ROOT", 1, "outfox", ""),
    ("Japan", "PROPN", "dobj", 1, "Japan", "GPE"),
    (".", "PUNCT", "punct", 1, ".", ""),
]


def test_events_user_lexicon_extends_the_builtin_one(tmp_path: Path) -> None:
    extra = tmp_path / "mine.tsv"
    extra.write_text("pos\tlemma\tparticle\tobject\tcode\tframe\nverb\toutfox\t-\t-\t111\tevent\n")
    doc = hand_doc(OUTFOXED)
    assert code_events(doc) == ()
    (event,) = code_events(doc, lexicons=[str(extra)])
    assert (event.code, event.rule) == ("111", "verb:outfox")


def test_events_stop_entry_blocks_an_idiom() -> None:
    rows: list[Row] = [
        ("Russia", "PROPN", "nsubj", 1, "Russia", "GPE"),
        ("seized", "VERB", "ROOT", 1, "seize", ""),
        ("the", "DET", "det", 3, "the", ""),
        ("opportunity", "NOUN", "dobj", 1, "opportunity", ""),
        (".", "PUNCT", "punct", 1, ".", ""),
    ]
    assert code_events(hand_doc(rows)) == ()
