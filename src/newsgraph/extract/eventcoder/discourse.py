"""Who a pronoun or a definite description stands for: the salient actor named before it.

News names an actor once and then refers back to it: "Ruritania condemned the test. It said
...", "the rebel group Red Dawn ... The group freed the hostages", "Foreign ministers of the
bloc met ... The ministers called for ...". The entities' coreference already joins subject
"he"/"she" to a person when only one person is in sight, and "the Chinese president" to a
titled person; this module covers the rest, conservatively:

- Looking back, sentence by sentence (the pronoun's own sentence first, then up to
  `PRONOUN_WINDOW` sentences before it), the first sentence with any mention of a compatible
  kind decides. Within it, subjects win over other mentions; if the winners are more than
  one actor, or the one actor has no country code (an activist, "critics"), the answer is
  None (abstain) rather than a guess further back.
- Compatible kinds: he/she/his/her -> a person; it/its -> a country, organisation or IGO;
  they/them/their -> a plural phrase, a coordinated group, an organisation or IGO. Things
  ("the deal") never count as actors, but a thing named after the actor blocks "it"; an
  object "it", a pronoun inside a quote (beyond its own sentence) and a pronoun before the
  subject it may stand for ("In his speech, X said") abstain.
- A description never means a subject of a clause above it ("X said it would not recognise
  the country": not X, nor X's country), and "the country" abstains when its sentence names
  another country first.
- Definite descriptions ("the group", "the alliance", "the country", "the ministers",
  "the agency", "the president") take the latest mention of their kind (an armed or
  non-state group, an IGO, a country, the same head noun, an organisation with that word in
  its name, a person with that title), within `DESCRIPTION_WINDOW` sentences.
- "the regime" and "the junta" are the government of a country named before: the regime told
  of within `DESCRIPTION_WINDOW` sentences, else the country named last (among those in sight,
  one the article has called a regime before), else the regime told of however far back.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Collection
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from newsgraph.extract import actors, gender
from newsgraph.extract.eventcoder import clauses

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from newsgraph.extract.eventcoder.actors import ResolvedActor
    from newsgraph.records import Entity

PRONOUN_WINDOW = 3  # sentences before the pronoun's own (the brief's "about three")
DESCRIPTION_WINDOW = 5  # a description says more than a pronoun: it may reach further

PERSON_PRONOUNS = frozenset({"he", "she", "his", "her", "him"})
THING_PRONOUNS = frozenset({"it", "its"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their"})
PRONOUNS = PERSON_PRONOUNS | THING_PRONOUNS | PLURAL_PRONOUNS
_MENTION_PRONOUNS = frozenset({"he", "she", "it", "they"})  # subjects a later word may echo

# Words that make a named organisation an armed or non-state group ("the extremist group
# Red Dawn", "Red Dawn militants") and that, after "the", point back to one ("the rebels").
ARMED_WORDS = frozenset(
    {
        "militant",
        "militants",
        "extremist",
        "extremists",
        "jihadist",
        "jihadists",
        "insurgent",
        "insurgents",
        "rebel",
        "rebels",
        "terrorist",
        "terrorists",
        "islamist",
        "islamists",
        "guerrilla",
        "guerrillas",
        "fighters",
        "militia",
        "armed",
        "separatist",
        "separatists",
    }
)
GROUP_WORDS = frozenset({"group", "organisation", "organization", "movement", "faction"})
# CAMEO roles of groups that are no state's organ.
GROUP_ROLES = frozenset({"REB", "INS", "SEP", "UAF", "OPP", "NGO", "RAD", "MOD"})

# Head nouns of definite descriptions and the kind of actor they point back to.
#   "the alliance said" (an IGO), "the kingdom denied" (a country)
_DESCRIPTION_KINDS: dict[str, str] = {
    "alliance": "igo",
    "bloc": "igo",
    "country": "country",
    "nation": "country",
    "kingdom": "country",
    "island": "country",
    "republic": "country",
    "group": "group",
    "movement": "group",
    "organisation": "group",
    "organization": "group",
    "faction": "group",
}
# Descriptions of a country's rulers: "the regime" after "North Korea fired a missile" is
# the government of the country named last (never of the clause's own subject).
_RULERS_WORDS = frozenset({"regime", "junta"})
# Modifiers a description may carry and still point back ("the militant group", "the
# communist regime", "the oil-rich kingdom"). A region word ("the Gulf kingdom", "the Asian
# nation") points back only to a country of that region (`data/actors/regions.tsv`); any other
# word ("the Ruritanian-backed group") may name a new one: no guess.
_DESCRIPTION_MODIFIERS = ARMED_WORDS | frozenset(
    {
        "military",
        "communist",
        "reclusive",
        "isolated",
        "long-isolated",
        "hermit",
        "nuclear-armed",
        "same",
        "authoritarian",
        "brutal",
        "repressive",
        "rogue",
        "totalitarian",
        "secretive",
        "oil-rich",
        "energy-rich",
        "resource-rich",
        "oil-producing",
        "impoverished",
        "war-torn",
        "war-ravaged",
        "landlocked",
        "tiny",
        "small",
        "island",
    }
)
# Titles whose bare definite form points to a person named with that title.
_TITLE_WORDS = frozenset(
    {
        "president",
        "minister",
        "premier",
        "chancellor",
        "secretary",
        "king",
        "leader",
        "senator",
        "congressman",
        "congresswoman",
        "governor",
    }
)
# Abbreviated titles and the word a later description uses: "Sen. X ... the senator".
_TITLE_ABBREVIATIONS = {
    "sen.": "senator",
    "rep.": "congressman",
    "gov.": "governor",
    "representative": "congressman",
}
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
_PLACE_PREPS = frozenset(
    {"in", "at", "near", "inside", "outside", "across", "throughout", "around"}
)
# Singular nouns that name one person ("the country's president said"): a "he", not an "it".
PERSON_NOUNS = frozenset(
    {
        "president",
        "minister",
        "premier",
        "chancellor",
        "secretary",
        "king",
        "queen",
        "leader",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "ambassador",
        "envoy",
        "official",
        "diplomat",
        "adviser",
        "advisor",
        "general",
        "commander",
        "senator",
        "governor",
        "mayor",
        "negotiator",
    }
)


@dataclass(frozen=True, slots=True)
class Mention:
    """An earlier noun phrase that may be referred back to."""

    i: int  # head token
    unit: int  # sentence unit index
    kinds: frozenset[str]  # person, country, igo, org, group, plural, thing
    actor: ResolvedActor | None  # None: someone or something we cannot code (still competes)
    subject: bool
    lemma: str  # head lemma, lower case ("minister")
    key: str  # identity: entity id, else code, else text
    name: str = ""  # entity name (for "the agency" -> "... Energy Agency")
    titles: tuple[str, ...] = ()
    members: tuple[ResolvedActor, ...] = ()  # the actors of a coordinated group


# verbs two do together: "since they first met", "they discussed the dispute"
_TOGETHER_VERBS = frozenset(
    {"meet", "talk", "discuss", "agree", "negotiate", "speak", "confer", "converse"}
)


class Discourse:
    """The mentions of one document, and what a referring word stands for."""

    def __init__(
        self,
        doc: Doc,
        plain: Callable[[Token], ResolvedActor | None],
        entity_at: dict[int, Entity],
        role_words: Collection[str] = (),
        listed: Callable[[Token], list[ResolvedActor]] | None = None,
    ) -> None:
        self.doc = doc
        self._plain = plain  # the resolver without discourse: no recursion
        # the members a plural head lists: "the ministers of Ruritania, Borduria and Freedonia"
        self._listed = listed
        self._entity_at = entity_at
        self._role_words = frozenset(role_words)  # "ministers", "officials": echoed by "the ..."
        self._starts: list[int] = [s for s, _ in clauses.sentence_units(doc)]
        self._mentions: list[Mention] | None = None
        self._memo: dict[int, ResolvedActor | None] = {}
        self._groups: dict[int, tuple[ResolvedActor, ...]] = {}  # "they" = a group of actors
        self.building = False  # while the mentions are collected, left to right
        self._partial: list[Mention] = []
        self._position = 0  # the token being collected
        self.deferred = 0  # how often a word after it was asked for while collecting
        self._quoted: dict[int, list[bool]] = {}  # sentence start -> each token in a quote?

    # ------------------------------------------------------------------ mentions
    def unit_of(self, i: int) -> int:
        return max(0, bisect_right(self._starts, i) - 1)

    def mentions(self) -> list[Mention]:
        """All mentions, in text order. While they are collected (left to right), the ones
        before the word being collected: all a referring word there may look at."""
        if self._mentions is not None:
            return self._mentions
        if self.building:
            return self._partial
        self.building = True
        for tok in self.doc:
            self._position = tok.i
            self._partial.extend(self._mention(tok))
        self._mentions = self._partial
        self.building = False
        return self._mentions

    def _mention(self, tok: Token) -> list[Mention]:
        if tok.pos_ not in ("NOUN", "PROPN", "PRON") or tok.dep_ in ("compound", "flat"):
            return []
        if tok.dep_ == "poss" and tok.pos_ != "PROPN":
            return []  # "its", "their": echoes, not new mentions
        if tok.dep_ == "pobj" and tok.head.lower_ in _PLACE_PREPS and tok.ent_type_ != "PERSON":
            return []  # "talks in Vienna": where, not who
        if tok.pos_ == "PRON" and tok.lower_ not in _MENTION_PRONOUNS:
            return []
        actor = self._plain(tok)
        if actor is None and (tok.pos_ == "PRON" or _is_definite(tok)):
            actor = self.refer(tok)  # "it", "the group": what they stand for, in turn
        role = _clause_role(tok)
        subject = role.dep_ in _SUBJECT_DEPS or (role.dep_ == "pobj" and role.head.dep_ == "agent")
        listed = self._listed(tok) if self._listed is not None else []
        if len({a.country for a in listed}) >= 2:
            # "Foreign ministers of Germany, France and Italy met ... they wanted": a group,
            # member by member, as a coordinated one
            return [self._group_mention(tok, subject, None, tuple(listed))]
        entity = self._entity_at.get(tok.i)
        out: list[Mention] = []
        if tok.dep_ != "conj" and tok.pos_ != "PRON" and len(clauses.members(tok)) > 1:
            out.append(self._group(tok, subject))
        kinds = self._kinds(tok, actor, entity)
        if not kinds:
            return out
        if actor is not None and actor.country is None:
            actor = None  # a bare role ("officials"): it competes but names no one
        key = (
            (actor.entity or actor.code or tok.lower_)
            if actor is not None
            else (entity.id if entity is not None else f"#{tok.i}")
        )
        mention = Mention(
            tok.i,
            self.unit_of(tok.i),
            kinds,
            actor,
            subject,
            tok.lemma_.lower(),
            key,
            entity.name if entity is not None else "",
            entity.titles if entity is not None else (),
        )
        return [mention, *out]

    def _group(self, head: Token, subject: bool) -> Mention:
        """ "Ruritania and Borduria", "the president and his ministers": a coordinated group,
        one actor only when all its members act for one country."""
        actors = [self._plain(m) for m in clauses.members(head)]
        countries = {a.country for a in actors if a is not None}
        known = [a for a in actors if a is not None and a.country is not None]
        one = known[0] if len(countries) == 1 and len(known) == len(actors) else None
        members = tuple(known) if len(known) == len(actors) else ()
        return self._group_mention(head, subject, one, members)

    def _group_mention(
        self,
        head: Token,
        subject: bool,
        one: ResolvedActor | None,
        members: tuple[ResolvedActor, ...],
    ) -> Mention:
        """A group's mention: `one` actor when all its members act for one country."""
        key = (one.country or "") if one is not None else f"#group{head.i}"
        return Mention(
            head.i,
            self.unit_of(head.i),
            frozenset({"plural", "coordinated"}),
            one,
            subject,
            head.lemma_.lower(),
            key,
            members=members,
        )

    def _kinds(
        self, tok: Token, actor: ResolvedActor | None, entity: Entity | None
    ) -> frozenset[str]:
        kinds: set[str] = set()
        plural = tok.tag_ in ("NNS", "NNPS") or (
            tok.pos_ == "PRON" and tok.lower_ in PLURAL_PRONOUNS
        )
        etype = entity.type if entity is not None else tok.ent_type_
        if tok.pos_ == "PRON":
            etype = ""
            if tok.lower_ in PERSON_PRONOUNS and actor is not None:
                kinds.add("person")
        if (etype == "PERSON" and not self._is_group(tok, actor.code if actor else None)) or (
            tok.pos_ == "NOUN" and not plural and tok.lemma_.lower() in PERSON_NOUNS
        ):
            if actor is not None and actor.code and actor.code.startswith("IGO"):
                kinds.add("igo")
            else:
                kinds.add("person")
        code = actor.code if actor is not None else None
        if code and code.startswith("IGO"):
            kinds.update(("igo", "org"))
        elif etype == "ORG" or (code and code[3:6] in GROUP_ROLES):
            kinds.add("org")
        elif (
            etype in ("GPE", "NORP", "")
            and not plural
            and (code or etype)
            and "person" not in kinds
        ):
            kinds.add("country")
        if self._is_group(tok, code):
            kinds.update(("group", "org"))
        if (
            etype == "NORP"
            and tok.pos_ in ("PROPN", "NOUN", "ADJ")
            and tok.dep_ not in ("amod", "compound", "poss")
            and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
        ):
            plural = True  # "The French want ... because they": a people, not a state
        if plural:
            kinds.add("plural")
        if (
            not kinds
            and tok.pos_ == "NOUN"
            and actor is None
            and tok.dep_ in (*_SUBJECT_DEPS, "dobj", "pobj", "attr")
            and not _bare_idiom_noun(tok)
        ):
            kinds.add("thing")  # "The deal limits ...": blocks a later "it"
        return frozenset(kinds)

    def _is_group(self, tok: Token, code: str | None) -> bool:
        """An armed or non-state group: by its role code, or by the words that present it
        ("the rebel group Red Dawn", "Red Dawn militants", "the group, Red Dawn")."""
        entity = self._entity_at.get(tok.i)
        own = entity.actor.code if entity is not None and entity.actor is not None else None
        if any(c and c[3:6] in GROUP_ROLES for c in (code, own)):
            return True
        words = {c.lower_ for c in tok.children if c.dep_ in ("compound", "amod", "appos")}
        words.add(tok.lower_)
        if tok.dep_ == "appos":
            words.add(tok.head.lower_)
            words.update(c.lower_ for c in tok.head.children if c.dep_ in ("compound", "amod"))
        # the words right before the name, however parsed: "the militant group Red Dawn"
        i = tok.left_edge.i - 1
        while i >= 0 and tok.left_edge.i - i <= 3 and self.doc[i].pos_ in ("NOUN", "ADJ"):
            words.add(self.doc[i].lower_)
            i -= 1
        return bool(words & (ARMED_WORDS | GROUP_WORDS)) and code is not None

    def _in_quote(self, tok: Token) -> bool:
        """`in_quote`, read once per sentence (a pronoun asked it of its whole sentence,
        which made a run-on sentence of many pronouns quadratic)."""
        sent = tok.sent
        flags = self._quoted.get(sent.start)
        if flags is None:
            flags = self._quoted[sent.start] = _quote_flags(sent)
        return flags[tok.i - sent.start]

    # ------------------------------------------------------------------- referring
    def refer(self, tok: Token) -> ResolvedActor | None:
        """The actor a pronoun or definite description stands for, or None (abstain)."""
        if self.building and tok.i > self._position:
            self.deferred += 1  # (an answer that may change: the resolver must not keep it)
            return None  # not collected yet: the mentions before it are still unknown
        if not self.building:
            self.mentions()  # collected first, left to right, each reference in turn
        if tok.i not in self._memo:
            self._memo[tok.i] = None  # no cycles: a word never refers to itself
            self._memo[tok.i] = self._refer(tok)
        return self._memo[tok.i]

    def refer_group(self, tok: Token) -> tuple[ResolvedActor, ...]:
        """The members of the coordinated group "they"/"them"/"their" stands for, if any."""
        self.refer(tok)
        return self._groups.get(tok.i, ())

    def _refer(self, tok: Token) -> ResolvedActor | None:
        word = tok.lower_
        if word in PERSON_PRONOUNS:
            return self._pronoun(tok, "person")
        if word in THING_PRONOUNS:
            if word == "it" and _expletive(tok):
                return None
            return self._pronoun(tok, "it")
        if word in PLURAL_PRONOUNS:
            return self._pronoun(tok, "they")
        return self._description(tok)

    def _pronoun(self, tok: Token, kind: str) -> ResolvedActor | None:
        owner = _relative_owner(tok)
        if owner is not None:
            # "Tsai Ing-wen of Taiwan, who offered her congratulations": whom "who" stands for
            actor = self._plain(owner)
            if actor is not None and actor.country is not None:
                return _as(actor, tok, f"discourse:{tok.lower_}:relative")
        judged = _judged_one(tok)
        if judged is not None and not self._token_of_other_gender(judged, tok):
            # "sanctioned Russia for its annexation of Crimea": the one judged, not the judge
            # (not "blamed James Comey for her defeat": "her" is no man)
            actor = self._plain(judged)
            if actor is not None and actor.country is not None:
                return _as(actor, tok, f"discourse:{tok.lower_}:judged")
        suspected = _suspected_one(tok)
        if suspected is not None:
            # "seized a Hong Kong-flagged vessel under suspicions that it transferred oil":
            # the one seized on the suspicion, not the seizer
            actor = self._plain(suspected)
            if actor is not None and actor.country is not None:
                return _as(actor, tok, f"discourse:{tok.lower_}:suspected")
        wanted = {"person": {"person"}, "it": {"country", "org", "igo"}, "they": {"plural"}}[kind]
        judged_for = _judged_for(tok)
        # (a party judged "for" a deed is no thing: "accusing it of ...")
        blockers = frozenset({"thing"} if kind == "it" and not judged_for else ())
        if kind == "it" and tok.dep_ in ("dobj", "pobj", "dative") and not judged_for:
            return None  # "have not banned it", "we should seize it": mostly a thing
        own_subjects = _own_subjects(tok) if tok.dep_ in ("dobj", "pobj", "dative") else set()
        if self._cataphora(tok, wanted | blockers):
            return None  # "In his speech, X said", "If it is signed, the deal ...": it comes after
        unit = self.unit_of(tok.i)
        # inside a quotation the speaker's "he" or "they" is someone the quote itself names:
        # the narration before it is no guide ("... said Ruritania's envoy. 'His visit ...'")
        window = 0 if self._in_quote(tok) else PRONOUN_WINDOW
        by_unit: dict[int, list[Mention]] = {}
        for m in self.mentions():
            if m.i < tok.i and unit - window <= m.unit <= unit and m.i not in own_subjects:
                if kind == "person" and self._other_gender(m, tok):
                    continue  # "her" is no man the article names as one
                by_unit.setdefault(m.unit, []).append(m)
        agent = kind == "it" and _agent_subject(tok)
        for u in range(unit, unit - PRONOUN_WINDOW - 1, -1):
            found = [m for m in by_unit.get(u, ()) if m.kinds & (wanted | blockers)]
            doers = [m for m in found if m.subject and m.kinds & wanted and m.actor is not None]
            if agent and doers and u < unit and any(m.kinds & blockers for m in found):
                # "It cursed Park Geun-hye as ...", "It ordered ...": one who does what only a
                # party does goes on from the subject before, whatever thing was named after it
                # (of "Venezuela's government", the government)
                actors = [m.actor for m in doers if m.actor is not None]
                if len({a.country for a in actors}) == 1:
                    return _as(actors[-1], tok, f"discourse:{tok.lower_}:doer")
                return None
            if kind == "they":
                # a single country is "it", not "they": only its people or a coalition
                found = [m for m in found if "plural" in m.kinds or m.kinds & {"org", "igo"}]
            after = [m for m in found if m.i > _last_actor(found) and m.kinds & blockers]
            if after and (tok.lower_ == "it" or (u < unit and tok.dep_ != "nsubj")):
                # "Peru signed the accord. It ...", "X rejects parts of the plan but says it
                # condemns ...": the thing named last is as likely as the actor
                return None
            if found:
                return self._pick(found, tok, f"discourse:{tok.lower_}", blockers)
        if kind == "they" and tok.dep_ == "nsubj" and tok.head.lemma_.lower() in _TOGETHER_VERBS:
            # "Trump has admired Netanyahu since they first met", "Xi met Putin. They
            # discussed ...": the two named just before, each with the other
            for u in (unit, unit - 1):
                pair = self._last_two(by_unit.get(u, []))
                if pair:
                    self._groups[tok.i] = tuple(_as(a, tok, "discourse:they:pair") for a in pair)
                    return None
        return None

    def _other_gender(self, mention: Mention, pronoun: Token) -> bool:
        """Is the mention a person the article gives the other gender than the pronoun's
        (the entities' "gender:m"/"gender:f" evidence, extract/gender.py)?"""
        return self._token_of_other_gender(self.doc[mention.i], pronoun)

    def _token_of_other_gender(self, token: Token, pronoun: Token) -> bool:
        """Is the token a person's name the article gives the other gender than the
        pronoun's?"""
        entity = self._entity_at.get(token.i)
        return (
            entity is not None
            and entity.type == "PERSON"
            and gender.contradicts(pronoun.lower_, entity.evidence)
        )

    @staticmethod
    def _last_two(mentions: list[Mention]) -> tuple[ResolvedActor, ...]:
        """The last two people or countries named, when they are of two countries."""
        named = [
            m.actor
            for m in mentions
            if m.kinds & {"person", "country"} and m.actor is not None and m.actor.country
        ]
        pair: list[ResolvedActor] = []
        for actor in reversed(named):
            if all(actor.country != a.country for a in pair):
                pair.append(actor)
            if len(pair) == 2:
                return tuple(reversed(pair))
        return ()

    def _pick(
        self, found: list[Mention], tok: Token, how: str, blockers: frozenset[str] = frozenset()
    ) -> ResolvedActor | None:
        subjects = [m for m in found if m.subject]
        pool = subjects or found
        if blockers and pool[-1].kinds & blockers:
            return None  # the latest one is a thing: "it" may well be that thing
        pool = [m for m in pool if not m.kinds & blockers]
        if len(pool) == 1 and pool[0].actor is None and len(pool[0].members) > 1:
            # "Ruritania and Borduria signed ... They also agreed": the group, member by member
            self._groups[tok.i] = tuple(_as(a, tok, how + ":member") for a in pool[0].members)
            return None
        actors = [m.actor for m in pool]
        if any(a is None for a in actors) or not actors:
            return None  # one of the candidates has no code we know: abstain
        known = [a for a in actors if a is not None]
        if len({m.key for m in pool}) == 1:
            return _as(known[-1], tok, how)
        if len({a.country for a in known}) == 1 and len({a.code for a in known}) == 1:
            # two names of one actor ("Moscow", "Russia"): its code, no one entity
            return _as(replace(known[-1], entity=None), tok, how)
        return None  # two actors compete: abstain

    def _cataphora(self, tok: Token, wanted: frozenset[str] | set[str]) -> bool:
        """A pronoun before the subject of a clause above it, of the wanted kind: "In his
        speech, X said", "If it is ratified, the treaty ..." (the name comes after)."""
        for verb in tok.ancestors:
            if verb.pos_ not in ("VERB", "AUX"):
                continue
            subjects = clauses.subject_heads(verb)
            if any(s.i == tok.i for s in subjects):
                continue  # its own clause: "he and Kim agreed" is no cataphora
            for subj in subjects:
                if subj.i > tok.i and any(m.kinds & wanted for m in self._mention(subj)):
                    return True
        return False

    def _commanding(self, tok: Token) -> set[str]:
        """Who the subjects of the clauses above `tok` are: a description never means them
        ("Ruritania said it would not recognise the country": not Ruritania)."""
        keys: set[str] = set()
        for verb in tok.ancestors:
            if verb.pos_ not in ("VERB", "AUX"):
                continue
            for subj in clauses.subject_heads(verb):
                if subj.i == tok.i:
                    continue
                keys.update(m.key for m in self._mention(subj))
                actor = self._plain(subj) or (
                    self.refer(subj) if subj.pos_ == "PRON" and subj.i < tok.i else None
                )
                if actor is not None:
                    keys.add(actor.entity or actor.code or "")
                    # a person's own country is rarely "the country" he acts on: "Ruritania's
                    # president urged Borduria to press the country" (measured: the dev text
                    # where the latest country was the speaker's own)
                    keys.add(f"country:{actor.country}")
            if clauses.marked_clause(verb, _ASIDE_MARKS):
                # "Iran threatened to walk away, hours after the country breached the
                # agreements", "North Korea vowed revenge after the U.N. imposed sanctions over
                # a launch by the regime": a clause of time or cause may tell of the one above
                break
        return keys

    def _description(self, tok: Token) -> ResolvedActor | None:
        """ "the group", "the alliance", "the country", "the ministers", "the agency",
        "the president": the latest earlier mention of that kind."""
        if not _is_definite(tok):
            return None
        if tok.dep_ == "poss" and tok.lower_ in ("country", "nation"):
            return self._owning_country(tok)
        lemma = tok.lemma_.lower()
        plural = tok.tag_ in ("NNS", "NNPS")
        mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod", "poss")]
        # "the prime minister": the premier (a minister of no other kind)
        prime = lemma == "minister" and any(m.lower_ == "prime" for m in mods)
        if prime:
            mods = [m for m in mods if m.lower_ != "prime"]
        kind = _DESCRIPTION_KINDS.get(lemma) if not plural else None
        if lemma == "state" and mods and not plural and tok.is_lower:
            kind = "country"  # "the Gulf state", "the reclusive state" (not "the state")
        described = _description_words(mods)
        if described is None or (described and kind != "country"):
            return None  # "the Ruritanian-backed group": a new one, or a guess
        region = actors.region_words().get(described) if described else None
        if described and region is None:
            return None
        rulers = lemma in _RULERS_WORDS and not plural
        governs = rulers  # found: the government of the country found
        if rulers:
            kind = "country"
        if lemma in ARMED_WORDS or tok.lower_ in ARMED_WORDS:
            kind = "group"  # "the militants", "the rebels"
        test: Callable[[Mention], bool]
        if rulers:
            test = _rules_country(self.doc, lemma)  # a word of no state ("Sunni") is none
        elif kind == "group":
            test = _is_kind("group")
        elif kind is not None:
            test = _is_kind(kind)
        elif not plural and lemma in _TITLE_WORDS:
            test = _titled("premier" if prime else lemma)  # "the president" after "President X"
        elif lemma == "administration" and not plural:
            # "the administration" after "the Ruritanian administration", or after "President
            # X" (his government: "President Trump's adviser said China would retaliate
            # against the administration's tariffs")
            test = _same_head(lemma, plural)
            since = self.unit_of(tok.i) - DESCRIPTION_WINDOW
            if not any(m.i < tok.i and m.unit >= since and test(m) for m in self.mentions()):
                test = _titled("president")
                governs = True
                presidents = {
                    m.actor.country if m.actor is not None else None
                    for m in self.mentions()
                    if m.i < tok.i and m.unit >= since and test(m)
                }
                if len(presidents) != 1:
                    return None  # "President Obama ... President Putin ... the administration"
        elif tok.pos_ == "NOUN" and (lemma in self._role_words or tok.lower_ in self._role_words):
            # "the ministers" after "ministers of the bloc"
            test = _same_head(lemma, plural)
        elif lemma in _ANY_BODY_WORDS and not _pointed(tok):
            return None  # "the body of her husband": a corpse, not "that body" (Congress)
        elif not plural and tok.pos_ in ("NOUN", "PROPN") and tok.is_lower:
            test = _in_name(lemma)  # "the agency" after "the ... Energy Agency"
        else:
            return None
        unit = self.unit_of(tok.i)
        how = f"discourse:the {tok.lower_}"

        def finish(actor: ResolvedActor | None) -> ResolvedActor | None:
            # "the regime": the government of the country found
            return _rulers(actor, tok) if governs and actor is not None else actor

        if region is not None:
            # "the Asian nation": the latest country of Asia
            test = _in_region(test, region)
        if kind == "country" and not plural and not mods:
            # "Russia's ministry said the country would expel ...": its own; one it describes
            # ("said the oil-rich kingdom is a partner") is another
            own = self._reporters_country(tok)
            if own is not None:
                return finish(own)
        bound = self._commanding(tok)
        # the regimes the article has told of before ("the Iranian regime", "the regime in
        # Tehran"): one a few sentences back is the one a bare "the regime" goes on telling
        # of; further back, its country is preferred among the countries in sight
        regimes = (
            [
                m
                for m in self.mentions()
                if m.i < tok.i
                and m.lemma == lemma
                and m.actor is not None
                and m.actor.country is not None
                and m.key not in bound
                and f"country:{m.actor.country}" not in bound
            ]
            if rulers
            else []
        )
        near = [m for m in regimes if m.unit >= unit - DESCRIPTION_WINDOW]
        ruled = {m.actor.country for m in regimes if m.actor is not None}
        if kind == "country":
            # "a port in Peru, where the country tested a missile": the relative
            # clause's own noun names it
            held = self._relative_antecedent(tok, test)
            if held is not None:
                return finish(self._pick([held], tok, how))
        for u in range(unit, unit - DESCRIPTION_WINDOW - 1, -1):
            if u < unit and near:
                # none in its own sentence, and "the regime" told of a few sentences before:
                # the same one
                return finish(self._pick(near[-1:], tok, how))
            found = [
                m
                for m in self.mentions()
                if m.unit == u
                and m.i < tok.i
                and m.key not in bound
                and not (
                    kind == "country"
                    and m.actor is not None
                    and f"country:{m.actor.country}" in bound
                )
                and test(m)
            ]
            if found and tok.dep_ not in _SUBJECT_DEPS and not rulers:
                found = found[-1:]  # "withdraw diplomats from the country": the latest one
            if rulers and any(m.actor and m.actor.country in ruled for m in found):
                found = [m for m in found if m.actor and m.actor.country in ruled]
            if found:
                actor = self._pick(found, tok, how)
                if kind == "country" and actor and not self._named_here(tok, actor, bound, region):
                    return None  # "Cuban exiles ... relations with the island": a new one
                if prime and actor is not None and self._other_leader(tok, actor):
                    # "Tony Blair met Italian Prime Minister Silvio Berlusconi ... the prime
                    # minister": Blair may be one too (his title untold): no guess
                    return None
                return finish(actor)
        if regimes:
            # no country in sight: the regime named last, however far back
            return finish(self._pick(regimes[-1:], tok, how))
        if not plural and ("premier" if prime else lemma) in _HEAD_TITLES:
            return self._untitled_head(tok, how)
        return None

    def _government_people_before(self, tok: Token) -> list[Mention]:
        """The people of a government named in the sentences up to `tok`, within the window a
        description reaches."""
        unit = self.unit_of(tok.i)
        return [
            m
            for m in self.mentions()
            if unit - DESCRIPTION_WINDOW <= m.unit <= unit and m.i < tok.i and _in_government(m)
        ]

    def _other_leader(self, tok: Token, actor: ResolvedActor) -> bool:
        """Is a government leader of another country named without a title in the sentences
        before `tok`?"""
        return any(
            not m.titles and _a_leader(m) and m.actor is not None and m.actor.country != actor.country
            for m in self._government_people_before(tok)
        )

    def _untitled_head(self, tok: Token, how: str) -> ResolvedActor | None:
        """ "Tony Blair said ... The prime minister also urged Europe": a head's title with no
        one named with it in sight stands for the one leader of a government named without a
        title in the sentences before, when there is one only (two, as Putin and his prime
        minister, leave it open)."""
        found = self._government_people_before(tok)
        if len({m.key for m in found}) != 1 or any(m.titles or not _a_leader(m) for m in found):
            return None
        return self._pick(found[-1:], tok, how)

    def _reporters_country(self, tok: Token) -> ResolvedActor | None:
        """ "North Korean state media said the country has detained a U.S. student", "Russia's
        foreign ministry said the country would expel two diplomats": "the country" as the
        subject of what an office, outlet or official of one country says is that country,
        when no other is named before it in the sentence."""
        if tok.dep_ not in ("nsubj", "nsubjpass"):
            return None
        clause = tok.head
        verb = clause.head
        if clause.dep_ != "ccomp" or verb.lemma_.lower() not in clauses.REPORT_VERBS:
            return None
        speakers = [self._plain(s) for s in clauses.subject_heads(verb) if s.i < tok.i]
        countries = {a.country for a in speakers if a is not None}
        country = countries.pop() if len(countries) == 1 else None
        if country is None or country.startswith("IGO"):
            return None
        start = self._starts[self.unit_of(tok.i)]
        for t in self.doc[start : tok.i]:
            if t.ent_type_ in ("GPE", "NORP"):
                other = self._plain(t)
                if other is not None and other.country not in (None, country):
                    return None  # "Japan's ministry said Peru ... the country": open
        speaker = next(a for a in speakers if a is not None)
        return _as(
            replace(speaker, code=country, entity=None), tok, "discourse:the speaker's country"
        )

    def _relative_antecedent(self, tok: Token, test: Callable[[Mention], bool]) -> Mention | None:
        """The mention a relative clause hangs on, when the description is that clause's
        subject: "North Korea, where the country tested ...", "Peru, which the country's ..."."""
        if tok.dep_ not in _SUBJECT_DEPS:
            return None
        clause = tok.head
        if clause.dep_ != "relcl":
            return None
        head = clause.head
        found = [m for m in self.mentions() if m.i == head.i and m.i < tok.i and test(m)]
        return found[-1] if found else None

    def _owning_country(self, tok: Token) -> ResolvedActor | None:
        """ "the country's": the country named last before it, in this sentence or the two
        before, by name or by its people's word ("Iraqi lawmakers ... the country's prime
        minister", "Conte called on the country's government" after "Italian"): what a
        country's own things are told of follows its name; a speaker's own country is no
        exception here."""
        first = self._starts[max(0, self.unit_of(tok.i) - 2)]
        for t in reversed(self.doc[first : tok.i]):
            # a name's last word stands for it ("Saudi Arabia": "Arabia")
            inside = t.i + 1 < tok.i and self.doc[t.i + 1].ent_iob_ == "I"
            if t.ent_type_ not in ("GPE", "NORP") or inside:
                continue
            actor = self._plain(t)
            if actor is None or actor.country is None or (actor.code or "").startswith("IGO"):
                continue
            return _as(replace(actor, code=actor.country, entity=None), tok, "discourse:the country's")
        return None

    def _named_here(
        self,
        tok: Token,
        actor: ResolvedActor,
        bound: set[str],
        region: Collection[str] | None = None,
    ) -> bool:
        """Is `actor`'s country the only kind of country named before `tok` in its sentence,
        or among them? A country word other than the antecedent's ("the Cuban-born senator
        ... the island") leaves "the country" open: abstain. With a region ("the Asian
        nation"), only the countries of that region count."""
        start = self._starts[self.unit_of(tok.i)]
        named = set()
        for t in self.doc[start : tok.i]:
            if t.ent_type_ in ("GPE", "NORP"):
                other = self._plain(t)
                if other is None or other.country is None:
                    continue
                if region is not None and other.country not in region:
                    continue
                if (other.entity or other.code) not in bound:  # the subject above: not it
                    named.add(other.country)
        return not named or actor.country in named


