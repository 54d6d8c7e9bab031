"""Entities: one entity per real-world referent in an article, with titles and actor codes.

    names.recognize   typed name mentions (OntoNotes + CoNLL NER, rules, consistency)
    group             mentions of one referent: same name, surname ("Xi" -> Xi Jinping),
                      acronym, the same country under two names ("U.S." / "United States")
    titles.describe   the words around each mention -> country, role, personal title
    coref             "the Chinese president" and "he" join the entity they refer to
    metonymy          a capital standing for its government ("as Moscow faces sanctions")

Every entity says why in `evidence`: how its names were found ("ner:both" = both NER models,
"ner:conll", "ner:ontonotes", "consistency", "gazetteer"), how mentions joined
("coref:surname@389-391", "coref:title@..", "coref:pronoun@.."), where its codes come from
("title:Chinese President -> CHN GOV", "org:CCTV -> CHNMED", "country:Russia -> RUS",
"party:Labour -> GBR" = a party name many countries use, of the article's home country) and
how a capital is used ("metonym:RUSGOV@151-157" = that mention stands for the government;
"dateline@0-7"; a capital mention with neither mark is a place).
Options (ctx.options): "entities.<key>" for each key of names.DEFAULTS, and
"entities.pronouns" (default True).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from newsgraph.extract import actors, coref, titles
from newsgraph.extract.names import Name, recognize
from newsgraph.extract.registry import Context, extractor
from newsgraph.records import Actor, Entity, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc

NAME = "entities.spacy"  # name kept from the placeholder; version bumped
VERSION = "37"
KEY = f"{NAME}@{VERSION}"


@dataclass(slots=True)
class Group:
    """The mentions of one referent while they are being gathered."""

    label: str
    names: list[Name] = field(default_factory=list)
    extra: list[tuple[int, int, str]] = field(default_factory=list)  # char spans + rule
    evidence: list[str] = field(default_factory=list)
    descriptors: list[titles.Descriptor] = field(default_factory=list)
    country: str | None = None  # for GPE/NORP: the country the name denotes


@extractor(NAME, version=VERSION, produces="entities")
def extract_entities(ctx: Context) -> tuple[Entity, ...]:
    """Named entities merged per referent, with titles, CAMEO actor codes and evidence."""
    with actors.extended(ctx.options.get("lexicons")):
        doc = ctx.doc
        names = recognize(doc, ctx.options)
        groups = group_names(doc, names)
        describe_groups(doc, names, groups)
        _divided_halves(doc, groups)
        coref.resolve(doc, groups, names, pronouns=bool(ctx.options.get("entities.pronouns", True)))
        home = home_country(groups, doc)
        legislature = legislature_country(doc, groups, home)
        entities = [
            _entity(ctx.article.text, doc, i, g, home, legislature) for i, g in enumerate(groups, 1)
        ]
        return tuple(_staff_of_persons(doc, entities))


def name_mentions(doc: Doc, options: Mapping[str, Any] | None = None) -> list[tuple[int, int, str]]:
    """(start_char, end_char, type) of every recognised name (benchmarks score these)."""
    return [
        (doc[n.start].idx, doc[n.end - 1].idx + len(doc[n.end - 1]), n.label)
        for n in recognize(doc, options or {})
    ]


def _text(doc: Doc, n: Name) -> str:
    return doc[n.start : n.end].text


# words before a father's name in a person's name ("Mohammed bin Salman")
_PATRONYMICS = frozenset({"bin", "ibn", "bint"})


def group_names(doc: Doc, names: list[Name]) -> list[Group]:
    """Mentions of one referent in one group, in order of first mention."""
    groups: list[Group] = []
    by_key: dict[tuple[str, str], Group] = {}
    persons: list[tuple[tuple[str, ...], Group]] = []
    for n in names:
        text = _text(doc, n)
        key = (n.label, text.lower())
        if n.label == "PERSON" and n.start > 0 and doc[n.start - 1].lower_ in _PATRONYMICS:
            key = (n.label, f"{doc[n.start - 1].lower_} {text.lower()}")  # "bin [Salman]"
        group = by_key.get(key)
        if group is None and n.label in {"GPE", "NORP"}:
            country = (
                actors.country_of(text)
                if n.label == "GPE" and actors.capital_of(text) is None
                else None
            )
            if country is not None:
                group = next((g for g in groups if g.label == "GPE" and g.country == country), None)
                if group is not None:
                    group.evidence.append(f"coref:country@{doc[n.start].idx}")
        if group is None and n.label == "PERSON":
            group = _person_group(doc, n, persons)
        if group is None and n.label == "ORG":
            group = _acronym_group(doc, text, groups)
        if group is None:
            group = Group(n.label)
            if n.label in {"GPE", "NORP"} and actors.capital_of(text) is None:
                group.country = actors.country_of(text)
            groups.append(group)
        if n.label == "PERSON":
            persons.append((_bare(tuple(t.lower_ for t in doc[n.start : n.end])), group))
        by_key.setdefault(key, group)
        group.names.append(n)
    _merge_later_full_names(doc, groups)
    return groups


def _bare(words: tuple[str, ...]) -> tuple[str, ...]:
    """A name's words without a leading honorific the recognizer took into it ("mr", "brown"
    -> "brown": "Mr Brown" is Gordon Brown's surname)."""
    honorific = len(words) > 1 and words[0].rstrip(".") in actors.HONORIFICS
    return words[1:] if honorific else words


