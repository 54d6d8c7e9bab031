"""The store's tables: one row per article, one table per record type.

Every annotation table is keyed by (article_id, local id) so one article's rows can be
replaced as a unit. Offsets are stored as ``start_char``/``end_char`` (``end`` is an SQL
keyword). The article row also keeps the whole contract record as JSON, so `Store.get`
returns exactly what was saved; the flattened tables serve filters and joins.

The migrations in ``migrations/versions`` create exactly these tables (a test compares
them), plus the full-text index that is not a model: the ``articles_fts`` FTS5 table on
SQLite and the ``search_vector`` tsvector column on PostgreSQL.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar, cast

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    String,
    Table,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Key columns are bounded so PostgreSQL btree entries stay small; other text is unbounded
# (extractors may produce longer codes or names than foreseen, and that must not fail a save).
# A local id: "e1", "ev12".
ID_LENGTH = 128
ARTICLE_ID_LENGTH = 1000


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON, list[Any]: JSON}


def _article_fk() -> Mapped[str]:
    return mapped_column(
        String(ARTICLE_ID_LENGTH),
        ForeignKey("articles.id", ondelete="CASCADE"),
        primary_key=True,
    )


class ArticleRow(Base):
    __tablename__ = "articles"

    id: Mapped[str] = mapped_column(String(ARTICLE_ID_LENGTH), primary_key=True)
    # Stable integer key of the article for the FTS5 external-content table (a SQLite
    # rowid that is not an INTEGER PRIMARY KEY may change on VACUUM).
    doc_id: Mapped[int] = mapped_column(Integer, unique=True)
    title: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str | None] = mapped_column(Text)
    published: Mapped[str | None] = mapped_column(Text, index=True)
    url: Mapped[str | None] = mapped_column(Text)
    language: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    dateline: Mapped[str | None] = mapped_column(Text)
    origin: Mapped[str | None] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(64))
    schema_version: Mapped[str] = mapped_column(Text)
    extractor_versions: Mapped[dict[str, Any]] = mapped_column(JSON)
    counts: Mapped[dict[str, Any]] = mapped_column(JSON)
    analysed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    record: Mapped[dict[str, Any]] = mapped_column(JSON)


class EntityRow(Base):
    __tablename__ = "entities"
    __table_args__ = (
        Index("ix_entities_name", "name"),
        Index("ix_entities_actor_code", "actor_code"),
        Index("ix_entities_kb_id", "kb_id"),
    )

    article_id: Mapped[str] = _article_fk()
    id: Mapped[str] = mapped_column(String(ID_LENGTH), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text)
    type: Mapped[str] = mapped_column(Text)
    titles: Mapped[list[Any]] = mapped_column(JSON)
    actor_code: Mapped[str | None] = mapped_column(Text)
    actor_country: Mapped[str | None] = mapped_column(Text)
    actor_role: Mapped[str | None] = mapped_column(Text)
    kb_id: Mapped[str | None] = mapped_column(Text)
    evidence: Mapped[list[Any]] = mapped_column(JSON)
    extractor: Mapped[str] = mapped_column(Text)


class EntityMentionRow(Base):
    __tablename__ = "entity_mentions"
    __table_args__ = (
        ForeignKeyConstraint(
            ["article_id", "entity_id"],
            ["entities.article_id", "entities.id"],
            ondelete="CASCADE",
        ),
    )

    article_id: Mapped[str] = _article_fk()
    entity_id: Mapped[str] = mapped_column(String(ID_LENGTH), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    start_char: Mapped[int] = mapped_column(Integer)
    end_char: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)


class EventRow(Base):
    __tablename__ = "events"
    __table_args__ = (
        # Actor filters are code prefixes ("RUS" matches "RUSGOV"): on PostgreSQL a LIKE
        # prefix can only use a btree built with the pattern operator class.
        Index(
            "ix_events_source_actor_code",
            "source_actor_code",
            postgresql_ops={"source_actor_code": "text_pattern_ops"},
        ),
        Index(
            "ix_events_target_actor_code",
            "target_actor_code",
            postgresql_ops={"target_actor_code": "text_pattern_ops"},
        ),
        Index("ix_events_root_code", "root_code"),
        Index("ix_events_date", "date"),
        Index("ix_events_when", "when_start", "when_end"),
    )

    article_id: Mapped[str] = _article_fk()
    id: Mapped[str] = mapped_column(String(ID_LENGTH), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(Text)
    root_code: Mapped[str] = mapped_column(Text)
    label: Mapped[str] = mapped_column(Text)
    quad_class: Mapped[int] = mapped_column(Integer)
    goldstein: Mapped[float] = mapped_column(Float)
    plover: Mapped[str | None] = mapped_column(Text)
    source_entity: Mapped[str | None] = mapped_column(Text)
    source_text: Mapped[str | None] = mapped_column(Text)
    source_actor_code: Mapped[str | None] = mapped_column(Text)
    source_start: Mapped[int | None] = mapped_column(Integer)
    source_end: Mapped[int | None] = mapped_column(Integer)
    target_entity: Mapped[str | None] = mapped_column(Text)
    target_text: Mapped[str | None] = mapped_column(Text)
    target_actor_code: Mapped[str | None] = mapped_column(Text)
    target_start: Mapped[int | None] = mapped_column(Integer)
    target_end: Mapped[int | None] = mapped_column(Integer)
    date: Mapped[str | None] = mapped_column(Text)
    # The span of days the event may fall on, for since/until filters: its own date
    # ("2025-11" -> 2025-11-01..2025-11-30), else the article's publication day.
    when_start: Mapped[str | None] = mapped_column(String(10))
    when_end: Mapped[str | None] = mapped_column(String(10))
    place: Mapped[str | None] = mapped_column(Text)
    negated: Mapped[bool] = mapped_column(Boolean)
    mode: Mapped[str] = mapped_column(Text)
    sentence_start: Mapped[int] = mapped_column(Integer)
    sentence_end: Mapped[int] = mapped_column(Integer)
    trigger_start: Mapped[int] = mapped_column(Integer)
    trigger_end: Mapped[int] = mapped_column(Integer)
    trigger_text: Mapped[str] = mapped_column(Text)
    rule: Mapped[str] = mapped_column(Text)
    confidence: Mapped[float] = mapped_column(Float)
    extractor: Mapped[str] = mapped_column(Text)


class QuoteRow(Base):
    __tablename__ = "quotes"
    __table_args__ = (Index("ix_quotes_speaker_entity", "article_id", "speaker_entity"),)

    article_id: Mapped[str] = _article_fk()
    id: Mapped[str] = mapped_column(String(ID_LENGTH), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    start_char: Mapped[int] = mapped_column(Integer)
    end_char: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(Text)
    speaker_entity: Mapped[str | None] = mapped_column(Text)
    speaker_text: Mapped[str | None] = mapped_column(Text)
    speaker_start: Mapped[int | None] = mapped_column(Integer)
    speaker_end: Mapped[int | None] = mapped_column(Integer)
    cue: Mapped[str | None] = mapped_column(Text)
    via: Mapped[list[Any]] = mapped_column(JSON)
    extractor: Mapped[str] = mapped_column(Text)


class TimeRow(Base):
    __tablename__ = "times"

    article_id: Mapped[str] = _article_fk()
    id: Mapped[str] = mapped_column(String(ID_LENGTH), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    start_char: Mapped[int] = mapped_column(Integer)
    end_char: Mapped[int] = mapped_column(Integer)
    type: Mapped[str] = mapped_column(Text)
    value: Mapped[str | None] = mapped_column(Text)
    anchored: Mapped[bool] = mapped_column(Boolean)
    extractor: Mapped[str] = mapped_column(Text)


class PlaceRow(Base):
    __tablename__ = "places"
    __table_args__ = (
        Index("ix_places_name", "name"),
        Index("ix_places_geonames_id", "geonames_id"),
    )

    article_id: Mapped[str] = _article_fk()
    id: Mapped[str] = mapped_column(String(ID_LENGTH), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text)
    country: Mapped[str | None] = mapped_column(Text)
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    geonames_id: Mapped[int | None] = mapped_column(Integer)
    feature: Mapped[str | None] = mapped_column(Text)
    role: Mapped[str | None] = mapped_column(Text)
    extractor: Mapped[str] = mapped_column(Text)


class PlaceMentionRow(Base):
    __tablename__ = "place_mentions"
    __table_args__ = (
        ForeignKeyConstraint(
            ["article_id", "place_id"],
            ["places.article_id", "places.id"],
            ondelete="CASCADE",
        ),
    )

    article_id: Mapped[str] = _article_fk()
    place_id: Mapped[str] = mapped_column(String(ID_LENGTH), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    start_char: Mapped[int] = mapped_column(Integer)
    end_char: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)


class AmountRow(Base):
    __tablename__ = "amounts"

    article_id: Mapped[str] = _article_fk()
    id: Mapped[str] = mapped_column(String(ID_LENGTH), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    start_char: Mapped[int] = mapped_column(Integer)
    end_char: Mapped[int] = mapped_column(Integer)
    value: Mapped[float] = mapped_column(Float)
    unit: Mapped[str] = mapped_column(Text)
    measure: Mapped[str | None] = mapped_column(Text)
    date: Mapped[str | None] = mapped_column(Text)
    extractor: Mapped[str] = mapped_column(Text)


class TagRow(Base):
    """Tags have no id in the record: their position in the list is the local key."""

    __tablename__ = "tags"
    __table_args__ = (Index("ix_tags_label", "label"),)

    article_id: Mapped[str] = _article_fk()
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    label: Mapped[str] = mapped_column(Text)
    score: Mapped[float] = mapped_column(Float)
    evidence: Mapped[list[Any]] = mapped_column(JSON)
    extractor: Mapped[str] = mapped_column(Text)


class ToneRow(Base):
    __tablename__ = "tone"

    article_id: Mapped[str] = _article_fk()
    tone: Mapped[float] = mapped_column(Float)
    positive: Mapped[float] = mapped_column(Float)
    negative: Mapped[float] = mapped_column(Float)
    polarity: Mapped[float] = mapped_column(Float)
    word_count: Mapped[int] = mapped_column(Integer)
    activity: Mapped[float | None] = mapped_column(Float)
    self_reference: Mapped[float | None] = mapped_column(Float)
    group_reference: Mapped[float | None] = mapped_column(Float)
    extractor: Mapped[str] = mapped_column(Text)


class IngestErrorRow(Base):
    """An input that could not be analysed; kept so a batch's failures can be reviewed."""

    __tablename__ = "ingest_errors"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    input: Mapped[str | None] = mapped_column(Text)
    code: Mapped[str] = mapped_column(Text, index=True)
    message: Mapped[str] = mapped_column(Text)
    article_id: Mapped[str | None] = mapped_column(String(ARTICLE_ID_LENGTH))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)


