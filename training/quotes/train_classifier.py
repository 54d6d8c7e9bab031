"""Fit the attribution classifier (extract/data/quote_weights.tsv) on the PolNeAR train split.

Candidates are what quotes.rules considers at its lowest cue rate (MIN_RATE): every verb
with a content, and every "according to". A candidate is positive when a gold attribution
has a cue overlapping its cue and a content overlapping its content. The model is an
L2-regularised logistic regression over classifier.features, fitted by Newton's method
with numpy (training only; scoring needs no library). Deterministic.

    .venv/bin/python training/quotes/train_classifier.py [--docbin /tmp/train.spacy]
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


from polnear_train import train_docs  # noqa: E402

from newsgraph.extract.attribution.classifier import features  # noqa: E402
from newsgraph.extract.attribution.cues import find_attributions  # noqa: E402
from newsgraph.extract.attribution.lexicon import cue_lexicon  # noqa: E402
from newsgraph.extract.attribution.linking import fold_according  # noqa: E402
from newsgraph.extract.attribution.marks import find_quoted_regions  # noqa: E402
from newsgraph.extract.quotes import MIN_CUE_RATE  # noqa: E402

OUT = ROOT / "src" / "newsgraph" / "extract" / "data" / "quote_weights.tsv"
MIN_FEATURE_COUNT = 5
L2 = 1.0


def overlaps(spans: list[list[int]], s: int, e: int) -> bool:
    return any(a < e and s < b for a, b in spans)


def main() -> None:
    import numpy as np

    rows, docs = train_docs(__doc__.split("\n")[0])
    lexicon = cue_lexicon()
    samples: list[dict[str, float]] = []
    labels: list[int] = []
    for row, doc in zip(rows, docs, strict=True):
        text = row["text"]
        regions = find_quoted_regions(text)
        for att in fold_according(find_attributions(doc, lexicon, MIN_CUE_RATE), doc):
            samples.append(features(att, doc, text, regions, lexicon))
            labels.append(
                int(
                    any(
                        overlaps(g["cue"], *att.cue)
                        and any(overlaps(g["content"], s, e) for s, e in att.content)
                        for g in row["attributions"]
                    )
                )
            )
    counts = Counter(name for f in samples for name in f)
    names = sorted(n for n, c in counts.items() if c >= MIN_FEATURE_COUNT)
    col = {n: i for i, n in enumerate(names)}
    x = np.zeros((len(samples), len(names)))
    for i, f in enumerate(samples):
        for n, v in f.items():
            if n in col:
                x[i, col[n]] = v
    y = np.array(labels, dtype=float)
    w = np.zeros(len(names))
    reg = np.full(len(names), L2)
    reg[col["bias"]] = 0.0
    for _ in range(25):  # Newton steps
        p = 1 / (1 + np.exp(-(x @ w)))
        grad = x.T @ (p - y) + reg * w
        hess = (x.T * (p * (1 - p))) @ x + np.diag(reg + 1e-6)
        w -= np.linalg.solve(hess, grad)
    p = 1 / (1 + np.exp(-(x @ w)))
    acc = float(((p >= 0.5) == (y == 1)).mean())
    lines = [
        "# Attribution classifier weights (logistic regression), fitted on the PolNeAR train",
        f"# split by training/quotes/train_classifier.py: {len(y)} candidates, "
        f"{int(y.sum())} positive, train accuracy {acc:.3f}.",
        "feature\tweight",
        *(f"{n}\t{w[col[n]]:.4f}" for n in names),
    ]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(
        f"wrote {len(names)} weights to {OUT}; candidates={len(y)} positive={int(y.sum())} acc={acc:.3f}"
    )


if __name__ == "__main__":
    main()
