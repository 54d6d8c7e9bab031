"""Store helpers that need no database: query escaping, date spans, URLs, row flattening."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.errors import StoreError, UsageError
from newsgraph.records import Analysis, Argument, Article, Event, Offsets, Span
from newsgraph.store.db import normalise_url, sqlite_path
from newsgraph.store.rows import annotation_rows, day_span, event_from_row, parse_bound
from newsgraph.store.search import fts5_query, search_terms


def test_store_search_terms_drop_operators_and_punctuation() -> None:
    # "or" is left out as the stop word it is, not parsed as an operator
    assert search_terms('"Xi" NEAR(Putin* OR (oil') == ["xi", "near", "putin", "oil"]
    assert search_terms("'; DROP TABLE articles; --") == ["drop", "table", "articles"]
    assert search_terms("Moscow moscow MOSCOW") == ["moscow"]
    assert search_terms("São Paulo") == ["são", "paulo"]
    assert search_terms('"*" () : ^ -') == []
    assert search_terms("") == []


def test_store_fts5_query_quotes_every_term() -> None:
    assert fts5_query(["near", "oil"]) == '"near" "oil"'
    assert fts5_query(['a"b']) == '"a""b"'


@pytest.mark.parametrize(
    ("value", "span"),
    [
        ("2024", ("2024-01-01", "2024-12-31")),
        ("2024-02", ("2024-02-01", "2024-02-29")),
        ("2025-02", ("2025-02-01", "2025-02-28")),
        ("2025-11-04", ("2025-11-04", "2025-11-04")),
        ("2025-11-04T10:30:00+00:00", ("2025-11-04", "2025-11-04")),
        ("2025-02-30", None),
        ("2025-13", None),
        ("PAST_REF", None),
        ("٢٠٢٤", None),  # Arabic-Indic digits are not a year here
        (None, None),
        ("", None),
    ],
)
def test_store_day_span(value: str | None, span: tuple[str, str] | None) -> None:
    assert day_span(value) == span


def test_store_parse_bound() -> None:
    assert parse_bound("2025-11", end=False) == "2025-11-01"
    assert parse_bound("2025-11", end=True) == "2025-11-30"
    assert parse_bound(None, end=True) is None
    for bad in ("yesterday", "2025-1", "11/04/2025", "2025-02-30"):
        with pytest.raises(UsageError):
            parse_bound(bad, end=False)


def test_store_url_normalisation() -> None:
    assert normalise_url("postgresql://u:pw@h:5/db").drivername == "postgresql+psycopg"
    assert normalise_url("postgresql+psycopg://u@h/db").drivername == "postgresql+psycopg"
    assert normalise_url("sqlite:///x.db").drivername == "sqlite"
    assert sqlite_path(normalise_url("sqlite:///dir/x.db")) is not None
    assert sqlite_path(normalise_url("sqlite://")) is None
    with pytest.raises(StoreError):
        normalise_url("not a url")
    with pytest.raises(StoreError):
        normalise_url("oracle://h/db")


def test_store_event_rows_flatten_and_come_back() -> None:
    event = Event(
        "ev1",
        "042",
        "04",
        "Make a visit",
        1,
        1.9,
        Offsets(0, 20),
        Span(3, 6, "met"),
        "met",
        0.8,
        source=Argument("Xi", "e1", "CHNGOV", 0, 2),
        target=None,
        date=None,
    )
    analysis = Analysis(
        Article("a", "Xi met Li in Hangzhou.", published="2025-11-03"), events=(event,)
    )
    (row,) = annotation_rows(analysis)["events"]
    assert (row["source_actor_code"], row["target_actor_code"]) == ("CHNGOV", None)
    # No event date: date filters fall back to the publication day.
    assert (row["when_start"], row["when_end"]) == ("2025-11-03", "2025-11-03")
    assert event_from_row(row) == event


def test_store_unreachable_server_is_a_store_error() -> None:
    from newsgraph.store import Store

    store = Store("postgresql://nobody:secret@127.0.0.1:1/nothing?connect_timeout=2")
    with pytest.raises(StoreError) as err:
        store.has("x")
    assert err.value.code == "E400"
    assert "secret" not in str(err.value)  # the password never reaches a message


def test_store_unmigrated_database_is_a_store_error(tmp_path: Path) -> None:
    from newsgraph.store import Store

    with pytest.raises(StoreError):
        Store(f"sqlite:///{tmp_path / 'empty.db'}").stats()
