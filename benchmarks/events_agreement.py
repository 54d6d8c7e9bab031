"""How far two people agree on event gold, and where the coder stands beside them.

benchmarks/gold/events_agreement/ holds second, independent annotations of sentences that are
also in benchmarks/gold/events/ (same offsets; each annotator worked blind to the other and to
the coder). For every file there, this scores, on exactly those sentences and with the events
benchmark's matching (factual events as (source country, target country, CAMEO root) per
sentence):

- the second annotator against the gold: human agreement, the ceiling a coder can be held to;
- events.cameo's rules (without the learned layer, which was fitted on the dev part of these
  sentences) against the gold, and against the second annotator.

    .venv/bin/python -m benchmarks.events_agreement [--min-confidence 0.5]
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from pathlib import Path
from typing import Any

from benchmarks._common import ROOT, read_jsonl, write_result
from benchmarks.events import (
    MATCHES,
    Tuple3,
    figures,
    gold_tuples,
    load_gold,
    system_tuples,
)
from benchmarks.events_train import prepare, run_events

SECOND = ROOT / "benchmarks" / "gold" / "events_agreement"
Key = tuple[str, str, int, int]


def _key(row: dict[str, Any]) -> Key:
    return (row["set"], row["article"], row["start"], row["end"])


def _describe(path: Path, rows: list[dict[str, Any]]) -> str:
    articles = len({(r["set"], r["article"]) for r in rows})
    return f"{path.stem} ({articles} articles, {len(rows)} sentences)"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--min-confidence", type=float, default=0.5)
    args = parser.parse_args(argv)

    gold = {_key(r): r for r in load_gold()}
    seconds = {p: list(read_jsonl(p)) for p in sorted(SECOND.glob("*.jsonl"))}
    for path, rows in seconds.items():
        missing = [k for k in map(_key, rows) if k not in gold]
        if missing:
            raise SystemExit(f"{path}: {len(missing)} sentences are not in the gold, e.g. {missing[0]}")
    wanted = sorted({(r["set"], r["article"]) for rows in seconds.values() for r in rows})
    # the rules alone: the learned layer was fitted on the dev part of these sentences
    options = {"event_min_confidence": args.min_confidence, "event_model": False}
    system: dict[Key, list[Tuple3]] = {}
    by_article: dict[tuple[str, str], list[Key]] = defaultdict(list)
    for rows in seconds.values():
        for r in rows:
            by_article[(r["set"], r["article"])].append(_key(r))
    for prep in prepare(wanted):
        events = run_events(prep, options)
        for key in by_article[prep.key]:
            inside = [e for e in events if key[2] <= e.trigger.start < key[3]]
            system[key] = system_tuples(inside)

    out: list[dict[str, Any]] = []
    for path, rows in seconds.items():
        keys = [_key(r) for r in rows]
        g = {k: gold_tuples(gold[k]["events"]) for k in keys}
        h = {_key(r): gold_tuples(r["events"]) for r in rows}
        comparisons = (
            ("second annotator", "gold", [(g[k], h[k]) for k in keys]),
            ("events.cameo rules only", "gold", [(g[k], system[k]) for k in keys]),
            ("events.cameo rules only", "second annotator", [(h[k], system[k]) for k in keys]),
        )
        for who, against, pairs in comparisons:
            for match, field in MATCHES:
                out.append(
                    {
                        "sentences": _describe(path, rows),
                        "annotation": who,
                        "against": against,
                        "match": match,
                        **figures(pairs, field),
                    }
                )
    write_result("events_agreement", out)


if __name__ == "__main__":
    main()
