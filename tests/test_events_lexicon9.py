"""Lexicon round 9 (events issue 4, 2026-12-01): ending a war or its violence is de-escalation
(087), training another's forces is military aid (072), a tariff increase is a sanction (163),
taking sanctions off eases them (085), and what one "looks forward to" doing is an intent.
Each is checked on a sentence written for this test, with the real spaCy model."""

from __future__ import annotations

import re
from typing import Any

import pytest

from tests.test_events_lexicon8 import coded, root_dyads
from tests.test_events_model import analyse


def rules_codes(nlp: Any, text: str) -> set[tuple[str | None, str | None, str]]:
    return coded(analyse(nlp, text, "2020-01-01")[0], 0.5)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ending a war, the fighting or the violence de-escalates (087; a price war too: 08)
        ("Chile and Peru ended the war in 1884.", ("CHL", "PER", "087")),
        ("Chile and Peru ended a price war.", ("PER", "CHL", "087")),
        # training another country's forces is military aid (072), not joint cooperation
        ("Chile trained Peruvian troops.", ("CHL", "PER", "072")),
        ("Chile is training Peruvian militias.", ("CHL", "PER", "072")),
        # taking sanctions or tariffs off eases them (085)
        ("Chile took the tariffs off Peruvian copper.", ("CHL", "PER", "085")),
    ],
)
def test_lexicon_round_9(nlp: Any, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in rules_codes(nlp, text)


def test_a_tariff_increase_is_a_sanction(nlp: Any) -> None:
    assert ("CHL", "PER", "16") in root_dyads(
        nlp, "Chile announced a tariff increase on Peruvian copper."
    )


def test_looking_forward_to_an_act_is_its_intent(nlp: Any) -> None:
    # "looks forward to meeting" wraps the meeting as an intent to meet (036), not a meeting
    codes = rules_codes(nlp, "Chile's president said he looks forward to meeting Peru's leader.")
    assert ("CHL", "PER", "036") in codes
    assert not any(c.startswith("04") for _, _, c in codes)
    # looking forward to nothing that is an act is no event
    assert not root_dyads(nlp, "Chile's president said he looks forward to the debate over Peru.")


def test_an_agreement_named_in_passing_is_no_act(nlp: Any) -> None:
    # the agreement is what the sentence is about, not something done in it
    assert not root_dyads(nlp, "The agreement between Chile and Peru is likely to boost trade.")
    assert not root_dyads(nlp, "It is the most important economic pact between Chile and Peru.")
    # made by a verb, told by a support verb or a relative clause, or named by its maker
    assert ("CHL", "PER", "05") in root_dyads(nlp, "Chile signed an agreement with Peru.")
    assert ("CHL", "PER", "05") in root_dyads(nlp, "Chile announced an agreement with Peru.")
    assert ("CHL", "PER", "05") in root_dyads(
        nlp,
        "The best news is the trade agreement between Chile and Peru that was announced Saturday.",
    )


def test_added_tariffs_are_sanctions_and_proposed_ones_threats(nlp: Any) -> None:
    assert ("CHL", "PER", "163") in rules_codes(nlp, "Chile added tariffs on Peruvian copper.")
    assert ("CHL", "PER", "13") in root_dyads(
        nlp, "Chile proposed to add duties on Peruvian copper."
    )


def test_an_assault_on_a_countrys_democracy_is_a_verbal_attack(nlp: Any) -> None:
    # an "assault" or "attack" on another's sovereignty, democracy or rights is disapproval
    # (111), as on its policies - not a military one (190)
    dyads = root_dyads(nlp, "Chile condemned Peru's assault on Chilean democracy.")
    assert ("PER", "CHL", "11") in dyads
    assert not any(root in ("18", "19", "20") for _, _, root in dyads)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relationship is built, strengthened or cut as ties and relations are (050, 161)
        ("Chile and Peru strengthened their relationship.", ("CHL", "PER", "050")),
        ("Chile has built a strong relationship with Peru.", ("CHL", "PER", "050")),
        ("Chile cut its relationship with Peru.", ("CHL", "PER", "161")),
        # property given back is returned (0842), as prisoners are released (0841)
        ("Chile will return a Peruvian drone.", ("CHL", "PER", "0842")),
    ],
)
def test_relationships_and_returned_property(
    nlp: Any, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in rules_codes(nlp, text)


def test_a_lexicon_entry_with_an_unknown_code_is_refused_with_its_line() -> None:
    from newsgraph.extract.eventcoder.lexicon import LexiconError, parse_lexicon

    with pytest.raises(LexiconError, match=r"mine\.tsv:2: unknown CAMEO event code '0999'"):
        parse_lexicon("verb\tmeet\t-\t-\t040\tevent\nverb\tfoo\t-\t-\t0999\tevent\n", "mine.tsv")


def test_an_assault_whose_victims_are_not_found_is_half_an_event(nlp: Any) -> None:
    # a killing (18) with no one named as killed stays under the line, as other acts aimed at
    # nobody found do ...
    options = {"event_model": False, "event_min_confidence": 0.0}
    events = analyse(nlp, "Afghan Taliban fighters killed dozens.", "2020-01-01", options)[0]
    killings = [e for e in events if e.root_code == "18"]
    assert killings and all(e.confidence < 0.5 for e in killings)
    assert not root_dyads(nlp, "Afghan Taliban fighters killed dozens.")
    # ... while fighting by a state's forces (19), a state's bombing among it, needs none
    assert ("PAK", None, "19") in root_dyads(nlp, "Pakistani troops attacked the camp.")
    assert ("IRQ", None, "19") in root_dyads(
        nlp, "The Iraqi military said it had bombed the convoy."
    )


def test_only_disapproval_stands_without_its_doer(nlp: Any) -> None:
    # "has been criticized" with no critic named is coded as criticism of Chile ...
    assert (None, "CHL", "11") in root_dyads(
        nlp, "Chile has been criticized for its human rights record."
    )
    # ... but a detention or an invitation undergone with no doer named is half an event
    assert not root_dyads(nlp, "A Chilean journalist was detained for leaving a Bible.")
    assert not root_dyads(nlp, "Chile was invited to take part in the meeting.")


def test_an_event_dated_by_a_week_gets_its_month(nlp: Any) -> None:
    # "more than a week ago" is the TIMEX3 week 2019-W41; the event's date is the month that
    # holds it, in the record's YYYY-MM form (it was "2019-W41", and "2019-W4" for the act
    # before it, which borrows the month only)
    events, _ = analyse(
        nlp,
        "Turkey invaded Syria more than a week ago after Trump ordered U.S. troops to withdraw.",
        "2019-10-18",
    )
    dates = {e.trigger.text: e.date for e in events}
    assert dates.get("invaded") == "2019-10"
    assert all(d is None or re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", d) for d in dates.values())
