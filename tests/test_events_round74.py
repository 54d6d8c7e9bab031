"""Round 74 (events issue 4, events.cameo@175): errors read on corpus articles outside the gold.
A "from" phrase on a measure aimed "on" goods names where the goods come from, not who
imposes it; "its" deed after a measure ("sanctions on X following its test") is the one the
measure is aimed at. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from tests.test_events_round12 import dyads, rules


def test_goods_from_a_country_do_not_impose_the_duties(nlp: Any) -> None:
    text = (
        "Ecuador and other partners hit back at Peruvian exporters with new tariffs after the "
        "cabinet imposed duties on Chilean wine as well as steel and aluminum from the European "
        "Union, Canada and Mexico."
    )
    sides = dyads(rules(nlp, text), "duties on")
    assert not any(d[0] in ("IGO", "CAN", "MEX") for d in sides), sides
    # support from a country is still its own
    text = "Peru welcomed support from Japan for the sanctions on Bolivia."
    assert ("PER", "JPN", "05") in dyads(rules(nlp, text), "welcomed")


def test_its_deed_after_a_measure_is_the_one_measured(nlp: Any) -> None:
    text = (
        "The test came after the UN Security Council backed a measure tightening sanctions on "
        "Peru following its fourth missile test on May 9."
    )
    assert dyads(rules(nlp, text), "missile test") == {("PER", None, "15")}
