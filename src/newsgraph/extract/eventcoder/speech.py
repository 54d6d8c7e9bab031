"""Events that news tells as speech (events issue 4).

The coder treats "said", "told" and "warned" as reporting: the saying is no event
(guidelines). But what is said can be one, and news tells many appeals, threats,
accusations and criticisms that way. Each rule below is a pattern of news English, with an
example written for it:

- appeal 02x: "Ruritania said Freedonia should withdraw its troops" (should, ought to,
  needs to), "Ruritania wants Freedonia to withdraw" - coded from the verb asked for,
  which is swallowed, as under "urged"; demand 10x with "must" or "has to" ("said
  Freedonia must withdraw its troops", "said Assad has to go").
- warning 13x / 11x: "Ruritania warned it would close the strait" (a future act of the
  speaker) or "warned that Freedonia would face sanctions" (sanctions or force in the
  complement, swallowed) is a threat; "Ruritania warned that Freedonia was arming the
  rebels" disapproves of the one the warning is about.
- accusation 112: "accusations that Freedonia shelled the border" - the accused is the
  subject of the noun's that-clause; "said Freedonia was behind the bombing", "held
  Freedonia responsible for the attack".
- criticism 111: "Ruritania said Freedonia was playing a dangerous game", "Ruritania called
  Freedonia's blockade illegal" - a judgement word (data/event_judgements.tsv) said of a
  coded actor other than the speaker, or of what that actor did; "said it was dismayed by
  Freedonia's decision" (a feeling of the speaker's own); "came under fire from Freedonia".
- praise 051: "Ruritania said it was pleased with Freedonia's decision" (a feeling of
  approval, only with what it is about: "pleased to announce" praises no one).

Candidates are built with the coder's own `_candidate` (sources, mode, negation) and carry
a rule "speech:...".
"""

from __future__ import annotations

from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from types import MappingProxyType
from typing import TYPE_CHECKING

from newsgraph.extract import actors as entity_actors
from newsgraph.extract.eventcoder import clauses
from newsgraph.extract.eventcoder.actors import ResolvedActor, unique
from newsgraph.extract.eventcoder.coder import (
    ACTOR_ENT_TYPES,
    HARM_WORDS,
    VIOLENT_ROOTS,
    Candidate,
    frame_code,
)
from newsgraph.extract.eventcoder.lexicon import WRAPPING_FRAMES, LexEntry, copula_of, lemma_of
from newsgraph.extract.tone import vader_lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsgraph.extract.eventcoder.coder import SentenceCoder

# Verbs whose clause complement holds what someone said or holds true. Not "report" or
# "quote": the one who reports a call is not the one who makes it.
SPEECH_LEMMAS = frozenset(
    {
        "say",
        "tell",
        "add",
        "state",
        "insist",
        "argue",
        "note",
        "stress",
        "emphasize",
        "emphasise",
        "explain",
        "assert",
        "believe",
        "think",
        "suggest",
        "maintain",
        "contend",
        "write",
        "tweet",
    }
)
# "should", "must" on the complement's verb; "ought to", "needs to" as its verb
_APPEAL_MODALS = ("should", "must")
_APPEAL_VERBS = ("ought", "need")  # not "have to": "will have to decide" is a forecast
# "wants Freedonia to withdraw", "would like Freedonia to do more": an appeal to another
WANTING_LEMMAS = frozenset({"want", "wish", "like", "prefer"})
# hoping another will act asks it to: "China hopes that the U.S. will return to the talks"
HOPING_LEMMAS = frozenset({"hope", "wish"})
# Feelings of approval a speaker says it has about what another did: praise (051), only with
# what it is about ("said he was happy with the deal"; "pleased to announce" praises no one).
# The disapproving ones are the "feeling" words of data/event_judgements.tsv.
APPROVAL_WORDS = frozenset(
    {"pleased", "happy", "satisfied", "delighted", "encouraged", "heartened", "gratified", "glad"}
)
# Verbs that hold someone to answer for a deed besides "hold": "deemed the PLO responsible
# for violating U.S. law", "found Russia responsible for the attack"
_HOLDING_LEMMAS = frozenset({"deem", "declare", "find", "consider"})
# Verbs that name what something is: "called the move reckless", "described it as illegal".
NAMING_LEMMAS = frozenset(
    {"call", "describe", "label", "brand", "dub", "term", "characterize", "characterise", "deem"}
    | {"portray", "hail", "regard", "view", "treat"}
)
# Nouns of accusation whose that-clause names the accused ("charges that Y bribed ...").
ACCUSATION_NOUNS = frozenset({"accusation", "allegation", "charge", "claim"})
# Sanctions and force in a warning make a threat ("warned Moscow would face sanctions").
_THREAT_ROOTS = ("16", *VIOLENT_ROOTS)
# Prepositions of a participle phrase that tells what has already happened ("after coming")
_PAST_PREPS = ("after", "since", "despite", "following")
_FUTURE_AUX = ("will", "would", "shall", "'ll", "wo")
_SELF_PRONOUNS = ("i", "we", "it", "they", "he", "she")
# responsibility one owns up to or denies is one's own act (the lexicon's 015, 016)
# words that make one answer for a deed: "responsible for the attack", "accountable for"
_ANSWERABLE = frozenset({"responsible", "accountable", "liable"})
_OWNING_UP = frozenset(
    {"claim", "take", "accept", "admit", "acknowledge", "deny", "assume", "shoulder"}
)
# harms one may be blamed for that the lexicon does not code as acts
_HARMS = frozenset(
    {"death", "casualty", "crash", "poisoning", "disappearance", "explosion", "blast", "downing"}
)
# How a judgement word may hang on its clause: as its predicate or object, never inside a
# prepositional phrase ("Y is in a dangerous situation" judges nobody).
_PREDICATE_DEPS = ("acomp", "attr", "dobj", "oprd", "amod", "compound", "conj", "xcomp", "appos")


@lru_cache(maxsize=1)
def judgements() -> Mapping[str, str]:
    """word -> kind ("adj", "noun": said of another; "feeling": of oneself), from
    data/event_judgements.tsv."""
    text = resources.files("newsgraph.extract.data").joinpath("event_judgements.tsv")
    words: dict[str, str] = {}
    for line in text.read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("word\t"):
            continue
        word, kind = (cell.strip().lower() for cell in line.split("\t")[:2])
        words[word] = kind
    return MappingProxyType(words)


@lru_cache(maxsize=1)
def judgement_words() -> frozenset[str]:
    return frozenset(w for w, kind in judgements().items() if kind != "feeling")


@lru_cache(maxsize=1)
def feeling_words() -> frozenset[str]:
    return frozenset(w for w, kind in judgements().items() if kind == "feeling")


def speech_events(
    coder: SentenceCoder,
    found: list[Candidate],
    matches: dict[int, LexEntry],
    start: int,
    end: int,
) -> list[Candidate]:
    """`found` (the coder's candidates for sentence [start, end)) with the events told
    through speech added, and the events a warning turns into a threat taken out."""
    speech = _Speech(coder, matches, start, end)
    out = [speech.voiced(speech.accused(c)) for c in found]
    added: list[Candidate] = []
    for tok in coder.actors.doc[start:end]:
        lemma = tok.lemma_.lower()
        if tok.pos_ == "VERB" and (lemma in WANTING_LEMMAS or lemma_of(tok) in HOPING_LEMMAS):
            # the lexicon's intent frame, when another is wanted or hoped of
            if lemma in WANTING_LEMMAS:
                added += speech.wants(tok)  # "wants China to stop"
            if lemma_of(tok) in HOPING_LEMMAS:
                added += speech.hopes(tok)  # "hopes that China will stop"
            continue
        if tok.pos_ == "VERB" and lemma == "agree":
            agreed = speech.appeals(tok)
            if agreed:
                # "the two leaders agreed that all parties in Turkey should support its
                # government": what they ask of others, not an intent of their own
                added += agreed
                speech.consumed.add(tok.i)
                continue
        if tok.pos_ != "VERB" or (tok.i in matches and matches[tok.i].frame != "report"):
            continue  # "warned against", "called for": the lexicon's own entries
        if lemma == "warn":
            added += speech.warning(tok, out)
        elif lemma in SPEECH_LEMMAS:
            added += speech.appeals(tok)
            added += speech.criticism(tok)
            added += speech.blame(tok)
            added += speech.price(tok)
            added += speech.force_possible(tok)
        elif lemma == "claim":
            added += speech.claims(tok, out)
            added += speech.blame(tok)  # "claimed Iran was cheating"
        elif lemma == "hold":
            added += speech.held_responsible(tok)
        elif lemma in NAMING_LEMMAS:
            added += speech.naming(tok)
        if lemma in _HOLDING_LEMMAS:
            # "deemed the PLO responsible for violating U.S. law", "found Russia responsible"
            added += speech.held_responsible(tok)
    added += speech.quoted()
    added += speech.imperatives()
    added += speech.stays()
    added += speech.charges(out)
    added += speech.under_fire()
    added += speech.stirred()
    added += speech.responsibility()
    added += speech.not_accepted(out)
    speech.warning_nouns(out)
    dropped = speech.consumed
    return [c for c in out if c.trigger.i not in dropped] + added


