"""Events found wrong while reading real world-news feeds by hand (issue 4, 2026-12-01): what
two sides trade or exchange is each side's act on the other, coded by what is traded (threats
are threats, fire is fighting, not trade); a question put to a speaker in a participle clause
("Asked if ..., X said") is no appeal. Sentences written for these tests, real spaCy model, the
rules alone unless a test says otherwise."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_events_lexicon8 import coded
from tests.test_events_model import analyse


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Chile and Peru traded threats on Monday.", "130"),
        ("Chilean and Peruvian troops traded fire across the border.", "193"),
        ("Chile and Peru exchanged warnings over the fishing dispute.", "130"),
    ],
)
def test_what_two_sides_trade_is_each_side_s_act_on_the_other(
    nlp: Any, text: str, code: str
) -> None:
    found = coded(analyse(nlp, text)[0])
    assert {("CHL", "PER", code), ("PER", "CHL", code)} <= found, coded(analyse(nlp, text)[0], 0.0)
    assert not [c for c in found if c[2].startswith("06")], found  # no trade, no cooperation


def test_trading_goods_is_still_trade(nlp: Any) -> None:
    found = coded(analyse(nlp, "Chile traded copper with Peru.")[0])
    assert ("CHL", "PER", "061") in found, found


@pytest.mark.parametrize("model", [False, None])
def test_a_question_put_in_a_participle_clause_is_no_appeal(nlp: Any, model: Any) -> None:
    # the parser hangs the "if" clause on "Asked" as an adverbial clause, not its object;
    # with the shipped model (None) the old code coded CHL > PER 020 at 0.67
    text = "Asked if Peru should recall its envoy, Chile's president said the choice was Lima's."
    events, _ = analyse(nlp, text, options={"event_model": model})
    assert not [e for e in events if e.code.startswith("02")], coded(events, 0.0)


@pytest.mark.parametrize(
    "text",
    [
        "Peru's opposition leader Ana Ruiz said the vote was fair.",
        "The main opposition party in Peru won the vote in Lima.",
    ],
)
def test_the_opposition_named_as_a_group_is_no_act_of_opposing(nlp: Any, text: str) -> None:
    events, _ = analyse(nlp, text, options={"event_model": None})
    assert not [e for e in events if e.code.startswith("11") and e.confidence >= 0.5], coded(
        events, 0.0
    )


def test_opposition_to_something_is_still_disapproval(nlp: Any) -> None:
    found = coded(analyse(nlp, "Chile voiced its opposition to Peru's plan.")[0], 0.0)
    assert any(s == "CHL" and c.startswith("11") for s, _, c in found), found


@pytest.mark.parametrize(
    "text",
    ["Chile raised no objection to Peru's plan.", "Chile held no talks with Peru this year."],
)
def test_an_act_named_by_its_object_is_denied_by_no(nlp: Any, text: str) -> None:
    events, _ = analyse(nlp, text)
    told = [e for e in events if e.source and e.target and e.confidence >= 0.5]
    assert told and all(e.negated for e in told), [(e.code, e.negated) for e in events]


def test_hammered_with_missiles_is_force(nlp: Any) -> None:
    found = coded(analyse(nlp, "Chile hammered Peru with missiles overnight.")[0])
    assert ("CHL", "PER", "190") in found, found
    assert not [c for c in coded(analyse(nlp, "Chile hammered Peru over its fishing policy.")[0])
                if c[2].startswith("19")]


def test_a_named_organisation_the_coder_cannot_code_takes_no_other_source(nlp: Any) -> None:
    # the IOC has no actor code; the argument model gave the suspension to Chile, the
    # sentence's other named party (160 CHL > PER at 0.53)
    text = (
        "The IOC suspended a Peruvian boxer whose gloves carried the names of Peruvians killed "
        "in Chile's war on Peru."
    )
    found = coded(analyse(nlp, text, options={"event_model": None})[0])
    assert ("CHL", "PER", "190") in found, found  # the war stays
    assert not [c for s, _, c in found if s == "CHL" and c != "190"], found


def test_a_clause_the_parser_hangs_on_a_noun_keeps_its_own_object(nlp: Any) -> None:
    # "attacked" is parsed as a participle modifying "reports": it is a clause of its own,
    # whose object is the posts, so no verbal attack on a report (111)
    events, _ = analyse(nlp, "Chile dismissed reports that Peru had attacked its border posts.")
    assert not [e for e in events if e.code.startswith("11")], coded(events, 0.0)
    assert any(e.code.startswith("19") for e in events), coded(events, 0.0)
