"""Who an argument of an event is: entity records first, then our own fallback table.

An entity's `actor` (from the entities extractor) wins. Until every entity carries one,
an actor is inferred from the words around the entity's mentions anywhere in the article
("Chinese President Xi Jinping" makes every "Xi" CHNGOV) and from `data/event_actors.tsv`:
country names, demonyms and capitals. A capital is only an actor because it stands in an
argument position ("Moscow faces sanctions"); a place in "talks in Moscow" never reaches
this module, since the coder only resolves subjects, objects and target phrases.

Groups of countries ("the Baltic states", "the two Koreas") come from
`data/country_groups.tsv`: `resolve` gives the group's IGO or region code when there is
one, `resolve_all` its member countries. With `look_back=True`, pronouns and definite
descriptions resolve to the actor named before them (eventcoder/discourse.py).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from newsgraph.extract import actors, coref, gender, titles
from newsgraph.extract.attribution.lexicon import data_rows
from newsgraph.extract.eventcoder import clauses, discourse
from newsgraph.extract.eventcoder.discourse import Discourse
from newsgraph.records import Entity

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_PRONOUNS = {"it", "its", "they", "them", "their", "he", "she", "his", "her", "him", "we", "our"}
_TITLE_ROLES = {"GOV", "MIL", "COP", "JUD"}
# Object pronouns resolved to the nearest person before them (`_antecedent`); subject
# pronouns come resolved from the entities' coreference mentions.
_OBJECT_PRONOUNS = {"him", "her"}
_ANTECEDENT_WINDOW = 60  # tokens: about two sentences
_MEMBER_NOUNS = frozenset({"country", "nation", "state", "member", "government"})
_ARMED_ROLES = frozenset({"REB", "INS", "SEP", "UAF"})
# Participles after a country and a hyphen that give a thing that country: "a
# Ruritanian-flagged tanker", "Borduria-registered aircraft", "the Saudi-led coalition", "the
# Serbian-dominated government", "Russian-controlled forces", "a Chinese-run company"
_COUNTRY_PARTICIPLES = frozenset({"flagged", "registered", "led", "dominated", "controlled", "run"})
# Generic CAMEO role codes: an actor code that is only one of these has no country.
ROLE_CODES = frozenset(
    {"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "OPP", "REB", "INS", "SEP", "UAF", "PTY"}
    | {"BUS", "MED", "CVL", "ELI", "LAB", "EDU", "HLH", "HRI", "AGR", "CRM", "DEV", "ENV"}
    | {"REF", "MOD", "RAD"}
)


def _titled(entity: Entity) -> bool:
    """Does the article give the person a country and a role by a title of their own
    ("Belgian Prime Minister Charles Michel", "Prime Minister Charles Michel of Belgium",
    "Charles Michel, Belgium's prime minister")?"""
    actor = entity.actor
    return (
        actor is not None
        and actor.code is not None
        and actor.country is not None
        and actor.role is not None
        and any(e.startswith(_OWN_TITLE_EVIDENCE) for e in entity.evidence)
    )


# the titles.py rules that read a person's own title in the article
_OWN_TITLE_EVIDENCE = ("title:", "title+", "of-country:", "apposition:")


@dataclass(frozen=True, slots=True)
class ActorTable:
    countries: dict[str, str]  # lower-case name/demonym -> code
    capitals: dict[str, str]
    igos: dict[str, str]
    regions: dict[str, str]
    roles: dict[str, str]  # lower-case title or group word -> role code
    persons: dict[str, str]  # lower-case name -> actor code
    bodies: dict[str, str]  # lower-case adjective of one country's body -> actor code
    region_codes: frozenset[str]  # the regions' codes ("MEA", "AFR"), no country's


@lru_cache(maxsize=1)
def actor_table() -> ActorTable:
    text = resources.files("newsgraph.extract.data").joinpath("event_actors.tsv").read_text("utf-8")
    kinds: dict[str, dict[str, str]] = {
        k: {} for k in ("country", "capital", "igo", "region", "role", "person", "body")
    }
    for line in text.splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("kind\t"):
            continue
        kind, name, code = line.split("\t")
        kinds[kind][name.lower()] = code
    persons = dict(actors.leader_table())  # the leaders live with the actor tables
    # every seat of government the entities' country table knows ("Ashgabat", "Vilnius"):
    # in an argument position it stands for that government, as the ones listed here do
    capitals = {**actors.lexicon().capitals, **kinds["capital"]}
    return ActorTable(
        kinds["country"],
        capitals,
        kinds["igo"],
        kinds["region"],
        kinds["role"],
        persons,
        kinds["body"],
        frozenset(kinds["region"].values()),
    )


def _role_word(table: ActorTable, token: Token) -> str | None:
    """The role a head noun names, read with a title word before it ("the attorney general",
    "the Secretary-General": no general)."""
    for child in token.children:
        if child.dep_ == "compound" and child.i < token.i:
            role = table.roles.get(f"{child.lower_} {token.lower_}")
            if role is not None:
                return role
    if token.lower_ == "state" and not token.is_lower and not token.is_sent_start:
        return None  # "the Islamic State", "Secretary of State": a name's word, no state
    return table.roles.get(token.lower_) or table.roles.get(token.lemma_.lower())


# Roles that serve where they are: "police in Berlin" are Germany's (not "diplomats in
# Moscow", "troops in Syria"); firms are mostly where they are too ("sanctions on five
# companies in China")
_LOCAL_ROLES = frozenset({"COP", "JUD", "BUS"})
# Nouns of rulers named by their seat: "authorities in Seoul", "the government in Kabul";
# and of the lawmakers a place elects and the regulators it has: "a lawmaker in the
# Philippines", "legislators in Taiwan", "regulators in the United States"
_SEATED_NOUNS = frozenset(
    {
        "authority", "authorities", "official", "government", "administration", "regime",
        "leader", "leadership", "ruler",
        "lawmaker", "legislator", "parliamentarian", "parliament", "legislature", "regulator",
    }
)  # fmt: skip


# The things posted on a platform (_PLATFORMS): "a Facebook post" is its author's
_POSTED_NOUNS = frozenset(
    {"post", "page", "account", "video", "message", "tweet", "feed", "livestream", "ad", "group"}
    | {"comment", "thread", "chat", "broadcast"}
)


# the most words a photo credit in parentheses has: "(Melina Mara/The Washington Post)"
_CREDIT_WORDS = 12


def _in_photo_credit(token: Token) -> bool:
    """Is the word inside parentheses that hold a slash: a photo credit ("(Darren
    Staples/Reuters)", "(Melina Mara/The Washington Post)")?"""
    doc = token.doc
    left = next(
        (doc[i] for i in range(token.i - 1, max(-1, token.i - _CREDIT_WORDS), -1)
         if doc[i].text in ("(", ")")),
        None,
    )  # fmt: skip
    right = next(
        (doc[i] for i in range(token.i + 1, min(len(doc), token.i + _CREDIT_WORDS))
         if doc[i].text in ("(", ")")),
        None,
    )  # fmt: skip
    if left is None or right is None or left.text != "(" or right.text != ")":
        return False
    return any("/" in t.text for t in doc[left.i + 1 : right.i])


