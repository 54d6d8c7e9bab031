"""The entity registry, kept by the store inside the transaction that saves an article.

Each article entity is linked to one registry entity (`Entity.kb_id`): the registry entity
whose aliases include the entity's canonical name (the one seen in most articles when several
share it), or a new one. The link row keeps what this article said of it (titles, actor code)
and the article's date, so roles can be listed over time. An entity whose article gives it
no actor gets the registry's latest text-given actor ("Mishustin" alone -> RUSGOV), with
evidence; a bare surname takes the registry's fuller name.
"""

from __future__ import annotations

import dataclasses
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, func, insert, select, update

from newsgraph.link.names import alias_keys, kb_id_for, normalise
from newsgraph.records import Actor, Analysis, Entity
from newsgraph.store.schema import KbAliasRow, KbEntityRow, KbLinkRow, table_of

KB_ENTITIES = table_of(KbEntityRow)
KB_ALIASES = table_of(KbAliasRow)
KB_LINKS = table_of(KbLinkRow)


def link_analysis(conn: Connection, analysis: Analysis, now: datetime) -> tuple[Analysis, list[dict[str, Any]]]:
    """`analysis` with every entity's kb_id set (and registry actors and names filled in),
    plus the kb_links rows to insert once the article row exists."""
    published = (analysis.article.published or "")[:10] or None
    entities: list[Entity] = []
    links: list[dict[str, Any]] = []
    for ent in analysis.entities:
        keys = alias_keys(ent)
        if not keys:
            entities.append(ent)
            continue
        kb_id, kb_name, evidence = _resolve(conn, ent, keys[0])
        if kb_id is None and ent.type == "PERSON":
            # The registry may know this person only by the surname an earlier article used.
            for key in keys[1:]:
                kb_id, kb_name, evidence = _resolve(conn, ent, key)
                if kb_id is not None and len(normalise(kb_name).split()) == 1:
                    break
                kb_id, kb_name, evidence = None, ent.name, []
        if kb_id is None:
            kb_id, kb_name = kb_id_for(ent.type, ent.name), ent.name
            if conn.execute(select(KbEntityRow.id).where(KbEntityRow.id == kb_id)).first() is None:
                conn.execute(insert(KB_ENTITIES), [{"id": kb_id, "name": ent.name, "type": ent.type, "created_at": now}])
        _add_aliases(conn, kb_id, ent.type, keys)
        new = ent
        if ent.type == "PERSON" and _fuller(kb_name, ent.name):
            new = dataclasses.replace(new, name=kb_name)
            evidence.append(f"registry:name {kb_name!r} for {ent.name!r}")
        elif ent.type == "PERSON" and _fuller(ent.name, kb_name):
            conn.execute(update(KB_ENTITIES).where(KB_ENTITIES.c.id == kb_id).values(name=ent.name))
        from_registry = False
        if ent.actor is None:
            actor, note = _registry_actor(conn, kb_id)
            if actor is not None:
                new = dataclasses.replace(new, actor=actor)
                evidence.append(note)
                from_registry = True
        new = dataclasses.replace(new, kb_id=kb_id, evidence=(*new.evidence, *evidence))
        entities.append(new)
        links.append({
            "article_id": analysis.article.id,
            "entity_id": ent.id,
            "kb_id": kb_id,
            "name": new.name,
            "mentions": len(ent.mentions),
            "published": published,
            "titles": list(ent.titles),
            "actor_code": new.actor.code if new.actor else None,
            "actor_country": new.actor.country if new.actor else None,
            "actor_role": new.actor.role if new.actor else None,
            "actor_from_registry": from_registry,
        })
    return dataclasses.replace(analysis, entities=tuple(entities)), links


def _resolve(conn: Connection, ent: Entity, key: str) -> tuple[str | None, str, list[str]]:
    """The registry entity known under `key` for this type; the most-linked one if several."""
    linked = func.count(KbLinkRow.article_id)
    rows = conn.execute(
        select(KbAliasRow.kb_id, KbEntityRow.name, linked.label("n"))
        .join(KbEntityRow, KbEntityRow.id == KbAliasRow.kb_id)
        .outerjoin(KbLinkRow, KbLinkRow.kb_id == KbAliasRow.kb_id)
        .where(KbAliasRow.alias == key, KbAliasRow.type == ent.type)
        .group_by(KbAliasRow.kb_id, KbEntityRow.name)
        .order_by(linked.desc(), KbAliasRow.kb_id)
    ).all()
    if not rows:
        return None, ent.name, []
    note = [f"registry:{rows[0].kb_id} alias {key!r}"]
    if len(rows) > 1:
        note.append(f"registry:ambiguous alias {key!r} ({len(rows)} entities; most linked chosen)")
    return str(rows[0].kb_id), str(rows[0].name), note


def _add_aliases(conn: Connection, kb_id: str, type_: str, keys: list[str]) -> None:
    have = set(
        conn.execute(
            select(KbAliasRow.alias).where(KbAliasRow.kb_id == kb_id, KbAliasRow.type == type_, KbAliasRow.alias.in_(keys))
        ).scalars()
    )
    missing = [{"alias": k, "type": type_, "kb_id": kb_id} for k in dict.fromkeys(keys) if k not in have]
    if missing:
        conn.execute(insert(KB_ALIASES), missing)


def _registry_actor(conn: Connection, kb_id: str) -> tuple[Actor | None, str]:
    row = conn.execute(
        select(KbLinkRow.actor_code, KbLinkRow.actor_country, KbLinkRow.actor_role, KbLinkRow.article_id,
               KbLinkRow.published)
        .where(KbLinkRow.kb_id == kb_id, KbLinkRow.actor_code.is_not(None), KbLinkRow.actor_from_registry.is_(False))
        .order_by(KbLinkRow.published.desc().nulls_last(), KbLinkRow.article_id)
        .limit(1)
    ).first()
    if row is None:
        return None, ""
    note = f"registry:actor {row.actor_code} as given in article {row.article_id} ({row.published or 'undated'})"
    return Actor(row.actor_code, row.actor_country, row.actor_role), note


def _fuller(long: str, short: str) -> bool:
    """True when `long` is a fuller form of the name `short` ("Mikhail Mishustin" of "Mishustin")."""
    lk, sk = normalise(long).split(), normalise(short).split()
    return len(lk) > len(sk) >= 1 and (lk[-len(sk):] == sk or lk[: len(sk)] == sk)
