"""The JSON Schema of the analysis record, and a validator that also checks offsets."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any


@lru_cache(maxsize=1)
def analysis_schema() -> dict[str, Any]:
    text = resources.files("newsgraph.schema").joinpath("analysis.schema.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def validate_record(record: dict[str, Any]) -> list[str]:
    """Problems with a record (empty when valid): schema errors, broken offsets, dangling ids."""
    import jsonschema

    validator = jsonschema.Draft202012Validator(analysis_schema())
    problems = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(record)]
    if "error" in record or problems:
        return problems
    text = record["article"]["text"]

    def check(where: str, span: dict[str, Any]) -> None:
        if text[span["start"] : span["end"]] != span["text"]:
            problems.append(
                f"{where}: text[{span['start']}:{span['end']}] is "
                f"{text[span['start']:span['end']]!r}, not {span['text']!r}"
            )

    ids: set[str] = set()
    for kind in ("entities", "events", "quotes", "amounts", "times", "places"):
        for item in record[kind]:
            if item["id"] in ids:
                problems.append(f"{kind}/{item['id']}: id used twice")
            ids.add(item["id"])
            for i, m in enumerate(item.get("mentions", [])):
                check(f"{kind}/{item['id']}/mentions/{i}", m)
            if "start" in item and "text" in item:
                check(f"{kind}/{item['id']}", item)
    entity_ids = {e["id"] for e in record["entities"]}
    place_ids = {p["id"] for p in record["places"]}
    for ev in record["events"]:
        check(f"events/{ev['id']}/trigger", ev["trigger"])
        for role in ("source", "target"):
            arg = ev[role]
            if arg and arg["entity"] is not None and arg["entity"] not in entity_ids:
                problems.append(f"events/{ev['id']}/{role}: unknown entity {arg['entity']}")
        if ev["place"] is not None and ev["place"] not in place_ids:
            problems.append(f"events/{ev['id']}/place: unknown place {ev['place']}")
    for q in record["quotes"]:
        sp = q["speaker"]
        if sp is not None:
            check(f"quotes/{q['id']}/speaker", sp)
            if sp["entity"] is not None and sp["entity"] not in entity_ids:
                problems.append(f"quotes/{q['id']}/speaker: unknown entity {sp['entity']}")
    return problems
