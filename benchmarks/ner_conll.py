"""Entity recognition on the CoNLL-2003 dev split: the raw spaCy model vs newsgraph.

Entity-level exact-span P/R/F1 for PER, ORG, LOC (OntoNotes mapped PERSON->PER, ORG->ORG,
GPE/LOC/FAC->LOC; MISC ignored on both sides), and articles per second of each (one CoNLL
document = one article; the raw model runs its pipeline, newsgraph runs its pipeline plus the
whole entities extractor: names, titles, actors, coreference).

    nice -n 10 .venv/bin/python benchmarks/ner_conll.py [--limit N] [--options '{"entities.propagate": false}']

Writes benchmarks/results/ner_conll.json.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from pathlib import Path
from typing import Any

from benchmarks._common import SHARED, prf, write_result

TYPES = ("PER", "ORG", "LOC")
ONTO_TO_CONLL = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}
Gold = set[tuple[int, int, str]]


def read_documents(path: Path) -> list[list[list[tuple[str, str]]]]:
    """CoNLL documents -> sentences -> (word, IOB2 tag)."""
    docs: list[list[list[tuple[str, str]]]] = []
    sent: list[tuple[str, str]] = []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        parts = line.split()
        if parts and parts[0] == "-DOCSTART-":
            docs.append([])
            continue
        if not parts:
            if sent:
                if not docs:
                    docs.append([])
                docs[-1].append(sent)
            sent = []
            continue
        sent.append((parts[0], parts[-1]))
    return [d for d in docs if d]


def build(vocab: Any, sentences: list[list[tuple[str, str]]]) -> tuple[Any, Gold]:
    """A Doc over the gold tokens (sentences on their own lines) and the gold char spans."""
    from spacy.tokens import Doc

    words: list[str] = []
    spaces: list[bool] = []
    tags: list[str] = []
    for k, sent in enumerate(sentences):
        if k:
            spaces[-1] = False
            words.append("\n")
            spaces.append(False)
            tags.append("O")
        for w, t in sent:
            words.append(w)
            spaces.append(True)
            tags.append(t)
    spaces[-1] = False
    doc = Doc(vocab, words=words, spaces=spaces)
    gold: Gold = set()
    start, label = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        if start >= 0 and not tag.startswith("I-"):
            if label in TYPES:
                gold.add((doc[start].idx, doc[i - 1].idx + len(doc[i - 1]), label))
            start = -1
        if tag.startswith("B-"):
            start, label = i, tag[2:]
    return doc, gold


def score(golds: list[Gold], preds: list[Gold]) -> dict[str, tuple[float, float, float]]:
    counts: Counter[tuple[str, str]] = Counter()
    for gold, pred in zip(golds, preds, strict=True):
        for t in TYPES:
            g = {s for s in gold if s[2] == t}
            p = {s for s in pred if s[2] == t}
            counts[t, "tp"] += len(g & p)
            counts[t, "fp"] += len(p - g)
            counts[t, "fn"] += len(g - p)
    out = {t: prf(counts[t, "tp"], counts[t, "fp"], counts[t, "fn"]) for t in TYPES}
    out["ALL"] = prf(*(sum(counts[t, k] for t in TYPES) for k in ("tp", "fp", "fn")))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="dev")
    ap.add_argument("--limit", type=int, default=0, help="first N documents only")
    ap.add_argument("--options", default="{}", help="JSON options for the entities extractor")
    args = ap.parse_args()
    options = json.loads(args.options)

    import spacy

    from newsgraph.extract.entities import extract_entities, name_mentions
    from newsgraph.extract.registry import Context
    from newsgraph.nlp import load_pipeline
    from newsgraph.records import Article
    from newsgraph.settings import Settings

    model = Settings().model
    documents = read_documents(SHARED / "eval" / "conll2003" / f"{args.split}.txt")
    if args.limit:
        documents = documents[: args.limit]
    raw = spacy.load(model)
    ours = load_pipeline(model)

    built = [build(raw.vocab, d) for d in documents]
    golds = [g for _, g in built]
    t0, c0 = time.perf_counter(), time.process_time()
    raw_docs = list(raw.pipe([d for d, _ in built], batch_size=32))
    raw_seconds, raw_cpu = time.perf_counter() - t0, time.process_time() - c0
    raw_preds = [
        {
            (e.start_char, e.end_char, ONTO_TO_CONLL[e.label_])
            for e in d.ents
            if e.label_ in ONTO_TO_CONLL
        }
        for d in raw_docs
    ]

    built = [build(ours.vocab, d) for d in documents]
    t0, c0 = time.perf_counter(), time.process_time()
    our_docs = []
    for doc in ours.pipe([d for d, _ in built], batch_size=32):
        article = Article(id="conll", text=doc.text)
        extract_entities(Context(article=article, doc=doc, options=options))
        our_docs.append(doc)
    our_seconds, our_cpu = time.perf_counter() - t0, time.process_time() - c0
    our_preds: list[Gold] = [
        {(s, e, ONTO_TO_CONLL[t]) for s, e, t in name_mentions(doc, options) if t in ONTO_TO_CONLL}
        for doc in our_docs
    ]

    rows: list[dict[str, Any]] = []
    runs = (
        ("raw", raw_preds, raw_seconds, raw_cpu),
        ("newsgraph", our_preds, our_seconds, our_cpu),
    )
    for system, preds, seconds, cpu in runs:
        for t, (p, r, f) in score(golds, preds).items():
            # wall time suffers from other work on a shared machine; CPU time of this
            # process is the steadier speed figure
            rows.append(
                {
                    "system": system,
                    "type": t,
                    "p": p,
                    "r": r,
                    "f1": f,
                    "articles_per_s": len(documents) / seconds,
                    "articles_per_cpu_s": len(documents) / cpu,
                }
            )
    write_result("ner_conll", rows)
    print(f"model={model} split={args.split} documents={len(documents)} options={options}")


if __name__ == "__main__":
    main()
