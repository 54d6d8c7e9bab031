"""Analysis records <-> table rows: flattening for the annotation tables and back for events."""

from __future__ import annotations

import calendar
import hashlib
import re
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from newsgraph.errors import UsageError
from newsgraph.records import Analysis, Argument, Event, Offsets, Span, to_dict

Rows = dict[str, list[dict[str, Any]]]

_DAY = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", re.ASCII)


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def counts_of(analysis: Analysis) -> dict[str, int]:
    """Annotation counts shown beside an article in lists and search results."""
    return {
        "entities": len(analysis.entities),
        "events": len(analysis.events),
        "quotes": len(analysis.quotes),
        "times": len(analysis.times),
        "places": len(analysis.places),
        "amounts": len(analysis.amounts),
        "tags": len(analysis.tags),
    }


def day_span(value: str | None) -> tuple[str, str] | None:
    """First and last day of a "YYYY", "YYYY-MM" or "YYYY-MM-DD"(...) value, else None.

    >>> day_span("2025-02")
    ('2025-02-01', '2025-02-28')
    """
    if not value:
        return None
    m = _DAY.match(value)
    if m is None:
        return None
    year, month, day = m.group(1), m.group(2), m.group(3)
    try:
        if day is not None:
            datetime(int(year), int(month), int(day))
            return (f"{year}-{month}-{day}",) * 2
        if month is not None:
            last = calendar.monthrange(int(year), int(month))[1]
            return f"{year}-{month}-01", f"{year}-{month}-{last:02d}"
    except ValueError:
        return None
    return f"{year}-01-01", f"{year}-12-31"


def parse_bound(value: str | None, *, end: bool) -> str | None:
    """A since/until filter value as a day: the first day of its span, or the last for `end`."""
    if value is None or value == "":
        return None
    span = day_span(value.strip())
    if span is None or not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value.strip()[:10]):
        raise UsageError(f"not a date (YYYY, YYYY-MM or YYYY-MM-DD): {value!r}")
    return span[1] if end else span[0]


def article_row(analysis: Analysis, *, doc_id: int, analysed_at: datetime) -> dict[str, Any]:
    art = analysis.article
    return {
        "id": art.id,
        "doc_id": doc_id,
        "title": art.title,
        "source": art.source,
        "published": art.published,
        "url": art.url,
        "language": art.language,
        "text": art.text,
        "dateline": art.dateline,
        "origin": art.origin,
        "content_hash": content_hash(art.text),
        "schema_version": analysis.schema_version,
        "extractor_versions": dict(analysis.extractors),
        "counts": counts_of(analysis),
        "analysed_at": analysed_at,
        "record": analysis.to_dict(),
    }


def _spans(
    article_id: str, owner_key: str, owner: str, spans: tuple[Span, ...]
) -> list[dict[str, Any]]:
    return [
        {
            "article_id": article_id,
            owner_key: owner,
            "seq": i,
            "start_char": s.start,
            "end_char": s.end,
            "text": s.text,
        }
        for i, s in enumerate(spans)
    ]


def _argument(prefix: str, arg: Argument | None) -> dict[str, Any]:
    return {
        f"{prefix}_entity": arg.entity if arg else None,
        f"{prefix}_text": arg.text if arg else None,
        f"{prefix}_actor_code": arg.actor_code if arg else None,
        f"{prefix}_start": arg.start if arg else None,
        f"{prefix}_end": arg.end if arg else None,
    }


