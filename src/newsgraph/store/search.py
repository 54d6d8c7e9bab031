"""Full-text search over stored articles: FTS5 on SQLite, tsvector + GIN on PostgreSQL.

A user's query is never parsed as either query language, and both databases find the same
articles for it. On PostgreSQL the words go to ``plainto_tsquery`` as written (`pg_query`),
which parses no operators and cuts them as it cut the articles. On SQLite the query is cut
where PostgreSQL's parser cuts it (at spaces, apostrophes and other punctuation, but not
inside "U.S.", "1.5" or "to-do"), and each piece is one quoted FTS5 string (`search_terms`,
`fts5_query`): a piece of several tokens is a phrase, so "U.S." matches the adjacent tokens
u, s as PostgreSQL matches 'u.s'. The English stop words PostgreSQL leaves out ("the", "of",
`stopwords.py`) are left out on SQLite too. So quotes, ``*``, ``NEAR``, ``AND``/``OR``,
column filters or unbalanced parentheses are searched for as the words they contain, never
parsed as operators. An article matches when it contains every term (after stemming);
results are ranked (bm25 / ts_rank_cd).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import JSON, Connection, Integer, String, text

from newsgraph.store.stopwords import ENGLISH_STOP_WORDS

# Around the matched words in `ArticleSummary.snippet`; plain characters, so a front end
# escapes the snippet first (it is article text) and then turns these into markup.
HIGHLIGHT_START = "«"
HIGHLIGHT_END = "»"
# What FTS5's unicode61 tokenizer keeps as a token: a run of letters and digits.
_TOKEN = re.compile(r"[^\W_]+")
# Where PostgreSQL's parser cuts a word apart (measured with plainto_tsquery on PostgreSQL
# 15): at anything but a letter, a digit and . - / @, which it keeps inside one lexeme
# ('u.s', '1.5', 'to-do', '1/2'). Cut there, "Brazil's" is brazil + the stop word s, as on
# PostgreSQL, not the phrase "brazil s"; "title:trade" is two words, not a phrase.
_CUT = re.compile(r"[^\w./@-]|_")
_JOINERS = "./@-"
# Long pasted queries: beyond this many words (and terms) nothing useful is left to narrow.
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
    """One page of articles and how many there are in all; `ignored` are the query's common
    words that were not searched for, and `note` tells the user so (None when there is
    nothing to tell)."""

    total: int
    articles: list[ArticleSummary]
    ignored: tuple[str, ...] = ()
    note: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "total": self.total,
            "articles": [a.to_dict() for a in self.articles],
            "ignored": list(self.ignored),
            "note": self.note,
        }


@dataclass(frozen=True, slots=True)
class QueryTerms:
    """A user's query as searched: `terms` must all be in an article; `ignored` are the
    stop words left out (both lower-cased, in first-occurrence order, without repeats)."""

    terms: tuple[str, ...]
    ignored: tuple[str, ...]

    @property
    def note(self) -> str | None:
        """What a front end shows beside the results about the words left out."""
        if not self.ignored:
            return None
        words = ", ".join(repr(w) for w in self.ignored[:5])
        if not self.terms:
            return f"only common words ({words}) are in the query, and they are not searched for"
        return f"common words are not searched for: {words}"


def query_terms(query: str) -> QueryTerms:
    """Cut a user's query into search terms, as PostgreSQL's parser cuts it, and leave out
    the stop words.

    >>> query_terms("Xi NEAR(Putin* OR (the U.S.'s oil")
    QueryTerms(terms=('xi', 'near', 'putin', 'u.s', 'oil'), ignored=('or', 'the', 's'))
    """
    terms: dict[str, None] = {}
    ignored: dict[str, None] = {}
    for word in _words(query):
        for piece in _CUT.split(word.lower()):
            tokens = _TOKEN.findall(piece)
            if not tokens:
                continue
            if len(tokens) == 1 and tokens[0] in ENGLISH_STOP_WORDS:
                ignored.setdefault(tokens[0], None)
            else:
                terms.setdefault(piece.strip(_JOINERS), None)
    return QueryTerms(tuple(terms)[:MAX_TERMS], tuple(ignored))


def search_terms(query: str) -> list[str]:
    """The terms searched for in a user's query, lower-cased, first occurrence order.

    >>> search_terms('"Xi" NEAR(Putin* OR (oil')
    ['xi', 'near', 'putin', 'oil']
    """
    return list(query_terms(query).terms)


def _words(query: str) -> list[str]:
    """The first `MAX_TERMS` whitespace-separated words of a query, without NUL characters."""
    return query.replace("\x00", " ").split()[:MAX_TERMS]


def pg_query(query: str) -> str:
    """The text handed to ``plainto_tsquery``: the user's words as written, at most
    `MAX_TERMS` of them, without NUL characters. PostgreSQL's parser must cut them as it cut
    the articles: it keeps "U.S." as the one word 'u.s' and "1.5" as one number, and drops
    the stop words itself. plainto_tsquery parses no operators, so this is as safe as the
    terms.

    >>> pg_query('the  U.S.\teconomy')
    'the U.S. economy'
    """
    return " ".join(_words(query))


def fts5_query(terms: Sequence[str]) -> str:
    """An FTS5 MATCH expression: every term a quoted string (a phrase when the tokenizer cuts
    it into several tokens, as "u.s"), implicitly ANDed. Inside quotes FTS5 parses nothing
    but a doubled quote, so no term is ever an operator."""
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
    parsed = query_terms(query)
    if not parsed.terms:
        return SearchResult(total=0, articles=[], ignored=parsed.ignored, note=parsed.note)
    page = {"limit": max(0, limit), "offset": max(0, offset)}
    if conn.dialect.name == "postgresql":
        q = pg_query(query)
        total = int(conn.execute(_PG_COUNT, {"q": q}).scalar_one())
        rows = conn.execute(_PG_PAGE, {"q": q, "headline": _PG_HEADLINE, **page}).mappings()
    else:
        q = fts5_query(parsed.terms)
        total = int(conn.execute(_SQLITE_COUNT, {"q": q}).scalar_one())
        params = {"q": q, "hl_start": HIGHLIGHT_START, "hl_end": HIGHLIGHT_END, **page}
        rows = conn.execute(_SQLITE_PAGE, params).mappings()
    return SearchResult(
        total=total,
        articles=[summary(r) for r in rows],
        ignored=parsed.ignored,
        note=parsed.note,
    )
