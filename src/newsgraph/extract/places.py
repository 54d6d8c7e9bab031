"""Places: toponyms found in the text, resolved offline to coordinates and GeoNames ids.

Recognition is `geo.recognise` (NER + gazetteer + street patterns), resolution
`geo.resolve` (priors + the article's other places, the dateline and the source's web
host). A capital standing for its government ("Moscow said") is an actor, not a place;
see `geo.metonymy`. The dateline's place gets ``role="dateline"`` unless the body names it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsgraph.extract.geo.gazetteer import Candidate, Gazetteer, iso3_of, load_gazetteer, normalise
from newsgraph.extract.geo.metonymy import is_metonymic
from newsgraph.extract.geo.recognise import (
    STREET,
    Mention,
    county_list_names,
    find_toponyms,
    qualify,
)
from newsgraph.extract.geo.resolve import Hints, Toponym, resolve
from newsgraph.extract.registry import Context, extractor
from newsgraph.records import Entity, Place, Span

NAME = "places.geonames"
VERSION = "7"
KEY = f"{NAME}@{VERSION}"

_DATELINE = re.compile(
    r"^\s*([A-Z][A-Z.'\- ]+[A-Z.])(?:,\s*[A-Z][A-Za-z.]*\.?)?(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"
    r"\s*(?:\((?:Reuters|AP|AFP|UPI|Xinhua|dpa|Bloomberg)\))?\s*[-\u2013\u2014]"
)


@extractor(NAME, version=VERSION, produces="places", needs=("entities",))
def extract_places(ctx: Context) -> tuple[Place, ...]:
    """Toponyms recognised, resolved to GeoNames records, metonymic capitals left out."""
    gaz = load_gazetteer()
    entities: Sequence[Entity] = ctx.results.get("entities", ())
    text = ctx.article.text
    mentions = find_toponyms(
        ctx, entities, gaz, demonyms=bool(ctx.options.get("places_demonyms", True))
    )
    qualify(text, mentions, gaz)

    # One Toponym per normalised name; resolution works per name.
    by_name: dict[str, list[Mention]] = {}
    for m in mentions:
        by_name.setdefault(normalise(text[m.start : m.end]), []).append(m)
    dateline = _dateline(ctx, gaz)
    names = list(by_name)
    counties = frozenset(normalise(text[a:b]) for a, b in county_list_names(ctx.doc))
    toponyms = [_toponym(ctx, n, by_name[n], gaz, counties) for n in names]
    hints = _hints(ctx, gaz, dateline[2] if dateline else None)
    picks = resolve(toponyms, hints)

    places: dict[str, tuple[Candidate | None, str, list[Span]]] = {}
    # NER place names the gazetteer cannot resolve are mostly buildings, teams and
    # misreadings ("Webb Center", "Olympic"): dropping those that do not look like a
    # street, river, county, ... measured LGL dev (100 docs) P 0.735 -> 0.846, R 0.712
    # -> 0.662, F1 0.723 -> 0.743. The places_unresolved option keeps them all.
    keep_unresolved = bool(ctx.options.get("places_unresolved", False))
    for name, top, pick in zip(names, toponyms, picks, strict=True):
        kept = [m for m in by_name[name] if not _metonymic(ctx, m, pick, top)]
        if not kept:
            continue
        if (
            pick is None
            and not keep_unresolved
            and not _looks_geographic(text[kept[0].start : kept[0].end])
        ):
            continue
        key = pick.key if pick is not None else f"name:{name}"
        surface = text[kept[0].start : kept[0].end]
        entry = places.setdefault(key, (pick, surface, []))
        entry[2].extend(Span(m.start, m.end, text[m.start : m.end]) for m in kept)

    dateline_key: str | None = None
    if dateline is not None:
        start, end, dl_name = dateline
        cands = gaz.lookup(dl_name)
        pick = resolve([Toponym(normalise(dl_name), cands)], hints)[0] if cands else None
        key = pick.key if pick is not None else f"name:{normalise(dl_name)}"
        # The dateline's own words ("BEIJING, Nov 4 (Reuters) -") are not a body mention.
        line_end = (
            end
            if ctx.article.dateline is None
            else max(end, text.find(ctx.article.dateline) + len(ctx.article.dateline))
        )
        body = (
            [
                s
                for s in places.get(key, (None, "", []))[2]
                if not (s.start < line_end and s.end > start)
            ]
            if end > start
            else places.get(key, (None, "", []))[2]
        )
        if not body:
            span = [Span(start, end, text[start:end])] if end > start else []
            old = places.get(key)
            places[key] = (old[0] if old else pick, old[1] if old else dl_name.title(), span)
            dateline_key = key

    _fill_county_coordinates(places, gaz)
    out: list[Place] = []
    ordered = sorted(places.items(), key=lambda kv: min((s.start for s in kv[1][2]), default=-1))
    for i, (key, (cand, surface, spans)) in enumerate(ordered, 1):
        spans = sorted(set(spans), key=lambda s: s.start)
        out.append(
            _place(f"p{i}", cand, surface, spans, "dateline" if key == dateline_key else None)
        )
    return tuple(out)


_GEOGRAPHIC_HEADS = frozenset(
    {
        "river", "creek", "lake", "bay", "island", "islands", "mountain", "mountains", "mount",
        "mt.", "valley", "hills", "hill", "heights", "county", "parish", "township", "borough",
        "district", "province", "region", "coast", "beach", "park", "forest", "canyon", "desert",
        "sea", "ocean", "gulf", "strait", "peninsula", "square", "bridge", "airport", "port",
        "harbor", "harbour", "falls", "springs", "village", "city", "town",
    }
)  # fmt: skip


def _looks_geographic(surface: str) -> bool:
    """A street or road, or a name whose head word is a kind of place ("Red River")."""
    words = surface.replace("-", " ").split()
    return bool(STREET.fullmatch(surface)) or any(w.casefold() in _GEOGRAPHIC_HEADS for w in words)


def _place(
    pid: str, cand: Candidate | None, surface: str, spans: list[Span], role: str | None
) -> Place:
    if cand is None:
        return Place(id=pid, name=surface, mentions=tuple(spans), role=role, extractor=KEY,
                     feature="street" if STREET.fullmatch(surface) else None)  # fmt: skip
    return Place(
        id=pid,
        name=cand.name,
        mentions=tuple(spans),
        country=iso3_of(cand.country),
        lat=cand.lat,
        lon=cand.lon,
        geonames_id=cand.geonames_id,
        feature=cand.feature,
        role=role,
        extractor=KEY,
    )


def _toponym(
    ctx: Context,
    name: str,
    mentions: list[Mention],
    gaz: Gazetteer,
    doc_counties: frozenset[str] = frozenset(),
) -> Toponym:
    top = Toponym(norm=name, candidates=gaz.candidates(name), count=len(mentions))
    if any(c.feature == "country" or c.capital for c in top.candidates):
        # a country or a capital can act as its government ("the U.S. said", "talks with
        # the U.S."): it then says whom the article is about, not where things are
        top.actors = sum(1 for m in mentions if _acts(ctx, m))
    if not top.candidates and name in gaz.demonyms:
        top.candidates = [gaz.demonyms[name]]  # "Russian" (with the places_demonyms option)
    if name in doc_counties:
        # Added, not substituted: "Indiana" in "Indiana and Ohio counties" stays a state.
        top.candidates = (
            top.candidates + gaz.candidates(name + " county") + gaz.candidates(name + " parish")
        )
    for m in mentions:
        if m.qualifier_state:
            top.qualifier_states.add(m.qualifier_state)
        if m.qualifier_country:
            top.qualifier_countries.add(m.qualifier_country)
    within = {m.within_country for m in mentions if m.within_country}
    if len(within) == 1 and not any(
        c.feature == "country" or c.capital for c in top.candidates
    ):
        # "the town of Palmyra in central Syria": a town of that country, or one the
        # gazetteer lacks (no Palmyra, Pennsylvania); a capital may act there ("the role of
        # Moscow in Syria")
        top.qualifier_countries |= within
        top.candidates = [c for c in top.candidates if c.country in within]
    return top


def _metonymic(ctx: Context, m: Mention, pick: Candidate | None, top: Toponym) -> bool:
    if pick is None or not (pick.capital or pick.seat or _is_capital_name(top)):
        return False
    return _acts(ctx, m)


def _acts(ctx: Context, m: Mention) -> bool:
    """Whether the mention names an actor in its sentence ("the U.S. said", "talks with
    Moscow"), by the same reading that leaves metonymic capitals out."""
    span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
    return span is not None and len(span) > 0 and is_metonymic(span)


def _is_capital_name(top: Toponym) -> bool:
    # "Washington imposed": resolved to the state or the city, the name is the capital's.
    return any(c.capital for c in top.candidates) and top.norm in {"washington"}


def _dateline(ctx: Context, gaz: Gazetteer) -> tuple[int, int, str] | None:
    """(start, end, place name) of the dateline: Article.dateline or "BEIJING, Nov 4 (Reuters) -"."""
    text = ctx.article.text
    line = ctx.article.dateline
    if line:
        m = _DATELINE.match(line) or re.match(r"\s*([^,(]+)", line)
        if not m:
            return None
        name = m.group(1).strip()
        at = text.find(line)
        if at >= 0:
            off = at + line.find(name)
            return off, off + len(name), name
        return 0, 0, name
    head = text[:200]
    first_line = head.split("\n", 1)[0] if "(" in head else ""
    m = _DATELINE.match(first_line) if first_line else None
    if m and gaz.lookup(m.group(1)):
        return m.start(1), m.end(1), m.group(1)
    return None


_HOST_NOISE = frozenset(
    {"www", "com", "org", "net", "news", "co", "uk", "us", "edu", "gov", "html"}
)
_MIN_HOST_NAME = 6  # shorter town names hide inside ordinary words ("rome" in "chrome")


def _hints(ctx: Context, gaz: Gazetteer, dateline: str | None) -> Hints:
    """Evidence from outside the text: the dateline's place and town names in the
    source's web host ("gainesvilleregister.com" -> the Gainesvilles vote for their states)."""
    from urllib.parse import urlsplit

    votes: list[tuple[Candidate, ...]] = []
    countries: list[str] = []
    if dateline:
        cands = gaz.lookup(dateline)
        votes.append(tuple(cands))
        countries.extend({c.country for c in cands if c.country and c.feature == "country"})
    hosts = [ctx.article.source or ""]
    if ctx.article.url:
        hosts.append(urlsplit(ctx.article.url).hostname or "")
    seen: set[str] = set()
    for host in hosts:
        for label in re.split(r"[^a-z]+", host.casefold()):
            if label in _HOST_NOISE or len(label) < _MIN_HOST_NAME:
                continue
            for i in range(len(label)):
                for j in range(len(label), i + _MIN_HOST_NAME - 1, -1):
                    name = label[i:j]
                    if name in gaz.cities and name not in seen:
                        seen.add(name)
                        votes.append(tuple(gaz.candidates(name)))
                        break
    return Hints(countries=tuple(countries), votes=tuple(votes))


def _fill_county_coordinates(
    places: dict[str, tuple[Candidate | None, str, list[Span]]], gaz: Gazetteer
) -> None:
    """A county has no coordinates in the gazetteer: use the article's most-mentioned
    town in that state (local news names the county around its town), else the state."""
    from dataclasses import replace

    towns: dict[str, tuple[int, Candidate]] = {}
    for cand, _s, spans in places.values():
        if cand is not None and cand.feature == "city" and cand.admin1 and cand.country == "US":
            best = towns.get(cand.admin1)
            if best is None or len(spans) > best[0]:
                towns[cand.admin1] = (len(spans), cand)
    for key, (cand, surface, spans) in list(places.items()):
        if cand is None or cand.feature != "admin2" or cand.lat is not None or not cand.admin1:
            continue
        ref = (
            towns[cand.admin1][1] if cand.admin1 in towns else gaz.state_candidates.get(cand.admin1)
        )
        if ref is not None:
            places[key] = (replace(cand, lat=ref.lat, lon=ref.lon), surface, spans)


def geocode_spans(
    ctx: Context, spans: Sequence[tuple[int, int]], *, demonyms: bool = False
) -> list[Candidate | None]:
    """Resolve given toponym spans (e.g. gold annotations) with the same evidence the
    extractor uses; with `demonyms`, "Russian" resolves to Russia."""
    gaz = load_gazetteer()
    text = ctx.article.text
    mentions = [Mention(s, e, "given") for s, e in spans]
    qualify(text, mentions, gaz)
    by_name: dict[str, list[Mention]] = {}
    for m in mentions:
        by_name.setdefault(normalise(text[m.start : m.end]), []).append(m)
    names = list(by_name)
    counties = frozenset(normalise(text[a:b]) for a, b in county_list_names(ctx.doc))
    toponyms = [_toponym(ctx, n, by_name[n], gaz, counties) for n in names]
    if not demonyms:
        for top in toponyms:
            if top.norm in gaz.demonyms and [gaz.demonyms[top.norm]] == top.candidates:
                top.candidates = []
    picks = resolve(toponyms, _hints(ctx, gaz, None))
    places = {
        (p.key if p is not None else f"name:{n}"): (
            p,
            n,
            [Span(m.start, m.end, "") for m in by_name[n]],
        )
        for n, p in zip(names, picks, strict=True)
    }
    _fill_county_coordinates(places, gaz)
    filled = {
        n: places[p.key if p is not None else f"name:{n}"][0]
        for n, p in zip(names, picks, strict=True)
    }
    return [filled[normalise(text[s:e])] for s, e in spans]