def _name_words(doc: Doc, n: Name) -> tuple[str, ...]:
    """A name's words, lower case, without an honorific, with the "bin" the recogniser left
    before it ("bin [Salman]'s support")."""
    words = _bare(tuple(t.lower_ for t in doc[n.start : n.end]))
    if n.start > 0 and doc[n.start - 1].lower_ in _PATRONYMICS:
        words = (doc[n.start - 1].lower_, *words)
    return words


def _part_of_name(words: tuple[str, ...], full: tuple[str, ...], ranked: bool = False) -> bool:
    """Is `words` the surname ("Putin") or the first words ("Kim" of "Kim Jong-un") of the
    longer name `full`? Not the name after "bin" or "ibn", the father's, when a rank is
    written before it: "King Salman" is not "Mohammed bin Salman" (while "bin Laden" is
    "Osama bin Laden", and a bare "Salman" is the one so named before)."""
    if len(full) <= len(words):
        return False
    if full[: len(words)] == words:
        return True
    fathers = ranked and full[-len(words) - 1] in _PATRONYMICS
    return full[-len(words) :] == words and not fathers


# words of rank before a name: "King Salman" is his own man, not "X bin Salman"
_RANKS = frozenset({"king", "queen", "emir", "sheikh", "sheik", "prince", "princess", "sultan"})


def _ranked(doc: Doc, n: Name) -> bool:
    return n.start > 0 and doc[n.start - 1].lower_ in _RANKS


def _person_group(doc: Doc, n: Name, persons: list[tuple[tuple[str, ...], Group]]) -> Group | None:
    """ "Xi" (or "Mr Xi") joins the latest earlier person whose name starts or ends with it
    (`persons`: each earlier person's words, without an honorific)."""
    words = _name_words(doc, n)
    for earlier, group in reversed(persons):
        if _part_of_name(words, earlier, _ranked(doc, n)):
            group.evidence.append(
                f"coref:surname@{doc[n.start].idx}-{doc[n.end - 1].idx + len(doc[n.end - 1])}"
            )
            return group
    return None


def _acronym_group(doc: Doc, text: str, groups: list[Group]) -> Group | None:
    """ "OPEC" joins "Organization of the Petroleum Exporting Countries" and back."""
    if not (text.isupper() and 2 <= len(text) <= 6 and text.isalpha()):
        return None
    for g in groups:
        if g.label != "ORG":
            continue
        full = _text(doc, g.names[0])
        initials = "".join(w[0] for w in full.split() if w[:1].isupper())
        if initials == text:
            g.evidence.append(f"coref:acronym:{text}")
            return g
    return None


def _merge_later_full_names(doc: Doc, groups: list[Group]) -> None:
    """A surname seen before its full name ("Putin ... Vladimir Putin") is one person, and so
    is a family name written first ("Mr. Kim ... Kim Jong-un"), as `_person_group` takes it."""
    persons = [g for g in groups if g.label == "PERSON"]
    for g in persons:
        words = _name_words(doc, g.names[0])
        for other in persons:
            if other is g or not other.names:
                continue
            full = _bare(tuple(t.lower_ for t in doc[other.names[0].start : other.names[0].end]))
            if _part_of_name(words, full, _ranked(doc, g.names[0])) and g.names:
                other.names = sorted([*other.names, *g.names], key=lambda n: n.start)
                other.evidence.append(f"coref:surname:{' '.join(words)}")
                g.names = []
                break
    groups[:] = [g for g in groups if g.names]


