"""Shared fixtures. `../shared` (read-only data beside the clone) is found next to the repo
or through NEWSGRAPH_SHARED; tests that need it are skipped, loudly, when it is absent."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

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