# ------------------------------------------------------------------------ helpers
_OPENING_QUOTES = frozenset({"“", "‘"})
_CLOSING_QUOTES = frozenset({"”", "’"})


def _quote_flags(sent: Span) -> list[bool]:
    """`in_quote` for every token of `sent`, in one pass each way."""
    words = [t.text for t in sent]
    n = len(words)
    flags = [False] * n
    # after each token: the first curly quote mark ("open", "close" or None) and the number
    # of straight ones
    first_after: list[str | None] = [None] * n
    straight_after = [0] * n
    mark: str | None = None
    count = 0
    for k in range(n - 1, -1, -1):
        first_after[k], straight_after[k] = mark, count
        word = words[k]
        if word in _OPENING_QUOTES:
            mark = "open"
        elif word in _CLOSING_QUOTES:
            mark = "close"
        count += word == '"'
    depth = straight = 0
    for k in range(n):
        if depth > 0 or straight % 2 == 1:
            flags[k] = True
        elif first_after[k] is not None:
            flags[k] = first_after[k] == "close"
        else:
            flags[k] = straight == 0 and straight_after[k] % 2 == 1
        word = words[k]
        depth += (word in _OPENING_QUOTES) - (word in _CLOSING_QUOTES)
        straight += word == '"'
    return flags