def platform_of_a_post(token: Token) -> bool:
    """Is the word a platform named before what was posted on it ("a Facebook post")?"""
    return (
        token.lower_ in _PLATFORMS
        and token.dep_ in ("compound", "nmod", "amod")
        and token.head.lemma_.lower() in _POSTED_NOUNS
    )


# Nouns of a country's land, which stand for the country they are in: "territory in Syria"
# (not a base or a position: "an attack on a U.S. base in Iraq" is no attack on Iraq)
_LAND_NOUNS = frozenset(
    {"territory", "region", "province", "district", "area", "city", "town", "village"}
    | {"soil", "airspace", "waters", "coast", "countryside"}
)


# Nouns of those a measure may name by where they are: "individuals and entities in Iran"
_PLACED_NOUNS = frozenset({"individual", "entity", "institution"})


def _places_of_seat(token: Token, words: tuple[str, ...] = ("in",)) -> list[Token]:
    """The "in" phrases (or other `words`) that place a noun: its own ("police in Berlin"), or
    one the parser hung on its verb right after it ("Authorities in Seoul said ...", "imposed
    sanctions on the authorities in Caracas", "sanctioned three banks from Russia")."""
    preps = [c for c in token.children if c.dep_ == "prep" and c.lower_ in words]
    if not preps and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj"):
        after = token.right_edge.i + 1
        holders = list(token.ancestors)[:3]  # the verb, or the phrase's noun and its verb
        preps = [
            c
            for h in holders
            for c in h.children
            if c.dep_ == "prep" and c.lower_ in words and c.i == after
        ]
    return preps


# Nouns of those who head or speak for a body: "the head of the Labor Party", "a spokesman
# for the army" (not "member": "a member of the coalition" acts for itself)
_HOLDER_NOUNS = frozenset(
    {"head", "chief", "chairman", "chairwoman", "chair", "spokesman", "spokeswoman"}
    | {"spokesperson", "director", "boss", "secretary"}
    # "a top aide to Hillary Clinton", "an adviser to the Saudi government"
    | {"aide", "adviser", "advisor"}
)
# Nouns that name others by their bond to the one named with them: "U.S. allies" are not the
# United States, "Iran's proxies" not Iran (the members listed after them are: "allies like
# Russia and China")
# ... of them, those that name another state by its tie to one ("crack down on its neighbor";
# not "its opponents", who may be its own people)
STATE_TIES = frozenset(
    {"ally", "partner", "neighbor", "neighbour", "rival", "enemy", "foe", "adversary"}
)
RELATIONAL_NOUNS = (
    STATE_TIES
    | {"friend"}
    | {"critic", "opponent", "backer", "supporter", "sponsor", "patron", "proxy", "client"}
)
# Plural heads whose listed members act: "allies like Russia and China", "countries such as
# Japan and India", "the leaders of Chile and Peru" (a role word heads the last kind)
_MEMBER_HEADS = _MEMBER_NOUNS | {
    "ally", "partner", "power", "neighbor", "neighbour", "signatory", "economy", "democracy"
}  # fmt: skip
_LISTING_PREPS = ("of", "from", "like", "including", "as")
# nouns that count people: "thousands of Iranians protested" is the Iranians' act
_COUNT_NOUNS = frozenset({"thousands", "hundreds", "dozens", "scores", "millions", "tens"})


# Head nouns of "the Baltic states", "Nordic countries": the group's name is the modifier.
_GROUP_HEADS = frozenset({"state", "country", "nation", "republic", "monarchy"})
_COUNTING_WORDS = frozenset({"two", "three", "four", "five", "both", "all"})
# words that say how the members stand to each other, not which group it is ("the rival Koreas")
_RELATING_WORDS = frozenset(
    {"rival", "divided", "feuding", "warring", "estranged", "neighboring", "neighbouring"}
)


@lru_cache(maxsize=1)
def country_groups() -> dict[str, tuple[str | None, tuple[str, ...]]]:
    """data/country_groups.tsv: group name -> (IGO or region code, member countries)."""
    text = resources.files("newsgraph.extract.data").joinpath("country_groups.tsv")
    out: dict[str, tuple[str | None, tuple[str, ...]]] = {}
    for line in text.read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("name\t"):
            continue
        name, code, members = line.split("\t")
        out[name] = (
            None if code == "-" else code,
            () if members == "-" else tuple(members.split(",")),
        )
    return out


@lru_cache(maxsize=1)
def agreements() -> dict[str, tuple[str, ...]]:
    """data/event_agreements.tsv: an agreement's name -> its parties ("nafta" -> USA, CAN,
    MEX)."""
    rows = data_rows("event_agreements.tsv")
    return {name: tuple(parties.split(",")) for name, parties, _what in rows}


@dataclass(frozen=True, slots=True)
class ResolvedActor:
    """One participant: the words that name it, its entity (if any) and CAMEO actor code."""

    text: str
    start: int
    end: int
    code: str | None
    entity: str | None = None
    how: str = ""

    @property
    def is_outlet(self) -> bool:
        """A news outlet ("Reuters", "KCNA": role MED)."""
        return (self.code or "").endswith("MED")

    @property
    def country(self) -> str | None:
        """The country part of the code (IGO codes stay whole): what the benchmark compares."""
        if self.code is None or self.code in ROLE_CODES:
            return None  # a role with no country ("GOV") names no country
        return self.code if self.code.startswith("IGO") else self.code[:3]


# bodies named for a leader, and their role: "the Trump Organization", "the Clinton Foundation"
_NAMESAKE_BODIES = {
    "organization": "BUS",
    "organisation": "BUS",
    "corporation": "BUS",
    "enterprises": "BUS",
    "foundation": "NGO",
}
# where one's family came from: "a federal judge of Mexican descent" is no Mexican party
ANCESTRY_NOUNS = frozenset(
    {"descent", "ancestry", "heritage", "extraction", "origin", "origins", "parentage"}
)
# the parts of a body that act as it: "the Senate committee", "a House panel"
_SUB_BODIES = frozenset({"committee", "subcommittee", "panel", "caucus", "delegation"})


def _name_code(name: str, table: ActorTable, as_argument: bool) -> str | None:
    key = " ".join(name.lower().replace("’", "'").split())
    letters = name.replace(".", "").strip()
    if len(letters) <= 3 and letters.isalpha() and not letters.isupper():
        return None  # an acronym is written in capitals: "Kim Jong-Un" names no UN, "us" no US
    if key.startswith("the "):
        key = key[4:]
    if key.endswith("s") and key not in table.countries and key[:-1] in table.countries:
        key = key[:-1]  # "the Iranians", "Russians"
    if key in table.countries:
        return table.countries[key]
    if key in table.igos:
        return table.igos[key]
    if key in table.regions and (name.lstrip()[:1].isupper() or name.lower().startswith("the ")):
        # "the West", "Western nations"; not a direction: "in western Anbar province"
        return table.regions[key]
    if as_argument and key in table.capitals:
        return table.capitals[key] + "GOV"
    # the entities' country lexicon (with pycountry)
    if actors.capital_of(name) is None:  # a capital is only an actor in argument position
        return actors.country_of(name)  # "the Democratic People's Republic of Korea"
    return None


