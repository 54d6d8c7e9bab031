"""Descriptors of a name mention: the words around it that say who or what it is.

    Chinese President Xi Jinping            pre-nominal title       -> CHN, GOV, "President"
    state broadcaster CCTV                  pre-nominal descriptor  -> MED
    Russia's TASS news agency               possessive + head noun  -> RUS, MED
    Mishustin, Russia's prime minister,     apposition              -> RUS, GOV, "Prime Minister"
    major Russian producers Rosneft and Lukoil   coordination       -> both RUS, BUS

Works on the dependency parse and token tags of the base model, with actors' lexicons.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newsgraph.extract import actors

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Words that may sit inside a pre-nominal descriptor without being a role or a country.
_MODIFIERS = frozenset(
    {
        "state",
        "state-owned",
        "state-run",
        "former",
        "acting",
        "deputy",
        "vice",
        "major",
        "top",
        "senior",
        "chief",
        "leading",
        "main",
        "giant",
        "oil",
        "gas",
        "energy",
        "news",
        "interim",
        "outgoing",
        "incoming",
        "then",
        "ex",
        "elected",
        "foreign",
        "defence",
        "defense",
        "finance",
        "trade",
        "prime",
        "general",
        "private",
        "public",
        "national",
        "federal",
        "central",
    }
)
_MAX_LEFT = 6


@dataclass(frozen=True, slots=True)
class Descriptor:
    """Words describing one mention, with what the lexicons make of them."""

    text: str
    start: int  # char offsets into the doc text
    end: int
    country: str | None
    role: str | None
    title: str | None  # a personal title, as written ("Prime Minister"), title-cased
    rule: str  # "title", "apposition", "head-noun", "coordination", "of-country"

    @property
    def evidence(self) -> str:
        return f"{self.rule}:{self.text} -> {self.country or '-'} {self.role or '-'}"


# the parts of speech that end the words right before a name ("met [Gazprom chairman] X")
_NOT_BEFORE_NAME = frozenset({"VERB", "ADP", "DET", "CCONJ", "SCONJ", "AUX"})


def words_before(doc: Doc, start: int, most: int = 5) -> list[Token]:
    """The tokens right before a name at token `start` that may name its country, office or
    employer ("Georgia Gov.", "U.S. Lieutenant General", "Gazprom chairman"), in order: at
    most `most`, up to a verb, preposition, determiner, conjunction or punctuation (not
    "'s" or a hyphen)."""
    i = start - 1
    while i >= 0 and start - i <= most:
        tok = doc[i]
        if (tok.is_punct and tok.text not in ("'s", "’s", "-")) or tok.pos_ in _NOT_BEFORE_NAME:
            break
        i -= 1
    return list(doc[i + 1 : start])


def describe(
    doc: Doc, start: int, end: int, names: set[int], *, person: bool = False
) -> Descriptor | None:
    """The descriptor of the name at tokens [start, end), or None.

    `names` holds the token indices of every name mention, so another name is never read
    as a descriptor (except a country name in a possessive: "Russia's").
    """
    parts = [
        d
        for d in (
            _left(doc, start, names),
            # a noun after a person's name is not about the person ("the Tom Friedman school")
            None if person else _right(doc, end, names),
            _apposition(doc, start, end, names),
            _of_country(doc, start, end) if person else None,
        )
        if d is not None
    ]
    if len(parts) <= 1:
        return parts[0] if parts else None
    # the body one speaks for outranks one's birth: "Lebanese-American businessman George
    # Nader, a representative of the United Arab Emirates"
    parts.sort(key=lambda d: d.rule != "apposition-body")
    # "Russia's TASS news agency": the country from the left, the role from the right
    return Descriptor(
        text=" ... ".join(d.text for d in parts),
        start=min(d.start for d in parts),
        end=max(d.end for d in parts),
        country=next((d.country for d in parts if d.country), None),
        role=next((d.role for d in parts if d.role), None),
        title=next((d.title for d in parts if d.title), None),
        rule="+".join(d.rule for d in parts),
    )


def inherit_from_conjunct(
    doc: Doc, start: int, end: int, first: Descriptor | None
) -> Descriptor | None:
    """ "producers Rosneft and Lukoil": Lukoil takes the plural descriptor of Rosneft."""
    if first is None:
        return None
    return Descriptor(
        first.text, first.start, first.end, first.country, first.role, first.title, "coordination"
    )


def first_conjunct(doc: Doc, start: int, end: int) -> int | None:
    """Token index of the first conjunct when the name at [start, end) is a later one."""
    head = _root(doc, start, end)
    seen = 0
    while head.dep_ == "conj" and seen < 5:
        head = head.head
        seen += 1
    return head.i if seen and not (start <= head.i < end) else None


def is_plural_descriptor(doc: Doc, d: Descriptor) -> bool:
    span = doc.char_span(d.start, d.end, alignment_mode="expand")
    return span is not None and any(t.tag_ in {"NNS", "NNPS"} for t in span)


def _root(doc: Doc, start: int, end: int) -> Token:
    return doc[start:end].root


def _make(doc: Doc, tokens: list[Token], rule: str, person_title: bool = True) -> Descriptor | None:
    if not tokens:
        return None
    tokens = sorted(tokens, key=lambda t: t.i)
    words = [t.text for t in tokens]
    found = actors.find_role(words)
    country = None
    for t in tokens:
        if t.lower_ in {"'s", "’s", "'"}:
            continue
        country = actors.country_of(t.text)
        if country is None and t.i + 1 < len(doc) and t.i + 1 in {x.i for x in tokens}:
            country = actors.country_of(f"{t.text} {doc[t.i + 1].text}")
        if country is not None:
            country = _state_country(doc, t, found[0] if found else None) or country
            break
    if country is None:
        for t in tokens:
            org = actors.organisation(t.text)
            if org is not None and org.country is not None:
                country = org.country
                break
    role = found[1] if found else None
    title = None
    if found and person_title and actors.is_title(found[0]):
        title = " ".join(
            "-".join(p[:1].upper() + p[1:].lower() for p in w.split("-"))
            if not w.isupper() or len(w) > 3
            else w
            for w in found[0].split()
        )
    if country is None and role is None:
        return None
    # the span's own text, not a slice of doc.text: spaCy rebuilds that on every access
    text = doc[tokens[0].i : tokens[-1].i + 1].text
    return Descriptor(
        text, tokens[0].idx, tokens[-1].idx + len(tokens[-1]), country, role, title, rule
    )


# states whose names hold a country's word, beside the U.S. states ("New Mexico", "New
# Jersey"): their governors and premiers are no officers of that country
_STATES_WITH_COUNTRY_WORDS = {"new south wales": "AUS"}
# titles that only a U.S. state has, for the one state named as a country is ("Georgia Gov.",
# "Georgia Sen.", "Georgia Secretary of State"): Georgia's own parliament has no senators or
# representatives, its foreign minister is no secretary of state
_STATE_TITLE = re.compile(
    r"\b(?:gov|governor|sen|senator|rep|representative|congress(?:man|woman|member)"
    r"|attorney general|secretary of state)\b",
    re.IGNORECASE,
)


def _state_country(doc: Doc, word: Token, title: str | None) -> str | None:
    """The country of the state a country's word names with the words before it ("New
    Mexico Governor Michelle Lujan Grisham", "New Jersey governor Chris Christie", "New South
    Wales Premier"), or alone with a title only a state has ("Georgia Gov. Brian Kemp", "Georgia
    senator Kelly Loeffler"): the United States (Australia), not Mexico, Jersey or Georgia."""
    states = actors.us_state_names()
    for n in (2, 1):
        if word.i - n < 0:
            continue
        name = " ".join(t.lower_ for t in doc[word.i - n : word.i + 1])
        if name in _STATES_WITH_COUNTRY_WORDS:
            return _STATES_WITH_COUNTRY_WORDS[name]
        if name in states:
            return "USA"
    if word.lower_ in states and title is not None and _STATE_TITLE.search(title):
        return "USA"
    return None


