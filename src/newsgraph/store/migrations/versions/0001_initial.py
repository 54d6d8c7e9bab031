"""The initial schema: articles, one table per record type, ingest errors, full-text index.

Revision ID: 0001
Revises:
Create Date: 2026-11-28
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# SQLite: an FTS5 external-content index over articles(title, text), keyed by doc_id; the
# store keeps it in sync in the transaction that writes the article. Porter stemming so
# "sanctions" finds "sanctioned", like PostgreSQL's english configuration.
SQLITE_FTS = (
    "CREATE VIRTUAL TABLE articles_fts USING fts5("
    "title, text, content='articles', content_rowid='doc_id', "
    "tokenize='porter unicode61 remove_diacritics 2')"
)
# PostgreSQL: a generated tsvector (title weighted above the body) with a GIN index.
PG_SEARCH_VECTOR = (
    "ALTER TABLE articles ADD COLUMN search_vector tsvector GENERATED ALWAYS AS ("
    "setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A') || "
    "setweight(to_tsvector('english'::regconfig, text), 'B')) STORED"
)
PG_SEARCH_INDEX = "CREATE INDEX ix_articles_search_vector ON articles USING gin (search_vector)"


def _create_full_text_index() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute(SQLITE_FTS)
    elif dialect == "postgresql":
        op.execute(PG_SEARCH_VECTOR)
        op.execute(PG_SEARCH_INDEX)


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("id", sa.String(length=1000), nullable=False),
        sa.Column("doc_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("source", sa.Text(), nullable=True),
        sa.Column("published", sa.Text(), nullable=True),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("language", sa.Text(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("dateline", sa.Text(), nullable=True),
        sa.Column("origin", sa.Text(), nullable=True),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("schema_version", sa.Text(), nullable=False),
        sa.Column("extractor_versions", sa.JSON(), nullable=False),
        sa.Column("counts", sa.JSON(), nullable=False),
        sa.Column("analysed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("record", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("doc_id"),
    )
    op.create_index(op.f("ix_articles_analysed_at"), "articles", ["analysed_at"], unique=False)
    op.create_index(op.f("ix_articles_published"), "articles", ["published"], unique=False)

    op.create_table(
        "ingest_errors",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("input", sa.Text(), nullable=True),
        sa.Column("code", sa.Text(), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("article_id", sa.String(length=1000), nullable=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_ingest_errors_at"), "ingest_errors", ["at"], unique=False)
    op.create_index(op.f("ix_ingest_errors_code"), "ingest_errors", ["code"], unique=False)

    op.create_table(
        "amounts",
        sa.Column("article_id", sa.String(length=1000), nullable=False),
        sa.Column("id", sa.String(length=128), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("start_char", sa.Integer(), nullable=False),
        sa.Column("end_char", sa.Integer(), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("unit", sa.Text(), nullable=False),
        sa.Column("measure", sa.Text(), nullable=True),
        sa.Column("date", sa.Text(), nullable=True),
        sa.Column("extractor", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("article_id", "id"),
    )
    op.create_table(
        "entities",
        sa.Column("article_id", sa.String(length=1000), nullable=False),
        sa.Column("id", sa.String(length=128), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("type", sa.Text(), nullable=False),
        sa.Column("titles", sa.JSON(), nullable=False),
        sa.Column("actor_code", sa.Text(), nullable=True),
        sa.Column("actor_country", sa.Text(), nullable=True),
        sa.Column("actor_role", sa.Text(), nullable=True),
        sa.Column("kb_id", sa.Text(), nullable=True),
        sa.Column("evidence", sa.JSON(), nullable=False),
        sa.Column("extractor", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("article_id", "id"),
    )
    op.create_index("ix_entities_actor_code", "entities", ["actor_code"], unique=False)
    op.create_index("ix_entities_kb_id", "entities", ["kb_id"], unique=False)
    op.create_index("ix_entities_name", "entities", ["name"], unique=False)

    op.create_table(
        "events",
        sa.Column("article_id", sa.String(length=1000), nullable=False),
        sa.Column("id", sa.String(length=128), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("code", sa.Text(), nullable=False),
        sa.Column("root_code", sa.Text(), nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("quad_class", sa.Integer(), nullable=False),
        sa.Column("goldstein", sa.Float(), nullable=False),
        sa.Column("plover", sa.Text(), nullable=True),
        sa.Column("source_entity", sa.Text(), nullable=True),
        sa.Column("source_text", sa.Text(), nullable=True),
        sa.Column("source_actor_code", sa.Text(), nullable=True),
        sa.Column("source_start", sa.Integer(), nullable=True),
        sa.Column("source_end", sa.Integer(), nullable=True),
        sa.Column("target_entity", sa.Text(), nullable=True),
        sa.Column("target_text", sa.Text(), nullable=True),
        sa.Column("target_actor_code", sa.Text(), nullable=True),
        sa.Column("target_start", sa.Integer(), nullable=True),
        sa.Column("target_end", sa.Integer(), nullable=True),
        sa.Column("date", sa.Text(), nullable=True),
        sa.Column("when_start", sa.String(length=10), nullable=True),
        sa.Column("when_end", sa.String(length=10), nullable=True),
        sa.Column("place", sa.Text(), nullable=True),
        sa.Column("negated", sa.Boolean(), nullable=False),
        sa.Column("mode", sa.Text(), nullable=False),
        sa.Column("sentence_start", sa.Integer(), nullable=False),
        sa.Column("sentence_end", sa.Integer(), nullable=False),
        sa.Column("trigger_start", sa.Integer(), nullable=False),
        sa.Column("trigger_end", sa.Integer(), nullable=False),
        sa.Column("trigger_text", sa.Text(), nullable=False),
        sa.Column("rule", sa.Text(), nullable=False),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.Column("extractor", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("article_id", "id"),
    )
    op.create_index("ix_events_date", "events", ["date"], unique=False)
    op.create_index("ix_events_root_code", "events", ["root_code"], unique=False)
    op.create_index(
        "ix_events_source_actor_code",
        "events",
        ["source_actor_code"],
        unique=False,
        postgresql_ops={"source_actor_code": "text_pattern_ops"},
    )
    op.create_index(
        "ix_events_target_actor_code",
        "events",
        ["target_actor_code"],
        unique=False,
        postgresql_ops={"target_actor_code": "text_pattern_ops"},
    )
    op.create_index("ix_events_when", "events", ["when_start", "when_end"], unique=False)

    op.create_table(
        "places",
        sa.Column("article_id", sa.String(length=1000), nullable=False),
        sa.Column("id", sa.String(length=128), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("country", sa.Text(), nullable=True),
        sa.Column("lat", sa.Float(), nullable=True),
        sa.Column("lon", sa.Float(), nullable=True),
        sa.Column("geonames_id", sa.Integer(), nullable=True),
        sa.Column("feature", sa.Text(), nullable=True),
        sa.Column("role", sa.Text(), nullable=True),
        sa.Column("extractor", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("article_id", "id"),
    )
    op.create_index("ix_places_geonames_id", "places", ["geonames_id"], unique=False)
    op.create_index("ix_places_name", "places", ["name"], unique=False)

    op.create_table(
        "quotes",
        sa.Column("article_id", sa.String(length=1000), nullable=False),
        sa.Column("id", sa.String(length=128), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("start_char", sa.Integer(), nullable=False),
        sa.Column("end_char", sa.Integer(), nullable=False),
        sa.Column("kind", sa.Text(), nullable=False),
        sa.Column("speaker_entity", sa.Text(), nullable=True),
        sa.Column("speaker_text", sa.Text(), nullable=True),
        sa.Column("speaker_start", sa.Integer(), nullable=True),
        sa.Column("speaker_end", sa.Integer(), nullable=True),
        sa.Column("cue", sa.Text(), nullable=True),
        sa.Column("via", sa.JSON(), nullable=False),
        sa.Column("extractor", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("article_id", "id"),
    )
    op.create_index(
        "ix_quotes_speaker_entity", "quotes", ["article_id", "speaker_entity"], unique=False
    )

    op.create_table(
        "tags",
        sa.Column("article_id", sa.String(length=1000), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("evidence", sa.JSON(), nullable=False),
        sa.Column("extractor", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("article_id", "seq"),
    )
    op.create_index("ix_tags_label", "tags", ["label"], unique=False)

    op.create_table(
        "times",
        sa.Column("article_id", sa.String(length=1000), nullable=False),
        sa.Column("id", sa.String(length=128), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("start_char", sa.Integer(), nullable=False),
        sa.Column("end_char", sa.Integer(), nullable=False),
        sa.Column("type", sa.Text(), nullable=False),
        sa.Column("value", sa.Text(), nullable=True),
        sa.Column("anchored", sa.Boolean(), nullable=False),
        sa.Column("extractor", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("article_id", "id"),
    )
    op.create_table(
        "tone",
        sa.Column("article_id", sa.String(length=1000), nullable=False),
        sa.Column("tone", sa.Float(), nullable=False),
        sa.Column("positive", sa.Float(), nullable=False),
        sa.Column("negative", sa.Float(), nullable=False),
        sa.Column("polarity", sa.Float(), nullable=False),
        sa.Column("word_count", sa.Integer(), nullable=False),
        sa.Column("activity", sa.Float(), nullable=True),
        sa.Column("self_reference", sa.Float(), nullable=True),
        sa.Column("group_reference", sa.Float(), nullable=True),
        sa.Column("extractor", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("article_id"),
    )
    op.create_table(
        "entity_mentions",
        sa.Column("article_id", sa.String(length=1000), nullable=False),
        sa.Column("entity_id", sa.String(length=128), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("start_char", sa.Integer(), nullable=False),
        sa.Column("end_char", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id", "entity_id"], ["entities.article_id", "entities.id"], ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("article_id", "entity_id", "seq"),
    )
    op.create_table(
        "place_mentions",
        sa.Column("article_id", sa.String(length=1000), nullable=False),
        sa.Column("place_id", sa.String(length=128), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("start_char", sa.Integer(), nullable=False),
        sa.Column("end_char", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id", "place_id"], ["places.article_id", "places.id"], ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("article_id", "place_id", "seq"),
    )
    _create_full_text_index()


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS articles_fts")
    op.drop_table("place_mentions")
    op.drop_table("entity_mentions")
    op.drop_table("tone")
    op.drop_table("times")
    op.drop_table("tags")
    op.drop_table("quotes")
    op.drop_table("places")
    op.drop_table("events")
    op.drop_table("entities")
    op.drop_table("amounts")
    op.drop_table("ingest_errors")
    op.drop_table("articles")
