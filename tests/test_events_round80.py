"""Round 80 (events issue 4, events.cameo@181 and @182): errors read on corpus articles
outside the gold. A judgement word denied in a joined pair ("careless but not criminal")
judges no one; what is blamed "on" someone is blamed on them also when the parser hangs the
"on" phrase inside the object; struck or hit "by" a weapon is an attack, not a labour strike.
Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from tests.test_events_round12 import dyads, rules


def test_a_judgement_word_denied_judges_no_one(nlp: Any) -> None:
    text = (
        "Peru's foreign minister said Chile had been careless but not criminal in handling "
        "the dispute."
    )
    assert not dyads(rules(nlp, text), "criminal")


def test_two_judgement_words_joined_still_judge(nlp: Any) -> None:
    text = "Peru's foreign minister said Chile had been reckless and criminal in the dispute."
    assert ("PER", "CHL", "11") in dyads(rules(nlp, text), "reckless")


def test_blamed_on_a_person_with_the_on_phrase_inside_the_object(nlp: Any) -> None:
    text = (
        "Former Chilean President Michelle Bachelet has blamed her party's defeat in the "
        "Santiago vote on President Sebastian Pinera."
    )
    assert ("CHL", "CHL", "11") in dyads(rules(nlp, text), "blamed")


def test_an_attack_on_an_embassy_blamed_names_no_one_blamed(nlp: Any) -> None:
    text = "The Chilean president blamed the attack on the embassy in Lima."
    assert not any(d[1] for d in dyads(rules(nlp, text), "blamed"))


def test_hit_by_a_torpedo_is_an_attack(nlp: Any) -> None:
    text = "The Peruvian frigate was hit by a Chilean torpedo."
    assert ("CHL", "PER", "19") in dyads(rules(nlp, text), "hit by")


def test_struck_by_a_missile_is_no_labour_strike(nlp: Any) -> None:
    text = "The cargo plane was probably struck by a Syrian missile."
    assert not any(e.root_code == "14" for e in rules(nlp, text))
    assert ("SYR", None, "19") in dyads(rules(nlp, text), "struck by")
