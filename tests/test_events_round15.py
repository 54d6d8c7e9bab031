"""Round 15 (events issue 4): a subject the parser lost to a name read as a verb, and what a
guessed side costs. Sentences written for these tests, parsed by the real spaCy model."""

from __future__ import annotations

from typing import Any

from tests.test_events_round12 import dyads, rules


def test_a_name_read_as_a_verb_is_the_events_source(nlp: Any) -> None:
    # "Trump" opening a sentence was parsed as the verb "to trump", and "blamed" lost its
    # subject: the pipeline parses such a sentence again with the name as a name
    events = rules(
        nlp,
        "President Donald Trump spoke in Ohio on Friday.\n\n"
        "Trump partly blamed China for the delay in the trade talks.",
    )
    assert ("USA", "CHN", "11") in dyads(events, "blamed"), events


def test_a_side_guessed_from_the_sentence_stays_under_point_eight(nlp: Any) -> None:
    # the welcome names no one welcomed: Japan is only the sentence's other party, a guess
    # that was right about half the time on the gold, so the event is kept at the default
    # emit line (0.5) and not among those at 0.8
    events = rules(
        nlp, "Chinese officials welcomed the move, calling it a step toward peace with Japan."
    )
    welcome = [e for e in events if e.trigger.text == "welcomed"]
    assert welcome and all("target:sentence" in e.rule for e in welcome), welcome
    assert all(0.5 <= e.confidence < 0.8 for e in welcome), welcome


def test_wanting_to_thank_is_thanking_when_the_speaker_says_it(nlp: Any) -> None:
    # "I want to thank X" thanks X (051), no intent to (03); a country's wish to thank someone
    # some day is still an intent
    said = rules(nlp, "“We want to congratulate the people of Peru,” the Chilean minister said.")
    assert ("CHL", "PER", "05") in dyads(said, "want"), said
    wish = rules(nlp, "Peru wants to thank Chile, but it has not done so.")
    assert ("PER", "CHL", "05") not in dyads(wish, "wants"), wish


def test_an_object_named_but_not_placed_takes_no_party_of_the_sentence(nlp: Any) -> None:
    # the one praised or accused is named (a person, "the government"); that the coder cannot
    # place them is no reason to make the sentence's other country the target
    hailed = rules(
        nlp, "Chileans have since hailed Maria Soto, 19, as a hero in their struggle against Peru."
    )
    assert ("CHL", "PER", "05") not in dyads(hailed, "hailed"), hailed
    accused = rules(
        nlp,
        "The Peruvian senator accused the government of hiding the trade talks with Chile from voters.",
    )
    assert ("PER", "CHL", "11") not in dyads(accused, "accused"), accused
