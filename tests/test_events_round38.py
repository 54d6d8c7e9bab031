"""Round 38 of the rules (events issue 4, events.cameo@122): a judgement said with an expletive
"it" judges the one its "for ... to", its "of" or its that-clause names as the doer of the deed,
and no one when none is named; another's hostile deed claimed is an accusation of its doer
(112), as "alleged" is, and a claim of one's own deed, of a deed denied or of no hostile deed
accuses no one; a that-clause the parser hangs on its head as an adverbial is read as the
complement; a list in apposition to the object of "of" after a plural head names its members; a
named agreement "under (re)negotiation" is negotiated by its parties. Sentences written for
these tests, parsed by the real spaCy model (rules alone)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_events_round12 import dyads, rules


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Chile said it is irresponsible for Peru to close the border.", "irresponsible"),
        ("Chile said it was wrong of Peru to close the border.", "wrong"),
        ("Chile said it was pathetic that Peru had expelled its diplomats.", "pathetic"),
    ],
)
def test_a_judgement_with_an_expletive_it_judges_the_doer_named(
    nlp: Any, text: str, trigger: str
) -> None:
    found = dyads(rules(nlp, text), trigger)
    assert ("CHL", "PER", "11") in found, (text, found)


@pytest.mark.parametrize(
    "text",
    [
        "Chile said it was wrong to close the border.",
        "Chile said it is important for Peru to sign the treaty.",
    ],
)
def test_no_judgement_of_another_without_a_doer_or_a_judging_word(nlp: Any, text: str) -> None:
    events = rules(nlp, text)
    assert not any(e.root_code == "11" and e.target for e in events), (text, events)


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        ("Peru claimed that Chilean troops had attacked a border post.", "CHL"),
        ("Minsk denied Warsaw claims that Belarusian guards had threatened to storm it.", "BLR"),
        # the parser takes "claims" for a verb and its that-clause for an adverbial
        ("Warsaw denied Kremlin claims that Polish guards had threatened to storm the post.", "POL"),
        ("Lima dismissed Santiago claims that Peruvian troops had shelled the border post.", "PER"),
    ],
)
def test_anothers_hostile_deed_claimed_is_an_accusation(
    nlp: Any, text: str, accused: str
) -> None:
    found = dyads(rules(nlp, text), "claimed" if "claimed" in text else "claims")
    assert any(t == accused and root == "11" for _, t, root in found), (text, found)


@pytest.mark.parametrize(
    "text",
    [
        "Peru claimed that it had attacked a border post.",
        "Peru claimed that Chile would sign the treaty.",
        "Peru claimed that Chile had not attacked the post.",
    ],
)
def test_a_claim_of_ones_own_denied_or_no_hostile_deed_accuses_no_one(
    nlp: Any, text: str
) -> None:
    assert not any(e.root_code == "11" for e in rules(nlp, text)), text


def test_a_list_in_apposition_to_the_object_of_of_names_the_members(nlp: Any) -> None:
    """The parser hangs "- Chile, Bolivia and Ecuador -" on "pact", not on "members": each
    member named is wanted to act, not only the first."""
    text = (
        "Peru wants Andean members of the pact – Chile, Bolivia and Ecuador – to come up with"
        " a plan to stop the smuggling."
    )
    found = dyads(rules(nlp, text), "wants")
    assert {("PER", "CHL", "02"), ("PER", "BOL", "02"), ("PER", "ECU", "02")} <= found, found


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("The USMCA is under renegotiation, a Canadian minister said.", {"USA", "CAN", "MEX"}),
        (
            "Russian officials said the New START treaty, which is under negotiation again,"
            " could be extended.",
            {"USA", "RUS"},
        ),
    ],
)
def test_an_agreement_under_negotiation_is_negotiated_by_its_parties(
    nlp: Any, text: str, parties: set[str]
) -> None:
    """Talks a named agreement is "under" are its parties' with each other; "under" names a
    framework in force only before anything else ("under the agreement, Peru must ...")."""
    trigger = "renegotiation" if "renegotiation" in text else "negotiation"
    found = dyads(rules(nlp, text), trigger)
    expected = {(a, b, "04") for a in parties for b in parties if a != b}
    assert expected <= found, found


def test_under_an_agreement_is_still_no_event(nlp: Any) -> None:
    events = rules(nlp, "Under the agreement, Peru must lower its tariffs on Chilean wine.")
    assert not [e for e in events if e.trigger.text == "agreement"], events