class KbEntityRow(Base):
    """One real-world referent across articles (the entity registry, link/registry.py)."""

    __tablename__ = "kb_entities"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(Text, index=True)
    type: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class KbAliasRow(Base):
    """A normalised name or mention text that points to a registry entity."""

    __tablename__ = "kb_aliases"
    __table_args__ = (Index("ix_kb_aliases_kb_id", "kb_id"),)

    alias: Mapped[str] = mapped_column(String(300), primary_key=True)
    type: Mapped[str] = mapped_column(String(16), primary_key=True)
    kb_id: Mapped[str] = mapped_column(
        String(64), ForeignKey("kb_entities.id", ondelete="CASCADE"), primary_key=True
    )


class KbLinkRow(Base):
    """An article's entity linked to a registry entity, with what that article said of it
    (titles, actor code) and when (the article's publication day): roles over time."""

    __tablename__ = "kb_links"
    __table_args__ = (Index("ix_kb_links_kb_id", "kb_id"),)

    article_id: Mapped[str] = _article_fk()
    entity_id: Mapped[str] = mapped_column(String(ID_LENGTH), primary_key=True)
    kb_id: Mapped[str] = mapped_column(String(64), ForeignKey("kb_entities.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(Text)
    mentions: Mapped[int] = mapped_column(Integer)
    published: Mapped[str | None] = mapped_column(String(10))
    titles: Mapped[list[Any]] = mapped_column(JSON)
    actor_code: Mapped[str | None] = mapped_column(Text)
    actor_country: Mapped[str | None] = mapped_column(Text)
    actor_role: Mapped[str | None] = mapped_column(Text)
    # True when the actor code came from the registry rather than from this article's text.
    actor_from_registry: Mapped[bool] = mapped_column(Boolean)


# Child tables in the order their rows are deleted (mentions before their parents).
# Made by the migrations, not modelled here: Alembic's model comparison must skip them.
FULL_TEXT_OBJECTS = frozenset({"articles_fts", "search_vector", "ix_articles_search_vector"})


def include_object(
    obj: object, name: str | None, type_: str, reflected: bool, compare_to: object
) -> bool:
    """Alembic's filter: every object but the full-text index (and FTS5's shadow tables)."""
    return not (name in FULL_TEXT_OBJECTS or (name or "").startswith("articles_fts_"))


def table_of(model: type[Base]) -> Table:
    return cast(Table, model.__table__)


ANNOTATION_TABLES: tuple[Table, ...] = tuple(
    table_of(model)
    for model in (
        KbLinkRow,
        EntityMentionRow,
        PlaceMentionRow,
        EntityRow,
        EventRow,
        QuoteRow,
        TimeRow,
        PlaceRow,
        AmountRow,
        TagRow,
        ToneRow,
    )
)
