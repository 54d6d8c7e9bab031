"""The entity registry: one entity per referent across articles, its aliases, and the roles
each article gave it with the article's date.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "kb_entities",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("type", sa.String(16), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_kb_entities_name", "kb_entities", ["name"])
    op.create_table(
        "kb_aliases",
        sa.Column("alias", sa.String(300), primary_key=True),
        sa.Column("type", sa.String(16), primary_key=True),
        sa.Column(
            "kb_id",
            sa.String(64),
            sa.ForeignKey("kb_entities.id", ondelete="CASCADE"),
            primary_key=True,
        ),
    )
    op.create_index("ix_kb_aliases_kb_id", "kb_aliases", ["kb_id"])
    op.create_table(
        "kb_links",
        sa.Column(
            "article_id",
            sa.String(1000),
            sa.ForeignKey("articles.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("entity_id", sa.String(128), primary_key=True),
        sa.Column(
            "kb_id", sa.String(64), sa.ForeignKey("kb_entities.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("mentions", sa.Integer(), nullable=False),
        sa.Column("published", sa.String(10), nullable=True),
        sa.Column("titles", sa.JSON(), nullable=False),
        sa.Column("actor_code", sa.Text(), nullable=True),
        sa.Column("actor_country", sa.Text(), nullable=True),
        sa.Column("actor_role", sa.Text(), nullable=True),
        sa.Column("actor_from_registry", sa.Boolean(), nullable=False),
    )
    op.create_index("ix_kb_links_kb_id", "kb_links", ["kb_id"])


def downgrade() -> None:
    op.drop_index("ix_kb_links_kb_id", table_name="kb_links")
    op.drop_table("kb_links")
    op.drop_index("ix_kb_aliases_kb_id", table_name="kb_aliases")
    op.drop_table("kb_aliases")
    op.drop_index("ix_kb_entities_name", table_name="kb_entities")
    op.drop_table("kb_entities")
