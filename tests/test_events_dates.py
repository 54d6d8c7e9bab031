"""An event's date is when its act happened, read from its own clause (events issue 4).

A time that only says which thing a noun is - "last year's award", "the 1997 convention",
"next month's anniversary of the coup" - is no date of the act around it; a time on the
trigger itself ("Peru's 1995 incursion") or on the meeting the act took place at ("at
Friday's summit") is. Sentences written for these tests, parsed by the real spaCy model."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_events_model import analyse


def dates(nlp: Any, text: str, min_confidence: float = 0.5) -> dict[str, str | None]:
    options = {"event_model": False, "event_min_confidence": min_confidence}
    events, _ = analyse(nlp, text, "2026-02-17", options)
    return {e.trigger.text: e.date for e in events}


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # the year names which award it was, not when the threat was made
        ("Chile threatened Peru after losing last year's football final.", "threatened"),
        # the anniversary is next month, the coup long before
        ("Exiles in Lima marked next month's anniversary of Chile's invasion of Peru.", "invasion"),
        # a convention adopted in 1997 is signed now, or later
        ("Peru campaigned on signing the 1997 water convention with Chile.", "signing"),
    ],
)
def test_a_time_naming_a_thing_does_not_date_the_act(nlp: Any, text: str, trigger: str) -> None:
    found = dates(nlp, text)
    assert trigger in found, found
    assert found[trigger] is None


@pytest.mark.parametrize(
    ("text", "trigger", "date"),
    [
        ("Peru's 1995 incursion into Ecuador was condemned.", "incursion", "1995"),
        ("At Friday's summit, Chile and Peru agreed to cooperate on fishing.", "agreed", "2026-02-13"),
        ("Chile threatened Peru on Sunday.", "threatened", "2026-02-15"),
        # the parser hangs "Tuesday" on "Chile" as a compound: a country is no dated thing
        ("Bolivia and Chile will sign on Tuesday Chile’s largest gas accord.", "sign", "2026-02-17"),
    ],
)
def test_the_acts_own_time_still_dates_it(nlp: Any, text: str, trigger: str, date: str) -> None:
    assert dates(nlp, text).get(trigger) == date


@pytest.mark.parametrize(
    ("text", "trigger", "date"),
    [
        # the time on the act's own noun, not the nearer one of another act
        (
            "The visit follows Peru's protest last week and the signing of a fishing treaty "
            "between Chile and Peru in January.",
            "signing",
            "2026-01",
        ),
        ("Chile and Peru held talks in January, a week after the border incident.", "talks", "2026-01"),
    ],
)
def test_a_time_on_the_trigger_itself_dates_it(
    nlp: Any, text: str, trigger: str, date: str
) -> None:
    # at any confidence: the date is the same for the events the model would emit
    assert dates(nlp, text, 0.0).get(trigger) == date