def in_quote(tok: Token) -> bool:
    """Is `tok` inside quotation marks (opened before it in its sentence, or closed after it
    with none opened: a quote running on from the sentence before)?"""
    depth = 0
    straight = 0
    for t in tok.sent:
        if t.i >= tok.i:
            break
        depth += (t.text in _OPENING_QUOTES) - (t.text in _CLOSING_QUOTES)
        straight += t.text == '"'
    if depth > 0 or straight % 2 == 1:
        return True
    for t in tok.doc[tok.i + 1 : tok.sent.end]:
        if t.text in _OPENING_QUOTES:
            return False
        if t.text in _CLOSING_QUOTES:
            return True
    after = sum(t.text == '"' for t in tok.doc[tok.i + 1 : tok.sent.end])
    return straight == 0 and after % 2 == 1


def _last_actor(found: list[Mention]) -> int:
    return max((m.i for m in found if m.actor is not None), default=-1)


# verbs whose object, judged "of" or "for" something, is a party: "accusing it of walking
# back its campaign", "blamed it for the attack" (the part of `clauses.JUDGING_LEMMAS` whose
# "it" is never a thing: not "seized it for", "banned it for")
_JUDGING_VERBS = frozenset(
    {
        "accuse",
        "blame",
        "criticize",
        "criticise",
        "condemn",
        "denounce",
        "fault",
        "praise",
        "thank",
        "congratulate",
        "commend",
        "punish",
        "sanction",
    }
)


