"""Round 77 (events issue 4, events.cameo@178): errors read on corpus articles outside the
gold. Goods a measure falls on come from where the "from" phrase says, also when the parser
hangs that phrase on the verb that imposes the measure; and the argument model's pairs for a
dispute of a that-clause are aimed only at whom the clause names, as the rules' are.
Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from tests.test_events_model import analyse
from tests.test_events_round12 import dyads, rules


def system(nlp: Any, text: str) -> list[Any]:
    events, _ = analyse(nlp, text, "2026-02-17", {"event_min_confidence": 0.5})
    return list(events)


def test_goods_from_a_country_on_the_imposing_verb(nlp: Any) -> None:
    text = "The Trump administration imposed tariffs on steel and aluminum from Canada and Mexico."
    found = dyads(rules(nlp, text), "tariffs")
    assert ("USA", "CAN", "16") in found and ("USA", "MEX", "16") in found


def test_a_from_phrase_of_the_doer_is_no_origin_of_goods(nlp: Any) -> None:
    text = "Officials from Canada imposed tariffs on steel and aluminum."
    assert not any(d[1] == "CAN" for d in dyads(rules(nlp, text), "tariffs"))


def test_the_model_aims_a_disputed_claim_at_no_one_outside_the_clause(nlp: Any) -> None:
    text = (
        "In brief remarks after meeting with President Ollanta Humala of Peru, Mr. Pinera on "
        "Wednesday emphatically disputed that his party generally feels betrayed by his deal."
    )
    assert not any(d[1] == "PER" for d in dyads(system(nlp, text), "disputed"))
