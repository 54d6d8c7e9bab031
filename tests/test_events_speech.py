"""Events told through speech (eventcoder/speech.py): appeals, warnings, accusations and
criticism in what someone said, on sentences written for these tests."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest

from newsgraph.extract.eventcoder.speech import feeling_words, judgement_words, judgements
from tests.test_events_model import analyse, find
from tests.test_events_rules import Row, code_events, dyads, hand_doc


def _said(events: Any) -> list[tuple[str, str | None, str | None, str]]:
    return [
        (
            e.trigger.text,
            e.source.actor_code if e.source else None,
            e.target.actor_code if e.target else None,
            e.code,
        )
        for e in events
    ]


# "Japan said China should withdraw." (hand-parsed: the appeal rule on a known parse)
SHOULD_WITHDRAW: list[Row] = [
    ("Japan", "PROPN", "nsubj", 1, "Japan", "GPE"),
    ("said", "VERB", "ROOT", 1, "say", ""),
    ("China", "PROPN", "nsubj", 4, "China", "GPE"),
    ("should", "AUX", "aux", 4, "should", ""),
    ("withdraw", "VERB", "ccomp", 1, "withdraw", ""),
    (".", "PUNCT", "punct", 1, ".", ""),
]

# "Japan said it should withdraw." (one's own act in one's own words: no appeal)
SHOULD_SELF: list[Row] = [
    ("Japan", "PROPN", "nsubj", 1, "Japan", "GPE"),
    ("said", "VERB", "ROOT", 1, "say", ""),
    ("it", "PRON", "nsubj", 4, "it", ""),
    ("should", "AUX", "aux", 4, "should", ""),
    ("withdraw", "VERB", "ccomp", 1, "withdraw", ""),
    (".", "PUNCT", "punct", 1, ".", ""),
]


def test_speech_should_is_an_appeal_coded_from_the_verb_asked_for() -> None:
    events = code_events(hand_doc(SHOULD_WITHDRAW))
    # 025 appeal to yield, from the embedded 0873 withdrawal, and no withdrawal of its own
    assert dyads(events) == {("JPN", "CHN", "025")}
    (event,) = events
    assert event.trigger.text == "should" and event.rule.startswith("speech:should")
    assert event.mode == "asserted" and not event.negated
    assert not code_events(hand_doc(SHOULD_SELF))


# "Chile said Peru was reckless." (a judgement word said of another actor)
RECKLESS: list[Row] = [
    ("Chile", "PROPN", "nsubj", 1, "Chile", "GPE"),
    ("said", "VERB", "ROOT", 1, "say", ""),
    ("Peru", "PROPN", "nsubj", 3, "Peru", "GPE"),
    ("was", "AUX", "ccomp", 1, "be", ""),
    ("reckless", "ADJ", "acomp", 3, "reckless", ""),
    (".", "PUNCT", "punct", 1, ".", ""),
]

# "Chile said Peru was in dangerous waters." (inside a prepositional phrase: no judgement)
IN_DANGER: list[Row] = [
    ("Chile", "PROPN", "nsubj", 1, "Chile", "GPE"),
    ("said", "VERB", "ROOT", 1, "say", ""),
    ("Peru", "PROPN", "nsubj", 3, "Peru", "GPE"),
    ("was", "AUX", "ccomp", 1, "be", ""),
    ("in", "ADP", "prep", 3, "in", ""),
    ("dangerous", "ADJ", "amod", 6, "dangerous", ""),
    ("waters", "NOUN", "pobj", 4, "water", ""),
    (".", "PUNCT", "punct", 1, ".", ""),
]


def test_speech_judgement_of_another_actor_is_criticism() -> None:
    assert dyads(code_events(hand_doc(RECKLESS))) == {("CHL", "PER", "111")}
    assert not code_events(hand_doc(IN_DANGER))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # appeals: should / ought to / needs to; a "must" demands (10x)
        (
            "Japan said China must withdraw its ships from the disputed islands.",
            ("JPN", "CHN", "10"),
        ),
        ("Japan said China should withdraw its ships from the islands.", ("JPN", "CHN", "02")),
        # "has to" now is an obligation laid on another, as "must" is
        ("Japan said China has to withdraw its ships from the islands.", ("JPN", "CHN", "10")),
        ("U.S. Secretary of State John Kerry said Assad has to go.", ("USA", "SYR", "10")),
        ("Brazil said Argentina ought to lift its tariffs.", ("BRA", "ARG", "02")),
        ("Japan said China needs to stop its provocations.", ("JPN", "CHN", "02")),
        # warnings: sanctions in the complement make a threat; another's deed, disapproval
        ("Germany warned that Russia would face further sanctions.", ("DEU", "RUS", "13")),
        ("Iran warned the United States that it would retaliate.", ("IRN", "USA", "13")),
        ("France warned that Syria was arming the rebels.", ("FRA", "SYR", "11")),
        # accusations as nouns with a that-clause
        ("Allegations that Iran attacked the tanker strained the talks.", (None, "IRN", "11")),
        # criticism in what was said or named
        ("Turkey said Greece was playing a dangerous game in the Aegean.", ("TUR", "GRC", "11")),
        ("Poland called Russia's blockade illegal.", ("POL", "RUS", "11")),
        ("The Canadian prime minister came under fire from Mexico.", ("MEX", "CAN", "11")),
        (
            "The Israeli foreign ministry said it was dismayed by Egypt's decision.",
            ("ISR", "EGY", "11"),
        ),
        # wanting another to act is asking it to
        ("Russia wants Ukraine to withdraw its troops from the border.", ("RUS", "UKR", "02")),
        # blame for a deed the lexicon knows
        ("Britain said Russia was behind the attack.", ("GBR", "RUS", "11")),
        ("Britain held Russia responsible for the attack.", ("GBR", "RUS", "11")),
    ],
)
def test_speech_events_on_own_sentences(
    nlp: Any, text: str, expected: tuple[str | None, str | None, str]
) -> None:
    events, _ = analyse(nlp, text)
    source, target, root = expected
    hits = [e for e in find(events, source, target, root) if e.mode in ("asserted", "reported")]
    assert hits and not hits[0].negated, _said(events)


@pytest.mark.parametrize(
    "text",
    [
        "Brazil said it must lift its tariffs.",  # a self-statement
        "Japan said China should be ashamed.",  # a judgement, not something asked for
        "Turkey said Greece was in a dangerous situation.",  # a situation, not a deed
        "Britain said Russia was responsible for security in the region.",  # no deed blamed
        "Crowds cheered, Iran warned that the economy would slow.",  # no actor in the warning
        "Egypt said neither it nor Jordan wanted Libya to hold elections.",  # wanted by nobody
        "Japan said China will have to decide soon.",  # a forecast, not an obligation laid
        "Senator Marco Rubio said Maduro has to see that this is falling apart.",  # no act
    ],
)
def test_speech_makes_no_appeal_or_criticism_here(nlp: Any, text: str) -> None:
    events, _ = analyse(nlp, text)
    speech = [e for e in events if e.rule.startswith("speech:")]
    assert not speech, _said(speech)


def test_speech_warning_recodes_the_sanctions_it_holds(nlp: Any) -> None:
    events, _ = analyse(nlp, "Germany warned that Russia would face further sanctions.")
    assert not [e for e in events if e.root_code == "16"], _said(events)  # the threat only


def test_judgement_words_are_lower_case_single_words_of_known_kinds() -> None:
    table = judgements()
    assert judgement_words() and feeling_words()
    assert not judgement_words() & feeling_words()
    for word, kind in table.items():
        assert word == word.lower() and " " not in word, word
        assert kind in ("adj", "noun", "feeling"), (word, kind)


def test_speech_lexicon_codes_exist_in_the_cameo_reference(shared: Path) -> None:
    from importlib import resources

    with (shared / "reference" / "cameo" / "cameo_event_codes.tsv").open(encoding="utf-8") as fh:
        codes = {row["cameo_code"] for row in csv.DictReader(fh, delimiter="\t")}
    text = resources.files("newsgraph.extract.data").joinpath("event_lexicon.tsv")
    for line in text.read_text("utf-8").splitlines():
        cells = line.split("\t")
        if len(cells) == 6 and cells[4] not in ("-", "code"):
            assert cells[4] in codes, line