# verbs whose subject is a party, never a thing: what one says of others, orders or does by
# arms ("Pyongyang seems to have kept the option of a charm offensive. It has already
# dismissed President Trump as a "dotard"", "The court indicted Tamimi on several accounts.
# It extended her remand"); not verbs a document or a deal may be said to do ("the report
# said", "the accord calls for", "the plan threatens jobs"), which `clauses._AGENT_VERBS`, for
# who does a joined verb, counts
_PARTY_ONLY_VERBS = frozenset(
    {"dismiss", "curse", "insult", "mock", "ridicule", "deride", "accuse", "blame", "condemn",
     "denounce", "criticize", "criticise", "slam", "blast", "order", "command", "urge",
     "demand", "deny", "vow", "pledge", "promise", "conduct", "launch", "fire", "sign",
     "reject", "sue", "arrest", "detain", "expel", "summon", "recall", "invite", "host",
     "visit", "sentence", "indict", "convict", "extend", "declare", "announce", "threaten"}
)  # fmt: skip


def _agent_subject(tok: Token) -> bool:
    """Is `tok` the active subject of a verb only a party does (`_PARTY_ONLY_VERBS`)?"""
    return tok.dep_ == "nsubj" and tok.head.lemma_.lower() in _PARTY_ONLY_VERBS


