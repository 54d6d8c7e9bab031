"""Round 102 (events issue 4, events.cameo@228): "the two men", "the two leaders" after a
"between X and Y" phrase of the same sentence are those two, or no one known when one of them
is no party the coder knows; never the pair of the sentences before. Sentences written for
these tests."""

from __future__ import annotations

from typing import Any

from tests.test_events_round12 import dyads, rules


def test_the_two_men_after_a_between_phrase_are_not_the_pair_before(nlp: Any) -> None:
    text = (
        "Putin spoke with Erdogan on Friday. Regarding the phone call between Putin and Mr. "
        'Zorblat, an aide said: "The two men discussed the long history of their relations."'
    )
    found = dyads(rules(nlp, text), "discussed")
    assert ("RUS", "TUR", "04") not in found, found
    assert ("TUR", "RUS", "04") not in found, found


def test_the_two_leaders_after_a_between_phrase_are_not_the_pair_before(nlp: Any) -> None:
    text = (
        "Putin spoke with Erdogan on Friday. After the phone call between Putin and Macron, "
        "the two leaders discussed trade."
    )
    found = dyads(rules(nlp, text), "discussed")
    assert ("RUS", "TUR", "04") not in found, found
