"""Round 21 of the rules (events issue 4, events.cameo@104): a show of force told again without
its doer ("the launch came as ...", "the missile was launched from a site near Lima") is the
doer's of the same act just before, not a drill or a place named after it; "their meeting"
after two named is theirs, with each other; "Latin American leaders" and "South American
officials" are their regions' (LAM, SAM), not the United States'; wanting what only another can
grant (access to its market, guarantees, denuclearization) is demanding it (10). Sentences written for these tests, parsed by the real
spaCy model (rules alone)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_events_round12 import dyads, rules

# (sentence, trigger, one dyad and root the rules find there)
FOUND: list[tuple[str, str, tuple[str | None, str | None, str]]] = [
    (
        "Peru fired a missile on Sunday. The launch came as Chilean officials met in Santiago.",
        "launch",
        ("PER", None, "15"),
    ),
    (
        "Peru fired a missile on Sunday. Chile said the missile was launched from a site near Lima.",
        "launched",
        ("PER", None, "15"),
    ),
    (
        "Aides say that Chilean President Gabriel Boric and Peruvian President Pedro Castillo, "
        "both lawyers, established a rapport after their first meeting.",
        "meeting",
        ("PER", "CHL", "04"),
    ),
    ("Chile wanted greater access to Peru's copper market.", "wanted", ("CHL", "PER", "10")),
]


@pytest.mark.parametrize(("text", "trigger", "dyad"), FOUND)
def test_found_dyad(
    nlp: Any, text: str, trigger: str, dyad: tuple[str | None, str | None, str]
) -> None:
    assert dyad in dyads(rules(nlp, text), trigger), text


@pytest.mark.parametrize(
    "text",
    [
        # a drill is mostly another's than the last one who fired
        "Peru fired a missile on Sunday. The drill involved Chilean jets.",
        # the act told just before is another kind
        "Peru attacked Chile on Sunday. The launch came as officials met in Santiago.",
    ],
)
def test_a_show_of_force_takes_no_doer_from_another_kind(nlp: Any, text: str) -> None:
    events = [e for e in rules(nlp, text) if e.trigger.text in ("drill", "launch")]
    assert not any(e.source is not None and e.source.actor_code == "PER" for e in events), events


def test_a_test_site_is_no_test(nlp: Any) -> None:
    text = "Peru fired a missile on Sunday. Chile later fired missiles at the test site."
    found = dyads(rules(nlp, text), "test")
    assert not any(source == "PER" for source, _, _ in found), found


def test_their_talks_with_a_third_are_not_between_the_two(nlp: Any) -> None:
    found = dyads(rules(nlp, "Chile and Peru said their talks with Bolivia went well."), "talks")
    assert ("CHL", "PER", "04") not in found and ("PER", "CHL", "04") not in found, found


def test_wanting_closer_links_stays_an_intent(nlp: Any) -> None:
    found = dyads(rules(nlp, "Peru wants closer links with Chile."), "wants")
    assert ("PER", "CHL", "03") in found, found


def test_latin_american_is_no_american(nlp: Any) -> None:
    events = rules(nlp, "Latin American leaders and South American officials met in Brasilia.")
    codes = {e.source.actor_code for e in events if e.source is not None}
    assert codes and not any(c.startswith("USA") for c in codes), codes
    assert {c[:3] for c in codes} == {"LAM", "SAM"}, codes
