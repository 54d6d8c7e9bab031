"""Walking spaCy's dependency parse: sentence units, subjects, objects, mode and negation.

Everything here reads a parse and returns tokens or labels; nothing knows CAMEO codes.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

SUBJECT_DEPS = ("nsubj", "csubj")
# Prepositions of where something is or happens: "talks in Geneva", "told reporters in Seoul".
PLACE_PREPS = ("in", "at", "near", "outside", "inside")
# Prepositions that introduce the target of a verbal event ("met with", "sanctions against").
VERB_TARGET_PREPS = ("with", "to", "against", "on", "toward", "towards", "between", "into", "upon")
NOUN_TARGET_PREPS = (*VERB_TARGET_PREPS, "of", "for")
FUTURE_AUX = ("will", "shall", "'ll", "wo")
# "must" too: "warned North Korea that it must reach a deal" tells what is asked, not done
HYPOTHETICAL_AUX = ("would", "could", "might", "may", "should", "must", "'d")
CONDITIONAL_MARKS = ("if", "unless", "whether")
RELATIVE_TAGS = ("WDT", "WP", "WP$")


def is_relative(tok: Token) -> bool:
    """A relative pronoun ("which", "that", "who")."""
    return tok.tag_ in RELATIVE_TAGS or (
        tok.pos_ == "PRON" and tok.lower_ in ("that", "which", "who")
    )
# "aim to pressure", "plans to visit", "prepared to head to Brussels": the embedded event is
# only intended (guidelines).
INTENT_LEMMAS = frozenset(
    {"aim", "plan", "intend", "want", "seek", "hope", "try", "attempt", "wish", "prepare"}
)
INTENT_NOUNS = ("plan", "decision", "attempt", "effort", "bid", "intention", "aim", "offer")
# "talks aimed at ending the war", "a plan geared toward ...": the act is the purpose
_AIMING_LEMMAS = frozenset({"aim", "target"})
# Verbs of joining forces: what they join to do is done together, not a purpose ("joined
# together to impose new sanctions", "banded together to urge Trump")
_JOINING_LEMMAS = frozenset({"join", "band", "team", "unite"})
# "X is expected to meet": the subject of these passives is the one who acts, later
# ("the United States is about to attack": not yet).
RAISING_LEMMAS = ("expect", "schedule", "set", "due", "likely", "slate", "poise", "about")


def sentence_units(doc: Doc) -> Iterator[tuple[int, int]]:
    """Token ranges of sentences, also cut at line breaks (headlines, bylines, paragraphs)."""
    for sent in doc.sents:
        start = sent.start
        for tok in sent:
            if (tok.is_space and "\n" in tok.text) or "\n" in tok.whitespace_:
                end = tok.i if tok.is_space else tok.i + 1
                if end > start:
                    yield start, end
                start = tok.i + 1
        if sent.end > start:
            yield start, sent.end


def first_conjunct(tok: Token) -> Token:
    """The first of a coordinated list `tok` is in ("Beijing" -> "Moscow" in "Moscow and
    Beijing"), or `tok` itself."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def members(head: Token) -> list[Token]:
    """A noun phrase's head and the heads coordinated with it ("China and Russia").

    Also a name the small model hangs on its neighbour as `nmod` while a "and" follows it
    ("Xi and Russian President Vladimir Putin" parsed as Xi <-nmod- Putin).
    """
    out = [head]
    stack = [head]
    while stack:
        tok = stack.pop()
        for child in tok.children:
            is_coord = child.dep_ == "conj" and not (
                tok.dep_ in _OBJECT_SLOTS and subject_of_next_clause(tok, child)
            )
            is_nmod_pair = (
                child.dep_ == "nmod"
                and child.ent_type_
                and any(c.dep_ == "cc" for c in child.children)
            )
            # "France's Dassault Aviation, Sweden's Saab and Russia's MiG": a list the parser
            # hangs on its first name as an apposition that has the rest as conjuncts
            is_listed_appos = (
                child.dep_ == "appos"
                and tok.pos_ == "PROPN"
                and child.pos_ == "PROPN"
                and any(c.dep_ == "conj" for c in child.children)
                # ("Canada, Mexico, the European Union and Japan": the "and" may hang on the
                # conjunct after the apposition)
                and any(
                    c.dep_ == "cc"
                    for k in (child, *(c for c in child.children if c.dep_ == "conj"))
                    for c in k.children
                )
            )
            if (
                is_coord or is_nmod_pair or is_listed_appos or _listed_person(tok, child)
            ) and child not in out:
                out.append(child)
                stack.append(child)
        for joined in [*_joined_by(tok), *_role_after_of(tok)]:
            if joined not in out:
                out.append(joined)
                stack.append(joined)
    return out


def object_gap(clause: Token) -> bool:
    """Is `clause` a relative clause with its own subject whose object is the noun it hangs on
    ("the tariffs (that) Trump imposed"), not one with an object or a complement of its own
    ("the attacks, when the C.I.A. began assembling an alliance")?"""
    kids = list(clause.children)
    return (
        any(c.dep_ == "nsubj" and c.tag_ not in RELATIVE_TAGS for c in kids)
        and not any(
            c.dep_ in ("dobj", "xcomp", "ccomp", "attr") and c.tag_ not in RELATIVE_TAGS
            for c in kids
        )
        and not any(c.tag_ == "WRB" for c in kids)
    )


_FINITE_TAGS = ("VBD", "VBZ", "VBP", "MD")
# the object a misread subject is hung on ("seized tankers and the U.S. blames")
_OBJECT_SLOTS = ("dobj", "pobj", "attr", "dative")


def _misread_subject(verb: Token) -> list[Token]:
    """The nouns right before a finite verb without a subject, when the parser made them a
    conjunct or an apposition of the object before it (`subject_of_next_clause`): "seized
    tankers and the U.S. blames Tehran", "condemning North Korea's actions, Moscow and Beijing
    continue to insist"."""
    first = min([verb.i, *(c.i for c in verb.children if c.dep_ in ("aux", "auxpass"))])
    if first == 0 or verb.doc[first].tag_ not in _FINITE_TAGS:
        return []
    word = verb.doc[first - 1]
    while word.head.i != word.i and word.head.right_edge.i == word.i and word.dep_ != "conj":
        word = word.head  # from the last word of the phrase up to its head
    while word.dep_ == "conj" and word.head.dep_ in ("conj", "appos"):
        word = word.head  # "Moscow and Beijing": from the first of them
    if word.pos_ not in ("NOUN", "PROPN") or word.dep_ not in ("conj", "appos"):
        return []
    if not subject_of_next_clause(word.head, word):
        return []
    return members(word)


def _relative_as_mark(verb: Token) -> list[Token]:
    """A relative "that" the parser read as a clause's mark, right after the noun it stands
    for: "inspected a Hong Kong-flagged vessel that on Oct. 19 transferred oil" (the verb hung
    on another as a conjunct, with no subject of its own): the noun."""
    that = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "that"), None)
    if that is None or that.i == 0 or verb.dep_ not in ("conj", "advcl"):
        return []
    noun = verb.doc[that.i - 1]
    while noun.head.i != noun.i and noun.head.right_edge.i == noun.i and noun.head.i > noun.i:
        noun = noun.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ not in ("dobj", "pobj"):
        return []
    return members(noun)


def subject_of_next_clause(tok: Token, conj: Token) -> bool:
    """A "conjunct" that a finite verb without a subject follows is that verb's subject,
    hung by the parser on the object before it: "when Russia annexed Crimea, Secretary of
    State John Kerry was disappointed", "Iran has seized tankers and the U.S. blames Tehran"."""
    doc = conj.doc
    after = conj.right_edge.i + 1
    if after >= len(doc) or doc[after].tag_ not in _FINITE_TAGS:
        return False
    verb = doc[after].head if doc[after].dep_ in ("aux", "auxpass") else doc[after]
    return not any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children)


def _role_after_of(head: Token) -> list[Token]:
    """ "the president of Mexico and Canada's prime minister": the parser hangs the second
    role on "Mexico"; it is a member beside "the president" (a role noun with a possessive
    name of its own)."""
    if head.pos_ != "NOUN":
        return []
    return [
        c
        for p in head.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children
        if o.dep_ == "pobj" and o.pos_ == "PROPN"
        for c in o.children
        if c.dep_ == "conj"
        and c.pos_ == "NOUN"
        and any(g.dep_ == "poss" and g.pos_ == "PROPN" for g in c.children)
    ]


def _joined_by(head: Token) -> list[Token]:
    """ "Trump, joined by Canadian Prime Minister Justin Trudeau and Mexican President Enrique
    Pena Nieto, signed the agreement": the ones joining act too; so do the ones "along with",
    "together with" or "alongside" the subject, set off before its verb ("Chile, along with
    Bolivia, criticized Peru")."""
    joined = [
        o
        for c in head.children
        if c.dep_ in ("acl", "advcl", "dep") and c.lemma_.lower() == "join" and c.tag_ == "VBN"
        for a in c.children
        if a.dep_ == "agent" or (a.dep_ == "prep" and a.lower_ == "by")
        for o in a.children
        if o.dep_ == "pobj"
    ]
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    for prep in head.children:
        if prep.dep_ != "prep":
            continue
        if head.pos_ in ("VERB", "AUX") and (subject is None or not subject.i < prep.i < head.i):
            continue  # "fought alongside Bolivia": a partner, not one who acts too
        together = prep.lower_ == "with" and any(
            c.dep_ == "advmod" and c.lower_ in ("together", "along") for c in prep.children
        )
        if prep.lower_ == "alongside" or together:  # "alongside Bolivia", "together with"
            joined += [o for o in prep.children if o.dep_ == "pobj"]
        elif prep.lower_ in ("along", "together"):  # "along with Bolivia"
            joined += [
                o
                for w in prep.children
                if w.lower_ == "with"
                for o in w.children
                if o.dep_ == "pobj" and w.dep_ == "prep"
            ]
    return joined


def _listed_person(head: Token, child: Token) -> bool:
    """ "President Trump, French President Emmanuel Macron, Angela Merkel and Theresa May
    said": the parser hangs the people of a list on the first as appositions; a person is no
    apposition of another person when the list goes on with "and"."""
    return (
        child.dep_ == "appos"
        and head.ent_type_ == "PERSON"
        and child.ent_type_ == "PERSON"
        and any(t.dep_ == "cc" for a in head.children if a.dep_ == "appos" for t in a.subtree)
    )