def describe_groups(doc: Doc, names: list[Name], groups: list[Group]) -> None:
    """Attach each mention's descriptor (title, apposition, ...) to its group."""
    name_tokens = {i for n in names for i in range(n.start, n.end)}
    by_token: dict[int, titles.Descriptor | None] = {}
    for g in groups:
        if g.label not in {"PERSON", "ORG"}:
            continue
        for n in g.names:
            d = titles.describe(doc, n.start, n.end, name_tokens, person=g.label == "PERSON")
            if d is None:
                first = titles.first_conjunct(doc, n.start, n.end)
                prior = by_token.get(first) if first is not None else None
                if prior is not None and titles.is_plural_descriptor(doc, prior):
                    d = titles.inherit_from_conjunct(doc, n.start, n.end, prior)
            for i in range(n.start, n.end):
                by_token[i] = d
            if d is not None:
                g.descriptors.append(d)
                # the descriptor's own words lead to it too: "producers Rosneft and Lukoil"
                # may parse Lukoil as a conjunct of "producers"
                for t in doc.char_span(d.start, d.end, alignment_mode="expand") or ():
                    by_token.setdefault(t.i, d)
        if g.label == "ORG" and any(
            d.title and d.rule in {"title", "apposition"} for d in g.descriptors
        ):
            # "Chancellor Olaf Scholz" typed ORG: a personal title makes it a person
            g.label = "PERSON"
            g.evidence.append("type:PERSON by title")


# Roles that belong to a state: a "President" with no country word around is taken to be
# of the article's home country, when it has one (see `home_country`).
_STATE_ROLES = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY"})


_US_PARTIES = frozenset({"democrat", "democrats", "democratic", "republican", "republicans", "gop"})

# Party names that many countries use: the party of the article's home country, when it has
# one ("Labour" in a story about Britain). Names that almost always mean one country's party
# ("Tories", "BJP") are rows of the organisation table, coded by their country alone.
_HOME_PARTIES = frozenset(
    {
        "labour", "labour party", "labor party", "conservative", "conservatives",
        "conservative party", "liberal", "liberals", "liberal party", "green", "greens",
        "green party", "social democrat", "social democrats", "social democratic party",
        "christian democrat", "christian democrats", "socialist", "socialists",
        "socialist party", "communist", "communists", "communist party", "workers' party",
        "workers party", "people's party", "national party", "centre party", "center party",
        "freedom party", "liberal democratic party", "justice and development party",
    }
)  # fmt: skip
# Names that are a listed party in one home country and something else elsewhere: in a story
# about India, "Congress" is the Indian National Congress, not the U.S. Congress.
_HOME_NAMES = {("congress", "IND"): "Congress party"}


_HALF_WORDS = ("north", "south")


def _divided_halves(doc: Doc, groups: list[Group]) -> None:
    """ "The North has warned ...", "the South's president": a bare "North"/"South" after
    "the" is the one country named "North ..."/"South ..." in the article (North Korea), and
    no one when two are ("South Korea and South Sudan"), as the event coder reads it."""
    named: dict[str, set[str]] = {w: set() for w in _HALF_WORDS}
    for g in groups:
        first = _group_name(doc, g).split(" ", 1)[0].lower()
        if first in named and g.country is not None and g.label in {"GPE", "NORP"}:
            named[first].add(g.country)
    for g in groups:
        if g.country is not None or g.label not in {"LOC", "GPE", "NORP", "ORG"}:
            continue
        words = {doc[n.start : n.end].text.lower() for n in g.names}
        word = words.pop() if len(words) == 1 else ""
        if len(named.get(word, ())) != 1:
            continue
        if all(n.start > 0 and doc[n.start - 1].lower_ == "the" for n in g.names):
            g.country = next(iter(named[word]))
            g.evidence.append(f"half:{word} -> {g.country}")


def _norm_key(name: str) -> str:
    return " ".join(name.lower().split())


