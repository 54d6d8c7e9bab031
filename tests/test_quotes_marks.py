"""Quotation marks -> quoted regions (no model needed)."""

from __future__ import annotations

from newsgraph.extract.attribution.lexicon import cue_lexicon, media_words, source_nouns
from newsgraph.extract.attribution.marks import find_quoted_regions


def _quoted(text: str) -> list[str]:
    return [text[r.start : r.end] for r in find_quoted_regions(text)]


def test_quotes_marks_straight_and_curly() -> None:
    text = 'He said "fine" and then “we are ready” before leaving.'
    assert _quoted(text) == ['"fine"', "“we are ready”"]


def test_quotes_marks_interrupted_quote_gives_two_regions() -> None:
    text = '"We will," he said, "respond."'
    assert _quoted(text) == ['"We will,"', '"respond."']


def test_quotes_marks_quote_continues_over_paragraphs() -> None:
    text = "“The first part goes on.\n\n“And the second part ends here,” she said."
    (region,) = find_quoted_regions(text)
    assert text[region.start : region.end] == (
        "“The first part goes on.\n\n“And the second part ends here,”"
    )
    assert len(region.pieces) == 2


def test_quotes_marks_one_bad_mark_keeps_the_other_quotes() -> None:
    text = 'A stray " mark sits here.\n\nThe mayor said "the road is open" today.\n\nA “broken one.'
    assert _quoted(text) == ['"the road is open"']


def test_quotes_marks_unclosed_quote_is_dropped_not_spread() -> None:
    # Where a quote with no closing mark ends is a guess: drop it, keep the rest.
    text = "“An opening that never closes.\n\nThen a plain paragraph with “a real quote” in it."
    assert _quoted(text) == ["“a real quote”"]


def test_quotes_marks_inches_and_apostrophes_are_not_quotes() -> None:
    text = 'The player is 6\'2" tall and isn\'t "shy" at all.'
    assert _quoted(text) == ['"shy"']


def test_quotes_lexicon_tables_load() -> None:
    lexicon = cue_lexicon()
    assert lexicon.rate("say", "clausal") > 0.8
    assert lexicon.rate("eat", "clausal") == 0.0
    assert source_nouns()["spokesperson"] == "spokesperson"
    assert "reuters" in media_words()
