"""Toponym resolution: pick one candidate per name, using the article's other places.

Score = a prior (feature type, population) + evidence from the article: an explicit
qualifier ("Alexandria, La."), the US state the article's other names (and its source's
web host, its dateline) vote for (`state_support`), the countries the other picks lie
in, and closeness to the other places it names. Picks start from the priors alone and
are rescored twice with the previous picks as context.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from newsgraph.extract.geo.gazetteer import Candidate, distance_km

# Priors on the scale of 1.25 * log10(city population): a country outweighs any town
# of the same name ("China", Texas), a US state outweighs towns under a million people.
# Tuned on the LGL and TR-News dev halves (grid over the bonuses below, resolution of
# gold spans: LGL acc@161 0.813 -> 0.823, TR-News 0.839 -> 0.842).
FEATURE_PRIOR: Mapping[str, float] = {
    "country": 12.0,
    "continent": 12.0,
    "admin1": 9.0,
    "admin2": 6.75,
    "region": 9.0,
    "sea": 9.0,
    "landmark": 8.5,
    "river": 8.5,
    "lake": 7.5,
    "mountains": 8.5,
}
POPULATION_WEIGHT = 1.25
CAPITAL_BONUS = 0.75
# A national capital named alone is the capital ("Washington" the city over the state).
# Measured on gold spans: TR-News acc@161 0.852 -> 0.861, GeoWebNews 0.633 -> 0.644,
# LGL 0.828 -> 0.825 (local US news means the state more often).
CAPITAL_FLOOR = 9.5
QUALIFIER_BONUS = 12.0  # "Alexandria, La.": the writer told us
STATE_BONUS = 3.0  # times how well the candidate's US state fits the rest of the article
# A state only other picks are in counts this much of a fully supported one (picks can
# reinforce each other's mistakes; the candidate votes cannot).
PICKED_STATE_WEIGHT = 0.5
COUNTRY_BONUS = 2.5  # candidate in a country the article is about
NEAR_BONUS = 1.5  # within NEAR_KM of another place the article names
NEAR_KM = 150.0


@dataclass(slots=True)
class Toponym:
    """All mentions of one name in one article, with what the text says about it."""

    norm: str
    candidates: list[Candidate]
    count: int = 1
    # mentions that act, as a government does ("the United States will hold talks"): they
    # say whom the article is about, not where it is
    actors: int = 0
    qualifier_states: set[str] = field(default_factory=set)
    qualifier_countries: set[str] = field(default_factory=set)


@dataclass(frozen=True, slots=True)
class Hints:
    """Article-level evidence beyond the toponyms: the dateline's place, the source's home."""

    countries: tuple[str, ...] = ()
    states: tuple[str, ...] = ()
    # candidate lists of names outside the text (the dateline, the source's web host
    # "gainesvilleregister.com"): they vote for US states like the article's own names
    votes: tuple[tuple[Candidate, ...], ...] = ()


def prior(c: Candidate) -> float:
    if c.feature == "city":
        size = POPULATION_WEIGHT * math.log10(max(c.population, 1000))
        return max(size + CAPITAL_BONUS, CAPITAL_FLOOR) if c.capital else size
    return FEATURE_PRIOR.get(c.feature, 5.0)


def _score(
    c: Candidate,
    top: Toponym,
    countries: Counter[str],
    states: Counter[str],
    anchors: Sequence[tuple[float, float]],
    support: Mapping[str, float] | None = None,
) -> float:
    s = prior(c)
    if (c.admin1 and c.admin1 in top.qualifier_states) or (
        c.country and c.country in top.qualifier_countries
    ):
        s += QUALIFIER_BONUS
    if c.country and countries[c.country] > 0:
        s += COUNTRY_BONUS
    elif c.country == "US" and support:
        s += COUNTRY_BONUS * support.get("US", 0.0)
    if c.admin1:
        picked = PICKED_STATE_WEIGHT if states[c.admin1] > 0 else 0.0
        s += STATE_BONUS * max(picked, (support or {}).get(c.admin1, 0.0))
    if c.lat is not None and c.lon is not None and c.feature in ("city", "landmark"):
        near = min((distance_km(c.lat, c.lon, a, b) for a, b in anchors), default=math.inf)
        if near < NEAR_KM:
            s += NEAR_BONUS
        elif near < 2 * NEAR_KM:
            s += NEAR_BONUS / 2
    return s


NO_HINTS = Hints()


def resolve(toponyms: Sequence[Toponym], hints: Hints = NO_HINTS) -> list[Candidate | None]:
    """The chosen candidate for each toponym (None when it has no candidates)."""
    picks: list[Candidate | None] = [
        max(t.candidates, key=lambda c: _score(c, t, Counter(), Counter(), ()))
        if t.candidates
        else None
        for t in toponyms
    ]
    for _ in range(2):
        picks = [
            _pick(i, t, toponyms, picks, hints) if t.candidates else None
            for i, t in enumerate(toponyms)
        ]
    return picks


def state_support(toponyms: Sequence[Toponym], hints: Hints, skip: int) -> dict[str, float]:
    """How well each US state fits the article's other names, in 0..1 (key "US": the
    country as a whole).

    Each other name votes for the states its candidates lie in, in proportion to their
    population among all its candidates ("Columbus" votes mostly Ohio, "Paris" hardly
    Texas); a state named outright votes 1. Local news is about one area.
    """
    votes: dict[str, float] = {}
    for st in hints.states:
        votes[st] = votes.get(st, 0.0) + 1.0
    lists = [t.candidates for j, t in enumerate(toponyms) if j != skip]
    for cands in (*lists, *hints.votes):
        # A name that may be a state but also a country or a national capital ("Georgia",
        # "Washington") names no state outright: "Washington said" in world news made every
        # small Washington-state town the likeliest of its name (Geneva, WA over Geneva).
        outranked = any(c.feature == "country" or c.capital for c in cands)
        named = {
            c.admin1 for c in cands if c.admin1 and c.feature == "admin1" and not outranked
        }
        for st in named:
            votes[st] = votes.get(st, 0.0) + 1.0
        towns = [c for c in cands if c.feature in ("city", "admin2")]
        total = sum(max(c.population, 1000) for c in towns) + sum(
            10_000_000
            for c in cands
            if c.feature in ("country", "admin1") and c.admin1 not in named
        )
        share: dict[str, float] = {}
        for c in towns:
            if c.admin1 and c.admin1 not in named:
                share[c.admin1] = max(share.get(c.admin1, 0.0), max(c.population, 1000) / total)
        for st, v in share.items():
            votes[st] = votes.get(st, 0.0) + v
    # Relative to the best-supported state (the article's home), and weak when even
    # that one has less than one vote's worth.
    top = max(votes.values(), default=0.0)
    out = {st: v / max(top, 1.0) for st, v in votes.items()}
    if out:
        out["US"] = min(1.0, sum(votes.values()))
    return out


def _pick(
    i: int,
    top: Toponym,
    toponyms: Sequence[Toponym],
    picks: Sequence[Candidate | None],
    hints: Hints,
) -> Candidate:
    countries: Counter[str] = Counter(hints.countries)
    states: Counter[str] = Counter(hints.states)
    anchors: list[tuple[float, float]] = []
    for j, other in enumerate(picks):
        if j == i or other is None:
            continue
        if other.country:
            # only where the article places things: "talks with the U.S." or "the United
            # States said" make no US town likelier (Geneva, Illinois over Geneva)
            countries[other.country] += toponyms[j].count - toponyms[j].actors
        if other.admin1:
            states[other.admin1] += toponyms[j].count
        if (
            other.feature in ("city", "landmark", "admin2")
            and other.lat is not None
            and other.lon is not None
        ):
            anchors.append((other.lat, other.lon))
    support = state_support(toponyms, hints, i)
    return max(top.candidates, key=lambda c: _score(c, top, countries, states, anchors, support))
