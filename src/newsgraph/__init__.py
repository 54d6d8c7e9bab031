"""newsgraph: news articles in, a queryable knowledge base out, with evidence for everything.

The public API is `__all__` (a test guards it); everything else is internal.
"""

from __future__ import annotations

from typing import Any

from newsgraph.engine import Engine, IngestReport
from newsgraph.errors import NewsgraphError
from newsgraph.records import (
    SCHEMA_VERSION,
    Actor,
    Amount,
    Analysis,
    Argument,
    Article,
    Entity,
    ErrorInfo,
    Event,
    FailedItem,
    Place,
    Quote,
    Span,
    Speaker,
    Tag,
    TimeExpression,
    Tone,
    Via,
)
from newsgraph.settings import Settings

__version__ = "0.1.0"

__all__ = [
    "SCHEMA_VERSION",
    "Actor",
    "Amount",
    "Analysis",
    "Argument",
    "Article",
    "Engine",
    "Entity",
    "ErrorInfo",
    "Event",
    "FailedItem",
    "IngestReport",
    "NewsgraphError",
    "Place",
    "Quote",
    "Settings",
    "Span",
    "Speaker",
    "Tag",
    "TimeExpression",
    "Tone",
    "Via",
    "__version__",
    "analyze",
]

_DEFAULT: Engine | None = None


def analyze(text: str, **fields: Any) -> Analysis:
    """Analyse one article body with a process-wide default Engine.

    `fields` are the article's title, published, source, url or id.
    """
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Engine()
    return _DEFAULT.analyze_text(text, **fields)
