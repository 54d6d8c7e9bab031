"""A person's gender as the article itself tells it, so that "he" never refers to a woman.

Evidence, strongest first (each group gets at most one mark, "gender:f by honorific:Mrs"):
- an honorific before a mention ("Mrs May", "Sir Keir Starmer", "Queen Camilla"; not
  "Sheikh", which Sheikh Hasina wears as a name);
- a gendered noun right before a mention or in apposition after it ("spokeswoman Jane Roe",
  "his wife, Jane", "Jane Roe, a congresswoman from ..."), never across "of" ("the wife of
  John Roe" says nothing of John);
- he/his/himself or she/her/herself (subject, possessive, reflexive) after a mention that is the subject of its sentence, when
  that sentence names no other person and holds pronouns of one gender only, outside
  quotation marks ("Roe said her ministry ...");
- last, and only when the article says nothing: a short hand-written list of very common
  first names (data/person_first_names.tsv).
Evidence that disagrees at the strongest level found leaves the gender unknown.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Literal, Protocol

from newsgraph.extract.attribution.lexicon import data_rows, source_nouns
from newsgraph.extract.attribution.marks import find_quoted_regions
from newsgraph.link.names import normalise

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from newsgraph.extract.names import Name

Gender = Literal["m", "f"]

_HONORIFICS: dict[str, Gender] = {
    "mr": "m", "sir": "m", "lord": "m", "king": "m", "prince": "m", "monsieur": "m",
    "herr": "m", "señor": "m", "senor": "m", "signor": "m", "emperor": "m", "duke": "m",
    "marquis": "m", "baron": "m",
    "mrs": "f", "ms": "f", "miss": "f", "madam": "f", "madame": "f", "mme": "f", "lady": "f",
    "dame": "f", "queen": "f", "princess": "f", "frau": "f", "señora": "f", "senora": "f",
    "signora": "f", "empress": "f", "duchess": "f", "baroness": "f", "countess": "f",
}  # fmt: skip
# Nouns for one gender only, standing right before a name or in apposition after it.
_NOUNS: dict[str, Gender] = {
    "spokesman": "m", "congressman": "m", "businessman": "m", "chairman": "m",
    "husband": "m", "widower": "m", "father": "m", "son": "m", "brother": "m",
    "boyfriend": "m", "grandfather": "m", "uncle": "m", "nephew": "m", "grandson": "m",
    "spokeswoman": "f", "congresswoman": "f", "businesswoman": "f", "chairwoman": "f",
    "wife": "f", "widow": "f", "mother": "f", "daughter": "f", "sister": "f",
    "girlfriend": "f", "grandmother": "f", "aunt": "f", "niece": "f", "granddaughter": "f",
    "actress": "f", "councilwoman": "f", "councilman": "m", "sportswoman": "f",
    "sportsman": "m", "policewoman": "f", "policeman": "m", "stepmother": "f",
    "stepfather": "m", "fiancee": "f", "fiancée": "f", "fiance": "m", "fiancé": "m",
}  # fmt: skip
_PRONOUNS: dict[str, Gender] = {
    "he": "m", "his": "m", "him": "m", "himself": "m",
    "she": "f", "her": "f", "hers": "f", "herself": "f",
}  # fmt: skip
# Other people a pronoun after them may stand for: reading stops at the first of these.
_OTHERS = frozenset(
    {"woman", "women", "man", "men", "girl", "girls", "boy", "boys", "lady", "child",
     "children", "people", "victim", "suspect", "patient", "friend", "colleague", "partner"}
)  # fmt: skip
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_PRONOUN_DEPS = frozenset({"nsubj", "nsubjpass", "poss"})
# Words that may stand between ", a" and an appositive noun: "Jane Roe, a former spokeswoman"
_APPOS_LEAD = frozenset({"ADJ", "PROPN", "NUM", "NOUN", "ADV"})


class PersonGroup(Protocol):
    label: str
    names: list[Name]
    evidence: list[str]


@lru_cache(maxsize=1)
def first_names() -> dict[str, Gender]:
    """Lower-case first name -> "m"/"f" (data/person_first_names.tsv)."""
    return {name: "m" if gender == "m" else "f" for name, gender in data_rows("person_first_names.tsv")}


def from_evidence(evidence: Sequence[str]) -> Gender | None:
    """The gender an entity's evidence records ("gender:f by ..."), if any."""
    for e in evidence:
        if e.startswith("gender:m "):
            return "m"
        if e.startswith("gender:f "):
            return "f"
    return None


def of_pronoun(word: str) -> Gender | None:
    return _PRONOUNS.get(word.lower())


def contradicts(pronoun: str, evidence: Sequence[str]) -> bool:
    """Does an entity's evidence give it the other gender than the pronoun's ("her" and a
    man the article names as one)?"""
    wanted = of_pronoun(pronoun)
    known = from_evidence(evidence)
    return wanted is not None and known is not None and known != wanted