def _judged_for(tok: Token) -> bool:
    """Is `tok` the object of a verb that judges it "of" or "for" a deed ("accusing it of
    ...")? Then "it" is a party, not a thing."""
    verb = tok.head
    return (
        tok.dep_ == "dobj"
        and verb.lemma_.lower() in _JUDGING_VERBS
        and any(c.dep_ == "prep" and c.lower_ in ("of", "for") for c in verb.children)
    )


def _is_kind(kind: str) -> Callable[[Mention], bool]:
    return lambda m: kind in m.kinds


def _in_region(
    test: Callable[[Mention], bool], region: Collection[str]
) -> Callable[[Mention], bool]:
    return lambda m: test(m) and m.actor is not None and m.actor.country in region


_COUNTRY_HEADS = frozenset({"country", "nation", "state", "kingdom", "republic", "island"})


def region_description(tok: Token) -> frozenset[str] | None:
    """The countries of the region a description names ("the Asian nation", "the tiny
    Central American country"): one of them told of before, not the region itself; None for
    any other phrase."""
    if (
        tok.lemma_.lower() not in _COUNTRY_HEADS
        or not tok.is_lower
        or tok.tag_ in ("NNS", "NNPS")
        or not _is_definite(tok)
    ):
        return None
    mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod", "poss")]
    described = _description_words(mods) if mods else None
    return actors.region_words().get(described) if described else None


