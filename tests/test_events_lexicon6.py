"""Lexicon round 6 (events issue 4): verbs, objects and speech words the coder missed or
mis-coded, each on a hand-parsed sentence written for this test."""

from __future__ import annotations

import pytest

from newsgraph.extract.cameo import is_cameo_code
from newsgraph.extract.eventcoder.lexicon import load_lexicon
from newsgraph.extract.eventcoder.speech import APPROVAL_WORDS, feeling_words, judgements
from tests.test_events_rules import Row, code_events, dyads, hand_doc

# "Norway shut off gas supplies to Denmark." (an economic act that reduces relations: 160)
SHUT_OFF: list[Row] = [
    ("Norway", "PROPN", "nsubj", 1, "Norway", "GPE"),
    ("shut", "VERB", "ROOT", 1, "shut", ""),
    ("off", "ADP", "prt", 1, "off", ""),
    ("gas", "NOUN", "compound", 4, "gas", ""),
    ("supplies", "NOUN", "dobj", 1, "supply", ""),
    ("to", "ADP", "prep", 1, "to", ""),
    ("Denmark", "PROPN", "pobj", 5, "Denmark", "GPE"),
    (".", "PUNCT", "punct", 1, ".", ""),
]

# "Chile dumped its holdings of Peruvian bonds." (selling off another state's debt: 160)
DUMPED_HOLDINGS: list[Row] = [
    ("Chile", "PROPN", "nsubj", 1, "Chile", "GPE"),
    ("dumped", "VERB", "ROOT", 1, "dump", ""),
    ("its", "PRON", "poss", 3, "its", ""),
    ("holdings", "NOUN", "dobj", 1, "holding", ""),
    ("of", "ADP", "prep", 3, "of", ""),
    ("Peruvian", "ADJ", "amod", 6, "peruvian", "NORP"),
    ("bonds", "NOUN", "pobj", 4, "bond", ""),
    (".", "PUNCT", "punct", 1, ".", ""),
]

# "France cast doubt on Germany's plan." (disapproval said in other words: 110)
CAST_DOUBT: list[Row] = [
    ("France", "PROPN", "nsubj", 1, "France", "GPE"),
    ("cast", "VERB", "ROOT", 1, "cast", ""),
    ("doubt", "NOUN", "dobj", 1, "doubt", ""),
    ("on", "ADP", "prep", 1, "on", ""),
    ("Germany", "PROPN", "poss", 6, "Germany", "GPE"),
    ("'s", "PART", "case", 4, "'s", ""),
    ("plan", "NOUN", "pobj", 3, "plan", ""),
    (".", "PUNCT", "punct", 1, ".", ""),
]

# "Iran vowed to retaliate against Israel." (a vow of force is a threat: 138, not 030)
VOWED_RETALIATION: list[Row] = [
    ("Iran", "PROPN", "nsubj", 1, "Iran", "GPE"),
    ("vowed", "VERB", "ROOT", 1, "vow", ""),
    ("to", "PART", "aux", 3, "to", ""),
    ("retaliate", "VERB", "xcomp", 1, "retaliate", ""),
    ("against", "ADP", "prep", 3, "against", ""),
    ("Israel", "PROPN", "pobj", 4, "Israel", "GPE"),
    (".", "PUNCT", "punct", 1, ".", ""),
]

# "India imported oil from Iran." (trade with a named seller: 061)
IMPORTED_FROM: list[Row] = [
    ("India", "PROPN", "nsubj", 1, "India", "GPE"),
    ("imported", "VERB", "ROOT", 1, "import", ""),
    ("oil", "NOUN", "dobj", 1, "oil", ""),
    ("from", "ADP", "prep", 1, "from", ""),
    ("Iran", "PROPN", "pobj", 3, "Iran", "GPE"),
    (".", "PUNCT", "punct", 1, ".", ""),
]

