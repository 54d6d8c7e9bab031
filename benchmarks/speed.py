"""Articles per second: newsgraph's full analysis vs the raw spaCy model, same articles, one run.

    .venv/bin/python -m benchmarks.speed [--n 200] [--set allsides_politics_2015_2020] [--workers 2]

Reads the first N articles of a JSON Lines set in ../shared/corpus/text, runs the raw model's
`nlp.pipe` over their texts, then `Engine.analyze_many` (the same model plus every extractor),
and prints both rates with their ratio; with --workers N above 1, also `analyze_many` with that
many worker processes (timed from start, the processes' model loading included), checked to
give the same records. Writes benchmarks/results/speed.json.
"""

from __future__ import annotations

import argparse
import itertools
import time

from benchmarks._common import SHARED, write_result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--set", default="allsides_politics_2015_2020")
    ap.add_argument("--workers", type=int, default=2, help="worker processes for the parallel row (1: none)")
    args = ap.parse_args()

    from newsgraph import Engine
    from newsgraph.ingest import Defaults, read_bytes
    from newsgraph.nlp import load_pipeline
    from newsgraph.records import Article
    from newsgraph.settings import Settings

    settings = Settings.from_env()
    path = SHARED / "corpus" / "text" / args.set / "articles.jsonl"
    raw_lines = [line for line in itertools.islice(path.open("rb"), args.n)]
    articles = [a for a in read_bytes(b"".join(raw_lines), name=str(path), defaults=Defaults())
                if isinstance(a, Article)]
    chars = sum(len(a.text) for a in articles)
    print(f"{len(articles)} articles, {chars:,} characters, from {args.set}; model {settings.model}")

    import spacy

    raw = spacy.load(settings.model)
    raw.pipe(["warm up"])
    t0 = time.perf_counter()
    for _ in raw.pipe((a.text for a in articles), batch_size=settings.batch_size):
        pass
    raw_s = time.perf_counter() - t0

    engine = Engine(settings)
    load_pipeline(settings.model)
    engine.analyze_text("Warm up: Xi Jinping met Vladimir Putin in Moscow on Tuesday.", published="2025-11-04")
    t0 = time.perf_counter()
    serial = [r.to_dict() for r in engine.analyze_many(articles)]
    ng_s = time.perf_counter() - t0
    done = sum("error" not in r for r in serial)

    rows = [
        {"system": f"raw spaCy ({settings.model})", "articles": len(articles), "seconds": raw_s,
         "articles_per_s": len(articles) / raw_s, "chars_per_s": chars / raw_s},
        {"system": "newsgraph analyze (all extractors)", "articles": done, "seconds": ng_s,
         "articles_per_s": done / ng_s, "chars_per_s": chars / ng_s},
    ]
    print(f"newsgraph runs at {raw_s / ng_s:.2f}x the raw model's speed "
          f"({', '.join(s.key for s in engine.plan)})")
    if args.workers > 1:
        parallel = Engine(settings.replace(workers=args.workers))
        t0 = time.perf_counter()
        records = [r.to_dict() for r in parallel.analyze_many(articles)]
        par_s = time.perf_counter() - t0
        if records != serial:
            raise SystemExit(f"--workers {args.workers} gave other records than one process")
        rows.append({"system": f"newsgraph analyze, {args.workers} worker processes", "articles": done,
                     "seconds": par_s, "articles_per_s": done / par_s, "chars_per_s": chars / par_s})
        print(f"with {args.workers} worker processes: {ng_s / par_s:.2f}x one process, the same records")
    write_result("speed", rows)


if __name__ == "__main__":
    main()