class ActorResolver:
    """Resolves argument tokens of one document to actors (built once per article)."""

    def __init__(
        self,
        doc: Doc,
        entities: Sequence[Entity],
        *,
        look_back: bool = False,
        regions: Mapping[int, str] | None = None,
    ) -> None:
        self.doc = doc
        self.table = actor_table()
        # character offset -> country, for a country's name the geocoder read as a place in
        # another country ("Kelly Loeffler, Republican of Georgia": a state of the USA)
        self.regions: Mapping[int, str] = regions or {}
        self._entity_at: dict[int, Entity] = {}
        self._mention_at: dict[int, tuple[int, int]] = {}
        for entity in entities:
            for m in entity.mentions:
                span = doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is None:
                    continue
                for tok in span:
                    self._entity_at[tok.i] = entity
                    self._mention_at[tok.i] = (span.start, span.end)
        self._inferred: dict[str, str | None] = {}
        self._dateline: dict[int, bool] = {}
        self._plain: dict[int, ResolvedActor | None] = {}
        self._reading_bodies = False  # (a sentence read for a body's own: no second read)
        self._text: str | None = None
        self._ents: list[Span] = []
        self._entities = {e.id: e for e in entities}
        # pronouns and "the group"-like descriptions: the actor named before them. Off by
        # default: on the dev gold it pays only with events.py not borrowing a context target
        # for a source found this way (see the events issue); the caller turns it on.
        self.looks_back = look_back
        self.discourse = Discourse(
            doc,
            self._resolve_plain,
            self._entity_at,
            role_words=self.table.roles,
            listed=self._listed_members,
        )

    # ----------------------------------------------------------------- entities
    def entity_code(self, entity: Entity) -> str | None:
        if any(e.startswith("language:") for e in entity.evidence):
            return None  # "a Spanish-language ad": a language, no people
        if entity.type in ("GPE", "LOC") and self.regions:
            within = next(
                (self.regions[m.start] for m in entity.mentions if m.start in self.regions), None
            )
            if within is not None:
                return within  # "Republican of Georgia": the state, in the USA
        if entity.type == "PERSON":  # a known office holder's country beats a guess from context
            known = self._person_code(entity.name)
            if known is not None and _titled(entity):
                # ... but not over the country the article's own title gives: "Belgian Prime
                # Minister Charles Michel" (the table knows him from his later office in the EU)
                assert entity.actor is not None and entity.actor.code is not None
                if entity.actor.country != known[:3]:
                    return entity.actor.code
            if known is not None:
                return known
        if entity.type in ("GPE", "NORP", "ORG"):  # an exact country name or demonym in our table
            named = _name_code(entity.name, self.table, as_argument=False)
            own = entity.actor.country if entity.actor is not None else None
            if named is not None and (own is None or own == named[:3]):
                return named  # (the entities saw more: "Democratic People's [Republic of Korea]")
        if entity.actor is not None and entity.actor.code and entity.actor.code not in ROLE_CODES:
            return entity.actor.code
        if entity.id not in self._inferred:
            self._inferred[entity.id] = self._infer(entity)
        return self._inferred[entity.id]

    def _infer(self, entity: Entity) -> str | None:
        code = _name_code(
            entity.name, self.table, as_argument=entity.type in ("GPE", "NORP", "ORG")
        )
        if code is not None:
            return code
        if entity.type not in ("PERSON", "ORG"):
            return None
        if entity.type == "PERSON":
            known = self._person_code(entity.name)
            if known is not None:
                return known
        # The words before (and in apposition to) any mention: "Russian Prime Minister X".
        for m in entity.mentions:
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or span.root.pos_ == "PRON":
                continue  # (a pronoun has no title: "by an Israeli military court after she")
            country, role = self._modifiers(span.start, span.root, person=entity.type == "PERSON")
            if country is not None:
                return country + (
                    role if role in _TITLE_ROLES or (entity.type == "ORG" and role) else ""
                )
        words = entity.name.split()
        if entity.type == "ORG" and len(words) > 1 and words[-1].lower() in _SUB_BODIES:
            # a body's own committee named in full: "the Likud Central Committee" (the longest
            # known body its name opens with)
            for k in range(len(words) - 1, 0, -1):
                body = actors.organisation(" ".join(words[:k]))
                if body is not None and body.country:
                    return body.code
        if entity.type == "ORG" and len(words) > 1 and actors.is_demonym(words[0]):
            # a name that opens with a demonym: "Ruritanian Rail", "the Bordurian Oil Company"
            return actors.country_of(words[0])
        if entity.type == "ORG" and len(words) > 1 and words[-1].lower() in _NAMESAKE_BODIES:
            # a leader's family firm or foundation: "the Trump Organization", "the Clinton
            # Foundation" (of the leader's country, not the government)
            leader = actors.leader(" ".join(words[:-1]).removeprefix("the "))
            if leader is not None and leader.country is not None:
                return leader.country + _NAMESAKE_BODIES[words[-1].lower()]
        return None

    def _modifiers(
        self, first: int, root: Token, *, person: bool = False
    ) -> tuple[str | None, str | None]:
        """Country and role words right before a name, or in its apposition; before a
        person's name, also a known body of one country (`person`)."""
        before = titles.words_before(self.doc, first)
        # "Georgia Gov. Brian Kemp": the state's (the nearest one named)
        country = next(
            (self.regions[t.idx] for t in reversed(before) if t.idx in self.regions), None
        )
        role: str | None = None
        words = [t.text for t in before]
        for child in root.children:
            if child.dep_ == "appos":
                # the apposition's own words, not a clause of its own: "Tony Cordesman, an
                # expert who advised the Pentagon during the Afghan war" is no Afghan
                words.extend(t.text for t in _without_clauses(child))
        for n in (2, 1):
            for j in range(len(words) - n + 1):
                written = " ".join(words[j : j + n])
                phrase = written.lower()
                if role is None and phrase in self.table.roles:
                    role = self.table.roles[phrase]
                if country is None:
                    # as written: "U.S." (lower-cased, "u.s." reads as the word "us")
                    code = _name_code(written, self.table, as_argument=False)
                    if code is not None:
                        country = code
        if country is None and person:
            # a known body of one country named as the person's employer: "Gazprom chairman
            # Aleksey Miller" (not the news: "Politico White House correspondent")
            body = actors.employer(words)
            if body is not None:
                country, role = body.country, body.role or role
        return country, role

    # ---------------------------------------------------------------- arguments
    def resolve(self, token: Token) -> ResolvedActor | None:
        """The actor `token` (the head of a noun phrase) stands for, or None."""
        actor = self._resolve_plain(token)
        if actor is None and self.looks_back and token.pos_ in ("PRON", "NOUN", "PROPN"):
            actor = self.discourse.refer(token)
        return actor

    def resolve_all(self, token: Token) -> list[ResolvedActor]:
        """Like `resolve`, but a group of countries is its members, one actor each: "the
        Baltic states" -> EST, LVA, LTU (each with the group's words and offsets)."""
        group = self.country_group(token)
        if group is not None and group[1]:
            span = self._phrase(token)
            return [
                ResolvedActor(span.text, span.start_char, span.end_char, m, None, "group:member")
                for m in group[1]
            ]
        listed = self._listed_members(token)
        if listed:
            return listed
        actor = self.resolve(token)
        if actor is None and self.looks_back and token.lower_ in discourse.PLURAL_PRONOUNS:
            return list(self.discourse.refer_group(token))  # "they" = "Ruritania and Borduria"
        return [] if actor is None else [actor]

    def _listed_members(self, token: Token) -> list[ResolvedActor]:
        """A plural head whose members are listed: "the leaders of the United States, Germany
        and France" (USAGOV, DEUGOV, FRAGOV), "allies like Russia, China and Cuba",
        "countries such as Japan and India" - one actor each, with the head's role."""
        if token.tag_ not in ("NNS", "NNPS") or token.pos_ != "NOUN":
            return []
        role = _role_word(self.table, token)
        if role is None and token.lemma_.lower() not in _MEMBER_HEADS:
            return []
        for mod in token.children:
            # "American and Chinese negotiators", "U.S. and South Korean officials"
            if mod.dep_ in ("amod", "compound", "nmod", "poss") and any(
                c.dep_ == "conj" for c in mod.children
            ):
                found = self._members(
                    token, role, [self._country_of(m) for m in clauses.members(mod)]
                )
                if found:
                    return found
        # "European signatories to the deal - Britain, France and Germany -": the list in
        # apposition to the head, or to the object of its "of" or "to" when the parser hangs
        # it there ("the members of the pact - Chile, Bolivia and Ecuador -")
        appositions = [c for c in token.children if c.dep_ == "appos"] + [
            a
            for prep in token.children
            if prep.dep_ == "prep" and prep.lower_ in ("of", "to")
            for o in prep.children
            if o.dep_ == "pobj"
            for a in o.children
            if a.dep_ == "appos"
        ]
        for appos in appositions:
            if any(c.dep_ == "conj" for c in appos.children):
                found = self._members(token, role, self._codes(clauses.members(appos)))
                if found:
                    return found
        listing = list(token.children)
        if token.dep_ == "pobj" and token.head.head.pos_ == "VERB":
            # "spoke with other world leaders on Friday, including Duterte and Lee": the
            # parser may hang the list on the verb, or on its subject, after the head
            verb = token.head.head
            hosts = [verb, *(c for c in verb.children if c.dep_ == "nsubj")]
            listing += [
                c
                for h in hosts
                for c in h.children
                if c.lower_ == "including" and c.i > token.i
            ]
        for prep in listing:
            if prep.dep_ != "prep" or prep.lower_ not in _LISTING_PREPS:
                continue
            if prep.lower_ == "from" and any(
                c.dep_ in ("amod", "compound", "nmod", "poss") and self._country_of(c) is not None
                for c in token.children
            ):
                # "all U.S. troops from Iraq": people of a country named before them are that
                # country's, wherever the from-phrase says they are
                continue
            if prep.lower_ == "as" and not any(
                c.lower_ == "such" for c in (*prep.children, *token.children)
            ):
                continue  # "such as" only
            objects = [o for o in prep.children if o.dep_ == "pobj"]
            if not objects:
                continue
            # ("countries, including Canada": one named is one of them)
            return self._members(
                token, role, self._codes(clauses.members(objects[0])), least=1
            )
        return []

    def _codes(self, heads: list[Token]) -> list[str | None]:
        return [a.code if (a := self.resolve(h)) is not None else None for h in heads]

    def _members(
        self, token: Token, role: str | None, codes: list[str | None], least: int = 2
    ) -> list[ResolvedActor]:
        """One actor per country among `codes` (at least `least`), with the head's role, all
        standing on the head's words."""
        countries = [c for c in codes if c is not None and c not in ROLE_CODES]
        if len({c if c.startswith("IGO") else c[:3] for c in countries}) < least:
            return []
        span = self._phrase(token)
        return [
            ResolvedActor(
                span.text,
                span.start_char,
                span.end_char,
                code if role is None or code.startswith("IGO") else code[:3] + role,
                None,
                "listed:member",
            )
            for code in dict.fromkeys(countries)
        ]

    def country_group(self, token: Token) -> tuple[str | None, tuple[str, ...]] | None:
        """ "the Baltic states", "the two Koreas", "Gulf countries": (code, members)."""
        plural = token.tag_ in ("NNS", "NNPS") or (token.tag_ == "NNP" and token.lower_[-1:] == "s")
        if not plural or token.pos_ not in ("NOUN", "PROPN"):
            return None  # ("the rival Koreas" is tagged as a singular name)
        words = [
            t.lower_
            for t in self.doc[token.left_edge.i : token.i]
            if t.dep_ not in ("det", "predet", "nummod", "punct")
            and t.lower_ not in _COUNTING_WORDS
            and t.lower_ not in _RELATING_WORDS
        ]
        groups = country_groups()
        counted = any(
            t.lower_ in _COUNTING_WORDS for t in self.doc[token.left_edge.i : token.i]
        )
        if counted and words and _role_word(self.table, token) is not None:
            # "the two Korean leaders", "the three Baltic presidents": the group's members
            found = groups.get(" ".join(words))
            if found is not None:
                return found
        if token.lemma_.lower() not in _GROUP_HEADS:
            words.append(token.lower_)
        return groups.get(" ".join(words)) if words else None

    def _phrase(self, token: Token) -> Span:
        span = self.doc[token.left_edge.i : token.i + 1]
        while len(span) > 1 and span[0].pos_ in ("DET", "PUNCT"):
            span = span[1:]
        return span

    def _resolve_plain(self, token: Token) -> ResolvedActor | None:
        """`resolve` from the words of the phrase alone, without looking back. The answer
        depends on the document only, so it is kept per token: the coder and the argument
        model ask for every word of every sentence (profiled: 15% of the analysis). Not kept
        is one given while the discourse's mentions are collected that asked for a later
        word not collected yet ("powers led by them")."""
        if token.i in self._plain:
            return self._plain[token.i]
        deferred = self.discourse.deferred
        actor = self._read_plain(token)
        if self.discourse.deferred == deferred and not self._reading_bodies:
            self._plain[token.i] = actor
        return actor

    def _read_plain(self, token: Token) -> ResolvedActor | None:
        if _likeness(token):
            return None  # "a Paris-style attack", "a Soviet-type economy": a kind, no party
        if token.lower_ in _PLATFORMS and token.head.lower_ in ("on", "via", "through"):
            return None  # "attacked Trudeau on Twitter": where it was said
        group = self.country_group(token)
        if group is not None:
            if group[0] is None:
                return None  # "the two Koreas": only its members are actors (resolve_all)
            span = self._phrase(token)
            return ResolvedActor(span.text, span.start_char, span.end_char, group[0], None, "group")
        if token.dep_ == "compound" and token.lower_ in self.table.capitals:
            return None  # "the Minsk agreement", "NATO's Brussels headquarters": a place
        if platform_of_a_post(token):
            return None  # "fired back with a Twitter post": where it was posted, no party
        if self._in_dateline(token):
            return None  # "TALLINN (Reuters) - ...": where the story was filed, no party
        if _in_photo_credit(token):
            return None  # "(Melina Mara/The Washington Post) Hillary Clinton blamed ..."
        half = self._half_named(token)
        if half is not None:
            return ResolvedActor(
                token.text, token.idx, token.idx + len(token.text), half, None, "half"
            )
        entity = self._entity_at.get(token.i)
        if token.ent_type_ in ("PERSON", "ORG") and (
            entity is None or self.entity_code(entity) is None
        ):
            entity = self._by_name_part(token) or entity
        if entity is None:
            # A compound head ("U.S. sanctions" handled elsewhere); a name inside the phrase:
            for child in token.children:
                if (
                    child.dep_ in ("compound", "nmod")
                    and child.i in self._entity_at
                    and token.pos_ == "PROPN"
                ):
                    entity = self._entity_at[child.i]
                    token = child
                    break
        if entity is not None:
            start, end = self._mention_at.get(token.i, (token.i, token.i + 1))
            span = self.doc[start:end]
            code = self.entity_code(entity)
            if code is None and entity.type in ("PERSON", "ORG"):
                country, role = self._modifiers(
                    span.start, span.root, person=entity.type == "PERSON"
                )
                if country is None and entity.type == "ORG":
                    # "the White House's National Security Council": the owner's country
                    owner = next((c for c in span.root.children if c.dep_ == "poss"), None)
                    country = self._country_of(owner) if owner is not None else None
                    if country is not None and country.startswith("IGO"):
                        country = None
                    if role is None and entity.actor is not None:
                        role = entity.actor.role
                if country:
                    code = country + (role or "")
            if code is None and entity.actor is not None:
                code = entity.actor.code or None  # a bare role ("GOV"): kept, no country
            if code is None:
                return None
            owned = self._owned_body(span, entity, code)
            if owned is not None:
                code = owned
            return ResolvedActor(
                span.text, span.start_char, span.end_char, code, entity.id, "entity"
            )
        if token.lower_ in _OBJECT_PRONOUNS and token.dep_ != "poss":
            return self._antecedent(token)
        if token.pos_ == "PROPN" and not token.ent_type_ and token.lower_ in self.table.persons:
            code = self.table.persons[token.lower_]  # a name the NER missed ("Pompeo is ...")
            return ResolvedActor(
                token.text, token.idx, token.idx + len(token.text), code, None, "table"
            )
        if token.ent_type_ == "PERSON":
            ent = next((e for e in self.doc.ents if e.start <= token.i < e.end), None)
            code = self._person_code(ent.text) if ent is not None else None
            if ent is not None and code is not None:
                return ResolvedActor(ent.text, ent.start_char, ent.end_char, code, None, "table")
        return self._common_noun(token)

    def in_dateline(self, token: Token) -> bool:
        """Is `token` part of a dateline ("SEOUL (Reuters) -"): where the story was filed?"""
        return self._in_dateline(token)

    def _in_dateline(self, token: Token) -> bool:
        known = self._dateline.get(token.i)
        if known is not None:
            return known
        if self._text is None:  # (spaCy rebuilds doc.text and doc.ents on each access)
            self._text, self._ents = self.doc.text, list(self.doc.ents)
        if token.i > 12 and "\n" not in self._text[self.doc[token.i - 6].idx : token.idx]:
            found = False  # a dateline opens the text or a line
        else:
            ent = next((e for e in self._ents if e.start <= token.i < e.end), None)
            span = ent if ent is not None else self.doc[token.i : token.i + 1]
            start = span.start_char
            if "\n" in self._text[start : token.idx]:
                # "Photo\nSEOUL, South Korea -": the parser's name runs over a line break
                start = self._text.rindex("\n", start, token.idx) + 1
            found = coref.in_dateline(self.doc, start, span.end_char, self._text)
        self._dateline[token.i] = found
        return found

    def is_armed_group(self, actor: ResolvedActor) -> bool:
        """Is this actor an armed group that is no state's force ("Boko Haram", "the
        Taliban"), though coded by the country it fights in?"""
        entity = self._entities.get(actor.entity) if actor.entity is not None else None
        # the organisation table first: the entity may carry a role read from the words
        # around it ("the extremist group Boko Haram")
        known = actors.organisation(entity.name if entity is not None else actor.text)
        if known is None and entity is not None:
            known = entity.actor
        if known is None and entity is None:
            # "Taliban fighters", "the Houthi rebels": the group's name before its men
            words = [w for w in actor.text.split() if w.lower() != "the"]
            for k in range(len(words) - 1, 0, -1):
                known = actors.organisation(" ".join(words[:k]))
                if known is not None:
                    break
        role = known.role if known is not None else None
        return role in _ARMED_ROLES or (actor.code or "")[3:6] in _ARMED_ROLES

    def _armed_group(self, token: Token) -> str | None:
        """The code of an armed group `token` names (country + REB, INS, SEP or UAF)."""
        entity = self._entity_at.get(token.i)
        code = (
            self.entity_code(entity)
            if entity is not None
            else _name_code(token.text, self.table, as_argument=False)
        )
        return code if code is not None and code[3:6] in _ARMED_ROLES else None

    def _half_named(self, token: Token) -> str | None:
        """ "the North", "the South": after "North Ruritania" (and no other "North ..."
        country) was named, the country whose name it begins."""
        if token.text not in ("North", "South") or not any(
            c.lower_ == "the" for c in token.children
        ):
            return None
        if token.i + 1 < len(self.doc) and self.doc[token.i + 1].pos_ == "PROPN":
            return None  # "the South China Sea": a longer name
        named = set()
        for tok in self.doc[: token.i]:
            if tok.text == token.text and tok.i + 1 < token.i:
                code = _name_code(self.doc[tok.i : tok.i + 2].text, self.table, False)
                if code is not None and not code.startswith("IGO"):
                    named.add(code[:3])
        return named.pop() if len(named) == 1 else None

    def _antecedent(self, pronoun: Token) -> ResolvedActor | None:
        """ "urging him to ...": the nearest person named before an object pronoun, within a
        few sentences, who is not the subject of the pronoun's own clause (him != the one
        urging). Only persons with a country code count; otherwise no actor."""
        verb = pronoun.head
        while (verb.dep_ == "prep" or verb.pos_ == "ADP") and verb.head.i != verb.i:
            verb = verb.head  # (a preposition may head its sentence: "| | With him | |")
        verbs = [verb]
        if pronoun.dep_ == "nsubj" and verb.head.i != verb.i:
            # "Abdullah paid for him to fly": an object form as the subject of a clause below
            # a verb is no one that verb's subject (else "to fly" alone, or "himself")
            verbs.append(verb.head)
        subjects = {
            self._entity_at[m.i].id
            for v in verbs
            for m in v.children
            if m.dep_ in ("nsubj", "nsubjpass") and m.i in self._entity_at
        }
        first = max(0, pronoun.i - _ANTECEDENT_WINDOW)
        for i in range(pronoun.i - 1, first - 1, -1):
            entity = self._entity_at.get(i)
            if entity is None or entity.type != "PERSON" or entity.id in subjects:
                continue
            if gender.contradicts(pronoun.lower_, entity.evidence):
                continue  # "use them to attack her": no man the article names as one
            code = self.entity_code(entity)
            if code is None or code in ROLE_CODES:
                return None  # the nearest person is not one we can code: abstain
            return ResolvedActor(
                pronoun.text,
                pronoun.idx,
                pronoun.idx + len(pronoun.text),
                code,
                entity.id,
                "antecedent",
            )
        return None

    def named_before(self, start: int, end: int) -> list[ResolvedActor]:
        """Actors of the entity mentions in tokens [start, end), one per country."""
        found: list[ResolvedActor] = []
        for i in range(start, end):
            entity = self._entity_at.get(i)
            if entity is None or entity.type not in ("PERSON", "ORG", "GPE", "NORP"):
                continue
            code = self.entity_code(entity)
            actor = ResolvedActor(
                self.doc[i].text, self.doc[i].idx, self.doc[i].idx, code, entity.id
            )
            if actor.country and all(a.country != actor.country for a in found):
                found.append(actor)
        return found

    def _person_code(self, name: str) -> str | None:
        persons = self.table.persons
        key = actors.leader_key(name)
        if key in persons:
            return persons[key]
        words = key.split()
        if len(words) < 2 or not actors.same_given_name(words):
            return None  # "Michael Howard" is no John Howard
        return persons.get(words[-1])

    def _by_name_part(self, token: Token) -> Entity | None:
        """A name the entities missed that is part of one they found ("Xi" of "Xi Jinping")."""
        ent = next((e for e in self.doc.ents if e.start <= token.i < e.end), None)
        if ent is None:
            return None
        words = ent.text.split()
        for entity in self._entities.values():
            if (
                entity.type == ent.label_
                and len(entity.name.split()) > len(words)
                and all(w in entity.name.split() for w in words)
                # an organisation's one word is its first or its last ("Rosneft" of "Rosneft
                # Oil Company", "the Navy" of "the U.S. Navy"), not a common word inside it
                # ("Iraq's Trade Minister" is no World Trade Organisation)
                and not (
                    entity.type == "ORG"
                    and len(words) == 1
                    and words[0] in entity.name.split()[1:-1]
                )
            ):
                for tok in ent:
                    self._mention_at[tok.i] = (ent.start, ent.end)
                return entity
        return None

    def _body_code(self, token: Token) -> str | None:
        """The code of the body a lower-case adjective names ("congressional": USALEG), or of
        another country's body of that kind the sentence names ("The Chilean Senate
        undertook congressional probes": CHLLEG)."""
        body = self.table.bodies.get(token.lower_)
        if body is None:
            return None
        return self._body_named_here(token, body) or body

    def _body_named_here(self, token: Token, body: str) -> str | None:
        """The code of another country's body of the same role (`body`'s) that the sentence
        of `token` names, if one."""
        if self._reading_bodies:
            return None
        role = body[3:]
        self._reading_bodies = True
        try:
            for other in token.sent:
                if other.i in (token.i, token.head.i) or other.pos_ not in ("NOUN", "PROPN"):
                    continue
                actor = self._resolve_plain(other)
                code = actor.code if actor is not None else None
                if code and code[3:] == role and code != body:
                    return code
        finally:
            self._reading_bodies = False
        return None

    def _holder_named(self, token: Token) -> ResolvedActor | None:
        """ "The leader of the Labor Party, Jeremy Corbyn, ...": the person the parser hangs in
        apposition to the of-phrase of an office's word is the office holder."""
        if token.tag_ != "NN" or _role_word(self.table, token) is None:
            return None
        for obj in clauses.prep_objects(token, ("of",)):
            for appos in obj.children:
                if appos.dep_ == "appos" and appos.ent_type_ == "PERSON":
                    named = self._resolve_plain(appos)
                    if named is not None and named.country is not None:
                        return named
        return None

    def _common_noun(self, token: Token) -> ResolvedActor | None:
        """ "Taiwan's government", "Russian producers", "the Chinese", "Moscow" without an entity."""
        if token.lower_ in _PRONOUNS or token.pos_ not in ("NOUN", "PROPN", "ADJ"):
            return None
        if token.pos_ == "NOUN" and token.lemma_.lower() in ANCESTRY_NOUNS:
            return None  # "a judge of Mexican descent": where a family came from, no party
        if token.pos_ == "NOUN" and discourse.region_description(token) is not None:
            return None  # "the South American country": one told of before, not the region
        if token.lower_ in _COUNT_NOUNS:
            # "thousands of Iranians", "dozens of Israeli soldiers": those counted
            counted = [
                o
                for prep in token.children
                if prep.dep_ == "prep" and prep.lower_ == "of"
                for o in prep.children
                if o.dep_ == "pobj"
            ]
            return self._resolve_plain(counted[0]) if len(counted) == 1 else None
        if token.pos_ == "NOUN" and token.lemma_.lower() in RELATIONAL_NOUNS:
            # "U.S. allies", "the North's allies", "Iran's proxies": others than the one named
            # with them, unless named themselves ("the South's main ally, the United States")
            for child in token.children:
                if child.dep_ in ("appos", "compound") and child.pos_ == "PROPN" and child.i > token.i:
                    named = self._resolve_plain(child)
                    if named is not None and named.country is not None:
                        return named
            return None
        named = self._holder_named(token)
        if named is not None:
            return named
        table = self.table
        body = self._body_code(token) if token.pos_ == "ADJ" else None
        if body is not None:
            # "congressional investigations": the U.S. Congress's
            return ResolvedActor(
                token.text, token.idx, token.idx + len(token.text), body, None, "table:body"
            )
        left = token.left_edge.i
        of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is not None:
            # a country's long name: "the Islamic Republic of Pakistan" is not "the Islamic
            # Republic" (Iran)
            full = self.doc[left : of.right_edge.i + 1]
            code = actors.country_of(full.text)
            if code is not None:
                return ResolvedActor(full.text, full.start_char, full.end_char, code, None, "table")
        # an office the news names in lower case: "the special counsel" (not a title before a
        # name: "special counsel Robert Mueller" is Mueller)
        titled = token.i + 1 < len(self.doc) and self.doc[token.i + 1].pos_ == "PROPN"
        for i in range(left, token.i) if token.pos_ == "NOUN" and not titled else ():
            span = self.doc[i : token.i + 1]
            office = actors.office(span.text)
            if office is not None:
                return ResolvedActor(
                    span.text, span.start_char, span.end_char, office.code, None, "table:office"
                )
        for i in range(left, token.i):  # a multi-word name: "South Korea", "United Nations"
            code = _name_code(self.doc[i : token.i + 1].text, table, as_argument=True)
            if code is not None:
                span = self.doc[i : token.i + 1]
                return ResolvedActor(span.text, span.start_char, span.end_char, code, None, "table")
        # a name is written with a capital: "pardoned two turkeys" names no country
        code = None if token.is_lower else _name_code(token.text, table, as_argument=True)
        role = _role_word(table, token)
        if role is not None and _a_stance(token):
            return None  # "its opposition to Taiwan independence" is no opposition party
        if code is None and role is not None:
            country = None
            for child in token.children:
                body = self._body_code(child) if child.dep_ == "amod" else None
                if body is not None and country is None:
                    # "congressional investigators", "Congressional leaders": the body's own
                    country, role = body[:3], body[3:6] or role
                if child.dep_ in ("poss", "amod", "compound", "nmod"):
                    country = country or self._country_of(child)
                elif child.dep_ == "prep" and child.lower_ in ("of", "from"):
                    # "ministers of Ruritania", "envoys from the five nations of the bloc"
                    for obj in child.children:
                        country = country or self._country_of(obj) or self._members_of(obj)
                if child.dep_ == "amod" and child.lemma_.lower() == "loyal" and child.i > token.i:
                    # "forces loyal to Assad": the country of the one they serve
                    for obj in clauses.prep_objects(child, ("to",)):
                        served = self._resolve_plain(obj)
                        country = country or (served.country if served is not None else None)
            if country is None and (role in _LOCAL_ROLES or token.lemma_.lower() in _SEATED_NOUNS):
                # "police in Berlin", "a court in Lima", "authorities in Seoul", "the regime in
                # Damascus": the police, courts and rulers of the place (and "banks from
                # Russia" with the from-phrase the parser hung on the verb)
                for prep in _places_of_seat(token, ("in", "from")):
                    for obj in prep.children:
                        # "a judge in the British overseas territory": its own modifier
                        # before any party named earlier
                        mods = [
                            c
                            for c in obj.children
                            if c.dep_ in ("amod", "compound", "poss") and c.pos_ != "PRON"
                        ]
                        for c in mods if obj.pos_ == "NOUN" else []:
                            country = country or self._country_of(c)
                        country = country or self._country_of(obj)
            if country is not None:
                code = country + role if not country.startswith("IGO") else country
        if code is None and token.pos_ == "NOUN":
            # "G-7 nations", "Russian parliament members": the name among the modifiers
            inner = [c for c in token.children if c.dep_ in ("compound", "amod", "nmod")]
            role = role or next(
                (table.roles[c.lower_] for c in inner if c.lower_ in table.roles), None
            )
            # "a Ruritanian-flagged tanker": the flag's country (split at the hyphen, the
            # country hangs on "flagged")
            inner += [
                g
                for c in inner
                if c.lower_ in _COUNTRY_PARTICIPLES
                for g in c.children
                if g.dep_ in ("npadvmod", "compound", "amod", "nmod")
            ]
            if role is not None:
                # "Ruritania's main opposition party": a role word among the modifiers and
                # the country in the possessive
                inner += [c for c in token.children if c.dep_ == "poss"]
            # "a Facebook post that criticized ...", "a YouTube video": the platform is where
            # it was posted, not who wrote it
            inner = [c for c in inner if not platform_of_a_post(c)]
            for child in inner:
                armed = self._armed_group(child)
                if armed is not None:
                    code = armed  # "Red Dawn fighters": the group, not its country's state
                    break
                if (
                    child.dep_ == "compound"
                    and child.lower_ in actors.lexicon().capitals
                    and role is None
                ):
                    # "the Paris climate accord", "the Oslo accords": a city (not a seat of
                    # government named for its rulers: "Kremlin officers")
                    continue
                if role is None and child.dep_ == "compound" and token.lemma_.lower() in _SUB_BODIES:
                    # "the Senate committee", "a House panel": a part of the named body, which
                    # acts as that body (its entity and role: USALEG, not the bare country)
                    whole = self._resolve_plain(child)
                    if whole is not None and whole.entity is not None and len(whole.code or "") > 3:
                        span = self._phrase(token)
                        return ResolvedActor(
                            span.text, span.start_char, span.end_char, whole.code, whole.entity,
                            "table:part of body",
                        )
                country = self._country_of(child) or _hyphened_country(child, table)
                if country is not None:
                    is_igo = country.startswith("IGO")
                    code = country if is_igo else country + (role or "")
                    break
        if code is None and token.pos_ == "NOUN" and token.lemma_.lower() in _PLACED_NOUNS:
            # "sanctions on 20 institutions and a dozen individuals in North Korea": the
            # country they are in
            for prep in _places_of_seat(token, ("in", "from")):
                for obj in prep.children:
                    code = code or self._country_of(obj)
        if code is None and token.pos_ == "NOUN" and token.lemma_.lower() in _LAND_NOUNS:
            # "a trip to Kurdish territory in Syria", "shelled villages in Ruritania": the
            # country the land is in (as "Syrian territory" is Syria's)
            for prep in _places_of_seat(token):
                for obj in prep.children:
                    code = code or self._country_of(obj)
        if code is None and token.pos_ == "NOUN":
            # "the rebel group Red Dawn": the name in apposition (not the next clause's
            # subject the parser hung there: "condemning the actions, Moscow continues")
            for child in token.children:
                if (
                    child.dep_ == "appos"
                    and child.pos_ == "PROPN"
                    and not clauses.subject_of_next_clause(token, child)
                ):
                    named = self._resolve_plain(child)
                    if named is not None and named.country is not None:
                        return named
        if code is None and token.pos_ == "NOUN" and token.lemma_.lower() in _HOLDER_NOUNS:
            holder = self._holder_of(token)
            if holder is not None:
                return holder
        if code is None and token.pos_ == "NOUN" and token.lemma_.lower() == "office":
            held = self._office_of(token)
            if held is not None:
                return held
        if code is None and token.pos_ == "NOUN":
            return self._led_by(token)
        if code is None:
            return None
        if is_former(token):
            # "a former International Monetary Fund director" acts for the fund no longer; "a
            # former U.S. diplomat" is one of his country's elites (CAMEO's ELI)
            if code.startswith("IGO"):
                return None
            if code[3:] in _OFFICE_ROLES:
                code = code[:3] + "ELI"
            elif len(code) > 3:
                code = code[:3]  # a former rebel or business leader: the country alone
        span = self._phrase(token)
        return ResolvedActor(span.text, span.start_char, span.end_char, code, None, "table")

    def _holder_of(self, token: Token) -> ResolvedActor | None:
        """ "the head of the Israeli Labor Party", "a spokesman for the Iranian army": one who
        speaks or acts for a body acts as it does (its code, in the holder's words)."""
        for prep in token.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("of", "for", "to"):
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                body = self.resolve(obj)
                if body is None or body.country is None or body.is_outlet:
                    continue
                span = self._phrase(token)
                return ResolvedActor(span.text, span.start_char, span.end_char, body.code, None, "holder")
        return None

    def _office_of(self, token: Token) -> ResolvedActor | None:
        """ "Netanyahu's office", "the office of the Chilean prosecutor", "the U.S. Attorney's
        office": an office acts for the one who holds it (a country named alone: its
        government)."""
        owners = [c for c in token.children if c.dep_ == "poss"]
        owners += [
            o
            for p in token.children
            if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children
            if o.dep_ == "pobj"
        ]
        for owner in owners:
            found = self.resolve(owner)
            if found is None and owner.pos_ in ("NOUN", "PROPN"):
                # "the U.S. Attorney's office": the country named on the title
                found = next(
                    (a for c in owner.children if c.dep_ == "compound" and (a := self.resolve(c))),
                    None,
                )
            if found is None or found.country is None or found.is_outlet:
                continue
            code = found.code if found.code and len(found.code) > 3 else found.country + "GOV"
            span = self._phrase(token)
            return ResolvedActor(span.text, span.start_char, span.end_char, code, None, "office")
        return None

    def _members_of(self, token: Token) -> str | None:
        """ "the ten member states of the bloc", "countries of the Union": the organisation."""
        if token.lemma_.lower() not in _MEMBER_NOUNS:
            return None
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for obj in prep.children:
                    code = self._country_of(obj)
                    if code is not None and code.startswith("IGO"):
                        return code
        return None

    def _led_by(self, token: Token) -> ResolvedActor | None:
        """ "six world powers led by the United States": the side its leader names."""
        for clause in token.children:
            if clause.dep_ == "acl" and clause.lemma_.lower() == "lead":
                for agent in clauses.agent_objects(clause):
                    actor = self.resolve(agent)
                    if actor is not None and actor.country is not None:
                        return actor
        return None

    def role_only(self, token: Token) -> str | None:
        """The role a bare title or group word names ("state firms" -> BUS), if it names no
        country itself."""
        if token.lower_ in _PRONOUNS or self.resolve(token) is not None:
            return None
        return _role_word(self.table, token)

    def _country_of(self, token: Token) -> str | None:
        if _likeness(token) or _against(token):
            return None  # "a pro-Putin combination", "a Paris-style attack"
        if self._in_dateline(token):
            return None  # "Washington (CNN) Talks ...": the dateline is no modifier
        half = self._half_named(token)
        if half is not None:
            return half  # "the North's missile programme"
        if token.i > 0:
            # "Latin American leaders", "South American officials": a region, not the USA
            region = country_groups().get(f"{self.doc[token.i - 1].lower_} {token.lower_}")
            if region is not None:
                return region[0]
        entity = self._entity_at.get(token.i)
        if entity is not None:
            code = self.entity_code(entity)
            if code:
                return code[:3] if not code.startswith("IGO") else code
            if entity.type in ("GPE", "LOC") and len(entity.name.split()) > 1:
                # "the New Jersey governor", "the New Mexico border", "the Gulf of Mexico": a
                # place of more words than the country name inside it
                return None
        if self.looks_back and (token.lower_ in discourse.PRONOUNS or token.pos_ == "NOUN"):
            # "its army", "the country's president": the actor named before
            actor = self.discourse.refer(token)
            if actor is not None and actor.country is not None:
                return actor.country
        return _name_code(token.text, self.table, as_argument=False) or _capital_country(
            token.text, self.table
        )

    def _owned_body(self, span: Span, entity: Entity, code: str) -> str | None:
        """A body of one word with "its" or "their" before it is the owner's: "Peru's
        president will speak to its Congress" (Peru's Congress, not the U.S. one the table
        gives "Congress")."""
        if entity.type != "ORG" or len(span) != 1 or len(code) <= 3 or not self.looks_back:
            return None
        owner = next(
            (
                c
                for c in span.root.children
                if c.dep_ == "poss" and c.lower_ in ("its", "their")
            ),
            None,
        )
        if owner is None:
            return None
        actor = self.discourse.refer(owner)
        country = actor.country if actor is not None else None
        if country is None or country.startswith("IGO") or country == code[:3]:
            return None
        return country + code[3:]

    def modifier_actors(self, token: Token) -> list[ResolvedActor]:
        """Actors named inside a non-actor phrase: "China's claim", "China-Russia ties" (not
        the body one once served: "a former International Monetary Fund director")."""
        if is_former(token):
            return []
        found: list[ResolvedActor] = []
        for child in token.children:
            if child.dep_ in ("poss", "compound", "amod", "nmod"):
                actor = self.resolve(child)
                if actor is not None:
                    found.append(actor)
                found.extend(
                    self.modifier_actors(child) if child.dep_ in ("compound", "nmod") else []
                )
        return found


