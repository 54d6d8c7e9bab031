"""HTML main-text extraction: newsgraph's ingest vs trafilatura.extract() with its defaults.

Word-level precision, recall and F1 (multisets of casefolded \\w+ tokens, averaged over pages;
an empty extraction scores 0) against each set's expected text, plus pages per second.

"ours" is the whole ingest path (`newsgraph.ingest.read_bytes`: gzip, encoding, sniffing,
trafilatura with our tuned options, title line removal). "trafilatura" is
`trafilatura.extract(raw_bytes)` with no options. The Zyte set is split by page id (first hex
digit even = dev, used for tuning; odd = test, reported, never tuned on).

    nice -n 10 .venv/bin/python -m benchmarks.html_extraction [--sets zyte,mozilla] [--limit N]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from benchmarks._common import SHARED, read_jsonl, write_result

HTML = SHARED / "corpus" / "html"
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Page:
    set: str
    split: str
    id: str
    raw: bytes  # as stored (maybe gzip)
    expected: str


def word_prf(predicted: str, expected: str) -> tuple[float, float, float]:
    got = Counter(_WORD.findall(predicted.casefold()))
    gold = Counter(_WORD.findall(expected.casefold()))
    overlap = sum((got & gold).values())
    p = overlap / sum(got.values()) if got else 0.0
    r = overlap / sum(gold.values()) if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def zyte() -> Iterator[Page]:
    root = HTML / "scrapinghub_article_extraction_benchmark"
    for row in read_jsonl(root / "manifest.jsonl"):
        split = "dev" if int(row["id"][0], 16) % 2 == 0 else "test"
        expected = (root / row["ground_truth"]).read_text(encoding="utf-8")
        yield Page("zyte", split, row["id"], (root / row["html"]).read_bytes(), expected)


def mozilla() -> Iterator[Page]:
    root = HTML / "mozilla_readability_news"
    for row in read_jsonl(root / "manifest.jsonl"):
        page = root / row["dir"]
        expected = (page / "expected.txt").read_text(encoding="utf-8")
        yield Page("mozilla", "all", row["id"], (page / "source.html").read_bytes(), expected)


def newspaper4k() -> Iterator[Page]:
    root = HTML / "newspaper4k_fixtures"
    for row in read_jsonl(root / "manifest.jsonl"):
        expected = (root / row["expected_txt"]).read_text(encoding="utf-8")
        yield Page("newspaper4k", "all", row["id"], (root / row["html"]).read_bytes(), expected)


def l3s() -> Iterator[Page]:
    root = HTML / "l3s_gn1_google_news_2008"
    for row in read_jsonl(root / "manifest.jsonl"):
        truth = json.loads((root / row["ground_truth"]).read_text(encoding="utf-8"))
        fulltext = truth["fulltext"]
        expected = "\n".join(fulltext) if isinstance(fulltext, list) else str(fulltext)
        yield Page("l3s", "all", row["id"], (root / row["original_html"]).read_bytes(), expected)


SETS: dict[str, Callable[[], Iterator[Page]]] = {
    "zyte": zyte,
    "mozilla": mozilla,
    "newspaper4k": newspaper4k,
    "l3s": l3s,
}


def ours(page: Page) -> str:
    from newsgraph.ingest import read_bytes
    from newsgraph.records import Article

    for item in read_bytes(page.raw, name=f"{page.id}.html"):
        return item.text if isinstance(item, Article) else ""
    return ""


def trafilatura_default(page: Page) -> str:
    import trafilatura

    raw = gzip.decompress(page.raw) if page.raw[:2] == b"\x1f\x8b" else page.raw
    return trafilatura.extract(raw) or ""


def score(pages: list[Page], extract: Callable[[Page], str]) -> dict[str, float]:
    if pages:
        extract(pages[0])  # warm up: imports and lazy tables are not per-page cost
    start = time.perf_counter()
    outputs = [extract(p) for p in pages]
    seconds = time.perf_counter() - start
    scores = [word_prf(out, p.expected) for out, p in zip(outputs, pages, strict=True)]
    n = len(scores) or 1
    return {
        "f1": sum(s[2] for s in scores) / n,
        "precision": sum(s[0] for s in scores) / n,
        "recall": sum(s[1] for s in scores) / n,
        "pages_per_s": len(pages) / seconds if seconds else 0.0,
    }


def main(argv: list[str] | None = None) -> list[dict[str, Any]]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--sets", default=",".join(SETS), help="comma-separated: " + ",".join(SETS))
    parser.add_argument("--limit", type=int, default=0, help="pages per set (0 = all)")
    args = parser.parse_args(argv)
    rows: list[dict[str, Any]] = []
    for name in args.sets.split(","):
        pages = list(SETS[name]())
        if args.limit:
            pages = pages[: args.limit]
        groups: dict[str, list[Page]] = {}
        for page in pages:
            groups.setdefault(page.split, []).append(page)
        if len(groups) > 1:
            groups["all"] = pages
        for split, group in groups.items():
            a, b = score(group, ours), score(group, trafilatura_default)
            rows.append(
                {
                    "set": name,
                    "split": split,
                    "pages": len(group),
                    "ours_f1": a["f1"],
                    "traf_f1": b["f1"],
                    "ours_p": a["precision"],
                    "traf_p": b["precision"],
                    "ours_r": a["recall"],
                    "traf_r": b["recall"],
                    "ours_pages_s": a["pages_per_s"],
                    "traf_pages_s": b["pages_per_s"],
                }
            )
    write_result("html_extraction", rows)
    return rows


if __name__ == "__main__":
    main()
