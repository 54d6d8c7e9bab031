"""Train the word models of the topic tagger (src/newsgraph/models/tags/*.tsv).

    nice -n 10 .venv/bin/python training/tags/train.py [--shared ../shared]

Deterministic (no randomness; splits by a hash of the article id) and CPU-only (numpy).
Fits on train parts only:

- ``subjects``: the taxonomy's top-level subjects, from
  BBC News 2004-2005 train part (business -> economy, entertainment -> arts, politics -> politics,
  sport -> sport, tech -> science-technology), Reuters-21578 ModApte TRAIN (-> economy; at most
  1,500 articles so its short wire items do not swamp the class) and the AllSides set's train part
  (international -> politics, economy -> economy).
- ``economy``: economy topics from the first Reuters-21578 topic of ModApte TRAIN articles
  (mapping REUTERS_TOPICS below, which benchmarks/tags.py uses too).

The BBC split (see `split_of`): 60% train, 20% dev (tuning), 20% test (held out, reported by
benchmarks/tags.py). AllSides: 80% train, the rest unused here.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np

from newsgraph.extract.tags import words

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "src" / "newsgraph" / "models" / "tags"

BBC_SUBJECTS = {
    "business": "economy",
    "entertainment": "arts",
    "politics": "politics",
    "sport": "sport",
    "tech": "science-technology",
}

# Reuters-21578 topic code -> our economy topic (codes from cat-descriptions_120396.txt).
_REUTERS_GROUPS = {
    "economy/company-results": "earn",
    "economy/mergers-acquisitions": "acq",
    "economy/energy": "crude nat-gas gas fuel heat pet-chem propane jet naphtha",
    "economy/markets/currency": "money-fx dlr yen dmk stg austdlr can hk lit dfl sfr",
    "economy/monetary-policy": "interest money-supply reserves",
    "economy/macroeconomy": "gnp cpi wpi ipi jobs bop retail housing income lei inventories cpu"
    " instal-debt",
    "economy/trade": "trade",
    "economy/agriculture-commodities": "grain wheat corn barley rice sorghum oat rye sugar coffee"
    " cocoa tea veg-oil oilseed soybean soy-oil soy-meal palm-oil rape-oil rapeseed sun-oil"
    " sunseed groundnut coconut coconut-oil copra-cake cotton cotton-oil livestock carcass hog"
    " l-cattle meal-feed orange potato rubber wool lumber palmkernel lin-oil castor-oil f-cattle"
    " groundnut-oil cottonseed citruspulp corn-oil linseed red-bean sun-meal fishmeal plywood"
    " pork tapioca",
    "economy/metals-mining": "gold silver copper alum tin lead zinc nickel platinum palladium"
    " iron-steel strategic-metal cobalt",
    "economy/transport": "ship",
}
REUTERS_TOPICS: dict[str, str] = {
    code: label for label, codes in _REUTERS_GROUPS.items() for code in codes.split()
}


def split_of(article_id: str, parts: tuple[tuple[str, int], ...]) -> str:
    """A stable split from the id: `parts` are (name, tenths), e.g. (("test", 2), ...)."""
    bucket = int(hashlib.sha1(article_id.encode("utf-8")).hexdigest(), 16) % 10
    for name, tenths in parts:
        if bucket < tenths:
            return name
        bucket -= tenths
    return parts[-1][0]


BBC_SPLIT = (("test", 2), ("dev", 2), ("train", 6))
ALLSIDES_SPLIT = (("train", 8), ("rest", 2))


def read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def tokens_of(article: dict[str, Any]) -> list[str]:
    return words(article.get("title") or "") * 2 + words(article["text"])


def modapte(article: dict[str, Any], split: str) -> bool:
    return bool(
        article.get("lewissplit") == split
        and article.get("topics_attr") == "YES"
        and article.get("labels")
    )


def subject_examples(shared: Path) -> list[tuple[list[str], str]]:
    text = shared / "corpus" / "text"
    out: list[tuple[list[str], str]] = []
    for a in read_jsonl(text / "bbc_news_2004_2005" / "articles.jsonl"):
        if split_of(a["id"], BBC_SPLIT) == "train":
            out.append((tokens_of(a), BBC_SUBJECTS[a["labels"][0]]))
    reuters = [
        a for a in read_jsonl(text / "reuters21578" / "articles.jsonl") if modapte(a, "TRAIN")
    ]
    reuters.sort(key=lambda a: hashlib.sha1(a["id"].encode()).hexdigest())
    out.extend((tokens_of(a), "economy") for a in reuters[:1500])
    for a in read_jsonl(text / "allsides_politics_2015_2020" / "articles.jsonl"):
        if split_of(a["id"], ALLSIDES_SPLIT) == "train":
            out.append((tokens_of(a), "politics" if a["group"] == "international" else "economy"))
    return out


def economy_examples(shared: Path) -> list[tuple[list[str], str]]:
    path = shared / "corpus" / "text" / "reuters21578" / "articles.jsonl"
    return [
        (tokens_of(a), REUTERS_TOPICS[a["labels"][0]])
        for a in read_jsonl(path)
        if modapte(a, "TRAIN") and a["labels"][0] in REUTERS_TOPICS
    ]


def train(
    examples: list[tuple[list[str], str]], *, vocab_size: int, min_df: int, alpha: float
) -> tuple[list[str], list[str], np.ndarray]:
    """Multinomial naive Bayes on the `vocab_size` most class-telling words.

    Returns classes, vocabulary and log p(word | class) (vocab x classes), each class's
    distribution renormalised over the kept vocabulary.
    """
    classes = sorted({c for _, c in examples})
    df: Counter[str] = Counter()
    for toks, _ in examples:
        df.update(set(toks))
    # numbers and one-letter tokens tell little about topics and bloat the file
    candidates = [w for w, n in df.items() if n >= min_df and len(w) > 1 and not w.isdigit()]
    index = {w: i for i, w in enumerate(candidates)}
    counts = np.zeros((len(candidates), len(classes)))
    for toks, cls in examples:
        j = classes.index(cls)
        for w, n in Counter(toks).items():
            i = index.get(w)
            if i is not None:
                counts[i, j] += n
    # class-balanced p(w|c); a word's weight is its KL contribution, the most telling class
    p = (counts + alpha) / (counts + alpha).sum(axis=0, keepdims=True)
    background = p.mean(axis=1, keepdims=True)
    telling = (p * np.log(p / background)).max(axis=1)
    keep = np.argsort(-telling)[:vocab_size]
    kept = counts[keep]
    logp = np.log((kept + alpha) / (kept + alpha).sum(axis=0, keepdims=True))
    return classes, [candidates[i] for i in keep], logp


def write_model(
    name: str,
    classes: list[str],
    vocab: list[str],
    logp: np.ndarray,
    temperature: float,
    note: str,
) -> Path:
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"{name}.tsv"
    # Centre each row: NB only needs differences between classes, and small numbers
    # written to 2 decimals keep the file small.
    centred = logp - logp.mean(axis=1, keepdims=True)
    with path.open("w", encoding="utf-8") as fh:
        fh.write(
            f"# newsgraph tag model {name!r}: multinomial naive Bayes, written by "
            "training/tags/train.py\n# " + note + "\n"
        )
        fh.write("\t".join(["@classes", *classes]) + "\n")
        fh.write("\t".join(["@priors", *["0"] * len(classes)]) + "\n")
        fh.write(f"@temperature\t{temperature}\n")
        order = sorted(range(len(vocab)), key=lambda i: vocab[i])
        for i in order:
            fh.write(vocab[i] + "\t" + "\t".join(f"{x:.2f}" for x in centred[i]) + "\n")
    return path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    default_shared = os.environ.get("NEWSGRAPH_SHARED", str(ROOT.parent / "shared"))
    ap.add_argument("--shared", type=Path, default=Path(default_shared))
    ap.add_argument("--vocab", type=int, default=6000)
    ap.add_argument("--temperature", type=float, default=40.0)
    args = ap.parse_args()
    for name, examples in (
        ("subjects", subject_examples(args.shared)),
        ("economy", economy_examples(args.shared)),
    ):
        classes, vocab, logp = train(examples, vocab_size=args.vocab, min_df=3, alpha=0.5)
        dist = Counter(c for _, c in examples)
        note = f"{len(examples)} training articles: " + ", ".join(
            f"{c} {n}" for c, n in sorted(dist.items())
        )
        path = write_model(name, classes, vocab, logp, args.temperature, note)
        size = math.ceil(path.stat().st_size / 1024)
        print(f"{name}: {len(classes)} classes, {len(vocab)} words, {size} KiB -> {path}")
        print("  " + note)


if __name__ == "__main__":
    main()
