"""Small helpers every reader shares: failures as records, defaults, text hygiene."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from newsgraph.errors import InputError, MalformedInput
from newsgraph.records import Article, ErrorInfo, FailedItem


@dataclass(frozen=True, slots=True)
class Defaults:
    """Filled into articles that lack them, never overriding what the input says."""

    published: str | None = None
    source: str | None = None


def failed(error: InputError, name: str | None = None) -> FailedItem:
    """An `InputError` as the record the batch carries on with."""
    return FailedItem(ErrorInfo(error.code, error.message, input=error.input or name))


def unexpected(exc: Exception, name: str) -> FailedItem:
    """A bug or a parser crash on hostile input: one failed item, never a traceback."""
    err = MalformedInput(f"could not read: {type(exc).__name__}: {exc}"[:500], input=name)
    return failed(err)


def with_defaults(article: Article, defaults: Defaults) -> Article:
    from newsgraph.ingest.dates import normalise_date

    published, source = article.published, article.source
    if published is None and defaults.published:
        published = normalise_date(defaults.published)
    if source is None and defaults.source:
        source = defaults.source
    if (published, source) == (article.published, article.source):
        return article
    return dataclasses.replace(article, published=published, source=source)


# C0/C1 control characters (but tab and newline), DEL, the BOM and other invisible
# format characters that only confuse tokenisers and offsets.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufeff\u200b\u2028\u2029]")


def has_controls(text: str) -> bool:
    """Does `text` hold a control or invisible format character (what `strip_controls` drops)?"""
    return _CONTROL.search(text) is not None
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")


def strip_controls(text: str) -> str:
    """Unify line ends and drop control characters (keeping tab and newline)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("", text)


def squash(text: str) -> str:
    """One line of text with runs of blanks collapsed to one space."""
    return _SPACES.sub(" ", text.replace("\n", " ")).strip()


def join_paragraphs(paragraphs: list[str]) -> str:
    return "\n\n".join(p for p in (squash(p) for p in paragraphs) if p)


def paragraphs_of(text: str) -> str:
    """Plain text with one paragraph per line or per blank-line block -> "\\n\\n"-joined."""
    text = strip_controls(text)
    blocks = re.split(r"\n\s*\n", text) if re.search(r"\n\s*\n", text) else text.split("\n")
    return join_paragraphs(blocks)
