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
    holidays: dict[str, str]  # lower-case name -> rule (data/timex_holidays.tsv)

    def get(self, cls: str, word: str) -> str | None:
        return self.classes.get(cls, {}).get(word.lower())

    def alternation(self, cls: str) -> str:
        """A regex alternation of the class's words, longest first, for building patterns."""
        table = self.holidays if cls == "holiday" else self.classes.get(cls, {})
        words = sorted(table, key=len, reverse=True)
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    classes: dict[str, dict[str, str]] = {}
    for word, cls, value in _rows("timex_words.tsv", 3):
        classes.setdefault(cls, {})[word.lower()] = value
    holidays = {name.lower(): rule for name, rule in _rows("timex_holidays.tsv", 2)}
    return Lexicon(classes, holidays)


def _rows(name: str, width: int) -> list[list[str]]:
    text = resources.files("newsgraph.extract").joinpath("data", name).read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            row = line.split("\t")
            if len(row) != width:
                raise ValueError(f"data/{name}: expected {width} tab-separated fields: {line!r}")
            rows.append(row)
    return rows