def _description_words(mods: list[Token]) -> str | None:
    """The words a description's modifiers say beyond those that describe without naming
    ("the tiny Central American nation" -> "central american", "the oil-rich kingdom" -> ""),
    lower case, as written; None when a modifier is a possessive ("the country's")."""
    if any(m.dep_ == "poss" for m in mods):
        return None
    words: list[str] = []
    for mod in sorted(mods, key=lambda m: m.i):
        span = mod.doc[mod.left_edge.i : mod.right_edge.i + 1]
        words.extend("".join(t.text_with_ws for t in span).lower().split())
    return " ".join(w for w in words if w not in _DESCRIPTION_MODIFIERS and w not in ("and", ","))


def _rules_country(doc: Doc, lemma: str) -> Callable[[Mention], bool]:
    """A country by name or the same word told of one before ("the Assad regime"); not a
    thing of a country's ("a Pentagon statement"), nor a person ("Trump ... the regime")."""
    return lambda m: (
        m.actor is not None
        and m.actor.country is not None
        and (("country" in m.kinds and doc[m.i].ent_type_ in ("GPE", "NORP")) or m.lemma == lemma)
    )


def _same_head(lemma: str, plural: bool) -> Callable[[Mention], bool]:
    return lambda m: (
        m.lemma == lemma and ("plural" in m.kinds) == plural and "coordinated" not in m.kinds
    )


