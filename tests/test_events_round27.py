"""Round 27 of the rules (events issue 4, events.cameo@110): distrust and disdain named as a
noun or adjective are disapproval (110: "skepticism about Peru", "skeptical of Peru's
promises", "disdain for Bolivia"), fault found with someone is criticism (111), and a deed called
"troubling" or "disturbing" is criticised; headline shorthand "N. Korea" and "S. Korea" names
the two Koreas. Sentences written for these tests, parsed by the real spaCy model (rules
alone)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_events_round12 import dyads, rules

# (sentence, trigger, one dyad and root the rules find there)
FOUND: list[tuple[str, str, tuple[str | None, str | None, str]]] = [
    (
        "The minister voiced the Chilean skepticism about Peru in a long interview.",
        "skepticism about",
        ("CHL", "PER", "11"),
    ),
    (
        "Chile remains skeptical of Peru's promises on the border.",
        "skeptical of",
        ("CHL", "PER", "11"),
    ),
    (
        "Peru's president made no secret of his disdain for Bolivia.",
        "disdain for",
        ("PER", "BOL", "11"),
    ),
    ("The U.N. envoy found fault with Peru in her report.", "fault with", ("IGO", "PER", "11")),
    (
        "Chile's foreign minister said the Peruvian naval exercises were deeply troubling.",
        "troubling",
        ("CHL", "PER", "11"),
    ),
]


@pytest.mark.parametrize(("text", "trigger", "dyad"), FOUND)
def test_found_dyad(
    nlp: Any, text: str, trigger: str, dyad: tuple[str | None, str | None, str]
) -> None:
    assert dyad in dyads(rules(nlp, text), trigger), text


def test_no_fault_found_is_no_criticism(nlp: Any) -> None:
    events = rules(nlp, "Chilean investigators found no fault with the Peruvian pilots.")
    assert not any(e.root_code == "11" and not e.negated for e in events), events


def test_abbreviated_koreas_are_parties(nlp: Any) -> None:
    # headline shorthand: "N. Korea", "S. Korea"
    events = rules(nlp, "S. Korea and N. Korea agree to hold border talks next week")
    assert ("KOR", "PRK", "03") in dyads(events, "agree"), events
