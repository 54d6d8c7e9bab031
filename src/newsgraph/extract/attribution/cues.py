"""Cue-led attributions from the dependency parse: "X said (that) ...", "..., X said",
"X called for ...", "X has rejected ...", "according to X, ...", "..., saying ...".

Each finding is an `Attribution` of character spans; quotes.py turns them into records.
Which verbs are cues, and in which construction, comes from quote_verbs.tsv (rates measured
on the PolNeAR train split by training/quotes/build_lexicon.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from newsgraph.extract.attribution.lexicon import CueLexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

SUBJECTS = ("nsubj", "nsubjpass", "csubj")
# The construction a cue verb appears in; the lexicon keeps one rate per construction.
CLAUSAL, INVERTED, OBJECT, NONE = "clausal", "inverted", "object", "none"
_OBJECT_DEPS = ("dobj", "xcomp", "prep", "dative", "oprd", "attr")
_OBJECT_PREPS = frozenset({"for", "on", "about", "against", "to", "that", "of", "as"})
_PRONOUNS = frozenset({"me", "him", "her", "us", "them", "you", "it", "this", "that", "so"})
_PHRASAL_PREPS = frozenset({"for", "on", "of", "about", "against"})
_EDGE_PUNCT = frozenset(",;:—–-()")
_SOURCE_EDGE = _EDGE_PUNCT | {'"', "“", "”"}


@dataclass(slots=True)
class Attribution:
    """An attribution found in the text: character spans, cue first."""

    cue: tuple[int, int]
    content: list[tuple[int, int]]
    source: tuple[int, int] | None = None
    source_head: int | None = None  # token index of the source's head word
    via: list[tuple[int, int]] = field(default_factory=list)
    construction: str = CLAUSAL
    score: float = 1.0
    marked: bool = False  # content holds quotation marks
    anchor: int = -1  # token index of the cue word ("said", "according")

    @property
    def start(self) -> int:
        return min(s for s, _ in self.content)

    @property
    def end(self) -> int:
        return max(e for _, e in self.content)


def construction(token: Token) -> str:
    """How a would-be cue verb takes its content: the feature the lexicon's rates use."""
    if any(c.dep_ == "ccomp" for c in token.children):
        return CLAUSAL
    if token.dep_ in ("parataxis", "ccomp") and token.head.i > token.i and _has_subject(token):
        return INVERTED
    if token.dep_ == "parataxis" and token.head.i < token.i:
        return INVERTED
    if any(c.dep_ in _OBJECT_DEPS for c in token.children if c.i > token.i):
        return OBJECT
    return NONE


def _has_subject(token: Token) -> bool:
    return any(c.dep_ in SUBJECTS or c.dep_ == "agent" for c in token.children)


def find_attributions(doc: Doc, lexicon: CueLexicon, min_rate: float) -> list[Attribution]:
    """Every verb with a content that was a cue at least `min_rate` of the time in its
    construction (train split), plus every "according to X". `score` starts as that rate."""
    found: list[Attribution] = []
    text = doc.text  # spaCy rebuilds doc.text on every access: once per document
    for token in doc:
        if token.lower_ == "according":
            acc = _according_to(token)
            if acc is not None:
                found.append(acc)
            continue
        if token.pos_ not in ("VERB", "AUX", "NOUN"):
            continue
        if _quoting_as(token):
            continue  # "quoted an official as saying ...": "saying" is the cue
        kind = construction(token)
        score = lexicon.rate(token.lemma_.lower(), kind)
        if score < min_rate:
            continue
        content = _content(token, kind)
        if not content or text[content[0] : content[1]].lower() in _PRONOUNS:
            continue  # "he told me": the listener, not what was said
        source, head = source_of(token)
        if source is None and kind in (OBJECT, NONE):
            continue  # "published on Tuesday": a verb and its object, nobody speaking
        cue = _cue_span(token)
        if kind == OBJECT:
            cue, content = _phrasal_cue(token, text, cue, content)
            if content[1] <= content[0]:
                continue
        found.append(
            Attribution(
                cue=cue,
                content=[content],
                source=source,
                source_head=head,
                construction=kind,
                score=score,
                anchor=token.i,
            )
        )
    return found


