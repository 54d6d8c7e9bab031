"""Alembic environment: migrations run on a connection the store hands over.

`newsgraph.store.db.upgrade` passes its connection (inside the store's writer lock) in
``config.attributes["connection"]``; from the alembic CLI the URL comes from ``-x db=URL``,
then ``sqlalchemy.url``, then ``NEWSGRAPH_DB``.
"""

from __future__ import annotations

import os

from alembic import context
from sqlalchemy import Connection

from newsgraph.store.db import create_db_engine, normalise_url
from newsgraph.store.schema import Base, include_object


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        include_object=include_object,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    config = context.config
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    url = (
        context.get_x_argument(as_dictionary=True).get("db")
        or config.get_main_option("sqlalchemy.url")
        or os.environ.get("NEWSGRAPH_DB", "")
    )
    if not url:
        raise SystemExit("give the database: alembic -x db=URL ... (or set NEWSGRAPH_DB)")
    engine = create_db_engine(normalise_url(url))
    try:
        with engine.connect() as conn:
            _run(conn)
    finally:
        engine.dispose()


if context.is_offline_mode():
    raise SystemExit("newsgraph's migrations run online only (they differ per database)")
run_migrations_online()