@dataclass
class _Speech:
    coder: SentenceCoder
    matches: dict[int, LexEntry]
    start: int
    end: int
    # triggers of events a warning or an appeal swallows ("warned Y would face sanctions")
    consumed: set[int] = field(default_factory=set)

    # ------------------------------------------------------------------ appeals
    def appeals(self, verb: Token) -> list[Candidate]:
        """ "Ruritania said Freedonia should withdraw its troops" -> 02x Ruritania>Freedonia
        ("must withdraw": the demand, 10x)."""
        out: list[Candidate] = []
        for clause in self._complements(verb):
            modal, asked = _appeal_modal(clause)
            if modal is None and _mandative(verb, clause):
                # "suggested that countries conduct talks", "insisted that any deal include
                # debt relief": what the clause's bare verb says is asked for
                modal, asked = verb, clause
            if modal is None or asked is None or asked.lemma_.lower() == "be":
                continue  # "Y should be ashamed" judges Y; "Y should be punished" asks others
            if not any(c.dep_ == "nsubj" for c in clause.children):
                continue
            inner = self._first_event(asked)
            frame, code = _asking(modal)
            cand = self._make(verb, modal, frame, code, inner, f"speech:{modal.lower_}")
            if cand is None:
                continue
            subjects = _subjects(clause)
            cand.targets = self._others(subjects, cand.sources) or [
                # "Tony Blair should set out an exit strategy, the opposition leader said":
                # another named actor of the speaker's own country (not the country itself,
                # which is a self-statement: "the president said Ruritania must respond")
                a
                for a in self._others(subjects, cand.sources, same_country=True)
                if a.entity is not None and len(a.code or "") > 3
            ]
            if not cand.targets:
                # "all parties in Turkey should support its government": the people of a
                # country are asked (a common noun "in" a named country)
                placed = [
                    o
                    for h in subjects
                    if h.pos_ == "NOUN"
                    for o in clauses.prep_objects(h, ("in",))
                    if o.ent_type_ == "GPE" and entity_actors.capital_of(o.text) is None
                ]
                cand.targets = [
                    a for a in self._others(placed, cand.sources) if a.code and len(a.code) == 3
                ]
            if cand.targets:
                out.append(cand)
                if inner is not None:  # the act asked for is no act of its own, as for "urged"
                    self.consumed.add(inner.i)
        return out

    def wants(self, verb: Token) -> list[Candidate]:
        """ "Ruritania wants Freedonia to withdraw its troops" -> 02x Ruritania>Freedonia,
        in place of the coder's intent (one wants one's own acts, asks for another's)."""
        if verb.lemma_.lower() == "like" and not any(
            c.lower_ in ("would", "'d") for c in verb.children
        ):
            return []  # "likes Freedonia": only "would like Freedonia to"
        asked: Token | None = None
        wanted: list[Token] = []
        for child in verb.children:
            if child.dep_ == "ccomp" and clauses.is_infinitive(child):  # "wants China to stop"
                asked, wanted = child, _subjects(child)
            elif child.dep_ in ("xcomp", "advcl") and clauses.is_infinitive(child):
                # "would like Beijing to do"; "wants European signatories to the deal to come
                # up with a plan" (the parser hangs the long one's infinitive on the verb)
                objects = [c for c in verb.children if c.dep_ == "dobj"]
                if objects:
                    asked, wanted = child, clauses.members(objects[0])
        if asked is None or not wanted:
            return []
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if any(t.lower_ == "neither" for c in subjects for t in c.subtree):
            return []  # "neither he nor France wanted Iran to ...": wanted by nobody
        return self._appeal_to(verb, verb, asked, wanted, f"speech:{verb.lemma_.lower()} to")

    def hopes(self, verb: Token) -> list[Candidate]:
        """ "China hopes that the U.S. will return to the talks", "I hope Russia and Iran will
        help" -> 02x to the one hoped of (one's own act hoped for is an intent: the lexicon's
        "hoped to meet")."""
        for child in verb.children:
            if child.dep_ == "ccomp" and not clauses.is_infinitive(child):
                wanted = _subjects(child)
                if not wanted and _finite(child):
                    # "we hope Russia and Iran, and any other countries, will help": the parser
                    # takes the long subject for the hoping verb's object
                    objects = [c for c in verb.children if c.dep_ == "dobj"]
                    wanted = [m for c in objects for m in clauses.members(c)]
                if wanted:
                    return self._appeal_to(verb, verb, child, wanted, "speech:hope that")
        return []

    def _appeal_to(
        self, verb: Token, trigger: Token, asked: Token, wanted: list[Token], rule: str
    ) -> list[Candidate]:
        """An appeal by `verb`'s subject to the actors `wanted`, coded from the event in the
        clause `asked` (which it swallows, as a wrapping frame does)."""
        inner = self._first_event(asked)
        cand = self._make(verb, trigger, "appeal", "020", inner, rule)
        if cand is None:
            return []
        cand.mode = clauses.mode_of(verb, self.coder.report_lemmas)
        if cand.mode == "hypothetical" and verb.lemma_.lower() == "like":
            cand.mode = "asserted"  # "would like" is today's wish, told politely
        cand.targets = self._others(wanted, cand.sources)
        if not cand.targets:
            return []
        self.consumed.update({verb.i} | ({inner.i} if inner is not None else set()))
        return [cand]

    # ----------------------------------------------------------------- warnings
    def warning(self, verb: Token, found: list[Candidate]) -> list[Candidate]:
        """ "warned it would respond with force" / "warned Moscow would face sanctions" ->
        13x; "warned that Freedonia was arming the rebels" -> 111 toward Freedonia."""
        out: list[Candidate] = []
        addressees = clauses.object_heads(verb)
        for clause in self._complements(verb):
            inner = self._first_event(clause)
            inner_code = (self.matches[inner.i].code or "") if inner is not None else ""
            if inner_code[:2] == "13":
                continue  # "warned it would respond with force": the lexicon's threat
            threat = inner is not None and inner_code[:2] in _THREAT_ROOTS
            if threat and inner is not None:
                # the sanctions or force a warning holds are its threat, not an event of
                # their own, even when the speaker is not found
                self.consumed.add(inner.i)
            cand = self._make(verb, verb, "event", "130", None, "speech:warn")
            if cand is None:
                continue
            subjects = _subjects(clause)
            others = self._others(subjects, cand.sources)
            own = _by_speaker(subjects, others)
            warned = self._others(addressees, cand.sources)
            if warned and others and all(self._a_thing(h) for h in subjects):
                # "warned the British government that the Irish backstop would continue to
                # form the basis of the EU's policy": the one warned, not a thing named
                # after a people
                others = warned
            future = any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in clause.children)
            if threat and inner is not None:
                cand.targets = self._held_threat(cand, inner, found, others)
                if others and not cand.targets:
                    # "warned that the European Union was ready to impose more sanctions":
                    # those named would take the measure; whom it is aimed at is not said
                    continue
            elif own and future and (inner is not None or addressees):
                # (not "warned it will go bankrupt": no act on anyone)
                cand.rule = "speech:warn + future"
                cand.targets = self._others(addressees, cand.sources)
            elif others and (_obliged(clause) or _pays_price(clause)):
                # "warned North Korea that it must reach a deal or face consequences", "warned
                # that Iran will be met with force": what the other must do or will undergo
                # is the threat (on the dev gold all 5 such warnings were coded 13x)
                cand.rule, cand.targets = "speech:warn + must", others
            elif others:
                cand.code, cand.rule, cand.targets = "111", "speech:warn + about", others
            elif (harm := _harm_foretold(clause)) is not None:
                # "warned that a major conflict with North Korea was possible", "warned that
                # failure to curb Pyongyang's programs could lead to catastrophic
                # consequences": harm foretold is a threat, toward whom the clause names
                if self._others(clauses.prep_objects(harm, ("by",)), cand.sources):
                    # "warned the case might lead to retaliation by the Chinese": another's
                    # harm foretold, no threat of the speaker's
                    continue
                cand.rule = f"speech:warn + harm:{harm.lemma_.lower()}"
                named = [t for t in clause.subtree if t.ent_type_ and t is not harm]
                cand.targets = self._others(named, cand.sources)[:1]
            else:
                continue
            out.append(cand)
        return out

    def _a_thing(self, head: Token) -> bool:
        """A common noun named after a people or a country ("the Irish backstop", "the Iran
        deal"), not a party ("the Iranian government", "Iran")."""
        if head.pos_ != "NOUN":
            return False
        actor = self.coder.actor(head)
        return actor is None or actor.code is None or len(actor.code) <= 3

    def warning_nouns(self, found: list[Candidate]) -> None:
        """ "a U.S. warning that North Korea's leadership would be utterly destroyed": a
        warning named as a noun, with what it foretells in its that-clause, threatens the one
        the clause says will undergo the harm or the measure (13x), as the verb does."""
        for cand in found:
            noun = cand.trigger
            if noun.pos_ != "NOUN" or noun.lemma_.lower() != "warning" or cand.targets:
                continue
            for clause in _that_clauses(noun):
                inner = self._first_event(clause)
                inner_code = (self.matches[inner.i].code or "") if inner is not None else ""
                if inner is None or inner_code[:2] not in _THREAT_ROOTS:
                    continue
                others = self._others(_subjects(clause), cand.sources)
                if not self._done_targets(inner, found) and not others:
                    continue
                cand.targets = self._held_threat(cand, inner, found, others)
                self.consumed.add(inner.i)
                break

    def _held_threat(
        self, cand: Candidate, inner: Token, found: list[Candidate], others: list[ResolvedActor]
    ) -> list[ResolvedActor]:
        """Make `cand` the threat of the measure or force `inner` that a warning holds, and
        return whom it is aimed at: the inner act's own targets, else `others`."""
        cand.code, _ = frame_code("threat", self.matches[inner.i].code)
        cand.rule += f" + {self.matches[inner.i].pattern}"
        cand.embedded = inner
        done = next(
            (c for c in found if c is not cand and inner in (c.trigger, c.embedded)), None
        )
        if done is not None and done.targets:
            return done.targets
        if done is not None:
            # "warned that the European Union was ready to impose more sanctions": those who
            # would take the measure are not whom it is aimed at
            doers = {a.country for a in done.sources}
            others = [a for a in others if a.country not in doers]
        return others

    @staticmethod
    def _done(inner: Token, found: list[Candidate]) -> Candidate | None:
        """The candidate the coder made for the act at `inner`, if it made one."""
        return next((c for c in found if c.trigger.i == inner.i), None)

    @classmethod
    def _done_targets(cls, inner: Token, found: list[Candidate]) -> list[ResolvedActor]:
        """The targets the coder found for the act at `inner`, if it made one."""
        done = cls._done(inner, found)
        return done.targets if done is not None else []

    # ------------------------------------------------------------------ threats
    def price(self, verb: Token) -> list[Candidate]:
        """ "Trump said Iran will pay a price like few countries have ever paid": a price
        another is to pay is a threat (130) by the speaker toward the one who is to pay."""
        out: list[Candidate] = []
        for clause in self._complements(verb):
            if not _pays_price(clause):
                continue
            cand = self._make(verb, verb, "event", "130", None, "speech:pay a price")
            if cand is None:
                continue
            cand.targets = self._others(_subjects(clause), cand.sources)
            if cand.targets:
                out.append(cand)
        return out

    def voiced(self, cand: Candidate) -> Candidate:
        """A threat told with no one making it is the speaker's: "all options are on the
        table," Sanders said; "warned that all options are on the table in dealing with
        North Korea" (toward the party the clause names, or the one it is said of)."""
        clause = top = cand.anchor
        if cand.sources or cand.code[:2] != "13" or not _said_of_itself(cand):
            return cand
        speech = (*SPEECH_LEMMAS, "warn")
        while top.dep_ == "conj" and (
            top.head.pos_ == "AUX"
            or (top.head.pos_ == "VERB" and top.head.lemma_.lower() not in speech)
        ):
            top = top.head  # "said it wants no war and all options are on the table"
        verb = top.head
        voice = self.coder.voices.get(top.i) if verb.i == top.i else None
        if voice is not None:
            # '"All options are on the table."': a sentence of the speaker's quote
            named = [t for t in clause.subtree if t.ent_type_ in ACTOR_ENT_TYPES]
            targets = cand.targets or self._others(named, [voice])
            rule = cand.rule + " +quote:voiced"
            return replace(cand, sources=[voice], targets=targets, rule=rule)
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in speech:
            return cand
        doc = verb.doc
        # "says the U.S. doesn't want war, but "all options are on the table"": the speaker's
        # own words, quoted, in a clause the parser hangs on the saying
        quoted = top.dep_ == "conj" and any(t.is_quote for t in doc[verb.i : top.left_edge.i + 1])
        if not quoted and (top.dep_ != "ccomp" or top not in self._complements(verb)):
            return cand
        subjects = clauses.subject_heads(verb)
        sources = unique(self.coder._resolve(subjects, self.start, self.end))
        sources = sources or self._speaker_inside(verb)
        if not sources:
            return cand
        named = [t for t in clause.subtree if t.ent_type_ in ACTOR_ENT_TYPES]
        named += clauses.prep_objects(verb, ("of", "about"))  # "said of Peru"
        targets = cand.targets or self._others(named, sources)
        if not targets:
            # the one party the rest of the saying names ("doesn't want military action
            # against North Korea, but all options are on the table")
            rest = [
                t for t in verb.subtree if t.ent_type_ in ACTOR_ENT_TYPES and not _where_said(t)
            ]
            others = self._others(rest, sources)
            if len({a.country for a in others}) == 1:
                targets = others[:1]
        return replace(cand, sources=sources, targets=targets, rule=cand.rule + " +speech:voiced")

    # -------------------------------------------------------------- accusations
    def accused(self, cand: Candidate) -> Candidate:
        """ "accusations that Freedonia shelled the border": the accused is the clause's
        subject. Told without the accuser, the accused undergoes the accusation, as in a
        passive ("Freedonia was accused"): the coder's confidence treats it so."""
        trig = cand.trigger
        if (
            cand.targets
            or trig.pos_ not in ("NOUN", "PROPN")
            or trig.lemma_.lower() not in ACCUSATION_NOUNS
            or not cand.code.startswith("11")
        ):
            return cand
        targets = [
            a
            for clause in _that_clauses(trig)
            for a in self._others(_subjects(clause), cand.sources)
        ]
        if not targets:
            return cand
        return replace(
            cand,
            targets=unique(targets),
            rule=cand.rule + " +speech:that-clause",
            undergone=cand.undergone or not cand.sources,
        )

    def charges(self, found: list[Candidate]) -> list[Candidate]:
        """Accusation nouns the lexicon leaves out because they are ambiguous alone
        ("charges", "claims"), when a that-clause names someone: "Freedonia's claims that
        Ruritania shelled the border"."""
        out: list[Candidate] = []
        done = {c.trigger.i for c in found}
        for tok in self.coder.actors.doc[self.start : self.end]:
            if tok.i in done or tok.i in self.matches or tok.pos_ != "NOUN":
                continue
            if tok.lemma_.lower() not in ACCUSATION_NOUNS or not _that_clauses(tok):
                continue
            entry = _entry("noun", tok.lemma_.lower(), "112")
            cand = self.coder._candidate(tok, entry, None, self.matches, self.start, self.end)
            if cand is None:
                continue
            cand.rule = f"speech:{tok.lemma_.lower()} that"
            accused = self.accused(cand)
            if accused is not cand:
                out.append(accused)
        return out

    def claims(self, verb: Token, found: list[Candidate]) -> list[Candidate]:
        """ "Peru claimed that Chilean troops had attacked a border post": another's hostile
        deed that one claims accuses its doer (112), as "alleged" does. One's own deed claimed
        ("claimed that it had attacked"), a deed denied, or a claim of anything but force, a
        threat or a measure ("claimed that Chile would sign the treaty") accuses no one."""
        out: list[Candidate] = []
        for clause in self._complements(verb):
            own = self.matches.get(clause.i)
            # the clause's own verb first: "had threatened to break down the door" (a threat)
            inner = clause if own is not None and own.code else self._first_event(clause)
            code = (self.matches[inner.i].code or "") if inner is not None else ""
            if inner is None or code[:2] not in _HOSTILE_ROOTS or clauses.is_negated(inner):
                continue
            cand = self._make(verb, verb, "event", "112", None, "speech:claim")
            if cand is None:
                continue
            cand.rule += f" + {self.matches[inner.i].pattern}"
            subjects = _subjects(clause)
            doers = self._others(subjects, cand.sources)
            done = self._done(inner, found)
            if not doers and done is not None and not subjects:
                mine = {a.country for a in cand.sources}
                doers = [a for a in done.sources if a.country not in mine]
            if doers:
                cand.targets = doers
                out.append(cand)
        return out

    def responsibility(self) -> list[Candidate]:
        """ "The quartet stated there is no plausible explanation but Russian responsibility for
        the attack", "the responsibility for the casualties lies with Freedonia": a speaker
        who names someone's responsibility for a harmful deed blames them (112). Not
        responsibility claimed, taken or denied (the lexicon's 015 and 016), nor one for
        anything but a deed ("responsibility for security")."""
        doc = self.coder.actors.doc
        out: list[Candidate] = []
        for tok in doc[self.start : self.end]:
            if tok.lemma_.lower() != "responsibility" or tok.pos_ != "NOUN":
                continue
            if tok.head.lemma_.lower() in _OWNING_UP or clauses.is_negated(tok.head):
                continue
            if any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
                continue  # "bears no responsibility for"
            deeds = [o for p in tok.children if p.lower_ == "for" for o in p.children]
            if not any(self._is_deed(d) or d.lemma_.lower() in _HARMS for d in deeds):
                continue
            owners = [
                c
                for c in tok.children
                if c.dep_ == "poss" or (c.dep_ in ("amod", "compound") and c.ent_type_ == "NORP")
            ]
            if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in ("lie", "rest"):
                owners += clauses.prep_objects(tok.head, ("with",))  # "lies with Freedonia"
            if tok.dep_ == "dobj" and tok.head.lemma_.lower() in ("bear", "carry"):
                owners += _subjects(tok.head)  # "said Freedonia bears responsibility for"
            verb = next(
                (
                    up
                    for up in tok.ancestors
                    if up.pos_ == "VERB" and up.lemma_.lower() in SPEECH_LEMMAS
                ),
                None,
            )
            if verb is None or not owners:
                continue
            cand = self._make(verb, tok, "event", "112", None, "speech:responsibility for")
            if cand is None:
                continue
            cand.targets = self._others(owners, cand.sources, same_country=True)
            if cand.targets:
                out.append(cand)
        return out

    def not_accepted(self, found: list[Candidate]) -> list[Candidate]:
        """ "The United States cannot accept a nuclear North Korea", "we will not accept
        unilateral changes to the status quo": what one says one will not accept one rejects
        (120), aimed at the one named or whose deed it is; what one says one will not tolerate
        one warns against (130: "will not tolerate foreign interference", "attacks on our
        forces will not be tolerated")."""
        doc = self.coder.actors.doc
        done = {c.trigger.i for c in found}
        out: list[Candidate] = []
        for verb in doc[self.start : self.end]:
            lemma = verb.lemma_.lower()
            if lemma not in _NOT_DONE_CODES or verb.pos_ != "VERB" or verb.i in done:
                continue
            if verb.i in self.matches or not clauses.is_negated(verb):
                continue  # the lexicon's own ("did not accept the offer": a negated 030)
            passive = lemma == "tolerate" and any(c.dep_ == "auxpass" for c in verb.children)
            objects = [c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")]
            if not objects:
                continue
            code = _NOT_DONE_CODES[lemma]
            said_by = None
            if passive and verb.dep_ in ("ccomp", "parataxis"):
                # "attacks on our forces will not be tolerated, the Pentagon said": the speaker
                said_by = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
            if lemma == "tolerate" and not any(
                c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children
            ):
                continue  # "did not tolerate dissent": what was done, not a warning
            cand = self._make(verb, verb, "event", code, None, f"speech:not {lemma}", said_by)
            if cand is None:
                continue
            cand.negated = False
            if cand.mode in ("future", "hypothetical"):
                cand.mode = "asserted"  # "will not accept", "cannot accept": refused now
            heads = clauses.members(objects[0])
            cand.targets = self._others(heads, cand.sources, same_country=True) or self._owners(
                heads, cand
            )
            if cand.targets:
                out.append(cand)
        return out

    def under_fire(self) -> list[Candidate]:
        """ "The minister came under fire from Ruritania", "the plan drew fire from
        Ruritania": criticism (111) the subject undergoes. The lexicon cannot hold "fire"
        alone ("opened fire" is force), so the idiom is found here; "come under" and "draw"
        are the lexicon's undergo verbs."""
        out: list[Candidate] = []
        for tok in self.coder.actors.doc[self.start : self.end]:
            prep = tok.head
            if tok.lower_ == "fire" and tok.dep_ == "dobj" and tok.head.lemma_.lower() == "draw":
                entry = _entry("noun", "fire", "111")
                cand = self.coder._candidate(tok, entry, None, self.matches, self.start, self.end)
                if cand is not None and cand.sources:
                    cand.rule = "speech:drew fire"
                    if not cand.targets:
                        cand.targets = self._subject_or_owner(tok.head)
                        cand.undergone = bool(cand.targets)
                    out.append(cand)
                continue
            if tok.lower_ != "fire" or tok.dep_ != "pobj" or prep.lower_ != "under":
                continue
            if prep.head.lemma_.lower() not in ("come", "be"):
                continue
            entry = _entry("noun", "fire", "111")
            cand = self.coder._candidate(tok, entry, None, self.matches, self.start, self.end)
            if cand is None:
                continue
            cand.rule = "speech:under fire"
            if prep.head.lemma_.lower() == "be" and not cand.targets:
                # "Trump's trade policy is under fire from Republicans"
                cand.targets = self._subject_or_owner(prep.head)
                cand.undergone = bool(cand.targets)
            come = prep.head
            if come.dep_ == "pcomp" and come.head.lower_ in _PAST_PREPS:
                # "will attend the summit after coming under fire": the criticism came
                # before the attending, so it is told as a fact; the one criticised is
                # the subject of the verb the phrase hangs on
                cand.mode = "asserted"
                if not cand.targets:
                    heads = clauses.subject_heads(come.head.head)
                    cand.targets = unique(self.coder._resolve(heads, self.start, self.end))
                    cand.undergone = bool(cand.targets)
            out.append(cand)
        return out

    def _subject_or_owner(self, verb: Token) -> list[ResolvedActor]:
        """The party the clause is about: its subject, or the owner of what the subject names
        ("Chile's border plan drew fire")."""
        heads = [h for h in _subjects(verb) if self.start <= h.i < self.end]
        named = unique(self.coder._resolve(heads, self.start, self.end)) or [
            a for h in heads for a in self.coder.actors.modifier_actors(h)
        ]
        return [a for a in named if a.country is not None]

    def stirred(self) -> list[Candidate]:
        """ "The deployment of American missiles in Poland has angered Russia", "the French
        decision infuriated Italian leaders": the one angered disapproves (110) of the one
        who angered it, or of the one whose deed did. ("Russia was angered by ..." is the
        lexicon's adjective entry.)"""
        out: list[Candidate] = []
        for verb in self.coder.actors.doc[self.start : self.end]:
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in _STIRRING_LEMMAS:
                continue
            if verb.tag_ not in ("VBD", "VBZ", "VBP", "VB") and not any(
                c.dep_ == "aux" for c in verb.children
            ):
                continue  # a participle hung on a clause ("angering Pyongyang")
            objects = [m for c in verb.children if c.dep_ == "dobj" for m in clauses.members(c)]
            if not objects or clauses.is_passive(verb) or verb.i in self.matches:
                continue
            feeling = unique(self.coder._resolve(objects, self.start, self.end))
            feeling = [a for a in feeling if a.country is not None]
            if not feeling:
                continue  # "upset the balance": no one angered
            entry = _entry("verb", verb.lemma_.lower(), "110")
            cand = self.coder._candidate(verb, entry, None, self.matches, self.start, self.end)
            if cand is None:
                continue
            subjects = clauses.subject_heads(verb)
            if verb.dep_ == "relcl" and any(clauses.is_relative(h) for h in subjects):
                subjects = clauses.members(verb.head)  # "the patrols, which angered Tokyo"
            subjects = [h for h in subjects if self.start <= h.i < self.end]
            mine = {a.country for a in feeling}
            doers = unique(self.coder._resolve(subjects, self.start, self.end))
            if not doers:
                # "the deployment of American missiles angered Russia": whose deed it is
                doers = [
                    a
                    for h in subjects
                    for a in (
                        *self.coder.actors.modifier_actors(h),
                        *self.coder._resolve(
                            clauses.prep_objects(h, ("of", "by")), self.start, self.end
                        ),
                    )
                ]
            doers = [a for a in unique(doers) if a.country is not None and a.country not in mine]
            if not doers:
                continue
            cand.sources, cand.targets = feeling, doers
            cand.rule, cand.pair_slot = f"speech:{verb.lemma_.lower()} (the one stirred)", ""
            cand.fallbacks = []
            out.append(cand)
        return out

    # ---------------------------------------------------------------- criticism
    def criticism(self, verb: Token) -> list[Candidate]:
        """ "Ruritania said Freedonia was playing a dangerous game" -> 111 toward Freedonia;
        "Ruritania said it was dismayed by Freedonia's decision" -> 111 (the target from
        the phrase, else the coder's context)."""
        out: list[Candidate] = []
        for clause in self._complements(verb):
            if clauses.is_negated(clause) or _appeal_modal(clause)[0] is not None:
                continue  # "should stop its provocations" is the appeal, not a second event
            heads = _subjects(clause)
            feeling = _feeling(clause)
            if feeling is not None and heads and heads[0].lower_ in _SELF_PRONOUNS:
                objects = clauses.prep_objects(feeling, ("by", "at", "with", "over", "about"))
                approval = feeling.lower_ in APPROVAL_WORDS
                if approval and not objects:
                    continue  # "we are pleased to announce" approves of no one
                code = "051" if approval else "111"
                cand = self._make(verb, feeling, "event", code, None, "speech:feel")
                if cand is None or self._others(heads, cand.sources, same_country=True):
                    continue  # "said they were angry": someone else's feeling
                cand.targets = self._others(objects, cand.sources, same_country=True)
                cand.targets = cand.targets or self._owners(objects, cand)
                cand.rule += f" {feeling.lower_}"
                out.append(cand)
                continue
            if clause.lemma_.lower() in NAMING_LEMMAS | {"see"}:
                continue  # "said Beijing would see the regime as a liability": Beijing's view
            ally = _allied(clause)
            praise = _praised(clause, self.matches) if ally is None else None
            ally = ally or praise
            if ally is not None:
                # "Obama said Erdogan is one of his top allies": naming a friend endorses it;
                # so does praise of a person ("said Pompeo will be a great Secretary of State")
                cand = self._make(verb, ally, "event", "051", None, f"speech:is {ally.lower_}")
                if cand is not None:
                    cand.targets = self._others(
                        heads, cand.sources, same_country=True, same_role=praise is not None
                    )
                    if cand.targets:
                        out.append(cand)
                continue
            word = _judgement(clause) or self._endangering(clause, heads)
            if word is None and any(self.coder.actor(h) is not None for h in heads):
                word = _failing(clause)  # (not "diplomatic efforts have failed to ...")
            if word is None:
                continue
            if heads and all(h.lower_ == "it" for h in heads):
                # "said it is irresponsible for Peru to close the border": the expletive "it"
                # stands for the deed, judged of the one who does it
                heads = _expletive_doers(clause, word) or heads
            cand = self._make(verb, word, "event", "111", None, f"speech:judge {word.lower_}")
            if word is clause:
                # "said North Korean aggression threatens to destabilize the region": a danger
                # the speaker sees in a deed, not a threat the deed makes
                self.consumed.add(clause.i)
            if cand is None:
                continue
            # "said its weapons are needed to counter U.S. aggression": a judging noun with an
            # owner of its own is said of that owner, whatever the clause is about (its
            # of-phrase may name the one wronged: "a violation of U.N. resolutions")
            owned = (
                self._owners([word], cand, preps=("by",))
                if word is not clause and word.pos_ == "NOUN"
                else []
            )
            cand.targets = (
                owned
                or self._others(heads, cand.sources, same_country=True)
                or self._owners(heads, cand)
                or self._owners(_said_of(verb), cand)  # "it is illegal," he said of the U.S. order
            )
            if not cand.targets:
                cand.about = _common_noun(heads)  # "said the launch was unacceptable"
            if cand.targets or cand.about is not None:
                out.append(cand)
        return out

    def _endangering(self, clause: Token, subjects: list[Token]) -> Token | None:
        """The clause's verb, when it says that a deed (a common noun or "it", no actor
        named) endangers something: the speaker's judgement of the deed ("said the buildup
        undermines regional stability"), not a threat ("said Russia threatens Europe")."""
        if clause.lemma_.lower() not in _ENDANGERING or not subjects:
            return None
        if any(
            h.lower_ in _PEOPLE_PRONOUNS or self.coder.actor(h) is not None for h in subjects
        ):
            return None
        return clause

    def blame(self, verb: Token) -> list[Candidate]:
        """ "Ruritania said Freedonia was behind the bombing" / "was responsible for the
        attack" -> 112 toward Freedonia. Only for a deed the lexicon knows: "was
        responsible for security" blames nobody."""
        out: list[Candidate] = []
        said = self._complements(verb)
        for clause in said + [c for s in said for c in _judged_sure(s)]:
            if clauses.is_negated(clause):
                continue
            word = self._blamed_deed(clause) or _to_blame(clause) or _breaking(clause)
            if word is None:
                continue
            if word.lower_ == "blame":
                # "said Chile was to blame": the one said to be to blame is blamed, by the
                # speaker; the verb "blame" makes no event of its own with them as its doer
                self.consumed.add(word.i)
            cand = self._make(verb, word, "event", "112", None, f"speech:blame {word.lower_}")
            if cand is None:
                continue
            cand.targets = self._others(_subjects(clause), cand.sources, same_country=True)
            if cand.targets:
                out.append(cand)
        return out

    def held_responsible(self, verb: Token) -> list[Candidate]:
        """ "Ruritania held Freedonia responsible for the attack" -> 112."""
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        word = self._blamed_deed(verb)
        if word is None and objects:
            # "holds Armenia responsible for the attack" parsed with the adjective on the
            # object
            word = self._blamed_deed(objects[0])
            word = word if word is not None and word.dep_ == "amod" else None
        if not objects and word is not None and word.dep_ == "ccomp":
            # "Ukraine holds Russia responsible for the attack": the parser makes the one
            # held the subject of a small clause
            objects = [c for c in word.children if c.dep_ == "nsubj"]
        if not objects or word is None or clauses.is_negated(verb):
            return []
        cand = self._make(verb, word, "event", "112", None, "speech:held responsible")
        if cand is None:
            return []
        heads = clauses.members(objects[0])
        cand.targets = self._others(heads, cand.sources, same_country=True)
        return [cand] if cand.targets else []

    def force_possible(self, verb: Token) -> list[Candidate]:
        """ "Pompeo said U.S. military action was possible in Venezuela", "said a major
        conflict with North Korea is likely" -> 138, toward the one the force would meet (from
        the phrases of the force word or of the clause; else none, for the context to give)."""
        out: list[Candidate] = []
        for clause in self._complements(verb):
            if clause.lemma_.lower() != "be" or clauses.is_negated(clause):
                continue
            likely = [
                c
                for c in clause.children
                if c.dep_ == "acomp" and c.lower_ in _LIKELY_WORDS and not _has_negation(c)
            ]
            forces = [h for h in _subjects(clause) if _force_word(h)]
            if not likely or not forces:
                continue
            cand = self._make(
                verb, forces[0], "event", "138", None, f"speech:possible {forces[0].lower_}"
            )
            if cand is None:
                continue
            heads = clauses.prep_objects(forces[0], ("with", "against", "on", "in"))
            heads += clauses.prep_objects(likely[0], ("in", "against"))
            heads += clauses.prep_objects(clause, ("in", "against"))
            cand.targets = self._others(heads, cand.sources)
            self.consumed.add(forces[0].i)  # the force foreseen is the threat, not an act
            out.append(cand)
        return out

    def _blamed_deed(self, clause: Token) -> Token | None:
        """ "responsible for"/"behind" a deed the lexicon codes, said of the clause's
        subject: the word that blames ("responsible", "behind")."""
        for child in clause.children:
            words = [child] if child.lower_ == "behind" else []
            if child.lower_ in _ANSWERABLE and child.dep_ in ("acomp", "oprd", "ccomp", "amod"):
                words = [p for p in child.children if p.lower_ == "for"]
            for prep in words:
                deeds = [o for o in prep.children if o.dep_ in ("pobj", "pcomp")]
                if any(self._is_deed(d) for d in deeds):
                    return child
        return None

    def _is_deed(self, tok: Token) -> bool:
        entry = self.matches.get(tok.i)
        return entry is not None and entry.frame == "event" and bool(entry.code)

    def naming(self, verb: Token) -> list[Candidate]:
        """ "Ruritania called Freedonia's blockade illegal", "described the test as a
        provocation" -> 111 toward the one named or the owner of what is named."""
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        named = [c for c in verb.children if c.dep_ == "oprd"]
        if not objects and len(named) >= 2 and named[0].i < named[1].i:
            # "called China's practices "an assault"": the parser makes both predicates
            objects = named[:1]
        if not objects and len(named) == 1 and any(c.dep_ == "appos" for c in named[0].children):
            # "Trump called Xi a friend": the parser makes the one named the predicate and
            # the name its apposition
            objects = named
        if not objects:
            return []
        word, code = _judgement(verb, skip=objects[0]), "111"
        if word is None:
            # "called Obama a wicked monkey", "described Sharon as the best chance": what
            # the name says, by the words' valence in the tone lexicon (VADER)
            word, code = _valenced_name(verb, objects[0], self.matches)
        if word is None or clauses.is_negated(verb) or _negated_between(word, verb):
            return []
        # "Robert Lighthizer, the trade representative, called China's practices "an
        # assault"": the parser hangs the verb on its speaker, as in "a group called X"
        # (which names no judgement word, so makes no event)
        hung = verb.dep_ == "acl" and not clauses.subject_heads(verb)
        rule = f"speech:{verb.lemma_} {word.lower_}"
        cand = self._make(
            verb, word, "event", code, None, rule, speaker=verb.head if hung else None
        )
        if cand is None:
            return []
        heads = clauses.members(objects[0])
        cand.targets = self._others(
            heads, cand.sources, same_country=True, same_role=True
        ) or self._owners(heads, cand)
        if not cand.targets:
            # "called the summit's host, Prime Minister Justin Trudeau, "weak"": the parser
            # hangs the apposition on the verb as the predicate
            appositions = [c for c in named if c.i > objects[0].i and c is not objects[0]]
            cand.targets = self._others(appositions[:1], cand.sources, same_country=True)
        if word.i in self.matches:
            # "called the practices "an assault"": a name given, not an attack made
            self.consumed.add(word.i)
        if not cand.targets and objects[0].lower_ in ("it", "them"):
            # "called it obsolete": what was just named, the latest actor before the verb
            # in this sentence that is not the speaker
            mine = {a.country for a in cand.sources}
            before = self.coder.actors.named_before(self.start, verb.i)
            # (not one named in the speaker's own words: "former ambassador to the U.S.
            # Michael Oren called it a sad night")
            spans = [
                (t.left_edge.idx, t.right_edge.idx + len(t.right_edge))
                for t in clauses.subject_heads(verb)
            ]
            cand.targets = [
                a
                for a in before
                if a.country not in mine and not any(b <= a.start < e for b, e in spans)
            ][-1:]
        if not cand.targets:
            # "“We treat these developments as a hostile act,” the ministry said of the U.S.
            # order": what the saying is of names whose deed is judged
            cand.targets = self._owners(_said_of(verb), cand)
        if not cand.targets and (deed := _common_noun(heads)):
            cand.about = deed  # "called the launch an outrageous act": whoever launched
            return [cand]
        return [cand] if cand.targets else []

    # ------------------------------------------------------------ direct quotes
    def quoted(self) -> list[Candidate]:
        """A sentence of a direct quote whose speaker is known, with no saying of its own:
        its judgements, blame, appeals and demands are the speaker's, as if said ('"Freedonia must
        withdraw its troops."', '"Ruritania is responsible for the attack."')."""
        doc = self.coder.actors.doc
        out: list[Candidate] = []
        for root in doc[self.start : self.end]:
            speaker = self.coder.voices.get(root.i)
            if root.head.i != root.i or speaker is None:
                continue
            if root.lemma_.lower() in SPEECH_LEMMAS | NAMING_LEMMAS | {"warn"}:
                continue  # the saying's own rules
            conjuncts = [c for c in root.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
            for clause in (root, *conjuncts):
                if not clauses.is_negated(clause):
                    out += self._quoted_clause(clause, speaker)
        return out

    def stays(self) -> list[Candidate]:
        """An official who "was in" another country's capital or land visits it (042: "When
        he was in Tokyo earlier this week, the Japanese foreign minister told the British
        minister ..."; "Rouhani was in Europe in January shoring up deals")."""
        doc = self.coder.actors.doc
        out: list[Candidate] = []
        for verb in doc[self.start : self.end]:
            if verb.lemma_ != "be" or verb.pos_ not in ("AUX", "VERB"):
                continue
            if any(c.dep_ in ("acomp", "attr", "xcomp", "ccomp", "neg") for c in verb.children):
                continue  # "was in charge", "is in talks" name no stay
            places = [
                o
                for o in clauses.prep_objects(verb, ("in",))
                if o.ent_type_ in ("GPE", "LOC") and self.start <= o.i < self.end
            ]
            if not places:
                continue
            if any(
                c.dep_ in ("advcl", "xcomp", "acl", "conj")
                and (self.matches[c.i].code or "").startswith("04")
                for c in verb.children
                if c.i in self.matches
            ):
                continue  # "would be in Switzerland negotiating with the Iranians": a venue
            if any(h.lemma_.lower() in _BUILDINGS for h in _subjects(verb)):
                continue  # "even though the embassy is in Tel Aviv": where it stands
            cand = self._make(verb, verb, "event", "042", None, "speech:was in")
            if cand is None or not all((a.code or "")[3:] == "GOV" for a in cand.sources):
                continue  # only a state's officials visit: not troops, firms or tourists
            mine = {a.country for a in cand.sources}
            found = [a for o in places if (a := self.coder.actor(o)) is not None]
            found += [
                ResolvedActor(o.text, o.idx, o.idx + len(o.text), c, None, "place")
                for o in places
                if (c := self.coder.place_countries.get(o.i)) is not None
            ]
            cand.targets = [a for a in unique(found) if a.country and a.country not in mine][:1]
            if cand.targets:
                out.append(cand)
        return out

    def imperatives(self) -> list[Candidate]:
        """An imperative in someone's words demands the act of the one spoken to ('"Release
        the sailors now," Boric told Peru': 10x Chile > Peru; '"To the leaders of Iran - do
        not kill your protesters," Trump tweeted'). The act demanded is no act of its own."""
        doc = self.coder.actors.doc
        out: list[Candidate] = []
        for verb in doc[self.start : self.end]:
            if not _imperative(verb, self.start):
                continue
            saying = verb.head if verb.dep_ in ("ccomp", "parataxis") else None
            if saying is not None and saying.lemma_.lower() not in SPEECH_LEMMAS:
                continue
            if saying is None and verb.head.i != verb.i:
                continue
            voice = self.coder.voices.get(verb.i) if saying is None else None
            if saying is None and voice is None:
                continue
            inner = self._first_event(verb)
            if inner is None:
                continue
            if voice is not None:
                cand = self._make(verb, verb, "demand", "100", inner, "speech:imperative", voice)
            else:
                assert saying is not None
                cand = self._make(saying, verb, "demand", "100", inner, "speech:imperative")
            if cand is None:
                continue
            cand.negated = False  # "do not kill your protesters" is a demand made
            addressed = _addressees(verb, saying, self.start)
            cand.targets = self._others(addressed, cand.sources)
            if not cand.targets:
                cand.targets = [
                    a for a in self._owners(_yours(verb), cand) if a.country is not None
                ]
            if cand.targets:
                out.append(cand)
                self.consumed.add(inner.i)
        return out

    def _quoted_clause(self, clause: Token, speaker: ResolvedActor) -> list[Candidate]:
        heads = _subjects(clause)
        modal, asked = _appeal_modal(clause)
        if modal is not None and asked is not None:
            if asked.lemma_.lower() == "be":
                return []
            inner = self._first_event(asked)
            frame, code = _asking(modal)
            cand = self._make(clause, modal, frame, code, inner, f"quote:{modal.lower_}", speaker)
            if cand is None:
                return []
            cand.targets = self._others(heads, cand.sources)
            if cand.targets and inner is not None:
                self.consumed.add(inner.i)  # the act asked for, as under "urged"
            return [cand] if cand.targets else []
        word, code = _judgement(clause), "111"
        if word is None:
            word, code = self._blamed_deed(clause), "112"
        if word is None:
            word, code = _allied(clause), "051"  # "Russia is Ukraine's eternal partner"
        if word is None:
            return []
        cand = self._make(clause, word, "event", code, None, f"quote:{code} {word.lower_}", speaker)
        if cand is None:
            return []
        cand.targets = self._others(heads, cand.sources, same_country=True)
        if code == "111":
            cand.targets = cand.targets or self._owners(heads, cand)
        return [cand] if cand.targets else []

    # ------------------------------------------------------------------ helpers
    def _make(
        self,
        verb: Token,
        trigger: Token,
        frame: str,
        code: str,
        inner: Token | None,
        rule: str,
        speaker: Token | ResolvedActor | None = None,
    ) -> Candidate | None:
        """A candidate with the speaker as source and the speech verb's mode and negation;
        `trigger` is the word that makes the saying an event ("should", "reckless").
        `speaker`: the speaker's word when the parse does not make it the verb's subject, or
        the known speaker of a quoted sentence (`verb` is then the sentence's own verb, and
        the saying is told as done, whatever that verb's modal or negation says)."""
        entry = _entry("verb", verb.lemma_.lower(), code, frame)
        cand = self.coder._candidate(verb, entry, inner, self.matches, self.start, self.end)
        if cand is None:
            return None
        if isinstance(speaker, ResolvedActor):
            cand.sources, cand.mode, cand.negated = [speaker], "asserted", False
        elif not cand.sources and speaker is not None:
            cand.sources = unique(self.coder._resolve([speaker], self.start, self.end))
        cand.sources = cand.sources or self._speaker_inside(verb)
        if not cand.sources:
            return None
        if inner is not None and frame in WRAPPING_FRAMES:
            rule += f" + {self.matches[inner.i].pattern}"
        cand.trigger, cand.rule, cand.targets = trigger, rule, []
        cand.pair_slot = ""
        return cand

    def _speaker_inside(self, verb: Token) -> list[ResolvedActor]:
        """A speaker the resolver cannot code as a whole, coded by the actor named inside
        the phrase: "Freedonia's main opposition party said", "the head of the Freedonian
        parliament's committee, Ivan Petrov, said"."""
        for head in clauses.subject_heads(verb):
            if not self.start <= head.i < self.end or head.lower_ in _SELF_PRONOUNS:
                continue
            found = self.coder.actors.modifier_actors(head)
            for obj in clauses.prep_objects(head, ("of",)):
                actor = self.coder.actors.resolve(obj) if self.start <= obj.i < self.end else None
                found += [actor] if actor is not None else self.coder.actors.modifier_actors(obj)
            found = [a for a in unique(found) if a.country is not None]
            if found:
                return found[:1]
        return []

    def _complements(self, verb: Token) -> list[Token]:
        """The clauses that hold what `verb` says, with a that-clause the parser hung as an
        adverbial. Not the clauses joined to them, unless with a "that" of their own: on news
        text read for precision, a clause after "and" was mostly someone else's report ("Iran
        warned that ... and China said ..."). A clause before the verb only when it is a
        quotation ('"Freedonia must leave," the minister said'), not a clause the parser hung
        there ("Crowds cheered, Ruritania warned that ...")."""
        doc = verb.doc
        quoted = any(t.is_quote for t in doc[self.start : verb.i])
        clauses_ = [
            c
            for c in verb.children
            if (c.dep_ == "ccomp" or _that_adverbial(c)) and self.start <= c.i < self.end
        ]
        # ... but a joined clause with its own "that" is a second thing said: "said the launch
        # was unacceptable and that the Security Council needed to take action"
        clauses_ += [
            j
            for c in clauses_
            for j in c.children
            if j.dep_ == "conj"
            and j.i > c.i
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in j.children)
        ]
        after = [c for c in clauses_ if c.i > verb.i]
        if quoted or after:
            return after + [c for c in clauses_ if c.i < verb.i and quoted]
        # "Freedonia must leave, the minister said": the clause before a speech verb that
        # ends the sentence, set off by a comma, is what was said, quoted or not
        return [c for c in clauses_ if _set_off(c, verb)]

    def _first_event(self, root: Token) -> Token | None:
        """The first event trigger in the clause under `root` (not in nested reports)."""
        queue = deque([root])
        seen: set[int] = set()
        while queue:
            tok = queue.popleft()
            if tok.i in seen or not self.start <= tok.i < self.end:
                continue
            seen.add(tok.i)
            entry = self.matches.get(tok.i)
            if entry is not None and entry.frame == "event" and entry.code:
                return tok
            if entry is not None and entry.frame == "report" and tok is not root:
                continue
            queue.extend(c for c in tok.children if c.dep_ not in ("advcl", "relcl", "punct"))
        return None

    def _others(
        self,
        heads: list[Token],
        sources: list[ResolvedActor],
        *,
        same_country: bool = False,
        same_role: bool = False,
    ) -> list[ResolvedActor]:
        """The actors among `heads` other than the speaker. By default from another country
        too: one's own country in one's own words is a self-statement ("we must respond",
        "the president said Ruritania must respond"). With `same_country`, another actor of
        the speaker's country counts ("the senator called the governor's plan reckless")."""
        mine = {a.country for a in sources}
        codes = {a.code for a in sources} | {a.entity for a in sources if a.entity}
        people = {a.entity for a in sources} if sources else {None}
        found = self.coder._resolve(
            [h for h in heads if h.lower_ not in ("i", "we")], self.start, self.end
        )

        def another(a: ResolvedActor) -> bool:
            # with `same_role`, two named people of one role code are two parties when both
            # are known entities and differ ("Trump called Obama a wicked monkey")
            if a.code not in codes:
                return a.entity is None or a.entity not in codes
            return same_role and None not in people and a.entity not in (people | {None})

        return [
            a
            for a in unique(found)
            if a.country is not None
            and another(a)
            and ((same_country and a.code not in mine) or a.country not in mine)
        ]

    def _owners(
        self,
        heads: list[Token],
        cand: Candidate,
        preps: tuple[str, ...] = ("by", "of", "from"),
    ) -> list[ResolvedActor]:
        """ "Freedonia's blockade", "the Freedonian test", "the threat from Freedonia": the
        actor inside the phrase."""
        mine = {a.code for a in cand.sources} | {a.country for a in cand.sources}
        found = [a for h in heads for a in self.coder.actors.modifier_actors(h)]
        for h in heads:
            for obj in clauses.prep_objects(h, preps):
                actor = self.coder.actors.resolve(obj) if self.start <= obj.i < self.end else None
                found += [actor] if actor is not None else []
        return [a for a in unique(found) if a.country is not None and a.code not in mine]


def _said_of(verb: Token) -> list[Token]:
    """The "of" phrase of the saying a clause is told in: '"It is a hostile act," the ministry
    said of the U.S. order' (the U.S. order)."""
    tok = verb
    while tok.dep_ in ("ccomp", "parataxis", "conj") and tok.head.i != tok.i:
        tok = tok.head
    if tok.lemma_.lower() not in ("say", "write", "tell"):
        return []
    return clauses.prep_objects(tok, ("of",))


def _imperative(verb: Token, start: int) -> bool:
    """A bare verb that opens its clause with no subject: "Release the sailors", "Do not
    kill your protesters", "Stop the killing!" (not "to release", not a question)."""
    if verb.pos_ != "VERB" or verb.tag_ != "VB" or verb.dep_ not in ("ROOT", "ccomp", "parataxis"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for c in verb.children):
        return False
    if any(c.dep_ == "aux" and c.lower_ not in ("do", "don't") for c in verb.children):
        return False  # "to release", "will release", "can release"
    first = verb.left_edge
    while first.i < verb.i and (
        first.is_punct or first.is_quote or first.lower_ in ("do", "not", "n't", "please")
    ):
        first = first.nbor()
    if first.i != verb.i:
        # a phrase of address may open the sentence: "To the leaders of Iran - do not ..."
        words = [t for t in verb.doc[first.i : verb.i] if not t.is_punct]
        if not words or words[0].lower_ != "to":
            return False
    sent = verb.sent
    return not (sent[-1].text == "?" or (len(sent) > 1 and sent[-2].text == "?"))


def _addressees(verb: Token, saying: Token | None, start: int) -> list[Token]:
    """Whom an imperative is spoken to: the one told ("Boric told Peru"), or the one a
    phrase of address names ("To the leaders of Iran - ...")."""
    heads: list[Token] = []
    if saying is not None:
        heads += clauses.object_heads(saying)
        heads += clauses.prep_objects(saying, ("to",))
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "to" and prep.i < verb.i and prep.i >= start:
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    heads += clauses.members(obj)
                    heads += clauses.prep_objects(obj, ("of",))  # "the leaders of Iran"
    return heads


def _yours(verb: Token) -> list[Token]:
    """The objects an imperative names as the addressee's own: "your great Iranian people"."""
    return [
        t
        for t in verb.subtree
        if t.pos_ in ("NOUN", "PROPN") and any(c.lower_ == "your" for c in t.children)
    ]


def _where_said(tok: Token) -> bool:
    """Is the name part of a place phrase ("in Seoul", "at the White House")?"""
    head = tok
    while head.dep_ in ("compound", "amod", "nmod", "flat") and head.head.i != head.i:
        head = head.head
    return head.dep_ == "pobj" and head.head.lower_ in clauses.PLACE_PREPS


def _common_noun(heads: list[Token]) -> Token | None:
    """The one common noun judged, with nothing in its phrase that tells whose it is."""
    if len(heads) != 1 or heads[0].pos_ != "NOUN" or heads[0].ent_type_:
        return None
    head = heads[0]
    if any(c.dep_ in ("poss", "relcl", "acl", "compound") and c.ent_type_ for c in head.children):
        return None
    return head


def _entry(pos: str, lemma: str, code: str, frame: str = "event") -> LexEntry:
    return LexEntry(pos, lemma, (), None, frozenset(), code, frame, "speech.py")


def _finite(clause: Token) -> bool:
    """A clause with a modal or a tensed verb of its own ("will help"), not a bare object
    complement."""
    return clause.tag_ in ("VBD", "VBZ", "VBP") or any(
        c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children
    )


def _subjects(clause: Token) -> list[Token]:
    subjects = [
        m for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") for m in clauses.members(c)
    ]
    return [s for s in subjects if s.lower_ != "there"]


def _expletive_doers(clause: Token, word: Token) -> list[Token]:
    """Who does the deed an expletive "it" stands for, when a judgement word is said of it:
    "it is irresponsible for Peru to close the border" (the infinitive's subject), "it was
    wrong of Peru to close it" (the object of "of" before an infinitive), "it is pathetic that
    Peru sells arms" (the that-clause's subject). None when no deed follows ("it is wrong")."""
    clauses_after = [
        c
        for c in (*clause.children, *word.children)
        if c.dep_ in ("advcl", "xcomp", "ccomp") and c.i > word.i
    ]
    for c in clauses_after:
        marks = {m.lower_ for m in c.children if m.dep_ in ("mark", "aux")}
        if ("for" in marks and "to" in marks) or "that" in marks:
            doers = _subjects(c)
            if doers:
                return doers
    if any(
        any(m.dep_ == "aux" and m.lower_ == "to" for m in c.children) for c in clauses_after
    ):
        return [
            o
            for p in word.children
            if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children
            if o.dep_ == "pobj"
        ]
    return []


def _set_off(clause: Token, verb: Token) -> bool:
    """Is `clause` the sentence's opening, with a comma between it and the speaker of a
    `verb` that says it ("Iran is arming the rebels, Israel warned")?"""
    edge = clause.right_edge.i
    doc = verb.doc
    comma = doc[edge].text == "," or (edge + 1 < verb.i and doc[edge + 1].text == ",")
    return (
        edge < verb.i
        and comma
        and clause.left_edge.i <= verb.sent.start + 1
        and not any(c.dep_ in ("ccomp", "xcomp", "dobj") and c.i > verb.i for c in verb.children)
    )


def _by_speaker(subjects: list[Token], others: list[ResolvedActor]) -> bool:
    """Is the complement about the speaker's own act ("warned it would ...")? A pronoun
    or a name of the speaker's country: none of its subjects is another actor."""
    return bool(subjects) and not others and subjects[0].lower_ in _SELF_PRONOUNS


def _appeal_modal(clause: Token) -> tuple[Token | None, Token | None]:
    """(the modal word, the verb asked for): "should withdraw", "needs to withdraw"."""
    for child in clause.children:
        if child.dep_ == "aux" and child.lower_ in _APPEAL_MODALS:
            if any(c.dep_ == "aux" and c.lower_ in ("have", "'ve") for c in clause.children):
                # "Castro should have greeted the president": a reproach for what was not
                # done, nothing asked
                return None, None
            return child, clause
    lemma = clause.lemma_.lower()
    # "has to open up", "have to stop": an obligation now (not "will have to decide": a
    # forecast), a demand as "must" is
    obliged = (
        lemma == "have"
        and clause.tag_ in ("VBZ", "VBP")
        and not any(c.dep_ == "aux" for c in clause.children)
        # "has yet to announce a policy": not done so far, not asked
        and not any(c.lower_ == "yet" for c in clause.children)
    )
    if lemma in _APPEAL_VERBS or obliged:
        for child in clause.children:
            if child.dep_ == "xcomp" and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in child.children
            ):
                if obliged and child.lemma_.lower() in _KNOWING:
                    return None, None  # "Maduro has to see that this is falling apart"
                return clause, child
    return None, None


