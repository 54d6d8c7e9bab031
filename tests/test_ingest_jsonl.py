"""JSON Lines of articles: bad lines fail by "file:LINE", the others go on."""

from __future__ import annotations

import json
from pathlib import Path

from newsgraph.ingest import Defaults, read, read_bytes
from newsgraph.records import Article, FailedItem, article_id


def _lines(*objs: object) -> bytes:
    return "\n".join(o if isinstance(o, str) else json.dumps(o) for o in objs).encode() + b"\n"


def test_ingest_jsonl_fields_ids_and_failures() -> None:
    data = _lines(
        {"id": "a1", "title": "Port strike ends", "text": "Dock workers ended a strike.",
         "source": "Gazette", "published": "Sun, 03 Mar 2024 09:15:00 GMT", "url": "https://g.example/a1"},
        "not json {",
        {"title": "no text here"},
        "",
        [1, 2],
        {"text": "Ferries resume.\u2028Second part.", "url": "https://g.example/a2", "published": "2024-03-04"},
        {"id": 7, "text": "   "},
    )  # fmt: skip
    items = list(read_bytes(data, name="batch.jsonl", defaults=Defaults(source="Wire")))
    assert [type(i).__name__ for i in items] == [
        "Article", "FailedItem", "FailedItem", "FailedItem", "Article", "FailedItem",
    ]  # fmt: skip
    first, bad_json, no_text, not_object, second, blank = items
    assert isinstance(first, Article) and isinstance(second, Article)
    assert first.id == "a1"
    assert (first.title, first.source, first.url) == (
        "Port strike ends",
        "Gazette",
        "https://g.example/a1",
    )
    assert first.published == "2024-03-03T09:15:00+00:00"
    assert first.origin == "batch.jsonl:1"
    assert second.id == article_id(second.text, "https://g.example/a2")
    assert second.source == "Wire"  # defaults fill what the line lacks
    assert second.published == "2024-03-04"
    assert second.origin == "batch.jsonl:6"
    assert "\u2028" not in second.text
    assert isinstance(bad_json, FailedItem) and bad_json.error.input == "batch.jsonl:2"
    assert bad_json.error.code == "E105"
    assert isinstance(no_text, FailedItem) and no_text.error.code == "E106"
    assert no_text.error.input == "batch.jsonl:3"
    assert isinstance(not_object, FailedItem) and not_object.error.input == "batch.jsonl:5"
    assert isinstance(blank, FailedItem) and blank.error.input == "batch.jsonl:7"


def test_ingest_jsonl_same_text_same_id() -> None:
    data = _lines({"text": "Same words."}, {"text": "Same   words."})
    a, b = read_bytes(data, name="x.jsonl")
    assert isinstance(a, Article) and isinstance(b, Article)
    assert a.id == b.id


def test_ingest_jsonl_first_line_broken_with_hint() -> None:
    data = _lines('{"text": "cut', {"text": "Fine line."})
    items = list(read_bytes(data, name="x.jsonl"))
    assert isinstance(items[0], FailedItem)
    assert isinstance(items[1], Article)


def test_ingest_jsonl_array_of_objects() -> None:
    items = list(
        read_bytes(json.dumps([{"text": "One."}, {"title": "none"}]).encode(), name="a.json")
    )
    assert isinstance(items[0], Article)
    assert isinstance(items[1], FailedItem) and items[1].error.input == "a.json:2"


def test_ingest_jsonl_control_characters_and_long_line() -> None:
    long_text = "word " * 300_000
    data = _lines({"text": "Bell\u0007 and NUL\u0000 gone."}, {"text": long_text})
    first, second = read_bytes(data, name="x.jsonl")
    assert isinstance(first, Article) and first.text == "Bell and NUL gone."
    assert isinstance(second, Article) and len(second.text) == len(long_text) - 1


def test_ingest_jsonl_big_file_streams_with_a_per_line_bound(tmp_path: Path) -> None:
    path = tmp_path / "archive.jsonl"
    long_line = json.dumps({"text": "far too long " * 20})
    path.write_bytes(_lines({"text": "Short one."}, long_line, "{bad", {"text": "Short two."}))
    assert path.stat().st_size > 100
    items = list(read(path, max_bytes=100, defaults=Defaults(source="Archive")))
    codes = [i.error.code if isinstance(i, FailedItem) else "ok" for i in items]
    assert codes == ["ok", "E104", "E105", "ok"]
    assert isinstance(items[3], Article)
    assert (items[3].origin, items[3].source) == (f"{path}:4", "Archive")
    assert isinstance(items[1], FailedItem) and items[1].error.input == f"{path}:2"


def test_ingest_jsonl_refuses_ids_the_store_cannot_keep() -> None:
    # PostgreSQL refused these at save time and stopped the whole batch (E400).
    from newsgraph.ingest.jsonl import MAX_ID_CHARS
    from newsgraph.store.schema import ARTICLE_ID_LENGTH

    assert MAX_ID_CHARS == ARTICLE_ID_LENGTH
    data = _lines(
        {"id": "x" * (MAX_ID_CHARS + 1), "text": "Kenya signed a deal."},
        {"id": "a\u0000b", "text": "Uganda signed a deal."},
        {"id": "x" * MAX_ID_CHARS, "text": "Rwanda signed a deal."},
    )
    long_id, nul_id, fine = list(read_bytes(data, name="ids.jsonl"))
    assert isinstance(long_id, FailedItem) and long_id.error.input == "ids.jsonl:1"
    assert "longer than 1000" in long_id.error.message and long_id.error.code == "E105"
    assert isinstance(nul_id, FailedItem) and nul_id.error.input == "ids.jsonl:2"
    assert "control characters" in nul_id.error.message
    assert isinstance(fine, Article) and fine.id == "x" * MAX_ID_CHARS
