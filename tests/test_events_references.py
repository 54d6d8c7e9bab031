"""Who is meant, and what is no event (issue 4, 2026-11-30, sixteenth session): "they" after
"the ministers of A, B and C" is all three; "Mr Brown" after "Gordon Brown" is the same man (the
entities); a question asked is no appeal; a test site is no test; a threat one is seen as is
no threat made; an act as a gerund subject is talked about, not told. Sentences written for
these tests, with the real spaCy model (the rules alone)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_events_lexicon8 import coded
from tests.test_events_model import analyse

Dyad = tuple[str | None, str | None, str]


def _rules(nlp: Any, text: str, minimum: float = 0.5) -> set[Dyad]:
    options = {"event_model": False, "event_min_confidence": minimum}
    return coded(analyse(nlp, text, "2020-01-01", options)[0], minimum)


def test_they_after_listed_members_is_every_member(nlp: Any) -> None:
    found = _rules(
        nlp,
        "Foreign ministers of Chile, Peru and Bolivia met in Lima on Saturday and said in a "
        "statement that they wanted Argentina to join the pact.",
    )
    appeals = {e for e in found if e[1] == "ARG"}
    assert {e[0] for e in appeals} == {"CHL", "PER", "BOL"}, found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The days of Britain apologising for its past are over, Gordon Brown has said. "
            "The chancellor, speaking during a tour of Africa, said it was time to talk about "
            "British values. Mr Brown has signed a debt relief deal with Tanzania.",
            "Brown",
        ),
        ("Clare Short resigned on Monday. Ms Short said she had been misled.", "Short"),
    ],
)
def test_an_honorific_and_surname_is_the_person_named_in_full_before(
    nlp: Any, text: str, name: str
) -> None:
    results = analyse(nlp, text, "2020-01-01", {"event_model": False})[1]
    people = [e for e in results["entities"] if name in e.name]
    assert len(people) == 1, people


@pytest.mark.parametrize(
    "text",
    [
        "Boric was asked why Chile should not trade with Peru.",
        "A reporter asked Boric whether Chile would trade with Peru.",
        "Boric said Milei asked a lot of questions about the border.",
    ],
)
def test_a_question_asked_is_no_appeal(nlp: Any, text: str) -> None:
    found = _rules(nlp, text, 0.0)
    assert not {e for e in found if e[2].startswith("02")}, found


def test_a_request_is_still_an_appeal(nlp: Any) -> None:
    assert ("CHL", "PER", "020") in _rules(nlp, "Chile asked Peru to return the fugitive.")


def test_a_test_site_is_no_test_and_a_test_is_one(nlp: Any) -> None:
    site = "Argentina's army expanded its missile test site near the border."
    assert _rules(nlp, site, 0.0) == set()
    assert ("ARG", None, "150") in _rules(nlp, "Argentina conducted a missile test on Friday.")


@pytest.mark.parametrize(
    "text",
    [
        "Many Chileans see Argentina as a threat.",
        "Argentina is the greatest threat to Chile, the minister said.",
        "Boric said Argentine troops posed a threat to Chile.",
    ],
)
def test_a_threat_one_is_seen_as_is_no_threat_made(nlp: Any, text: str) -> None:
    found = _rules(nlp, text, 0.0)
    assert not {e for e in found if e[2].startswith("13")}, found


def test_an_act_as_a_gerund_subject_is_not_told(nlp: Any) -> None:
    events = analyse(
        nlp,
        "Paraguay warned Chile that recognizing Taiwan would be a mistake.",
        "2020-01-01",
        {},
    )[0]
    recognitions = [e for e in events if e.code == "054"]
    assert all(e.mode != "asserted" for e in recognitions), recognitions


@pytest.mark.parametrize(
    "text",
    [
        "Would you break diplomatic relations with Cuba, Cruz was asked.",
        "Cruz was asked about Obama's trip to Cuba.",
    ],
)
def test_a_question_put_before_or_about_is_no_appeal(nlp: Any, text: str) -> None:
    found = _rules(nlp, text, 0.0)
    assert not {e for e in found if e[2].startswith("02")}, found


def test_what_is_revealed_is_reported(nlp: Any) -> None:
    events = analyse(
        nlp, "Tillerson revealed that he will make a trip to Russia in April.", "2020-01-01", {}
    )[0]
    trips = [e for e in events if e.code == "042"]
    assert trips and all(e.mode == "reported" for e in trips), trips


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("George W Bush", "USAGOV"),  # no period after the initial
        ("Mr. Vladimir Putin", "RUSGOV"),  # an honorific
        ("Obama’s", "USAGOV"),  # a possessive
    ],
)
def test_a_leader_is_found_whatever_the_punctuation(name: str, code: str) -> None:
    from newsgraph.extract import actors

    found = actors.leader(name)
    assert found is not None and found.code == code, found
