"""The event gold (benchmarks/gold/events*) stays well-formed: every label is a reference CAMEO
code and actor, every sentence lies inside its article, and each second annotation covers
sentences that are in the gold with the same offsets."""

from __future__ import annotations

import itertools
import json
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "benchmarks" / "gold" / "events"
SECOND = ROOT / "benchmarks" / "gold" / "events_agreement"
MODES = {"asserted", "reported", "intended", "future", "hypothetical"}


def _rows(folder: Path) -> list[tuple[str, dict[str, Any]]]:
    out = []
    for path in sorted(folder.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                out.append((path.name, json.loads(line)))
    return out


def _reference(shared: Path) -> tuple[set[str], set[str]]:
    ref = shared / "reference" / "cameo"
    codes = {
        line.split("\t")[0]
        for line in (ref / "cameo_event_codes.tsv").read_text(encoding="utf-8").splitlines()[1:]
    }
    actors: set[str] = set()
    for line in (ref / "OEDA.text_to_CAMEO.countrynames.txt").read_text(
        encoding="utf-8", errors="replace"
    ).splitlines():
        parts = line.split("\t")
        if len(parts) > 1 and parts[1] != "---":
            actors.add(parts[1][:3])
    for name in ("cameo_region_codes.tsv", "cameo_international_codes.tsv"):
        for line in (ref / name).read_text(encoding="utf-8").splitlines()[1:]:
            actors.add(line.split("\t")[0])
    return codes, actors


def _actor_ok(code: str | None, actors: set[str]) -> bool:
    if code is None:
        return True
    if code.startswith("IGO"):
        return len(code) >= 6  # IGO + region + organisation
    return code in actors or code[:3] in actors


def test_labels_are_reference_codes(shared: Path) -> None:
    codes, actors = _reference(shared)
    bad = []
    for name, row in _rows(GOLD) + _rows(SECOND):
        for ev in row["events"]:
            if (
                ev["code"] not in codes
                or ev["root"] != ev["code"][:2]
                or ev["mode"] not in MODES
                or not isinstance(ev["negated"], bool)
                or not _actor_ok(ev["source"], actors)
                or not _actor_ok(ev["target"], actors)
            ):
                bad.append((name, row["article"], row["start"], ev))
    assert not bad, bad[:5]


def test_sentences_lie_in_their_articles(shared: Path) -> None:
    rows = _rows(GOLD) + _rows(SECOND)
    wanted: dict[str, set[str]] = defaultdict(set)
    for _, row in rows:
        wanted[row["set"]].add(row["article"])
    texts: dict[tuple[str, str], str] = {}
    for corpus_set, ids in wanted.items():
        path = shared / "corpus" / "text" / corpus_set / "articles.jsonl"
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                art = json.loads(line)
                if art["id"] in ids:
                    texts[(corpus_set, art["id"])] = art["text"]
    spans: dict[tuple[str, str, str], list[tuple[int, int]]] = defaultdict(list)
    for name, row in rows:
        text = texts.get((row["set"], row["article"]))
        assert text is not None, (name, row["article"])
        sentence = text[row["start"] : row["end"]]
        assert sentence.strip(), (name, row["article"], row["start"])
        for ev in row["events"]:
            trigger = ev.get("trigger")
            if trigger is not None:  # the word that expresses the event, inside its sentence
                t0, t1 = trigger
                assert row["start"] <= t0 < t1 <= row["end"], (name, row["article"], ev)
                assert text[t0:t1].strip() == text[t0:t1], (name, row["article"], ev)
        spans[(name, row["set"], row["article"])].append((row["start"], row["end"]))
    for key, found in spans.items():
        found.sort()
        assert all(a[1] <= b[0] for a, b in itertools.pairwise(found)), key  # no overlaps


def test_second_annotations_match_gold_sentences() -> None:
    gold = {(r["set"], r["article"], r["start"], r["end"]) for _, r in _rows(GOLD)}
    second = _rows(SECOND)
    assert second, "no second annotations"
    for name, row in second:
        assert (row["set"], row["article"], row["start"], row["end"]) in gold, (name, row)


@pytest.mark.parametrize("folder", [GOLD, SECOND])
def test_gold_holds_no_article_text(folder: Path) -> None:
    keys = {"set", "article", "start", "end", "scope", "events"}
    event_keys = {"source", "target", "code", "root", "mode", "negated"}
    for name, row in _rows(folder):
        assert set(row) == keys, (name, set(row) - keys)
        for ev in row["events"]:
            assert event_keys <= set(ev) <= event_keys | {"trigger"}, (name, ev)
