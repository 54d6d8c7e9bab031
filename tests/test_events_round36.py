"""Round 36 of the rules (events issue 4, events.cameo@119): what one says one would prefer to do
is an intent (03x, as "want"), and another one would prefer to act is asked (02x); a clause
joined to what is said with a "that" of its own is said too ("said the launch was unacceptable
and that the council needed to act"); another's failure told by a speaker is a criticism of it
(111), not a failure of deeds with no named doer; a warning named as a noun whose that-clause
foretells harm or a measure threatens the one to undergo it (13x). Sentences written for these
tests, parsed by the real spaCy model (rules alone)."""

from __future__ import annotations

from typing import Any

from tests.test_events_round12 import dyads, rules


def test_what_one_would_prefer_to_do_is_an_intent(nlp: Any) -> None:
    text = (
        "Chile's president said he would prefer a diplomatic settlement of the dispute over "
        "Peru's fishing ban."
    )
    assert ("CHL", "PER", "03") in dyads(rules(nlp, text), "prefer")


def test_a_second_that_clause_is_said_too(nlp: Any) -> None:
    text = (
        "Chile's foreign minister said the Peruvian ban was illegal and that Bolivia now needed "
        "to take serious action."
    )
    assert ("CHL", "BOL", "02") in dyads(rules(nlp, text), "needed")


def test_a_clause_joined_without_that_is_anothers(nlp: Any) -> None:
    events = rules(nlp, "Chile warned that the ban was illegal and Bolivia said Peru must stop.")
    assert ("CHL", "PER", "10") not in dyads(events, "must"), events


def test_anothers_failure_told_is_a_criticism(nlp: Any) -> None:
    text = "Chile said Peru had woefully failed to meet its own fishing quotas."
    assert ("CHL", "PER", "11") in dyads(rules(nlp, text), "failed")


def test_a_failure_never_made_or_of_no_one_is_no_criticism(nlp: Any) -> None:
    for text in (
        "Chile said Peru never fails to pay its debts.",
        "Chile said diplomatic efforts had failed to persuade Peru to lift the ban.",
    ):
        events = rules(nlp, text)
        assert not any(e.root_code == "11" for e in events), (text, events)


def test_a_warning_noun_with_harm_foretold_is_a_threat(nlp: Any) -> None:
    text = "Chile issued a warning that Peru's navy would be destroyed if it entered Chilean waters."
    found = dyads(rules(nlp, text), "warning")
    assert ("CHL", "PER", "13") in found, found


def test_a_warning_noun_of_no_harm_threatens_no_one(nlp: Any) -> None:
    events = rules(nlp, "Chile issued a warning that the storm would reach Lima on Monday.")
    assert not any(e.root_code == "13" and e.target for e in events), events