def person_genders(doc: Doc, groups: Sequence[PersonGroup]) -> dict[int, Gender]:
    """id(group) -> gender for the persons the article gives one, each with its evidence
    appended ("gender:f by honorific:Mrs")."""
    persons = [g for g in groups if g.label == "PERSON" and g.names]
    if not persons:
        return {}
    strong: dict[int, list[tuple[Gender, str]]] = {id(g): [] for g in persons}
    weak: dict[int, list[tuple[Gender, str]]] = {id(g): [] for g in persons}
    for g in persons:
        for n in g.names:
            found = _honorific(doc, n) or _noun(doc, n)
            if found is not None:
                strong[id(g)].append(found)
    if doc.has_annotation("DEP") and doc.has_annotation("SENT_START"):
        _pronoun_votes(doc, persons, weak)
    out: dict[int, Gender] = {}
    for g in persons:
        for votes in (strong[id(g)], weak[id(g)], _first_name(doc, g)):
            kinds = {v[0] for v in votes}
            if len(kinds) == 1:
                gender = kinds.pop()
                out[id(g)] = gender
                g.evidence.append(f"gender:{gender} by {votes[0][1]}")
            if votes:
                break  # disagreeing evidence leaves it unknown, weaker evidence unread
    return out


def _honorific(doc: Doc, n: Name) -> tuple[Gender, str] | None:
    # "Mrs May" (the honorific outside the name) or "[Mrs May]" (inside it)
    for i in (n.start - 1, n.start):
        if 0 <= i < n.end - (i == n.start):
            word = doc[i].text
            gender = _HONORIFICS.get(word.lower().rstrip("."))
            if gender is not None and word[:1].isupper():
                return gender, f"honorific:{word}"
    return None


def _noun(doc: Doc, n: Name) -> tuple[Gender, str] | None:
    # before: "spokeswoman Jane Roe", "his wife, Jane", "widow Jane Roe"
    i = n.start - 1
    comma = i >= 0 and doc[i].text == ","
    i -= comma
    if i >= 0 and (gender := _NOUNS.get(doc[i].lower_)) is not None and doc[i].text.islower():
        root = doc[n.start : n.end].root
        # after a comma only in apposition: "about her boyfriend, Roe declined" is no title
        if not comma or (root.dep_ == "appos" and root.head.i == i):
            return gender, f"noun:{doc[i].text}"
    # after, in apposition: "Jane Roe, a spokeswoman for ...", "John Roe, the husband"; not
    # after a possessive ("John Roe, his wife Jane and ..." lists two people) or "whose"
    if n.end + 1 < len(doc) and doc[n.end].text == "," and doc[n.end + 1].lower_ in _ARTICLES:
        for tok in doc[n.end + 2 : min(len(doc), n.end + 6)]:
            gender = _NOUNS.get(tok.lower_)
            if gender is not None and tok.text.islower():
                return gender, f"noun:{tok.text}"
            if tok.pos_ not in _APPOS_LEAD or tok.is_punct:
                return None
    return None


_ARTICLES = frozenset({"a", "an", "the"})


def _pronoun_votes(
    doc: Doc, persons: list[PersonGroup], votes: dict[int, list[tuple[Gender, str]]]
) -> None:
    by_token: dict[int, PersonGroup] = {}
    for g in persons:
        for n in g.names:
            for i in range(n.start, n.end):
                by_token[i] = g
    quoted = find_quoted_regions(doc.text)
    for sent in doc.sents:
        named = {id(by_token[t.i]): by_token[t.i] for t in sent if t.i in by_token}
        if len(named) != 1:
            continue
        g = next(iter(named.values()))
        subject = next(
            (
                t
                for t in sent
                if t.i in by_token
                and t.dep_ in _SUBJECT_DEPS
                and not any(r.start <= t.idx < r.end for r in quoted)
            ),
            None,
        )  # ("'We hope Roe hears us,' he said": Roe is not the one who said it)
        if subject is None:
            continue
        genders: set[Gender] = set()
        first: str | None = None
        for t in doc[subject.i + 1 : sent.end]:
            if t.lower_ in _OTHERS or t.lower_ in _NOUNS or _is_source(t.lower_):
                break  # "Roe said the woman lost her son": the pronouns may be hers
            gender = _PRONOUNS.get(t.lower_)
            if t.dep_ not in _PRONOUN_DEPS and not t.lower_.endswith("self"):
                gender = None  # an object "him" may be someone named before: "... against him"
            if gender is not None and not any(r.start <= t.idx < r.end for r in quoted):
                genders.add(gender)  # (a quote's pronouns may be anyone's)
                first = first or f"pronoun:{t.text}@{t.idx}"
        if len(genders) == 1 and first is not None:
            votes[id(g)].append((genders.pop(), first))


def _is_source(word: str) -> bool:
    """ "official", "spokesperson", "aide": a person; "ministry" is not."""
    kind = source_nouns().get(word)
    return kind is not None and kind != "institution"


def _first_name(doc: Doc, g: PersonGroup) -> list[tuple[Gender, str]]:
    names = first_names()
    out: list[tuple[Gender, str]] = []
    for n in g.names:
        words = [t.text for t in doc[n.start : n.end]]
        if words and words[0].lower().rstrip(".") in _HONORIFICS:
            words = words[1:]
        if len(words) < 2:
            continue  # "Jordan" alone may be a surname (or a country)
        gender = names.get(normalise(words[0]))  # "José" -> "jose"
        if gender is not None:
            out.append((gender, f"first-name:{words[0]}"))
    return out