# what one "has to" see or understand is no act asked of one
_KNOWING = frozenset(
    {"see", "realize", "realise", "understand", "know", "recognize", "recognise", "wonder"}
    | {"think", "believe", "remember", "learn", "notice", "admit", "acknowledge"}
)


def _asking(modal: Token) -> tuple[str, str]:
    """(frame, code) of what a modal asks of another: "Freedonia must withdraw", "has to
    withdraw" demand (10x), "Freedonia should withdraw" appeals (02x); so do the verbs of a
    mandative clause ("insisted that Freedonia withdraw", "suggested that Freedonia withdraw")."""
    demand = (
        modal.lower_ == "must"
        or modal.lemma_.lower() == "have"
        or modal.lemma_.lower() in _INSISTING
    )
    return ("demand", "100") if demand else ("appeal", "020")


# Speech verbs whose clause may be mandative, its verb bare: "suggested that Peru withdraw"
# (the lexicon's own "recommend", "advise" and "propose" are frames of their own)
_SUGGESTING = frozenset({"suggest"})
_INSISTING = frozenset({"insist"})


def _mandative(verb: Token, clause: Token) -> bool:
    """Is `clause` a mandative subjunctive under a verb of suggesting or insisting ("suggested
    that Peru withdraw", "insisted that any deal include ...")? Its verb is bare, with no
    auxiliary; after a past tense a plural present is one too ("suggested countries conduct
    talks"), where the indicative would be past."""
    lemma = verb.lemma_.lower()
    if lemma not in _SUGGESTING | _INSISTING or clause.pos_ != "VERB":
        return False
    if any(c.dep_ in ("aux", "auxpass", "neg") for c in clause.children):
        return False
    if clause.tag_ == "VB":
        return True
    # a plain present after a past ("suggested countries conduct talks"), or with a singular
    # subject ("suggests Chile start talks"), where the indicative would differ
    singular = any(c.dep_ == "nsubj" and c.tag_ in ("NN", "NNP") for c in clause.children)
    return clause.tag_ == "VBP" and (verb.tag_ in ("VBD", "VBN") or singular)


