"""Telephone calls (issue 4, 2026-11-30, fifteenth session): a call in which something was
said happened too, with the one spoken to ("told Trump in a phone call"); a call is placed to
the one called. Sentences written for these tests, with the real
spaCy model (the rules alone)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_events_lexicon8 import coded
from tests.test_events_model import analyse


def _events(nlp: Any, text: str, minimum: float = 0.5) -> set[tuple[str | None, str | None, str]]:
    return coded(analyse(nlp, text, "2020-01-01", {"event_model": False})[0], minimum)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what was said in a call: the call happened, with the one told
        (
            "Peruvian President Dina Boluarte told Boric in a phone call on Thursday that Lima "
            "would send an envoy.",
            ("PER", "CHL", "041"),
        ),
        (
            "Xi told Putin in a telephone conversation that China backs the plan.",
            ("CHN", "RUS", "041"),
        ),
        # placed to the one called
        (
            "President Boric placed a congratulatory call to Peru's new president on Tuesday.",
            ("CHL", "PER", "041"),
        ),
        # received from the caller: the receiver is the one called (as before)
        (
            "Chile's president received a congratulatory phone call from Peru's president.",
            ("PER", "CHL", "041"),
        ),
    ],
)
def test_a_telephone_call_is_between_caller_and_called(
    nlp: Any, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _events(nlp, text), _events(nlp, text, 0.0)


@pytest.mark.parametrize(
    "text",
    [
        # the one told is no party when no actor: reporters
        "Boric told reporters in a phone call that Chile would help.",
        # a call for help is an appeal, not a telephone call
        "Peru received a call for help from Chile.",
    ],
)
def test_no_telephone_call_without_the_one_called(nlp: Any, text: str) -> None:
    found = _events(nlp, text)
    assert not {e for e in found if e[2] == "041" and e[1] is not None}, found
