"""Flat tables of records (for CSV, and later Parquet): one row per annotation, with its article."""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TextIO

from newsgraph.records import Analysis

Row = dict[str, Any]


def _articles(a: Analysis) -> Iterator[Row]:
    art = a.article
    yield {
        "article": art.id, "title": art.title, "source": art.source, "published": art.published,
        "url": art.url, "entities": len(a.entities), "events": len(a.events), "quotes": len(a.quotes),
        "places": len(a.places), "times": len(a.times), "amounts": len(a.amounts),
        "tags": ";".join(t.label for t in a.tags), "tone": a.tone.tone if a.tone else None,
    }


def _entities(a: Analysis) -> Iterator[Row]:
    for e in a.entities:
        yield {
            "article": a.article.id, "id": e.id, "name": e.name, "type": e.type,
            "actor_code": e.actor.code if e.actor else None,
            "country": e.actor.country if e.actor else None,
            "role": e.actor.role if e.actor else None,
            "titles": ";".join(e.titles), "mentions": len(e.mentions),
            "first_start": e.mentions[0].start if e.mentions else None, "extractor": e.extractor,
        }


def _events(a: Analysis) -> Iterator[Row]:
    for ev in a.events:
        yield {
            "article": a.article.id, "id": ev.id, "code": ev.code, "root_code": ev.root_code,
            "label": ev.label, "quad_class": ev.quad_class, "goldstein": ev.goldstein, "plover": ev.plover,
            "source": ev.source.text if ev.source else None,
            "source_actor": ev.source.actor_code if ev.source else None,
            "target": ev.target.text if ev.target else None,
            "target_actor": ev.target.actor_code if ev.target else None,
            "date": ev.date, "place": ev.place, "negated": ev.negated, "mode": ev.mode,
            "sentence_start": ev.sentence.start, "sentence_end": ev.sentence.end,
            "trigger": ev.trigger.text, "trigger_start": ev.trigger.start, "rule": ev.rule,
            "confidence": ev.confidence, "extractor": ev.extractor,
        }


def _quotes(a: Analysis) -> Iterator[Row]:
    for q in a.quotes:
        yield {
            "article": a.article.id, "id": q.id, "kind": q.kind, "text": q.text, "start": q.start,
            "end": q.end, "speaker": q.speaker.text if q.speaker else None,
            "speaker_entity": q.speaker.entity if q.speaker else None, "cue": q.cue,
            "via": ";".join(v.text for v in q.via), "extractor": q.extractor,
        }


def _times(a: Analysis) -> Iterator[Row]:
    for t in a.times:
        yield {"article": a.article.id, "id": t.id, "text": t.text, "start": t.start, "end": t.end,
               "type": t.type, "value": t.value, "anchored": t.anchored, "extractor": t.extractor}


def _places(a: Analysis) -> Iterator[Row]:
    for p in a.places:
        yield {"article": a.article.id, "id": p.id, "name": p.name, "country": p.country, "lat": p.lat,
               "lon": p.lon, "geonames_id": p.geonames_id, "feature": p.feature, "role": p.role,
               "mentions": len(p.mentions), "extractor": p.extractor}


def _amounts(a: Analysis) -> Iterator[Row]:
    for m in a.amounts:
        yield {"article": a.article.id, "id": m.id, "text": m.text, "start": m.start, "end": m.end,
               "value": m.value, "unit": m.unit, "measure": m.measure, "date": m.date,
               "extractor": m.extractor}


CSV_TABLES: dict[str, Callable[[Analysis], Iterator[Row]]] = {
    "articles": _articles,
    "entities": _entities,
    "events": _events,
    "quotes": _quotes,
    "times": _times,
    "places": _places,
    "amounts": _amounts,
}


# Each table's columns, in order: the header is written even when no row is (a test keeps
# these equal to the keys of the rows above).
CSV_COLUMNS: dict[str, tuple[str, ...]] = {
    "articles": ("article", "title", "source", "published", "url", "entities", "events", "quotes",
                 "places", "times", "amounts", "tags", "tone"),
    "entities": ("article", "id", "name", "type", "actor_code", "country", "role", "titles",
                 "mentions", "first_start", "extractor"),
    "events": ("article", "id", "code", "root_code", "label", "quad_class", "goldstein", "plover",
               "source", "source_actor", "target", "target_actor", "date", "place", "negated",
               "mode", "sentence_start", "sentence_end", "trigger", "trigger_start", "rule",
               "confidence", "extractor"),
    "quotes": ("article", "id", "kind", "text", "start", "end", "speaker", "speaker_entity", "cue",
               "via", "extractor"),
    "times": ("article", "id", "text", "start", "end", "type", "value", "anchored", "extractor"),
    "places": ("article", "id", "name", "country", "lat", "lon", "geonames_id", "feature", "role",
               "mentions", "extractor"),
    "amounts": ("article", "id", "text", "start", "end", "value", "unit", "measure", "date",
                "extractor"),
}


def flatten(analyses: Iterable[Analysis], table: str) -> Iterator[Row]:
    rows = CSV_TABLES[table]
    for a in analyses:
        yield from rows(a)


def write_csv(analyses: Iterable[Analysis], out: TextIO, *, table: str = "events") -> int:
    """One table as CSV, its header first (also when there is no row); returns the rows."""
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS[table])
    writer.writeheader()
    n = 0
    for row in flatten(analyses, table):
        writer.writerow(row)
        n += 1
    return n
