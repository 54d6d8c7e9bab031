"""Is this cue-led candidate an attribution? A logistic model over a few readable features.

The weights (extract/data/quote_weights.tsv) are fitted on the PolNeAR train split by
training/quotes/train_classifier.py; scoring is a dot product, no library needed.
"""

from __future__ import annotations

import math
from functools import lru_cache
from typing import TYPE_CHECKING

from newsgraph.extract.attribution.cues import Attribution
from newsgraph.extract.attribution.lexicon import CueLexicon, data_rows, source_nouns

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from newsgraph.extract.attribution.marks import QuotedRegion

_PRONOUN_SOURCES = frozenset({"he", "she", "they", "i", "we", "it", "you", "who", "which"})
_HEAD_DEPS = ("ROOT", "ccomp", "advcl", "conj", "relcl", "xcomp", "pcomp", "parataxis", "acl")


def features(
    att: Attribution, doc: Doc, text: str, regions: list[QuotedRegion], lexicon: CueLexicon
) -> dict[str, float]:
    """Named feature values for one candidate (absent features are 0). `text` is
    `doc.text`, passed in because spaCy rebuilds it on every access."""
    cue = doc[att.anchor]
    lemma = cue.lemma_.lower()
    rate = 1.0 if att.construction == "according" else lexicon.rate(lemma, att.construction)
    rate = min(max(rate, 0.01), 0.99)
    f: dict[str, float] = {
        "bias": 1.0,
        "rate_logit": math.log(rate / (1 - rate)),
        f"construction={att.construction}": 1.0,
        f"tag={cue.tag_}": 1.0,
        f"dep={cue.dep_ if cue.dep_ in _HEAD_DEPS else 'other'}": 1.0,
        "say": float(lemma == "say"),
        "negated": float(any(c.dep_ == "neg" for c in cue.children)),
    }
    words = len(text[att.start : att.end].split())
    f["content_log_words"] = math.log1p(words)
    f["content_one_word"] = float(words == 1)
    first = text[att.start : att.end].split(maxsplit=1)
    f["content_that"] = float(bool(first) and first[0].lower() == "that")
    f["content_to"] = float(bool(first) and first[0].lower() == "to")
    f["content_quoted"] = float(any(r.start < att.end and att.start < r.end for r in regions))
    f["cue_in_quote"] = float(any(r.inner_start <= att.cue[0] < r.inner_end for r in regions))
    if att.source is None or att.source_head is None:
        f["no_source"] = 1.0
    else:
        head = doc[att.source_head]
        low = head.lower_
        if low in _PRONOUN_SOURCES:
            f["source_pronoun"] = 1.0
        elif head.pos_ == "PROPN":
            f["source_propn"] = 1.0
        else:
            f["source_noun"] = 1.0
        f[f"source_ent={head.ent_type_ or 'none'}"] = 1.0
        f["source_lexicon"] = float(low in source_nouns() or head.lemma_.lower() in source_nouns())
        f["source_after_cue"] = float(att.source[0] > att.cue[0])
    return f


@lru_cache(maxsize=1)
def weights() -> dict[str, float]:
    return {name: float(value) for name, value in data_rows("quote_weights.tsv")}


def probability(feats: dict[str, float]) -> float:
    w = weights()
    z = sum(w.get(name, 0.0) * value for name, value in feats.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
