"""Speaker resolution: the mention an attribution uses -> the entity it refers to.

An entity mention that covers the mention's head word wins (the entities extractor merges
names, and later pronouns and "the ministry" by coreference). Otherwise: a name written
right before the head ("TASS news agency"), the entity a spokesperson speaks for ("a
spokesperson for the ministry"), the noun a "who" hangs from, and for "he"/"she" the
nearest person named before it who may be one (not a person the entities' evidence shows to
be of the other gender, "gender:f by ..."). Unnamed sources ("a senior official") stay
unresolved.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from newsgraph.extract import gender
from newsgraph.extract.attribution.lexicon import source_nouns
from newsgraph.records import Entity

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_SPEAKING = frozenset({"PERSON", "ORG", "GPE", "NORP"})
_PERSONAL = frozenset({"he", "she", "him", "her"})
_RELATIVE = frozenset({"who", "which", "that"})
# Farthest back (characters) a "he"/"she" looks for its name: about two paragraphs.
_PRONOUN_REACH = 1200


@dataclass(frozen=True, slots=True)
class MentionIndex:
    """Entity mentions sorted by start, for lookups by character offset."""

    starts: tuple[int, ...]
    mentions: tuple[tuple[int, int, str, str], ...]  # start, end, entity id, type
    types: dict[str, str]  # entity id -> type
    # A name's words -> the speaking entities (people, organisations) that carry them.
    name_words: dict[str, tuple[str, ...]]
    # person entity id -> "m"/"f", where the article tells (gender.person_genders)
    genders: dict[str, gender.Gender] = field(default_factory=dict)

    @classmethod
    def build(cls, entities: Sequence[Entity]) -> MentionIndex:
        rows = sorted((m.start, m.end, e.id, e.type) for e in entities for m in e.mentions)
        words: dict[str, list[str]] = {}
        for e in entities:
            if e.type in ("PERSON", "ORG"):
                for word in {w for m in e.mentions for w in m.text.split()} | set(e.name.split()):
                    if word[:1].isupper():
                        words.setdefault(word, []).append(e.id)
        return cls(
            tuple(r[0] for r in rows),
            tuple(rows),
            {e.id: e.type for e in entities},
            {w: tuple(ids) for w, ids in words.items()},
            {
                e.id: g
                for e in entities
                if e.type == "PERSON" and (g := gender.from_evidence(e.evidence)) is not None
            },
        )

    def named(self, word: str) -> str | None:
        """The one person or organisation whose name holds `word` ("Xi" -> Xi Jinping)."""
        ids = self.name_words.get(word, ())
        return ids[0] if len(ids) == 1 else None

    def covering(self, start: int, end: int) -> str | None:
        """The entity whose mention covers [start, end), the shortest such mention."""
        best: tuple[int, str] | None = None
        hi = bisect_right(self.starts, start)
        for m_start, m_end, ent, _ in self.mentions[max(0, hi - 20) : hi]:
            if m_start <= start and end <= m_end and (best is None or m_end - m_start < best[0]):
                best = (m_end - m_start, ent)
        return best[1] if best else None

    def person_before(self, pos: int, wanted: gender.Gender | None = None) -> str | None:
        """The person named nearest before `pos` (within reach) who is not known to be of
        another gender than `wanted`."""
        hi = bisect_right(self.starts, pos)
        for _start, m_end, ent, typ in reversed(self.mentions[:hi]):
            if m_end > pos:
                continue
            if pos - m_end > _PRONOUN_REACH:
                return None
            if typ == "PERSON" and self.genders.get(ent, wanted) == wanted:
                return ent
        return None


def resolve(doc: Doc, head_index: int | None, index: MentionIndex) -> str | None:
    """The entity id for the speaker phrase whose head word is `doc[head_index]`."""
    if head_index is None:
        return None
    head = doc[head_index]
    found = index.covering(head.idx, head.idx + len(head.text))
    if found is not None and index.types.get(found) in _SPEAKING:
        return found
    # A name the tagger got wrong ("Xi" as a place) or missed: match it by name.
    if head.text[:1].isupper() and head.pos_ == "PROPN":
        named = index.named(head.text)
        if named is not None:
            return named
    if found is not None:
        return found
    lower = head.lower_
    if lower in _RELATIVE:
        noun = _relative_antecedent(head)
        if noun is not None:
            return resolve(doc, noun.i, index)
        return None
    if lower in _PERSONAL:
        return index.person_before(head.idx, gender.of_pronoun(lower))
    for child in head.children:
        # "TASS news agency", "the Kremlin spokesman", "the news agency Xinhua"
        if (child.dep_ == "compound" and child.i < head.i) or (
            child.dep_ == "appos" and child.i == head.i + 1
        ):
            hit = index.covering(child.idx, child.idx + len(child.text))
            if hit is not None:
                return hit
    kind = source_nouns().get(lower) or source_nouns().get(head.lemma_.lower())
    if kind == "institution":
        # "Taiwan's government", "the Trump campaign": the institution of whoever owns it.
        for child in head.children:
            if child.dep_ in ("poss", "compound", "amod") and child.i < head.i:
                hit = index.covering(child.idx, child.idx + len(child.text))
                if hit is not None:
                    return hit
    if kind is not None:
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in ("for", "of", "at", "from"):
                for pobj in prep.children:
                    if pobj.dep_ == "pobj":
                        hit = index.covering(pobj.idx, pobj.idx + len(pobj.text))
                        if hit is not None:
                            return hit
    return None


def _relative_antecedent(token: Token) -> Token | None:
    """The noun a relative pronoun stands for: the head of its relative clause."""
    verb = token.head
    if verb.dep_ == "relcl":
        return verb.head
    return None