# what is written and signed: a text that "calls for" something speaks for its authors
_DOCUMENT_NOUNS = frozenset(
    {"statement", "letter", "resolution", "document", "memo", "memorandum", "cable"}
    | {"petition", "communique", "declaration", "motion", "bill", "op-ed", "editorial"}
    # what is put forward: "Moscow and Beijing proposed an initiative, which calls for ..."
    | {"initiative", "proposal", "plan", "amendment", "draft"}
)
# ... and what its authors do to it
_AUTHORING_LEMMAS = frozenset(
    {"sign", "circulate", "issue", "release", "send", "write", "draft", "publish", "adopt"}
    | {"pass", "submit", "table", "introduce", "deliver", "pen", "author", "co-sign"}
    | {"propose", "unveil", "present", "sponsor", "approve"}
)


# deeds a relative clause may tell more of ("Iran's test, which violates ...")
_DEED_NOUNS = frozenset(
    {"test", "launch", "attack", "strike", "airstrike", "invasion", "incursion", "deployment"}
    | {"sanction", "tariff", "embargo", "ban", "move", "decision", "action", "program"}
    | {"programme", "policy", "crackdown", "offensive", "blockade", "annexation", "buildup"}
)


def _named_possessor(noun: Token) -> Token | None:
    """A noun's possessive that names someone ("Iran's"), not a pronoun ("its", "whose")."""
    return next(
        (c for c in noun.children if c.dep_ == "poss" and c.tag_ not in ("PRP$", "WP$")), None
    )


def _named_modifier(noun: Token, ent_types: tuple[str, ...]) -> Token | None:
    """A noun's adjective or compound that is a name of one of `ent_types` ("the Chinese
    tariffs", "a U.S. statement")."""
    return next(
        (
            c
            for c in noun.children
            if c.dep_ in ("amod", "compound") and c.ent_type_ in ent_types
        ),
        None,
    )


def _deed_owner(noun: Token) -> Token | None:
    """Whose deed a noun is, by its possessive or its country's adjective: "Iran's test",
    "the Chinese tariffs" (not a pronoun's: the coder resolves those on its own)."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _DEED_NOUNS:
        return None
    owner = _named_possessor(noun)
    return owner if owner is not None else _named_modifier(noun, ("NORP", "GPE"))


def _judged_for(verb: Token) -> Token | None:
    """The copula whose adjective a gerund completes: "are responsible for backing Assad"
    -> "are"."""
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG":
        return None
    prep = verb.head
    if prep.lower_ not in ("for", "of") or prep.dep_ != "prep":
        return None
    adjective = prep.head
    if adjective.pos_ != "ADJ" or adjective.dep_ != "acomp":
        return None
    copula = adjective.head
    return copula if copula.lemma_ in ("be", "remain", "become") else None


# adjectives of a feeling about someone for a deed: "disappointed in China for selling oil",
# "grateful to Japan for hosting the talks"
_FEELING_ADJECTIVES = frozenset(
    {"disappointed", "angry", "furious", "upset", "mad", "annoyed", "frustrated", "grateful"}
    | {"thankful", "indebted"}
)  # fmt: skip


def _faulted_by_feeling(verb: Token) -> Token | None:
    """The one a feeling is about, when `verb` is the deed it is felt for: "is disappointed in
    China for selling oil" (selling) -> China."""
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG":
        return None
    prep = verb.head
    if prep.lower_ != "for" or prep.dep_ != "prep":
        return None
    adjective = prep.head
    if adjective.pos_ != "ADJ" or adjective.lower_ not in _FEELING_ADJECTIVES:
        return None
    about = prep_objects(adjective, ("in", "with", "at", "to"))
    return about[0] if about else None


def _document_author(noun: Token) -> Token | None:
    """Who speaks through a text: its owner ("Kuwait's statement"), its agent ("a letter by
    45 senators"), or the subject of the verb that writes, signs, issues or adopts it
    ("Kuwait had circulated a statement", "lawmakers signed a letter"; "voted for a
    resolution")."""
    if noun.lemma_.lower() not in _DOCUMENT_NOUNS:
        return None
    owner = _named_possessor(noun)  # (a possessive stands before any phrase after the noun)
    if owner is not None:
        return owner
    for child in noun.children:
        if child.dep_ in ("prep", "agent") and child.lower_ in ("by", "from"):
            # "a letter by 45 senators", "a letter from Xi urging ..."
            found = [o for o in child.children if o.dep_ == "pobj"]
            if found:
                return found[0]
    # "the Peruvian letter", "a U.S. statement"
    owner = _named_modifier(noun, ("NORP", "GPE", "ORG"))
    if owner is not None:
        return owner
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "for" and verb.head.lemma_.lower() == "vote":
        verb = verb.head  # "voted for a resolution"
    elif noun.dep_ != "dobj" or verb.lemma_.lower() not in _AUTHORING_LEMMAS:
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if subjects and subjects[0].tag_ not in RELATIVE_TAGS:
        return subjects[0]
    if verb.dep_ == "relcl" and subjects:  # "members ... who signed a letter"
        return verb.head
    return None


def _passive_marks(verb: Token) -> bool:
    """A passive subject or auxiliary on the verb ("were imposed")."""
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def is_passive(verb: Token) -> bool:
    """A passive clause, or a bare passive participle ("when asked", "the changes agreed to
    by Mexico"): its subject is not inherited from the clause it hangs on."""
    if _passive_marks(verb):
        return True
    if (
        verb.tag_ == "VBN"
        and verb.dep_ == "conj"
        and verb.head.i < verb.i
        and not any(c.dep_ in ("aux", "nsubj", "nsubjpass", "dobj") for c in verb.children)
    ):
        # "was arrested and charged by police", "to be captured and killed by rebels": a
        # participle joined to a passive shares its passive
        return _passive_marks(verb.head)
    return (
        verb.tag_ == "VBN"
        and verb.dep_ in ("advcl", "acl")
        and not any(c.dep_ in ("aux", "nsubj") for c in verb.children)
    )


# adjectives whose "to" takes a gerund of what the subject may do ("open to negotiating")
_OPEN_TO_ADJ = frozenset({"open", "committed", "dedicated", "amenable", "receptive"})
# verbs that tell someone as doing something: "quoted Kim as scoffing", "cited X as saying"
_PORTRAYING_LEMMAS = frozenset(
    {"quote", "cite", "describe", "portray", "depict", "paint", "picture", "show", "see"}
)
# ... of which these tell what someone said or is said to have done
_TELLING_AS = frozenset({"quote", "cite", "describe", "portray", "depict"})


# Verbs whose object may be a small clause of a noun and a participle: "Chile wants the
# sanctions on Peru lifted", "would like to see the embargo ended", "got the ban removed"
_SMALL_CLAUSE_HEADS = frozenset({"want", "need", "like", "love", "see", "get", "prefer", "wish"})


def small_clause_subject(verb: Token) -> Token | None:
    """The noun a participle in a small clause is said of ("wants the sanctions lifted"):
    what is done to it, so the participle's object, not its doer (the parser makes it the
    subject: "sanctions" of "lifted")."""
    if verb.tag_ not in ("VBN", "VBD") or verb.dep_ not in ("ccomp", "xcomp", "oprd"):
        return None
    if verb.head.lemma_.lower() not in _SMALL_CLAUSE_HEADS or verb.head.pos_ != "VERB":
        return None
    if any(c.dep_ in ("aux", "auxpass", "mark", "dobj", "nsubjpass", "agent") for c in verb.children):
        return None  # a clause of its own: "sees that the talks have ended", "saw Peru end them"
    found = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")]
    if len(found) != 1 or found[0].i > verb.i:
        return None
    return found[0]


# verbs that keep someone "from" doing something: the one kept would do it, and does not
KEEPING_LEMMAS = frozenset(
    {"ban", "bar", "prohibit", "prevent", "stop", "block", "forbid", "keep", "restrain"}
    | {"deter", "discourage", "dissuade", "preclude", "exclude", "restrict"}
)


def kept_from(verb: Token) -> Token | None:
    """ "banned the DPRK from launching a rocket", "prevented Bolivia from attacking Chile":
    the one kept from doing `verb` (the keeping verb's object), if `verb` is so kept."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ != "from":
        return None
    if prep.head.lemma_.lower() not in KEEPING_LEMMAS:
        return None
    return next((c for c in prep.head.children if c.dep_ == "dobj"), None)


def _stranded_participle(verb: Token) -> bool:
    """ "the company founded by assassinated former prime minister Rafik Hariri": a participle
    right after a preposition left with no object describes the name after it (the parser
    may make it a verb with a subject of its own); its doer is not named."""
    if verb.i == 0 or verb.tag_ not in ("VBD", "VBN"):
        return False
    before = verb.doc[verb.i - 1]
    return (
        before.dep_ in ("prep", "agent")
        and before.head.i != verb.i
        and not any(c.dep_ in ("pobj", "pcomp") for c in before.children)
        and any(c.dep_ == "dobj" and c.i > verb.i for c in verb.children)
    )


# what one says something in, after or before doing something else
_WORDS_NOUNS = frozenset(
    {"remark", "comment", "statement", "speech", "interview", "conference", "address"}
    | {"briefing", "appearance", "message", "post", "tweet"}
)


def _words_after(verb: Token) -> Token | None:
    """The verb of "in remarks after meeting with X, Y said": the one whose words those are
    did the deed the remarks came after."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.dep_ != "prep" or prep.lower_ not in ("after", "before"):
        return None
    noun = prep.head
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _WORDS_NOUNS or noun.dep_ != "pobj":
        return None
    carrier = noun.head.head
    if noun.head.dep_ != "prep" or carrier.pos_ not in ("VERB", "AUX"):
        return None
    return carrier


# verbs of telling besides REPORT_VERBS, which the parser may hang on the teller as a participle
_TELLING_LEMMAS = frozenset({"tweet", "write", "post", "report", "claim", "declare"})


def _trailing_participle_on_relative(verb: Token) -> bool:
    """A participle after a comma, with no subject of its own, that the parser hangs on a
    relative clause of the main clause's object."""
    head = verb.head
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and verb.i > 0
        and verb.doc[verb.i - 1].text == ","
        and head.dep_ == "relcl"
        and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)
        and verb.sent.root.i != head.i
        and verb.sent.root.pos_ in ("VERB", "AUX")
    )


def _misread_reporter(verb: Token, subject: Token) -> bool:
    """ "President Trump, referencing a report, tweeted Friday North Korea has agreed to ...":
    the parser took the one who tells it, with the telling verb hung on him, for a second
    subject of what is told."""
    telling = [c.lemma_.lower() for c in subject.children if c.dep_ == "acl"]
    return any(t in _TELLING_LEMMAS or t in REPORT_VERBS for t in telling) and any(
        c.dep_ in SUBJECT_DEPS and c.i > subject.i for c in verb.children
    )


