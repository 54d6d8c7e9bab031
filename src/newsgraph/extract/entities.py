"""Entities: spaCy NER, with a name's mentions merged into one entity.

Minimal first version (the lead's placeholder until the entities work lands):
"Xi" joins "Xi Jinping" when it is the last or first token of an earlier longer name.
"""

from __future__ import annotations

from newsgraph.extract.registry import Context, extractor
from newsgraph.records import ENTITY_TYPES, Entity, Span

_KEEP = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "LAW", "PRODUCT"}


@extractor("entities.spacy", version="0", produces="entities")
def extract_entities(ctx: Context) -> tuple[Entity, ...]:
    """spaCy named entities, mentions of one name merged."""
    groups: dict[tuple[str, str], list[Span]] = {}
    order: list[tuple[str, str]] = []
    text = ctx.article.text
    for ent in ctx.doc.ents:
        if ent.label_ not in _KEEP:
            continue
        name = ent.text.strip()
        if not name:
            continue
        label = ent.label_ if ent.label_ in ENTITY_TYPES else "OTHER"
        key = (label, name)
        if label in {"PERSON", "ORG"} and key not in groups:
            for k in order:
                if k[0] == label and len(k[1]) > len(name) and name in k[1].split():
                    key = k
                    break
        if key not in groups:
            groups[key] = []
            order.append(key)
        start = ent.start_char + (len(ent.text) - len(ent.text.lstrip()))
        end = start + len(name)
        groups[key].append(Span(start, end, text[start:end]))
    key_name = "entities.spacy@0"
    return tuple(
        Entity(
            id=f"e{i}",
            name=name,
            type=label,  # type: ignore[arg-type]
            mentions=tuple(groups[(label, name)]),
            extractor=key_name,
        )
        for i, (label, name) in enumerate(order, 1)
    )
