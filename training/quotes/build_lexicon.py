"""Build src/newsgraph/extract/data/quote_verbs.tsv from the PolNeAR train split.

For every verb (or noun) token, the construction it appears in (cues.construction) and
whether a gold attribution cue covers it; the lexicon keeps, per (lemma, construction),
how often that was a cue. Deterministic: the same spaCy model gives the same table.

    .venv/bin/python training/quotes/build_lexicon.py [--docbin /tmp/train.spacy]

Reads ../shared/eval/quotes/polnear/train.jsonl (never dev); writes only the rates table.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


from polnear_train import train_docs  # noqa: E402

from newsgraph.extract.attribution.cues import construction  # noqa: E402

OUT = ROOT / "src" / "newsgraph" / "extract" / "data" / "quote_verbs.tsv"
MIN_SEEN = 3
MIN_RATE = 0.05


def main() -> None:
    rows, docs = train_docs(__doc__.split("\n")[0])
    seen: Counter[tuple[str, str]] = Counter()
    cue: Counter[tuple[str, str]] = Counter()
    for row, doc in zip(rows, docs, strict=True):
        cue_chars = set()
        for a in row["attributions"]:
            for s, e in a["cue"]:
                cue_chars.update(range(s, e))
        for tok in doc:
            if tok.pos_ not in ("VERB", "AUX", "NOUN"):
                continue
            key = (tok.lemma_.lower(), construction(tok))
            seen[key] += 1
            if any(i in cue_chars for i in range(tok.idx, tok.idx + len(tok.text))):
                cue[key] += 1
    lines = [
        "# Attribution cue rates per verb lemma and construction, measured on the PolNeAR",
        "# train split (training/quotes/build_lexicon.py). rate = cue / (seen + 1).",
        "lemma\tconstruction\tseen\tcue\trate",
    ]
    for key in sorted(seen):
        rate = cue[key] / (seen[key] + 1)
        if seen[key] >= MIN_SEEN and rate >= MIN_RATE:
            lines.append(f"{key[0]}\t{key[1]}\t{seen[key]}\t{cue[key]}\t{rate:.3f}")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines) - 3} rows to {OUT}", json.dumps({"docs": len(docs)}))


if __name__ == "__main__":
    main()