def _joined_past_relative(verb: Token, head: Token, shared: list[Token]) -> Token | None:
    """The main clause's verb, when an agent's verb is joined to a relative clause said of a
    thing ("a hostile act that violated the law and demanded ..."): the parser's misreading
    of a verb joined to the main clause."""
    if verb.dep_ != "conj" or head.dep_ != "relcl" or verb.lemma_.lower() not in _AGENT_VERBS:
        return None
    if not shared or not all(h.pos_ == "NOUN" and not h.ent_type_ for h in shared):
        return None
    if any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    return next(
        (
            a
            for a in head.head.ancestors
            if a.pos_ == "VERB" and any(c.dep_ in ("nsubj", "nsubjpass") for c in a.children)
        ),
        None,
    )


def subject_heads(verb: Token, depth: int = 0) -> list[Token]:
    """Who does `verb`: its subject, or the one it shares through xcomp, conj, relative
    clauses and participles ("Speaking ..., Xi said")."""
    if depth > 4:
        return []
    kept = kept_from(verb)
    if kept is not None:
        return members(kept)
    if _stranded_participle(verb):
        return []
    found: list[Token] = []
    done_to = small_clause_subject(verb)
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS and not (done_to is not None and child.i == done_to.i):
            if verb.dep_ == "relcl" and _part_of_relative(child):
                # "Chile and Peru, both of whom have criticized Bolivia": all the ones named
                return members(verb.head)
            if child.tag_ in RELATIVE_TAGS and verb.dep_ == "relcl":
                head = verb.head
                if head.dep_ == "appos":  # "Georgia, an aspiring member, which fought"
                    head = head.head
                elif head.pos_ == "NOUN" and head.left_edge.i >= 2:
                    # the same apposition misparsed (the noun hung elsewhere): the name
                    # right before its comma
                    comma, name = head.doc[head.left_edge.i - 1], head.doc[head.left_edge.i - 2]
                    if comma.text == "," and name.pos_ == "PROPN":
                        head = name
                author = _document_author(head)
                if author is None:
                    # "Iran's missile test, which violates U.N. resolutions": what a deed
                    # does, its doer does
                    author = _deed_owner(head) if child.lower_ in ("which", "that") else None
                return members(author if author is not None else head)
            if _misread_reporter(verb, child):
                continue
            found.extend(members(child))  # the small model may split one subject in two
    if len(found) == 1 and (
        found[0].lower_ in PERSONAL_PRONOUNS
        # "'Our country condemns the attack,' the president said": the speaker's
        or speakers_country(found[0])
    ):
        speaker = _reporting_subject(verb, found[0])
        if speaker is not None:  # "Kerry said that he would negotiate": he = Kerry
            return members(speaker)
        named = _conjoined_person(verb, found[0])
        if named is not None:  # "Moon acknowledged ... and he urged": he = Moon
            return [named]
    if found:
        # "Xi, joined by Putin, condemned": the parser may hang the participle on the verb
        return found + [m for j in _joined_by(verb) for m in members(j) if m not in found]
    misread = _misread_subject(verb) or _relative_as_mark(verb)
    if misread:
        # "Iran has seized tankers and the U.S. blames Tehran": the parser hangs the
        # subject on the object before the verb, as another object
        return misread
    ranked = ranked_infinitive(verb)
    if ranked is not None:
        # "Abe was the first foreign leader to meet Trump": the copula's subject met him
        return subject_heads(ranked, depth + 1)
    spender = _time_spent_on(verb)
    if spender is not None:
        # "Kerry has spent hundreds of hours courting Lavrov": the parser may hang the
        # participle on the time spent; the one who spends it does it
        return subject_heads(spender, depth + 1)
    faulted = _faulted_by_feeling(verb)
    if faulted is not None:
        # "is disappointed in China for selling oil": the one the feeling is about did it
        return members(faulted)
    judged = _judged_for(verb)
    if judged is not None:
        # "Russia and Iran are responsible for backing Assad", "Peru was guilty of arming
        # the rebels": the one the adjective is said of does it
        return subject_heads(judged, depth + 1)
    if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN") and not is_passive(verb):
        return []
    if verb.dep_ == "acl" and verb.head.pos_ == "NOUN" and not is_passive(verb):
        author = _document_author(verb.head)
        if author is not None:
            # "Kuwait had circulated a statement calling for an inquiry": Kuwait calls
            return members(author)
    said_of = _participle_subject(verb)
    if said_of is not None:
        # "Wang Yi, meeting with North Korea's top diplomat, urged": the one the participle
        # is said of
        return members(said_of)
    if verb.dep_ == "advcl" and verb.tag_ == "VBG":
        # "despite Moscow and Beijing denouncing Pyongyang", "with Russia backing Assad": the
        # parser makes the participle's subject the preposition's object
        subject = _prepositional_subject(verb)
        if subject is not None:
            return members(subject)
    if verb.dep_ == "acl" and (
        verb.head.pos_ == "NOUN" or any(c.dep_ == "poss" for c in verb.head.children)
    ):
        # "the decision by the U.N. General Assembly to recognize Palestine": the noun's agent
        # (a noun with a possessive, whatever the tagger says: "China's recent United Nations
        # vote to impose tougher sanctions")
        agents = [
            o
            for c in verb.head.children
            if c.dep_ in ("prep", "agent") and c.lower_ == "by"
            for o in c.children
            if o.dep_ == "pobj"
        ]
        if agents:
            return members(agents[0])
        owner = _owner(verb.head)
        if (
            owner is not None
            and verb.i > verb.head.i
            and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)
            and verb.head.lemma_.lower() not in _REQUEST_NOUNS
        ):
            # "Washington's decision to expel Russian diplomats", "Iran's threat to close the
            # strait": the owner does it (but "Kyiv's call to end the war" asks another)
            return members(owner)
    noun = _stranded_noun_infinitive(verb)
    if noun is not None:
        # "welcomed the decision by the General Assembly to recognize Palestine", "praised
        # China's decision to cut tariffs": the parser hangs the noun's infinitive on the
        # verb; the noun's agent or owner does it, not the one who welcomes it
        agents = [o for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"
                  for o in c.children if o.dep_ == "pobj"]  # fmt: skip
        owner = agents[0] if agents else _owner(noun)
        if owner is not None:
            return members(owner)
    if (
        verb.dep_ == "acl"
        and verb.tag_ == "VBG"
        and verb.head.pos_ in ("NOUN", "PROPN")
        and verb.i > verb.head.i
        and (
            _seen_doing(verb.head)
            or verb.head.lemma_.lower() in _BODY_NOUNS
            # "the special counsel investigating Russia's meddling", "prosecutors probing the
            # attack": an inquiry is what those who hold it are named by
            or verb.lemma_.lower() in _INQUIRING_LEMMAS
        )
    ):
        # "images showed Chilean troops firing on protesters", "photos of Chinese ships
        # selling oil", "the U.S. administration accusing Russia": the ones seen (or the
        # body) the participle is said of do it; not a participle that picks out whom it
        # describes ("Chilean officials advising Peru's government met"), nor "slower growth
        # reducing the demand for US goods"
        return members(verb.head)
    if (
        verb.dep_ == "pcomp"
        and verb.head.lower_ == "of"
        and verb.head.head.pos_ == "NOUN"
        and verb.head.head.lemma_.lower() in PROSPECT_NOUNS | _AIM_NOUNS
    ):
        owner = _owner(verb.head.head)
        if owner is not None:
            # "Trump's suggestion of seizing Greenland": the one who thinks of it would do it
            return members(owner)
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ in ("VERB", "AUX"):
        # "Obama said after meeting with Putin": the one who met is the clause's subject
        carrier = verb.head.head
        if verb.head.lower_ == "as" and carrier.lemma_.lower() in _PORTRAYING_LEMMAS | (
            JUDGING_LEMMAS
        ):
            shown = [c for c in carrier.children if c.dep_ == "dobj"]
            if shown:
                # "the BBC quoted Kim as scoffing at the sanctions": Kim scoffed, not the BBC;
                # "condemned North Korea's missile tests as violating U.N. sanctions": the tests
                # (North Korea's) did, not those who condemned them
                return members(shown[0])
        judged = judged_by(carrier) if is_judged_deed(verb) else None
        if judged is not None:
            # "accused the U.S. of violating the treaty", "Russia was blamed for meddling",
            # "thanked Japan for hosting the talks": the one judged did it
            if is_relative(judged) and carrier.dep_ == "relcl":
                # "Turkish companies, which hardliners accused of doing business with Israel"
                return members(carrier.head)
            return members(judged)
        found = subject_heads(carrier, depth + 1)
        if verb.head.lower_ == "in" and carrier.lemma_.lower() in ("join", "stand"):
            # "Trump joined May and Macron in condemning", "stands with the UK in condemning":
            # the ones joined condemn too
            found += [m for c in carrier.children if c.dep_ == "dobj" for m in members(c)]
            found += [m for o in prep_objects(carrier, ("with",)) for m in members(o)]
        return found
    said_in = _words_after(verb)
    if said_in is not None:
        # "In brief remarks after meeting with Komorowski, Obama said": the speaker met him
        return subject_heads(said_in, depth + 1)
    if (
        verb.dep_ == "pcomp"
        and verb.head.dep_ == "prep"
        and verb.head.lower_ == "to"
        and verb.head.head.lemma_.lower() in _OPEN_TO_ADJ
        and verb.head.head.dep_ == "acomp"
    ):
        # "Chile is open to negotiating": the copula's subject ("steered clear of attacking"
        # is not one who attacks)
        return subject_heads(verb.head.head.head, depth + 1)
    if verb.dep_ in ("attr", "acomp") and verb.tag_ == "VBG" and verb.head.lemma_ == "be":
        # "Qatar is mediating between Israel and Hamas": the parser may take the progressive
        # for the copula's complement
        return subject_heads(verb.head, depth + 1)
    if verb.dep_ in ("conj", "advcl") and verb.pos_ == "VERB":
        stranded = _stranded_subject(verb)
        if stranded is not None:
            # "called for ... after Washington on Thursday sanctioned Russian officials,
            # expelled 35 diplomats": the parser takes the clause's subject for the object
            # of "after" and joins its verbs to the main clause's
            return members(stranded)
    on_aux = [
        m
        for c in verb.children
        if c.dep_ == "aux" and c.i < verb.i and (c.lemma_ in ("have", "be", "do") or c.tag_ == "MD")
        for s in c.children
        if s.dep_ in SUBJECT_DEPS
        for m in members(s)
    ]
    if on_aux:
        # "but Washington and its allies have for a decade accused Iran": the parser may hang
        # the subject on the auxiliary and join the verb to the clause before
        return on_aux
    if _trailing_participle_on_relative(verb):
        # "a judge has ruled that the department must locate emails Clinton sent, ordering
        # the department to conduct a fresh search": the parser hangs the closing participle
        # on the relative clause before it; it tells what the sentence's subject did
        return subject_heads(verb.sent.root, depth + 1)
    toll_of = _toll_of_inner_clause(verb)
    if toll_of is not None:
        return subject_heads(toll_of, depth + 1)
    speaker = _speaker_of_participle(verb)
    if speaker is not None:
        # "Mattis said North Korea presented a danger, while also criticizing China": the
        # parser hangs the participle on the said clause; the one who speaks criticizes
        return subject_heads(speaker, depth + 1)
    if verb.dep_ in ("xcomp", "conj", "advcl") and verb.head.i != verb.i:
        head = verb.head
        if verb.dep_ == "xcomp" and head.lemma_.lower() in RAISING_LEMMAS:
            raised = [c for c in head.children if c.dep_ in ("nsubjpass", "nsubj")]
            if raised:
                return members(raised[0])
        controller = _controller(verb)
        if controller is not None:
            # object control: "urged China to meet" -> China meets
            return members(controller)
        if (
            verb.dep_ == "conj"
            and verb.tag_ in ("VBD", "VBZ", "VBP")
            and head.tag_ == "VBG"
            and kept_from(head) is not None
        ):
            # "the resolution bars the North from importing gas and capped its oil imports":
            # a tensed verb is joined to the barring, not to the gerund it keeps from
            return subject_heads(head.head.head, depth + 1)
        if head.pos_ in ("VERB", "AUX"):
            shared = subject_heads(head, depth + 1)
            main = _joined_past_relative(verb, head, shared)
            if main is not None:
                # "Moscow denounced the decision as a hostile act that violated international
                # law and demanded Washington reverse the order": the parser joins the demand
                # to the relative clause; a thing does not demand, the main clause's subject
                # does
                return subject_heads(main, depth + 1)
            if (
                not shared
                and verb.dep_ == "conj"
                and not is_passive(verb)
                and (
                    any(c.dep_ == "aux" for c in verb.children) or verb.tag_ in ("VBZ", "VBP")
                )
            ):
                # "Trump was scheduled to meet Putin but will instead have a meeting with
                # him": the one the passive before is said of does the active verb after it
                # (with a tense of its own: "was arrested and charged" shares the passive)
                patients = [c for c in head.children if c.dep_ == "nsubjpass"]
                if patients:
                    return members(patients[0])
            return shared
        if verb.dep_ == "xcomp" and head.pos_ == "ADJ" and head.dep_ in ("acomp", "oprd"):
            # "Pence is due to visit", "Beijing is ready to impose": the copula's subject
            return subject_heads(head.head, depth + 1)
    return []


