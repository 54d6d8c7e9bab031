"""Quotes and attribution on PolNeAR dev: newsgraph's quotes.rules beside textacy's
`direct_quotations`, both over the same spaCy model and parse.

    .venv/bin/python benchmarks/quotes_polnear.py [--split dev] [--limit N] [--docbin PATH]

Matching (overlap-based, as PolNeAR's own soft scores): a predicted quote and a gold
attribution match when their content spans share at least one non-space character; pairs
are matched one-to-one, largest overlap first. A match counts for quote+speaker when the
predicted speaker span also overlaps the gold source span (the mention as written, so "he"
must be found as "he"; gold attributions without a source need a prediction without one).
Two views:
- all: every gold attribution and every prediction.
- quote-marked: recall over gold attributions whose content holds quotation marks;
  precision over predictions holding quotation marks (kind direct or mixed for newsgraph,
  every prediction for textacy), a prediction counting as right when it matched any gold.
A stricter variant (strict_*) needs a character Dice of 0.5 or more between the contents.
Writes benchmarks/results/quotes_polnear.json. textacy is a benchmark-only dependency.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._common import SHARED, read_jsonl, write_result

QUOTE_MARKS = set('"“”„«»')
QUOTE_SECONDS = [0.0]  # time spent in extract_quotes alone (entities excluded)
TEXTACY_FAILED = [0]  # articles textacy refused (unbalanced quotation marks)


@dataclass(frozen=True)
class Pred:
    content: tuple[tuple[int, int], ...]
    source: tuple[tuple[int, int], ...]
    marked: bool


def chars(spans: Iterable[Iterable[int]], text: str) -> set[int]:
    out: set[int] = set()
    for s, e in spans:
        out.update(i for i in range(s, e) if not text[i].isspace())
    return out


def score(
    golds: list[dict[str, Any]], preds: list[Pred], text: str, min_dice: float
) -> dict[str, int]:
    g_chars = [chars(g["content"], text) for g in golds]
    p_chars = [chars(p.content, text) for p in preds]
    pairs = []
    for gi, gc in enumerate(g_chars):
        for pi, pc in enumerate(p_chars):
            inter = len(gc & pc)
            if inter and 2 * inter / (len(gc) + len(pc)) >= min_dice:
                pairs.append((inter, gi, pi))
    pairs.sort(reverse=True)
    g_match: dict[int, int] = {}
    p_match: dict[int, int] = {}
    for _, gi, pi in pairs:
        if gi not in g_match and pi not in p_match:
            g_match[gi], p_match[pi] = pi, gi
    c: dict[str, int] = dict.fromkeys(
        (
            "gold",
            "pred",
            "tp_g",
            "tp_p",
            "spk_g",
            "spk_p",
            "q_gold",
            "q_pred",
            "q_tp_g",
            "q_tp_p",
            "q_spk_g",
            "q_spk_p",
        ),
        0,
    )
    for gi, g in enumerate(golds):
        quoted = bool(g["content_has_quote_marks"])
        c["gold"] += 1
        c["q_gold"] += quoted
        if gi in g_match:
            ok = _speaker_ok(g, preds[g_match[gi]], text)
            c["tp_g"] += 1
            c["spk_g"] += ok
            c["q_tp_g"] += quoted
            c["q_spk_g"] += quoted and ok
    for pi, p in enumerate(preds):
        c["pred"] += 1
        c["q_pred"] += p.marked
        if pi in p_match:
            ok = _speaker_ok(golds[p_match[pi]], p, text)
            c["tp_p"] += 1
            c["spk_p"] += ok
            c["q_tp_p"] += p.marked
            c["q_spk_p"] += p.marked and ok
    return c


def _speaker_ok(gold: dict[str, Any], pred: Pred, text: str) -> bool:
    if not gold["source"]:
        return not pred.source
    return bool(chars(gold["source"], text) & chars(pred.source, text))


def newsgraph_preds(article_text: str, doc: Any, options: dict[str, Any]) -> list[Pred]:
    from newsgraph.extract.entities import extract_entities
    from newsgraph.extract.quotes import extract_quotes
    from newsgraph.extract.registry import Context
    from newsgraph.records import Article

    art = Article(id="x", text=article_text)
    ents = extract_entities(Context(art, doc))
    t0 = time.perf_counter()
    quotes = extract_quotes(Context(art, doc, {"entities": ents}, options))
    QUOTE_SECONDS[0] += time.perf_counter() - t0
    return [
        Pred(
            ((q.start, q.end),),
            ((q.speaker.start, q.speaker.end),) if q.speaker else (),
            q.kind != "indirect",
        )
        for q in quotes
    ]


def textacy_preds(doc: Any) -> list[Pred]:
    from textacy.extract.triples import direct_quotations

    out = []
    try:
        for dq in direct_quotations(doc):
            src = tuple((t.idx, t.idx + len(t.text)) for t in dq.speaker)
            out.append(Pred(((dq.content.start_char, dq.content.end_char),), src, True))
    except ValueError:  # textacy bails out on unbalanced marks: the article scores none
        TEXTACY_FAILED[0] += 1
    return out


def rows_from(name: str, c: dict[str, int], strict: dict[str, int]) -> dict[str, Any]:
    def f(tp_p: int, pred: int, tp_g: int, gold: int) -> float:
        p = tp_p / pred if pred else 0.0
        r = tp_g / gold if gold else 0.0
        return 2 * p * r / (p + r) if p + r else 0.0

    return {
        "system": name,
        "quoted_P": c["q_tp_p"] / c["q_pred"] if c["q_pred"] else 0.0,
        "quoted_R": c["q_tp_g"] / c["q_gold"] if c["q_gold"] else 0.0,
        "quoted_F1": f(c["q_tp_p"], c["q_pred"], c["q_tp_g"], c["q_gold"]),
        "quoted_spk_F1": f(c["q_spk_p"], c["q_pred"], c["q_spk_g"], c["q_gold"]),
        "all_P": c["tp_p"] / c["pred"] if c["pred"] else 0.0,
        "all_R": c["tp_g"] / c["gold"] if c["gold"] else 0.0,
        "all_F1": f(c["tp_p"], c["pred"], c["tp_g"], c["gold"]),
        "all_spk_F1": f(c["spk_p"], c["pred"], c["spk_g"], c["gold"]),
        "strict_quoted_F1": f(
            strict["q_tp_p"], strict["q_pred"], strict["q_tp_g"], strict["q_gold"]
        ),
        "strict_all_F1": f(strict["tp_p"], strict["pred"], strict["tp_g"], strict["gold"]),
        "gold": c["gold"],
        "pred": c["pred"],
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", default="dev", choices=("dev", "train"))
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--docbin", help="the split already parsed with the same model (DocBin)")
    ap.add_argument("--threshold", type=float, default=None)
    ap.add_argument("--orphan-min-words", type=int, default=None)
    ap.add_argument("--no-textacy", action="store_true")
    ap.add_argument("--no-write", action="store_true")
    args = ap.parse_args()

    from newsgraph.nlp import load_pipeline
    from newsgraph.settings import Settings

    model = Settings().model
    nlp = load_pipeline(model)
    rows = list(read_jsonl(SHARED / "eval" / "quotes" / "polnear" / f"{args.split}.jsonl"))
    if args.docbin:
        from spacy.tokens import DocBin

        docs = list(DocBin().from_disk(args.docbin).get_docs(nlp.vocab))
    else:
        docs = list(nlp.pipe((r["text"] for r in rows), batch_size=16))
    if args.limit:
        rows, docs = rows[: args.limit], docs[: args.limit]
    options: dict[str, Any] = {}
    if args.threshold is not None:
        options["quotes.min_probability"] = args.threshold
    if args.orphan_min_words is not None:
        options["quotes.orphan_min_words"] = args.orphan_min_words
    systems = {"newsgraph quotes.rules": lambda t, d: newsgraph_preds(t, d, options)}
    if not args.no_textacy:
        systems["textacy direct_quotations"] = lambda t, d: textacy_preds(d)
    results = []
    for name, run in systems.items():
        lenient: dict[str, int] = {}
        strict: dict[str, int] = {}
        QUOTE_SECONDS[0] = 0.0
        t0 = time.perf_counter()
        for row, doc in zip(rows, docs, strict=True):
            preds = run(row["text"], doc)
            for acc, dice in ((lenient, 0.0), (strict, 0.5)):
                for k, v in score(row["attributions"], preds, row["text"], dice).items():
                    acc[k] = acc.get(k, 0) + v
        # newsgraph: quotes.rules alone; textacy: direct_quotations (both given the parse)
        elapsed = QUOTE_SECONDS[0] if name.startswith("newsgraph") else time.perf_counter() - t0
        row_out = rows_from(name, lenient, strict)
        row_out["ms_per_article"] = 1000 * elapsed / max(1, len(rows))
        row_out["articles"] = len(rows)
        row_out["failed_articles"] = 0 if name.startswith("newsgraph") else TEXTACY_FAILED[0]
        row_out["split"] = args.split
        row_out["model"] = model
        results.append(row_out)
    if args.no_write:
        for r in results:
            print(r)
    else:
        write_result("quotes_polnear", results)


if __name__ == "__main__":
    main()
