"""Publication dates: a day when only a day is known, full ISO-8601 otherwise."""

from __future__ import annotations

import time

import pytest

from newsgraph.ingest.dates import normalise_date


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-11-04", "2025-11-04"),
        ("2025-11-04T10:30:00Z", "2025-11-04T10:30:00+00:00"),
        ("2025-11-04 10:30:00+08:00", "2025-11-04T10:30:00+08:00"),
        ("Tue, 04 Nov 2025 10:30:00 GMT", "2025-11-04T10:30:00+00:00"),
        ("Tue, 04 Nov 2025 10:30:00 +0100", "2025-11-04T10:30:00+01:00"),
        ("November 4, 2025", "2025-11-04"),
        ("4 November 2025", "2025-11-04"),
        ("Nov. 4, 2025 3:15 PM", "2025-11-04T15:15:00"),
        ("November 2025", None),  # no day: not a guessed 1st of the month
        ("2025-02-30", None),
        ("yesterday", None),
        ("", None),
        (None, None),
        ("x" * 500, None),
    ],
)
def test_ingest_dates_normalise(value: str | None, expected: str | None) -> None:
    assert normalise_date(value) == expected


def test_ingest_dates_struct_time_is_utc() -> None:
    parsed = time.strptime("2026-02-16 20:00:14", "%Y-%m-%d %H:%M:%S")
    assert normalise_date(parsed) == "2026-02-16T20:00:14+00:00"