# "India imports most of its oil." (a habit with no partner: no event)
IMPORTS_HABIT: list[Row] = [
    ("India", "PROPN", "nsubj", 1, "India", "GPE"),
    ("imports", "VERB", "ROOT", 1, "import", ""),
    ("most", "ADJ", "dobj", 1, "most", ""),
    ("of", "ADP", "prep", 2, "of", ""),
    ("its", "PRON", "poss", 5, "its", ""),
    ("oil", "NOUN", "pobj", 3, "oil", ""),
    (".", "PUNCT", "punct", 1, ".", ""),
]

# "Japan demonstrated restraint toward China." (showing a quality is no protest)
DEMONSTRATED_RESTRAINT: list[Row] = [
    ("Japan", "PROPN", "nsubj", 1, "Japan", "GPE"),
    ("demonstrated", "VERB", "ROOT", 1, "demonstrate", ""),
    ("restraint", "NOUN", "dobj", 1, "restraint", ""),
    ("toward", "ADP", "prep", 1, "toward", ""),
    ("China", "PROPN", "pobj", 3, "China", "GPE"),
    (".", "PUNCT", "punct", 1, ".", ""),
]

# "Egypt declined to answer questions from Israel." (declining to comment refuses no one)
DECLINED_TO_ANSWER: list[Row] = [
    ("Egypt", "PROPN", "nsubj", 1, "Egypt", "GPE"),
    ("declined", "VERB", "ROOT", 1, "decline", ""),
    ("to", "PART", "aux", 3, "to", ""),
    ("answer", "VERB", "xcomp", 1, "answer", ""),
    ("questions", "NOUN", "dobj", 3, "question", ""),
    ("from", "ADP", "prep", 4, "from", ""),
    ("Israel", "PROPN", "pobj", 5, "Israel", "GPE"),
    (".", "PUNCT", "punct", 1, ".", ""),
]

# "Spain ordered Italy to cut its embassy staff." (an order that is the act itself: 161)
ORDERED_STAFF_CUT: list[Row] = [
    ("Spain", "PROPN", "nsubj", 1, "Spain", "GPE"),
    ("ordered", "VERB", "ROOT", 1, "order", ""),
    ("Italy", "PROPN", "dobj", 1, "Italy", "GPE"),
    ("to", "PART", "aux", 4, "to", ""),
    ("cut", "VERB", "xcomp", 1, "cut", ""),
    ("its", "PRON", "poss", 7, "its", ""),
    ("embassy", "NOUN", "compound", 7, "embassy", ""),
    ("staff", "NOUN", "dobj", 4, "staff", ""),
    (".", "PUNCT", "punct", 1, ".", ""),
]


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (SHUT_OFF, {("NOR", "DNK", "160")}),
        (DUMPED_HOLDINGS, {("CHL", "PER", "160")}),
        (CAST_DOUBT, {("FRA", "DEU", "110")}),
        (VOWED_RETALIATION, {("IRN", "ISR", "138")}),
        (IMPORTED_FROM, {("IND", "IRN", "061")}),
        (ORDERED_STAFF_CUT, {("ESP", "ITA", "161")}),
    ],
)
def test_lexicon6_codes_the_act(rows: list[Row], expected: set[tuple[str, str, str]]) -> None:
    assert dyads(code_events(hand_doc(rows))) == expected


@pytest.mark.parametrize("rows", [IMPORTS_HABIT, DEMONSTRATED_RESTRAINT, DECLINED_TO_ANSWER])
def test_lexicon6_senses_that_make_no_event(rows: list[Row]) -> None:
    assert code_events(hand_doc(rows)) == ()


# "Spain called Italy's plan a stunt." (the naming noun hangs on the object as an apposition)
CALLED_A_STUNT: list[Row] = [
    ("Spain", "PROPN", "nsubj", 1, "Spain", "GPE"),
    ("called", "VERB", "ROOT", 1, "call", ""),
    ("Italy", "PROPN", "poss", 4, "Italy", "GPE"),
    ("'s", "PART", "case", 2, "'s", ""),
    ("plan", "NOUN", "dobj", 1, "plan", ""),
    ("a", "DET", "det", 6, "a", ""),
    ("stunt", "NOUN", "appos", 4, "stunt", ""),
    (".", "PUNCT", "punct", 1, ".", ""),
]