def _phrasal_cue(
    token: Token, text: str, cue: tuple[int, int], content: tuple[int, int]
) -> tuple[tuple[int, int], tuple[int, int]]:
    """The cue "called for X", "warned of X": the preposition belongs to the cue, X is the content."""
    if token.i + 1 >= len(token.doc):
        return cue, content
    prep = token.nbor(1)
    if prep.dep_ != "prep" or prep.head.i != token.i or prep.lower_ not in _PHRASAL_PREPS:
        return cue, content
    if content[0] != prep.idx:
        return cue, content
    rest = text[prep.idx + len(prep.text) : content[1]]
    start = content[1] - len(rest.lstrip())
    return (cue[0], prep.idx + len(prep.text)), (start, content[1])


def _cue_span(token: Token) -> tuple[int, int]:
    start, end = token.idx, token.idx + len(token.text)
    for c in token.children:  # "called for", "pointed out"
        if c.dep_ == "prt" and c.i == token.i + 1:
            end = c.idx + len(c.text)
    return start, end


def _content(token: Token, kind: str) -> tuple[int, int] | None:
    doc = token.doc
    if kind == CLAUSAL:
        comps = [c for c in token.children if c.dep_ == "ccomp"]
        first = min(c.left_edge.i for c in comps)
        last = max(c.right_edge.i for c in comps)
        return _trim(doc[first : last + 1], exclude=token)
    if kind == INVERTED:
        head = token.head
        if head.i < token.i:
            return _trim(doc[head.left_edge.i : token.left_edge.i], exclude=token)
        return _trim(doc[token.right_edge.i + 1 : head.right_edge.i + 1], exclude=token)
    if kind == OBJECT:
        parts = [
            c
            for c in token.children
            if c.i > token.i
            and c.dep_ in _OBJECT_DEPS
            and (c.dep_ != "prep" or c.lower_ in _OBJECT_PREPS)
        ]
        if not parts:
            return None
        first = min(c.left_edge.i for c in parts)
        last = max(c.right_edge.i for c in parts)
        return _trim(doc[first : last + 1], exclude=token)
    return None


def _trim(span: Span, exclude: Token) -> tuple[int, int] | None:
    """The span's characters without edge punctuation, a stray "according to" or the cue."""
    tokens = [t for t in span if not (t.i == exclude.i or _in_according(t))]
    # A content stays in its cue's paragraph (quotes.py adds quoted continuations).
    doc = exclude.doc
    reach = doc[min(span.start, exclude.i) : max(span.end, exclude.i + 1)]
    breaks = [t.i for t in reach if "\n" in t.text]
    if breaks:
        lo = max((b for b in breaks if b < exclude.i), default=-1)
        hi = min((b for b in breaks if b > exclude.i), default=len(doc))
        tokens = [t for t in tokens if lo < t.i < hi]
    while tokens and (tokens[0].text in _EDGE_PUNCT or tokens[0].is_space):
        tokens.pop(0)
    while tokens and (tokens[-1].text in _EDGE_PUNCT or tokens[-1].is_space):
        tokens.pop()
    if not tokens:
        return None
    # Stop at the cue: a content never runs over its own cue.
    if tokens[0].i < exclude.i < tokens[-1].i:
        before = [t for t in tokens if t.i < exclude.i]
        after = [t for t in tokens if t.i > exclude.i]
        tokens = before if len(before) >= len(after) else after
        while tokens and tokens[-1].text in _EDGE_PUNCT:
            tokens.pop()
    if not tokens:
        return None
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def _in_according(token: Token) -> bool:
    """Inside an "according to X" phrase (which is a via or its own attribution)."""
    for anc in (token, *token.ancestors):
        if anc.lower_ == "according" and anc.dep_ == "prep":
            return True
    return False


