"""The event lexicon: verb and noun patterns -> CAMEO codes, read from TSV files.

The built-in file is `extract/data/event_lexicon.tsv` (its header explains the columns);
users extend it with files of the same format (the `lexicons` option). Entries from
later files are added to the built-in ones; an entry with the same pattern replaces the
earlier one.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from newsgraph.errors import UsageError
from newsgraph.extract.cameo import is_cameo_code
from newsgraph.extract.eventcoder.clauses import object_gap, shared_objects, small_clause_subject

if TYPE_CHECKING:
    from spacy.tokens import Token

FRAMES = ("event", "intent", "appeal", "demand", "threat", "refuse", "report", "light", "undergo")
# Frames that wrap an embedded event ("pledged to boost trade") and code it anew.
WRAPPING_FRAMES = ("intent", "appeal", "demand", "threat", "refuse")


class LexiconError(UsageError):
    """A lexicon file that cannot be read: the message names the file and line."""


@dataclass(frozen=True, slots=True)
class LexEntry:
    pos: str  # "verb" | "noun" | "adj"
    lemma: str  # head lemma
    modifiers: tuple[str, ...]  # words that must modify a noun head ("joint" communique)
    particle: str | None
    objects: frozenset[str]
    code: str | None
    frame: str
    source: str  # "file:line", for evidence

    @property
    def specificity(self) -> int:
        return 2 * (self.particle is not None) + bool(self.objects) + len(self.modifiers)

    @property
    def pattern(self) -> str:
        """A readable name for the entry, used as the event's `rule`."""
        words = [*self.modifiers, self.lemma]
        if self.particle:
            words.append(self.particle)
        if self.objects:
            words.append("[" + "|".join(sorted(self.objects)) + "]")
        return f"{self.pos}:{' '.join(words)}"


@dataclass(frozen=True, slots=True)
class Lexicon:
    entries: dict[tuple[str, str], tuple[LexEntry, ...]]

    def __len__(self) -> int:
        return sum(len(v) for v in self.entries.values())

    def candidates(self, pos: str, lemma: str) -> tuple[LexEntry, ...]:
        return self.entries.get((pos, lemma.lower()), ())

    def match(self, token: Token) -> LexEntry | None:
        """The most specific entry whose pattern fits `token` in its parse, if any."""
        pos = _entry_pos(token)
        if not pos:
            return None
        keys = dict.fromkeys((lemma_of(token), token.text.lower()))  # fixed order: lemma first
        if pos == "verb" and is_predicate_participle(token):
            # "was deeply concerned about", "Japan is worried by": the parser reads the
            # participle as a verb; an adjective entry for its written form comes first
            said_of = _most_specific(self.candidates("adj", token.text.lower()), token)
            if said_of is not None:
                return said_of
        return _most_specific([e for key in keys for e in self.candidates(pos, key)], token)

    def carrier(self, token: Token) -> LexEntry | None:
        """The support-verb entry of `token` that fits ("wage" carrying "a trade war"), if
        any: what a verb is when the noun it carries names the act."""
        keys = dict.fromkeys((lemma_of(token), token.text.lower()))
        return _most_specific(
            [e for key in keys for e in self.candidates("verb", key) if e.frame == "light"], token
        )


def _most_specific(entries: Iterable[LexEntry], token: Token) -> LexEntry | None:
    """The most specific of the entries whose pattern fits `token` (the first of equals)."""
    best: LexEntry | None = None
    for entry in entries:
        if _fits(entry, token) and (best is None or entry.specificity > best.specificity):
            best = entry
    return best


def _entry_pos(token: Token) -> str:
    """The lexicon part of speech a token is matched as ("" for none)."""
    if token.pos_ == "VERB":
        if any(c.dep_ == "poss" for c in token.children):
            return "noun"  # "their next generation consoles": a noun the parser took for a verb
        return "verb"
    if token.pos_ in ("NOUN", "PROPN"):
        return "noun"
    return "adj" if is_predicate_adjective(token) else ""


