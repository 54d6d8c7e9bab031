"""Lexicon round 7 (events issue 4, 2026-11-28): words the dev gold's annotators marked as
events that no entry matched, and more words that judge conduct in reported speech. Each is
checked on a sentence written for this test, with the real spaCy model."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.extract.eventcoder.lexicon import load_lexicon
from newsgraph.extract.eventcoder.speech import feeling_words, judgements
from tests.test_events_model import analyse


def codes(events: Any) -> set[tuple[str | None, str | None, str]]:
    return {
        (
            e.source.actor_code if e.source else None,
            e.target.actor_code if e.target else None,
            e.code,
        )
        for e in events
        if e.confidence >= 0.5
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an invitation offers a meeting or a visit: 036 (was 026, an appeal to meet)
        ("Chile invited Peru to a summit.", ("CHL", "PER", "036")),
        ("Chile renegotiated the treaty with Peru.", ("CHL", "PER", "046")),
        ("Chile terminated its pact with Peru.", ("CHL", "PER", "160")),
        # advise is an appeal: coded from the act advised (withdrawal 087 -> 025)
        ("Chile advised Peru to withdraw its troops.", ("CHL", "PER", "025")),
        ("Chile undermined Peru.", ("CHL", "PER", "111")),
        # bare "agreed" and "wants": an intent to cooperate of their own (030)
        ("Chile agreed with Peru.", ("CHL", "PER", "030")),
        ("Chile wants closer ties with Peru.", ("CHL", "PER", "030")),
        # a judgement word said of another actor's act
        ("Peru said Chile's decision was callous.", ("PER", "CHL", "111")),
    ],
)
def test_lexicon7_codes_the_act(nlp: Any, text: str, expected: tuple[str, str, str]) -> None:
    events, _ = analyse(nlp, text)
    assert expected in codes(events), codes(events)


def test_lexicon7_nouns_name_the_act(nlp: Any) -> None:
    events, _ = analyse(nlp, "North Korea conducted another launch on Sunday.")
    assert ("PRK", None, "150") in codes(events)
    # "cast doubt on": one disapproval (the verb's), not a second one from the noun
    events, _ = analyse(nlp, "France cast doubt on Germany's plan.")
    assert [c for c in codes(events) if c[2].startswith("11")] == [("FRA", "DEU", "110")]


def test_lexicon7_entries_and_words() -> None:
    lexicon = load_lexicon()
    entries = {
        (e.pos, e.lemma, e.particle): e
        for es in lexicon.entries.values()
        for e in es
        if not e.objects  # the bare entries ("invite"), not "invite criticism" (undergo)
    }
    assert entries[("verb", "invite", None)].code == "036"
    assert entries[("verb", "want", None)].frame == "intent"
    assert judgements()["callous"] == "adj" and judgements()["madness"] == "noun"
    assert "frustrated" in feeling_words()
    # words that only describe a situation stay out ("faces a difficult choice")
    assert not {"difficult", "serious", "tense"} & set(judgements())