_FORMER = frozenset({"former", "onetime", "erstwhile"})


def is_former(noun: Token) -> bool:
    """Is the noun qualified as a past one ("a former director", "an erstwhile ally")?"""
    return any(c.dep_ == "amod" and c.lower_ in _FORMER for c in noun.children)


# roles of public office: one who held it is of the country's elites (ELI)
_OFFICE_ROLES = frozenset({"GOV", "LEG", "JUD", "SPY"})


def _a_stance(token: Token) -> bool:
    """ "opposition to the plan", "resistance against the law", "denied his opposition": a
    stance taken, not the group the same word names ("the opposition", "the Syrian
    resistance")."""
    return token.lemma_.lower() in _STANCE_WORDS and any(
        (c.dep_ == "prep" and c.lower_ in ("to", "against"))
        or (c.dep_ == "poss" and c.lower_ in _PERSONAL_POSSESSIVES)
        for c in token.children
    )


# a person's own: "his opposition" is a stance of his, no party
_PERSONAL_POSSESSIVES = frozenset({"his", "her", "my", "your"})


_STANCE_WORDS = frozenset({"opposition", "resistance"})


def _hyphened_country(token: Token, table: ActorTable) -> str | None:
    """ "U.S.-led", "Saudi-flagged" kept as one token: the country before the hyphen."""
    head, sep, word = token.lower_.rpartition("-")
    if not sep or word not in _COUNTRY_PARTICIPLES:
        return None
    return _name_code(token.text[: len(head)], table, as_argument=False)


