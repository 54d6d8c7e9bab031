"""Round 75 (events issue 4, events.cameo@176): an error read on a corpus article outside the
gold. What one disputes in a that-clause is the clause's claim, aimed at whom the clause
names: neither a party of the phrases around it nor the counterpart of an earlier dyad is its
target. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from tests.test_events_round12 import dyads, rules


def test_disputing_a_claim_is_not_aimed_at_the_last_counterpart(nlp: Any) -> None:
    text = (
        "In brief remarks after meeting with President Ollanta Humala of Peru, Mr. Pinera on "
        "Wednesday emphatically disputed that his party generally feels betrayed by his deal."
    )
    assert not any(d[1] == "PER" for d in dyads(rules(nlp, text), "disputed"))
