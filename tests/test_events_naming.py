"""Name-calling (events issue 4, session 6): "called X a puppet", "called X weak" is a
criticism (111) of X, told with words that judge a person or a government itself rather than
its act. Checked on sentences written for this test, with the real spaCy model."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.extract.eventcoder.speech import judgements
from tests.test_events_lexicon7 import codes
from tests.test_events_model import analyse


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("North Korea called the American president a liar.", ("PRK", "USAGOV", "111")),
        ("Venezuela called Colombia's president a puppet.", ("VEN", "COLGOV", "111")),
        ("Russia called Britain weak.", ("RUS", "GBR", "111")),
        ("Iran called Israel an aggressor.", ("IRN", "ISR", "111")),
    ],
)
def test_name_calling_is_a_criticism(nlp: Any, text: str, expected: tuple[str, str, str]) -> None:
    events, _ = analyse(nlp, text)
    assert expected in codes(events), codes(events)


def test_describing_is_not_name_calling(nlp: Any) -> None:
    """The words judge only when said of an actor: a weak economy or a danger that exists
    blames nobody."""
    for text in (
        "Brazil said the danger had passed.",
        "Chile's economy stayed weak in March.",
    ):
        events, _ = analyse(nlp, text)
        assert not [c for c in codes(events) if c[2].startswith("11")], (text, codes(events))


def test_name_calling_words_are_judgements_of_others() -> None:
    words = judgements()
    for word in ("puppet", "liar", "dictator", "aggressor", "weak", "evil"):
        assert words[word] in ("adj", "noun"), word