def is_predicate_adjective(token: Token) -> bool:
    """An adjective said of someone: the copula's complement ("Jordan has been critical of
    the settlements") or a phrase after its noun ("lawmakers critical of the deal"); not one
    before its noun ("a critical moment")."""
    if token.pos_ != "ADJ":
        return False
    return token.dep_ == "acomp" or (
        token.dep_ == "amod" and token.i > token.head.i and token.head.pos_ in ("NOUN", "PROPN")
    )


# verbs that say how their subject seems, whose participle the parser may make an "oprd"
_LINKING_VERBS = frozenset({"seem", "appear", "look", "feel", "sound", "become", "grow"})


def is_predicate_participle(token: Token) -> bool:
    """A past participle said of its subject as an adjective is: "he was concerned about",
    "Japan is worried by" (the copula's complement, or a passive with its subject)."""
    if token.tag_ != "VBN":
        return False
    if token.dep_ == "oprd" and token.head.lemma_.lower() in _LINKING_VERBS:
        return True  # "seemed aggrieved by the tariffs", "looked irritated with Paris"
    return token.dep_ == "acomp" or (
        any(c.dep_ == "auxpass" for c in token.children)
        and any(c.dep_ == "nsubjpass" for c in token.children)
    )


def words_of(token: Token) -> set[str]:
    """The lemma and the written form, lower case: what lexicon words are matched against."""
    return {lemma_of(token), token.text.lower()}


# Forms the small English model lemmatizes wrong ("hoped" -> "hop", "waging" -> "wag")
_LEMMA_FIXES = {
    "hoped": "hope", "hopes": "hope", "hoping": "hope",
    "waged": "wage", "waging": "wage", "staged": "stage", "staging": "stage",
    "installed": "install",
}  # fmt: skip


def lemma_of(token: Token) -> str:
    """The token's lemma, lower case, with the model's known slips put right. A capitalised
    plural the model took for a name ("Rockets were fired", a headline's "Sanctions") and
    no entity is a common noun's plural: its singular."""
    fixed = _LEMMA_FIXES.get(token.lower_)
    if fixed is not None:
        return fixed
    lemma = token.lemma_.lower()
    if (
        token.tag_ == "NNPS"
        and not token.ent_type_
        and lemma == token.lower_
        and len(lemma) > 4
        and lemma.endswith("s")
        and not lemma.endswith("ss")
    ):
        return lemma[:-3] + "y" if lemma.endswith("ies") else lemma[:-1]
    return lemma


# particles the parser may tag as adverbs right after their verb
ADVERB_PARTICLES = frozenset({"back", "forward", "ahead", "away", "off", "out", "up", "down", "in"})


# verbs whose "to" takes an infinitive as well as a noun ("committed to talks", "committed
# to start talks")
_TO_INFINITIVE_LEMMAS = frozenset({"commit"})