def source_of(token: Token) -> tuple[tuple[int, int] | None, int | None]:
    """The speaker phrase: the cue's subject, the agent of a passive, or the subject it
    inherits ("..., saying ...", "and added ...", "who said ...")."""
    verb = token
    for _ in range(3):
        subjects = [
            c
            for c in verb.children
            if c.dep_ == "nsubj" or (c.dep_ == "nsubjpass" and verb.i != token.i)
        ]
        for c in verb.children:
            if c.dep_ == "agent":
                subjects += [g for g in c.children if g.dep_ == "pobj"]
        # The parser may hang a heading's subject on the verb too: take the nearest one
        # in the verb's own paragraph.
        subjects = [c for c in subjects if not _line_between(c, verb)]
        if subjects:
            subject = min(subjects, key=lambda c: abs(c.i - verb.i))
            return _phrase(subject), subject.i
        if verb.dep_ == "pcomp":  # "was quoted as saying"
            up = verb.head.head
            told = _quoted_one(up)
            if told is not None:  # "Reuters quoted an official as saying": the official
                return _phrase(told), told.i
            verb = up
        elif verb.dep_ in ("advcl", "conj", "xcomp", "parataxis"):
            verb = verb.head
        elif verb.dep_ == "relcl":
            return _phrase(verb.head), verb.head.i
        else:
            break
    return None, None


def _quoted_one(up: Token) -> Token | None:
    """The one quoted or cited "as saying": the object of an active "quoted" or "cited" (or
    the object itself, when the parser hangs the as-phrase on it)."""
    if up.dep_ == "dobj" and up.head.lemma_.lower() in _QUOTING_LEMMAS:
        return up
    if up.lemma_.lower() in _QUOTING_LEMMAS:
        return next((c for c in up.children if c.dep_ == "dobj"), None)
    return None


_QUOTING_LEMMAS = ("quote", "cite")


def _quoting_as(token: Token) -> bool:
    """Is `token` a "quoted" or "cited" whose as-phrase (on it or on its object) holds the
    verb of saying?"""
    if token.lemma_.lower() not in _QUOTING_LEMMAS:
        return False
    holders = [token, *(c for c in token.children if c.dep_ == "dobj")]
    return any(
        p.dep_ == "prep" and p.lower_ == "as" and any(c.dep_ == "pcomp" for c in p.children)
        for h in holders
        for p in h.children
    )


def _line_between(a: Token, b: Token) -> bool:
    lo, hi = sorted((a.i, b.i))
    return any("\n" in t.text for t in a.doc[lo:hi])


def _phrase(head: Token) -> tuple[int, int]:
    """The noun phrase around `head`, cut at the first comma after it (appositions,
    relative clauses) and never running into a verb's clause."""
    doc = head.doc
    start = head.left_edge.i
    end = head.i
    for t in doc[head.i + 1 : head.right_edge.i + 1]:
        if t.text in (",", "(", "—", "–") or t.dep_ in ("relcl", "acl"):
            break
        end = t.i
    for t in doc[start : head.i]:
        if "\n" in t.text:  # a dateline or a heading above: not part of the name
            start = t.i + 1
    while start < head.i and (doc[start].text in _SOURCE_EDGE or doc[start].is_space):
        start += 1
    end = max(end, start)
    return doc[start].idx, doc[end].idx + len(doc[end].text)


def _according_to(token: Token) -> Attribution | None:
    """The phrase "according to X": X is the source; the content is the clause it hangs from."""
    to = next((c for c in token.children if c.lower_ == "to"), None)
    if to is None and token.i + 1 < len(token.doc) and token.nbor(1).lower_ == "to":
        to = token.nbor(1)
    if to is None:
        return None
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
    if pobj is None:
        return None
    doc = token.doc
    clause = token.head
    while clause.dep_ not in ("ROOT", "ccomp", "conj", "advcl") and clause.head.i != clause.i:
        clause = clause.head
    content = _trim_around(doc[clause.left_edge.i : clause.right_edge.i + 1], token)
    if content is None:
        return None
    return Attribution(
        cue=(token.idx, to.idx + len(to.text)),
        content=[content],
        source=_phrase(pobj),
        source_head=pobj.i,
        construction="according",
        score=1.0,
        anchor=token.i,
    )


def _trim_around(span: Span, according: Token) -> tuple[int, int] | None:
    """The clause without the "according to X" phrase: the longer side of it."""
    phrase = {t.i for t in according.subtree}
    before = [t for t in span if t.i < according.i and t.i not in phrase]
    after = [t for t in span if t.i > max(phrase) and t.i not in phrase]
    side = after if len(after) > len(before) else before
    while side and (side[0].text in _EDGE_PUNCT or side[0].is_space):
        side.pop(0)
    while side and (side[-1].text in _EDGE_PUNCT or side[-1].is_space or side[-1].text == "."):
        side.pop()
    if len(side) < 2:
        return None
    return side[0].idx, side[-1].idx + len(side[-1].text)