def legislature_country(doc: Doc, groups: list[Group], home: str | None = None) -> str | None:
    """The country whose legislature an article is about, when the signs point to one:
    legislatures and committees named with their country ("U.S. Senate", "the Duma"),
    lawmakers' party tags ("(D-Vt.)") and, for the U.S., states and the two parties. A
    lawmaker with no country word ("Rep. Adam Schiff", "the senator") is of that country.
    None when the signs are split (two thirds needed, as for `home_country`)."""
    counts: dict[str, int] = {}

    def add(country: str, n: int = 1) -> None:
        counts[country] = counts.get(country, 0) + n

    for g in groups:
        names = {_norm_key(_text(doc, n)) for n in g.names}
        if g.label == "ORG":
            for name in names:
                org = _organisation(doc, g, name, home)  # "the Congress party" is no legislature
                if org is not None and org.role == "LEG" and org.country is not None:
                    add(org.country, len(g.names))
                    break
        elif (
            (g.label == "GPE" and names & actors.us_state_names())
            or (g.label == "NORP" and names & _US_PARTIES)
            or (g.label == "PERSON" and _us_party_tag(doc, g) is not None)
        ):
            add("USA")
    total = sum(counts.values())
    best = max(counts, key=lambda c: counts[c], default=None)
    return best if best is not None and counts[best] * 3 >= total * 2 else None


def home_country(groups: list[Group], doc: Doc) -> str | None:
    """The country that gets at least two thirds of an article's country mentions (names and
    adjectives), if any: "President Trump" in a story about the US is USAGOV. (More than half
    was too eager: in a US-Israel story a US official with no country word became ISRGOV.)
    A party listed with its country alone counts as a country word ("the Tories" are GBR at
    each mention), and a listed leader once per person (a story about a leader names them
    again and again): a UK story with Blair, Brown and the Tories is GBR."""
    counts: Counter[str] = Counter()
    for g in groups:
        if g.label in {"GPE", "NORP"} and g.country is not None:
            counts[g.country] += len(g.names)
        elif g.names:
            name = _group_name(doc, g)
            party = _organisation(doc, g, name)
            known = _known_person(doc, g, name) if g.label == "PERSON" else None
            if party is not None and party.country is not None and party.role is None:
                counts[party.country] += len(g.names)
            elif known is not None and known.country is not None:
                counts[known.country] += 1
    if not counts:
        return None
    best, n = counts.most_common(1)[0]
    return best if n * 3 >= counts.total() * 2 else None


def _party_follows(doc: Doc, n: Name) -> bool:
    return n.end < len(doc) and doc[n.end].lower_ == "party"


def _organisation(doc: Doc, g: Group, name: str, home: str | None = None) -> Actor | None:
    """The listed organisation a group names. "Congress party" (the word "party" after a
    mention) is India's, not the U.S. Congress, and so is "Congress" in a story about India."""
    key = _norm_key(name).removeprefix("the ")
    longer = _HOME_NAMES.get((key, home or ""))
    if longer is None and any(_party_follows(doc, n) for n in g.names):
        longer = f"{name} party"
    org = actors.organisation(longer) if longer is not None else None
    return org if org is not None else actors.organisation(name)


def _home_party(name: str) -> bool:
    """A party name that many countries use ("Labour", "the Greens")?"""
    return name[:1].isupper() and _norm_key(name).removeprefix("the ") in _HOME_PARTIES


_HOUSE_BODIES = frozenset({"committee", "subcommittee", "caucus"})


def _bare_chamber(name: str) -> bool:
    """ "House" or "the House" alone, or one of its committees and caucuses ("the House
    Intelligence Committee", "House Freedom Caucus"): a legislature's chamber, named without
    its country."""
    words = _norm_key(name).removeprefix("the ").split()
    if not name[:1].isupper() or not words or words[0] != "house":
        return False
    return len(words) == 1 or (len(words) >= 3 and words[-1] in _HOUSE_BODIES)


_LANGUAGE_HEADS = frozenset({"language", "speaking", "speaker", "speakers", "languages"})


def _names_a_language(doc: Doc, n: Name) -> bool:
    """Is the name the first half of "Spanish-language", "French-speaking"?"""
    return (
        n.end + 1 < len(doc)
        and doc[n.end].text == "-"
        and doc[n.end + 1].lower_ in _LANGUAGE_HEADS
    )


