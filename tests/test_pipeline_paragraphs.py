"""The pipeline's own components: a blank line always ends a sentence (the parser read on
across "... the U.S.\n\nIran officials said", making "U.S. Iran officials" one subject), a single
line break does not force one (wrapped text has them). Text written for these tests."""

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