# prepositions that are also the marks of a time clause: "after Washington sanctioned ..."
_CLAUSE_PREPS = frozenset({"after", "before", "since", "until", "as"})
# entity types that can name a party to an event
ACTOR_ENT_TYPES = ("GPE", "ORG", "NORP", "PERSON")


def _stranded_subject(verb: Token) -> Token | None:
    """The name right before a subjectless joined verb that the parser made the object of a
    time preposition ("after Washington on Thursday sanctioned ..."): the verb's own subject.
    A later verb joined to it shares it ("..., expelled 35 diplomats")."""
    i = verb.i - 1
    doc = verb.doc
    while i >= 0 and (doc[i].ent_type_ in ("DATE", "TIME") or doc[i].dep_ == "advmod"):
        i -= 1
    if i >= 1 and doc[i].dep_ == "prep" and doc[i].lower_ in ("on", "in", "at"):
        i -= 1  # "Washington on Thursday sanctioned": the time phrase between
        while i >= 0 and doc[i].ent_type_ in ("DATE", "TIME"):
            i -= 1
    if i < 1:
        return None
    name = doc[i]
    if name.ent_type_ in ACTOR_ENT_TYPES and name.dep_ == "compound":
        return None
    if (
        name.dep_ == "pobj"
        and name.ent_type_ in ACTOR_ENT_TYPES
        and name.head.lower_ in _CLAUSE_PREPS
        and name.head.i == name.left_edge.i - 1
    ):
        return name
    # a verb joined after such a verb, with its own object between: ", expelled 35 diplomats"
    if verb.dep_ != "conj":
        return None
    earlier = [
        c for c in verb.head.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i < verb.i
    ]
    if (
        earlier
        and earlier[-1].i > verb.head.i
        and not any(c.dep_ in SUBJECT_DEPS for c in earlier[-1].children)
    ):
        return _stranded_subject(earlier[-1])
    return None


def _seen_doing(noun: Token) -> bool:
    """Is the noun what a picture or a report shows ("showed Chinese ships", "photos of
    Chinese ships")?"""
    head = noun.head
    if noun.dep_ == "dobj":
        return head.lemma_.lower() in _SHOWING_LEMMAS
    return (
        noun.dep_ == "pobj"
        and head.lower_ == "of"
        and head.head.lemma_.lower() in _PICTURE_NOUNS
    )


_SHOWING_LEMMAS = frozenset({"show", "see", "capture", "photograph", "film", "catch", "spot"})
_PICTURE_NOUNS = frozenset(
    {"photo", "photograph", "image", "picture", "footage", "video", "evidence", "sighting"}
)
# the bodies of a state that act for it
STATE_BODIES = frozenset(
    {"administration", "government", "regime", "ministry", "military", "army", "navy"}
    | {"parliament", "congress", "senate"}
)
# singular nouns of a body that acts: "the administration accusing Russia"
_BODY_NOUNS = STATE_BODIES | {"coalition", "council", "court", "delegation"}
# verbs of an inquiry, whose participle tells what those it describes are doing
_INQUIRING_LEMMAS = frozenset({"investigate", "probe", "examine"})


# what "our" names in a speaker's words: the speaker's country ("our country", "my government")
_OWN_COUNTRY_NOUNS = frozenset({"country", "nation", "government", "state", "people"})


def speakers_country(noun: Token) -> bool:
    """ "our country", "my government": the speaker's own (not "our two countries": a pair)."""
    return (
        noun.lemma_.lower() in _OWN_COUNTRY_NOUNS
        and noun.tag_ == "NN"
        and any(c.dep_ == "poss" and c.lower_ in ("our", "my") for c in noun.children)
    )


def _part_of_relative(subject: Token) -> bool:
    """ "both of whom", "all of which", "each of whom": a relative told of its antecedents."""
    return subject.lower_ in _QUANTIFIERS and any(
        prep.dep_ == "prep"
        and prep.lower_ == "of"
        and any(o.dep_ == "pobj" and o.tag_ in RELATIVE_TAGS for o in prep.children)
        for prep in subject.children
    )


_QUANTIFIERS = frozenset({"both", "all", "each", "neither", "most", "many", "several", "some"})


def _stranded_noun_infinitive(verb: Token) -> Token | None:
    """The noun of intent an infinitive belongs to when the parser hangs the infinitive on
    the clause's verb instead ("welcomed the decision by X in 2012 to recognize ...": the
    object "decision" is right before it, with only its phrases between)."""
    if verb.dep_ != "advcl" or not is_infinitive(verb) or verb.head.pos_ not in ("VERB", "AUX"):
        return None
    objects = [c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i]
    if not objects:
        return None
    noun = objects[-1]
    if noun.lemma_.lower() not in (*INTENT_NOUNS, *_DONE_NOUNS):
        return None
    # nothing but the noun's own phrases and a time or place phrase between it and the verb
    between = [t for t in verb.doc[noun.i + 1 : verb.left_edge.i] if t.head.i == verb.head.i]
    if any(t.dep_ not in ("prep", "npadvmod", "punct") for t in between):
        return None
    return noun


def _owner(noun: Token) -> Token | None:
    """The possessor of a noun ("Washington's decision"), if any."""
    return next((c for c in noun.children if c.dep_ == "poss"), None)


# nouns whose infinitive tells an act done ("the move to shutter the consulate")
_DONE_NOUNS = frozenset({"move", "step", "action"})
# nouns of asking, beside the verbs' lemmas: "a demand to recognise the south"
_REQUEST_NOUNS = frozenset({"demand", "appeal", "invitation", "plea", "call"})
# Verbs whose object does what their infinitive says (the object, not the subject, acts). Asking
# and allowing leave the act undone: "urged China to cut oil sales" tells of no cut ...
REQUEST_LEMMAS = frozenset(
    {"urge", "ask", "call", "encourage", "invite", "press", "push", "pressure", "persuade"}
    | {"convince", "order", "instruct", "request", "implore", "direct", "tell", "warn"}
    | {"require", "authorize", "authorise", "allow", "permit", "oblige"}
)
# ... causing tells that it was done: "prompting Turkey to recall its ambassador", "forced
# Chile to withdraw", "getting other countries to join"
CAUSE_LEMMAS = frozenset(
    {"prompt", "lead", "cause", "force", "compel", "drive", "induce", "get", "help", "spur"}
    | {"enable"}
)
OBJECT_CONTROL_LEMMAS = REQUEST_LEMMAS | CAUSE_LEMMAS
# Verbs that judge someone for a deed ("accused X of meddling", "praised X for hosting"): the
# deed is the one judged's
JUDGING_LEMMAS = frozenset(
    {"accuse", "blame", "suspect", "charge", "convict", "criticize", "criticise", "condemn"}
    | {"fault", "denounce", "slam", "praise", "thank", "commend", "punish", "sanction", "fine"}
    | {"sue", "indict", "arrest", "credit", "reward", "applaud", "congratulate", "rebuke"}
    | {"seize", "detain", "jail", "imprison", "expel", "penalize", "penalise", "prosecute"}
    | {"reprimand", "scold", "sentence", "censure", "impeach", "sack"}
    # "interviewed its crew for violating U.N. sanctions", "investigated Peru for spying"
    | {"interview", "interrogate", "question", "investigate", "probe", "suspend", "ban", "bar"}
)
# Measures a support verb imposes on someone for a deed ("imposed sanctions on Turkey for
# detaining a pastor"): the one they are imposed on did it
_JUDGING_MEASURES = frozenset({"sanction", "penalty", "fine", "tariff", "ban", "embargo"})
# ... of them, those that only allege the deed
ALLEGING_LEMMAS = frozenset({"accuse", "blame", "suspect", "charge", "indict", "sue"})
# Prepositions whose object may be the subject of a participle after it ("despite X doing")
_SUBJECT_PREPS = ("despite", "with", "without", "after", "amid", "before")


# verbs whose object is time one gives to doing something ("spent months negotiating")
_SPENDING_LEMMAS = frozenset({"spend", "waste"})


def _time_spent_on(verb: Token) -> Token | None:
    """The verb "spend" when `verb` is a participle hung on its object ("spent hours courting",
    "spent hundreds of hours courting")."""
    if verb.tag_ != "VBG" or verb.dep_ != "acl":
        return None
    noun = verb.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":  # "hundreds of hours"
        noun = noun.head.head
    if noun.dep_ != "dobj" or noun.pos_ not in ("NOUN", "NUM"):
        return None
    spender = noun.head
    return spender if spender.lemma_.lower() in _SPENDING_LEMMAS else None