# "France said it was pleased with Germany's decision." (approval of another's act: 051)
PLEASED_WITH: list[Row] = [
    ("France", "PROPN", "nsubj", 1, "France", "GPE"),
    ("said", "VERB", "ROOT", 1, "say", ""),
    ("it", "PRON", "nsubj", 3, "it", ""),
    ("was", "AUX", "ccomp", 1, "be", ""),
    ("pleased", "ADJ", "acomp", 3, "pleased", ""),
    ("with", "ADP", "prep", 4, "with", ""),
    ("Germany", "PROPN", "poss", 8, "Germany", "GPE"),
    ("'s", "PART", "case", 6, "'s", ""),
    ("decision", "NOUN", "pobj", 5, "decision", ""),
    (".", "PUNCT", "punct", 1, ".", ""),
]

# "France said it was pleased to announce talks." (pleased about nothing another did)
PLEASED_TO_ANNOUNCE: list[Row] = [
    ("France", "PROPN", "nsubj", 1, "France", "GPE"),
    ("said", "VERB", "ROOT", 1, "say", ""),
    ("it", "PRON", "nsubj", 3, "it", ""),
    ("was", "AUX", "ccomp", 1, "be", ""),
    ("pleased", "ADJ", "acomp", 3, "pleased", ""),
    ("to", "PART", "aux", 6, "to", ""),
    ("announce", "VERB", "xcomp", 4, "announce", ""),
    ("progress", "NOUN", "dobj", 6, "progress", ""),
    (".", "PUNCT", "punct", 1, ".", ""),
]


def test_lexicon6_naming_noun_in_apposition_is_criticism() -> None:
    assert dyads(code_events(hand_doc(CALLED_A_STUNT))) == {("ESP", "ITA", "111")}


def test_lexicon6_approval_of_another_is_praise_only_with_its_object() -> None:
    assert dyads(code_events(hand_doc(PLEASED_WITH))) == {("FRA", "DEU", "051")}
    assert not [e for e in code_events(hand_doc(PLEASED_TO_ANNOUNCE)) if e.code == "051"]


def test_lexicon6_entries_and_words_are_well_formed() -> None:
    for entries in load_lexicon().entries.values():
        for entry in entries:
            assert entry.code is None or is_cameo_code(entry.code), entry
    assert judgements()["stunt"] == "noun" and judgements()["destructive"] == "adj"
    # approval is no disapproving feeling, and no judgement word either
    assert not APPROVAL_WORDS & (feeling_words() | set(judgements()))


# "Chile praised a treaty finalized with Peru." (a passive participle takes the noun it
# modifies as its object: the finalizing is an event of its own)
TREATY_FINALIZED: list[Row] = [
    ("Chile", "PROPN", "nsubj", 1, "Chile", "GPE"),
    ("praised", "VERB", "ROOT", 1, "praise", ""),
    ("a", "DET", "det", 3, "a", ""),
    ("treaty", "NOUN", "dobj", 1, "treaty", ""),
    ("finalized", "VERB", "acl", 3, "finalize", ""),
    ("with", "ADP", "prep", 4, "with", ""),
    ("Peru", "PROPN", "pobj", 5, "Peru", "GPE"),
    (".", "PUNCT", "punct", 1, ".", ""),
]


def test_lexicon6_participle_takes_the_noun_it_modifies_as_object() -> None:
    doc = hand_doc(TREATY_FINALIZED)
    doc[4].tag_ = "VBN"
    entry = load_lexicon().match(doc[4])
    assert entry is not None and entry.code == "057" and "treaty" in entry.objects
