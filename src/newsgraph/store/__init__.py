"""The store: analysis records kept in SQLite (default) or PostgreSQL, idempotent by article id.

`open_store(settings)` is what the Engine calls; `Store(url)` + `Store.migrate()` does the
same for any SQLAlchemy URL (``sqlite:///path.db``, ``postgresql://user@host/db``).
"""

from __future__ import annotations

from newsgraph.settings import Settings
from newsgraph.store.search import (
    HIGHLIGHT_END,
    HIGHLIGHT_START,
    ArticleSummary,
    SearchResult,
    search_terms,
)
from newsgraph.store.store import SaveOutcome, Store

__all__ = [
    "HIGHLIGHT_END",
    "HIGHLIGHT_START",
    "ArticleSummary",
    "SaveOutcome",
    "SearchResult",
    "Store",
    "open_store",
    "search_terms",
]


def open_store(settings: Settings) -> Store:
    """The Store at `settings.db_url`, its schema migrated; creates the home folder for the
    default SQLite database."""
    if not settings.db:
        settings.home_path.mkdir(parents=True, exist_ok=True)
    store = Store(settings.db_url)
    store.migrate()
    return store