# verbs of saying whose clause a participle of speech may be misplaced in
_SAYING_LEMMAS = frozenset({"say", "tell", "add", "state", "insist", "argue", "note", "stress"})
# acts done in words, which the one saying does
_SPEECH_ACT_LEMMAS = frozenset(
    {"criticize", "criticise", "condemn", "denounce", "slam", "blast", "rebuke", "accuse"}
    | {"blame", "fault", "praise", "thank", "commend", "applaud", "congratulate", "welcome"}
    | {"urge", "ask", "call", "press", "warn", "threaten", "vow", "pledge", "promise"}
    | {"demand", "reject", "deny", "dismiss"}
)


def _speaker_of_participle(verb: Token) -> Token | None:
    """The verb of saying a participle of speech belongs to when the parser hangs it on the
    said clause ("said North Korea presented a danger, while also criticizing China")."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.lemma_.lower() not in _SPEECH_ACT_LEMMAS:
        return None
    if not any(c.dep_ in ("mark", "advmod") and c.lower_ == "while" for c in verb.children):
        return None
    clause = verb.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in _SAYING_LEMMAS:
        return None
    return clause.head


_TOLL_LEMMAS = frozenset({"kill", "injure", "wound"})


def _toll_of_inner_clause(verb: Token) -> Token | None:
    """The clause whose toll a closing participle tells when the parser hangs it on the
    verb that clause depends on ("investigators are looking into what caused a plane to
    crash in the Alps, killing 150 passengers": the crash killed them, not the
    investigators; "Russia said Ukrainian forces shelled the town, killing three": the
    shelling did). The last verb with a subject of its own inside a clausal complement
    between the two."""
    if (
        verb.dep_ != "advcl"
        or verb.tag_ != "VBG"
        or verb.lemma_.lower() not in _TOLL_LEMMAS
        or verb.i < 1
        or verb.doc[verb.i - 1].text != ","
        or any(c.dep_ in SUBJECT_DEPS for c in verb.children)
    ):
        return None
    head = verb.head
    inner = [
        t
        for t in head.subtree
        if head.i < t.i < verb.i
        and t.pos_ in ("VERB", "AUX")
        and t.dep_ in ("ccomp", "xcomp", "pcomp")
        and any(c.dep_ in SUBJECT_DEPS and c.tag_ not in ("WP", "WDT") for c in t.children)
    ]
    return inner[-1] if inner else None


def _participle_subject(verb: Token) -> Token | None:
    """The one a participle after a noun is said of: after a comma ("Wang Yi, meeting with
    ..."), or in a "with"/"despite" phrase ("with Seoul and Washington condemning the
    launches"). Not one that picks out whom it describes ("officials advising Syria policy",
    "ships aiding North Korea"): such a phrase is more often a description than a deed told
    (on the dev gold, 2 right and 5 wrong)."""
    if verb.dep_ not in ("acl", "appos") or verb.tag_ != "VBG":
        return None
    head = verb.head
    if head.pos_ not in ("NOUN", "PROPN") or head.i > verb.i:
        return None
    before = verb.left_edge.i - 1
    if before >= 0 and verb.doc[before].text == ",":
        return head
    first = first_conjunct(head)
    return first if _subject_preposition(first) is not None else None


def _subject_preposition(tok: Token) -> Token | None:
    """The "despite"/"with"/... whose object `tok` is, if it is one."""
    prep = tok.head
    if tok.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in _SUBJECT_PREPS:
        return prep
    return None


def is_judged_deed(verb: Token) -> bool:
    """ "accused the U.S. of violating", "thanked Japan for hosting": the deed someone is
    judged for (its doer is the one judged, and the judge is no party to it)."""
    prep = verb.head
    if verb.dep_ == "pcomp" and prep.lower_ == "with" and prep.head.lemma_.lower() == "charge":
        return True  # "charged Peru with violating the treaty"
    if _faulted_by_feeling(verb) is not None:
        return True  # "is disappointed in China for selling oil to North Korea"
    return (
        verb.dep_ == "pcomp"
        and prep.dep_ == "prep"
        and prep.lower_ in ("of", "for")
        and (prep.head.lemma_.lower() in JUDGING_LEMMAS or _measure_on(prep.head) is not None)
    )


# the other prepositions that name what one is judged for: "criticized China over the
# persecution of Muslims", "condemned Russia on its annexation of Crimea"
_OVER = ("over", "on")


def judged_for_noun(noun: Token) -> Token | None:
    """The one judged for a deed named by a noun ("accused Russia of the attack", "thanked
    Japan for its support", "Iran was blamed for the strike"): its doer."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in ("of", "for", *_OVER):
        return None
    holder = prep.head
    if prep.lower_ in _OVER and holder.lemma_.lower() not in JUDGING_LEMMAS:
        return None  # "criticized China over its crackdown": the crackdown is China's
    if prep.lower_ == "for" and holder.lemma_.lower() in _JUDGING_MEASURES:
        # "sanctions on North Korea for its latest missile test": the one they are on
        found = prep_objects(holder, ("on", "against"))
        if not found and holder.dep_ == "dobj":
            found = prep_objects(holder.head, ("on", "against"))
        return found[0] if found else None
    if holder.lemma_.lower() not in JUDGING_LEMMAS and not (
        prep.lower_ == "for" and _measure_on(holder) is not None
    ):
        return None
    return judged_by(holder)


def _measure_on(verb: Token) -> Token | None:
    """The one a measure is imposed on: "imposed sanctions on Turkey" -> Turkey."""
    for obj in verb.children:
        if obj.dep_ == "dobj" and obj.lemma_.lower() in _JUDGING_MEASURES:
            found = prep_objects(obj, ("on", "against")) or prep_objects(verb, ("on", "against"))
            if found:
                return found[0]
    return None


def judged_by(verb: Token) -> Token | None:
    """The one a judging verb judges: its object, or its subject in the passive ("accused
    the U.S.", "Russia was blamed")."""
    if verb.lemma_.lower() not in JUDGING_LEMMAS:
        return _measure_on(verb)
    dep = "nsubjpass" if is_passive(verb) else "dobj"
    return next((c for c in verb.children if c.dep_ == dep), None)


def _controller(verb: Token) -> Token | None:
    """The object of a verb of asking or causing that does what its infinitive says:
    "urged China to meet", "led Chile to expel" (which the parser may take for a purpose
    clause)."""
    head = verb.head
    if head.i == verb.i or head.lemma_.lower() not in OBJECT_CONTROL_LEMMAS:
        return None
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    if not (verb.dep_ == "xcomp" or (verb.dep_ == "advcl" and infinitive)):
        return None
    objs = [c for c in head.children if c.dep_ in ("dobj", "dative") and c.i < verb.i]
    if not objs and head.lemma_.lower() == "call":
        # "called on Russia and Iran to use their influence": the one called on
        objs = [o for o in prep_objects(head, ("on", "upon")) if o.i < verb.i]
    return objs[0] if objs else None


# verbs of letting: what one "allowed" another to do is mostly told as done ("has allowed
# Israel to attack Iranian bases"), what one "allows" is only let be
_PERMITTING = frozenset({"allow", "permit", "authorize", "authorise"})


def _infinitive_with_subject(verb: Token) -> bool:
    """ "allows Iran to test missiles", parsed as a clause with its own subject: a "to"
    infinitive with a subject before it (a past "allowed" excepted)."""
    head = verb.head
    if head.lemma_.lower() in _PERMITTING and head.tag_ in ("VBD", "VBN"):
        return False
    return (
        verb.dep_ == "ccomp"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i for c in verb.children)
    )


def _prepositional_subject(verb: Token) -> Token | None:
    """ "despite Moscow and Beijing repeatedly denouncing ...": the noun right before the
    participle (past its own adverbs) that the parser made the object of a preposition on the
    same head; None when the participle is not so placed."""
    i = verb.left_edge.i - 1
    if i < 0:
        return None
    tok = first_conjunct(verb.doc[i])  # "Moscow and Beijing": the first of the list
    prep = _subject_preposition(tok)
    if (
        prep is not None
        and tok.pos_ in ("PROPN", "NOUN", "PRON")
        and prep.head.i == verb.head.i
        and prep.i < verb.i
    ):
        return tok
    return None


PERSONAL_PRONOUNS = ("he", "she", "they", "we", "it")
REPORT_VERBS = (
    "say",
    "tell",
    "state",
    "add",
    "announce",
    "insist",
    "argue",
    "note",
    "warn",
    "reveal",
)

# verbs only a party does: saying, asking, demanding, judging
_AGENT_VERBS = frozenset(REPORT_VERBS) | {
    "demand", "urge", "call", "ask", "insist", "vow", "threaten", "accuse", "condemn",
    "criticize", "criticise", "reject", "denounce", "pledge", "promise",
}  # fmt: skip


def _conjoined_person(verb: Token, pronoun: Token) -> Token | None:
    """ "X acknowledged ... and he urged": a "he"/"she" subject of a coordinated clause is the
    person named as subject of the clause it is joined to."""
    if verb.dep_ != "conj" or verb.head.i == verb.i:
        return None
    subj = [c for c in verb.head.children if c.dep_ == "nsubj"]
    if not subj:
        return None
    if pronoun.lower_ in ("he", "she") and subj[0].ent_type_ == "PERSON":
        return subj[0]
    if pronoun.lower_ == "it" and subj[0].ent_type_ in ("GPE", "ORG", "NORP"):
        # "North Korea has slammed the sanctions, but it said ...": it = North Korea
        return subj[0]
    return None


def _reporting_subject(verb: Token, pronoun: Token | None = None) -> Token | None:
    """The subject of the reporting verb whose complement holds `verb`, if any; for an "it"
    said by a person, the one the person speaks to ("Pence warned North Korea that it must
    ..."): a person is no "it"."""
    tok = verb
    for _ in range(4):
        if tok.dep_ in ("ccomp", "parataxis") and tok.head.lemma_.lower() in REPORT_VERBS:
            # the nearest of two subjects: the parser may make a dateline opening the
            # sentence a subject too ("BUENOS AIRES, Argentina - President Trump said")
            subj = [c for c in tok.head.children if c.dep_ == "nsubj"]
            if subj and subj[-1].lower_ in PERSONAL_PRONOUNS:
                # "North Korea slammed the sanctions, but it said it was open to talks": the
                # speaker named in the clause the saying is joined to
                joined = _conjoined_person(tok.head, subj[-1])
                if joined is not None and (pronoun is None or pronoun.lower_ == subj[-1].lower_):
                    return joined
            if not subj or subj[-1].lower_ in PERSONAL_PRONOUNS:
                return None
            if pronoun is not None and pronoun.lower_ == "it" and subj[-1].ent_type_ == "PERSON":
                told = [c for c in tok.head.children if c.dep_ == "dobj"]
                return told[0] if told and told[0].ent_type_ in ("GPE", "ORG", "NORP") else None
            return subj[-1]
        if tok.dep_ not in ("xcomp", "conj", "advcl") or tok.head.i == tok.i:
            return None
        if tok.dep_ == "advcl" and pronoun is not None and pronoun.lower_ == "it":
            named = [
                c
                for c in tok.head.children
                if c.dep_ in ("nsubj", "nsubjpass") and c.ent_type_ in ("GPE", "ORG", "NORP")
            ]
            if named:
                # "warned that Peru will be met with force if it attacks": the clause's own
                # country, not the one who warns
                return named[0]
        tok = tok.head
    return None