def _actor(
    doc: Doc, g: Group, name: str, home: str | None = None, legislature: str | None = None
) -> tuple[Actor | None, tuple[str, ...], list[str]]:
    """(actor, titles, evidence) of one group."""
    evidence: list[str] = []
    title_list: list[str] = []
    for d in g.descriptors:
        if d.title and d.title not in title_list and g.label == "PERSON":
            title_list.append(d.title)
    if g.label in {"FAC", "LOC"}:
        org = actors.organisation(name)  # "the White House", "the Kremlin"
        if org is not None:
            evidence.append(f"org:{name} -> {org.code}")
            return org, (), evidence
    if g.label == "NORP" and g.names and all(_names_a_language(doc, n) for n in g.names):
        # "her first Spanish-language campaign ad", "English-speaking voters": a language
        evidence.append(f"language:{name}")
        return None, (), evidence
    if g.label in {"GPE", "NORP", "LOC"}:
        capital = actors.capital_of(name)
        if capital is not None and any(e.startswith("metonym:") for e in g.evidence):
            evidence.append(f"capital:{name} -> {capital}GOV")
            return actors.make_actor(capital, "GOV"), (), evidence
        longer = _longer_organisation(doc, g) if g.label == "NORP" else None
        if longer is not None:  # "Liberal [Democrat]": Britain's party, not a U.S. Democrat
            evidence.append(f"org:{longer[0]} -> {longer[1].code}")
            return longer[1], (), evidence
        country = _longer_country(doc, g) or g.country or actors.country_of(name)
        if country is not None:
            evidence.append(f"country:{name} -> {country}")
            return actors.make_actor(country, None), (), evidence
        org = _organisation(doc, g, name, home) if g.label == "NORP" else None
        if org is not None:  # "the Tories", "Peronists"
            evidence.append(f"org:{name} -> {org.code}")
            return org, (), evidence
        if g.label == "NORP" and home is not None and _home_party(name):
            # "the Conservatives", "Labour MPs" in a story about one country
            evidence.append(f"party:{name} -> {home}")
            return actors.make_actor(home, None), (), evidence
        if g.label == "NORP" and legislature == "USA" and _norm_key(name) in _US_PARTIES:
            # "Democratic senators", "Republicans" in a story about the U.S. Congress
            evidence.append(f"us-party:{name} -> USA")
            return actors.make_actor("USA", None), (), evidence
        return None, (), evidence
    org = _organisation(doc, g, name, home) if g.label == "ORG" else None
    country = next((d.country for d in g.descriptors if d.country and d.role), None)
    country = country or next((d.country for d in g.descriptors if d.country), None)
    role = next((d.role for d in g.descriptors if d.role), None)
    for d in g.descriptors:
        if d.country or d.role:
            evidence.append(d.evidence)
            break
    if org is not None:
        evidence.append(f"org:{name} -> {org.code}")
        if org.country is None:  # international: its own code, whatever the descriptor says
            return org, tuple(title_list), evidence
        country = country or org.country
        if org.role and all(d.rule == "head-noun" for d in g.descriptors if d.role):
            # "Pentagon reporters", "Kremlin correspondents": those who cover it, not what it is
            role = org.role
        role = role or org.role
    if g.label == "ORG" and role is None and org is None:
        # the name itself may say it: "Russian Foreign Ministry", "People's Liberation Army"
        own = actors.actor_for_text(name)
        if own is not None and own.role is not None:
            evidence.append(f"name:{name} -> {own.code}")
            country, role = country or own.country, own.role
    if g.label == "ORG" and country is None and role == "GOV":
        # "the Obama Administration", "the Putin government": the leader's own country, not
        # the article's (a US-Australia story made it AUSGOV)
        boss = _leader_in(name)
        if boss is not None and boss.country is not None:
            country = boss.country
            evidence.append(f"leader-in-name:{name} -> {country}")
    if g.label == "ORG" and org is None and country is None and home and _home_party(name):
        country = home  # "Labour", "the Social Democrats": the home country's party
        evidence.append(f"party:{name} -> {home}")
    if g.label == "ORG" and org is None and role is None and _bare_chamber(name):
        # "the House passed a measure", "the House Judiciary Committee": the lower chamber of
        # the legislature the article is about (the country comes below); "Freedom House",
        # "the Blue House" are other things
        role = "LEG"
        evidence.append(f"chamber:{name} -> LEG")
    if g.label == "ORG" and org is None and country is None and role is None:
        # a country's name the recogniser typed as an organisation ("the Philippines",
        # "DPRK"): the country (not a capital, a demonym or a U.S. state's name)
        named = actors.country_of(name)
        if (
            named is not None
            and actors.capital_of(name) is None
            and not actors.is_demonym(name)
            and _norm_key(name) not in actors.us_state_names()
        ):
            evidence.append(f"country:{name} -> {named}")
            return actors.make_actor(named, None), (), evidence
    if g.label == "ORG" and country is None and role is None:
        return None, (), evidence
    # a listed office holder's own code wins over a bare country read around the name (a
    # photo caption's "Washington, U.S., March 20" after "Crown Prince Mohammed bin Salman")
    # (by the full name only: a listed surname is no proof against "American writer X Moon")
    bare = (
        role is None
        and not any(d.country and d.role for d in g.descriptors)
        and len(name.split()) > 1
        and actors.leader(name) is not None
    )
    known = (
        _known_person(doc, g, name)
        if g.label == "PERSON" and (country is None or bare)
        else None
    )
    if known is not None and known.country is None:
        # the head of an international body (Guterres, Stoltenberg) is its own code, whatever
        # the title says ("NATO Secretary-General"), never the article's country
        evidence.append(f"leader:{name} -> {known.code}")
        return known, tuple(title_list), evidence
    if known is not None:  # a listed office holder with no country word: Obama is USA anywhere
        evidence.append(f"leader:{name} -> {known.code}")
        country, role = known.country, role or known.role
    if country is None and g.label == "PERSON":
        party = _us_party_tag(doc, g)
        if party is not None:  # "Sen. Patrick Leahy (D-Vt.)", "Dick Durbin, Democrat of Illinois"
            country, role = "USA", role or "LEG"
            evidence.append(f"us-party-tag:{party} -> USALEG")
    if country is None and g.label == "PERSON":
        # "Susan Rice, President Obama's national security adviser": the leader they serve
        boss = next((b for d in g.descriptors if (b := _leader_in(d.text)) is not None), None)
        if boss is not None and boss.country is not None:
            country = boss.country
            evidence.append(f"leader-of-descriptor -> {country}")
    if country is None and role == "GOV" and g.label == "PERSON":
        # "President Bush", "President Moon": a head's title on a name every listed leader
        # bearing it shares one code for, before any guess from the article's home
        titled = actors.titled_leader(name)
        if titled is not None:
            country = titled.country
            evidence.append(f"titled-leader:{name} -> {titled.code}")
    if country is None and role == "LEG" and legislature is not None:
        # "Rep. Adam Schiff", "the senator": of the one legislature the article is about
        country = legislature
        evidence.append(f"country:legislature -> {legislature}")
    if country is None and g.label == "PERSON" and role != "MED":
        # "Pentagon official X", "Gazprom chairman X": the known body named before the name
        body = _employer(doc, g)
        if body is not None:
            country, role = body.country, body.role or role
            evidence.append(f"employer -> {body.code}")
    if country is None and role in _STATE_ROLES and home is not None:
        country = home
        evidence.append(f"country:article -> {home}")
    return actors.make_actor(country, role), tuple(title_list), evidence


