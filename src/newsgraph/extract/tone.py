"""Tone: GDELT GKG-style tone values from the VADER sentiment lexicon.

The lexicon is ``vader_lexicon.txt`` as shipped inside the PyPI package vaderSentiment
(MIT licence; about 7,500 entries, each the mean of ten human valence ratings from -4 to +4).
It is read through importlib.resources, never downloaded. As in GDELT, every value is a
share of the article's words, in percent (0..100):

- ``word_count``: the words of the text (spaCy tokens made of letters only);
- ``positive``: words whose lexicon valence is >= +MIN_VALENCE (1.0 by default);
- ``negative``: words whose valence is <= -MIN_VALENCE;
- ``tone = positive - negative`` (GDELT's "Tone", -100..+100; news is mostly -10..+10);
- ``polarity = positive + negative``: how emotionally charged the text is, whichever way;
- ``activity``: verbs (spaCy POS ``VERB``), standing in for GDELT's activity dictionary;
  None when the Doc carries no part-of-speech tags;
- ``self_reference``: first-person singular pronouns (I, me, my, mine, myself);
- ``group_reference``: first-person plural pronouns (we, us, our, ours, ourselves); GDELT
  reports one "Self/Group Reference Density", we keep its two halves apart.

Like GDELT's, the counts are of single words, with no handling of negation or intensifiers
(that is what VADER's own sentence scorer adds; tone here stays a plain, checkable count).
When the Doc has part-of-speech tags, only content words (nouns, verbs, adjectives, adverbs,
interjections) are looked up, so that "like" the preposition or "no" the determiner do not
count as sentiment. Options: ``tone_min_valence`` (float).
"""

from __future__ import annotations

import functools
import importlib.resources
from collections.abc import Mapping

from newsgraph.errors import ExtractorError
from newsgraph.extract.registry import Context, extractor
from newsgraph.records import Tone

NAME, VERSION = "tone.lexicon", "1"
KEY = f"{NAME}@{VERSION}"
MIN_VALENCE = 1.0
CONTENT_POS = frozenset({"NOUN", "VERB", "ADJ", "ADV", "INTJ"})
SELF_WORDS = frozenset({"i", "me", "my", "mine", "myself"})
GROUP_WORDS = frozenset({"we", "us", "our", "ours", "ourselves"})


def parse_vader(text: str) -> dict[str, float]:
    """word -> mean valence, from vader_lexicon.txt lines ``token<TAB>mean<TAB>sd<TAB>ratings``."""
    lexicon: dict[str, float] = {}
    for line in text.splitlines():
        cells = line.split("\t")
        if len(cells) >= 2 and cells[0]:
            try:
                lexicon[cells[0].lower()] = float(cells[1])
            except ValueError:
                continue
    return lexicon


@functools.lru_cache(maxsize=1)
def vader_lexicon() -> Mapping[str, float]:
    try:
        res = importlib.resources.files("vaderSentiment").joinpath("vader_lexicon.txt")
        return parse_vader(res.read_text(encoding="utf-8"))
    except (ModuleNotFoundError, FileNotFoundError):
        raise ExtractorError(
            "tone needs the VADER lexicon: pip install vaderSentiment==3.3.2"
        ) from None


def _percent(n: int, total: int) -> float:
    return round(100.0 * n / total, 4) if total else 0.0


def measure_tone(
    tokens: list[tuple[str, str]],
    lexicon: Mapping[str, float],
    *,
    min_valence: float = MIN_VALENCE,
    has_pos: bool = True,
) -> Tone:
    """Tone of `tokens`: (lower-case word, POS tag) pairs of the article's words only."""
    positive = negative = verbs = self_refs = group_refs = 0
    for word, pos in tokens:
        if not has_pos or pos in CONTENT_POS:
            valence = lexicon.get(word, 0.0)
            if valence >= min_valence:
                positive += 1
            elif valence <= -min_valence:
                negative += 1
        verbs += pos == "VERB"
        self_refs += word in SELF_WORDS
        group_refs += word in GROUP_WORDS
    n = len(tokens)
    pos_pct, neg_pct = _percent(positive, n), _percent(negative, n)
    return Tone(
        tone=round(pos_pct - neg_pct, 4),
        positive=pos_pct,
        negative=neg_pct,
        polarity=round(pos_pct + neg_pct, 4),
        word_count=n,
        activity=_percent(verbs, n) if has_pos else None,
        self_reference=_percent(self_refs, n),
        group_reference=_percent(group_refs, n),
        extractor=KEY,
    )


@extractor(NAME, version=VERSION, produces="tone", needs=())
def extract_tone(ctx: Context) -> Tone:
    """GDELT-style tone, polarity and reference densities from the VADER word lexicon."""
    doc = ctx.doc
    has_pos = doc.has_annotation("POS")
    # str methods, not Token.is_alpha/lower_: a Doc on a bare Vocab has no lexeme attributes
    tokens = [(t.text.lower(), t.pos_) for t in doc if t.text.isalpha()]
    min_valence = float(ctx.options.get("tone_min_valence", MIN_VALENCE))
    return measure_tone(tokens, vader_lexicon(), min_valence=min_valence, has_pos=has_pos)
