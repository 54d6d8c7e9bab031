"""The public API is `newsgraph.__all__`; changing it is a decision, not an accident."""

from __future__ import annotations

import subprocess
import sys

import newsgraph

EXPECTED = {
    "SCHEMA_VERSION", "Actor", "Amount", "Analysis", "Argument", "Article", "Engine", "Entity",
    "ErrorInfo", "Event", "FailedItem", "IngestReport", "NewsgraphError", "Place", "Quote",
    "Settings", "Span", "Speaker", "Tag", "TimeExpression", "Tone", "Via", "__version__", "analyze",
}


def test_public_api_all_is_guarded() -> None:
    assert set(newsgraph.__all__) == EXPECTED
    for name in newsgraph.__all__:
        assert hasattr(newsgraph, name)


def test_public_api_import_is_light() -> None:
    """Importing newsgraph loads no spaCy, no SQLAlchemy, no model."""
    code = (
        "import sys, newsgraph; heavy = [m for m in ('spacy', 'sqlalchemy', 'trafilatura', 'torch') "
        "if m in sys.modules]; print(','.join(heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
