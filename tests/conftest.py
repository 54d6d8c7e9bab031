"""Shared fixtures. `../shared` (read-only data beside the clone) is found next to the repo
or through NEWSGRAPH_SHARED; tests that need it are skipped, loudly, when it is absent."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from newsgraph.store import Store

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSGRAPH_SHARED", ROOT.parent / "shared")).resolve()


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"../shared not found at {SHARED}")
    return SHARED


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    """The default spaCy pipeline, loaded once for the whole test session."""
    from newsgraph.nlp import load_pipeline
    from newsgraph.settings import Settings

    return load_pipeline(Settings().model)


@pytest.fixture()
def tmp_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("NEWSGRAPH_HOME", str(tmp_path))
    monkeypatch.delenv("NEWSGRAPH_DB", raising=False)
    return tmp_path


# ---------------------------------------------------------------- databases (SQLite and PostgreSQL)

PG_URL = os.environ.get("NEWSGRAPH_TEST_PG_URL", "")
BACKENDS = [
    "sqlite",
    pytest.param(
        "postgresql",
        marks=[
            pytest.mark.postgres,
            pytest.mark.skipif(
                not PG_URL,
                reason="NEWSGRAPH_TEST_PG_URL is not set (start a server with .ci/postgres.sh)",
            ),
        ],
    ),
]


@pytest.fixture(params=BACKENDS)
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.db'}"
        return
    with _pg_schema() as url:
        yield url


@pytest.fixture()
def pg_url() -> Iterator[str]:
    """A PostgreSQL URL with a schema of its own, for tests that need PostgreSQL beside
    SQLite in one test (mark them `postgres`); skipped without NEWSGRAPH_TEST_PG_URL."""
    if not PG_URL:
        pytest.skip("NEWSGRAPH_TEST_PG_URL is not set (start a server with .ci/postgres.sh)")
    with _pg_schema() as url:
        yield url


@contextmanager
def _pg_schema() -> Iterator[str]:
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(make_url(PG_URL).set(drivername="postgresql+psycopg"))
    with admin.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    try:
        url = make_url(PG_URL).update_query_dict({"options": f"-csearch_path={schema}"})
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.begin() as conn:
            conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated SQLite file, copied for each test: migrating per test is the slow part."""
    path = tmp_path_factory.mktemp("template") / "store.db"
    s = Store(f"sqlite:///{path}")
    s.migrate()
    s.close()
    return path


@pytest.fixture()
def store(store_url: str, sqlite_template: Path) -> Iterator[Store]:
    if store_url.startswith("sqlite"):
        shutil.copyfile(sqlite_template, make_url(store_url).database or "")
        s = Store(store_url)
    else:
        s = Store(store_url)
        s.migrate()
    yield s
    s.close()
