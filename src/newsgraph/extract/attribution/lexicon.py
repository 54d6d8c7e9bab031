"""The attribution lexicons, read from extract/data/quote_*.tsv once per process.

- quote_verbs.tsv: lemma, construction, seen, cue, rate: how often a verb lemma, in a given
  construction (clausal, inverted, object, none), was an attribution cue in the PolNeAR train
  split (built by training/quotes/build_lexicon.py; the rate is add-one smoothed).
- quote_sources.tsv: nouns that name an unnamed source ("official", "spokesperson") with
  the kind of source they are.
- quote_media.tsv: words that mark a news outlet, whose reports are an attribution's channel.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True, slots=True)
class CueLexicon:
    rates: dict[tuple[str, str], float]

    def rate(self, lemma: str, construction: str) -> float:
        return self.rates.get((lemma, construction), 0.0)


def data_rows(name: str) -> list[list[str]]:
    """The rows of a tab-separated table in extract/data, without comments and header."""
    text = resources.files("newsgraph.extract").joinpath("data", name).read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.rstrip("\n").split("\t"))
    return rows[1:]  # header


@lru_cache(maxsize=1)
def cue_lexicon() -> CueLexicon:
    rates = {(r[0], r[1]): float(r[4]) for r in data_rows("quote_verbs.tsv")}
    return CueLexicon(rates)


@lru_cache(maxsize=1)
def source_nouns() -> dict[str, str]:
    """noun -> kind ("official", "spokesperson", "source", ...)."""
    return {r[0]: r[1] for r in data_rows("quote_sources.tsv")}


@lru_cache(maxsize=1)
def media_words() -> frozenset[str]:
    """Lower-cased outlet names and words ("agency", "broadcaster", "reuters")."""
    return frozenset(r[0] for r in data_rows("quote_media.tsv"))