# A U.S. lawmaker's party and state after the name: "(D-Vt.)", "(R-Fla.)", "(I-VT)",
# ", Democrat of Illinois", ", a Republican from Texas".
_US_PARTY_TAG = re.compile(
    r"\s*(\((?:D|R|I)-[A-Z][A-Za-z.]{1,14}\)|,\s+(?:a\s+)?(?:Democrat|Republican)\s+(?:of|from)\s+[A-Z])"
)


def _employer(doc: Doc, g: Group) -> Actor | None:
    """The known body named in the words right before a mention of the person: "Gazprom
    chairman [Aleksey Miller]", "Pentagon official [X]" (actors.employer)."""
    for n in g.names:
        body = actors.employer([t.text for t in titles.words_before(doc, n.start)])
        if body is not None:
            return body
    return None


def _us_party_tag(doc: Doc, g: Group) -> str | None:
    for n in g.names:
        # the few words after the name (not doc.text: spaCy rebuilds it on every access)
        after = doc[n.end - 1].whitespace_ + doc[n.end : n.end + 10].text
        match = _US_PARTY_TAG.match(after[:40])
        if match is not None:
            return match.group(1).strip(" ,")
    return None


def _longer_organisation(doc: Doc, g: Group) -> tuple[str, Actor] | None:
    """A listed organisation the recogniser cut short: "Liberal [Democrat]'s" or "Social
    [Democrats]" name a party the words before belong to, not the U.S. Democrats."""
    for n in g.names:
        for k in (3, 2, 1):
            if n.start < k or not all(
                t.is_title and t.is_alpha for t in doc[n.start - k : n.start]
            ):
                continue
            text = doc[n.start - k : n.end].text
            org = actors.organisation(text)
            if org is not None:
                return text, org
    return None


