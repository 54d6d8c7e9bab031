"""Geoparsing on the dev halves of LGL, TR-News, GeoWebNews and GeoVirus (../shared/eval/geo).

Toponym recognition: P/R/F1 of place mention spans against gold toponyms, exact and
overlapping (one-to-one), for newsgraph's places extractor and, beside it, raw spaCy
GPE/LOC/FAC entities. Geocoding: acc@161km and mean error (km) on gold toponyms that
have coordinates, (a) end to end: over gold toponyms our pipeline found (overlap) with
coordinates, and (b) given the gold spans. Demonyms ("Russian troops") count as mentions of
their country by default, as LGL and GeoWebNews annotate them; the `-nodem` rows run the
extractor with `places_demonyms` off and drop demonyms from the gold.

    nice -n 10 .venv/bin/python -m benchmarks.geo [--limit N] [--corpus lgl ...]
"""

from __future__ import annotations

import argparse
import statistics
import time
from dataclasses import dataclass, field
from typing import Any

from benchmarks._common import SHARED, prf, read_jsonl, write_result

CORPORA = ("lgl", "tr-news", "geowebnews", "geovirus")
# GeoWebNews rows that are not toponyms (README: leave out of geotagging and geocoding).
_NOT_TOPONYM = ("Literal_Expression", "Non_Lit_Expression", "Non_Toponym")
ACC_KM = 161.0


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, pred: list[tuple[int, int]], gold: list[tuple[int, int]], overlap: bool) -> None:
        used: set[int] = set()
        hit = 0
        for gs, ge in gold:
            for k, (ps, pe) in enumerate(pred):
                if k in used:
                    continue
                if (ps, pe) == (gs, ge) or (overlap and ps < ge and gs < pe):
                    used.add(k)
                    hit += 1
                    break
        self.tp += hit
        self.fn += len(gold) - hit
        self.fp += len(pred) - len(used)


@dataclass
class Errors:
    km: list[float] = field(default_factory=list)
    missing: int = 0  # gold with coordinates that got no coordinates from us

    def row(self) -> dict[str, Any]:
        n = len(self.km) + self.missing
        acc = sum(1 for d in self.km if d <= ACC_KM) / n if n else 0.0
        mean = statistics.fmean(self.km) if self.km else 0.0
        return {"n": n, "acc161": acc, "mean_km": mean}


def _gold(doc: dict[str, Any], corpus: str, demonyms: frozenset[str]) -> list[dict[str, Any]]:
    out = []
    for t in doc["toponyms"]:
        if corpus == "geowebnews" and t.get("type") in _NOT_TOPONYM:
            continue
        t = dict(t)
        t["demonym"] = t["phrase"].strip().casefold() in demonyms
        out.append(t)
    return out


def _distance(a: tuple[float, float], b: tuple[float, float]) -> float:
    from newsgraph.extract.geo.gazetteer import distance_km

    return distance_km(a[0], a[1], b[0], b[1])