def adjacent_subject(verb: Token, unit_start: int) -> Token | None:
    """A misparsed subject: the name right before the verb ("President Xi Jinping has
    pledged" when the parser hung the name elsewhere)."""
    if verb.tag_ in ("VB", "VBG") or any(
        c.lower_ == "to" and c.dep_ == "aux" for c in verb.children
    ):
        return None  # an infinitive or participle has no subject of its own to misplace
    if _passive_marks(verb):
        return None  # "the tariffs on Peru were imposed": what was done, not who did it
    if small_clause_subject(verb) is not None:
        return None  # "wants the sanctions on Peru lifted": Peru lifts nothing
    i = verb.i - 1
    doc = verb.doc
    while i >= unit_start and doc[i].dep_ in ("aux", "neg", "advmod", "auxpass"):
        i -= 1
    if i < unit_start:
        return None
    tok = doc[i]
    if (
        tok.ent_type_ == "GPE"
        and tok.ent_iob_ == "B"
        and i - 1 >= unit_start
        and doc[i - 1].lower_ == "the"
        and doc[i - 1].ent_type_ == ""
        and tok.lower_ not in _THE_COUNTRIES
    ):
        return None  # "the Paris attacks", "the Mumbai bombings": a place named, not a doer
    if tok.pos_ == "PROPN" and tok.ent_type_ in ("PERSON", "GPE", "ORG", "NORP"):
        return tok
    return None


# one-word country names written with "the"
_THE_COUNTRIES = frozenset(
    {"netherlands", "philippines", "gambia", "congo", "bahamas", "maldives", "seychelles"}
    | {"comoros", "vatican", "kremlin", "uae", "us", "u.s.", "uk", "u.k."}
)


def is_infinitive(verb: Token) -> bool:
    """A "to" infinitive: "wants China to stop", "sanctions to pressure North Korea"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def object_heads(verb: Token) -> list[Token]:
    out: list[Token] = []
    for child in verb.children:
        if child.dep_ in ("dobj", "dative"):
            out.extend(members(child))
    if not out and verb.pos_ == "VERB":
        out = [m for o in shared_objects(verb) for m in members(o)]
    done_to = small_clause_subject(verb)
    if done_to is not None:
        out.extend(members(done_to))  # "wants the sanctions on Peru lifted"
    return out


def shared_objects(verb: Token) -> list[Token]:
    """The object a verb shares with the verb coordinated right after it ("canceled or
    delayed joint drills", "condemned and rejected the strikes"): the second verb's direct
    objects, when nothing but the conjunction stands between the two and the second has no
    subject of its own."""
    nxt = verb.i + 2
    if nxt >= len(verb.doc) or verb.doc[verb.i + 1].dep_ != "cc":
        return []
    second = verb.doc[nxt]
    if second.head != verb or second.dep_ != "conj" or second.pos_ != "VERB":
        return []
    if any(c.dep_ in ("nsubj", "nsubjpass", "prt") for c in second.children):
        return []
    return [c for c in second.children if c.dep_ == "dobj"]


def marked_clause(head: Token, marks: Collection[str]) -> bool:
    """Is `head` an adverbial clause opened by one of `marks` ("if troops withdraw", "after
    Moscow used a nerve agent")?"""
    return head.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in marks for c in head.children
    )


def prep_objects(token: Token, preps: tuple[str, ...]) -> list[Token]:
    out: list[Token] = []
    for child in token.children:
        if child.dep_ in ("prep", "dative") and child.lower_ in preps:
            for obj in child.children:
                if obj.dep_ in ("pobj", "pcomp"):
                    out.extend(members(obj))
        elif child.dep_ == "advmod" and child.lower_ == "back":
            out.extend(prep_objects(child, preps))  # "sent troops back into Iraq"
    return out


# the marks of a time clause, whose present tense tells the time of its main clause
_WHEN_MARKS = frozenset({"when", "once", "after", "as", "while"})


def _bare_present(verb: Token) -> bool:
    """A present-tense verb with no auxiliary, as a clause of time names what is yet to come
    ("before Abbas visits", "when they meet"; the tagger takes "Mr. Xi meet" for a bare
    form)."""
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    return (
        verb.tag_ == "VB"
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
        and any(c.dep_ == "nsubj" for c in verb.children)
    )


def _conditioned(clause: Token) -> bool:
    """A clause that is itself a condition ("if he can't make a deal")."""
    return any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in clause.children)


def _still_ahead(clause: Token) -> bool:
    """A clause about what has not happened yet: with "will", planned or hoped for, or
    expected ("is likely to", "is set to")."""
    for tok in (clause, *clause.ancestors):
        if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in tok.children):
            return True
        lemma = tok.lemma_.lower()
        if lemma in INTENT_LEMMAS or lemma in RAISING_LEMMAS:
            return True
        if tok.dep_ not in ("xcomp", "ccomp", "conj", "advcl"):
            return False
    return False


def agent_objects(verb: Token) -> list[Token]:
    """The by-phrase of a passive verb or noun ("was sanctioned by the EU"); for a passive
    verb with none of its own, the one the parser hangs on its infinitive ("was invited to
    speak to Congress by the Speaker": the Speaker invited)."""
    out = _by_objects(verb)
    if not out and verb.pos_ in ("VERB", "AUX") and is_passive(verb):
        for child in verb.children:
            if child.dep_ == "xcomp" and is_infinitive(child) and not is_passive(child):
                out.extend(_by_objects(child))
                if not out:
                    # "was invited to speak in front of a joint session of Congress by House
                    # Speaker John Boehner": the parser hangs the by-phrase on a noun of the
                    # infinitive's phrase, which names no doer of its own
                    out.extend(_by_on_a_noun(child))
    return out


def _by_on_a_noun(clause: Token) -> list[Token]:
    """A by-phrase naming a party, hung on a plain noun of `clause`'s own phrases."""
    for tok in clause.subtree:
        if tok.dep_ in ("relcl", "acl", "advcl", "ccomp"):
            return []
        if tok.dep_ == "prep" and tok.lower_ == "by" and tok.head.pos_ in ("NOUN", "PROPN"):
            named = [
                o
                for o in tok.children
                if o.dep_ == "pobj"
                and any(t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") for t in o.subtree)
            ]
            if named:
                return named
    return []


def _by_objects(verb: Token) -> list[Token]:
    out: list[Token] = []
    for child in verb.children:
        if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "by"):
            for obj in child.children:
                if obj.dep_ == "pobj":
                    out.extend(members(obj))
    return out


def governing_verb(token: Token) -> Token | None:
    """The nearest verb above a noun ("during talks" -> Speaking; "held talks" -> held)."""
    tok = token
    for _ in range(6):
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        # an adjectival participle ("seaborne", "growing") is no clause of its own
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("amod", "compound"):
            return tok
    return None


# "failed to reach a deal", "declined to threaten Moscow": the act embedded did not happen
NOT_DONE_LEMMAS = ("fail", "decline", "refuse", "avoid", "neglect")
# adjectives whose infinitive is not done: "has been reluctant to send troops", "is unwilling
# to meet", "was unable to reach a deal"
NOT_DONE_ADJECTIVES = frozenset(
    {"reluctant", "unwilling", "hesitant", "loath", "loth", "averse", "unable", "disinclined"}
)


# verbs of holding oneself back "from" doing a thing, which is then not done
_HOLDING_BACK = frozenset({"refrain", "abstain", "desist"})
# verbs that say how a deed looks, not who does it: their negation is the deed's
_RAISING_VERBS = frozenset({"seem", "appear", "tend", "happen"})
# adjectives of being able or willing to do something, with its infinitive
_WILLING_ADJECTIVES = frozenset(
    {"able", "ready", "prepared", "willing", "poised", "eager", "keen", "determined", "inclined"}
)


# Words of saying whose plural noun is their third-person verb ("denied Kremlin claims that")
_NOUN_LIKE_SAYING = frozenset({"claim", "report", "charge", "rumor", "rumour"})


def is_negated(token: Token) -> bool:
    for child in token.children:
        if child.dep_ == "neg" or (
            child.lower_ in ("never", "no", "neither")
            and child.dep_ in ("neg", "det", "advmod", "preconj")
        ):
            return True
    if token.dep_ == "conj" and any(
        c.dep_ == "cc" and c.lower_ == "nor" for c in token.head.children
    ):
        return True  # "will neither beg for talks nor evade a clash": no evading either
    if token.pos_ in ("VERB", "AUX") and any(
        c.dep_ in (*SUBJECT_DEPS, "nsubjpass") and any(p.lower_ == "neither" for p in c.children)
        for c in token.children
    ):
        return True  # "Neither Speaker Ryan nor anyone on his team has ever asked for ..."
    if _negated_alternative(token):
        return True  # "did not confirm or deny", "imposed no sanctions or tariffs"
    denier = token.head
    if denier.lemma_.lower() == "deny" and (
        (token.tag_ == "VBG" and token.dep_ in ("xcomp", "dobj"))
        or (
            token.dep_ == "ccomp"
            and not any(c.dep_ == "dobj" for c in denier.children)
            and not (token.tag_ == "VBZ" and token.lemma_.lower() in _NOUN_LIKE_SAYING)
        )
    ):
        # "has denied visiting Prague", "denied that he asked Comey to stop": no visit and no
        # request, as the one denying tells it (but "denied Kremlin claims that American
        # officials had threatened to ..." passes the Kremlin's claim on, and so does
        # "denied Kremlin claims that ..." when the parser reads "claims" as a verb)
        return True
    if token.dep_ == "pcomp" and token.head.lower_ == "without":
        return True  # "cut crime without asking people to pay more taxes": no asking
    if token.dep_ == "pcomp" and token.head.lower_ == "of" and _stops_short(token.head.head):
        return True  # "stopped short of pulling out of the agreement": no pulling out
    if kept_from(token) is not None:
        return True  # "prevented Bolivia from attacking Chile": no attack
    if (
        token.dep_ == "pcomp"
        and token.head.lower_ == "from"
        and token.head.head.lemma_.lower() in _HOLDING_BACK
    ):
        return True  # "has refrained from imposing sanctions", "abstained from criticizing"
    if token.dep_ in ("relcl", "acl") and token.head.lower_ in ("anything", "nothing"):
        # "did nothing to stop the attacks", "would not do anything to hurt relations": no
        # stopping, no hurting
        return token.head.lower_ == "nothing" or is_negated(token.head.head)
    if token.dep_ != "xcomp":
        return False
    head = token.head
    if head.lemma_.lower() in _RAISING_VERBS and is_negated(head):
        return True  # "doesn't seem to want to", "did not appear to attack": not told as done
    # "has yet to impose sanctions", "is yet to recognize it": not done (so far)
    yet = head.lemma_.lower() in ("have", "be") and any(
        c.dep_ == "advmod" and c.lower_ == "yet" for c in head.children
    )
    # the negation hangs on the adjective or participle, or on its copula
    said = [head, head.head] if head.dep_ in ("acomp", "oprd") else [head]
    denied = any(c.dep_ == "neg" for t in said for c in t.children)
    if head.pos_ == "ADJ" and head.lower_ in NOT_DONE_ADJECTIVES:
        return not denied  # (not "is not reluctant to")
    if denied and (
        head.lower_ in _WILLING_ADJECTIVES
        or (head.lemma_.lower() in _PERMITTING and any(c.dep_ == "auxpass" for c in head.children))
    ):
        # "was not authorized to discuss the matter", "were not allowed to visit the site",
        # "is not able to attend", "is not keen to crack down": what one may not, cannot or
        # will not do is not told as done
        return True
    return yet or head.lemma_.lower() in NOT_DONE_LEMMAS