# titles of the head of a state or a government: "the prime minister" may stand for the one
# leader of a government named before ("Tony Blair ... the prime minister")
_HEAD_TITLES = frozenset({"president", "premier", "chancellor"})


def _in_government(m: Mention) -> bool:
    """A person of a government."""
    return "person" in m.kinds and m.actor is not None and (m.actor.code or "").endswith("GOV")


def _a_leader(m: Mention) -> bool:
    """A person named in the leaders' table with the code the mention has."""
    found = actors.leader(m.name) if m.name and m.actor is not None else None
    return found is not None and m.actor is not None and found.code == m.actor.code


def _titled(title: str) -> Callable[[Mention], bool]:
    def test(m: Mention) -> bool:
        if "person" not in m.kinds:
            return False
        for t in m.titles:
            words = t.lower().split()
            if words:
                words[-1] = _TITLE_ABBREVIATIONS.get(words[-1], words[-1])
                if words[-1] == "congressman" and title == "congresswoman":
                    words[-1] = title  # "Rep. X ... the congresswoman"
            if words and words[-1] == title and not (set(words) & {"vice", "deputy", "prime"}):
                return True
            if title == "premier" and t.lower() == "prime minister":
                return True
        return False

    return test


def _in_name(word: str) -> Callable[[Mention], bool]:
    if word in _ANY_BODY_WORDS:
        return lambda m: bool(m.kinds & {"org", "igo"}) and bool(m.name)
    words = _NAME_WORDS.get(word, (word,))
    return lambda m: bool(m.kinds & {"org", "igo"}) and any(
        w in m.name.lower().split() for w in words
    )


# what a description may call a body other than by a word of its name: "the panel" after
# "the Senate Intelligence Committee"
_NAME_WORDS = {"panel": ("panel", "committee", "commission", "subcommittee")}
# words for any body named before: "Congress ... that body's investigations"
_ANY_BODY_WORDS = frozenset({"body"})


def _pointed(tok: Token) -> bool:
    """ "that body", "this body": a demonstrative with no of-phrase after the noun."""
    return any(c.dep_ == "det" and c.lower_ in ("that", "this") for c in tok.children) and not any(
        c.dep_ == "prep" and c.lower_ == "of" for c in tok.children
    )


def _is_definite(tok: Token) -> bool:
    """ "the agency", and "that body", "this country" (a demonstrative points back too)."""
    return any(c.dep_ == "det" and c.lower_ in ("the", "that", "this") for c in tok.children)


def _clause_role(tok: Token) -> Token:
    """The token that carries `tok`'s role in its clause (through apposition, coordination)."""
    while tok.dep_ in ("appos", "conj", "compound", "flat", "poss") and tok.head.i != tok.i:
        tok = tok.head
    return tok


# nouns of a measure or a judgement aimed at someone for a deed ("sanctions on X for its ...")
_JUDGING_NOUNS = frozenset(
    {"sanction", "criticism", "condemnation", "punishment", "penalty", "tariff", "censure"}
    | {"rebuke", "praise", "fine", "blame", "accusation", "embargo"}
)