def _left(doc: Doc, start: int, names: set[int]) -> Descriptor | None:
    """Pre-nominal words: "Chinese President", "major Russian producers", "Russia's"."""
    tokens: list[Token] = []
    i = start - 1
    sent_start = doc[start].sent.start if doc.has_annotation("SENT_START") else 0
    while i >= sent_start and len(tokens) < _MAX_LEFT:
        t = doc[i]
        if t.text in {"'s", "’s"} and i - 1 >= sent_start:
            tokens.append(t)
            i -= 1
            continue
        low = t.lower_
        if t.is_space or (t.is_punct and low not in {"-"}):
            break
        if i in names:
            if actors.country_of(t.text) is None:
                break
        elif (
            i == start - 1 and t.pos_ == "NOUN" and t.is_lower and not _modifies(t, start, names)
        ):
            break  # "Biden has China weaknesses Trump will exploit": another clause's noun
        elif not (
            actors.role_of(low) is not None
            or actors.country_of(t.text) is not None
            or low in _MODIFIERS
            or (t.pos_ in {"NOUN", "ADJ"} and t.is_lower)
            or (low == "-" and not t.whitespace_ and tokens)
            # a title's first word that is no role alone: "Attorney General", "Secretary-General"
            or (tokens and actors.exact_role(f"{low} {_next_word(tokens)}") is not None)
        ):
            break
        tokens.append(t)
        i -= 1
    # trailing modifiers with no role or country in them mean nothing ("senior")
    return _make(doc, tokens, "title")


def _modifies(noun: Token, start: int, names: set[int]) -> bool:
    """Does the common noun right before a name describe it ("oil giant Rosneft", "the
    Kremlin spokesman Dmitry Peskov"): its head is in the name, or the name hangs on it?"""
    if noun.head.i >= start and noun.head.i in names:
        return True
    k = start
    while k in names:
        if noun.doc[k].head.i == noun.i:
            return True
        k += 1
    return False