def _stops_short(head: Token) -> bool:
    """ "short" in "stopped short of", "fell short of", or the verb that has it."""
    if head.lower_ == "short":
        head = head.head
    return head.lemma_.lower() in ("stop", "fall") and any(
        c.lower_ == "short" for c in head.children
    )


def _negated_alternative(token: Token) -> bool:
    """Is `token` the second of two alternatives ("X or Y") whose first is negated, with no
    subject or auxiliary of its own? The negation covers both: "did not confirm or deny"
    denies nothing (but "did not confirm it, or he denied it" is a clause of its own)."""
    head = token.head
    if token.dep_ != "conj" or head.pos_ != token.pos_:
        return False
    if not any(c.dep_ == "cc" and c.lower_ == "or" for c in head.children):
        return False
    if any(c.dep_ in SUBJECT_DEPS or c.dep_ in ("aux", "auxpass", "neg") for c in token.children):
        return False
    return any(
        c.dep_ == "neg" or (c.lower_ in ("never", "no") and c.dep_ in ("det", "advmod"))
        for c in head.children
    )


def is_purpose_clause(verb: Token) -> bool:
    """An infinitive telling what another act is for ("traveled to Brussels to meet Bush",
    "imposed sanctions to pressure North Korea"): the guidelines code the act, not its
    purpose."""
    return (
        verb.dep_ == "advcl"
        and verb.head.lemma_.lower() not in _JOINING_LEMMAS
        and verb.tag_ == "VB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)
        and _controller(verb) is None
    )


# Nouns whose "on/over/about/for/towards" + gerund names an act sought, not done ("talks on
# ending the war"), and nouns whose "of" + gerund names an act only thought of ("the
# prospect of Putin visiting")
_AIM_NOUNS = frozenset(
    {"talk", "negotiation", "discussion", "dialogue", "plan", "proposal", "effort", "bid",
     "push", "move", "step", "progress", "deal", "agreement", "framework", "roadmap"}
)  # fmt: skip
PROSPECT_NOUNS = frozenset(
    {"prospect", "possibility", "idea", "option", "threat", "risk", "chance", "likelihood",
     "danger", "fear", "hope", "notion", "question", "suggestion", "talk", "scenario"}
)  # fmt: skip
_TOPIC_PREPS = {
    "on": _AIM_NOUNS, "over": _AIM_NOUNS, "about": _AIM_NOUNS, "for": _AIM_NOUNS,
    "towards": _AIM_NOUNS, "toward": _AIM_NOUNS, "of": PROSPECT_NOUNS,
}  # fmt: skip


# verbs of talking or thinking about an act, which tell no act: "had talked about pulling
# out of Syria", "dreams of invading"
_MUSING_LEMMAS = frozenset(
    {"talk", "speak", "think", "dream", "muse", "joke", "fantasize", "fantasise", "mull", "chat"}
)


def _mused_about(gerund: Token) -> bool:
    """A gerund under "about" or "of" on a verb of talking or thinking: an act talked of."""
    prep = gerund.head
    return (
        prep.dep_ == "prep"
        and prep.lower_ in ("about", "of")
        and prep.head.pos_ == "VERB"
        and prep.head.lemma_.lower() in _MUSING_LEMMAS
    )


def topic_noun(gerund: Token) -> str | None:
    """The lemma of the noun a gerund's preposition hangs on, when that preposition names
    what the noun is about ("talks on ending", "the prospect of visiting"); else None."""
    prep = gerund.head
    noun = prep.head
    nouns = _TOPIC_PREPS.get(prep.lower_)
    if prep.dep_ != "prep" or noun.pos_ != "NOUN" or nouns is None:
        return None
    lemma = noun.lemma_.lower()
    return lemma if lemma in nouns else None


# adjectives that weigh whether a clause is so: "it is unlikely that Chile will sign"
_LIKELIHOOD_ADJ = frozenset(
    {"likely", "unlikely", "possible", "impossible", "probable", "improbable", "doubtful"}
    | {"unclear", "uncertain", "conceivable", "inconceivable"}
)


def _weighs_likelihood(head: Token) -> bool:
    """Is `head` (the word a "that" clause hangs on) an adjective of likelihood, or the
    copula whose complement is one?"""
    if head.lemma_.lower() in _LIKELIHOOD_ADJ:
        return True
    return head.lemma_ == "be" and any(
        c.dep_ == "acomp" and c.lemma_.lower() in _LIKELIHOOD_ADJ for c in head.children
    )


# adjectives that weigh an act named by an infinitive ("it is hard for X to ...")
_WEIGHING_ADJ = _LIKELIHOOD_ADJ | frozenset(
    {"difficult", "hard", "easy", "tough", "important", "necessary", "essential", "crucial"}
    | {"vital", "imperative", "critical", "urgent", "unfeasible", "infeasible", "feasible"}
    | {"impossible", "dangerous", "risky", "unthinkable", "unrealistic", "realistic", "unwise"}
)


def _weighed_infinitive(verb: Token) -> bool:
    """An infinitive that an adjective of likelihood, ease or need weighs: "it will be
    difficult for Europe to cut ties", "it is important to engage Iran"; or one a noun
    weighs with its own subject ("an obstacle for China to reach a deal")."""
    if not is_infinitive(verb):
        return False
    head = verb.head
    if (
        head.pos_ == "NOUN"
        and verb.dep_ in ("advcl", "acl", "relcl")
        and any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children)
    ):
        return True  # "a key obstacle for China to reach a deal", "time for Peru to act"
    if verb.dep_ not in ("advcl", "xcomp", "ccomp", "csubj"):
        return False
    if head.lemma_.lower() in _WEIGHING_ADJ and head.pos_ == "ADJ":
        return True
    return head.lemma_ == "be" and any(
        c.dep_ == "acomp" and c.lemma_.lower() in _WEIGHING_ADJ for c in head.children
    )


# words that rank the one an infinitive is said of: "the first leader to congratulate him"
_RANKING_WORDS = frozenset({"first", "last", "only", "second", "third", "latest", "sole"})


def ranked_infinitive(verb: Token) -> Token | None:
    """The copula of "X was the first / only / last <noun> to <verb>" (or "among the first
    leaders to"), when `verb` is that infinitive: X did it, as the copula tells it ("would be
    the first president to visit" is not done yet). None for any other verb."""
    if not is_infinitive(verb):
        return None
    if verb.dep_ in ("acl", "relcl") and verb.head.pos_ in ("NOUN", "PROPN"):
        nouns = [verb.head]
    elif verb.dep_ in ("advcl", "xcomp") and verb.head.lemma_ in ("be", "become"):
        # the parser may hang "to congratulate" on the copula
        nouns = [
            n
            for c in verb.head.children
            if c.dep_ in ("attr", "prep")
            for n in ([c] if c.dep_ == "attr" else [o for o in c.children if o.dep_ == "pobj"])
        ]
    else:
        return None
    for noun in nouns:
        if not any(c.dep_ == "amod" and c.lower_ in _RANKING_WORDS for c in noun.children):
            continue
        head = noun.head
        if noun.dep_ == "pobj" and head.lower_ == "among":
            head = head.head
        elif noun.dep_ != "attr":
            continue
        if head.lemma_ in ("be", "become") and head.i < verb.i:
            return head
    return None


# adverbs that pass a claim on without the writer's word for it
_HEARSAY_ADVERBS = frozenset({"allegedly", "reportedly", "purportedly", "supposedly"})


# the auxiliaries that put a condition first without "if": "had Japan shot it down",
# "were China to invade", "should talks fail"
_INVERTING_AUX = frozenset({"had", "were", "should"})


def _inverted_condition(clause: Token) -> bool:
    """An adverbial clause opened by an auxiliary before its subject: a condition ("Had
    Japan shot down the missile, it could have faced a response", "Were China to invade
    Taiwan, ...")."""
    if clause.dep_ != "advcl":
        return False
    first = clause.left_edge
    if first.lower_ not in _INVERTING_AUX:
        return False
    if first.i != clause.i and not (first.head.i == clause.i and first.dep_ in ("aux", "auxpass")):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i > first.i for c in clause.children)


_LIKELIHOOD_ADVERBS = frozenset({"likely", "probably", "possibly", "perhaps", "maybe"})


