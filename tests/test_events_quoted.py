"""Speech acts in a direct quote with no saying of their own (issue 4, 2026-12-01, nineteenth
session): in '"Russia must withdraw its troops. Iran is responsible for the attack," the
minister said' the sentences before the attribution are the minister's appeal and blame, as
if each had its own "said". Sentences written for these tests, with the real spaCy model
(the rules alone)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_events_lexicon8 import root_dyads
from tests.test_events_model import analyse

SAID_AFTER = (
    '"We have waited long enough. Russia must withdraw its troops from the border. Iran is '
    'responsible for the attack on the tanker," French Foreign Minister Jean-Yves Le Drian '
    "said on Monday."
)
SAID_BEFORE = (
    "French Foreign Minister Jean-Yves Le Drian spoke to reporters on Monday. "
    '"We have waited long enough. Russia should withdraw its troops. The Iranian blockade is '
    'reckless."'
)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (SAID_AFTER, ("FRA", "RUS", "10")),  # "must": the demand
        (SAID_AFTER, ("FRA", "IRN", "11")),  # the blame (112)
        (SAID_BEFORE, ("FRA", "RUS", "02")),  # "should": the appeal
        (SAID_BEFORE, ("FRA", "IRN", "11")),  # the judgement (111)
    ],
)
def test_a_quoted_sentence_is_its_speakers_saying(
    nlp: Any, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in root_dyads(nlp, text)


@pytest.mark.model
def test_a_quote_with_no_known_speaker_says_nothing(nlp: Any) -> None:
    found = root_dyads(
        nlp,
        'The crowd chanted slogans. "Russia must withdraw its troops. The blockade is reckless."',
    )
    assert not {e for e in found if e[2] in ("02", "11")}, found


@pytest.mark.model
def test_the_speakers_own_country_is_no_one_asked(nlp: Any) -> None:
    found = root_dyads(
        nlp,
        '"France must act now to defend its farmers," French Agriculture Minister Didier '
        "Guillaume said on Monday.",
    )
    assert not {e for e in found if e[2] in ("02", "10")}, found


@pytest.mark.model
def test_a_denied_judgement_is_no_criticism(nlp: Any) -> None:
    found = root_dyads(
        nlp,
        "French Foreign Minister Jean-Yves Le Drian spoke to reporters on Monday. "
        '"We have talked for hours. The Iranian proposal is not reckless."',
    )
    assert ("FRA", "IRN", "11") not in found, found


@pytest.mark.model
def test_a_threat_told_by_no_one_in_a_quote_is_its_speakers(nlp: Any) -> None:
    events, _ = analyse(
        nlp,
        "Secretary of State Rex Tillerson spoke to reporters in Seoul on Friday. "
        '"All options are on the table."',
        "2020-01-01",
        {"event_model": False, "event_min_confidence": 0.0},
    )
    threats = [e for e in events if e.code.startswith("13")]
    assert threats and all(
        e.source is not None and (e.source.actor_code or "").startswith("USA") for e in threats
    ), [(e.code, e.source, e.rule) for e in events]


@pytest.mark.model
def test_a_voiced_threat_is_aimed_at_the_one_just_asked_not_where_it_was_said(nlp: Any) -> None:
    found = root_dyads(
        nlp,
        "Rex Tillerson, the U.S. secretary of state, urged North Korea on Friday to halt its "
        'missile tests. "All options are on the table," Tillerson told reporters in Seoul.',
    )
    assert ("USA", "PRK", "13") in found and ("USA", "KOR", "13") not in found, found


@pytest.mark.model
def test_a_judgement_someone_else_holds_is_not_the_speakers(nlp: Any) -> None:
    found = root_dyads(
        nlp,
        "The U.S. secretary of state, Rex Tillerson, said he thought Beijing would see Kim Jong "
        "Un's regime as a liability.",
    )
    assert ("USA", "CHN", "11") not in found, found