def particle_of(token: Token, particle: str) -> Token | None:
    own = {c.lower_ for c in token.children if c.dep_ == "prt"}
    # "called Chile a bully for its blockade": a verb that names what its object is takes
    # its prepositions as adjuncts, no "call for"
    named = [c.i for c in token.children if c.dep_ == "oprd"]
    if token.lemma_.lower() == "call":
        # (or its object, when the parser hangs the name on it: "calling Kim 'rocket man' for
        # testing missiles"; one called for or on has no object)
        named += [
            c.i for c in token.children if c.dep_ == "dobj" and c.tag_ not in ("WDT", "WP")
        ]
    for child in token.children:
        if child.dep_ == "prep" and named and min(named) < child.i:
            continue
        if child.dep_ in ("prt", "prep", "agent", "dative") and child.text.lower() == particle:
            # "called Putin on Tuesday" is no "call on"
            if any(c.ent_type_ in ("DATE", "TIME") for c in child.children):
                continue
            if child.dep_ != "prt" and own - {particle} and not _out_against(own, particle):
                continue  # a phrasal verb of its own: "call out Russia on this" is no "call on"
            if _absolute(child):
                continue  # "stood at $19 billion, with soybeans accounting for half": no "stand with"
            return child
        if (
            child.dep_ == "advmod"
            and child.i == token.i + 1
            and child.lower_ == particle
            and particle in ADVERB_PARTICLES
        ):
            return child  # "is pushing back against": the parser makes "back" an adverb
        if particle == "of" and child.lower_ == "out" and child.dep_ in ("prt", "prep", "advmod"):
            # "pulled the U.S. out of the deal": the parser hangs "of" on "out"
            inner = next((c for c in child.children if c.lower_ == "of"), None)
            if inner is not None:
                return inner
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if (
        after is not None
        and after.lower_ == particle
        and particle in ADVERB_PARTICLES
        and after.dep_ == "advmod"
        and after.head.dep_ == "advmod"
        and after.head.head.i == token.i
    ):
        return after  # "pushed back hard on": the parser hangs "back" on "hard"
    if particle == "to" and token.lemma_.lower() in _TO_INFINITIVE_LEMMAS:
        for child in token.children:
            # "committed to start lifting tariffs": the infinitive's "to" is the particle's
            if child.dep_ == "xcomp" and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in child.children
            ):
                return child
    for child in token.children:
        # "calling for the United States to step up": the parser makes "for" the mark of a clause
        if child.dep_ in ("advcl", "ccomp") and any(
            m.dep_ == "mark" and m.lower_ == particle for m in child.children
        ):
            return child
    return None


def _out_against(own: set[str], particle: str) -> bool:
    """"Came out against the deal", "spoke out against Beijing": "out" before "against" only
    says the stand was taken in public, the verb is still one "against" someone; "eased up on
    sanctions enforcement", "eased off on sanctions": "up" and "off" before "on" only say how
    far (the verb is still one "on" something)."""
    return (particle == "against" and own == {"out"}) or (
        particle == "on" and own in ({"up"}, {"off"})
    )


def _absolute(prep: Token) -> bool:
    """A preposition whose object is a clause with a subject of its own and no noun ("with
    soybean shipments accounting for $12 billion", "with Chile looking on"): an absolute
    phrase, not the particle of its verb."""
    if prep.lower_ not in ("with", "without"):
        return False  # "warned against Iran building ...": the particle's clause object
    return not any(c.dep_ == "pobj" for c in prep.children) and any(
        c.dep_ == "pcomp" and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
        for c in prep.children
    )


_PLAN_NOUNS = frozenset({"plan", "intention"})


def object_heads(token: Token, particle: str | None) -> list[Token]:
    """Direct objects, infinitive complements and (when given) the particle's object."""
    heads = [c for c in token.children if c.dep_ in ("dobj", "xcomp", "attr", "nsubjpass")]
    if not heads and token.pos_ == "VERB":
        heads = shared_objects(token)
    done_to = small_clause_subject(token)
    if done_to is not None:
        heads.append(done_to)  # "wants the sanctions lifted": lifting the sanctions
    if (
        token.dep_ == "acl"
        and token.tag_ == "VBN"
        and not any(c.dep_ in ("nsubj", "aux", "mark", "dobj") for c in token.children)
    ):
        # a passive participle takes the noun it modifies: "a treaty finalized on Monday";
        # not a clause of its own that the parser hangs there ("reports that Peru had
        # attacked its border posts": what was attacked is the posts, not the reports)
        heads.append(token.head)
    if _relative_object(token):
        # "the talks that Xi held with Putin", "the meeting they had": the noun the clause
        # hangs on is the object
        heads.append(token.head)
    if particle:
        prep = particle_of(token, particle)
        if prep is not None:
            objects = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
            after = prep.i + 1
            if not objects and after < len(prep.doc) and prep.doc[after].pos_ in ("NOUN", "PROPN"):
                # "the war on trade years ago": the parser hung the preposition's noun on the
                # next word; it is still what the preposition takes
                objects = [prep.doc[after]]
            heads.extend(objects)
    if token.pos_ == "NOUN":
        heads.extend(_noun_infinitive(token))
    # "canceled plans to attend the summit", "scrapped plans to visit Seoul": what is planned
    heads += [
        g
        for h in list(heads)
        if h.dep_ == "dobj" and h.lemma_.lower() in _PLAN_NOUNS
        for inf in h.children
        if inf.dep_ in ("acl", "relcl") and inf.pos_ == "VERB"
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in inf.children)
        for g in (inf, *(c for c in inf.children if c.dep_ == "dobj"))
    ]
    out: list[Token] = []
    for head in heads:
        out.append(head)
        out.extend(c for c in head.children if c.dep_ == "conj")
        out.extend(contents(head))  # "approved a new round of sanctions"
    return out