def annotation_rows(analysis: Analysis) -> Rows:
    """Rows for every annotation table, keyed by table name."""
    aid = analysis.article.id
    published = day_span(analysis.article.published)
    rows: Rows = {
        name: []
        for name in (
            "entities",
            "entity_mentions",
            "events",
            "quotes",
            "times",
            "places",
            "place_mentions",
            "amounts",
            "tags",
            "tone",
        )
    }
    for i, ent in enumerate(analysis.entities):
        rows["entities"].append(
            {
                "article_id": aid,
                "id": ent.id,
                "seq": i,
                "name": ent.name,
                "type": ent.type,
                "titles": list(ent.titles),
                "actor_code": ent.actor.code if ent.actor else None,
                "actor_country": ent.actor.country if ent.actor else None,
                "actor_role": ent.actor.role if ent.actor else None,
                "kb_id": ent.kb_id,
                "evidence": list(ent.evidence),
                "extractor": ent.extractor,
            }
        )
        rows["entity_mentions"] += _spans(aid, "entity_id", ent.id, ent.mentions)
    for i, ev in enumerate(analysis.events):
        when = day_span(ev.date) or published
        rows["events"].append(
            {
                "article_id": aid,
                "id": ev.id,
                "seq": i,
                "code": ev.code,
                "root_code": ev.root_code,
                "label": ev.label,
                "quad_class": ev.quad_class,
                "goldstein": ev.goldstein,
                "plover": ev.plover,
                **_argument("source", ev.source),
                **_argument("target", ev.target),
                "date": ev.date,
                "when_start": when[0] if when else None,
                "when_end": when[1] if when else None,
                "place": ev.place,
                "negated": ev.negated,
                "mode": ev.mode,
                "sentence_start": ev.sentence.start,
                "sentence_end": ev.sentence.end,
                "trigger_start": ev.trigger.start,
                "trigger_end": ev.trigger.end,
                "trigger_text": ev.trigger.text,
                "rule": ev.rule,
                "confidence": ev.confidence,
                "extractor": ev.extractor,
            }
        )
    for i, q in enumerate(analysis.quotes):
        sp = q.speaker
        rows["quotes"].append(
            {
                "article_id": aid,
                "id": q.id,
                "seq": i,
                "text": q.text,
                "start_char": q.start,
                "end_char": q.end,
                "kind": q.kind,
                "speaker_entity": sp.entity if sp else None,
                "speaker_text": sp.text if sp else None,
                "speaker_start": sp.start if sp else None,
                "speaker_end": sp.end if sp else None,
                "cue": q.cue,
                "via": to_dict(q.via),
                "extractor": q.extractor,
            }
        )
    for i, t in enumerate(analysis.times):
        rows["times"].append(
            {
                "article_id": aid,
                "id": t.id,
                "seq": i,
                "text": t.text,
                "start_char": t.start,
                "end_char": t.end,
                "type": t.type,
                "value": t.value,
                "anchored": t.anchored,
                "extractor": t.extractor,
            }
        )
    for i, p in enumerate(analysis.places):
        rows["places"].append(
            {
                "article_id": aid,
                "id": p.id,
                "seq": i,
                "name": p.name,
                "country": p.country,
                "lat": p.lat,
                "lon": p.lon,
                "geonames_id": p.geonames_id,
                "feature": p.feature,
                "role": p.role,
                "extractor": p.extractor,
            }
        )
        rows["place_mentions"] += _spans(aid, "place_id", p.id, p.mentions)
    for i, a in enumerate(analysis.amounts):
        rows["amounts"].append(
            {
                "article_id": aid,
                "id": a.id,
                "seq": i,
                "text": a.text,
                "start_char": a.start,
                "end_char": a.end,
                "value": a.value,
                "unit": a.unit,
                "measure": a.measure,
                "date": a.date,
                "extractor": a.extractor,
            }
        )
    for i, tag in enumerate(analysis.tags):
        rows["tags"].append(
            {
                "article_id": aid,
                "seq": i,
                "label": tag.label,
                "score": tag.score,
                "evidence": list(tag.evidence),
                "extractor": tag.extractor,
            }
        )
    if analysis.tone is not None:
        rows["tone"].append({"article_id": aid, **to_dict(analysis.tone)})
    return rows


def _argument_from(row: Mapping[Any, Any], prefix: str) -> Argument | None:
    if row[f"{prefix}_text"] is None:
        return None
    return Argument(
        text=row[f"{prefix}_text"],
        entity=row[f"{prefix}_entity"],
        actor_code=row[f"{prefix}_actor_code"],
        start=row[f"{prefix}_start"],
        end=row[f"{prefix}_end"],
    )


def event_from_row(row: Mapping[Any, Any]) -> Event:
    """The Event a row of `events` was flattened from."""
    return Event(
        id=row["id"],
        code=row["code"],
        root_code=row["root_code"],
        label=row["label"],
        quad_class=row["quad_class"],
        goldstein=row["goldstein"],
        sentence=Offsets(row["sentence_start"], row["sentence_end"]),
        trigger=Span(row["trigger_start"], row["trigger_end"], row["trigger_text"]),
        rule=row["rule"],
        confidence=row["confidence"],
        plover=row["plover"],
        source=_argument_from(row, "source"),
        target=_argument_from(row, "target"),
        date=row["date"],
        place=row["place"],
        negated=bool(row["negated"]),
        mode=row["mode"],
        extractor=row["extractor"],
    )
