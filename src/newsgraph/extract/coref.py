"""Within-article reference: nominal mentions ("the Chinese president"), subject pronouns
("he said") and metonymy (a capital standing for its government).

Deliberately small rules over the parse, each leaving evidence on the entity:
"coref:title@s-e", "coref:pronoun@s-e", "metonym:RUSGOV@s-e". A capital used as a place
("talks in Moscow") gets no metonym mark, so the places and events extractors can tell.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

from newsgraph.extract import actors, gender
from newsgraph.nlp.pipeline import WIRE_SERVICES

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from newsgraph.extract.names import Name
    from newsgraph.extract.titles import Descriptor

# Prepositions after which a capital is the other party, not a location:
# "links with Moscow", "sanctions against Moscow", "pressure by Beijing".
_ACTOR_PREPS = frozenset({"with", "against", "by", "between", "toward", "towards", "on"})
_ACTOR_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "agent", "dobj", "conj_subject"})
# (two hyphens or a horizontal bar stand for the dash: "WASHINGTON -- The U.S. Attorney's office",
# "WASHINGTON ― President Donald Trump's shutdown")
_DATELINE_END = re.compile(r"\)\s*(?:--|[-–—―])|\s(?:--|[-–—―])\s")
# A wire service named in parentheses right after the place that opens a line.
_WIRE = re.compile(
    r"[ ,]*(?:[A-Z][a-z]{2}\.? \d{1,2} )?"  # "Seoul, Oct 3 (Yonhap)"
    rf"\((?:{WIRE_SERVICES})\)"
)
# A whole dateline opening a line: an upper-case place, then its state, country or region and
# perhaps a date, a wire service, and a dash: "BUENOS AIRES, Argentina -", "QINGDAO, China
# (Reuters) -", "RAMALLAH, West Bank -". Everything in it is where the story was filed.
_DATELINE_LINE = re.compile(
    r"[A-Z][A-Z.'’ -]*[A-Z.],"
    r"(?: [A-Z][\w.'’-]*){1,4}"
    r"(?:, [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})?"
    r"(?: \d{1,2})?"
    r" ?(?:\([^()\n]{1,30}\) ?)?[-–—]{1,2}\s"
)
# A dateline in title case opening a line: a city, its country and a dash ("Tehran, Iran -
# Two rockets struck ..."); the country is checked against the country table.
_TITLED_DATELINE = re.compile(
    r"(?P<place>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}),"
    r" (?P<region>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})"
    r"(?: \([^()\n]{1,30}\))? ?(?:--|[-–—―]) "
)
_PRONOUNS = frozenset({"he", "she"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


class GroupLike(Protocol):
    label: str
    names: list[Name]
    extra: list[tuple[int, int, str]]
    evidence: list[str]
    descriptors: list[Descriptor]


def resolve(
    doc: Doc, groups: Sequence[GroupLike], names: list[Name], *, pronouns: bool = True
) -> None:
    """Add metonym marks, gender marks, nominal and pronoun mentions to `groups` (in place)."""
    mark_metonyms(doc, groups)
    name_tokens = {i for n in names for i in range(n.start, n.end)}
    _nominals(doc, groups, name_tokens)
    genders = gender.person_genders(doc, groups)
    if pronouns:
        _pronouns(doc, groups, genders)


def is_metonymic(token: Token) -> bool:
    """Does this (capital-city) token stand for a government here?"""
    if token.dep_ in _ACTOR_DEPS:
        return True
    if token.dep_ == "pobj" and token.head.lower_ in _ACTOR_PREPS:
        return True
    # "Moscow and Beijing signed ...": a conjunct of a subject
    return token.dep_ == "conj" and token.head.dep_ in _ACTOR_DEPS


def in_dateline(doc: Doc, start_char: int, end_char: int, text: str | None = None) -> bool:
    """ "BEIJING, Nov 4 (Reuters) -": an upper-case place opening a line, then a comma.
    `text` is doc.text when the caller has it (spaCy rebuilds doc.text on every access)."""
    # spaCy rebuilds doc.text on every access: read it once (profiled: 0.46 s/article)
    text = doc.text if text is None else text
    line_start = text.rfind("\n", 0, start_char) + 1
    if (
        start_char - line_start < 60
        and _WIRE.match(text, start_char - 1)
        and text[start_char - 1 : start_char] == "("
    ):
        return True  # "(Reuters) - North Korea's newspaper ...": the credit, no party
    if _in_titled_dateline(text, line_start, end_char):
        return True
    before = text[line_start:start_char]
    if before.strip():
        # "BUENOS AIRES, Argentina -": the country after the city is the dateline's too
        return _in_whole_dateline(text, line_start, start_char, end_char)
    name = text[start_char:end_char]
    if _WIRE.match(text, end_char):
        return True  # "Washington (CNN) -": a title-case place before a wire service
    return (
        name.isupper()
        and text[end_char : end_char + 1] in {",", " "}
        and (_DATELINE_END.search(text, end_char, min(len(text), end_char + 60)) is not None)
    )


def _in_titled_dateline(text: str, line_start: int, end_char: int) -> bool:
    """Is the span inside a title-case dateline that opens its line ("Tehran, Iran - ")? Its
    second part must be a country, its first no country ("China, Russia - a new axis")."""
    found = _TITLED_DATELINE.match(text, line_start)
    if found is None or end_char > found.end():
        return False
    place = found.group("place")
    return actors.country_of(found.group("region")) is not None and (
        actors.country_of(place) is None or actors.capital_of(place) is not None
    )


def _in_whole_dateline(text: str, line_start: int, start_char: int, end_char: int) -> bool:
    """Is the span inside a whole dateline that opens its line, or follows a photo credit on
    it after a wider gap ("REUTERS/Aly Song  QINGDAO, China (Reuters) -")?"""
    for whole in _DATELINE_LINE.finditer(text, line_start, min(len(text), line_start + 200)):
        if whole.start() > start_char:
            break
        opens = not text[line_start : whole.start()].strip()
        if (opens or text[whole.start() - 2 : whole.start()] == "  ") and end_char <= whole.end():
            return whole.start() <= start_char
    return False


def mark_metonyms(doc: Doc, groups: Sequence[GroupLike]) -> None:
    text = doc.text  # once: spaCy rebuilds it on every access (profiled: 16% of analysis)
    for g in groups:
        if g.label != "GPE":
            continue
        for n in g.names:
            span = doc[n.start : n.end]
            country = actors.capital_of(span.text)
            if in_dateline(doc, span.start_char, span.end_char, text):
                g.evidence.append(f"dateline@{span.start_char}-{span.end_char}")
                continue
            if country is not None and is_metonymic(span.root):
                g.evidence.append(f"metonym:{country}GOV@{span.start_char}-{span.end_char}")


def _person_positions(doc: Doc, groups: Sequence[GroupLike]) -> list[tuple[int, GroupLike]]:
    out = [(doc[n.start].idx, g) for g in groups if g.label == "PERSON" for n in g.names]
    out += [(s, g) for g in groups if g.label == "PERSON" for s, _, _ in g.extra]
    return sorted(out, key=lambda p: p[0])


def _nominals(doc: Doc, groups: Sequence[GroupLike], name_tokens: set[int]) -> None:
    """ "the Chinese president" -> the person described as a Chinese President earlier."""
    for i, tok in enumerate(doc):
        if tok.lower_ != "the" or i in name_tokens:
            continue
        j = i + 1
        while j < len(doc) and j - i <= 3 and not doc[j].is_punct:
            if j in name_tokens and actors.country_of(doc[j].text) is None:
                break
            j += 1
        # words i+1..j-1 may be "[country] [title]"; take the longest match ending in a title
        for end in range(j, i + 1, -1):
            words = [t.text for t in doc[i + 1 : end]]
            found = actors.find_role(words)
            if found is None or found[3] != len(words) or not actors.is_title(found[0]):
                continue
            if end < len(doc) and (doc[end].pos_ == "PROPN" or end in name_tokens):
                # "the Chinese president Xi": a title, not a reference
                break
            if not all(w.islower() or actors.country_of(w) for w in words):
                break
            country = next((c for w in words if (c := actors.country_of(w))), None)
            if end < len(doc) and doc[end].lower_ == "of":
                # "the president of Mexico": the title's own country, not whoever held such a
                # title before ("President Trump ... the president of Mexico")
                of_country = _country_after(doc, end + 1)
                if of_country is None or (country is not None and country != of_country):
                    break
                country = of_country
            target = _latest_person(doc, groups, tok.idx, found[0], country)
            if target is not None:
                s, e = tok.idx, doc[end - 1].idx + len(doc[end - 1])
                target.extra.append((s, e, "coref:title"))
            break


def _country_after(doc: Doc, start: int) -> str | None:
    """The country a name right after `start` (past "the") names, if any."""
    i = start + 1 if start < len(doc) and doc[start].lower_ == "the" else start
    j = i
    while j < len(doc) and doc[j].pos_ == "PROPN" and j - i < 4:
        j += 1
    return actors.country_of(doc[i:j].text) if j > i else None


def _latest_person(
    doc: Doc, groups: Sequence[GroupLike], before: int, title: str, country: str | None
) -> GroupLike | None:
    wanted = title.lower()
    # Office holders of other countries named after the titled person, though without the
    # title: "Italian Prime Minister X met Blair ... Mr Blair ... 'The prime minister has
    # ...'" may mean either, so a description with no country of its own abstains.
    # Officials of the titled person's own country are no rivals ("President Donald Trump ...
    # press secretary Sarah Huckabee Sanders ... The president has denied").
    rivals: set[str] = set()
    for _, g in reversed([p for p in _person_positions(doc, groups) if p[0] < before]):
        known = actors.leader(doc[g.names[0].start : g.names[0].end].text) if g.names else None
        for d in g.descriptors:
            if d.title and d.title.lower() == wanted and (country is None or d.country == country):
                own = {d.country, known.country if known is not None else None}
                return None if rivals - own else g
        if country is None and known is not None and known.country and known.role == "GOV":
            rivals.add(known.country)
    return None


def _pronouns(
    doc: Doc, groups: Sequence[GroupLike], genders: dict[int, gender.Gender] | None = None
) -> None:
    """A subject "he"/"she" refers to the latest person mentioned in its sentence or the one
    before, when that sentence pair mentions exactly one person it may be (otherwise left
    alone); a main-clause "he" right after another one goes on with the same person, known or
    not. A person the article shows to be of the other gender (`genders`, by id of the
    group) is not one it may be: "Mrs Roe met John Poe. He said ..." is John Poe's."""
    positions = _person_positions(doc, groups)
    if not positions or not doc.has_annotation("DEP"):
        return
    genders = genders or {}
    sents = list(doc.sents)
    starts = [s.start_char for s in sents]
    # the main-clause subject pronouns seen so far: (char, word, the group it was given)
    told: list[tuple[int, str, GroupLike | None]] = []
    for tok in doc:
        if tok.lower_ not in _PRONOUNS or tok.dep_ not in _SUBJECT_DEPS:
            continue
        wanted = gender.of_pronoun(tok.text)
        k = max(0, _index_at(starts, tok.idx) - 1)
        window_start = starts[k]
        candidates = {
            id(g): g
            for pos, g in positions
            if window_start <= pos < tok.idx and genders.get(id(g), wanted) == wanted
        }
        chosen = next(iter(candidates.values())) if len(candidates) == 1 else None
        before = [t for t in told if window_start <= t[0] < tok.idx and t[1] == tok.lower_]
        if before and tok.head.dep_ == "ROOT":
            # "Kerry sat down with Zarif. He met Steinmeier. He has also met Macron": the
            # same subject goes on; the second "he" is whoever the first one is (if known)
            chosen = before[-1][2]
        if tok.head.dep_ == "ROOT":
            told.append((tok.idx, tok.lower_, chosen))
        if chosen is not None:
            chosen.extra.append((tok.idx, tok.idx + len(tok), "coref:pronoun"))


def _index_at(starts: list[int], char: int) -> int:
    lo = 0
    for k, s in enumerate(starts):
        if s <= char:
            lo = k
        else:
            break
    return lo