def _failing(clause: Token) -> Token | None:
    """ "said U.S. officials were failing to take action", "has woefully failed to meet the
    targets": a failure told of another is a criticism of it (not "never fails to")."""
    if clause.lemma_.lower() != "fail" or _has_negation(clause):
        return None
    to_do = [c for c in clause.children if c.dep_ == "xcomp" and clauses.is_infinitive(c)]
    return clause if to_do else None


# what one says one will not do, and what saying so is: a rejection, a warning
_NOT_DONE_CODES = {"accept": "120", "tolerate": "130"}


def _feeling(clause: Token) -> Token | None:
    """ "it was dismayed", "we are deeply disappointed", "he was happy": a feeling word as
    the predicate."""
    words = feeling_words() | APPROVAL_WORDS
    for child in clause.children:
        if child.dep_ in ("acomp", "oprd") and child.lower_ in words:
            return child
    if clause.lower_ in words and any(c.dep_ in ("auxpass", "aux") for c in clause.children):
        return clause  # the parser's passive reading: "was dismayed" as a verb
    return None


_OBLIGING = ("must", "will", "would", "shall", "'ll", "wo")


def _obliged(clause: Token) -> bool:
    """A clause of what someone must do or will undergo: "it must reach a deal", "Iran will
    be met with force", "European parties needed to ..."."""
    if clause.lemma_.lower() == "need":
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in _OBLIGING for c in clause.children)


