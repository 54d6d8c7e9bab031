"""Pure helpers for linking an article's entities to the registry: alias keys and ids."""

from __future__ import annotations

import hashlib
import re
import unicodedata

from newsgraph.records import Entity

_PUNCT = re.compile(r"[^\w\s&-]+")
_SPACE = re.compile(r"\s+")
_PRONOUNS = frozenset(
    ["he", "she", "him", "her", "his", "hers", "they", "them", "their", "it", "its", "we", "us", "our", "i", "me", "my", "you", "your"]
)


def normalise(name: str) -> str:
    """The alias key of a name: case-folded, accents and dots dropped, "the " dropped.

    >>> normalise("the U.S.")
    'us'
    """
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("’", "'").casefold()
    s = re.sub(r"'s$", "", s.strip())
    s = _PUNCT.sub("", s)
    s = _SPACE.sub(" ", s).strip()
    if s.startswith("the "):
        s = s[4:]
    return s


def is_proper(text: str) -> bool:
    """A mention that names (capitalised, not a pronoun, not a description like 'the ministry')."""
    words = text.split()
    if not words or text.casefold() in _PRONOUNS:
        return False
    content = [w for w in words if w.casefold() not in {"the", "of", "and", "for", "de", "al"}]
    return bool(content) and all(w[:1].isupper() or w[:1].isdigit() for w in content)


def alias_keys(entity: Entity) -> list[str]:
    """The keys under which `entity` is registered: its canonical name first, then the
    proper-name mention texts ("Xi" for Xi Jinping)."""
    keys = [normalise(entity.name)]
    for m in entity.mentions:
        if is_proper(m.text):
            k = normalise(m.text)
            if k and k not in keys:
                keys.append(k)
    return [k[:300] for k in keys if k]


def kb_id_for(type_: str, name: str) -> str:
    """A stable registry id: the same type and normalised name always give the same id."""
    digest = hashlib.sha1(f"{type_}|{normalise(name)}".encode()).hexdigest()[:12]
    return f"kb_{digest}"