def _relative_object(verb: Token) -> bool:
    """Is `verb` a relative clause on a noun whose object is that noun (`object_gap`)?"""
    return verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN") and object_gap(verb)


def _noun_infinitive(noun: Token) -> list[Token]:
    """The infinitive right after a noun's phrase, wherever the parser hangs it: "a vow to
    retaliate", "vows from China to retaliate" (often read as the verb's adverbial clause)."""
    own = [
        c
        for c in noun.children
        if c.dep_ in ("acl", "relcl")
        and c.pos_ == "VERB"
        and any(a.dep_ == "aux" and a.lower_ == "to" and a.i < c.i for a in c.children)
    ]
    if own:
        return own
    doc = noun.doc
    at = noun.right_edge.i + 1
    if at + 1 >= len(doc) or doc[at].lower_ != "to" or doc[at].dep_ != "aux":
        return []
    verb = doc[at].head
    return [verb] if verb.pos_ == "VERB" and verb.i > at else []


# Nouns that hold others of a kind: "a round of sanctions", "a wave of airstrikes", "a new
# package of tariffs". An act done to the container is done to what it holds.
CONTAINER_NOUNS = frozenset(
    {"round", "package", "set", "series", "wave", "raft", "slew", "batch", "string", "spate"}
    | {"infusion", "injection"}  # "sought a quick infusion of aid"
    | {"flurry", "volley", "salvo", "barrage", "campaign", "host", "range", "list", "tranche"}
    # kinds: "has been shooting off various kinds of missiles"
    | {"kind", "type", "sort"}
    # spans of time: "will hold two days of drills", "after months of talks"
    | {"day", "week", "month", "year", "hour", "decade"}
)


# An amount holds what it counts: "revoke $200 million in economic aid", "$50 billion of
# tariffs", "$2 billion worth of arms"
_AMOUNT_ENTS = frozenset({"MONEY", "QUANTITY", "CARDINAL"})
_AMOUNT_PREPS = ("in", "of", "worth")


def _holds(holder: Token) -> tuple[str, ...]:
    """The prepositions through which `holder` holds its contents, if it is a container."""
    if holder.lemma_.lower() in CONTAINER_NOUNS:
        return ("of",)
    if holder.ent_type_ in _AMOUNT_ENTS and holder.pos_ in ("NUM", "NOUN", "SYM"):
        return _AMOUNT_PREPS
    return ()


def contents(noun: Token) -> list[Token]:
    """What a container noun holds: "round" -> "sanctions" in "a round of sanctions"."""
    preps = _holds(noun)
    if not preps:
        return []
    return [
        o
        for p in noun.children
        if p.dep_ == "prep" and p.lower_ in preps
        for o in p.children
        if o.dep_ == "pobj"
    ]


