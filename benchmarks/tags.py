"""Topic tags against editors' labels: BBC News categories and Reuters-21578 topics.

    nice -n 10 .venv/bin/python -m benchmarks.tags [--limit N] [--split test|dev]

- BBC News 2004-2005: is the editors' category (business, entertainment, politics, sport, tech)
  among the categories of our top 1 / top 3 tags? A tag maps to a category through its
  top-level subject (CATEGORY_OF_SUBJECT). The word models saw the BBC train part, so the
  full tagger is scored on the held-out test part (or dev, for tuning); the taxonomy alone
  (option tags_model=False) learned nothing from BBC and is also scored on all articles.
- Reuters-21578, ModApte TEST: is the article's main (first) topic, mapped to our label
  (training/tags/train.py REUTERS_TOPICS), among our top 3 tags, or among all tags?
  Articles whose main topic has no mapping are counted in `unmapped`, not scored.

Tags come from words only here (title and text; no entities, events or places), because
the tagger must work without them; a spaCy blank tokenizer stands in for the Doc.
Writes benchmarks/results/tags.json.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from benchmarks._common import ROOT, SHARED, read_jsonl, write_result

sys.path.insert(0, str(ROOT / "training" / "tags"))
from train import BBC_SPLIT, REUTERS_TOPICS, modapte, split_of

from newsgraph.extract.registry import Context
from newsgraph.extract.tags import extract_tags, load_taxonomy
from newsgraph.records import Article, Tag

CATEGORY_OF_SUBJECT = {
    "economy": "business",
    "labour": "business",
    "arts": "entertainment",
    "politics": "politics",
    "sport": "sport",
    "science-technology": "tech",
}


def subject_of(label: str) -> str:
    """The top-level subject a label belongs to ("relations/..." are politics)."""
    if label.startswith("relations/"):
        return "politics"
    topics = load_taxonomy().topics
    seen = set()
    while label in topics and topics[label].parent and label not in seen:
        seen.add(label)
        label = topics[label].parent
    return label


def tagger(use_model: bool) -> Callable[[dict[str, Any]], tuple[Tag, ...]]:
    import spacy

    make_doc = spacy.blank("en").make_doc
    options = {"tags_model": use_model}

    def run(a: dict[str, Any]) -> tuple[Tag, ...]:
        article = Article(id=a["id"], text=a["text"], title=a.get("title"))
        return extract_tags(Context(article=article, doc=make_doc(a["text"]), options=options))

    return run


def bbc_row(articles: list[dict[str, Any]], use_model: bool, part: str) -> dict[str, Any]:
    run = tagger(use_model)
    top1 = top3 = 0
    start = time.perf_counter()
    for a in articles:
        cats = [CATEGORY_OF_SUBJECT.get(subject_of(t.label)) for t in run(a)]
        top1 += bool(cats) and cats[0] == a["labels"][0]
        top3 += a["labels"][0] in cats[:3]
    ms = 1000 * (time.perf_counter() - start) / max(1, len(articles))
    n = len(articles)
    return {
        "set": f"bbc {part}",
        "tagger": "taxonomy+model" if use_model else "taxonomy only",
        "articles": n,
        "top1": top1 / n if n else 0.0,
        "top3": top3 / n if n else 0.0,
        "any": None,
        "unmapped": 0,
        "ms_per_article": round(ms, 2),
    }


def reuters_row(articles: list[dict[str, Any]], use_model: bool) -> dict[str, Any]:
    run = tagger(use_model)
    scored = top1 = top3 = anywhere = unmapped = 0
    start = time.perf_counter()
    for a in articles:
        want = REUTERS_TOPICS.get(a["labels"][0])
        if want is None:
            unmapped += 1
            continue
        # the subject "economy" is everywhere in Reuters; score the topic below it
        labels = [t.label for t in run(a) if t.label != "economy"]
        scored += 1
        top1 += bool(labels) and labels[0] == want
        top3 += want in labels[:3]
        anywhere += want in labels
    ms = 1000 * (time.perf_counter() - start) / max(1, scored)
    return {
        "set": "reuters21578 ModApte test",
        "tagger": "taxonomy+model" if use_model else "taxonomy only",
        "articles": scored,
        "top1": top1 / scored if scored else 0.0,
        "top3": top3 / scored if scored else 0.0,
        "any": anywhere / scored if scored else 0.0,
        "unmapped": unmapped,
        "ms_per_article": round(ms, 2),
    }


def take(items: Iterable[dict[str, Any]], limit: int | None) -> list[dict[str, Any]]:
    out = list(items)
    return out[:limit] if limit else out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=int, default=None, help="articles per set (for iterating)")
    ap.add_argument("--split", default="test", choices=("test", "dev"), help="BBC part to score")
    args = ap.parse_args()
    text = Path(SHARED) / "corpus" / "text"
    bbc = list(read_jsonl(text / "bbc_news_2004_2005" / "articles.jsonl"))
    held_out = take((a for a in bbc if split_of(a["id"], BBC_SPLIT) == args.split), args.limit)
    reuters = take(
        (a for a in read_jsonl(text / "reuters21578" / "articles.jsonl") if modapte(a, "TEST")),
        args.limit,
    )
    rows = [
        bbc_row(held_out, True, args.split),
        bbc_row(held_out, False, args.split),
        bbc_row(take(bbc, args.limit), False, "all"),
        reuters_row(reuters, True),
        reuters_row(reuters, False),
    ]
    write_result("tags" if args.split == "test" and not args.limit else "tags-dev", rows)


if __name__ == "__main__":
    main()
