"""Event coder accuracy on our own gold (benchmarks/gold/events/*.jsonl), dev and test splits.

The gold holds references only (corpus set, article id, sentence offsets) and our labels;
the article text is read from ../shared/corpus. Scored: factual events (mode asserted or
reported, not negated) as (source country, target country, CAMEO root) tuples per
sentence, and each field on its own. A system event belongs to the gold sentence its
trigger starts in. See benchmarks/EVENTS_GUIDELINES.md.

    .venv/bin/python -m benchmarks.events [--split dev] [--limit N] [--min-confidence 0.5] [--errors]
        [--lexicon extra.tsv] [--no-folds] [--quick]

Rows: `newsgraph events.cameo` (rules + the learned argument model; dev scored out of fold by
models fitted on the other dev folds, test by the written model), `events.cameo rules only`,
and a parse-free baseline. See benchmarks/README.md, "The events' learned layer".
"""

from __future__ import annotations

import argparse
import hashlib
import os
from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import Any

from benchmarks._common import ROOT, SHARED, prf, read_jsonl, write_result
from newsgraph.extract.eventcoder.actors import ROLE_CODES

GOLD = ROOT / "benchmarks" / "gold" / "events"
FACTUAL_MODES = ("asserted", "reported")
Tuple3 = tuple[str, str, str]


# CAMEO role codes: an actor code that is only a role ("MIL", "GOV") names no country. The
# coder's set, plus the sector codes it never emits alone but a gold label may hold.
ROLES = ROLE_CODES | frozenset({"NGO", "IGO", "IMG", "EDU", "HLH", "REF", "LAB"})


def country(code: str | None) -> str:
    if not code or code in ROLES:
        return "-"
    return code if code.startswith("IGO") else code[:3]


def split_of(article_id: str) -> str:
    """dev (tune on it) or test (held out): a fixed hash of the article id, about 1/3 test.
    Fixed before further tuning; new articles fall where their hash puts them."""
    return "test" if hashlib.sha1(article_id.encode("utf-8")).digest()[0] % 3 == 0 else "dev"


def load_gold() -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for path in sorted(GOLD.glob("*.jsonl")):
        rows.extend(read_jsonl(path))
    return rows


def load_articles(wanted: set[tuple[str, str]]) -> dict[tuple[str, str], dict[str, Any]]:
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for corpus_set in sorted({s for s, _ in wanted}):
        for row in read_jsonl(SHARED / "corpus" / "text" / corpus_set / "articles.jsonl"):
            if (corpus_set, row["id"]) in wanted:
                found[(corpus_set, row["id"])] = row
    return found


def proximity_baseline(doc: Any, entities: Any) -> list[tuple[int, Tuple3]]:
    """A dictionary coder without the parse, as GDELT-era coders fall back to: every lexicon
    word is an event (the code of its bare entry), done by the nearest coded actor before it
    in the sentence to the nearest one after it. Same lexicon, same entities and actor codes
    as events.cameo: the difference is what the parse and the rules add."""
    from newsgraph.extract.eventcoder import clauses
    from newsgraph.extract.eventcoder.actors import ActorResolver
    from newsgraph.extract.eventcoder.coder import ACTOR_ENT_TYPES
    from newsgraph.extract.eventcoder.lexicon import load_lexicon

    lexicon = load_lexicon(())
    resolver = ActorResolver(doc, entities)
    out: list[tuple[int, Tuple3]] = []
    for start, end in clauses.sentence_units(doc):
        coded: list[tuple[int, str]] = []
        for tok in doc[start:end]:
            if tok.ent_type_ in ACTOR_ENT_TYPES:
                actor = resolver.resolve(tok)
                if (
                    actor is not None
                    and actor.country
                    and (not coded or coded[-1][1] != actor.country)
                ):
                    coded.append((tok.i, actor.country))
        for tok in doc[start:end]:
            entry = lexicon.match(tok)
            if entry is None or not entry.code or entry.frame in ("report", "light", "undergo"):
                continue
            before = [c for i, c in coded if i < tok.i]
            after = [c for i, c in coded if i > tok.i]
            source = before[-1] if before else "-"
            target = next((c for c in after if c != source), "-")
            out.append((tok.idx, (source, target, entry.code[:2])))
    return out