def _capital_country(text: str, table: ActorTable) -> str | None:
    return table.capitals.get(text.lower())


def unique(actors: Iterable[ResolvedActor]) -> list[ResolvedActor]:
    """Drop repeated actors (same code, or same entity), keeping the first."""
    seen: set[str] = set()
    out: list[ResolvedActor] = []
    for a in actors:
        key = a.entity or a.code or a.text
        if key in seen or (a.code is not None and a.code in seen):
            continue
        seen.add(key)
        if a.code:
            seen.add(a.code)
        out.append(a)
    return out


# dependencies that open a clause of its own inside a noun phrase
_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp"})


def _without_clauses(head: Token) -> list[Token]:
    """The words of `head`'s phrase in order, leaving out its relative and other clauses."""
    out: list[Token] = []
    stack = [head]
    while stack:
        tok = stack.pop()
        out.append(tok)
        stack.extend(c for c in tok.children if c.dep_ not in _CLAUSE_DEPS)
    return sorted(out, key=lambda t: t.i)


# social media named as where something was said
_PLATFORMS = frozenset(
    {"twitter", "facebook", "instagram", "youtube", "tiktok", "weibo", "telegram", "whatsapp"}
    | {"wechat", "snapchat", "linkedin", "reddit"}
)


_HYPHENS = ("-", "‑", "–")
# the words that make a name the kind of something: "Paris-style", "Soviet-type", or a
# language ("a Spanish-language ad", "French-speaking voters")
_LIKENESS_WORDS = frozenset(
    {"style", "type", "like", "esque", "inspired", "language", "speaking", "speaker", "speakers"}
    # ... or the time of something: "an Obama-era agreement", "Soviet-era weapons"
    | {"era"}
)


