"""The time vocabulary (month and weekday names, number words, units, ...) as data."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True, slots=True)
class Lexicon:
    """word (lower case) -> value, one mapping per word class of timex_words.tsv."""

    classes: dict[str, dict[str, str]]

    def get(self, cls: str, word: str) -> str | None:
        return self.classes.get(cls, {}).get(word.lower())

    def alternation(self, cls: str) -> str:
        """A regex alternation of the class's words, longest first, for building patterns."""
        words = sorted(self.classes.get(cls, {}), key=len, reverse=True)
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    text = (
        resources.files("newsgraph.extract")
        .joinpath("data", "timex_words.tsv")
        .read_text(encoding="utf-8")
    )
    classes: dict[str, dict[str, str]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        word, cls, value = line.split("\t")
        classes.setdefault(cls, {})[word.lower()] = value
    return Lexicon(classes)
