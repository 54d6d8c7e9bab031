"""Property tests: any text, however its quotation marks are broken, gives well-formed
quotes (offsets hold, ids are unique) and never an exception."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsgraph.extract.attribution.marks import find_quoted_regions
from newsgraph.extract.quotes import extract_quotes
from newsgraph.extract.registry import Context
from newsgraph.records import Article

_PIECES = st.sampled_from(
    [
        '"',
        "“",
        "”",
        "«",
        "»",
        " ",
        "\n\n",
        ",",
        ".",
        "he said",
        "She told reporters",
        "according to officials",
        "the plan",
        "We will",
        "was a",
        "Smith",
        "—",
        ":",
        "'",
    ]
)
_TEXTS = st.lists(_PIECES, max_size=40).map(" ".join)


@given(_TEXTS)
def test_quotes_marks_regions_are_ordered_and_in_bounds(text: str) -> None:
    last_end = 0
    for r in find_quoted_regions(text):
        assert last_end <= r.start < r.end <= len(text)
        assert r.start <= r.inner_start <= r.inner_end <= r.end
        last_end = r.end


@pytest.mark.model
@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(_TEXTS)
def test_quotes_any_text_gives_well_formed_quotes(nlp: Any, text: str) -> None:
    article = Article(id="p", text=text)
    quotes = extract_quotes(Context(article, nlp(text), {"entities": ()}))
    assert len({q.id for q in quotes}) == len(quotes)
    for q in quotes:
        assert text[q.start : q.end] == q.text
        if q.speaker is not None:
            assert text[q.speaker.start : q.speaker.end] == q.speaker.text
        for via in q.via:
            assert via.start is not None and via.end is not None
            assert text[via.start : via.end] == via.text