def _against(token: Token) -> bool:
    """Is `token` a country's name after "anti-" or "non-", said of others ("anti-American
    protesters" are not America's, "non-U.S. companies" not American; "anti-Assad rebels"
    are Syria's own)?"""
    doc = token.doc
    return (
        token.i >= 2
        and token.ent_type_ != "PERSON"
        and doc[token.i - 1].text in _HYPHENS
        and doc[token.i - 2].lower_ in ("anti", "non")
        and doc[token.i - 2].whitespace_ == ""
    )


def _likeness(token: Token) -> bool:
    """Is `token` a name joined by a hyphen to a likeness word, or that word ("Paris-style"),
    or a name after "pro-" ("a pro-Putin combination" is not Putin, "pro-Russian separatists"
    are not Russia's)?"""
    doc = token.doc
    if (
        token.i >= 2
        and doc[token.i - 1].text in _HYPHENS
        and doc[token.i - 2].lower_ == "pro"
        and doc[token.i - 2].whitespace_ == ""
    ):
        return True
    if token.lower_ in _LIKENESS_WORDS:
        j = token.i - 1
        return j >= 1 and doc[j].text in _HYPHENS and doc[j - 1].whitespace_ == ""
    j = token.i + 1
    return (
        j + 1 < len(doc)
        and doc[j].text in _HYPHENS
        and doc[j].whitespace_ == ""
        and doc[j + 1].lower_ in _LIKENESS_WORDS
    )

