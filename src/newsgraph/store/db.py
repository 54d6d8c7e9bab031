"""Database engines for the store: SQLite files (default) and PostgreSQL (psycopg 3).

Writers are serialised so "is it stored already?" and the write that follows see the same
state, also across the processes of a batch: on SQLite every write transaction starts with
``BEGIN IMMEDIATE`` (the file's write lock, waited for up to `BUSY_TIMEOUT_S`), on
PostgreSQL it takes a transaction-level advisory lock.
"""

from __future__ import annotations

import importlib.resources
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.pool import StaticPool

from newsgraph.errors import StoreError

BUSY_TIMEOUT_S = 60.0
# An arbitrary constant naming newsgraph's writer lock among PostgreSQL advisory locks.
PG_WRITE_LOCK = 0x6E657773
_WRITE = "newsgraph_write"


def normalise_url(url: str) -> URL:
    """An SQLAlchemy URL with a driver we ship: ``postgresql://`` becomes psycopg 3."""
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise StoreError(f"not a database URL: {url!r}") from exc
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.get_backend_name() not in ("sqlite", "postgresql"):
        raise StoreError(f"unsupported database (use sqlite or postgresql): {parsed.drivername}")
    return parsed


def sqlite_path(url: URL) -> Path | None:
    """The file of a SQLite URL, None for other databases and in-memory SQLite."""
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    if str(url.database).startswith("file:"):
        return None
    return Path(str(url.database))


def create_db_engine(url: URL) -> Engine:
    if url.get_backend_name() == "sqlite":
        return _sqlite_engine(url)
    return create_engine(url, pool_pre_ping=True, future=True)


def _sqlite_engine(url: URL) -> Engine:
    kwargs: dict[str, Any] = {"connect_args": {"timeout": BUSY_TIMEOUT_S}}
    memory = sqlite_path(url) is None
    if memory:
        # One shared connection, or every checkout would see a new empty database.
        kwargs["poolclass"] = StaticPool
        kwargs["connect_args"]["check_same_thread"] = False
    engine = create_engine(url, **kwargs)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Take transactions out of pysqlite's hands so BEGIN IMMEDIATE can be issued.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        if not memory:
            # WAL: readers (the web app) are not blocked while a batch writes.
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        write = conn.get_execution_options().get(_WRITE, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine


@contextmanager
def write_transaction(engine: Engine) -> Iterator[Connection]:
    """A transaction that holds the store's writer lock; commits on success, else rolls back."""
    with engine.connect() as conn:
        conn.execution_options(**{_WRITE: True})
        with conn.begin():
            if engine.dialect.name == "postgresql":
                conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": PG_WRITE_LOCK})
            yield conn


@contextmanager
def database_errors(url: URL) -> Iterator[None]:
    """Turn driver errors into StoreError (E400), naming the database without its password."""
    try:
        yield
    except SQLAlchemyError as exc:
        where = url.render_as_string(hide_password=True)
        detail = str(getattr(exc, "orig", None) or exc).strip().splitlines()
        raise StoreError(f"{where}: {detail[0] if detail else type(exc).__name__}") from exc


def migrations_path() -> Path:
    return Path(str(importlib.resources.files("newsgraph.store") / "migrations"))


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Run the Alembic migrations up to `revision` inside one writer transaction."""
    from alembic import command

    _migrate(engine, command.upgrade, revision)


def downgrade(engine: Engine, revision: str) -> None:
    """Undo migrations down to `revision` ("base" drops everything), in one transaction."""
    from alembic import command

    _migrate(engine, command.downgrade, revision)


def _migrate(engine: Engine, step: Callable[[Any, str], None], revision: str) -> None:
    from alembic.config import Config

    config = Config(str(Path(str(importlib.resources.files("newsgraph.store"))) / "alembic.ini"))
    config.set_main_option("script_location", str(migrations_path()))
    with write_transaction(engine) as conn:
        config.attributes["connection"] = conn
        step(config, revision)


def current_revision(engine: Engine) -> str | None:
    from alembic.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()