def container_of(noun: Token) -> Token | None:
    """The container a noun is held in ("sanctions" -> "round" in "a round of sanctions")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep":
        return None
    holder = prep.head
    return holder if prep.lower_ in _holds(holder) else None


def _fits(entry: LexEntry, token: Token) -> bool:
    if entry.modifiers:
        mods: set[str] = set()
        for child in token.lefts:
            mods |= words_of(child)
            mods |= {t.text.lower() for t in child.subtree}
        if not all(m in mods for m in entry.modifiers):
            return False
    if entry.particle is not None and particle_of(token, entry.particle) is None:
        return (
            _fits_through_copula(entry, token)
            or _fits_through_imposing(entry, token)
            or _fits_through_object(entry, token)
        )
    return not entry.objects or any(
        words_of(h) & entry.objects
        or (COUNTRY_OBJECT in entry.objects and h.ent_type_ == "GPE")
        or (PERSON_OBJECT in entry.objects and h.ent_type_ == "PERSON")
        or (INFINITIVE_OBJECT in entry.objects and h.dep_ == "xcomp" and h.head == token)
        for h in object_heads(token, entry.particle)
    )


# the object word that stands for any country or city named as the object: "struck Syria"
COUNTRY_OBJECT = "@country"
# the object word that stands for any person named as the object: "defended President Bush"
PERSON_OBJECT = "@person"
# the object word that stands for an infinitive complement: "persuaded Seoul to join" (not
# "persuaded voters they are the real opposition": a belief)
INFINITIVE_OBJECT = "@to"


# verbs that hold their noun subject's phrase: "all options are on the table"
_COPULAS = ("be", "remain", "stay")
_QUANTIFIERS = ("all", "some", "any", "none", "both")


def copula_of(noun: Token) -> Token | None:
    """The copula whose subject `noun` is: "options are on the table", "all of the options
    remain on the table"."""
    head = noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in _QUANTIFIERS:
        head = noun.head.head
    if head.dep_ == "nsubj" and head.head.lemma_.lower() in _COPULAS:
        return head.head
    return None


# people and forces one moves from a place
_MOVED_PEOPLE = frozenset(
    {"troop", "soldier", "force", "personnel", "diplomat", "staff", "ambassador", "envoy",
     "unit", "marine", "employee", "citizen", "national"}
)  # fmt: skip


def _fits_through_object(entry: LexEntry, token: Token) -> bool:
    """A verb entry whose particle and object the parser hangs at the end of the verb's own
    object ("placed six North Korean companies and 20 of their vessels on sanctions list":
    "on" hangs on "vessels"), when the entry names the particle's object, or when the object is
    people moved from a place ("did withdraw all U.S. troops from Iraq": "from" hangs on
    "troops")."""
    if token.pos_ != "VERB":
        return False
    for obj in token.children:
        if obj.dep_ != "dobj":
            continue
        if (
            not entry.objects
            and entry.particle == "from"
            and obj.lemma_.lower() in _MOVED_PEOPLE
            and any(c.dep_ == "prep" and c.lower_ == "from" for c in obj.children)
        ):
            return True
        if not entry.objects:
            continue
        for prep in obj.subtree:
            if (
                prep.dep_ == "prep"
                and prep.lower_ == entry.particle
                and prep.right_edge.i == obj.right_edge.i
                and any(
                    o.dep_ == "pobj" and words_of(o) & entry.objects for o in prep.children
                )
            ):
                return True
    return False


# verbs that impose the measure their object names, on whom their own "on" phrase says
_IMPOSING_VERBS = frozenset({"impose", "slap", "levy", "place", "put", "add", "reimpose"})


def _fits_through_imposing(entry: LexEntry, token: Token) -> bool:
    """A measure noun with "on" ("duty on") whose "on" phrase the parser hangs on the verb
    that imposes it ("China imposed retaliatory duties on $60 billion of American products"),
    when the entry names no object of its own."""
    if entry.objects or entry.particle not in ("on", "against") or token.pos_ != "NOUN":
        return False
    verb = token.head
    return (
        token.dep_ == "dobj"
        and verb.pos_ == "VERB"
        and verb.lemma_.lower() in _IMPOSING_VERBS
        and particle_of(verb, entry.particle) is not None
    )