def _said_of_itself(cand: Candidate) -> bool:
    """Is the threat a noun idiom that stands as its clause's subject ("all options are on
    the table")? Not a threat word another is called ("its program is a threat to all",
    said Y: Y threatens nobody)."""
    entry = cand.entry
    return bool(entry.particle and entry.objects) and copula_of(cand.trigger) is not None


def _pays_price(clause: Token) -> bool:
    """ "Y will pay a (heavy) price", "Y would pay dearly": a price still to be paid."""
    if clause.lemma_.lower() != "pay" or clauses.is_negated(clause):
        return False
    to_come = any(c.dep_ == "aux" and c.lower_ in (*_FUTURE_AUX, "must") for c in clause.children)
    price = any(c.dep_ == "dobj" and c.lemma_.lower() == "price" for c in clause.children)
    dearly = any(c.dep_ == "advmod" and c.lower_ == "dearly" for c in clause.children)
    return to_come and (price or dearly)


def _that_clauses(noun: Token) -> list[Token]:
    return [
        c
        for c in noun.children
        if (
            c.dep_ in ("acl", "ccomp")
            and any(
                m.lower_ == "that" and (m.dep_ == "mark" or _that_read_as_object(m, c))
                for m in c.children
            )
        )
        or _that_adverbial(c)
    ]


