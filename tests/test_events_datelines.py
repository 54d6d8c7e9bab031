"""Datelines and adjectives (issue 4, 2026-11-30, fifteenth session): the country after a
dateline's city is where the story was filed, no party ("BUENOS AIRES, Argentina -"); an
adjective said of what another did aims at the doer ("critical of Israel's settlements"),
also when the parser reads it as a participle; an "it" said by a person is the one spoken to.
Sentences written for these tests, with the real spaCy model (the rules alone)."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.extract.coref import in_dateline
from tests.test_events_lexicon8 import coded
from tests.test_events_model import analyse


def _events(nlp: Any, text: str, minimum: float = 0.5) -> set[tuple[str | None, str | None, str]]:
    return coded(analyse(nlp, text, "2020-01-01", {"event_model": False})[0], minimum)


def _sides(nlp: Any, text: str) -> set[str | None]:
    return {side for event in _events(nlp, text, 0.0) for side in event[:2]}


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("LIMA, Peru - Bolivia's president met ...", "Peru", True),
        ("QUITO, Ecuador (Reuters) - Chile's ...", "Ecuador", True),
        ("CUSCO, Peru, Jan. 3 (AP) - Chile's ...", "Peru", True),
        ("LA PAZ, Bolivia – ...", "LA PAZ", True),
        # after a photo credit on the same line
        ("REUTERS/Ana Ruiz  LIMA, Peru (Reuters) - Chile's ...", "Peru", True),
        ("REUTERS/Ana Ruiz  LIMA, Peru (Reuters) - Chile's ...", "LIMA", True),
        # a city and country in the running text, with a dash after, are no dateline
        ("He spoke in LIMA, Peru - and then left.", "Peru", False),
        # a headline with a comma is no dateline
        ("Peru, Chile Reach Agreement On Trade - report", "Chile", False),
        ("Peru, Chile and Bolivia met in Lima.", "Chile", False),
        # the country told after the dash is the story's
        ("LIMA, Peru - Bolivia's president met Peru's ...", "Bolivia", False),
    ],
)
def test_the_place_after_a_datelines_city_is_the_datelines(
    nlp: Any, text: str, name: str, expected: bool
) -> None:
    doc = nlp.make_doc(text)
    start = text.index(name)
    assert in_dateline(doc, start, start + len(name)) is expected


@pytest.mark.parametrize(
    "text",
    [
        "LIMA, Peru – President Luis Arce said on Saturday he will formally terminate the "
        "trade agreement soon.",
        "QUITO, Ecuador (Reuters) - Chile's foreign minister criticized Bolivia on Sunday.",
    ],
)
def test_a_datelines_country_is_no_party(nlp: Any, text: str) -> None:
    country = "PER" if text.startswith("LIMA") else "ECU"
    assert country not in _sides(nlp, text), _events(nlp, text, 0.0)


def test_the_speaker_past_a_dateline_is_the_one_who_says(nlp: Any) -> None:
    text = (
        "LIMA, Peru – Chilean President Gabriel Boric said late Saturday he will formally "
        "terminate the trade agreement soon."
    )
    options = {"event_model": False, "event_min_confidence": 0.0}
    events = analyse(nlp, text, "2020-01-01", options)[0]
    ended = [e for e in events if e.trigger.text == "terminate"]
    assert ended and all(e.source and e.source.actor_code == "CHLGOV" for e in ended), ended


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle the parser reads as a verb, as a passive with its subject
        ("Japan is disappointed in China.", ("JPN", "CHN", "110")),
        ("Peru has been disappointed with Chile's new tariffs.", ("PER", "CHL", "110")),
        ("Japan is dissatisfied with China's response.", ("JPN", "CHN", "110")),
        # an adjective's target inside its phrase: the one whose deed it is
        ("Jordan has been critical of Israel's settlements.", ("JOR", "ISR", "111")),
        ("Peru's president was furious at Chile's new tariffs.", ("PER", "CHL", "110")),
    ],
)
def test_an_adjective_said_of_what_another_did_aims_at_the_doer(
    nlp: Any, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _events(nlp, text), _events(nlp, text, 0.0)


def test_concern_alone_is_no_disapproval(nlp: Any) -> None:
    # CAMEO keeps worry as pessimistic comment (012), which the gold leaves out
    text = "Japan is deeply concerned about North Korea's missile launches."
    assert not {e for e in _events(nlp, text, 0.0) if e[2].startswith("11")}


def test_an_it_said_by_a_person_is_the_one_spoken_to(nlp: Any) -> None:
    text = (
        "Vice President Mike Pence warned Bolivia on Monday that it must reach a deal with Chile."
    )
    options = {"event_model": False, "event_min_confidence": 0.0}
    events = analyse(nlp, text, "2020-01-01", options)[0]
    reach = [e for e in events if e.trigger.text == "reach"]
    assert reach and all(e.source and e.source.actor_code == "BOL" for e in reach), reach
    # what one must do is asked, not done
    assert all(e.mode == "hypothetical" for e in reach)
