"""CSV tables: every table's rows carry exactly its declared columns, and the header is written
even when there is no row (a spreadsheet or pandas reading an empty result still gets them)."""

from __future__ import annotations

import csv
import dataclasses
import io

import pytest

from newsgraph.export.tabular import CSV_COLUMNS, CSV_TABLES, write_csv
from newsgraph.records import Amount
from tests.test_records import sample


def full_sample():  # type: ignore[no-untyped-def]
    a = sample()
    start = a.article.text.index("Tuesday")
    amount = Amount("m1", "Tuesday", start, start + 7, 1.0, "count")
    return dataclasses.replace(a, amounts=(amount,))


@pytest.mark.parametrize("table", sorted(CSV_TABLES))
def test_rows_carry_their_declared_columns(table: str) -> None:
    rows = list(CSV_TABLES[table](full_sample()))
    assert rows, table
    assert all(tuple(row) == CSV_COLUMNS[table] for row in rows)


@pytest.mark.parametrize("table", sorted(CSV_TABLES))
def test_an_empty_table_still_has_its_header(table: str) -> None:
    buf = io.StringIO()
    assert write_csv([], buf, table=table) == 0
    assert list(csv.reader(io.StringIO(buf.getvalue()))) == [list(CSV_COLUMNS[table])]


def test_a_table_round_trips_through_csv() -> None:
    buf = io.StringIO()
    assert write_csv([full_sample()], buf, table="events") == 1
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert rows[0]["code"] == "040" and rows[0]["source_actor"] == "CHNGOV"
