"""Round 112 (events issue 4, events.cameo@238, entities.spacy@32), found by reading the
system's events on corpus articles outside the gold: a state whose name holds a country's
word ("New Mexico", "New Jersey", "Georgia Gov.") is no country; what "call for" names after
its particle is its object, whose owner is the target ("called for Maduro's resignation"),
and when that owner is named but not placed no other country of the sentence is; "we"
outside quotes is the writers, not the pair just named. Second part (events.cameo@239): a
threat one confronts, deters or resists is not one's own; a task one is charged with is no
charge; recognizing a fact is no recognition; "to the outrage of" names who is outraged; two
buyers do not buy from each other. Third part (events.cameo@240): a judgement noun used as a
verb ("to lie") calls nothing a lie; the floor yielded is no yielding; recognizing a sacrifice
is praise. Fourth part (events.cameo@241): pushing someone off a place is no appeal; a
failure attacked is criticism, not force. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from tests.test_entities import _by_name, _entities
from tests.test_events_round12 import dyads, rules


def _code(nlp: Any, text: str, name: str) -> str | None:
    actor = _by_name(_entities(nlp, text), name).actor
    return actor.code if actor is not None else None


def test_a_governor_of_new_mexico_is_american(nlp: Any) -> None:
    text = "New Mexico Governor Michelle Lujan Grisham signed the bill on Monday."
    assert _code(nlp, text, "Michelle Lujan Grisham") == "USAGOV"


def test_a_governor_of_new_jersey_is_american(nlp: Any) -> None:
    text = "New Jersey governor Phil Murphy said the state would sue."
    assert _code(nlp, text, "Phil Murphy") == "USAGOV"


def test_a_governor_of_georgia_is_american(nlp: Any) -> None:
    text = "Georgia Gov. Brian Kemp signed the order on Friday."
    assert _code(nlp, text, "Brian Kemp") == "USAGOV"


def test_a_premier_of_new_south_wales_is_australian(nlp: Any) -> None:
    text = "New South Wales Premier Gladys Berejiklian closed the border."
    assert _code(nlp, text, "Gladys Berejiklian") == "AUSGOV"


def test_a_president_of_georgia_is_georgian(nlp: Any) -> None:
    # guard: the country's own titles stay the country's
    text = "Georgian President Salome Zourabichvili met the delegation in Tbilisi."
    assert _code(nlp, text, "Salome Zourabichvili") == "GEOGOV"


def test_a_president_of_mexico_is_mexican(nlp: Any) -> None:
    # guard
    text = "Mexican President Andres Manuel Lopez Obrador signed the bill on Monday."
    assert _code(nlp, text, "Andres Manuel Lopez Obrador") == "MEXGOV"


def test_a_resignation_of_someone_unplaced_aims_at_no_other_country(nlp: Any) -> None:
    events = rules(
        nlp,
        "Trump called for Omar's resignation after she said U.S. support of Israel was "
        "bought with money.",
    )
    assert not any(t == "ISR" for _, t, _ in dyads(events, "called for")), events


def test_a_resignation_of_a_known_leader_is_aimed_at_his_country(nlp: Any) -> None:
    # guard: a possessor the coder places is the target (read now as the object's owner;
    # before, as the sentence's one other party)
    events = rules(nlp, "Trump called for Maduro's resignation on Friday.")
    assert ("USA", "VEN", "02") in dyads(events, "called for"), events


def test_we_outside_quotes_are_the_writers(nlp: Any) -> None:
    events = rules(
        nlp,
        "Trump met Iranian President Hassan Rouhani in New York on Monday. "
        "The protesters we talked to demand even harsher sanctions.",
    )
    assert not any(s and t for s, t, _ in dyads(events, "talked")), events


def test_they_after_a_pair_are_the_pair(nlp: Any) -> None:
    # guard: a bare "they" after two named sides is that pair
    events = rules(
        nlp,
        "Trump met Iranian President Hassan Rouhani in New York on Monday. "
        "They talked for two hours about the nuclear deal.",
    )
    assert ("USA", "IRN", "04") in dyads(events, "talked"), events


# second part (events.cameo@239): what is stood against, tasks, facts, anger, one-way trade


def test_a_threat_one_confronts_is_not_ones_own(nlp: Any) -> None:
    events = rules(
        nlp,
        "\u201cIt\u2019s long past time we upped our game to confront this dangerous and "
        "growing threat to the American homeland,\u201d Sen. Lindsey Graham said in a statement.",
    )
    assert not any(s for s, _, _ in dyads(events, "threat")), events


def test_a_threat_one_makes_is_ones_own(nlp: Any) -> None:
    # guard
    events = rules(nlp, "Chile issued a threat to Peru over the border dispute.")
    assert ("CHL", "PER", "13") in dyads(events, "threat"), events


def test_a_task_one_is_charged_with_is_no_charge(nlp: Any) -> None:
    events = rules(
        nlp, "Chilean civil servants have been charged with finding a building for the embassy."
    )
    assert not dyads(events, "charged with"), events


def test_a_crime_one_is_charged_with_is_a_charge(nlp: Any) -> None:
    # guard
    events = rules(nlp, "Chilean prosecutors charged the Peruvian diplomat with spying.")
    assert ("CHL", "PER", "17") in dyads(events, "charged"), events


def test_recognizing_a_fact_is_no_recognition(nlp: Any) -> None:
    events = rules(nlp, "Chile has to recognize that the Peruvian challenge is a serious one.")
    assert not any(d[2] == "05" for d in dyads(events, "recognize")), events


def test_recognizing_a_state_is_recognition(nlp: Any) -> None:
    # guard
    events = rules(nlp, "Bhutan recognized Kosovo in 2012.")
    assert ("BTN", "KSV", "05") in dyads(events, "recognized"), events


def test_to_the_outrage_of_names_who_is_outraged(nlp: Any) -> None:
    events = rules(
        nlp,
        "Chile hosted a meeting with Bolivian rebels, much to the outrage of the government "
        "of Peru.",
    )
    assert ("PER", "CHL", "11") in dyads(events, "outrage"), events
    assert ("CHL", "PER", "11") not in dyads(events, "outrage"), events


def test_two_buyers_do_not_buy_from_each_other(nlp: Any) -> None:
    events = rules(nlp, "Chile and Peru are buying euros.")
    assert not any(s and t for s, t, _ in dyads(events, "buying")), events


def test_two_sides_agreeing_to_trade_do_so_with_each_other(nlp: Any) -> None:
    # guard: a mutual act of the same root stays mutual
    events = rules(nlp, "Chile and Peru agreed to expand trade.")
    assert any(s == "CHL" and t == "PER" for s, t, _ in dyads(events, "agreed")), events


# third part (events.cameo@240): a judgement noun used as a verb, the floor yielded, honours


def test_to_lie_is_no_lie_called(nlp: Any) -> None:
    events = rules(
        nlp,
        "In testimony to the committee, Michael Cohen said Trump had encouraged him to lie "
        "to lawmakers about a tower in Moscow.",
    )
    assert not dyads(events, "lie"), events


def test_a_lie_called_is_a_criticism(nlp: Any) -> None:
    # guard
    events = rules(nlp, "Chile's foreign minister said Peru's claim was a lie.")
    assert ("CHL", "PER", "11") in dyads(events, "lie"), events


def test_the_floor_yielded_is_no_yielding(nlp: Any) -> None:
    events = rules(nlp, "Chile's ambassador then yielded the floor to Peru's ambassador.")
    assert not dyads(events, "yielded"), events


def test_recognizing_a_sacrifice_is_praise(nlp: Any) -> None:
    events = rules(nlp, "Chile recognized the enormous sacrifice and bravery of Peruvian troops.")
    assert dyads(events, "recognized") == {("CHL", "PER", "05")}, events
    assert {e.code for e in events if e.trigger.text == "recognized"} == {"051"}, events


# fourth part (events.cameo@241): what is pushed off a place, failures attacked


def test_pushed_off_the_top_is_no_appeal(nlp: Any) -> None:
    events = rules(nlp, "Chile has pushed Peru off the top of the copper chart.")
    assert not dyads(events, "pushed"), events


def test_pushed_to_act_is_an_appeal(nlp: Any) -> None:
    # guard
    events = rules(nlp, "Chile pushed Peru to sign the deal.")
    assert ("CHL", "PER", "02") in dyads(events, "pushed"), events


def test_a_failure_attacked_is_criticism(nlp: Any) -> None:
    events = rules(
        nlp, "Britain's opposition leader attacked the Chilean government's failure to act."
    )
    assert dyads(events, "attacked") == {("GBR", "CHL", "11")}, events
