"""Full-text search over stored articles: FTS5 on SQLite, tsvector + GIN on PostgreSQL.

A user's query is never parsed as either query language: on SQLite it is cut into plain
word terms (`search_terms`), each a quoted FTS5 string; on PostgreSQL it goes to
``plainto_tsquery``, which parses no operators and cuts words as the articles were cut
(`pg_query`). So quotes, ``*``, ``NEAR``, ``AND``/``OR`` or unbalanced parentheses are
searched for as the words they contain, never parsed as operators. An article matches
when it contains every term (after stemming); results are ranked (bm25 / ts_rank_cd).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import JSON, Connection, Integer, String, text

# Around the matched words in `ArticleSummary.snippet`; plain characters, so a front end
# escapes the snippet first (it is article text) and then turns these into markup.
HIGHLIGHT_START = "«"
HIGHLIGHT_END = "»"
_TERM = re.compile(r"\w+", re.UNICODE)
# Long pasted queries: beyond this many terms nothing useful is left to narrow.
MAX_TERMS = 32


@dataclass(frozen=True, slots=True)
class ArticleSummary:
    id: str
    title: str | None
    source: str | None
    published: str | None
    counts: dict[str, int] = field(default_factory=dict)
    snippet: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "source": self.source,
            "published": self.published,
            "counts": dict(self.counts),
            "snippet": self.snippet,
        }


@dataclass(frozen=True, slots=True)
class SearchResult:
    """One page of articles and how many there are in all."""

    total: int
    articles: list[ArticleSummary]

    def to_dict(self) -> dict[str, Any]:
        return {"total": self.total, "articles": [a.to_dict() for a in self.articles]}


def search_terms(query: str) -> list[str]:
    """The plain word terms of a user's query, lower-cased, first occurrence order.

    >>> search_terms('"Xi" NEAR(Putin* OR (oil')
    ['xi', 'near', 'putin', 'or', 'oil']
    """
    seen: dict[str, None] = {}
    for term in _TERM.findall(query.lower()):
        seen.setdefault(term, None)
    return list(seen)[:MAX_TERMS]


def pg_query(query: str) -> str:
    """The text handed to ``plainto_tsquery``: the user's words as written, at most
    `MAX_TERMS` of them, without NUL characters. PostgreSQL's parser must cut them as it cut
    the articles: it keeps "U.S." as the one word 'u.s' and "1.5" as one number, which the
    plain terms "u", "s" ("s" a stop word) or "1", "5" never match. plainto_tsquery parses
    no operators, so this is as safe as the terms.

    >>> pg_query('the  U.S.\teconomy')
    'the U.S. economy'
    """
    return " ".join(query.replace("\x00", " ").split()[:MAX_TERMS])


def fts5_query(terms: Sequence[str]) -> str:
    """An FTS5 MATCH expression: every term a quoted string, implicitly ANDed."""
    return " ".join('"' + t.replace('"', '""') + '"' for t in terms)


def summary(row: Mapping[Any, Any]) -> ArticleSummary:
    counts = row["counts"] or {}
    return ArticleSummary(
        id=row["id"],
        title=row["title"],
        source=row["source"],
        published=row["published"],
        counts={k: int(v) for k, v in counts.items()},
        snippet=row.get("snippet"),
    )


_COLUMNS = {"id": String, "title": String, "source": String, "published": String, "counts": JSON}

_SQLITE_COUNT = text("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH :q")
_SQLITE_PAGE = text(
    "SELECT a.id, a.title, a.source, a.published, a.counts, "
    "snippet(articles_fts, 1, :hl_start, :hl_end, '…', 24) AS snippet "
    "FROM articles_fts JOIN articles AS a ON a.doc_id = articles_fts.rowid "
    "WHERE articles_fts MATCH :q "
    # Title hits weigh more than body hits (bm25 column weights: title, text).
    "ORDER BY bm25(articles_fts, 4.0, 1.0), a.id LIMIT :limit OFFSET :offset"
).columns(snippet=String, **_COLUMNS)

_PG_COUNT = text(
    "SELECT count(*) FROM articles WHERE search_vector @@ plainto_tsquery('english', :q)"
).columns(count=Integer)
_PG_PAGE = text(
    "SELECT a.id, a.title, a.source, a.published, a.counts, "
    "ts_headline('english', a.text, page.query, :headline) AS snippet "
    "FROM ("
    "  SELECT articles.id, ts_rank_cd(search_vector, query) AS rank, query "
    "  FROM articles, plainto_tsquery('english', :q) AS query "
    "  WHERE search_vector @@ query "
    "  ORDER BY rank DESC, articles.id LIMIT :limit OFFSET :offset"
    ") AS page JOIN articles AS a ON a.id = page.id "
    "ORDER BY page.rank DESC, a.id"
).columns(snippet=String, **_COLUMNS)
_PG_HEADLINE = (
    f"StartSel={HIGHLIGHT_START}, StopSel={HIGHLIGHT_END}, MaxWords=30, MinWords=12, MaxFragments=1"
)


def run_search(conn: Connection, query: str, *, limit: int, offset: int) -> SearchResult:
    terms = search_terms(query)
    if not terms:
        return SearchResult(total=0, articles=[])
    page = {"limit": max(0, limit), "offset": max(0, offset)}
    if conn.dialect.name == "postgresql":
        q = pg_query(query)
        total = int(conn.execute(_PG_COUNT, {"q": q}).scalar_one())
        rows = conn.execute(_PG_PAGE, {"q": q, "headline": _PG_HEADLINE, **page}).mappings()
    else:
        q = fts5_query(terms)
        total = int(conn.execute(_SQLITE_COUNT, {"q": q}).scalar_one())
        params = {"q": q, "hl_start": HIGHLIGHT_START, "hl_end": HIGHLIGHT_END, **page}
        rows = conn.execute(_SQLITE_PAGE, params).mappings()
    return SearchResult(total=total, articles=[summary(r) for r in rows])
