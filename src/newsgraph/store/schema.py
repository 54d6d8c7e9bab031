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
from typing import Any

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
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# A local id ("e1", "ev12") or a short code: bounded so PostgreSQL indexes stay small.
ID_LENGTH = 64
ARTICLE_ID_LENGTH = 256


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


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
    published: Mapped[str | None] = mapped_column(String(64), index=True)
    url: Mapped[str | None] = mapped_column(Text)
    language: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text)
    dateline: Mapped[str | None] = mapped_column(Text)
    origin: Mapped[str | None] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(64))
    schema_version: Mapped[str] = mapped_column(String(16))
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
    type: Mapped[str] = mapped_column(String(16))
    titles: Mapped[list[Any]] = mapped_column(JSON)
    actor_code: Mapped[str | None] = mapped_column(String(ID_LENGTH))
    actor_country: Mapped[str | None] = mapped_column(String(16))
    actor_role: Mapped[str | None] = mapped_column(String(ID_LENGTH))
    kb_id: Mapped[str | None] = mapped_column(Text)
    evidence: Mapped[list[Any]] = mapped_column(JSON)
    extractor: Mapped[str] = mapped_column(String(ID_LENGTH))


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
        Index("ix_events_source_actor_code", "source_actor_code"),
        Index("ix_events_target_actor_code", "target_actor_code"),
        Index("ix_events_root_code", "root_code"),
        Index("ix_events_date", "date"),
        Index("ix_events_when", "when_start", "when_end"),
    )

    article_id: Mapped[str] = _article_fk()
    id: Mapped[str] = mapped_column(String(ID_LENGTH), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(16))
    root_code: Mapped[str] = mapped_column(String(16))
    label: Mapped[str] = mapped_column(Text)
    quad_class: Mapped[int] = mapped_column(Integer)
    goldstein: Mapped[float] = mapped_column(Float)
    plover: Mapped[str | None] = mapped_column(String(ID_LENGTH))
    source_entity: Mapped[str | None] = mapped_column(String(ID_LENGTH))
    source_text: Mapped[str | None] = mapped_column(Text)
    source_actor_code: Mapped[str | None] = mapped_column(String(ID_LENGTH))
    source_start: Mapped[int | None] = mapped_column(Integer)
    source_end: Mapped[int | None] = mapped_column(Integer)
    target_entity: Mapped[str | None] = mapped_column(String(ID_LENGTH))
    target_text: Mapped[str | None] = mapped_column(Text)
    target_actor_code: Mapped[str | None] = mapped_column(String(ID_LENGTH))
    target_start: Mapped[int | None] = mapped_column(Integer)
    target_end: Mapped[int | None] = mapped_column(Integer)
    date: Mapped[str | None] = mapped_column(String(16))
    # The span of days the event may fall on, for since/until filters: its own date
    # ("2025-11" -> 2025-11-01..2025-11-30), else the article's publication day.
    when_start: Mapped[str | None] = mapped_column(String(10))
    when_end: Mapped[str | None] = mapped_column(String(10))
    place: Mapped[str | None] = mapped_column(String(ID_LENGTH))
    negated: Mapped[bool] = mapped_column(Boolean)
    mode: Mapped[str] = mapped_column(String(32))
    sentence_start: Mapped[int] = mapped_column(Integer)
    sentence_end: Mapped[int] = mapped_column(Integer)
    trigger_start: Mapped[int] = mapped_column(Integer)
    trigger_end: Mapped[int] = mapped_column(Integer)
    trigger_text: Mapped[str] = mapped_column(Text)
    rule: Mapped[str] = mapped_column(Text)
    confidence: Mapped[float] = mapped_column(Float)
    extractor: Mapped[str] = mapped_column(String(ID_LENGTH))


class QuoteRow(Base):
    __tablename__ = "quotes"
    __table_args__ = (Index("ix_quotes_speaker_entity", "article_id", "speaker_entity"),)

    article_id: Mapped[str] = _article_fk()
    id: Mapped[str] = mapped_column(String(ID_LENGTH), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    start_char: Mapped[int] = mapped_column(Integer)
    end_char: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))
    speaker_entity: Mapped[str | None] = mapped_column(String(ID_LENGTH))
    speaker_text: Mapped[str | None] = mapped_column(Text)
    speaker_start: Mapped[int | None] = mapped_column(Integer)
    speaker_end: Mapped[int | None] = mapped_column(Integer)
    cue: Mapped[str | None] = mapped_column(Text)
    via: Mapped[list[Any]] = mapped_column(JSON)
    extractor: Mapped[str] = mapped_column(String(ID_LENGTH))


class TimeRow(Base):
    __tablename__ = "times"

    article_id: Mapped[str] = _article_fk()
    id: Mapped[str] = mapped_column(String(ID_LENGTH), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    start_char: Mapped[int] = mapped_column(Integer)
    end_char: Mapped[int] = mapped_column(Integer)
    type: Mapped[str] = mapped_column(String(16))
    value: Mapped[str | None] = mapped_column(Text)
    anchored: Mapped[bool] = mapped_column(Boolean)
    extractor: Mapped[str] = mapped_column(String(ID_LENGTH))


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
    country: Mapped[str | None] = mapped_column(String(16))
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    geonames_id: Mapped[int | None] = mapped_column(Integer)
    feature: Mapped[str | None] = mapped_column(String(ID_LENGTH))
    role: Mapped[str | None] = mapped_column(String(ID_LENGTH))
    extractor: Mapped[str] = mapped_column(String(ID_LENGTH))


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
    unit: Mapped[str] = mapped_column(String(ID_LENGTH))
    measure: Mapped[str | None] = mapped_column(Text)
    date: Mapped[str | None] = mapped_column(String(16))
    extractor: Mapped[str] = mapped_column(String(ID_LENGTH))


class TagRow(Base):
    """Tags have no id in the record: their position in the list is the local key."""

    __tablename__ = "tags"
    __table_args__ = (Index("ix_tags_label", "label"),)

    article_id: Mapped[str] = _article_fk()
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    label: Mapped[str] = mapped_column(Text)
    score: Mapped[float] = mapped_column(Float)
    evidence: Mapped[list[Any]] = mapped_column(JSON)
    extractor: Mapped[str] = mapped_column(String(ID_LENGTH))


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
    extractor: Mapped[str] = mapped_column(String(ID_LENGTH))


class IngestErrorRow(Base):
    """An input that could not be analysed; kept so a batch's failures can be reviewed."""

    __tablename__ = "ingest_errors"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    input: Mapped[str | None] = mapped_column(Text)
    code: Mapped[str] = mapped_column(String(16), index=True)
    message: Mapped[str] = mapped_column(Text)
    article_id: Mapped[str | None] = mapped_column(String(ARTICLE_ID_LENGTH))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)


# Child tables in the order their rows are deleted (mentions before their parents).
ANNOTATION_TABLES = (
    EntityMentionRow.__table__,
    PlaceMentionRow.__table__,
    EntityRow.__table__,
    EventRow.__table__,
    QuoteRow.__table__,
    TimeRow.__table__,
    PlaceRow.__table__,
    AmountRow.__table__,
    TagRow.__table__,
    ToneRow.__table__,
)