def gold_tuples(events: Iterable[dict[str, Any]]) -> list[Tuple3]:
    return [
        (country(e["source"]), country(e["target"]), e["root"])
        for e in events
        if e["mode"] in FACTUAL_MODES and not e["negated"]
    ]


def system_tuples(events: Iterable[Any]) -> list[Tuple3]:
    return [
        (
            country(e.source.actor_code if e.source else None),
            country(e.target.actor_code if e.target else None),
            e.root_code,
        )
        for e in events
        if e.mode in FACTUAL_MODES and not e.negated
    ]


def score(
    pairs: list[tuple[list[Tuple3], list[Tuple3]]], field: int | None
) -> tuple[int, int, int]:
    tp = fp = fn = 0
    for gold, system in pairs:
        g = Counter(t if field is None else t[field] for t in gold)
        s = Counter(t if field is None else t[field] for t in system)
        if field is not None:  # an unknown side is no claim
            g.pop("-", None)
            s.pop("-", None)
        hit = sum((g & s).values())
        tp += hit
        fp += sum(s.values()) - hit
        fn += sum(g.values()) - hit
    return tp, fp, fn


SYSTEM, RULES, BASELINE = (
    "newsgraph events.cameo",
    "events.cameo rules only",
    "baseline: lexicon + nearest actors",
)
FOLDS = 5
MATCHES: tuple[tuple[str, int | None], ...] = (
    ("dyad+root", None),
    ("source", 0),
    ("target", 1),
    ("root", 2),
)


def _row(
    system: str,
    split: str,
    match: str,
    pairs: list[tuple[list[Tuple3], list[Tuple3]]],
    field: int | None,
) -> dict[str, Any]:
    return {
        "system": system,
        "split": split,
        "match": match,
        "sentences": len(pairs),
        **figures(pairs, field),
    }