def _that_read_as_object(that: Token, clause: Token) -> bool:
    """ "allegations that Russia meddled in the election": the parser read "that" as the
    object of a clause whose own subject follows it; it opens the clause, as a mark."""
    return (
        that.dep_ == "dobj"
        and that.i == clause.left_edge.i
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.i > that.i for c in clause.children)
    )


def _that_adverbial(clause: Token) -> bool:
    """A clause opening with "that" that the parser hung as an adverbial, after its head: a
    complement ("denied Kremlin claims that American officials had threatened ...", parsed
    with "claims" as a verb). Not "so that" or "such ... that", which open with another word."""
    first = clause.left_edge
    return (
        clause.dep_ == "advcl"
        and clause.i > clause.head.i
        and first.dep_ == "mark"
        and first.lower_ == "that"
        and first.head == clause
    )


# How strongly a name must judge, in VADER's valence (-4..+4, the mean of ten people's
# ratings): "crazy" -1.4 and "ridiculous" -1.5 blame, "joke" +1.2 praises nobody, "good" +1.9
# and "terrific" +2.1 praise.
NAME_BLAME, NAME_PRAISE = -1.4, 1.9


def _negated_between(word: Token, verb: Token) -> bool:
    """ "called the policy not a bad thing": a negation on the way from the word to the verb."""
    tok = word
    while tok.i != verb.i and tok.head.i != tok.i:
        if any(c.dep_ == "neg" for c in tok.children):
            return True
        tok = tok.head
    return False


