"""Sanctions named in passing with who imposes them (issue 4, 2026-11-30, eighteenth session):
"in defiance of U.N. sanctions" tells the sanctions too, on the one who defies them. Sentences
written for these tests, with the real spaCy model (the rules alone)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_events_lexicon8 import coded
from tests.test_events_model import analyse


def _events(nlp: Any, text: str) -> set[tuple[str | None, str | None, str]]:
    return coded(analyse(nlp, text, "2020-01-01")[0], 0.5)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Iran has tested ballistic missiles in defiance of U.N. sanctions.",
            ("IGO", "IRN", "163"),
        ),
        ("Kim Jong Un scoffed at the new U.N. sanctions.", ("IGO", "PRK", "163")),
        (
            "Officials seized two ships on suspicion of breaking U.N. sanctions imposed to "
            "punish Pyongyang.",
            ("IGO", "PRK", "163"),
        ),
    ],
)
def test_sanctions_named_in_passing_are_on_whom_they_name(
    nlp: Any, text: str, expected: tuple[str, str, str]
) -> None:
    found = _events(nlp, text)
    assert expected in found, found


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # a third party acting against them is not the one under them
        "Chinese tankers shipped oil to North Korea despite U.N. sanctions.",
        # a country's own name before them is mostly the one sanctioned, not the sanctioner
        "Russia sanctions have hurt European exporters.",
    ],
)
def test_sanctions_named_in_passing_guess_no_one(nlp: Any, text: str) -> None:
    found = _events(nlp, text)
    assert not any(code == "163" and src == "IGO" and tgt == "CHN" for src, tgt, code in found)
    assert not any(code == "163" and src == "RUS" for src, tgt, code in found), found