def run(corpus: str, limit: int | None) -> list[dict[str, Any]]:
    from newsgraph.extract.entities import extract_entities
    from newsgraph.extract.geo.gazetteer import load_gazetteer
    from newsgraph.extract.places import extract_places, geocode_spans
    from newsgraph.extract.registry import Context
    from newsgraph.nlp import load_pipeline
    from newsgraph.records import Article
    from newsgraph.settings import Settings

    gaz = load_gazetteer()
    demonyms = frozenset(gaz.demonyms)
    docs = list(read_jsonl(SHARED / "eval" / "geo" / corpus / "dev.jsonl"))[:limit]
    nlp = load_pipeline(Settings().model)
    # all: default extractor vs all gold; nodem: extractor without demonyms vs gold
    # without demonyms.
    variants = ("all", "nodem")
    ours = {v: (Tally(), Tally()) for v in variants}
    spacy_raw = {v: (Tally(), Tally()) for v in variants}
    e2e = {v: Errors() for v in variants}
    given = {v: Errors() for v in variants}
    spent = 0.0
    for doc, sdoc in zip(docs, nlp.pipe(d["text"] for d in docs), strict=True):
        article = Article(
            id=doc["doc_id"],
            text=doc["text"],
            title=doc.get("title"),
            url=doc.get("url"),
            source=doc.get("domain"),
        )
        ctx = Context(article=article, doc=sdoc)
        entities = extract_entities(ctx)
        ctx = Context(article=article, doc=sdoc, results={"entities": entities})
        t0 = time.perf_counter()
        places = extract_places(ctx)
        spent += time.perf_counter() - t0
        no_dem = extract_places(
            Context(
                article=article,
                doc=sdoc,
                results={"entities": entities},
                options={"places_demonyms": False},
            )
        )
        preds = {
            v: [(m.start, m.end) for p in (no_dem if v == "nodem" else places) for m in p.mentions]
            for v in variants
        }
        coord_maps = {
            v: {
                (m.start, m.end): (p.lat, p.lon)
                for p in (no_dem if v == "nodem" else places)
                for m in p.mentions
            }
            for v in variants
        }
        raw = [(e.start_char, e.end_char) for e in sdoc.ents if e.label_ in ("GPE", "LOC", "FAC")]
        gold_all = _gold(doc, corpus, demonyms)
        picks = geocode_spans(ctx, [(t["start"], t["end"]) for t in gold_all], demonyms=True)
        for v in variants:
            pred, coords = preds[v], coord_maps[v]
            gold = [t for t in gold_all if v != "nodem" or not t["demonym"]]
            gspans = [(t["start"], t["end"]) for t in gold]
            ours[v][0].add(pred, gspans, overlap=False)
            ours[v][1].add(pred, gspans, overlap=True)
            spacy_raw[v][0].add(raw, gspans, overlap=False)
            spacy_raw[v][1].add(raw, gspans, overlap=True)
            for t, pick in zip(gold_all, picks, strict=True):
                if t["lat"] is None or t["lon"] is None or (v == "nodem" and t["demonym"]):
                    continue
                truth = (float(t["lat"]), float(t["lon"]))
                if pick is None or pick.lat is None or pick.lon is None:
                    given[v].missing += 1
                else:
                    given[v].km.append(_distance(truth, (pick.lat, pick.lon)))
                found = [c for (s, e), c in coords.items() if s < t["end"] and t["start"] < e]
                if not found:
                    continue  # not recognised: counted in recall, not in geocoding
                lat, lon = found[0]
                if lat is None or lon is None:
                    e2e[v].missing += 1
                else:
                    e2e[v].km.append(_distance(truth, (lat, lon)))
    rows = []
    for v in variants:
        ex, ov = ours[v]
        rex, rov = spacy_raw[v]
        g, a = given[v].row(), e2e[v].row()
        rows.append(
            {
                "corpus": corpus if v == "all" else f"{corpus}-{v}",
                "docs": len(docs),
                "gold": ex.tp + ex.fn,
                "P": prf(ex.tp, ex.fp, ex.fn)[0],
                "R": prf(ex.tp, ex.fp, ex.fn)[1],
                "F1": prf(ex.tp, ex.fp, ex.fn)[2],
                "F1_overlap": prf(ov.tp, ov.fp, ov.fn)[2],
                "spacy_F1": prf(rex.tp, rex.fp, rex.fn)[2],
                "spacy_F1_overlap": prf(rov.tp, rov.fp, rov.fn)[2],
                "acc161_e2e": a["acc161"],
                "mean_km_e2e": a["mean_km"],
                "n_e2e": a["n"],
                "acc161_gold_spans": g["acc161"],
                "mean_km_gold_spans": g["mean_km"],
                "n_gold_spans": g["n"],
                "ms_per_doc": 1000 * spent / max(1, len(docs)),
            }
        )
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=int, default=None, help="first N documents of each corpus")
    ap.add_argument("--corpus", nargs="*", default=list(CORPORA), choices=CORPORA)
    args = ap.parse_args()
    rows: list[dict[str, Any]] = []
    for corpus in args.corpus:
        rows.extend(run(corpus, args.limit))
    write_result("geo", rows)


if __name__ == "__main__":
    main()
