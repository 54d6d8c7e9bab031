"""The Store: analysis records in, rows out, idempotent by article id.

>>> store = Store("sqlite:///newsgraph.db"); store.migrate()        # doctest: +SKIP
>>> store.save(analysis)                                            # doctest: +SKIP
'inserted'

Saving an article again with the same text and extractor versions writes nothing
("unchanged"); a new text or a new extractor version replaces all of that article's rows in
one transaction ("replaced"), so a failure half-way leaves the old rows as they were.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from types import TracebackType
from typing import Any, Literal

from sqlalchemy import Connection, Engine, Table, delete, func, insert, select, text

from newsgraph.errors import StoreError, UsageError
from newsgraph.records import Analysis, Article, FailedItem, to_dict
from newsgraph.store import db
from newsgraph.store.rows import (
    annotation_rows,
    article_row,
    content_hash,
    event_from_row,
    parse_bound,
)
from newsgraph.store.schema import (
    ANNOTATION_TABLES,
    AmountRow,
    ArticleRow,
    EntityMentionRow,
    EntityRow,
    EventRow,
    IngestErrorRow,
    KbLinkRow,
    PlaceMentionRow,
    PlaceRow,
    QuoteRow,
    TagRow,
    TimeRow,
    ToneRow,
    table_of,
)
from newsgraph.store.search import SearchResult, run_search, summary

SaveOutcome = Literal["inserted", "replaced", "unchanged"]

ARTICLES = table_of(ArticleRow)
EVENTS = table_of(EventRow)
# Parents before children, so foreign keys hold at every insert.
_INSERT_ORDER: tuple[tuple[str, Table], ...] = tuple(
    (table_of(model).name, table_of(model))
    for model in (
        EntityRow,
        EntityMentionRow,
        EventRow,
        QuoteRow,
        TimeRow,
        PlaceRow,
        PlaceMentionRow,
        AmountRow,
        TagRow,
        ToneRow,
    )
)
# stats() key -> table counted
_STAT_TABLES: dict[str, Any] = {
    "articles": ArticleRow,
    "entities": EntityRow,
    "events": EventRow,
    "quotes": QuoteRow,
    "times": TimeRow,
    "places": PlaceRow,
    "amounts": AmountRow,
    "tags": TagRow,
    "errors": IngestErrorRow,
    "mentions": EntityMentionRow,
}
_FTS_DELETE = text(
    "INSERT INTO articles_fts(articles_fts, rowid, title, text) "
    "VALUES ('delete', :doc_id, :title, :text)"
)
_FTS_INSERT = text("INSERT INTO articles_fts(rowid, title, text) VALUES (:doc_id, :title, :text)")


class Store:
    """Analyses in a SQL database: SQLite by default, PostgreSQL by URL."""

    def __init__(self, url: str) -> None:
        self.url = db.normalise_url(url)
        self._engine: Engine | None = None

    def __repr__(self) -> str:
        return f"Store({self.url.render_as_string(hide_password=True)!r})"

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            self._engine = db.create_db_engine(self.url)
        return self._engine

    @property
    def dialect(self) -> str:
        return str(self.url.get_backend_name())

    # ------------------------------------------------------------------ schema
    def migrate(self) -> None:
        """Create the schema or upgrade it to the newest migration (safe to repeat)."""
        path = db.sqlite_path(self.url)
        if path is not None and not path.parent.is_dir():
            raise StoreError(f"the database folder does not exist: {path.parent}")
        with db.database_errors(self.url):
            db.upgrade(self.engine)

    def revision(self) -> str | None:
        """The schema's migration revision, None before `migrate`."""
        with db.database_errors(self.url):
            return db.current_revision(self.engine)

    # ------------------------------------------------------------------ writing
    def save(self, analysis: Analysis) -> SaveOutcome:
        """Store `analysis` as it is (no registry linking): "inserted", "replaced" or "unchanged"."""
        return self._save(analysis, link=False)[0]

    def save_linked(self, analysis: Analysis) -> tuple[SaveOutcome, Analysis]:
        """Link the entities to the registry (kb ids, registry actors and names), then store;
        returns the outcome and the record as stored (the stored one when unchanged)."""
        return self._save(analysis, link=True)

    def _save(self, analysis: Analysis, *, link: bool) -> tuple[SaveOutcome, Analysis]:
        art = analysis.article
        versions = dict(analysis.extractors)
        digest = content_hash(art.text)
        now = datetime.now(UTC)
        with db.database_errors(self.url), db.write_transaction(self.engine) as conn:
            old = conn.execute(
                select(
                    ArticleRow.doc_id,
                    ArticleRow.content_hash,
                    ArticleRow.extractor_versions,
                    ArticleRow.title,
                    ArticleRow.text,
                    ArticleRow.record,
                    ArticleRow.origin,
                ).where(ArticleRow.id == art.id)
            ).first()
            if old is not None and _current(old, digest, versions):
                return "unchanged", (_analysis(old.record, old.origin) if link else analysis)
            if old is not None:
                self._delete_rows(conn, art.id, old._mapping)
                doc_id = int(old.doc_id)
            else:
                doc_id = int(
                    conn.execute(
                        select(func.coalesce(func.max(ArticleRow.doc_id), 0) + 1)
                    ).scalar_one()
                )
            links: list[dict[str, Any]] = []
            if link:  # in the same transaction: kb ids, registry actors
                from newsgraph.link.registry import link_analysis

                analysis, links = link_analysis(conn, analysis, now)
            rows = annotation_rows(analysis)
            conn.execute(insert(ARTICLES), [article_row(analysis, doc_id=doc_id, analysed_at=now)])
            for name, table in _INSERT_ORDER:
                if rows[name]:
                    conn.execute(insert(table), rows[name])
            if links:
                conn.execute(insert(table_of(KbLinkRow)), links)
            if conn.dialect.name == "sqlite":
                conn.execute(_FTS_INSERT, {"doc_id": doc_id, "title": art.title, "text": art.text})
            if art.origin:  # an input that failed before and now reads: its error is past
                errors = table_of(IngestErrorRow)
                conn.execute(delete(errors).where(errors.c.input == art.origin))
        return ("replaced" if old is not None else "inserted"), analysis

    def stored_unchanged(self, article: Article, versions: Mapping[str, str]) -> Analysis | None:
        """The stored analysis of `article` when its text and the extractor `versions` are the
        ones stored (ingest then need not analyse it again), else None."""
        with db.database_errors(self.url), self.engine.connect() as conn:
            row = conn.execute(
                select(
                    ArticleRow.content_hash,
                    ArticleRow.extractor_versions,
                    ArticleRow.record,
                    ArticleRow.origin,
                ).where(ArticleRow.id == article.id)
            ).first()
        if row is None or not _current(row, content_hash(article.text), versions):
            return None
        return _analysis(row.record, row.origin)

    def _delete_rows(self, conn: Connection, article_id: str, old: Mapping[Any, Any]) -> None:
        if conn.dialect.name == "sqlite":
            # External-content FTS5 forgets a row only when given the values it indexed.
            conn.execute(
                _FTS_DELETE, {"doc_id": old["doc_id"], "title": old["title"], "text": old["text"]}
            )
        for table in ANNOTATION_TABLES:
            conn.execute(delete(table).where(table.c.article_id == article_id))
        conn.execute(delete(ARTICLES).where(ARTICLES.c.id == article_id))

    def save_error(self, item: FailedItem) -> None:
        """Keep an input that failed, so a batch's failures can be listed later. An input
        that failed before keeps only its latest failure: ingesting a batch twice does not
        count its failed inputs twice."""
        row = {
            "input": item.error.input,
            "code": item.error.code,
            "message": item.error.message,
            "article_id": item.article.id if item.article is not None else None,
            "at": datetime.now(UTC),
        }
        errors = table_of(IngestErrorRow)
        with db.database_errors(self.url), db.write_transaction(self.engine) as conn:
            if item.error.input is not None:
                conn.execute(delete(errors).where(errors.c.input == item.error.input))
            conn.execute(insert(errors), [row])

    # ------------------------------------------------------------------ reading
    def get(self, article_id: str) -> Analysis | None:
        with db.database_errors(self.url), self.engine.connect() as conn:
            row = conn.execute(
                select(ArticleRow.record, ArticleRow.origin).where(ArticleRow.id == article_id)
            ).first()
        return None if row is None else _analysis(row.record, row.origin)

    def has(self, article_id: str) -> bool:
        with db.database_errors(self.url), self.engine.connect() as conn:
            found = conn.execute(select(ArticleRow.id).where(ArticleRow.id == article_id)).first()
        return found is not None

    def stats(self) -> dict[str, int]:
        """Row counts: articles, entities, events, quotes, times, places, amounts, tags,
        errors (failed inputs) and mentions (entity mentions)."""
        query = select(
            *(
                select(func.count()).select_from(model).scalar_subquery().label(key)
                for key, model in _STAT_TABLES.items()
            )
        )
        with db.database_errors(self.url), self.engine.connect() as conn:
            row = conn.execute(query).one()
        return {key: int(row._mapping[key]) for key in _STAT_TABLES}

    def errors(self, *, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
        """Failed inputs, newest first: {"input", "code", "message", "article", "at"}."""
        query = (
            select(IngestErrorRow)
            .order_by(IngestErrorRow.at.desc(), IngestErrorRow.id.desc())
            .limit(limit)
            .offset(offset)
        )
        with db.database_errors(self.url), self.engine.connect() as conn:
            rows = conn.execute(query).mappings().all()
        return [
            {
                "input": r["input"],
                "code": r["code"],
                "message": r["message"],
                "article": r["article_id"],
                "at": _iso(r["at"]),
            }
            for r in rows
        ]

    def search(self, query: str, *, limit: int = 20, offset: int = 0) -> SearchResult:
        """Articles matching every word of `query` but the stop words, best first; operators
        are not parsed; SQLite and PostgreSQL find the same articles (see `store/search.py`)."""
        with db.database_errors(self.url), self.engine.connect() as conn:
            return run_search(conn, query, limit=limit, offset=offset)

    def list_articles(self, *, limit: int = 20, offset: int = 0) -> SearchResult:
        """Articles newest first (by publication date, then by when they were stored)."""
        query = (
            select(
                ArticleRow.id,
                ArticleRow.title,
                ArticleRow.source,
                ArticleRow.published,
                ArticleRow.counts,
            )
            .order_by(
                ArticleRow.published.desc().nulls_last(),
                ArticleRow.analysed_at.desc(),
                ArticleRow.id,
            )
            .limit(max(0, limit))
            .offset(max(0, offset))
        )
        with db.database_errors(self.url), self.engine.connect() as conn:
            total = int(conn.execute(select(func.count()).select_from(ArticleRow)).scalar_one())
            rows = conn.execute(query).mappings().all()
        return SearchResult(total=total, articles=[summary(r) for r in rows])

    def iter_analyses(self, *, batch: int = 200) -> Iterator[Analysis]:
        """Every stored analysis in article-id order, `batch` per short read transaction."""
        last: str | None = None
        while True:
            query = select(ArticleRow.id, ArticleRow.record, ArticleRow.origin)
            if last is not None:
                query = query.where(ArticleRow.id > last)
            query = query.order_by(ArticleRow.id).limit(max(1, batch))
            with db.database_errors(self.url), self.engine.connect() as conn:
                rows = conn.execute(query).all()
            if not rows:
                return
            for row in rows:
                yield _analysis(row.record, row.origin)
            last = rows[-1].id

    def events(
        self,
        *,
        source: str | None = None,
        target: str | None = None,
        root: str | None = None,
        since: str | None = None,
        until: str | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> tuple[list[dict[str, Any]], int]:
        """Events (contract dicts + {"article": id}) in date order, and how many match.

        `source`/`target` match a CAMEO actor-code prefix ("RUS" matches "RUSGOV"); `root`
        a root code ("04", "4") or a code with the codes under it ("042" matches 0421); `since`/`until` (YYYY[-MM[-DD]], inclusive) the event's date
        span, or its article's publication day when the event has no date.
        """
        conditions: list[Any] = []
        for column, code in (
            (EventRow.source_actor_code, source),
            (EventRow.target_actor_code, target),
        ):
            if code:
                conditions.append(column.startswith(code.strip().upper(), autoescape=True))
        if root is not None and root.strip():
            code = root.strip()
            if not code.isdigit() or len(code) > 4:
                raise UsageError(
                    f"not a CAMEO code: {root!r} (a root such as 04, or a code such as 042 or 0421)"
                )
            if len(code) <= 2:
                conditions.append(EventRow.root_code == code.zfill(2))
            else:  # a code: it and the codes under it ("042" matches 042 and 0421)
                conditions.append(EventRow.code.startswith(code, autoescape=True))
        first, last = parse_bound(since, end=False), parse_bound(until, end=True)
        if first is not None:
            conditions.append(EventRow.when_end >= first)
        if last is not None:
            conditions.append(EventRow.when_start <= last)
        page = (
            select(EVENTS)
            .where(*conditions)
            .order_by(EventRow.when_start.asc().nulls_last(), EventRow.article_id, EventRow.seq)
            .limit(max(0, limit))
            .offset(max(0, offset))
        )
        count = select(func.count()).select_from(EVENTS).where(*conditions)
        with db.database_errors(self.url), self.engine.connect() as conn:
            total = int(conn.execute(count).scalar_one())
            rows = conn.execute(page).mappings().all()
        return [{**to_dict(event_from_row(r)), "article": r["article_id"]} for r in rows], total

    def entities(
        self, *, query: str | None = None, type: str | None = None, limit: int = 50, offset: int = 0
    ) -> tuple[list[dict[str, Any]], int]:
        """Registry entities across articles, most-covered first, and how many match."""
        from newsgraph.query.entities import list_entities

        with db.database_errors(self.url), self.engine.connect() as conn:
            return list_entities(conn, query=query, type=type, limit=limit, offset=offset)

    def entity(self, kb_id: str) -> dict[str, Any] | None:
        """One registry entity's profile: names, roles over time, counts, quotes, events."""
        from newsgraph.query.entities import entity_profile

        with db.database_errors(self.url), self.engine.connect() as conn:
            return entity_profile(conn, kb_id)

    # ------------------------------------------------------------------ lifetime
    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def _current(row: Any, digest: str, versions: Mapping[str, str]) -> bool:
    """Is a stored article row the analysis of this text by these extractor versions?"""
    return bool(row.content_hash == digest and row.extractor_versions == dict(versions))


def _analysis(record: dict[str, Any], origin: str | None) -> Analysis:
    analysis = Analysis.from_dict(record)
    if origin is None:
        return analysis
    # `origin` is not part of the contract record; it has its own column.
    return dataclasses.replace(
        analysis, article=dataclasses.replace(analysis.article, origin=origin)
    )


def _iso(value: datetime | str | None) -> str | None:
    if isinstance(value, datetime):
        if value.tzinfo is None:  # SQLite keeps no zone; the store writes UTC.
            value = value.replace(tzinfo=UTC)
        return value.isoformat()
    return value
