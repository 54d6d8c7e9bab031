"""Records: the contract's shape, JSON round trips, offsets."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from newsgraph.records import (
    SCHEMA_VERSION,
    Actor,
    Analysis,
    Argument,
    Article,
    Entity,
    ErrorInfo,
    Event,
    FailedItem,
    Offsets,
    Place,
    Quote,
    Span,
    Speaker,
    Tag,
    TimeExpression,
    Tone,
    Via,
    article_id,
)
from newsgraph.schema import validate_record

TEXT = "Chinese President Xi Jinping met Vladimir Putin in Moscow on Tuesday. Xi said ties were strong."


def sample() -> Analysis:
    art = Article(id="a1", text=TEXT, title="T", source="Wire", published="2025-11-04")
    xi = Entity("e1", "Xi Jinping", "PERSON", (Span(18, 28, "Xi Jinping"), Span(70, 72, "Xi")),
                titles=("President",), actor=Actor("CHNGOV", "CHN", "GOV"), extractor="x@1")
    putin = Entity("e2", "Vladimir Putin", "PERSON", (Span(33, 47, "Vladimir Putin"),))
    ev = Event("ev1", "040", "04", "Consult", 1, 1.0, Offsets(0, 69), Span(29, 32, "met"), "meet", 0.9,
               plover="CONSULT", source=Argument("Xi Jinping", "e1", "CHNGOV"),
               target=Argument("Vladimir Putin", "e2", None), date="2025-11-04", place="p1")
    q = Quote("q1", "ties were strong", 78, 94, "indirect", Speaker("Xi", 70, 72, "e1"), "said",
              (Via("CCTV"),))
    t = TimeExpression("t1", "Tuesday", 61, 68, "DATE", "2025-11-04", True)
    p = Place("p1", "Moscow", (Span(51, 57, "Moscow"),), "RUS", 55.75, 37.62, 524901, "city")
    return Analysis(art, (xi, putin), (ev,), (q,), (), (t,), (p,), (Tag("diplomacy", 0.8),),
                    Tone(1.0, 2.0, 1.0, 3.0, 16), {"x": "1"})


def test_records_offsets_hold_in_sample() -> None:
    record = sample().to_dict()
    assert validate_record(record) == []


def test_records_contract_field_order_and_names() -> None:
    record = sample().to_dict()
    assert list(record)[:2] == ["schema_version", "article"]
    assert record["schema_version"] == SCHEMA_VERSION
    for key in ("entities", "events", "quotes", "amounts", "times", "places", "tags", "tone"):
        assert key in record
    assert "origin" not in record["article"]
    assert list(record["article"])[:6] == ["id", "title", "source", "published", "url", "language"]


def test_records_json_round_trip() -> None:
    a = sample()
    assert Analysis.from_dict(json.loads(json.dumps(a.to_dict()))) == a


def test_records_validate_catches_broken_offsets() -> None:
    record = sample().to_dict()
    record["entities"][0]["mentions"][0]["end"] += 1
    problems = validate_record(record)
    assert problems and "mentions/0" in problems[0]


def test_records_validate_catches_dangling_entity() -> None:
    record = sample().to_dict()
    record["events"][0]["source"]["entity"] = "e99"
    assert any("unknown entity" in p for p in validate_record(record))


def test_records_failed_item_has_no_annotation_lists() -> None:
    item = FailedItem(ErrorInfo("E101", "empty file", "x.txt"))
    record = item.to_dict()
    assert record["error"] == {"code": "E101", "message": "empty file", "input": "x.txt"}
    assert validate_record(record) == []
    assert "entities" not in record


def test_records_article_id_is_stable_and_whitespace_insensitive() -> None:
    assert article_id("a  b\nc", "u") == article_id("a b c", "u")
    assert article_id("a b c", "u") != article_id("a b c", "v")


words = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=12)


@settings(max_examples=60, deadline=None)
@given(st.lists(words, min_size=1, max_size=8), st.data())
def test_records_round_trip_property(tokens: list[str], data: st.DataObject) -> None:
    text = " ".join(tokens)
    i = data.draw(st.integers(0, len(tokens) - 1))
    start = sum(len(t) + 1 for t in tokens[:i])
    span = Span(start, start + len(tokens[i]), tokens[i])
    art = Article(id=article_id(text), text=text)
    ent = Entity("e1", tokens[i], "ORG", (span,))
    amount_value = data.draw(st.floats(allow_nan=False, allow_infinity=False))
    from newsgraph.records import Amount

    a = Analysis(art, entities=(ent,), amounts=(Amount("a1", span.text, span.start, span.end, amount_value, "USD"),))
    record = json.loads(json.dumps(a.to_dict()))
    assert validate_record(record) == []
    assert Analysis.from_dict(record) == a
