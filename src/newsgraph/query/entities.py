"""Registry views: entity summaries, and one entity's profile with its roles over time."""

from __future__ import annotations

from collections import Counter
from typing import Any

from sqlalchemy import Connection, func, or_, select

from newsgraph.link.names import normalise
from newsgraph.store.schema import (
    EventRow,
    KbAliasRow,
    KbEntityRow,
    KbLinkRow,
    QuoteRow,
)


def list_entities(
    conn: Connection,
    *,
    query: str | None = None,
    type: str | None = None,
    limit: int = 50,
    offset: int = 0,
) -> tuple[list[dict[str, Any]], int]:
    """Registry entities, most-covered first: {id, name, type, articles, mentions, first_seen,
    last_seen, actor_code}; `query` matches any alias (substring, case- and accent-blind)."""
    conds: list[Any] = []
    if query:
        key = normalise(query)
        by_id = KbEntityRow.id == query.strip()
        if key:
            alias_hit = select(KbAliasRow.kb_id).where(KbAliasRow.alias.contains(key, autoescape=True))
            conds.append(or_(KbEntityRow.id.in_(alias_hit), by_id))
        else:  # nothing of a name is left ("!!!", "%"): the empty key is in every alias
            conds.append(by_id)
    if type:
        conds.append(KbEntityRow.type == type.upper())
    articles = func.count(func.distinct(KbLinkRow.article_id))
    stmt = (
        select(
            KbEntityRow.id,
            KbEntityRow.name,
            KbEntityRow.type,
            articles.label("articles"),
            func.coalesce(func.sum(KbLinkRow.mentions), 0).label("mentions"),
            func.min(KbLinkRow.published).label("first_seen"),
            func.max(KbLinkRow.published).label("last_seen"),
        )
        .outerjoin(KbLinkRow, KbLinkRow.kb_id == KbEntityRow.id)
        .where(*conds)
        .group_by(KbEntityRow.id, KbEntityRow.name, KbEntityRow.type)
        # The id breaks ties (two "AP"s), so pages and backends agree on the order.
        .order_by(articles.desc(), KbEntityRow.name, KbEntityRow.id)
        .limit(max(0, limit))
        .offset(max(0, offset))
    )
    total = int(conn.execute(select(func.count()).select_from(KbEntityRow).where(*conds)).scalar_one())
    rows = [dict(r) for r in conn.execute(stmt).mappings()]
    codes = _latest_codes(conn, [r["id"] for r in rows])
    for r in rows:
        r["articles"], r["mentions"] = int(r["articles"]), int(r["mentions"])
        r["actor_code"] = codes.get(r["id"])
    return rows, total


def _latest_codes(conn: Connection, ids: list[str]) -> dict[str, str]:
    if not ids:
        return {}
    rows = conn.execute(
        select(KbLinkRow.kb_id, KbLinkRow.actor_code, KbLinkRow.published)
        .where(KbLinkRow.kb_id.in_(ids), KbLinkRow.actor_code.is_not(None))
        .order_by(KbLinkRow.published.asc().nulls_first())
    ).all()
    return {r.kb_id: r.actor_code for r in rows}  # the last (latest) wins


def entity_profile(conn: Connection, kb_id: str, *, limit: int = 50) -> dict[str, Any] | None:
    """One registry entity: names, aliases, roles over time (title and actor code with the
    first and last dates and the articles that gave them), counts, its quotes and events."""
    head = conn.execute(select(KbEntityRow).where(KbEntityRow.id == kb_id)).mappings().first()
    if head is None:
        return None
    links = conn.execute(
        select(KbLinkRow).where(KbLinkRow.kb_id == kb_id).order_by(KbLinkRow.published.asc().nulls_last())
    ).mappings().all()
    aliases = sorted(conn.execute(select(KbAliasRow.alias).where(KbAliasRow.kb_id == kb_id)).scalars())
    roles: dict[tuple[str | None, str | None], dict[str, Any]] = {}
    for link in links:
        titles = list(link["titles"] or []) or [None]
        code = None if link["actor_from_registry"] else link["actor_code"]
        for title in titles:
            if title is None and code is None:
                continue
            role = roles.setdefault(
                (title, code),
                {"title": title, "actor_code": code, "first_seen": None, "last_seen": None, "articles": []},
            )
            role["articles"].append(link["article_id"])
            day = link["published"]
            if day and (role["first_seen"] is None or day < role["first_seen"]):
                role["first_seen"] = day
            if day and (role["last_seen"] is None or day > role["last_seen"]):
                role["last_seen"] = day
    names = Counter(link["name"] for link in links)
    pairs = [(link["article_id"], link["entity_id"]) for link in links]
    return {
        "id": head["id"],
        "name": head["name"],
        "type": head["type"],
        "names": [n for n, _ in names.most_common()],
        "aliases": aliases,
        "articles": len({p[0] for p in pairs}),
        "mentions": sum(int(link["mentions"]) for link in links),
        "first_seen": min((lk["published"] for lk in links if lk["published"]), default=None),
        "last_seen": max((lk["published"] for lk in links if lk["published"]), default=None),
        "roles": sorted(roles.values(), key=lambda r: (r["first_seen"] or "", r["title"] or "")),
        "quotes": _quotes(conn, pairs, limit),
        "events": _events(conn, pairs, limit),
    }


def _quotes(conn: Connection, pairs: list[tuple[str, str]], limit: int) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for article_id, entity_id in pairs:
        rows = conn.execute(
            select(QuoteRow.id, QuoteRow.text, QuoteRow.kind, QuoteRow.cue).where(
                QuoteRow.article_id == article_id, QuoteRow.speaker_entity == entity_id
            )
        ).mappings()
        out += [{"article": article_id, **dict(r)} for r in rows]
        if len(out) >= limit:
            break
    return out[:limit]


def _events(conn: Connection, pairs: list[tuple[str, str]], limit: int) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for article_id, entity_id in pairs:
        rows = conn.execute(
            select(EventRow.id, EventRow.code, EventRow.label, EventRow.date, EventRow.source_entity,
                   EventRow.target_entity, EventRow.source_text, EventRow.target_text).where(
                EventRow.article_id == article_id,
                or_(EventRow.source_entity == entity_id, EventRow.target_entity == entity_id),
            )
        ).mappings()
        for r in rows:
            out.append({
                "article": article_id, "id": r["id"], "code": r["code"], "label": r["label"], "date": r["date"],
                "role": "source" if r["source_entity"] == entity_id else "target",
                "other": r["target_text"] if r["source_entity"] == entity_id else r["source_text"],
            })
        if len(out) >= limit:
            break
    return out[:limit]

