"""A party named once in its sentence does not act on itself (events issue 4). The argument
model pairs countries: a pair with one country on both sides took that country's one mention
for both ("Carney urged Carney" in the feeds, for "Carney also urged middle powers to stand up
for themselves"). Such a pair needs two mentions of the country. Sentences written for these
tests, parsed by the real spaCy model, with the shipped argument model."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_events_model import analyse


def pairs(nlp: Any, text: str) -> set[tuple[str | None, str | None, str]]:
    events, _ = analyse(nlp, text, "2026-02-17", {"event_min_confidence": 0.0})
    return {
        (
            e.source.text if e.source else None,
            e.target.text if e.target else None,
            e.trigger.text,
        )
        for e in events
    }


@pytest.mark.parametrize(
    "text",
    [
        "Chile's president also urged middle powers to stand up for themselves.",
        "Peru's foreign minister lashed out at the bloc while threatening the opening of the bridge.",
    ],
)
def test_a_party_named_once_does_not_act_on_itself(nlp: Any, text: str) -> None:
    found = pairs(nlp, text)
    assert not [p for p in found if p[0] is not None and p[0] == p[1]], found


def test_two_parties_of_one_country_still_make_a_pair(nlp: Any) -> None:
    found = pairs(nlp, "Congressional Democrats on Wednesday slammed President Trump.")
    assert ("Democrats", "Trump", "slammed") in found


def _model_self_pairs(nlp: Any, text: str) -> list[tuple[str, str, str]]:
    events, _ = analyse(nlp, text, "2026-02-17", {"event_min_confidence": 0.0})
    return [
        (e.source.text, e.target.text, e.trigger.text)
        for e in events
        if e.source
        and e.target
        and "+model:pair" in e.rule
        and (e.source.start, e.source.end) == (e.target.start, e.target.end)
    ]


@pytest.mark.parametrize(
    "text",
    [
        # one country named twice: two parties, each on its own side
        "Peru's president lashed out at the bloc while threatening the bridge, leaving Peru "
        "with the leftovers.",
        # one person named twice ("she" is Boluarte): still one party, acting on nobody here
        "Dina Boluarte complained about the protests she faced in Lima.",
    ],
)
def test_no_mention_of_the_models_is_both_doer_and_target(nlp: Any, text: str) -> None:
    assert _model_self_pairs(nlp, text) == []
