"""One ingest, two inputs with the same article id and different texts: the second used to
replace the first silently. Now the first is kept and the second is an error (E108), with one
process and with worker processes. The articles are written for these tests; a blank
pipeline and a model-free extractor keep them fast."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsgraph.engine import Engine, IngestReport, Item
from newsgraph.errors import ERROR_TABLE, DuplicateId
from newsgraph.records import Article, FailedItem
from newsgraph.settings import Settings

FIRST = "The harbour board approved a second ferry route on Thursday."
SECOND = "Farmers in the valley reported an early frost that damaged the pear crop."
OTHER = "The city library will open on Sundays from next month."


def _jsonl(path: Path, *rows: dict[str, str]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def _ingest(tmp_path: Path, *inputs: Path, workers: int = 1, max_chars: int = 100_000) -> tuple[IngestReport, Engine]:
    settings = Settings(
        model="blank:en",
        db=f"sqlite:///{tmp_path / 'kb.db'}",
        workers=workers,
        batch_size=1,  # several batches, so worker processes do start
        max_chars=max_chars,
    )
    engine = Engine(settings, extractors=("tone.lexicon",))
    return engine.ingest(engine.read(inputs)), engine


@pytest.mark.parametrize("workers", [1, 2])
def test_engine_ingest_same_id_other_text_in_one_batch_keeps_the_first(
    tmp_path: Path, workers: int
) -> None:
    a = _jsonl(
        tmp_path / "a.jsonl",
        {"id": "other-1", "text": OTHER},
        {"id": "ferry", "text": FIRST},
    )
    b = _jsonl(
        tmp_path / "b.jsonl",
        {"id": "ferry", "text": SECOND},
        {"id": "other-2", "text": OTHER + " Entry stays free."},
    )
    report, engine = _ingest(tmp_path, a, b, workers=workers)
    with engine:
        assert (report.inserted, report.replaced, report.unchanged, report.failed) == (3, 0, 0, 1)
        (error,) = report.errors
        assert error.error.code == DuplicateId.code == "E108"
        assert error.error.input == f"{b}:1"
        assert error.error.message == (
            f"id 'ferry' already used by {a}:2 in this batch; the first is kept"
        )
        stored = engine.store.get("ferry")
        assert stored is not None and stored.article.text == FIRST
        assert engine.store.stats()["articles"] == 3
        (row,) = engine.store.errors()
        assert (row["code"], row["input"], row["article"]) == ("E108", f"{b}:1", "ferry")


def test_engine_ingest_same_article_twice_in_one_batch_is_no_error(tmp_path: Path) -> None:
    a = _jsonl(tmp_path / "a.jsonl", {"id": "ferry", "text": FIRST})
    b = _jsonl(tmp_path / "b.jsonl", {"id": "ferry", "text": FIRST, "title": "Ferry"})
    report, engine = _ingest(tmp_path, a, b)
    with engine:
        assert (report.inserted, report.unchanged, report.failed) == (1, 1, 0)
        assert engine.store.stats() | {"errors": 0} == engine.store.stats()


def test_engine_ingest_new_text_in_a_later_run_replaces_and_is_counted(tmp_path: Path) -> None:
    a = _jsonl(tmp_path / "a.jsonl", {"id": "ferry", "text": FIRST})
    _ingest(tmp_path, a)[1].close()
    a2 = _jsonl(tmp_path / "a2.jsonl", {"id": "ferry", "text": SECOND})
    report, engine = _ingest(tmp_path, a2)
    with engine:
        assert (report.inserted, report.replaced, report.failed) == (0, 1, 0)
        stored = engine.store.get("ferry")
        assert stored is not None and stored.article.text == SECOND


def test_engine_ingest_later_input_with_the_stored_text_does_not_undo_an_earlier_one(
    tmp_path: Path,
) -> None:
    # Stored before: FIRST. Then one batch: SECOND (an update, read first), then FIRST again.
    # The second input is what the store holds when it is read, but the first input of the
    # batch replaces it: it must not be counted "unchanged" and silently lost.
    _ingest(tmp_path, _jsonl(tmp_path / "old.jsonl", {"id": "ferry", "text": FIRST}))[1].close()
    new = _jsonl(tmp_path / "new.jsonl", {"id": "ferry", "text": SECOND})
    again = _jsonl(tmp_path / "again.jsonl", {"id": "ferry", "text": FIRST})
    report, engine = _ingest(tmp_path, new, again)
    with engine:
        assert (report.replaced, report.unchanged, report.failed) == (1, 0, 1)
        assert report.errors[0].error.code == "E108"
        assert f"already used by {new}:1" in report.errors[0].error.message
        stored = engine.store.get("ferry")
        assert stored is not None and stored.article.text == SECOND


def test_engine_ingest_id_of_a_failed_input_is_free(tmp_path: Path) -> None:
    # The first input with the id fails (too long): nothing was stored, so the second is.
    a = _jsonl(tmp_path / "a.jsonl", {"id": "ferry", "text": FIRST + " More." * 30})
    b = _jsonl(tmp_path / "b.jsonl", {"id": "ferry", "text": SECOND})
    report, engine = _ingest(tmp_path, a, b, max_chars=120)
    with engine:
        assert (report.inserted, report.failed) == (1, 1)
        assert report.errors[0].error.code == "E104"
        stored = engine.store.get("ferry")
        assert stored is not None and stored.article.text == SECOND


def test_engine_duplicate_id_error_is_an_input_error() -> None:
    assert ERROR_TABLE["E108"] == (1, 409)


def test_engine_ingest_again_fails_the_duplicate_without_analysing_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a = _jsonl(tmp_path / "a.jsonl", {"id": "ferry", "text": FIRST})
    b = _jsonl(tmp_path / "b.jsonl", {"id": "ferry", "text": SECOND})
    _ingest(tmp_path, a, b)[1].close()

    real = Engine._analyze_batch

    def only_failures(self: Engine, batch: list[Article | FailedItem]) -> Iterator[Item]:
        assert all(isinstance(i, FailedItem) for i in batch), "analysed again"
        return real(self, batch)

    monkeypatch.setattr(Engine, "_analyze_batch", only_failures)
    report, engine = _ingest(tmp_path, a, b)
    with engine:
        assert (report.unchanged, report.failed) == (1, 1)
        assert report.errors[0].error.code == "E108"
        assert engine.store.stats()["errors"] == 1  # the same input's error, not a second row


def test_engine_save_all_keeps_the_first_of_one_id_as_analyze_stores(tmp_path: Path) -> None:
    # `newsgraph analyze` (storing) saves through save_all: the same check as ingest's
    a = _jsonl(tmp_path / "a.jsonl", {"id": "ferry", "text": FIRST})
    b = _jsonl(tmp_path / "b.jsonl", {"id": "ferry", "text": SECOND})
    settings = Settings(model="blank:en", db=f"sqlite:///{tmp_path / 'kb.db'}")
    with Engine(settings, extractors=("tone.lexicon",)) as engine:
        outcomes = list(engine.save_all(engine.analyze_many(engine.read([a, b]))))
        assert [o for o, _ in outcomes] == ["inserted", "failed"]
        failed = outcomes[1][1]
        assert isinstance(failed, FailedItem) and failed.error.code == "E108"
        stored = engine.store.get("ferry")
        assert stored is not None and stored.article.text == FIRST