def _next_word(tokens: list[Token]) -> str:
    """The word right of the one being read (past a hyphen), from the words gathered so far
    right to left."""
    if tokens[-1].text == "-" and len(tokens) > 1:
        return tokens[-2].lower_
    return tokens[-1].lower_


def _right(doc: Doc, end: int, names: set[int]) -> Descriptor | None:
    """Common nouns right after the name that it modifies: "TASS news agency"."""
    tokens: list[Token] = []
    i = end
    while i < len(doc) and len(tokens) < 3:
        t = doc[i]
        if i in names or t.pos_ != "NOUN" or not t.is_lower:
            break
        tokens.append(t)
        i += 1
    if not tokens or actors.find_role([t.text for t in tokens]) is None:
        return None
    if tokens[-1].lemma_.lower() in _MEMBER_HEADS:
        return None  # "ISIS leaders", "Hamas officials": its people, not what it is
    return _make(doc, tokens, "head-noun", person_title=False)


# nouns after a name that name its people, not the organisation itself
_MEMBER_HEADS = frozenset(
    {"leader", "official", "member", "supporter", "chief", "spokesman", "spokeswoman"}
    | {"spokesperson", "commander", "envoy"}
)


def _of_country(doc: Doc, start: int, end: int) -> Descriptor | None:
    """ "Ambassador Nikki Haley of the United States", "Foreign Minister Sergei Lavrov of
    Russia": the country named right after a person's name."""
    if end >= len(doc) or doc[end].lower_ != "of":
        return None
    prep = doc[end]
    if prep.dep_ != "prep" or prep.head.i not in range(start, end):
        return None
    for obj in prep.children:
        if obj.dep_ != "pobj":
            continue
        tokens = [t for t in obj.subtree if t.dep_ != "det" and not t.is_punct]
        if tokens and actors.country_of(doc[tokens[0].i : tokens[-1].i + 1].text) is not None:
            return _make(doc, tokens, "of-country", person_title=False)
    return None


def _apposition(doc: Doc, start: int, end: int, names: set[int]) -> Descriptor | None:
    """ "Mishustin, Russia's prime minister," and "the country's president, Xi"."""
    root = _root(doc, start, end)
    for child in root.children:
        if child.dep_ == "appos" and child.i >= end and child.i not in names:
            body = _body_spoken_for(doc, child)
            if body is not None:
                return body
            tokens = [t for t in child.subtree if t.i not in names or actors.country_of(t.text)]
            tokens = [t for t in tokens if not t.is_punct or t.text in {"'s", "’s"}]
            tokens = [t for t in tokens if t.dep_ != "det" and t.i < child.i + 1]
            d = _make(doc, tokens, "apposition")
            if d is not None:
                return d
    if (
        root.dep_ == "appos"
        and root.head.i < start
        and root.head.i not in names
        and not any(c.dep_ == "case" for c in root.head.children)
    ):
        # (not after a possessive: "the crown prince's delayed IPO" is the prince's, no
        # apposition)
        head = root.head
        tokens = [t for t in head.lefts if t.dep_ != "det" and not t.is_punct] + [head]
        return _make(doc, tokens, "apposition")
    return None


# Apposition heads of people who speak or act for the body their phrase names: "John Smith, a
# spokesman for the Russian Foreign Ministry," is Russia's government, "George Nader, a
# representative of the United Arab Emirates," the Emirates' man, whatever he is by birth. "to"
# only for counsel ("an adviser to the Saudi government"): "an envoy to Moscow" is sent there.
_SPEAKING_FOR = {
    "spokesman": ("for", "of"),
    "spokeswoman": ("for", "of"),
    "spokesperson": ("for", "of"),
    "representative": ("for", "of"),
    "adviser": ("to", "for"),
    "advisor": ("to", "for"),
    "aide": ("to",),
}


def _body_spoken_for(doc: Doc, head: Token) -> Descriptor | None:
    """The body an apposition like "a spokesman for the Russian Foreign Ministry" names, as
    the descriptor's country (and the body's role, else the head noun's), or None."""
    preps = _SPEAKING_FOR.get(head.lemma_.lower())
    if preps is None:
        return None
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in preps:
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            words = [t for t in obj.subtree if t.dep_ not in ("det", "punct")]
            if any(t.dep_ in ("relcl", "acl", "prep") for t in obj.children):
                # only the object's own words: "a spokesman for the ministry that ..." is cut
                words = [t for t in words if t.i <= obj.i]
            body = actors.actor_for_text(doc[words[0].i : words[-1].i + 1].text) if words else None
            if body is None or body.country is None:
                continue
            own = _make(doc, [head], "apposition")
            role = body.role or (own.role if own else None)
            tokens = [t for t in head.subtree if t.dep_ != "det" and not t.is_punct]
            tokens = [t for t in tokens if t.i <= obj.i]
            text = doc[tokens[0].i : tokens[-1].i + 1].text
            return Descriptor(
                text,
                tokens[0].idx,
                tokens[-1].idx + len(tokens[-1]),
                body.country,
                role,
                own.title if own else None,
                "apposition-body",
            )
    return None
