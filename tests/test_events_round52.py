"""Round 52 (events issue 4, events.cameo@150): more errors read on corpus articles outside the
gold. What something is compared with is no side of it; a deed one denies doing is denied;
no event in a news release, a "trades union", one "sold out", a war on wealth or occupied
territory named as such; forces pushed out are fought. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from tests.test_events_model import analyse
from tests.test_events_round12 import dyads, rules


def test_what_something_is_compared_with_is_no_side(nlp: Any) -> None:
    from newsgraph.extract.events import _in_a_comparison

    doc = nlp("Peruvian brewer Backus sells less beer by volume than Chile's CCU.")
    assert _in_a_comparison(next(t for t in doc if t.text == "CCU"))
    assert _in_a_comparison(next(t for t in doc if t.text == "Chile"))
    assert not _in_a_comparison(next(t for t in doc if t.text == "Backus"))
    doc = nlp("Exports rose 5% compared with Chile.")
    assert _in_a_comparison(next(t for t in doc if t.text == "Chile"))
    text = "Peru sells less copper than Chile."
    for events in (rules(nlp, text), analyse(nlp, text, "2026-02-17", {})[0]):
        assert not [e for e in events if e.target is not None and "Chile" in e.target.text]


def test_a_deed_denied_is_negated(nlp: Any) -> None:
    found = [e for e in rules(nlp, "Peru denied attacking Chile.") if e.trigger.text == "attacking"]
    assert found and all(e.negated for e in found), found
    found = [
        e for e in rules(nlp, "Peru admitted attacking Chile.") if e.trigger.text == "attacking"
    ]
    assert found and not any(e.negated for e in found), found
    assert ("PER", "CHL", "12") in dyads(rules(nlp, "Peru denied Chile access."), "denied")
    found = [
        e for e in rules(nlp, "Peru denied that it attacked Chile.") if e.trigger.text == "attacked"
    ]
    assert found and all(e.negated for e in found), found
    # another's claim denied is passed on, not denied as a deed of the denier's
    text = "Lima denied Chilean claims that Peruvian officials had threatened to close the port."
    found = [e for e in rules(nlp, text) if e.trigger.text == "threatened"]
    assert found and not any(e.negated for e in found), found
    # ... also when the parser reads the plural noun "claims" as a verb
    text = (
        "The official also denied Lima claims that Chilean officials had threatened to close "
        "the port."
    )
    found = [e for e in rules(nlp, text) if e.trigger.text in ("claims", "threatened")]
    assert found and not any(e.negated for e in found), found


def test_no_event_in_words_that_only_look_like_one(nlp: Any) -> None:
    for text, trigger in (
        ("The Peruvian president raced to put together a news release about Chile.", "release"),
        ('"It looks grim," said Peruvian trades union official Ana Rojas of Chile.', "trades"),
        ("Peru was sold out by Chile, the senator said.", "sold out"),
        (
            "A falling market might give Peru's Congress second thoughts about the war on wealth.",
            "war on",
        ),
        (
            "Peru has its embassy in Lima, not in Tacna, whose southern flanks Chile says are "
            "considered occupied territory under international law.",
            "occupied",
        ),
    ):
        assert not dyads(rules(nlp, text), trigger), text
    assert ("CHL", "PER", "08") in dyads(rules(nlp, "Chile freed the Peruvian sailors."), "freed")
    assert dyads(rules(nlp, "Peru occupied the town of Arica in 1880."), "occupied")


def test_forces_pushed_out_are_fought(nlp: Any) -> None:
    text = "Peruvian troops pushed out Chilean forces and took control of the city."
    assert ("PER", "CHL", "19") in dyads(rules(nlp, text), "pushed out")