def _has_negation(tok: Token) -> bool:
    """ "not a bad thing", "no friend", "never a partner": a word its negation hangs on."""
    return any(c.dep_ == "neg" or c.lower_ in ("not", "no", "never") for c in tok.children)


def _valence(word: Token, lexicon: Mapping[str, float]) -> float:
    """A word's valence in the tone lexicon, by its written form, else its lemma (0: none)."""
    return lexicon.get(word.lower_, lexicon.get(word.lemma_.lower(), 0.0))


def _valenced_name(
    verb: Token, named: Token, events: Mapping[int, object]
) -> tuple[Token | None, str]:
    """The word of a name given ("called X a wicked monkey", "described X as the best
    chance", "called it ridiculous") that blames (111) or praises (051), by its valence: the
    predicate and the words that modify it, not a phrase inside it ("a threat to peace" is
    no name for peace), nothing negated ("not a bad deal"), and no word of an event of its own
    ("described it as the first agreement between Egypt and Israel": an agreement told, not
    praise)."""
    preds = [c for c in verb.children if c.dep_ in ("oprd", "acomp") and c is not named]
    preds += [
        o
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "as"
        for o in c.children
        if o.dep_ == "pobj"
    ]
    preds += [c for c in named.children if c.dep_ in ("appos", "oprd") and c.i > named.i]
    lexicon = vader_lexicon()
    worst: tuple[float, Token | None] = (0.0, None)
    best: tuple[float, Token | None] = (0.0, None)
    for pred in preds:
        words = [pred, *(c for c in pred.children if c.dep_ in ("amod", "compound", "conj"))]
        if _has_negation(pred):
            continue
        for w in words:
            if w.i in events:
                continue
            value = _valence(w, lexicon)
            if _has_negation(w):
                value = -value
            worst = min(worst, (value, w), key=lambda x: x[0])
            best = max(best, (value, w), key=lambda x: x[0])
    if worst[1] is not None and worst[0] <= NAME_BLAME:
        return worst[1], "111"
    if best[1] is not None and best[0] >= NAME_PRAISE:
        return best[1], "051"
    return None, ""