def _longer_country(doc: Doc, g: Group) -> str | None:
    """A country name the recogniser cut short: "Democratic People's [Republic of Korea]"
    is PRK, not KOR. The longest known country name ending with a mention wins."""
    for n in g.names:
        for k in (4, 3, 2):
            if n.start - k < 0:
                continue
            longer = actors.country_of(doc[n.start - k : n.end].text)
            if longer is not None:
                return longer
        # ... or starting with it: "[Islamic Republic] of Pakistan" is PAK, not Iran
        if n.end < len(doc) and doc[n.end].lower_ == "of":
            for k in (3, 2):
                longer = actors.country_of(doc[n.start : min(n.end + k, len(doc))].text)
                if longer is not None:
                    return longer
    return None


def _leader_in(text: str) -> Actor | None:
    """A listed leader named inside a descriptor ("President Obama's adviser")."""
    words = [w for w in text.replace("’", "'").split() if w[:1].isupper()]
    for n in (2, 1):
        for i in range(len(words) - n + 1):
            found = actors.leader(" ".join(words[i : i + n]))
            if found is not None:
                return found
    return None


def _known_person(doc: Doc, g: Group, name: str) -> Actor | None:
    """A listed office holder by the group's longest name, else by its other mentions when
    they all name one: a headline verb or a tag line glued to the name ("Trump Disparages
    'Dumb' Deal", "Trump Donald John Trump") leaves "Trump" in the body as the person."""
    known = actors.leader(name)
    if known is not None:
        return known
    found = {a for n in g.names if (a := actors.leader(_text(doc, n))) is not None}
    return found.pop() if len(found) == 1 else None


def _group_name(doc: Doc, g: Group) -> str:
    """The longest name, written in normal case when the article has it so ("BEIJING" in a
    dateline, "Beijing" in the body)."""
    name = max(
        (_text(doc, n) for n in g.names),
        key=lambda t: (len(t.split()), not t.isupper(), len(t)),
    )
    if g.label in {"GPE"} and g.country is not None and len(g.names) > 1:
        # of two names as long ("Britain", "England"), the one the article uses more, then
        # the one it uses first; not the one a set happens to put first in this process
        counts = Counter(_text(doc, n) for n in g.names)
        name = max(counts, key=lambda t: (not t.isupper(), len(t), counts[t]))
    return name


def _entity(
    text: str,
    doc: Doc,
    index: int,
    g: Group,
    home: str | None,
    legislature: str | None = None,
) -> Entity:
    spans: dict[tuple[int, int], str] = {}
    evidence = list(dict.fromkeys(n.rule for n in g.names))
    for n in g.names:
        s, e = doc[n.start].idx, doc[n.end - 1].idx + len(doc[n.end - 1])
        spans[s, e] = n.rule
    for s, e, rule in g.extra:
        if (s, e) not in spans:
            spans[s, e] = rule
            evidence.append(f"{rule}@{s}-{e}")
    name = _group_name(doc, g)
    if (
        g.label in {"LOC", "GPE", "FAC", "ORG", "NORP"}
        and actors.leader(name) is not None
        and actors.country_of(name) is None
        and actors.organisation(name) is None
    ):
        # the small model sometimes types a leader's name as a place ("Xi" as LOC)
        g.label = "PERSON"
        g.evidence.append("type:PERSON by leader table")
    elif (
        g.label == "PERSON"
        and actors.organisation(name) is not None
        and actors.leader(name) is None
    ):
        # and an organisation's name as a person ("Boko Haram")
        g.label = "ORG"
        g.evidence.append("type:ORG by organisation table")
    actor, title_list, actor_evidence = _actor(doc, g, name, home, legislature)
    label = (
        g.label
        if g.label in {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "LAW", "PRODUCT"}
        else "OTHER"
    )
    return Entity(
        id=f"e{index}",
        name=name,
        type=label,  # type: ignore[arg-type]
        mentions=tuple(Span(s, e, text[s:e]) for s, e in sorted(spans)),
        titles=title_list,
        actor=actor,
        extractor=KEY,
        evidence=tuple(dict.fromkeys([*evidence, *g.evidence, *actor_evidence])),
    )


