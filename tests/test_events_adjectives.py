"""Adjective entries of the event lexicon (issue 4, 2026-11-29): "Chile has been critical of
Peru" criticizes Peru; the adjective must be said of someone (after a copula, or right after its
noun) and must carry the preposition its entry names. Sentences written for these tests, with
the real spaCy model (the rules alone)."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.extract.eventcoder.lexicon import LexiconError, parse_lexicon
from tests.test_events_lexicon8 import coded
from tests.test_events_model import analyse


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile has been sharply critical of Peru.", ("CHL", "PER", "111")),
        ("Chile is unhappy with Peru over the new tariffs.", ("CHL", "PER", "110")),
        ("Chile remained supportive of Peru throughout the talks.", ("CHL", "PER", "051")),
        # after its noun: the noun is the one it is said of
        ("Chilean lawmakers critical of Peru met on Tuesday.", ("CHL", "PER", "111")),
    ],
)
def test_an_adjective_said_of_a_party_is_its_act(
    nlp: Any, text: str, expected: tuple[str, str, str]
) -> None:
    events = analyse(nlp, text)[0]
    assert expected in coded(events), coded(events, 0.0)
    assert all(e.rule.startswith("adj:") for e in events if e.code == expected[2])


def test_a_negated_adjective_is_marked_negated(nlp: Any) -> None:
    events = [e for e in analyse(nlp, "Chile is not critical of Peru.")[0] if e.code == "111"]
    assert events and all(e.negated for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "It is a critical moment for Peru.",  # before its noun: no one is critical
        "Chile was critical to the success of Peru's harvest.",  # not the entry's preposition
        "Chile was very critical.",  # said of no one
    ],
)
def test_an_adjective_without_its_frame_is_no_event(nlp: Any, text: str) -> None:
    assert not [e for e in analyse(nlp, text)[0] if e.rule.startswith("adj:")]


def test_an_adjective_entry_needs_its_preposition() -> None:
    assert parse_lexicon("adj\tcritical\tof\t-\t111\tevent\n", "t.tsv")[0].pos == "adj"
    with pytest.raises(LexiconError, match="preposition"):
        parse_lexicon("adj\tcritical\t-\t-\t111\tevent\n", "t.tsv")
