"""The pipeline's own components: a blank line always ends a sentence (the parser read on
across "... the U.S.\n\nIran officials said", making "U.S. Iran officials" one subject), a single
line break does not force one in wrapped text, but does in text written a paragraph to a line
(a headline or a caption with no full stop). Text written for these tests."""

from __future__ import annotations

from typing import Any

from newsgraph.nlp.pipeline import PARAGRAPH_COMPONENT


def test_a_blank_line_ends_a_sentence(nlp: Any) -> None:
    assert PARAGRAPH_COMPONENT in nlp.pipe_names
    doc = nlp(
        "The minister said he would meet leaders of the U.S.\n\n"
        "Chilean officials said they may talk with the United States."
    )
    starts = [s.text.strip() for s in doc.sents]
    assert starts[-1].startswith("Chilean officials"), starts
    chilean = next(t for t in doc if t.text == "Chilean")
    assert chilean.is_sent_start


def test_a_single_line_break_is_no_sentence_break(nlp: Any) -> None:
    doc = nlp("The finance ministers of Chile and Peru agreed on\na new tariff schedule on Monday.")
    assert len(list(doc.sents)) == 1, [s.text for s in doc.sents]


_PARAGRAPH = (
    "Chilean officials said on Monday that the new tariff schedule agreed with Peru last month "
    "would take effect in March, after both congresses approve it."
)


def test_a_headline_on_its_own_line_is_its_own_sentence(nlp: Any) -> None:
    # text written a paragraph to a line: the headline and the caption have no full stop
    doc = nlp(
        "Chile Says Peru Tariff Deal Will Hold\nEnlarge this image toggle caption Ana Soto/AP\n"
        + _PARAGRAPH
    )
    starts = [s.text.strip() for s in doc.sents]
    assert starts[0] == "Chile Says Peru Tariff Deal Will Hold", starts
    assert any(s.startswith("Enlarge this image") for s in starts), starts
    assert any(s.startswith("Chilean officials said") for s in starts), starts


def test_a_line_going_on_in_lower_case_stays_in_its_sentence(nlp: Any) -> None:
    doc = nlp(_PARAGRAPH + "\nThe finance ministers of Chile and Peru agreed on\na new schedule.")
    last = list(doc.sents)[-1].text
    assert last.startswith("The finance ministers") and "a new schedule" in last, last