def figures(
    pairs: list[tuple[list[Tuple3], list[Tuple3]]], field: int | None
) -> dict[str, int | float]:
    """tp, fp, fn, precision, recall and F1 of (gold, system) tuples per sentence."""
    tp, fp, fn = score(pairs, field)
    p, r, f = prf(tp, fp, fn)
    return {"tp": tp, "fp": fp, "fn": fn, "precision": p, "recall": r, "f1": f}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles")
    parser.add_argument("--min-confidence", type=float, default=0.5)
    parser.add_argument("--errors", action="store_true", help="print sentences with errors")
    parser.add_argument(
        "--lexicon",
        action="append",
        default=[],
        metavar="PATH",
        help="an extra event lexicon file (the `lexicons` setting), to try entries out",
    )
    parser.add_argument(
        "--split", choices=("dev", "test", "all"), default="all", help="only articles of a split"
    )
    parser.add_argument(
        "--no-folds",
        action="store_true",
        help="score dev with the written model too (fitted on dev: in-sample, optimistic)",
    )
    parser.add_argument(
        "--quick",
        action="store_true",
        help="no folds, and no model rows for dev (the accuracy gate's run; written only where "
        "NEWSGRAPH_BENCH_RESULTS points)",
    )
    args = parser.parse_args(argv)
    if args.quick:
        args.no_folds = True
    from benchmarks.events_train import (
        addition_points,
        calibrated,
        prepare,
        run_events,
        train,
    )
    from newsgraph.extract.eventcoder.model import load_event_model

    gold = load_gold()
    by_article: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for row in gold:
        by_article[(row["set"], row["article"])].append(row)
    keys = [k for k in sorted(by_article) if args.split in ("all", split_of(k[1]))]
    keys = keys[: args.limit or None]
    preps = prepare(keys)
    options: dict[str, Any] = {"event_min_confidence": args.min_confidence}
    if args.lexicon:
        options["lexicons"] = tuple(args.lexicon)
    shipped = load_event_model()
    # The dev part is scored out of fold: each fifth of the dev articles by a model fitted (by
    # benchmarks.events_train) on the other four fifths; the test part by the written model.
    models: dict[tuple[str, str], Any] = {}
    dev_keys = [p.key for p in preps if split_of(p.key[1]) == "dev"]
    if shipped is not None and not args.no_folds and dev_keys:
        have = {p.key: p for p in preps}
        missing = [k for k in sorted(by_article) if split_of(k[1]) == "dev" and k not in have]
        all_dev = [p for p in preps if split_of(p.key[1]) == "dev"] + prepare(missing)
        fitted = []
        for fold in range(FOLDS):
            held = {k for n, k in enumerate(sorted(p.key for p in all_dev)) if n % FOLDS == fold}
            print(f"  fold {fold + 1}/{FOLDS}: fitting on {len(all_dev) - len(held)} dev articles")
            model = train([p for p in all_dev if p.key not in held])
            points = addition_points([p for p in all_dev if p.key in held], model)
            fitted.append((held, model, points))
        # each fold's added pairs are calibrated on the other folds' (events_train.calibrated)
        for held, model, _ in fitted:
            others = [pt for h, _, points in fitted if h is not held for pt in points]
            models.update({k: calibrated(model, others) for k in held})
    pairs: dict[str, dict[str, list[tuple[list[Tuple3], list[Tuple3]]]]] = {
        name: defaultdict(list) for name in (SYSTEM, RULES, BASELINE)
    }
    for prep in preps:
        key = prep.key
        rules = run_events(prep, {**options, "event_model": False})
        events = (
            run_events(prep, {**options, "event_model": models.get(key, shipped)})
            if shipped is not None
            else rules
        )
        baseline = proximity_baseline(prep.doc, prep.results.get("entities", ()))
        for row in by_article[key]:
            g = gold_tuples(row["events"])
            inside = [e for e in events if row["start"] <= e.trigger.start < row["end"]]
            s = system_tuples(inside)
            r = system_tuples([e for e in rules if row["start"] <= e.trigger.start < row["end"]])
            b = [t for at, t in baseline if row["start"] <= at < row["end"]]
            for split in (split_of(key[1]), "all"):
                pairs[SYSTEM][split].append((g, s))
                pairs[RULES][split].append((g, r))
                pairs[BASELINE][split].append((g, b))
            if args.errors and Counter(g) != Counter(s):
                print(
                    f"{key[1][:40]} [{row['start']}:{row['end']}] "
                    f"{prep.text[row['start'] : row['end']][:160]!r}\n"
                    f"   gold {sorted(g)}\n   sys  {sorted(s)}  "
                    f"{[(e.trigger.text, e.code, e.rule, e.confidence) for e in inside]}"
                )
    rows: list[dict[str, Any]] = []
    for system, scored in pairs.items():
        if system == RULES and shipped is None:
            continue  # the same as the system row
        for split in ("dev", "test", "all"):
            if args.quick and system == SYSTEM and shipped is not None and split != "test":
                continue  # the model was fitted on dev: only its test figures mean anything
            for name, field in MATCHES:
                rows.append(_row(system, split, name, scored[split], field))
    full = args.split == "all" and not args.limit and not args.lexicon
    if full and (not args.no_folds or (args.quick and os.environ.get("NEWSGRAPH_BENCH_RESULTS"))):
        write_result("events", rows)
    else:  # a partial run is for tuning: print it, keep the committed figures
        rows = [row for row in rows if row["sentences"]]
        print("  ".join(rows[0]) if rows else "no sentences")
        for row in rows:
            print("  ".join(f"{v:.3f}" if isinstance(v, float) else str(v) for v in row.values()))


if __name__ == "__main__":
    main()
