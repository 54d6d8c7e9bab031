"""Round 20 of the rules (events issue 4, events.cameo@103): a verb in an object relative
clause acts on the noun the clause hangs on ("the drone that its navy seized"), and "its" there
is the country of the clause the noun stands in; a named agreement of a few countries
(data/event_agreements.tsv) stands for its parties when an act is aimed at it ("criticized
NAFTA", "violated the INF Treaty"), and a joint act on it with no one named to do it is its
parties' with each other ("the Good Friday Agreement is being renegotiated"). Sentences written
for these tests, parsed by the real spaCy model (rules alone)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from newsgraph.extract.eventcoder.actors import agreements
from tests._reference import cameo_country_codes
from tests.test_events_round12 import dyads, rules

# (sentence, trigger, one dyad and root the rules find there)
FOUND: list[tuple[str, str, tuple[str | None, str, str]]] = [
    ("Peru will return the Chilean drone that its navy seized.", "seized", ("PER", "CHL", "17")),
    (
        "Bolivia condemned the Chilean diplomats whom Peru expelled on Monday.",
        "expelled",
        ("PER", "CHL", "17"),
    ),
    (
        "Ottawa's trade minister has criticized NAFTA in every speech.",
        "criticized",
        ("CAN", "MEX", "11"),
    ),
    (
        "Ottawa's trade minister has criticized NAFTA in every speech.",
        "criticized",
        ("CAN", "USA", "11"),
    ),
    ("The INF Treaty was violated by Moscow, the minister said.", "violated", ("RUS", "USA", "12")),
    (
        "Trump vowed to terminate the North American Free Trade Agreement.",
        "vowed",
        ("USA", "CAN", "13"),
    ),
    ("The Good Friday Agreement is being renegotiated.", "renegotiated", ("GBR", "IRL", "04")),
    ("The Good Friday Agreement is being renegotiated.", "renegotiated", ("IRL", "GBR", "04")),
    ("The original Oslo Accords were signed by Rabin.", "signed", ("ISR", "PSE", "05")),
    (
        "The renegotiation of the Indus Waters Treaty dragged on.",
        "renegotiation",
        ("PAK", "IND", "04"),
    ),
]


@pytest.mark.parametrize(("text", "trigger", "dyad"), FOUND)
def test_found_dyad(nlp: Any, text: str, trigger: str, dyad: tuple[str | None, str, str]) -> None:
    assert dyad in dyads(rules(nlp, text), trigger), text


def test_what_is_denied_in_a_relative_clause_names_no_target(nlp: Any) -> None:
    # the warship was not denied: the claim that it was sunk was (whose claim is not said)
    text = "Trade has been barred since the sinking of a Chilean warship, which Peru denied."
    found = dyads(rules(nlp, text), "denied")
    assert found and not any(target == "CHL" for _, target, _ in found), found


def test_an_agreement_struck_by_two_named_is_theirs_alone(nlp: Any) -> None:
    found = dyads(rules(nlp, "Canada and the United States struck a new NAFTA deal."), "struck")
    assert ("CAN", "USA", "05") in found
    assert not any("MEX" in (source, target) for source, target, _ in found), found


def test_an_agreement_is_no_doer(nlp: Any) -> None:
    events = rules(nlp, "NAFTA has criticized nobody; Peru criticized Chile.")
    assert not any(
        e.source is not None and e.source.actor_code in ("USA", "CAN", "MEX") for e in events
    ), events


def test_agreement_parties_are_cameo_codes(shared: Path) -> None:
    countries = cameo_country_codes(shared)
    assert agreements()["nafta"] == ("USA", "CAN", "MEX")
    for name, parties in agreements().items():
        assert name == name.lower() and not name.startswith("the "), name
        assert 2 <= len(parties) <= 3, name  # a treaty of many names no dyad
        for party in parties:
            assert party in countries or party.startswith("IGO"), (name, party)


def test_agreement_igo_parties_are_organisations_we_code() -> None:
    from importlib import resources

    table = resources.files("newsgraph.extract.data").joinpath("actors/organisations.tsv")
    codes = {
        line.split("\t")[1] for line in table.read_text("utf-8").splitlines()[1:] if "\t" in line
    }
    for parties in agreements().values():
        for party in parties:
            assert not party.startswith("IGO") or party in codes, party