def _relative_owner(tok: Token) -> Token | None:
    """The noun a relative clause hangs on, for a possessive pronoun on that clause's object
    whose subject is the relative pronoun: "X, who offered her congratulations" -> X."""
    if tok.dep_ != "poss":
        return None
    holder = tok.head
    verb = holder.head
    if holder.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    elif holder.dep_ != "dobj":
        return None
    if verb.dep_ != "relcl" or not any(
        c.dep_ == "nsubj" and c.tag_ in clauses.RELATIVE_TAGS for c in verb.children
    ):
        return None
    return verb.head


# prepositions of what one is judged or punished for
_JUDGED_FOR = frozenset({"for", "over", "following", "after"})


def _judged_one(tok: Token) -> Token | None:
    """For "its"/"their"/"his"/"her" in a "for"/"over" phrase of a judgement, the one judged:
    "criticized China for its treatment of", "sanctions on Russia over its annexation",
    "Russia was blamed for its role", "toughening sanctions on the DPRK following its sixth
    nuclear test"."""
    if tok.dep_ != "poss" or tok.lower_ not in ("its", "their", "his", "her"):
        return None
    noun = tok.head
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in _JUDGED_FOR:
        return None
    holder = prep.head
    if holder.pos_ == "VERB" and holder.lemma_.lower() not in clauses.JUDGING_LEMMAS:
        # "imposed sanctions on Russia for its ...": the phrase hangs on the support verb
        measures = [
            c for c in holder.children if c.dep_ == "dobj" and c.lemma_.lower() in _JUDGING_NOUNS
        ]
        if not measures and prep.lower_ in ("following", "after"):
            # "voted for a resolution toughening sanctions on the DPRK following its sixth
            # nuclear test": the measure named in the clause before the phrase
            measures = [
                t
                for t in holder.subtree
                if t.i < tok.i and t.pos_ == "NOUN" and t.lemma_.lower() in _JUDGING_NOUNS
            ][-1:]
        holder = measures[0] if measures else holder
    if holder.pos_ == "VERB":
        judged = clauses.judged_by(holder)
        return judged if judged is not None and judged.i < tok.i else None
    if holder.pos_ == "NOUN" and holder.lemma_.lower() in _JUDGING_NOUNS:
        aimed = clauses.prep_objects(holder, ("on", "against", "of"))
        if not aimed and holder.dep_ == "dobj":
            aimed = clauses.prep_objects(holder.head, ("on", "against"))
        aimed = [a for a in aimed if a.i < tok.i]
        return aimed[0] if aimed else None
    return None


# nouns of a charge a deed is told in, and the prepositions that hang them on the verb done
# on the charge: "seized a vessel under suspicion that it transferred oil"
_SUSPICION_NOUNS = frozenset(
    {"suspicion", "charge", "allegation", "accusation", "ground", "claim", "evidence"}
)
_SUSPICION_PREPS = ("on", "under", "over", "amid")


def _suspected_one(tok: Token) -> Token | None:
    """For "it"/"they" the subject of a clause a charge noun tells ("seized a vessel under
    suspicions that it transferred oil to North Korea"), the object of the verb the charge
    hangs on (a noun, not a pronoun)."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.lower_ not in ("it", "they"):
        return None
    clause = tok.head
    if clause.dep_ not in ("acl", "ccomp"):
        return None
    # the noun the clause hangs on, or one the parser left on the verb the clause hangs on
    nouns = [clause.head] + [
        o
        for p in clause.head.children
        if p.dep_ == "prep" and p.i < clause.i
        for o in p.children
        if o.dep_ == "pobj"
    ]
    noun = next((n for n in nouns if n.lemma_.lower() in _SUSPICION_NOUNS), None)
    if noun is None:
        return None
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in _SUSPICION_PREPS:
        return None
    verb = prep.head
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.pos_ != "PRON"]
    return objects[0] if objects and objects[0].i < tok.i else None


def _bare_idiom_noun(tok: Token) -> bool:
    """A singular noun alone after a preposition ("put Iran on notice", "kept in place", "at
    risk"): an idiom's word, no thing a later "its" could stand for."""
    return tok.dep_ == "pobj" and tok.tag_ == "NN" and not any(True for _ in tok.children)


def _own_subjects(tok: Token) -> set[int]:
    """The subject tokens of the clause `tok` sits in: an object is not its own subject
    ("China warned them": them != China)."""
    verb = tok.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    out: set[int] = set()
    for s in clauses.subject_heads(verb) if verb.pos_ in ("VERB", "AUX") else []:
        out.update(t.i for t in s.subtree)
    return out


# adjectives of an agent's will or means, with an infinitive: "it is willing to talk"
_AGENT_ADJECTIVES = (
    frozenset({"ready", "prepared", "willing", "poised", "determined", "eager", "keen", "able"})
    | clauses.NOT_DONE_ADJECTIVES
)


def _expletive(tok: Token) -> bool:
    """ "It is unclear whether ...", "it was agreed that ...": no one is "it"."""
    head = tok.head
    if any(
        c.dep_ == "acomp"
        and c.lemma_.lower() in _AGENT_ADJECTIVES
        and any(x.dep_ == "xcomp" for x in c.children)
        for c in head.children
    ):
        return False  # "it was willing to talk", "it is ready to retaliate": an agent's will
    if head.lemma_.lower() in ("be", "seem", "appear", "remain", "become"):
        return True
    return any(c.dep_ in ("ccomp", "csubj") and c.i > tok.i for c in head.children) and any(
        c.dep_ in ("acomp", "auxpass") for c in head.children
    )


def _rulers(actor: ResolvedActor, tok: Token) -> ResolvedActor | None:
    """The government of the country `actor` stands for ("the regime")."""
    if actor.country is None or actor.country.startswith("IGO"):
        return None
    return _as(replace(actor, code=actor.country + "GOV", entity=None), tok, actor.how)


def _as(actor: ResolvedActor, tok: Token, how: str) -> ResolvedActor:
    """The referring words, standing for `actor` (same code and entity)."""
    from newsgraph.extract.eventcoder.actors import ResolvedActor

    span = (
        tok.doc[tok.left_edge.i : tok.i + 1] if tok.pos_ != "PRON" else tok.doc[tok.i : tok.i + 1]
    )
    return ResolvedActor(span.text, span.start_char, span.end_char, actor.code, actor.entity, how)


# marks of a clause of time or cause told beside another: its subject may be the one above
_ASIDE_MARKS = frozenset({"after", "before", "since", "because", "when", "while", "as", "once"})