# the people who work for a person: "Kim's close aide Kim Chang Son", "Trump adviser Jim Smith",
# "Jim Smith, an aide to Trump", "Jim Smith, Trump's spokesman"
_STAFF_NOUNS = frozenset(
    {"aide", "adviser", "advisor", "spokesman", "spokeswoman", "spokesperson", "deputy"}
    | {"envoy", "emissary", "confidant", "lieutenant", "lawyer", "attorney", "secretary"}
)
# ... who speak for the person, not for the state: only the person's country ("Trump's lawyer")
_PRIVATE_STAFF = frozenset({"lawyer", "attorney"})
_STAFF_MODIFIERS = ("ADJ", "NOUN", "PROPN")


def _staff_of_persons(doc: Doc, entities: list[Entity]) -> list[Entity]:
    """A person named only as another person's aide, adviser or spokesman takes that
    person's country and role ("Kim's close aide Kim Chang Son": PRK GOV, as Kim Jong Un);
    the evidence says "staff-of:<name>"."""
    owner_at: dict[int, Entity] = {}
    for e in entities:
        if e.type != "PERSON" or e.actor is None or e.actor.country is None:
            continue
        for m in e.mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            for t in span or ():
                owner_at[t.i] = e
    if not owner_at:
        return entities
    out = []
    for e in entities:
        found = None if e.type != "PERSON" or e.actor is not None else _staff_owner(doc, e, owner_at)
        if found is None:
            out.append(e)
            continue
        owner, staff = found
        assert owner.actor is not None
        country = owner.actor.country
        role = None if staff in _PRIVATE_STAFF else owner.actor.role
        actor = Actor(code=f"{country}{role or ''}", country=country, role=role)
        out.append(replace(e, actor=actor, evidence=(*e.evidence, f"staff-of:{owner.name}")))
    return out


def _staff_owner(
    doc: Doc, entity: Entity, owner_at: Mapping[int, Entity]
) -> tuple[Entity, str] | None:
    for m in entity.mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        # before the name: "<owner>'s close aide <name>", "<owner> adviser <name>"
        i, staff = span.start - 1, None
        while i >= 0 and span.start - i <= 4 and doc[i].pos_ in _STAFF_MODIFIERS:
            if i in owner_at:
                break
            if staff is None and doc[i].lower_ in _STAFF_NOUNS:
                staff = doc[i].lower_
            i -= 1
        if staff is not None and i >= 0:
            if doc[i].lower_ in ("'s", "’s") and i > 0:
                i -= 1
            owner = owner_at.get(i)
            if owner is not None and owner is not entity:
                return owner, staff
        # after it: "<name>, an aide to <owner>", "<name>, <owner>'s spokesman"
        j = span.end
        if j + 1 < len(doc) and doc[j].text == ",":
            words = doc[j + 1 : min(len(doc), j + 9)]
            for k, t in enumerate(words):
                if t.is_punct:
                    break
                if t.lower_ not in _STAFF_NOUNS:
                    continue
                after = words[k + 1 : k + 3]
                if len(after) == 2 and after[0].lower_ == "to" and after[1].i in owner_at:
                    owner = owner_at[after[1].i]
                else:  # "<owner>'s [modifiers] <staff>": walk back over the modifiers
                    owner = None
                    for b in range(k - 1, 0, -1):
                        if words[b].lower_ in ("'s", "’s"):
                            owner = owner_at.get(words[b - 1].i)
                            break
                        if words[b].pos_ not in _STAFF_MODIFIERS:
                            break
                if owner is not None and owner is not entity:
                    return owner, t.lower_
                break
    return None
