"""Metonymy: a capital (or a seat such as "the Kremlin") standing for its government.

"Moscow said", "as Moscow faces sanctions", "Washington imposed", "Beijing's
long-standing position" name an actor, not a place; "talks in Moscow" and "Moscow's
streets" name a place. Decided per mention from the dependency parse.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Verbs whose subject stays a place: "Moscow lies on the Moskva", "Beijing hosted the
# games", "Washington was hit by snow" (passive subjects are checked separately).
LOCATIVE_VERBS = frozenset(
    {
        "be", "lie", "sit", "host", "sprawl", "border", "stretch", "flood", "swelter", "shiver",
        "freeze", "bake", "burn", "shake", "tremble", "experience", "record", "see", "receive",
        "get", "remain", "stand", "grow", "boast", "attract", "welcome",
    }
)  # fmt: skip

# Passives whose subject is the one who acts later: "Moscow is expected to respond".
RAISING_LEMMAS = frozenset({"expect", "schedule", "set", "slate", "poise", "due"})

# People who speak or act for a party: "representatives for the U.S.", "a spokesman for Moscow".
SPEAKER_NOUNS = frozenset(
    {"representative", "spokesman", "spokeswoman", "spokesperson", "envoy", "negotiator",
     "ambassador", "advocate", "delegate", "delegation", "official", "officials"}
)  # fmt: skip

# Nouns that, owned by a capital, make it its government: "Beijing's position".
STANCE_NOUNS = frozenset(
    {
        "position", "stance", "policy", "policies", "view", "claim", "demand", "decision",
        "response", "support", "opposition", "approach", "strategy", "plan", "offer",
        "proposal", "pledge", "warning", "threat", "sanction", "objection", "insistence",
        "refusal", "request", "move", "aim", "goal", "interest", "ally", "partner",
        "envoy", "ambassador", "diplomat", "negotiator", "leadership", "leader", "regime",
        "foreign", "intention", "ambition", "agenda", "concern", "rejection", "assertion",
        "invasion", "war", "aggression", "attack", "retaliation", "backing", "influence",
        "crackdown", "reaction", "reply", "line", "tactic", "rhetoric", "criticism",
    }
)  # fmt: skip


def is_metonymic(span: Span) -> bool:
    """True when this mention of a capital/seat acts as a government in its sentence."""
    root: Token = span.root
    dep = root.dep_
    head = root.head
    if dep in ("nsubj", "nsubjpass") or (dep == "conj" and _conj_subject(root)):
        verb = head if dep != "conj" else _conj_subject_head(root)
        if dep == "nsubjpass":
            # "Washington was hit by snow" is a place; "Washington is expected to respond",
            # "the U.S. and Iran are set for talks" name who will act
            return verb.lemma_.lower() in RAISING_LEMMAS
        return verb.lemma_.lower() not in LOCATIVE_VERBS
    if dep == "poss":
        return head.lemma_.lower() in STANCE_NOUNS or head.text.lower() in STANCE_NOUNS
    if dep == "pobj" and head.text.lower() == "by" and head.head.tag_ == "VBN":
        return True  # "sanctions imposed by Washington"
    if dep == "pobj" and head.text.lower() == "for" and head.head.lemma_.lower() in SPEAKER_NOUNS:
        return True  # "representatives for the U.S.", "a spokesman for Moscow"
    # "links with Moscow", "sanctions against Moscow": a counterpart, not a site
    return dep == "pobj" and head.text.lower() in ("with", "against", "toward", "towards")


def _conj_subject(tok: Token) -> bool:
    """'Moscow and Beijing agreed': the second conjunct of a subject."""
    first = tok.head
    while first.dep_ == "conj":
        first = first.head
    return first.dep_ == "nsubj"


def _conj_subject_head(tok: Token) -> Token:
    first = tok.head
    while first.dep_ == "conj":
        first = first.head
    return first.head