def _fits_through_copula(entry: LexEntry, token: Token) -> bool:
    """A noun idiom with its particle and object ("option on table") whose phrase the parser
    hangs on the copula ("all options are on the table"): only for entries that name the
    object, so that a bare "sanctions are on ..." is no "sanctions on"."""
    if not entry.objects or entry.particle is None or token.pos_ != "NOUN":
        return False
    copula = copula_of(token)
    prep = particle_of(copula, entry.particle) if copula is not None else None
    return prep is not None and any(
        words_of(o) & entry.objects for o in prep.children if o.dep_ == "pobj"
    )


def parse_lexicon(text: str, source: str) -> list[LexEntry]:
    entries: list[LexEntry] = []
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.rstrip("\n")
        if not line.strip() or line.lstrip().startswith("#") or line.startswith("pos\t"):
            continue
        cells = line.split("\t")
        if len(cells) != 6:
            raise LexiconError(
                f"{source}:{number}: expected 6 tab-separated columns, got {len(cells)}"
            )
        pos, lemma, particle, objects, code, frame = (c.strip() for c in cells)
        if pos not in ("verb", "noun", "adj") or frame not in FRAMES or not lemma:
            raise LexiconError(f"{source}:{number}: bad pos {pos!r} or frame {frame!r}")
        if pos == "adj" and particle in ("", "-"):
            # "critical of X": the preposition names the one it is about; a bare adjective
            # ("critical", "open") says too little to be an act
            raise LexiconError(f"{source}:{number}: an adjective entry needs its preposition")
        if code != "-" and not is_cameo_code(code):
            # caught here, with its line, rather than as a failed article later
            raise LexiconError(
                f"{source}:{number}: unknown CAMEO event code {code!r} "
                "(the codes newsgraph knows are in extract/data/cameo_codes.tsv)"
            )
        words = lemma.lower().split()
        entries.append(
            LexEntry(
                pos=pos,
                lemma=words[-1],
                modifiers=tuple(words[:-1]),
                particle=None if particle == "-" else particle.lower(),
                objects=frozenset() if objects == "-" else frozenset(objects.lower().split("|")),
                code=None if code == "-" else code,
                frame=frame,
                source=f"{source}:{number}",
            )
        )
    return entries


@lru_cache(maxsize=8)
def load_lexicon(extra_paths: tuple[str, ...] = ()) -> Lexicon:
    """The built-in lexicon plus the entries of `extra_paths` (same format)."""
    builtin = resources.files("newsgraph.extract.data").joinpath("event_lexicon.tsv")
    entries = parse_lexicon(builtin.read_text("utf-8"), "event_lexicon.tsv")
    for path in extra_paths:
        try:
            text = Path(path).read_text("utf-8")
        except OSError as exc:
            raise LexiconError(f"cannot read lexicon file {path}: {exc}", input=path) from exc
        if _header(text).startswith("pos\tlemma"):  # other extractors' files are theirs
            entries.extend(parse_lexicon(text, Path(path).name))
    return Lexicon(_index(entries))


def _header(text: str) -> str:
    """The first line that is neither blank nor a comment."""
    return next((ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")), "")


def _index(entries: Iterable[LexEntry]) -> dict[tuple[str, str], tuple[LexEntry, ...]]:
    by_pattern: dict[tuple[object, ...], LexEntry] = {}
    for e in entries:
        by_pattern[(e.pos, e.lemma, e.modifiers, e.particle, e.objects)] = e
    index: dict[tuple[str, str], list[LexEntry]] = {}
    for e in by_pattern.values():
        index.setdefault((e.pos, e.lemma), []).append(e)
    return {k: tuple(v) for k, v in index.items()}