def _obligation(tok: Token, report_lemmas: frozenset[str]) -> bool:
    """Is `tok` the infinitive of "need to", or of a present "have to" ("has to leave"), the
    "to" right after it? Not one of saying or owning up to something ("we have to say that
    ...", "we have to recognize that ...": said all the same), nor a "have" with an object
    ("has troops in Syria to support Assad": a purpose)."""
    head = tok.head
    if tok.dep_ != "xcomp" or head.pos_ not in ("VERB", "AUX") or head.i > tok.i:
        return False
    if tok.lemma_.lower() in report_lemmas or any(c.dep_ == "ccomp" for c in tok.children):
        return False
    to = next((c for c in tok.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    if to is None or to.i != head.i + 1:
        return False
    lemma = head.lemma_.lower()
    return lemma == "need" or (lemma == "have" and head.tag_ in ("VBZ", "VBP"))


def mode_of(anchor: Token, report_lemmas: frozenset[str]) -> str:
    """asserted | future | hypothetical | reported, from the clause `anchor` heads.

    Reported speech wins over a backshifted "would" ("Xi said China would continue"):
    the event is the speaker's report. A condition ("if", "unless") makes it hypothetical.
    """
    ranked = ranked_infinitive(anchor)
    if ranked is not None:
        # "was among the first leaders to congratulate him": told, as the copula tells it
        return mode_of(ranked, report_lemmas)
    sent = anchor.sent
    if sent[-1].text == "?" or (len(sent) > 1 and sent[-1].is_punct and sent[-2].text == "?"):
        return "hypothetical"  # asked about, not told: "will Russia reinstate sanctions?"
    mode = "asserted"
    backshifted = False
    tok = anchor
    own_clause = True  # aux words count on the anchor's clause and the clauses it is part of
    for _ in range(8):
        for child in tok.children:
            low = child.lower_
            if child.dep_ == "aux" and mode == "asserted" and own_clause:
                if low in FUTURE_AUX and _ongoing(tok):
                    pass  # "the U.S. will continue to pressure the regime": already doing it
                elif low in FUTURE_AUX:
                    mode = "future"
                elif low in HYPOTHETICAL_AUX:
                    mode = "hypothetical"
                    backshifted = low in ("would", "'d")
            if (
                child.dep_ == "advmod"
                and low in _HEARSAY_ADVERBS
                and mode == "asserted"
                and own_clause
            ):
                mode = "reported"  # "China allegedly sold oil to North Korea": claimed
            if (
                child.dep_ == "advmod"
                and low in _LIKELIHOOD_ADVERBS
                and mode in ("asserted", "future")
                and tok is anchor
                and tok.pos_ == "VERB"
            ):
                # "Trump and Xi will likely meet at the G20", "Moscow probably sold the
                # arms": weighed, not told (on the act's own verb only: "this launch can
                # possibly be a test" weighs what the launch was, not whether it happened)
                mode = "hypothetical"
            if child.dep_ == "mark" and (
                low in CONDITIONAL_MARKS
                or (low == "as" and tok.dep_ == "advcl" and tok.head.lower_ == "long")
                or (low == "that" and tok.head.lower_ in ("provided", "providing"))
            ):
                # "if", "unless"; "as long as there were guarantees", "provided that ..."
                return "hypothetical"
            if (
                child.dep_ == "mark"
                and low in ("before", "until")
                and own_clause
                and _bare_present(tok)
            ):
                # "days before Abbas visits the Vatican", "before Mr. Trump and Mr. Xi meet":
                # not yet
                mode = "future"
            if (
                child.dep_ in ("mark", "advmod")
                and low in _WHEN_MARKS
                and own_clause
                and _bare_present(tok)
                and tok.dep_ == "advcl"
            ):
                # (not under a negated clause: "will not reopen it when they refuse" is a state)
                if _still_ahead(tok.head) and not is_negated(tok.head):
                    # "is likely to raise it when he meets Putin", "hopes to reach an
                    # understanding when he visits Washington": the present of a time yet
                    # to come
                    mode = "future"
                elif _conditioned(tok.head):
                    # "if he can't make a deal with Xi when they meet": the meeting is part
                    # of the condition, not told
                    mode = "hypothetical"
        if _inverted_condition(tok):
            return "hypothetical"  # "had Japan shot down the missile, ...": what did not happen
        if (
            tok.dep_ in ("acl", "ccomp", "appos")
            and tok.head.pos_ == "NOUN"
            and any(c.dep_ == "det" and c.lower_ == "no" for c in tok.head.children)
        ):
            return "hypothetical"  # "there is no evidence that Moscow backed it"
        if tok.dep_ == "ccomp" and _weighs_likelihood(tok.head):
            return "hypothetical"  # "it is unlikely that an agreement will be reached"
        if _weighed_infinitive(tok):
            # "it will be difficult for Europe to cut ties", "it is important for Peru to
            # attend": an act weighed, not told
            return "hypothetical"
        if tok.dep_ in ("ccomp", "parataxis") and tok.head.lemma_.lower() in report_lemmas:
            # "said Russia would act": a backshifted will, reported; "said Russia should /
            # could act" stays a possibility, whoever says it
            return mode if mode == "hypothetical" and not backshifted else "reported"
        if mode == "asserted" and tok.tag_ == "VBG" and tok.dep_ == "pcomp":
            # an act named as what talks, a plan or a prospect are about is not done:
            # "talks on ending the war", "a plan for lifting sanctions", "the prospect of
            # Putin visiting Washington"
            topic = topic_noun(tok)
            if topic in _AIM_NOUNS:
                return "intended"
            if topic in PROSPECT_NOUNS or _mused_about(tok):
                return "hypothetical"
        if mode == "asserted" and (
            (tok.dep_ == "xcomp" and tok.head.lemma_.lower() in INTENT_LEMMAS)
            or (tok.dep_ == "acl" and tok.head.lemma_.lower() in INTENT_NOUNS)
            or (
                tok.dep_ == "pcomp"
                and tok.head.lower_ == "at"
                and tok.head.head.lemma_.lower() in _AIMING_LEMMAS
            )
        ):
            # "aim to pressure Russia", "his plan to address Congress", "talks aimed at
            # ending the war"
            return "intended"
        if (
            mode == "asserted"
            and tok.dep_ in ("acl", "relcl")  # (the parser's name for some: "a deadline to")
            and tok.head.pos_ == "NOUN"
            and (
                tok.head.lemma_.lower() not in _DONE_NOUNS
                # "any move to recognize Jerusalem": a move yet to be made
                or any(
                    c.dep_ == "det" and c.lower_ in ("any", "a", "an") for c in tok.head.children
                )
            )
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
        ):
            # "an invitation to meet", "his threat to raise tariffs", "pressure to halt the
            # deal": the infinitive of a noun names an act to come, not one told
            asked = tok.head.lemma_.lower() in REQUEST_LEMMAS | _REQUEST_NOUNS
            return "hypothetical" if asked else "intended"
        if mode == "asserted" and tok.dep_ == "csubj" and tok.tag_ == "VBG":
            # "recognizing Jerusalem as Israel's capital is a red line": an act talked
            # about, not one told
            return "hypothetical"
        if mode == "asserted" and is_purpose_clause(tok):
            return "intended"  # "flew to Brussels to meet Bush": what the trip is for
        if (
            mode == "asserted"
            and tok.head.lemma_.lower() in REQUEST_LEMMAS
            and (_controller(tok) is not None or _infinitive_with_subject(tok))
        ):
            # "pushed Beijing to open its economy", "the deal allows Iran to test missiles":
            # asked or allowed, not done
            return "hypothetical"
        if (
            mode == "asserted"
            and is_judged_deed(tok)
            and tok.head.head.lemma_.lower() in ALLEGING_LEMMAS
        ):
            return "reported"  # "accused the U.S. of violating the law": alleged, not told
        if (
            mode == "asserted"
            and tok.dep_ == "pcomp"
            and tok.head.lower_ == "as"
            and tok.head.head.lemma_.lower() in _TELLING_AS
        ):
            return "reported"  # "the BBC quoted Kim as scoffing at the sanctions"
        if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in RAISING_LEMMAS and mode == "asserted":
            mode = "future"
        if mode == "asserted" and _obligation(tok, report_lemmas):
            # "Democrats need to criticize the Republicans", "Britain has to condemn Russia":
            # what one is bound to do, as with "must", is not done
            return "hypothetical"
        if (
            mode == "asserted"
            and tok.dep_ == "xcomp"
            and tok.head.lemma_ == "be"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
            # "the reaction has been to reduce sharing": what was done
            and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in tok.head.children)
        ):
            mode = "future"  # "the WTO is to hold talks": arranged, not yet done
        if (
            # (and "acomp": "whether they will be able to agree" is the copula's clause)
            tok.dep_ in ("xcomp", "conj", "ccomp", "prep", "pobj", "dobj", "pcomp", "acomp")
            and tok.head.i != tok.i
        ):
            # "X may have doubts and he urged ...": a joined clause with its own subject
            # does not share the other clause's "may" (its "if" and reporting verb it does)
            if tok.dep_ == "conj" and any(c.dep_ in SUBJECT_DEPS for c in tok.children):
                own_clause = False
                if any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children) and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in tok.head.children
                ):
                    # "said Kim expressed a commitment to complete denuclearization and that
                    # the leader still wants to meet Trump": a that-clause the parser joined
                    # to an infinitive is joined to the clause above it, not to the act aimed at
                    up = tok.head
                    while up.dep_ not in ("ROOT", "ccomp", "parataxis") and up.head.i != up.i:
                        up = up.head
                    tok = up
                    continue
            if tok.dep_ == "ccomp" and _of_relative_subject(tok.head):
                break  # a relative clause the parser made the sentence's root (below)
            tok = tok.head
            continue
        break
    if mode == "future" and _trailing_report(tok, report_lemmas):
        # "Russia will further decrease its holdings ..., Finance Minister Anton Siluanov said
        # on state TV": the parser joined the speaker's verb to the clause it reports
        return "reported"
    return mode


def _ongoing(verb: Token) -> bool:
    """Does "will" with this verb tell what goes on ("will continue to oppose settlement
    expansion", "will always stand with Israel"), not what is yet to come?"""
    if verb.lemma_.lower() == "continue" and any(c.dep_ == "xcomp" for c in verb.children):
        return True
    return any(c.dep_ == "advmod" and c.lower_ == "always" for c in verb.children)


def _of_relative_subject(verb: Token) -> bool:
    """Is the verb's subject "both of whom", "all of which" ...: a relative clause, which the
    parser may make the root with the main clause hung on it ("He has been at loggerheads with
    Clinton and Obama, both of whom could barely conceal their disdain": no "could" for the
    main clause)?"""
    return any(
        c.dep_ in SUBJECT_DEPS
        and any(
            p.dep_ == "prep"
            and p.lower_ == "of"
            and any(o.lower_ in ("whom", "which") for o in p.children)
            for p in c.children
        )
        for c in verb.children
    )


def _trailing_report(top: Token, report_lemmas: frozenset[str]) -> bool:
    """Does a reporting verb with a subject of its own and nothing it says besides follow the
    clause after a comma, as its speaker ("..., the minister said on Sunday")?"""
    return any(
        child.dep_ in ("conj", "parataxis") and _speaker_clause(child, report_lemmas)
        for child in top.children
    )


def _speaker_clause(verb: Token, report_lemmas: frozenset[str], depth: int = 0) -> bool:
    """ "..., Finance Minister Anton Siluanov said on state TV[, RIA news agency reported]":
    a reporting verb after a comma, with its own subject and nothing said but another such
    clause."""
    if verb.lemma_.lower() not in report_lemmas or depth > 2:
        return False
    if not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return False
    if any(
        c.dep_ in ("ccomp", "dobj", "xcomp") and not _speaker_clause(c, report_lemmas, depth + 1)
        for c in verb.children
    ):
        return False
    first = next(t for t in verb.subtree if not t.is_punct)
    return first.i > 0 and verb.doc[first.i - 1].text == ","