# what a warning foretells that makes it a threat: conflict, force, or its consequences
_HARM_FORETOLD = HARM_WORDS | frozenset(
    {"conflict", "war", "catastrophic", "catastrophe", "disaster", "disastrous", "unfortunate"}
    | {"escalation", "bloodshed", "confrontation"}
)


def _harm_foretold(clause: Token) -> Token | None:
    """A word of harm in a warned clause, not under a negation ("warned that there would be
    consequences"; not "said there would be no war")."""
    if clauses.is_negated(clause):
        return None
    for tok in clause.subtree:
        if tok.lemma_.lower() in _HARM_FORETOLD and not any(
            c.dep_ == "neg" or c.lower_ == "no" for c in tok.children
        ):
            return tok
    return None


# verbs that say a deed endangers something ("aggression threatens to destabilize the region",
# "it threatens the security of us all")
_ENDANGERING = frozenset(
    {"threaten", "endanger", "jeopardize", "jeopardise", "imperil", "undermine", "destabilize"}
    | {"destabilise"}
)
# the deeds whose claim accuses the doer: threats, protests, measures and force
_HOSTILE_ROOTS = ("13", "14", "16", *VIOLENT_ROOTS)
# pronouns of people, who would be actors themselves ("said they threaten Europe")
_PEOPLE_PRONOUNS = frozenset(_SELF_PRONOUNS) - {"it"} | {"you"}


# verbs whose object is stirred against their subject ("the decision angered Rome"): the
# object disapproves of the subject (110)
_STIRRING_LEMMAS = frozenset(
    {"anger", "infuriate", "enrage", "incense", "irk", "rankle", "outrage", "upset", "dismay"}
    | {"irritate", "annoy", "offend", "antagonize", "antagonise", "exasperate", "displease"}
)


# what one calls a friend: "X is our ally", "a critical partner", "one of his top allies"
_FRIEND_NOUNS = frozenset({"ally", "partner", "friend"})


def _allied(clause: Token) -> Token | None:
    """The friend noun a copular clause says its subject is ("Erdogan is one of his top
    allies", "the kingdom is a critical partner"), not negated ("is no longer an ally") and
    not another's ("an ally of Iran": whose friend is another matter)."""
    if clause.lemma_.lower() != "be" or clause.pos_ not in ("AUX", "VERB"):
        return None
    if _has_negation(clause) or any(c.lower_ == "longer" for c in clause.children):
        return None  # "is not an ally", "is no longer an ally"
    for attr in clause.children:
        if attr.dep_ != "attr":
            continue
        noun = attr
        if attr.lower_ == "one":  # "one of his top allies"
            noun = next(iter(clauses.prep_objects(attr, ("of",))), attr)
        if noun.lemma_.lower() not in _FRIEND_NOUNS or _has_negation(noun):
            continue
        if any(c.dep_ == "prep" and c.lower_ in ("of", "to", "with") for c in noun.children):
            return None  # "an ally of Iran": whose friend is another matter
        if any(c.lower_ in ("no", "former", "erstwhile", "reluctant") for c in noun.children):
            return None
        return noun
    return None


def _praised(clause: Token, events: Mapping[int, object]) -> Token | None:
    """The word of praise a copular clause says of its subject ("Jackson was a decent,
    fair-minded public servant", "Pompeo will be a truly great Secretary of State", "he is
    honorable"), by its valence in the tone lexicon as for a name given (`NAME_PRAISE`):
    nothing negated, no word that blames beside it ("a good man but a terrible leader"), and
    no word of an event of its own."""
    if clause.lemma_.lower() != "be" or clause.pos_ not in ("AUX", "VERB"):
        return None
    if _has_negation(clause) or any(c.lower_ in ("longer", "once") for c in clause.children):
        return None  # "is not a good partner", "was once a great friend"
    lexicon = vader_lexicon()
    best: tuple[float, Token | None] = (0.0, None)
    for pred in clause.children:
        if pred.dep_ not in ("attr", "acomp") or _has_negation(pred) or pred.i in events:
            continue
        if any(c.dep_ == "prep" for c in pred.children if c.lower_ != "of"):
            return None  # "is good for business", "is great at golf": said of something else
        nouns = [pred, *(c for c in pred.children if c.dep_ == "conj")]
        mods = [c for n in nouns for c in n.children if c.dep_ in _PRAISING_DEPS]
        # "a decent, fair-minded and dedicated public servant": the joined modifiers too
        words = nouns + mods + [c for m in mods for c in m.children if c.dep_ == "conj"]
        for w in words:
            if w.i in events or _has_negation(w) or w.lower_ in _DESCRIBING_WORDS:
                continue
            value = _valence(w, lexicon)
            if value <= NAME_BLAME:
                return None
            if value > best[0]:
                best = (value, w)
    return best[1] if best[0] >= NAME_PRAISE else None


_PRAISING_DEPS = ("amod", "compound", "advmod")
# words of high valence that describe more than they praise ("a strong economy", "a powerful
# rival", "a free country")
_DESCRIBING_WORDS = frozenset({"strong", "powerful", "free", "rich", "big", "popular", "safe"})


# how likely a use of force is said to be, for a speaker to threaten it
_LIKELY_WORDS = frozenset({"possible", "likely", "inevitable", "imminent", "probable"})
# a state's buildings and posts, which stand where they are and visit nobody
_BUILDINGS = frozenset(
    {"embassy", "consulate", "mission", "office", "headquarters", "base", "ministry"}
)
# what a speaker holds to be so: "said it was highly likely that Russia was responsible"
_SURE_WORDS = frozenset({"likely", "probable", "clear", "certain", "obvious", "evident"})


def _judged_sure(clause: Token) -> list[Token]:
    """The that-clause of "it is (highly) likely / clear that ...", said as the speaker's
    judgement (not "possible": a guess, nor under a negation)."""
    if clause.lemma_.lower() != "be" or clauses.is_negated(clause):
        return []
    if not any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in clause.children):
        return []
    return [
        inner
        for adj in clause.children
        if adj.dep_ == "acomp" and adj.lower_ in _SURE_WORDS
        for inner in adj.children
        if inner.dep_ == "ccomp"
        and any(m.dep_ == "mark" and m.lower_ == "that" for m in inner.children)
    ]


# the force: an attack, a war or a conflict, or action or an option that is military
_FORCE_NOUNS = frozenset({"attack", "strike", "war", "conflict", "invasion", "intervention"})
_MILITARY_WORDS = frozenset({"military", "armed", "army"})


def _force_word(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    if lemma in _FORCE_NOUNS:
        return True
    return lemma in ("action", "option", "force", "response") and any(
        c.lower_ in _MILITARY_WORDS for c in noun.children
    )


# verbs of breaking a rule or a promise: said of another, an accusation ("said Iran was
# violating the deal", "claimed Moscow had breached the treaty")
_BREAKING_LEMMAS = frozenset({"violate", "breach", "flout", "contravene", "cheat"})


def _breaking(clause: Token) -> Token | None:
    """A reported clause that says its subject broke a rule or cheated ("Iran was violating
    the nuclear deal"): the verb, not under a conditional or a question ("would violate",
    "if it breaches")."""
    if clause.pos_ != "VERB" or clause.lemma_.lower() not in _BREAKING_LEMMAS:
        return None
    if any(c.dep_ == "mark" and c.lower_ in clauses.CONDITIONAL_MARKS for c in clause.children):
        return None
    if any(c.dep_ == "aux" and c.lower_ in ("would", "could", "might", "may") for c in clause.children):
        return None  # "could violate the emoluments clause": a risk told, not a charge
    return clause


def _to_blame(clause: Token) -> Token | None:
    """ "was to blame", "are to blame for the clashes": the infinitive "blame" after the
    copula, whose subject is the one blamed."""
    if clause.lemma_.lower() != "be":
        return None
    return next(
        (
            c
            for c in clause.children
            if c.dep_ == "xcomp"
            and c.lemma_.lower() == "blame"
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            and not any(o.dep_ == "dobj" for o in c.children)
        ),
        None,
    )


# verbs of meeting what comes: their object is no judgement of the subject
_FACING_VERBS = frozenset({"face", "confront", "meet", "encounter", "suffer", "endure", "fear"})


# news told as good or bad for someone, which judges no one
_TIDINGS = frozenset({"news", "tidings"})


def _judgement(clause: Token, skip: Token | None = None) -> Token | None:
    """A judgement word that is the clause's predicate or object ("was reckless", "is a
    provocation", "playing a dangerous game"), not one inside a prepositional phrase."""
    words = judgement_words()
    stack = [c for c in clause.children if c is not skip]
    if skip is not None:
        # "called the speech a stunt": the parser hangs the naming noun on the object
        stack += [c for c in skip.children if c.dep_ in ("amod", "conj", "appos")]
    while stack:
        tok = stack.pop()
        naming_as = tok.dep_ == "prep" and tok.lower_ == "as"  # "described it as illegal"
        if tok.dep_ not in _PREDICATE_DEPS and not naming_as and tok.dep_ != "pobj":
            continue
        if tok.dep_ == "pobj" and tok.head.lower_ != "as":
            continue
        if tok.dep_ == "dobj" and tok.head.lemma_.lower() in _FACING_VERBS:
            continue  # "the country is still facing a serious threat": a threat it meets
        if tok.dep_ == "amod" and tok.head.lemma_.lower() in _TIDINGS:
            continue  # "comes as bad news for the company": what it means for someone
        if tok.lemma_.lower() in words or tok.lower_ in words:
            if _has_negation(tok) and tok.dep_ == "conj":
                continue  # "careless but not criminal": the word denied judges no one
            kind = judgements().get(tok.lemma_.lower()) or judgements().get(tok.lower_)
            if (kind == "noun" and tok.pos_ not in ("NOUN", "PROPN")) or (
                kind == "adj" and tok.pos_ == "NOUN"
            ):
                # "encouraged him to lie to lawmakers": the verb, no lie called one; "will
                # launch an offensive": the noun, nothing called offensive
                stack.extend(tok.children)
                continue
            return tok
        stack.extend(tok.children)
    return None
