"""Round 31 of the rules (events issue 4, events.cameo@114): what one says one cannot or will
not accept one rejects (120: "Chile will never accept a nuclear-armed Peru", "cannot accept
unilateral changes to the status quo"), now, however the refusal is phrased; the lexicon's own
acceptances stay negated ("did not accept the offer"); what is refused or judged is its
author's when a relative clause names them ("rejected the plan that Peru put forward").
Sentences written for these tests,
parsed by the real spaCy model (rules alone)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_events_round12 import dyads, rules


@pytest.mark.parametrize(
    "text",
    [
        "Chile will never accept a nuclear-armed Peru, the foreign minister said.",
        "Chile cannot accept Peru's claims to the islands.",
    ],
)
def test_what_one_will_not_accept_one_rejects(nlp: Any, text: str) -> None:
    assert ("CHL", "PER", "12") in dyads(rules(nlp, text), "accept"), text


def test_what_was_accepted_is_no_rejection(nlp: Any) -> None:
    events = rules(nlp, "Chile accepted Peru's claims to the islands.")
    assert not any(e.root_code == "12" for e in events), events


def test_an_offer_not_accepted_stays_a_negated_acceptance(nlp: Any) -> None:
    events = rules(nlp, "Chile did not accept the offer from Peru.")
    accepted = [e for e in events if e.trigger.text == "accept"]
    assert accepted and accepted[0].negated and accepted[0].code == "030", events


def test_what_is_refused_is_its_authors(nlp: Any) -> None:
    events = rules(nlp, "Chile rejected the border plan that Peru put forward.")
    assert ("CHL", "PER", "12") in dyads(events, "rejected"), events
