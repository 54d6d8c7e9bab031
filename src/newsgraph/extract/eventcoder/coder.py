"""The event coder proper: lexicon matches in one sentence -> coded event candidates.

Steps, per sentence: match every token against the lexicon; let wrapping frames
("pledged to", "called for", "threatened to", "refused to") swallow the event they embed
and re-code it (pledge + boost trade = 031, not 061); skip reporting, support and
"undergo" verbs (they make no event but lend their subject, mode and negation to the
noun they carry: "held talks", "faces sanctions"); then find each event's sources and
targets in the parse.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from newsgraph.extract.eventcoder import clauses
from newsgraph.extract.eventcoder.actors import (
    ANCESTRY_NOUNS,
    RELATIONAL_NOUNS,
    ActorResolver,
    ResolvedActor,
    actor_table,
    agreements,
    unique,
)
from newsgraph.extract.eventcoder.lexicon import (
    CONTAINER_NOUNS,
    WRAPPING_FRAMES,
    LexEntry,
    Lexicon,
    container_of,
    contents,
    object_heads,
    particle_of,
    words_of,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# How a wrapping frame re-codes the event it embeds, by the embedded code (longest prefix
# wins). "*" is the frame's code when nothing more specific applies.
FRAME_CODES: dict[str, dict[str, str]] = {
    "intent": {
        "04": "036",
        "045": "039",
        "05": "032",
        "057": "030",
        "061": "0311",
        "062": "0312",
        "06": "031",
        "07": "033",
        "08": "035",
        "0871": "037",
        "03": "030",
        "*": "030",
    },
    "appeal": {
        "04": "026",
        "045": "028",
        "05": "022",
        "06": "021",
        "07": "023",
        "08": "025",
        "0871": "027",
        "*": "020",
    },
    "demand": {
        "04": "108",
        "05": "102",
        "07": "103",
        "0873": "106",
        "166": "106",
        "0871": "107",
        "09": "101",
        "*": "100",
    },
    "threat": {
        "16": "132",
        "164": "134",
        "17": "131",
        "15": "138",
        "18": "138",
        "19": "138",
        "20": "138",
        "*": "130",
    },
    "refuse": {
        "04": "125",
        "045": "126",
        "057": "127",
        "06": "121",
        "07": "122",
        "08": "124",
        "*": "120",
    },
}
# Embedded conflict events under an intent verb stay what they are, marked "intended"
# ("vowed to condemn" is not cooperation).
_INTENDED_ROOTS = ("09", "10", "11", "12", "13", "14")
_PLEDGED_THREATS = ("16", "17", "18", "19", "20")
# Roots of force (15 posture, 17 coerce, 18 assault, 19 fight, 20 mass violence): their
# target may be where the force is aimed ("over", "at").
VIOLENT_ROOTS = ("15", "17", "18", "19", "20")
_VIOLENT_PREPS = ("over", "at")
_WHERE_PREPS = ("in", "inside", "across")
# what a reaction is about, when its verb names no one it is aimed at
_ABOUT_PREPS = ("of", "about", "at", "over")
_ABOUT_ROOTS = ("10", "11", "12")
# verbs whose object is what is kept from happening
_AVERTING = frozenset({"avoid", "prevent", "avert", "forestall", "deter", "stave"})
# verbs of getting ready: what one is ordered to prepare or plan is not done by the order
_PREPARING = frozenset({"prepare", "plan", "consider", "weigh", "study"})
NAME_TYPES = ("ORG", "FAC", "LAW", "EVENT", "WORK_OF_ART", "PRODUCT", "PERSON", "GPE", "NORP")


# "talks between" more countries than this are a conference, not pairs of parties (four
# countries would make twelve dyads)
_MAX_PARTIES = 3
# roots of things given or shared, whose recipient a passive names with "to" (06 material
# cooperation, 07 aid, 08 yield)
_GIVING_ROOTS = ("06", "07", "08")
# intent frames of one's own act only: "hoped to meet Kim" is an intent, "hopes that the U.S.
# will return to the talks" wishes another's act
_OWN_ACT_FRAMES = frozenset({"hope"})
CAUSATIVE_ORDERS = ("order", "direct", "instruct", "command")
# Acts done by saying one wants to do them: "I want to thank", "we wish to congratulate"
_WISHES = frozenset({"want", "wish"})
_PERFORMATIVES = frozenset(
    {"thank", "congratulate", "commend", "apologize", "apologise", "salute", "applaud"}
)
_SPEAKERS_SELF = frozenset({"he", "she", "they"})


def _says_it(wish: Token) -> bool:
    """The one who wishes is the one speaking: "I want to thank", "we wish to", or "he said he
    wanted to congratulate" (not "Peru wants to thank Chile", a wish still to be done)."""
    subjects = [c.lower_ for c in wish.children if c.dep_ == "nsubj"]
    if not subjects:
        return False
    if subjects[0] in ("i", "we"):
        return True
    head = wish.head
    return (
        subjects[0] in _SPEAKERS_SELF
        and wish.dep_ == "ccomp"
        and head.lemma_.lower() in ("say", "tell")
        and any(c.dep_ == "nsubj" for c in head.children)
    )


def frame_code(frame: str, embedded: str | None) -> tuple[str, bool]:
    """The code for a wrapping frame around `embedded`; True when the embedded code is kept."""
    table = FRAME_CODES[frame]
    if embedded == "166" and frame in ("intent", "appeal", "refuse"):
        # a withdrawal of troops (166 in our gold) that is intended, asked for or refused is
        # the yielding CAMEO codes there: "wants to withdraw troops" 0356, "urged Peru to
        # withdraw" 025, "refused to pull out" 124
        embedded = "087"
    if embedded is None:
        return table["*"], False
    if frame == "intent" and embedded[:2] in _PLEDGED_THREATS:
        # a pledge to do harm is a threat ("vowed to crush the rebels", "pledged to cut off
        # aid"): the guidelines' and CAMEO's reading
        return frame_code("threat", embedded)
    if frame == "intent" and embedded[:2] in (*_INTENDED_ROOTS, "15"):
        return embedded, True
    for n in (4, 3, 2):
        if embedded[:n] in table and len(embedded) >= n:
            return table[embedded[:n]], False
    return table["*"], False


# words of harm that no lexicon entry codes as an event of its own: pledged ("vowed to
# retaliate") or foretold in a warning (speech.py), they make a threat (130)
HARM_WORDS = frozenset(
    {"retaliate", "retaliation", "revenge", "punishment", "consequence", "retribution"}
    | {"reprisal"}
)
# ... and those only pledged: "vowed to apply more pressure", "promised discomfort"
_PLEDGED_HARM = HARM_WORDS | {"avenge", "punish", "pressure", "discomfort", "payback"}
_PLEDGES = frozenset({"vow", "pledge", "promise", "swear"})
# people named by a deed or a side they take: what their "of" phrase names is no act asked
# or pledged ("deal seriously with violators of U.N. sanctions")
_DOER_NOUNS = frozenset(
    {"violator", "perpetrator", "culprit", "victim", "critic", "opponent", "supporter"}
    | {"backer", "proponent", "architect", "organizer", "organiser", "participant"}
)
# people named by what they seek or work for, which is no act asked or pledged ("called for
# stricter laws regulating asylum seekers": no asylum asked for)
_SEEKING_PEOPLE = frozenset({"seeker", "worker", "activist"})
# people an act asked for or pledged stops at
_NOT_ASKED_PEOPLE = _DOER_NOUNS | _SEEKING_PEOPLE


# prepositions of a circumstance, not of what is intended: "vowed to act in response to
# Trump's threat", "pledged to meet after the election"
_CIRCUMSTANCE_PREPS = frozenset(
    {"after", "before", "despite", "amid", "following", "during", "since", "because", "due"}
)
# "in response to", "in protest at", "in the wake of the attack", "in the aftermath of": when
# or why
_CIRCUMSTANCE_NOUNS = frozenset(
    {"response", "reaction", "retaliation", "protest", "defiance", "wake", "aftermath"}
    | {"light", "run-up", "midst", "time"}  # "in time for negotiations"
)


def _circumstance(tok: Token) -> bool:
    """A phrase that tells when or why, not what: "after the talks", "in response to X", "in
    the wake of the attack"."""
    if tok.dep_ != "prep":
        return False
    low = tok.lower_
    if low in _CIRCUMSTANCE_PREPS:
        return True
    return low == "in" and any(
        c.dep_ == "pobj" and c.lemma_.lower() in _CIRCUMSTANCE_NOUNS for c in tok.children
    )


def _vows_harm(trigger: Token) -> Token | None:
    """The word of harm in an intent's own complement ("vowed to retaliate", "promised that
    Russia would cause discomfort"), or the "pay" another is made to ("vowed to make America
    pay")."""
    if trigger.lemma_.lower() not in _PLEDGES:
        return None  # "agreed to push for a ban in retaliation": the harm is not agreed
    for clause in trigger.children:
        if clause.dep_ not in ("xcomp", "ccomp", "acl"):
            continue
        # the act itself or its object, not a word deeper in it
        own = [clause, *(c for c in clause.children if c.dep_ == "dobj")]
        for tok in own:
            if tok.lemma_.lower() in _PLEDGED_HARM and not clauses.is_negated(clause):
                return tok
        action = _action_taken(clause)
        if action is not None and not clauses.is_negated(clause):
            return action  # "vowed to take action against Peru", "... in response to"
        if _dealt_with_sternly(clause) and not clauses.is_negated(clause):
            return clause  # "promised to deal seriously with violators"
        for tok in clause.subtree:
            if tok.lemma_.lower() == "pay" and tok.head.lemma_.lower() == "make":
                return tok
    return None


_ACTION_NOUNS = frozenset({"action", "measure", "step", "countermeasure"})
_STERNLY = frozenset(
    {"seriously", "severely", "harshly", "firmly", "sternly", "strictly", "decisively"}
    | {"resolutely", "forcefully", "mercilessly", "ruthlessly", "strongly", "swiftly"}
)


def _dealt_with_sternly(clause: Token) -> bool:
    """ "deal seriously with violators", "deal harshly with anyone who ...": a firm hand."""
    return (
        clause.lemma_.lower() == "deal"
        and any(c.dep_ == "advmod" and c.lower_ in _STERNLY for c in clause.children)
        and any(c.dep_ == "prep" and c.lower_ == "with" for c in clause.children)
    )


def _action_taken(clause: Token) -> Token | None:
    """ "take action against X", "take the highest-level action in response to Y": action
    taken against someone or in answer to them, which pledged is a threat."""
    if clause.lemma_.lower() != "take":
        return None
    actions = [c for c in clause.children if c.dep_ == "dobj" and c.lemma_.lower() in _ACTION_NOUNS]
    if not actions:
        return None
    action = actions[0]
    aimed = any(p.lower_ == "against" for p in (*clause.children, *action.children))
    answered = any(
        p.lower_ == "in" and _circumstance(p) for p in (*clause.children, *action.children)
    )
    counter = action.lemma_.lower() == "countermeasure"
    return action if aimed or answered or counter else None


# nouns of "the two sides", "both countries", "the two men": a pair named before (not
# "party": "members of both parties" are a country's two parties, not a pair of countries)
PAIR_NOUNS = frozenset(
    {
        "side",
        "country",
        "nation",
        "leader",
        "government",
        "neighbour",
        "neighbor",
        "man",
        "president",
        "delegation",
        "power",
        "ally",
        "capital",
        "economy",  # "the world's two largest economies"
        "state",
        "rival",
        "superpower",
        "firm",
        "company",
        "negotiator",
    }
)
# Nouns whose "of" phrase names their members: "an alliance of X and Y", "a summit of ..."
_GROUPING_NOUNS = frozenset(
    {"alliance", "coalition", "bloc", "partnership", "union", "axis", "summit", "grouping"}
)


# words that make "capitals", "states" or "leaders" local ones, no pair of countries
_LOCAL_PAIR_WORDS = frozenset(
    {"provincial", "regional", "local", "state", "municipal", "tribal", "rebel", "opposition"}
)


def is_pair_phrase(head: Token, *, definite: bool = False) -> bool:
    """ "the two sides", "both countries", "the two leaders": a pair named earlier. With
    `definite`, also a bare "the countries" (the caller then needs the pair in the sentence)."""
    if head.lemma_.lower() not in PAIR_NOUNS or head.tag_ not in ("NNS", "NNPS"):
        return False
    if any(c.dep_ == "amod" and c.lower_ in _LOCAL_PAIR_WORDS for c in head.children):
        return False  # "seized two provincial capitals": two cities, no pair of states
    words = ("two", "both", "the") if definite else ("two", "both")
    return any(
        c.lower_ in words and c.dep_ in ("nummod", "det", "predet", "preconj")
        for c in head.children
    )


# Prepositions of an adverbial phrase: a noun event under them is not what a support verb
# takes ("received support after the airstrikes": the airstrikes are no received thing).
_ADVERBIAL_PREPS = ("after", "before", "since", "despite", "following", "amid", "until")


def _is_attributive(tok: Token) -> bool:
    """A participle before its noun describes it and tells no event of its own: "Russia's
    alleged meddling", "a proposed round of tariffs", "a visiting dignitary"; unless it names
    its doer ("Moscow-backed candidate", "a Saudi-led coalition")."""
    return (
        tok.pos_ == "VERB"
        and tok.dep_ == "amod"
        and tok.tag_ != "VBD"  # a past tense the parser hung on its object: "slammed Trump"
        and tok.i < tok.head.i
        and not any(c.dep_ in ("npadvmod", "compound", "nmod", "agent") for c in tok.children)
        # "The treaty was finalized days before ...": a passive the parser misread
        and not (tok.i > 0 and tok.nbor(-1).lemma_ == "be")
    )


# marks of a clause that tells what happened at another time, maybe by others
_OTHER_TIME_MARKS = frozenset({"after", "before", "since", "until", "once"})
_CONDITION_MARKS = frozenset({"if", "unless"})


# "called" someone, with nothing else said of them: a telephone call (041). The lexicon's
# "call for", "call on", "call off" come first, and a name given is no call ("called Trudeau
# weak", speech.py)
_PHONE_CALL = LexEntry("verb", "call", (), None, frozenset(), "041", "event", "coder.py")
_CALLED_ROLES = frozenset(
    {"president", "minister", "premier", "counterpart", "leader", "ambassador", "chancellor"}
    | {"king", "envoy", "embassy", "kremlin", "prime"}
)


def _yields_to_its_object(verb: Token, entry: LexEntry, matches: dict[int, LexEntry]) -> bool:
    """A verb entry named by its object ("wage war") whose object the lexicon reads as a noun
    event of its own ("waging trade wars", "a diplomatic and legal war", "a war on Chile", "a
    war on drugs"): the noun says what is done (or that nothing is), the verb carries it."""
    if verb.pos_ != "VERB" or entry.frame != "event" or not entry.objects or not entry.code:
        return False
    for obj in object_heads(verb, entry.particle):
        inner = matches.get(obj.i)
        if inner is not None and inner.frame == "event":
            return True
    return False


def _connective_considering(tok: Token) -> bool:
    """ "considering" after a comma with no subject or auxiliary of its own: a connective
    ("described the ad as dishonest, considering Ryan's own proposals"), not an act of
    weighing options ("the U.S. is considering sanctions")."""
    return (
        tok.lemma_.lower() == "consider"
        and tok.tag_ == "VBG"
        and tok.dep_ in ("advcl", "prep")
        and tok.i > 1
        and "," in (tok.doc[tok.i - 1].text, tok.doc[tok.i - 2].text)  # (',"' too)
        and not any(c.dep_ in ("aux", "nsubj", "nsubjpass") for c in tok.children)
    )


def _phone_call(verb: Token) -> bool:
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "call" or clauses.is_passive(verb):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if len(objects) != 1:
        return False
    obj = objects[0]
    if not (
        (obj.pos_ == "PROPN" and obj.ent_type_ in ("", "PERSON", "ORG", "GPE", "NORP"))
        or obj.lemma_.lower() in _CALLED_ROLES
    ):
        return False
    for child in verb.children:
        if child.dep_ in ("prt", "oprd", "attr", "ccomp", "dative", "acomp"):
            return False  # "called off", "called Trudeau weak", "called it a day"
        if child.dep_ == "xcomp" and not any(
            a.dep_ == "aux" and a.lower_ == "to" for a in child.children
        ):
            return False  # a name given the parser hangs as a complement
        if (
            child.dep_ == "prep"
            and child.lower_ in ("for", "on", "upon", "in", "up", "out", "off", "as")
            and not any(o.ent_type_ in ("DATE", "TIME") for o in child.children)
        ):
            return False  # "called on", "called for" (but "called Castillo on Tuesday")
    # a name given right after the object ("called Castillo a liar", misparsed)
    if any(c.dep_ == "appos" and c.pos_ == "NOUN" for c in obj.children):
        return False  # 'called his counterpart "a terrific person"': a name given
    doc = verb.doc
    after = obj.right_edge.i + 1
    while after < len(doc) and doc[after].is_quote:
        after += 1  # 'called his counterpart "a terrific person"'
    return not (after < len(doc) and doc[after].pos_ in ("DET", "ADJ", "NOUN", "PROPN"))


# verbs of asking that, with no one asked, ask leave for one's own act
_ASKING_LEAVE = frozenset({"request", "ask", "seek"})


def _asks_for_oneself(verb: Token, inner: Token | None, frame: str) -> bool:
    """ "Kim had requested to meet him", "asked to visit Lima": an appeal verb with its own
    infinitive and no one asked names the asker's own wish (the guidelines code "seeking a
    meeting" 036), not an appeal to others."""
    if frame != "appeal" or inner is None or verb.lemma_.lower() not in _ASKING_LEAVE:
        return False
    if any(c.dep_ in ("dobj", "dative", "iobj") for c in verb.children):
        return False  # "asked Peru to withdraw"
    return inner.dep_ == "xcomp" and inner.head.i == verb.i and inner.pos_ == "VERB"


# roots of what parties do together, whose object may name them both ("signed the Chile-Peru
# pact", "the talks between Chile and Peru were held")
_JOINT_ROOTS = frozenset({"04", "05", "06"})


# Nouns that name an agreement: one named in passing is what the news is about, not an act
# told here ("the agreement is likely to see the two companies develop refining", "the most
# important economic agreement between Egypt and Israel"); the verbs that make one code it
# ("signed an agreement", "reached a deal"), and so does a support verb whose object it is
# ("announced a historic agreement with Iran", "the agreement that was announced Saturday"),
# or its maker's name ("Obama's nuclear pact with Iran").
_AGREEMENT_NOUNS = frozenset({"agreement", "accord", "pact"})


def _under_what(noun: Token) -> list[Token]:
    """What is "under" the process `noun` names: "NAFTA, which is under renegotiation", "the
    treaty is under negotiation" (the subject of the verb the phrase hangs on, or the noun a
    relative clause's "which" or "that" stands for)."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "under" or noun.head.dep_ != "prep":
        return []
    verb = noun.head.head
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if verb.dep_ == "relcl" and any(s.lower_ in ("which", "that") for s in subjects):
        return [verb.head]
    return subjects


def _named_agreement(noun: Token, entry: LexEntry, matches: dict[int, LexEntry]) -> bool:
    if noun.pos_ not in ("NOUN", "PROPN") or noun.lemma_.lower() not in _AGREEMENT_NOUNS:
        return False
    if not (entry.code or "").startswith("057"):
        return False
    if _not_yet_reached(noun):
        return False  # "an agreement between Japan and the U.S. is close": a hypothetical one
    if _carrier(noun, matches) is not None:
        return False  # "announced a historic agreement with Iran"
    for child in noun.children:
        if child.dep_ == "poss":
            return False  # "Obama's nuclear pact with Iran": its maker is named
        told = matches.get(child.i) if child.dep_ in ("relcl", "acl") else None
        if told is not None and (
            told.frame in ("light", "report") or (told.code or "").startswith("057")
        ):
            return False  # "the trade agreement ... that was announced Saturday"
    return True


# nouns of a standing bond (050): named with no partner ("the alliance's charter", "countries in
# the alliance", "advocates of the alliance") they name a body or a state, not an act
_BOND_NOUNS = frozenset({"alliance", "partnership", "friendship"})


def _named_bond(noun: Token, entry: LexEntry, matches: dict[int, LexEntry]) -> bool:
    """A bond noun with no partner named beside it and no verb that makes it: no event (on
    the dev gold 1 of 27 uses of "alliance" was an event, "in tacit alliance with Iran")."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _BOND_NOUNS:
        return False
    if not (entry.code or "").startswith("05") or _carrier(noun, matches) is not None:
        return False
    if clauses.prep_objects(noun, ("with", "between", "among")):
        return False
    # "an alliance of the US, India and Japan": its members are listed
    return not any(
        c.dep_ == "conj" for o in clauses.prep_objects(noun, ("of",)) for c in o.children
    )


def _asks_for_comment(trigger: Token) -> bool:
    """A reporter's request for comment is news-gathering, not an act between parties: "TIME
    has reached out to the court for comment", "a request for comment", "contacted the
    embassy in Lima for comment"."""
    near = [trigger, *trigger.children]
    return any(
        prep.dep_ == "prep"
        and prep.lower_ == "for"
        and any(o.dep_ == "pobj" and o.lemma_.lower() == "comment" for o in prep.children)
        for tok in near
        for prep in tok.children
    )


_QUESTION_WORDS = frozenset({"why", "what", "whether", "if", "how", "who", "when", "where"})


def _asks_a_question(verb: Token) -> bool:
    """ "asked why the US should not engage", "was asked whether she had seen the cable",
    "asked a lot of questions": a question put, no request made (CAMEO 02 is an appeal)."""
    if verb.lemma_.lower() != "ask" or verb.pos_ != "VERB":
        return False
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "about":
            return True  # "was asked about Obama's trip"
        if child.dep_ == "ccomp" and child.i < verb.i and child.left_edge.tag_ == "MD":
            return True  # "Would you break relations with Cuba, Cruz was asked."
        if child.dep_ == "ccomp" and child.i < verb.i and any(t.text == "?" for t in child.subtree):
            return True  # "'Isn't this propaganda?' he asked."
        if child.dep_ == "advcl" and child.i > verb.i and any(
            c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in child.children
        ):
            return True  # "Asked if the festival should take a stand, Wenders said ..."
        if child.dep_ in ("ccomp", "xcomp", "dobj") and child.i > verb.i:
            first = child.left_edge
            if first.lower_ in _QUESTION_WORDS:
                return True
            if child.dep_ == "dobj" and any(t.lemma_.lower() == "question" for t in child.subtree):
                return True  # "asked a lot of questions"
    if not any(c.dep_ in ("dobj", "ccomp", "xcomp", "dative", "prep") for c in verb.children):
        # the parser may cut the quoted question off: '"Is this propaganda?" the senator asked.'
        start = verb.left_edge.i
        if any(t.text == "?" for t in verb.doc[max(start - 3, 0) : start]):
            return True
    return False


# words that make a sentence a game's: "Wales beat Ireland 32-20 to win the Six Nations title"
_GAME_WORDS = frozenset(
    {"match", "game", "cup", "league", "title", "championship", "tournament", "final", "goal"}
    | {"semi-final", "quarter-final", "semifinal", "quarterfinal", "coach", "squad", "season"}
    | {"innings", "wicket", "olympics", "olympic", "medal", "striker", "midfielder", "try"}
    | {"fixture", "scorer", "half-time", "playoff", "play-off", "stadium", "club"}
)
_SCORE = re.compile(r"^\d{1,3}[-–]\d{1,3}$")


def _a_game_won(verb: Token) -> bool:
    """"Wales beat Ireland 32-20", "beat Argentina in the World Cup final", "will meet X in
    the second round after ... 6-2 7-6": a sports result or fixture, no assault or meeting."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma not in ("beat", "meet", "face", "play"):
        return False
    if lemma != "beat":
        # "the Slovakian will meet Likhovtseva in the second round after ... 2-6 6-2 7-6": only
        # a score tells a game here (a "round" may be one of talks)
        return has_score(verb.sent)
    return has_score(verb.sent) or any(t.lemma_.lower() in _GAME_WORDS for t in verb.sent)


def has_score(sent: Span) -> bool:
    """A game's score in a sentence or text: "32-20", "2-6 6-2" (one token or three)."""
    for t in sent:
        if _SCORE.match(t.text):
            return True
        if (
            t.text.isdigit()
            and len(t.text) <= 3
            and t.i + 2 < sent.end
            and t.whitespace_ == ""
            and t.nbor(1).text in ("-", "–")
            and t.nbor(1).whitespace_ == ""
            and t.nbor(2).text.isdigit()
            and len(t.nbor(2).text) <= 3
        ):
            return True
    return False


def _pushes_toward(verb: Token) -> bool:
    """"pushes the world closer to conflict", "pushed the region toward war": a cause of a
    state of affairs, no appeal to anyone."""
    if verb.lemma_.lower() not in ("push", "drive", "nudge") or verb.pos_ != "VERB":
        return False
    return any(
        c.lower_ in ("closer", "nearer") or (c.dep_ == "prep" and c.lower_ in ("toward", "towards"))
        for c in verb.children
    )


def _pleads_in_court(verb: Token) -> bool:
    """"pleaded guilty to lying to the FBI", "pleaded not guilty": a plea in court, no
    appeal to anyone."""
    if verb.lemma_.lower() != "plead" or verb.pos_ != "VERB":
        return False
    return any(c.lower_ in ("guilty", "innocent") for c in verb.children)


# verbs that keep a meeting, visit or talks from happening
_CALLING_OFF = frozenset(
    {"cancel", "postpone", "scrap", "delay", "suspend", "abandon", "scuttle", "shelve", "halt"}
)


# verbs of keeping troops somewhere, and where: the place is the party (`_arguments`)
_STATIONING_VERBS = frozenset({"station", "base"})
_STATIONED_PREPS = ("in", "on", "to", "along", "near")


def _passive_infinitive(verb: Token) -> bool:
    """ "to be captured", "to be inspected": a passive infinitive with no subject of its own,
    whose undergoer is the one it is said of."""
    return (
        clauses.is_infinitive(verb)
        and any(c.dep_ == "auxpass" for c in verb.children)
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    )


def _called_off(noun: Token, code: str) -> bool:
    """A meeting, visit or talks that are cancelled, postponed or called off did not take
    place ("canceling a congressional trip to Afghanistan", "postponed the talks with
    Chile"): the calling off is the event (164). So are joint drills (062) called off ("Trump
    canceled or delayed joint military drills with South Korea": 160)."""
    if noun.pos_ != "NOUN" or (code[:2] != "04" and code != "062"):
        return False
    if noun.dep_ not in ("dobj", "nsubjpass"):
        return False
    verb = noun.head
    lemma = verb.lemma_.lower()
    return lemma in _CALLING_OFF or (
        lemma == "call" and any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)
    )


def _object_denied(verb: Token, entry: LexEntry) -> bool:
    """An act named by its object, which "no" denies: "raised no objection", "imposed no new
    sanctions", "held no talks with" (the verb alone is not the act, so its own negation is
    not the only one)."""
    if verb.pos_ != "VERB" or not entry.objects:
        return False
    return any(
        words_of(obj) & entry.objects
        and any(d.lower_ == "no" and d.dep_ in ("det", "neg") for d in obj.children)
        for obj in object_heads(verb, entry.particle)
    )


# the things a test or launch names as a modifier: "the North's test site", "a test run"
_THING_HEADS = frozenset({"site", "facility", "run", "range", "pad", "ban", "ground", "vehicle"})


# a speaker's own head of state or government, named bare
_OWN_LEADER_WORDS = frozenset({"president", "premier", "chancellor"})


# what a weapons test or launch names as its kind ("a missile test", "the rocket launch")
_WEAPON_WORDS = frozenset(
    {"missile", "rocket", "weapon", "weapons", "bomb", "nuclear", "nuke", "warhead", "icbm"}
    | {"engine", "satellite", "launcher", "test", "launch", "firing", "flight", "ballistic"}
    | {"submarine", "torpedo", "drone", "artillery", "hypersonic", "cruise", "glide", "atomic"}
    | {"hydrogen", "plutonium", "uranium", "device", "vehicle", "system"}
)


# adjectives that say which or how big a weapons test or launch was, not what kind of test:
# "the latest test", "a successful launch" (but "an ideological test", "a stress test", "a
# political launch" test no weapon)
_TEST_QUALIFIERS = frozenset(
    {"latest", "recent", "new", "last", "previous", "next", "further", "additional", "more"}
    | {"successful", "failed", "apparent", "suspected", "planned", "possible", "potential"}
    | {"major", "big", "large", "small", "powerful", "underground", "early", "earlier", "late"}
    | {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "another", "surprise"}
    | {"provocative", "illegal", "unprecedented", "successive", "repeated", "frequent", "key"}
    | {"past", "such", "banned", "prohibited", "illicit", "disguised", "similar", "same", "other"}
)


# nouns of taking something from someone: "from" names whom it was taken from
_TAKING_NOUNS = frozenset({"annexation", "seizure", "capture", "takeover", "confiscation", "theft"})


# role words that name another's organ, never the clause's own: "the U.S. could work with
# China ... after the regime's test" is no American test
_OTHERS_ROLE_WORDS = frozenset({"regime", "junta"})
# bare roles that "the" points back with to one named before (not to the clause's country)
_TOLD_BEFORE_WORDS = frozenset({"company", "firm", "group", "carrier", "manufacturer", "maker"})


# what "opposition" names as a modifier: the opposition as a group, not an act of opposing
_GROUP_HEADS = frozenset(
    {"leader", "party", "politician", "figure", "lawmaker", "legislator", "candidate", "group",
     "coalition", "alliance", "bloc", "movement", "activist", "supporter", "member", "camp",
     "force", "mp", "senator", "deputy"}
)


def _names_a_thing(noun: Token) -> bool:
    """A show-of-force noun that only modifies a thing: "the test site", "a launch pad", "the
    nuclear test ban" tell of no test or launch; "opposition leader Juan Guaido", "the main
    opposition party" name a group, no opposing."""
    if (
        noun.lemma_.lower() == "opposition"
        and clauses.first_conjunct(noun).dep_ in ("nsubj", "nsubjpass")
        and not any(c.dep_ == "prep" and c.lower_ in ("to", "from") for c in noun.children)
    ):
        # "Britain's opposition said", "Reagan and the Democratic opposition may sit down":
        # the group does something, no opposing told
        return True
    if noun.lemma_.lower() == "opposition" and noun.dep_ == "attr" and noun.head.lemma_ == "be":
        return True  # "his party was the authentic opposition": what a group is
    if (
        noun.pos_ == "NOUN"
        and noun.lemma_.lower() in ("test", "launch")
        and not any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in noun.children)
        and any(
            (c.dep_ == "compound" and c.pos_ == "NOUN" and c.lemma_.lower() not in _WEAPON_WORDS)
            or (
                c.dep_ == "amod"
                and c.lemma_.lower() not in _WEAPON_WORDS
                and c.lower_ not in _TEST_QUALIFIERS
                and c.lemma_.lower() not in _TEST_QUALIFIERS
                and c.ent_type_ not in ("NORP", "GPE", "ORDINAL", "DATE")
            )
            for c in noun.children
        )
    ):
        # "a means test", "a campaign poster launch", "the party's new poster launch": no
        # weapon tested (a state's test is: "in response Pyongyang's nuclear test", the
        # parser's compound notwithstanding)
        return True
    if noun.pos_ != "NOUN" or noun.dep_ != "compound":
        return False
    lemma, head = noun.lemma_.lower(), noun.head.lemma_.lower()
    if lemma == "opposition":
        return head in _GROUP_HEADS
    if lemma == "launch" and head not in ("attempt", "failure"):
        return True  # "the launch titles", "a launch party": a product's, no rocket's
    return head in _THING_HEADS and lemma in ("test", "launch", "drill")


# what a danger does in a clause about it: it is there, looms, grows, is posed or faced
_BEING_LEMMAS = frozenset(
    {"exist", "loom", "remain", "grow", "emerge", "persist", "pose", "present", "face"}
)


def _a_danger(noun: Token) -> bool:
    """A threat someone is or is seen as, not one made: "China is the greatest threat to
    America", "see China as a threat", "posed a threat to the United States" (a threat made has
    its maker and what it threatens: "Trump's threat to destroy the North")."""
    if noun.lemma_.lower() != "threat" or noun.pos_ != "NOUN":
        return False
    head = clauses.first_conjunct(noun)
    if any(c.dep_ == "acl" and c.lemma_.lower() in ("pose", "present") for c in noun.children):
        return True  # "the threat posed by the Islamic State"
    if any(c.dep_ == "relcl" and c.lemma_.lower() in _BEING_LEMMAS for c in noun.children):
        return True  # "the real threat that will exist later", "the threat Seoul faces"
    if _threat_named_by_modifier(noun):
        return True
    if any(
        o.ent_type_ in ("GPE", "NORP") or (o.dep_ == "pobj" and o.ent_iob_ != "O")
        for o in clauses.prep_objects(noun, ("of",))
        if o.pos_ == "PROPN"
    ):
        return True  # "the escalating threat of a nuclear North Korea": a danger, no threat made
    if _the_threat_from(noun):
        return True
    return (
        head.dep_ in ("attr", "oprd")
        or (head.dep_ == "pobj" and head.head.lower_ == "as")
        or (head.dep_ == "dobj" and head.head.lemma_.lower() in ("pose", "represent", "constitute"))
    )


def _the_threat_from(noun: Token) -> bool:
    """"regards the threat from North Korea as a clear danger", "ending the threat from North
    Korea": the danger a country is, named with "the" and nothing threatened, no one it is
    made to and no words of its own ("threats from Pyongyang to strike Guam" are made)."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return False
    source = False
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "from":
            source = any(
                o.ent_type_ in ("GPE", "NORP", "ORG") for o in child.children if o.dep_ == "pobj"
            )
        elif child.dep_ in ("acl", "relcl", "poss", "appos", "prep"):
            return False
    return source and not clauses.prep_objects(noun, ("to", "against"))


def _threat_named_by_modifier(noun: Token) -> bool:
    """"The Iranian threat has been a theme", "the North Korean threat": a danger named by
    its country alone, with no maker's possessive, no act threatened and no one it is made
    to."""
    named = False
    for child in noun.children:
        if child.dep_ in ("amod", "compound") and child.ent_type_ in ("NORP", "GPE"):
            named = True
        elif child.dep_ in ("poss", "acl", "relcl") or (
            child.dep_ == "prep" and child.lower_ in ("of", "to", "against", "by", "from")
        ):
            return False
    return named


def _object_of(noun: Token, verb: Token) -> bool:
    """Is `noun` what `verb` takes ("faced criticism", "came under fire"), not a word nested
    deeper ("faced criticism from advocates of the alliance": not the alliance)?"""
    head = clauses.first_conjunct(noun)
    if head.head.dep_ == "prep" and head.dep_ == "pobj":
        head = head.head
    return head.head.i == verb.i


# entity types that can name a party to an event
ACTOR_ENT_TYPES = clauses.ACTOR_ENT_TYPES


# sanctions that name who imposes them by a word before them: "in defiance of U.N. sanctions",
# "scoffed at the new U.S. sanctions" tell the sanctions too. A country's own name there is
# mostly the one sanctioned ("Iran sanctions"), so only bodies and words that impose them
_SANCTION_NOUNS = frozenset({"sanction", "sanctions", "embargo"})
_SANCTIONER_WORDS = frozenset(
    {
        "u.s.",
        "us",
        "american",
        "western",
        "european",
        "international",
        "multilateral",
        "un",
        "u.n.",
        "eu",
        "e.u.",
    }
)


_DEFIANCE = frozenset({"defiance", "defy", "flout"})


def _named_sanctioner(noun: Token) -> bool:
    if noun.lemma_.lower() not in _SANCTION_NOUNS or noun.pos_ != "NOUN":
        return False
    for child in noun.children:
        if child.dep_ not in ("compound", "amod", "nmod") or child.i > noun.i:
            continue
        words = {t.lower_ for t in child.subtree}
        if words & _SANCTIONER_WORDS or "council" in words:
            return True
    return False


# bodies that act for a named country or leader ("the Obama administration", "the Peruvian
# government")
_BODY_WORDS = clauses.STATE_BODIES | {"cabinet", "leadership", "authorities", "president"}


def _has_own_agent(noun: Token) -> bool:
    """A noun event that names its own doer is an event of its own even as another's
    object: "condemned the missile launch by North Korea", "welcomed Iran's release of
    the sailors" (two acts, two actors)."""
    if _names_both_sides(noun) or _named_sanctioner(noun):
        return True
    for child in noun.children:
        if child.dep_ == "poss" and child.ent_type_ in ACTOR_ENT_TYPES:
            return True
        if (
            child.dep_ == "poss"
            and child.lemma_.lower() in _BODY_WORDS
            and any(g.ent_type_ in ACTOR_ENT_TYPES for g in child.subtree)
        ):
            # "opposed the Obama administration's negotiations with Iran", "welcomed the
            # Peruvian government's release of the sailors": a named body's own act
            return True
        by_phrase = child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "by")
        if child.dep_ == "prep" and child.lower_ == "of" and noun.lemma_.lower() in _ASKING_NOUNS:
            by_phrase = True  # "met at the request of the United States": the asker's own
        if by_phrase and any(
            g.ent_type_ in ACTOR_ENT_TYPES for c in child.children for g in c.subtree
        ):
            return True
        if (
            child.dep_ == "acl"
            and child.tag_ == "VBN"
            and any(
                g.ent_type_ in ACTOR_ENT_TYPES
                for c in child.children
                if c.dep_ == "agent"
                for g in c.subtree
            )
        ):
            # "praised the sanctions imposed by the United Nations"
            return True
        if (
            child.dep_ == "relcl"
            and clauses.object_gap(child)
            and any(
                c.dep_ == "nsubj" and any(g.ent_type_ in ACTOR_ENT_TYPES for g in c.subtree)
                for c in child.children
            )
        ):
            # "criticized the tariffs Trump imposed on Canada"
            return True
    return False


def support_participle(noun: Token, matches: dict[int, LexEntry]) -> Token | None:
    """The participle of a support verb after a noun event, which carries the event's sides:
    "sanctions imposed by the United Nations on Iran", "an attack carried out by Israel",
    "exercises held by North Korea"."""
    for child in noun.children:
        entry = matches.get(child.i)
        if (
            child.dep_ == "acl"
            and child.tag_ == "VBN"
            and entry is not None
            and entry.frame == "light"
        ):
            return child
    return None


def support_clause(noun: Token, matches: dict[int, LexEntry]) -> Token | None:
    """A relative clause of a support verb on a noun event, with its own subject, which
    carries the event's sides: "the tariffs (that) Trump imposed on Canada", "the talks the
    two sides held in Geneva", "sanctions that were imposed by Congress" (its by-phrase)."""
    for child in noun.children:
        entry = matches.get(child.i)
        if (
            child.dep_ == "relcl"
            and entry is not None
            and entry.frame == "light"
            and (clauses.object_gap(child) or _passive_gap(child))
        ):
            return child
    return None


# nouns of making a measure known or putting it in force, whose of-phrase is the measure:
# "the announcement of sanctions", "the imposition of tariffs"
_ANNOUNCING_NOUNS = frozenset(
    {"announcement", "imposition", "introduction", "unveiling", "adoption", "approval"}
)


def _announced_in(noun: Token) -> Token | None:
    """The announcing noun whose of-phrase the noun event is ("announcement" in "the Treasury's
    announcement of sanctions")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or prep.dep_ != "prep":
        return None
    return prep.head if prep.head.lemma_.lower() in _ANNOUNCING_NOUNS else None


def _passive_gap(verb: Token) -> bool:
    """Is the passive verb's subject a relative word ("sanctions that were imposed by")?"""
    return any(
        c.dep_ == "nsubjpass" and c.lower_ in ("that", "which") for c in verb.children
    ) and bool(clauses.agent_objects(verb))


_SIDE_PREPS = ("on", "against", "with", "to")


def _names_both_sides(noun: Token) -> bool:
    """ "violated U.S. sanctions on Iran", "condemned the Turkish offensive against the
    Kurds": a noun whose modifier names its doer and whose phrase names its target is a
    whole event of its own."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "between":
            # "criticized military drills between South Korea and the U.S.": the pair's own
            sides = [m for o in prep.children if o.dep_ == "pobj" for m in clauses.members(o)]
            if sum(1 for m in sides if m.ent_type_ in ACTOR_ENT_TYPES) >= 2:
                return True
    doer = any(
        c.dep_ in ("compound", "amod", "nmod") and c.ent_type_ in ("GPE", "NORP", "ORG")
        for c in noun.children
    )
    return doer and any(
        c.dep_ == "prep"
        and c.lower_ in _SIDE_PREPS
        and any(o.dep_ == "pobj" and o.ent_type_ in ACTOR_ENT_TYPES for o in c.children)
        for c in noun.children
    )


# Verbs whose object is someone else's act, not the subject's: "the move sparked
# accusations", "they fear an attack", "the report followed talks".
_OTHERS_ACT_VERBS = frozenset(
    [
        "spark",
        "prompt",
        "trigger",
        "cause",
        "provoke",
        "draw",
        "fuel",
        "invite",
        "fear",
        "expect",
        "anticipate",
        "predict",
        "see",
        "watch",
        "witness",
        "follow",
        "precede",
        "avoid",
        "prevent",
        "block",
        "survive",
        "mark",
        "risk",
        "describe",
        "cover",
        "debate",
        "doubt",
        "question",
        "recall",
        "remember",
        "cite",
        "blame",
        "investigate",
        "monitor",
        "observe",
        # what one notices or weighs of another's act: "the U.S. military detected the
        # launch", "Seoul confirmed the test"
        "confirm",
        "detect",
        "track",
        "spot",
        "notice",
        "study",
        "analyze",
        "analyse",
        "assess",
        "review",
        "mention",
        "acknowledge",
        "ignore",
        "downplay",
        # what one names, weighs or answers of another's act: "called the launch
        # deplorable", "regards the test as a provocation", "to counter U.S. drills"
        "call",
        "label",
        "brand",
        "dub",
        "term",
        "characterize",
        "characterise",
        "portray",
        "depict",
        "deem",
        "consider",
        "regard",
        "view",
        "counter",
        "answer",
        # what one stands against or wards off: "to confront this growing threat to the
        # homeland", "deterred an attack", "withstood the pressure"
        "confront",
        "combat",
        "tackle",
        "deter",
        "thwart",
        "foil",
        "repel",
        "repulse",
        "resist",
        "withstand",
        "neutralize",
        "neutralise",
        "defuse",
        "fend",
        "ward",
        # what one speaks of: "Trump addresses Munich attack", "explained the strike"
        "address",
        "explain",
        # what one ties to another cause or likens: "the government linked the rocket attacks
        # to Iran", "compared the strikes to a war crime"
        "link",
        "connect",
        "tie",
        "attribute",
        "ascribe",
        "compare",
        "liken",
        "equate",
        "associate",
        "commemorate",
        "document",
    ]
)


def _is_transitive_display(verb: Token, entry: LexEntry) -> bool:
    """A protest verb (14x) with an object is a display of something, not a protest:
    "demonstrated restraint", "marched troops", "struck a conciliatory note", "have
    demonstrated that we can win"."""
    return (
        verb.pos_ == "VERB"
        and (entry.code or "")[:2] == "14"
        and not entry.objects
        and verb.lemma_.lower() != "protest"
        and (
            any(c.dep_ in ("dobj", "ccomp") for c in verb.children)
            # "the restraint both sides have demonstrated": the noun it modifies is its object
            or (
                verb.dep_ == "relcl"
                and any(
                    c.dep_ == "nsubj" and c.tag_ not in clauses.RELATIVE_TAGS for c in verb.children
                )
            )
        )
    )


def _is_decrease(verb: Token) -> bool:
    """ "Declined" with nothing declined is a fall, not a refusal: "living standards have
    declined", "exports declined by 5%" (a refusal declines an offer or to do something)."""
    return (
        verb.pos_ == "VERB"
        and verb.lemma_.lower() == "decline"
        and not any(c.dep_ in ("dobj", "xcomp", "ccomp", "nsubjpass") for c in verb.children)
    )


# Verbs that tell whom a measure is aimed at: "sanctions targeting Russian banks". Not what it
# does to whom ("Russia sanctions have hurt European exporters": others hurt by them)
_STRIKING_VERBS = frozenset(
    {"target", "aim", "punish", "penalize", "penalise", "cripple", "isolate", "strangle"}
)
# "sanctions designed to cripple the Iranian economy": a measure meant to strike
_MEANT_VERBS = frozenset({"design", "intend", "mean"})


# Measures and force, which strike someone (not talks "aimed at" an end)
_STRIKING_ROOTS = ("13", "15", "16", "17", "18", "19", "20")


def _struck_by(noun: Token) -> list[Token]:
    """The objects of a verb that tells whom the noun event is aimed at: the noun's participle
    or relative clause ("sanctions targeting Russian banks", "which target Russian oil",
    "sanctions aimed at Iran"), or the verb the noun is the subject of ("the new sanctions
    target Russian banks")."""
    verbs = [c for c in noun.children if c.dep_ in ("acl", "relcl")]
    if noun.dep_ == "nsubj":
        verbs.append(noun.head)
    verbs += [
        x
        for v in verbs
        if v.lemma_.lower() in _MEANT_VERBS
        for x in v.children
        if x.dep_ == "xcomp"
    ]
    heads: list[Token] = []
    for verb in verbs:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _STRIKING_VERBS:
            continue
        if verb.lemma_.lower() == "aim":
            heads += clauses.prep_objects(verb, ("at",))
            continue
        heads += [m for c in verb.children if c.dep_ == "dobj" for m in clauses.members(c)]
    return heads


# phrases that set a deed against a measure borne: "despite sanctions", "in defiance of"
_BORNE_PREPS = frozenset({"despite"})
_BORNE_NOUNS = frozenset({"defiance", "spite", "face"})
# people named by a deed or a side they take, or by their bond to another: their "of" phrase
# names what they do or whom they are bound to, not them ("critics of the Kremlin")
_TIED_PEOPLE = _DOER_NOUNS | RELATIONAL_NOUNS


def _bearer_of_measure(noun: Token) -> list[Token]:
    """Who bears a measure that names no one it is aimed at: the one who acts in spite of it
    ("North Korea fired missiles in defiance of U.N. sanctions", "we made these achievements
    despite the U.N. sanctions") or is struck by it ("the North Korean economy has not been
    fazed by international sanctions"). Read from the clause's subject while the measure's
    target is sought; `SentenceCoder._sanctioned` reads the same defiance afterwards from the
    candidates, for a named sanctioner this finds no bearer for."""
    if noun.lemma_.lower() not in _MEASURE_NOUNS or noun.dep_ != "pobj":
        return []
    prep = noun.head
    if prep.dep_ == "agent" or (prep.lower_ == "by" and clauses.is_passive(prep.head)):
        verb = prep.head
        return [m for c in verb.children if c.dep_ == "nsubjpass" for m in clauses.members(c)]
    if prep.lower_ == "of" and prep.head.lemma_.lower() in _BORNE_NOUNS:
        outer = prep.head.head  # "in defiance of", "in the face of", "in spite of"
        if outer.dep_ != "prep" or outer.lower_ != "in":
            return []
        prep = outer
    elif prep.lower_ not in _BORNE_PREPS:
        return []
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    if any(
        t.ent_type_ in ("GPE", "NORP")
        for c in verb.children
        if c.dep_ in ("dobj", "prep", "dative") and c.i != prep.i
        for t in c.subtree
    ):
        # "China bought Iranian oil despite U.S. sanctions": the measure is likelier the
        # other country's, whose goods or land the deed names
        return []
    return clauses.subject_heads(verb)


# what a trade measure falls on, named with where it comes from ("imports from China")
_GOODS_NOUNS = frozenset(
    {"import", "imports", "good", "goods", "product", "export", "exports", "shipment"}
    | {"steel", "aluminum", "aluminium", "car", "vehicle", "commodity", "merchandise"}
)


# measures laid "on" goods: "imposed tariffs on steel from Canada"
_MEASURE_NOUNS = frozenset(
    {"tariff", "duty", "levy", "tax", "sanction", "embargo", "quota", "ban", "restriction"}
)


def _origin_on_the_verb(goods: Token) -> list[Token]:
    """Whence goods come when the parser hangs the "from" phrase on the verb that imposes a
    measure on them ("imposed tariffs on steel and aluminum from Canada and Mexico")."""
    on = clauses.first_conjunct(goods).head
    if on.dep_ != "prep" or on.lower_ not in ("on", "against"):
        return []
    measure = on.head
    if measure.pos_ == "VERB" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _MEASURE_NOUNS for c in measure.children
    ):
        verb = measure  # "imposed tariffs on steel from Canada", all three hung on the verb
    elif measure.dep_ != "dobj" or measure.pos_ != "NOUN":
        return []
    else:
        verb = measure.head
    return [o for o in clauses.prep_objects(verb, ("from",)) if o.i > goods.i and not _from_to(o.head)]


def _inquired_into(trig: Token) -> list[Token]:
    """The subject of a "whether" or "if" clause an inquiry hangs on it, directly or through
    a preposition ("investigate whether Peru spied", "an inquiry into whether Peru spied")."""
    clauses_on = [c for c in trig.children if c.dep_ == "ccomp"]
    clauses_on += [
        g
        for c in trig.children
        if c.dep_ == "prep" and c.lower_ in ("into", "of", "over", "about", "on")
        for g in c.children
        if g.dep_ == "pcomp"
    ]
    return [
        m
        for clause in clauses_on
        if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in clause.children)
        for h in clause.children
        if h.dep_ == "nsubj"
        for m in clauses.members(h)
    ]


def _measure_done(head: Token, entry: LexEntry | None) -> bool:
    """Is `head` a measure (sanctions, tariffs) that the act is the doing, threatening or
    proposing of, so that its modifier ("U.N. sanctions") names whose it is, not a target?"""
    # the measure as the act's object or instrument ("propose sanctions", "threatened Peru with
    # sanctions"), not what the act answers ("retaliation against the Trump tariffs")
    done = head.dep_ == "dobj" or (head.dep_ == "pobj" and head.head.lower_ == "with")
    return (
        entry is not None
        and done
        # (a measure blocked or condemned is another's: "blocked sanctions the U.S. pushed")
        and _code_root(entry) not in _JUDGING_ROOTS
        and head.lemma_.lower() in _AIMED_MEASURES
        and (head.lemma_.lower() in entry.objects or entry.frame in WRAPPING_FRAMES)
    )


# armed groups that may stand anywhere: force on their camps is not force on the country
_GROUP_WORDS = frozenset(
    {"rebel", "militant", "insurgent", "guerrilla", "terrorist", "jihadist", "extremist"}
)


def _owner_named(noun: Token) -> bool:
    """Does a struck thing's phrase name whose it is, by a name or an armed group's word
    ("Islamic State strongholds", "rebel positions"), not by a country (that one is found as
    the target before)?"""
    for child in noun.children:
        if child.dep_ not in ("compound", "poss", "amod", "nmod"):
            continue
        if child.ent_type_ in ("ORG", "NORP", "LOC", "PERSON", "FAC"):
            return True
        if child.lemma_.lower() in _GROUP_WORDS or _owner_named(child):
            return True
    return False


# what one agrees with when siding with a view: "agreed with Ms. Rice's assessment"
_VIEW_NOUNS = frozenset(
    {"assessment", "view", "position", "analysis", "statement", "conclusion", "sentiment"}
    | {"assertion", "claim", "stance", "argument", "opinion", "verdict", "finding", "decision"}
)


def _view_shared(verb: Token, entry: LexEntry) -> bool:
    """Does the verb side with a view: a that-clause ("agreed with Britain that Russia is
    responsible"), or a view named as what is agreed with ("agreed with Rice's assessment")?"""
    if any(c.dep_ == "ccomp" for c in verb.children):
        return True
    agreed = clauses.prep_objects(verb, (entry.particle,)) if entry.particle else []
    return any(o.lemma_.lower() in _VIEW_NOUNS for o in agreed)


def _to_infinitive(verb: Token) -> bool:
    """Does the verb carry a "to" infinitive ("agreed with Xi at the summit to tone down")?"""
    return any(
        c.dep_ in ("xcomp", "advcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in verb.children
    )


# armed groups of no one country (the actor table leaves them out: news gold codes them with
# no country), fought wherever they are: "fighting ISIS in Syria" is no force against Syria
_STATELESS_GROUPS = re.compile(
    r"\b(?:isis|isil|daesh|islamic state|al[- ]qa[ei]da|qa[ei]da)\b", re.IGNORECASE
)


def _hits_a_group(trig: Token) -> bool:
    """Is the force aimed at an armed group's people or sites ("struck rebel camps in
    Bolivia": the camps are the rebels', wherever they stand; "fighting ISIS in Syria")?"""
    objects = [c for c in trig.children if c.dep_ == "dobj"]
    for obj in [*objects, *clauses.prep_objects(trig, ("against", "on"))]:
        words = {obj.lemma_.lower()} | {
            c.lemma_.lower() for c in obj.children if c.dep_ in ("compound", "amod")
        }
        if words & _GROUP_WORDS:
            return True
        if obj in objects or obj.pos_ == "PROPN" or obj.ent_type_ == "ORG":
            named = obj.doc[obj.left_edge.i : obj.i + 1].text
            if _STATELESS_GROUPS.search(named):
                return True
    return False


# verbs of giving in that also tell ("conceded that some products may become more expensive")
# and of breaking off that also pause for another act ("pausing to celebrate the deal")
_TELLING_TOO = frozenset({"concede"})
_PAUSING = frozenset({"pause"})


def _said_not_done(verb: Token, entry: LexEntry) -> bool:
    """A verb of the lexicon used for what it says or for a pause before another act, not for
    the act: "Trump concedes that some products may become more expensive" (no yielding),
    "after pausing to celebrate the deal" (no reduction of relations)."""
    if verb.pos_ != "VERB" or entry.objects:
        return False
    lemma = verb.lemma_.lower()
    if lemma in _TELLING_TOO:
        return any(c.dep_ == "ccomp" for c in verb.children)
    if lemma in _PAUSING:
        return any(
            c.dep_ in ("xcomp", "advcl") and clauses.is_infinitive(c) for c in verb.children
        ) and not any(c.dep_ == "dobj" for c in verb.children)
    return False


def _is_framework(noun: Token) -> bool:
    """A noun after "under" names a framework in force, not an event told here: "under the
    agreement, Turkey must ...", "a country under sanctions". Not talks going on: "NAFTA,
    which is under renegotiation"."""
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj" or noun.head.lower_ != "under":
        return False
    return noun.lemma_.lower() not in _ONGOING_TALKS or any(c.dep_ == "det" for c in noun.children)


# what a thing can be "under" while it goes on: talks about it, not a framework
_ONGOING_TALKS = frozenset({"negotiation", "renegotiation", "discussion"})


def _meeting_with_counterpart(noun: Token, entry: LexEntry | None) -> bool:
    """A consultation noun (04, by its lexicon `entry`) that names whom it was with or where
    it went: "a visit to Beijing", "a phone call with Abadi", "talks with the premier"."""
    return (
        entry is not None
        and (entry.code or "")[:2] == "04"
        and any(c.dep_ == "prep" and c.lower_ in ("to", "with") for c in noun.children)
    )


def _said_in(prep: Token, matches: dict[int, LexEntry]) -> bool:
    """Is `prep` the "in" or "during" of a reporting verb: "told Trump in a phone call",
    "said during talks"?"""
    entry = matches.get(prep.head.i)
    return prep.lower_ in ("in", "during") and entry is not None and entry.frame == "report"


def _hangs_on(noun: Token, verb: Token) -> bool:
    """Is the noun the verb's own object or in its own phrase ("imposed sanctions", "slapped
    Iran with sanctions"), not deeper ("slapped sanctions in response to a test": the test is
    no sanction-slapping of its own)?"""
    head = clauses.first_conjunct(noun)
    head = container_of(head) or head
    return head.head == verb or (head.head.dep_ in ("prep", "agent") and head.head.head == verb)


def _carrier(
    noun: Token, matches: dict[int, LexEntry], frames: tuple[str, ...] = ("light",)
) -> Token | None:
    """The support verb (or, with `frames`, the undergo verb) a noun event hangs on:
    "held talks", "imposed sanctions on Iran", "faced criticism"."""
    gov = clauses.governing_verb(noun)
    entry = matches.get(gov.i) if gov is not None else None
    if gov is not None and _taken_as(gov):
        return None  # "is taking the test seriously": a stance on another's act
    if (
        gov is not None
        and entry is not None
        and entry.frame in frames
        and not _in_adverbial_phrase(noun)
        and _hangs_on(noun, gov)
        and not (
            # "Russia's invasion of Ukraine drew condemnation": the subject is what undergoes
            # the criticism, not an act undergone
            entry.frame == "undergo"
            and clauses.first_conjunct(noun).dep_ in ("nsubj", "nsubjpass", "csubj")
        )
    ):
        return gov
    return None


def _ahead_of(head: Token) -> Token | None:
    """The verb an "ahead of" or "prior to" phrase of `head` hangs on ("Ahead of talks with
    Putin, Trump said": said)."""
    prep = head.head
    adverb = prep.head
    if (
        head.dep_ == "pobj"
        and (adverb.lower_, prep.lower_) in (("ahead", "of"), ("prior", "to"))
        and adverb.dep_ == "advmod"
        and adverb.head.pos_ in ("VERB", "AUX")
    ):
        return adverb.head
    return None


def _taken_as(verb: Token) -> bool:
    """ "take the threat seriously", "took the launch lightly": how one weighs a thing."""
    return verb.lemma_.lower() == "take" and any(
        c.dep_ == "advmod" and c.lower_ in ("seriously", "lightly", "personally")
        for c in verb.children
    )


def _in_adverbial_phrase(noun: Token) -> bool:
    head = clauses.first_conjunct(noun)
    return head.dep_ == "pobj" and head.head.lower_ in _ADVERBIAL_PREPS


# Coercions a state does, and who tells of them undone by anyone named: the authorities
# that say "the tanker was seized" seized it
_AUTHORITY_ROOTS = frozenset({"16", "17"})
_AUTHORITY_ROLES = frozenset({"GOV", "COP", "MIL", "JUD", "SPY"})
_AUTHORITY_TELLING = frozenset({"say", "announce", "confirm", "state", "report", "add"})


# verbs whose passive tells the subject's own stance: "is committed to", "remained dedicated
# to", "was devoted to" (a pledge by the subject, not something done to it)
_STANCE_PASSIVES = frozenset({"commit", "dedicate", "devote"})


def _stance_passive(verb: Token) -> bool:
    return (
        verb.lemma_.lower() in _STANCE_PASSIVES
        and any(c.dep_ == "nsubjpass" for c in verb.children)
        and not clauses.agent_objects(verb)
    )


# sayings whose object is the sayer's own act: "announced a ceasefire" (not "reported an
# attack", "denied the strike")
_ANNOUNCING_VERBS = frozenset({"announce", "declare", "unveil", "proclaim"})

# verbs of answering a deed, which is another's when it is force: "responded to the attack",
# "retaliated for the strike"
_RESPONSE_VERBS = frozenset({"respond", "react", "reply", "retaliate", "answer"})
_FORCE_ROOTS = frozenset({"14", "15", "17", "18", "19", "20"})


def _code_root(entry: LexEntry | None) -> str:
    return (entry.code or "")[:2] if entry is not None else ""


# Verbs of saying, learning and thinking, whose phrase "about", "of" or "on" names a topic:
# a happening named there is not the subject's own act ("was briefed on the latest test",
# "he said of the drills", "asked about the talks").
_TOPIC_VERBS = frozenset(
    {"say", "speak", "talk", "comment", "remark", "brief", "ask", "question", "testify"}
    | {"report", "write", "tweet", "post", "tell", "inform", "hear", "learn", "read", "know"}
    | {"think", "wonder", "worry", "care", "complain", "joke", "muse", "reflect", "inquire"}
    | {"enquire", "update", "caution", "press", "quiz", "grill", "interview", "poll"}
)
_TOPIC_PREPS = ("about", "of", "on", "regarding", "concerning")
# verbs whose from-phrase names what befell the subject: "recover from the attacks"
_SUFFERING_VERBS = frozenset(
    {"recover", "suffer", "flee", "escape", "die", "reel", "heal", "shelter", "protect"}
    | {"shield", "hide", "rebound", "emerge"}
)

# verbs whose subject dies or is hurt, in or during what harms them ("died in the attack")
_DYING_VERBS = frozenset({"die", "perish"})
# ... and those that tell it in the passive ("were killed in the strike")
_HARMING_VERBS = frozenset({"kill", "injure", "wound", "hurt", "maim"})


def _harmed(verb: Token) -> bool:
    """Is the verb's subject one who died or was hurt ("died", "were killed", "was
    wounded")? Not one who killed ("Israel killed three militants in an airstrike")."""
    lemma = verb.lemma_.lower()
    if lemma in _DYING_VERBS:
        return True
    return lemma in _HARMING_VERBS and (
        verb.tag_ == "VBN"
        and (
            any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
            or verb.dep_ in ("acl", "relcl")
        )
    )


# nouns of asking whose of-phrase names who asks: "the demands of the protesters"
_ASKING_NOUNS = frozenset({"demand", "request", "plea", "ultimatum", "invitation"})
# journeys, whose of-phrase may name who travels ("the visit of the Bolivian president")
_TRAVEL_NOUNS = frozenset({"visit", "trip", "arrival", "journey", "stopover", "tour"})
# nouns of objecting whose of-phrase names who objects: "over the objections of Russia and
# China", "the opposition of Germany" (not "protest": "protests of the verdict" are against it)
_OBJECTING_NOUNS = frozenset({"objection", "opposition", "disapproval", "reservation"})
# ... and nouns of anger, whose of-phrase names who is angered ("much to the outrage of the
# governments of Egypt and Saudi Arabia", "the ire of Beijing")
_ANGER_NOUNS = frozenset({"outrage", "ire", "anger", "fury", "dismay", "displeasure", "chagrin"})
_OBJECTOR_NOUNS = _OBJECTING_NOUNS | _ANGER_NOUNS
# nouns whose of-phrase names a source, not a target (the asking and objecting ones)
_OF_SOURCE_NOUNS = _ASKING_NOUNS | _OBJECTOR_NOUNS
# prepositions of an act done in the face of another's objection: "over the objections of"
_OVERRIDING_PREPS = ("over", "despite")
# prepositions of an act done as another asked: "met at the request of Japan", "upon its demand"
_GRANTING_PREPS = ("at", "upon", "on")


def _granted_by(noun: Token) -> Token | None:
    """The word an asking noun's phrase says was done as asked ("met" of "met at the request
    of the United States", "at Britain's request"), if the noun is in such a phrase."""
    prep = noun.head
    if (
        noun.dep_ == "pobj"
        and noun.lemma_.lower() in _ASKING_NOUNS
        and prep.dep_ == "prep"
        and prep.lower_ in _GRANTING_PREPS
    ):
        return prep.head
    return None


def asking_phrase(verb: Token) -> Token | None:
    """The asking noun of a phrase telling at whose request `verb` was done, if it has one."""
    return next(
        (o for p in verb.children for o in p.children if _granted_by(o) == verb), None
    )

# nouns of a time or an occasion: "on the eve of", "on the sidelines of", "at the end of"
_OCCASION_NOUNS = frozenset(
    {"eve", "day", "night", "morning", "evening", "afternoon", "weekend", "anniversary"}
    | {"sideline", "sidelines", "margin", "margins", "heel", "heels", "occasion", "start"}
    | {"end", "beginning", "week", "month", "year", "time", "moment", "wake", "run-up"}
)


# what a withdrawal withdraws: "withdrew its troops from Syria"
_FORCES_NOUNS = frozenset(
    {"troop", "force", "soldier", "personnel", "unit", "contingent", "army", "military"}
)


# what force holds or takes, whose of-phrase names the place: "took control of the city of
# Kunduz", "seized control of the town of Palmyra"
_HELD_NOUNS = frozenset(
    {"control", "city", "town", "village", "province", "region", "district", "capital"}
    | {"outskirts", "part", "parts", "territory"}
)


def _fronted(head: Token, verb: Token) -> bool:
    """A phrase of the verb's that opens the sentence before it ("On Fox News' "Hannity," she
    called on the Obamas to ..."): where or when, not whom ("called on" names its own);
    "together with Mexico, they reached" still names a side."""
    prep = head.head
    return (
        head.dep_ == "pobj"
        and prep.lower_ in ("on", "upon")
        and prep.head.i == verb.i
        and prep.i < verb.i
    )


def _set_off_with(head: Token, verb: Token) -> bool:
    """A with-phrase set off by a comma after the verb's own words ("Iran has denied
    responsibility, with Iranian media arguing ..."): what goes along with it, no partner."""
    prep = head.head
    return (
        head.dep_ == "pobj"
        and prep.lower_ == "with"
        and prep.head.i == verb.i
        and prep.i > verb.i + 1
        and head.doc[prep.i - 1].text == ","
    )


def _an_occasion(head: Token) -> bool:
    return (
        head.dep_ == "pobj"
        and head.head.lower_ in ("on", "at", "in", "during")
        and (head.lemma_.lower() in _OCCASION_NOUNS or head.ent_type_ in ("DATE", "TIME"))
    )


# what a with-phrase names that is no counterpart: "with the U.S. goal of", "with the help of"
_PURPOSE_NOUNS = frozenset(
    {"goal", "aim", "purpose", "intention", "intent", "hope", "objective", "aspiration"}
    | {"expectation", "view", "idea", "help", "support", "backing", "blessing", "approval"}
    | {"consent", "assistance", "aid", "exception"}
)


def _a_purpose(head: Token) -> bool:
    return (
        head.dep_ == "pobj"
        and head.head.lower_ == "with"
        and head.lemma_.lower() in _PURPOSE_NOUNS
    )


# people told by where they come from: "nationals from France", "tourists from China"
_PEOPLE_FROM = frozenset(
    {"national", "citizen", "resident", "tourist", "student", "worker", "journalist"}
    | {"people", "man", "woman", "fisherman", "sailor", "migrant", "traveler", "traveller"}
)
# verbs whose subject goes into the act named after "into" ("entered into talks with", "was
# drawn into a war"); after other verbs it is what is looked into or turned into
_ENTERING_VERBS = frozenset({"enter", "go", "get", "plunge", "launch", "draw", "drag", "move"})

# bodies of people, who act as the people they are made of
_BODY_NOUNS = frozenset({"group", "delegation", "team", "contingent", "bloc", "member"})
# what a body decides or issues, which acts for it: "a resolution by the Council"
_ISSUED_NOUNS = frozenset(
    {"resolution", "decision", "ruling", "order", "decree", "law", "measure", "directive"}
)

# what a denial answers: "denied the reports", "denied Kremlin claims"
_CLAIM_NOUNS = frozenset(
    {"report", "claim", "accusation", "allegation", "charge", "suggestion", "assertion"}
)

# measures a government takes on others by itself (expelling diplomats, sanctions, embargoes
# and their lifting): an appeal for one with no one named asks the appealer's own government
_OWN_MEASURES = frozenset({"174", "163", "085"})
# acts whose object act has not been done: threats, proposals, appeals, demands, intents
_UNDONE_ROOTS = frozenset({"02", "03", "10", "13"})
# acts that judge or refuse a thing another put forward: the thing's author or owner is their
# target, not whom the thing names ("blocked sanctions against Peru that Chile pushed")
_JUDGING_ROOTS = ("11", "12")
# acts that back or refuse a claim (05, 12): not aimed at whom the claim is against
_CLAIM_JUDGING_ROOTS = ("05", "12")


def judges_a_claim(trigger: Token, code: str) -> bool:
    """Does the act back or refuse a claim ("backed up the allegations against Trudeau",
    "rejected the charges")? Whom the claim is against is not whom the act is aimed at."""
    return code[:2] in _CLAIM_JUDGING_ROOTS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _CLAIM_NOUNS for c in trigger.children
    )
# measures whose phrase names whom they are aimed at ("sanctions on North Korea")
_AIMED_MEASURES = frozenset(
    {"sanction", "tariff", "duty", "levy", "penalty", "embargo", "ban", "restriction"}
)

# verbs that tell whether a happening named by their subject took place
_HAPPENING_VERBS = frozenset(
    {
        "happen",
        "occur",
        "take",
        "materialize",
        "materialise",
        "proceed",
        "start",
        "begin",
        "end",
        "come",
        "result",
        "succeed",
        "last",
        "exist",
        "continue",
        "resume",
    }
)


def _owned_by_another(trigger: Token) -> bool:
    """Is an event noun owned by a name ("did not condemn North Korea's missile tests",
    "did nothing to stop Russia's annexation")? The deed is told as done, whatever the clause
    around it denies (not "did not hold its talks": its own)."""
    return trigger.pos_ == "NOUN" and any(
        c.dep_ == "poss" and c.pos_ != "PRON" for c in trigger.children
    )


def _said_of_happening(trigger: Token, anchor: Token, carrier: Token | None) -> bool:
    """Is the clause verb a predicate about the happening its subject names, whose denial
    leaves the happening told? "Romney's trip to Israel did not go over well" tells a trip;
    "the talks did not take place" denies the talks."""
    return (
        carrier is None
        and anchor is not trigger
        and trigger.pos_ == "NOUN"
        and trigger.dep_ in ("nsubj", "nsubjpass")
        and anchor.lemma_.lower() not in _HAPPENING_VERBS
    )


# "ready/prepared/willing to VERB": a stance toward a possible act, not the act
_READY_ADJ = ("ready", "prepared", "willing", "poised", "open", "eager", "keen")
# what readiness to do makes a threat (sanctions, force); readiness for the rest is intent
_THREAT_ROOTS = ("15", "16", "17", "18", "19", "20")


# verbs whose object is received somewhere: their "to" / "for" phrase names where or what for
_RECEIVING_LEMMAS = frozenset({"invite", "welcome", "summon", "host", "receive"})


def _readiness(anchor: Token, trigger: Token | None = None) -> Token | None:
    """The readiness adjective an act hangs on: "ready to impose" (the clause), "open to
    negotiating" (a gerund), "open to talks", "ready for negotiations" (a noun event). An act
    joined to one that hangs on it shares it: "willing to sit down with Iran and negotiate"."""
    while anchor.dep_ == "conj" and anchor.head.pos_ in ("VERB", "AUX") and anchor.head.i < anchor.i:
        anchor = anchor.head
    head = anchor.head
    if anchor.dep_ == "pcomp" and head.lower_ == "to" and head.dep_ == "prep":
        head = head.head  # "open to negotiating trade deals"
    if (
        anchor.dep_ in ("xcomp", "pcomp")
        and head.pos_ == "ADJ"
        and head.lemma_.lower() in _READY_ADJ
        and not clauses.is_negated(head)
    ):
        return head
    return _noun_readiness(trigger) if trigger is not None else None


def _noun_readiness(noun: Token) -> Token | None:
    """The readiness adjective a noun event is the object of: "open to talks", "ready for
    negotiations"."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("to", "for") or prep.dep_ != "prep":
        return None
    adj = prep.head
    if adj.pos_ == "ADJ" and adj.lemma_.lower() in _READY_ADJ and not clauses.is_negated(adj):
        return adj
    return None


_DRILL_NOUNS = ("drill", "exercise", "maneuver", "manoeuvre", "game")


def _joint_drill(cand: Candidate) -> bool:
    """Military drills held by two or more parties together, or with a named partner."""
    trig = cand.trigger
    if cand.code[:2] != "15" or trig.lemma_.lower() not in _DRILL_NOUNS:
        return False
    if len({a.country for a in cand.sources}) >= 2:
        return True
    # "drills with India", "held drills with India" (the parser hangs it on the verb)
    holders = [trig, trig.head] if trig.dep_ == "dobj" else [trig]
    return any(c.dep_ == "prep" and c.lower_ == "with" for h in holders for c in h.children)


# A noun event said to be still ahead or only possible: "her upcoming visit", "planned talks",
# "announced their imminent withdrawal", "his anticipated meeting with Putin"
_FUTURE_ADJ = (
    "upcoming", "forthcoming", "planned", "scheduled", "expected", "next", "future", "imminent",
    "impending", "anticipated",
)  # fmt: skip
_POSSIBLE_ADJ = ("possible", "potential", "proposed", "prospective", "hypothetical", "likely")


def _noun_mode(noun: Token) -> str | None:
    for child in noun.children:
        if child.dep_ == "det" and child.lower_ in ("any", "whatever"):
            return "hypothetical"  # "any talks between the two Koreas would ..."

        if child.dep_ in ("amod", "compound", "nmod"):
            low = child.lower_
            if low in _FUTURE_ADJ:
                return "future"
            if low in _POSSIBLE_ADJ:
                return "hypothetical"
    prep = noun.head if noun.dep_ == "pobj" else None
    if (
        prep is not None
        and (prep.lower_ == "ahead" or (prep.lower_ == "of" and prep.head.lower_ == "ahead"))
        and not _told_as_past(prep.head if prep.lower_ == "of" else prep)
    ):
        return "future"  # "ahead of the June 12 summit": still to come
    if (
        prep is not None
        and prep.lower_ == "of"
        and prep.head.pos_ == "NOUN"
        and prep.head.lemma_.lower() in _PROSPECT_OF_NOUNS
    ):
        return "hypothetical"  # "the threat of a North Korean attack on Seoul is real"
    if _not_yet_reached(noun) or _forbidden(noun) or _weighed_consequence(noun):
        return "hypothetical"
    head = clauses.first_conjunct(noun)
    if (
        clauses.judged_for_noun(head) is not None
        and head.head.head.lemma_.lower() in clauses.ALLEGING_LEMMAS
    ):
        return "reported"  # "accused Russia of the attack": alleged, as "of attacking" is
    return None


# words of a time gone by in a date phrase: "last week", "yesterday", "two days ago"
_PAST_TIME_WORDS = frozenset({"last", "yesterday", "ago", "earlier", "previous", "past"})


def _told_as_past(phrase: Token) -> bool:
    """Does the phrase date what it names in the past ("ahead of a surprise trip to Baghdad
    last week": a trip made, before which something was said)?"""
    return any(t.ent_type_ == "DATE" and t.lower_ in _PAST_TIME_WORDS for t in phrase.subtree)


# what a supposed act "would" be or bring: "a blockade would be considered an act of war",
# "any strike would constitute a violation", "an attack would trigger a response"
_CONSEQUENCE_LEMMAS = frozenset(
    {"consider", "regard", "deem", "see", "view", "treat", "constitute", "amount", "count",
     "mean", "trigger", "provoke", "spark", "violate", "breach", "cross"}
)  # fmt: skip
_VERDICT_NOUNS = frozenset(
    {"act", "violation", "breach", "declaration", "provocation", "mistake", "disaster",
     "catastrophe", "line", "crime", "escalation"}
)  # fmt: skip


def _weighed_consequence(noun: Token) -> bool:
    """Is `noun` the subject of what it "would" (or "could") be or bring? Then it is
    supposed, not told: "said a blockade by the United States would be considered an act of
    war" (but "said talks would be held in Geneva" tells talks to come)."""
    head = clauses.first_conjunct(noun)
    verb = head.head
    if head.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX"):
        return False
    if not any(
        c.dep_ == "aux" and c.lower_ in ("would", "could", "might", "'d") for c in verb.children
    ):
        return False
    lemma = verb.lemma_.lower()
    if lemma == "be":
        return any(
            c.dep_ == "attr" and c.lemma_.lower() in _VERDICT_NOUNS for c in verb.children
        )
    return lemma in _CONSEQUENCE_LEMMAS


# nouns whose of-phrase names a happening that may come, not one that came: "the threat of an
# attack", "the risk of war", "fears of a trade war" (the prospect nouns of a gerund's topic,
# but for those that tell what is wished or said of it: "hopes of talks", "talk of a summit")
_PROSPECT_OF_NOUNS = (clauses.PROSPECT_NOUNS - {"hope", "notion", "question", "talk"}) | {
    "specter",
    "spectre",
}


# where a noun names a happening already there, whatever its clause plans or supposes
_CAUSE_PREPS = frozenset(
    {"over", "after", "despite", "since", "following", "amid", "atop", "during"}
)
_TIME_PREPS = frozenset({"after", "following", "during"})
_RESPONSE_NOUNS = frozenset({"response", "retaliation", "reaction", "protest", "defiance"})
_ENDING_WORDS = frozenset(
    {"end", "lift", "ease", "remove", "scrap", "repeal", "stave", "impact", "effect"}
    # what answers a deed: "tested a missile to counter U.S. and South Korean drills"
    | {"counter", "protest", "condemn", "denounce"}
    | {"lifting", "easing", "removal", "suspension", "violation"}
)


_DONE_ADJ = frozenset(
    {"recent", "last", "previous", "past", "earlier", "ongoing", "successful", "latest", "former"}
)


def _presupposed(noun: Token) -> bool:
    """ "Mr. Trump's tariffs", "Iran's missile attack on U.S. forces", "the ongoing assault on
    its institutions", "North Korea's past nuclear tests": a noun event its own phrase tells as
    having happened (owned by someone named, or said to be past or going on), whatever the
    clause says may come of it ("would sit atop Mr. Trump's tariffs", "what Iran's attack may
    say"). Not when the clause looks ahead ("ahead of Trump's visit": the mode stays future);
    not a year ("the 2014 annexation"): the parser hangs other dates there too ("an attack
    ... a day after")."""
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
    return any(
        (child.dep_ == "poss" and child.pos_ == "PROPN")
        or (child.dep_ == "amod" and child.lower_ in _DONE_ADJ)
        # "the Turkish invasion of Syria": the one a people's state made
        or (definite and child.dep_ in ("amod", "compound") and child.ent_type_ == "NORP")
        for child in noun.children
    )


def _subject_of_what_follows(tok: Token) -> bool:
    """ "Mr. Obama's spending agreement with Congress will suspend the debt limit": an owned
    deed that is the subject of what is to come is there already (not "Boric's visit will
    take place next week", "will begin", "will be held": the deed itself is to come)."""
    return (
        tok.dep_ == "nsubj"
        and tok.head.pos_ in ("VERB", "AUX")
        and tok.head.lemma_.lower() not in _HAPPENING_VERBS | {"be", "have", "need", "remain"}
    )


def _already_there(noun: Token, mode: str) -> bool:
    """ "to expel diplomats in response to new sanctions", "plans to end the EU's arms
    embargo", "would sit atop Mr. Trump's tariffs", "could play a role after signing a deal":
    an event the clause takes as given (an act in response to it, or one that ends or feels
    it, or one that follows it). Not one before or during a future act: "will decide after
    his meeting with Xi" (the meeting is to come too)."""
    preps = _CAUSE_PREPS - _TIME_PREPS if mode == "future" else _CAUSE_PREPS
    if noun.pos_ == "VERB":
        # "could play a role after signing an agreement": done before what may follow; not
        # what talks are over ("negotiations over ceding Greenland")
        head = noun.head
        return (
            noun.dep_ == "pcomp"
            and head.dep_ == "prep"
            and head.lower_ in preps
            and clauses.topic_noun(noun) is None
        )
    if noun.pos_ != "NOUN":
        return False
    tok = clauses.first_conjunct(noun)
    tok = container_of(tok) or tok  # "a new round of sanctions"
    if (mode != "future" or _subject_of_what_follows(tok)) and (
        _presupposed(noun) or _presupposed(tok)
    ):
        return True
    head = tok.head
    if tok.dep_ == "dobj":
        return head.lemma_.lower() in _ENDING_WORDS
    if tok.dep_ != "pobj" or head.dep_ != "prep":
        return False
    prep, owner = head.lower_, head.head.lemma_.lower()
    return (
        prep in preps
        or (prep in ("to", "for", "of") and owner in _RESPONSE_NOUNS)
        or (prep == "of" and owner in _ENDING_WORDS)
        # "will meet at the request of Japan": asked already, whatever is to come of it
        or _granted_by(tok) is not None
    )


# what keeps an act from happening: "a ban on nuclear tests", "halted missile tests"
_BANNING_NOUNS = frozenset({"ban", "moratorium", "freeze", "prohibition", "halt", "suspension"})
_BANNING_VERBS = frozenset({"ban", "halt", "suspend", "freeze", "prohibit", "forgo", "renounce"})


def _forbidden(noun: Token) -> bool:
    """ "a multiyear ban on designing warheads and conducting tests", "agreed to halt missile
    tests": the act is kept from happening, not told."""
    tok = noun
    for _ in range(4):
        tok = clauses.first_conjunct(tok)
        head = tok.head
        if tok.dep_ == "dobj" and head.lemma_.lower() in _BANNING_VERBS:
            return True
        if (
            tok.dep_ == "pobj"
            and head.lower_ == "on"
            and head.head.lemma_.lower() in _BANNING_NOUNS
        ):
            return True
        if tok.dep_ in ("dobj", "pcomp", "pobj") and head.i != tok.i:
            tok = head  # "on conducting tests": up through the gerund
            continue
        return False
    return False


# what one is near to but has not reached: "nearing an agreement", "close to a deal"
_NEARING_VERBS = frozenset({"near", "approach"})
_NEAR_ADJ = frozenset({"close", "closer", "near", "nearer"})


def _not_yet_reached(noun: Token) -> bool:
    """ "an agreement between Japan and the U.S. is close", "is nearing a trade agreement",
    "moved closer to a deal", "work towards an accord": an event not (yet) happened."""
    head = noun.head
    if noun.dep_ == "nsubj" and head.lemma_ == "be":
        return any(c.dep_ == "acomp" and c.lower_ in _NEAR_ADJ for c in head.children)
    if noun.dep_ == "dobj" and head.lemma_.lower() in _NEARING_VERBS:
        return True
    if noun.dep_ == "pobj":
        if head.lower_ in ("toward", "towards"):
            return True
        if head.lower_ == "for" and head.head.lemma_.lower() in _ADVOCACY_NOUNS:
            return True  # "a campaigner for British withdrawal", "calls for talks"
        if (head.head.lemma_.lower(), head.lower_) in _STRIVING:
            return True  # "working on a second meeting", "aspires to reconciliation"
        return head.lower_ == "to" and head.head.lower_ in _NEAR_ADJ
    return False


# verbs and their prepositions of striving for what is not yet: "still working on a meeting"
_STRIVING = frozenset(
    {("work", "on"), ("aspire", "to"), ("hope", "for"), ("wish", "for"), ("strive", "for")}
    | {("prepare", "for"), ("long", "for"), ("yearn", "for"), ("angle", "for"), ("lobby", "for")}
)
# nouns of asking or arguing for something not done: "a campaigner for withdrawal"
_ADVOCACY_NOUNS = frozenset(
    {"campaigner", "advocate", "proponent", "champion", "call", "demand", "plea", "appeal"}
    | {"push", "campaign", "bid", "plan", "preparation", "proposal", "hope", "pressure"}
    | {"request", "case", "argument", "lobbying", "petition", "motion"}
)


@dataclass
class Candidate:
    trigger: Token
    entry: LexEntry
    code: str
    anchor: Token  # the clause verb that carries mode, negation, date and place
    sources: list[ResolvedActor] = field(default_factory=list)
    targets: list[ResolvedActor] = field(default_factory=list)
    rule: str = ""
    negated: bool = False
    mode: str = "asserted"
    fallbacks: list[str] = field(default_factory=list)
    embedded: Token | None = None
    # "the two sides", "both countries" in the source/target slot: filled from context
    pair_slot: str = ""
    # carried by an "undergo" verb ("faced criticism"): the subject is the target
    undergone: bool = False
    # the deed a judgement is about when it names no one ("said the launch was reckless"):
    # its target is the deed's doer, told before (events._target_from_deed)
    about: Token | None = None


@dataclass(frozen=True, slots=True)
class SentenceCoder:
    lexicon: Lexicon
    actors: ActorResolver
    report_lemmas: frozenset[str]
    # token index -> country of a place named there (a city is a target only of force)
    place_countries: dict[int, str] = field(default_factory=dict)
    # token index -> the speaker of the direct quote an "I"/"we"/"our" stands in
    speakers: dict[int, ResolvedActor] = field(default_factory=dict)
    # token index -> the speaker of the direct quote it is in
    voices: dict[int, ResolvedActor] = field(default_factory=dict)
    # a learned guess for a content word the lexicon does not know (model.py), if any
    guess: Callable[[Token], LexEntry | None] | None = None

    def actor(self, token: Token) -> ResolvedActor | None:
        speaker = self.speakers.get(token.i)
        if speaker is not None:
            return speaker
        own = self._own_leader(token)
        return own if own is not None else self.actors.resolve(token)

    def _own_leader(self, token: Token) -> ResolvedActor | None:
        """'"The president asked me to engage with Russia," Tillerson said': a speaker's bare
        "the president" is their own country's, whoever was named president before."""
        voice = self.voices.get(token.i)
        if (
            voice is not None
            and voice.country is not None
            and len(voice.country) == 3
            and clauses.speakers_country(token)
        ):
            # '"Our country condemns the attack," the Chilean president said': the speaker's
            role = "GOV" if token.lemma_.lower() == "government" else ""
            return ResolvedActor(
                token.text,
                token.idx,
                token.idx + len(token.text),
                voice.country + role,
                None,
                "quote:own-country",
            )
        if (
            voice is None
            or voice.country is None
            or len(voice.country) != 3
            or token.lower_ not in _OWN_LEADER_WORDS
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
            or any(c.dep_ in ("amod", "compound", "poss", "prep") for c in token.children)
        ):
            return None
        return ResolvedActor(
            token.text,
            token.idx,
            token.idx + len(token.text),
            voice.country + "GOV",
            None,
            "quote:own-leader",
        )

    def actors_of(self, token: Token) -> list[ResolvedActor]:
        """Like `actor`, but a group of countries gives its members ("the Baltic states")."""
        speaker = self.speakers.get(token.i)
        if speaker is not None:
            return [speaker]
        own = self._own_leader(token)
        if own is not None:
            return [own]
        found = self.actors.resolve_all(token)
        if not found and token.lemma_.lower() in _BODY_NOUNS:
            # "a group of former U.S. ambassadors", "a delegation of Chinese officials": the
            # people it is made of
            for member in clauses.prep_objects(token, ("of",)):
                found += self.actors.resolve_all(member)
        if not found and token.lemma_.lower() in _ISSUED_NOUNS:
            # "resolutions by the U.N. Security Council have imposed limits", "a decision by
            # the administration": whoever made it, as "a Security Council resolution" names
            for maker in clauses.prep_objects(token, ("by",)):
                found += self.actors.resolve_all(maker)
        return found

    def agreement_parties(self, token: Token) -> list[ResolvedActor]:
        """The parties of a named agreement of a few countries (data/event_agreements.tsv):
        "NAFTA", "the INF Treaty", "the original NAFTA deal" -> each party, standing on the
        agreement's words."""
        table = agreements()
        doc = token.doc
        spans = [_entity_span(token)] if token.ent_type_ else []
        spans.append(doc[token.i : token.i + 1])
        if token.lemma_.lower() in _AGREEMENT_WORDS:
            named = [c for c in token.children if c.dep_ in ("compound", "nmod", "amod")]
            if named:
                spans.append(doc[named[0].left_edge.i : token.i + 1])  # "the INF treaty"
            spans += [doc[c.left_edge.i : c.i + 1] for c in named]  # "the NAFTA deal"
        for span in spans:
            words = span.text.lower().replace("\u2019", "'").removeprefix("the ")
            parties = table.get(words.removesuffix("'s"))
            if parties:
                return [
                    ResolvedActor(span.text, span.start_char, span.end_char, p, None, "agreement")
                    for p in parties
                ]
        return []

    def _agreement_targets(
        self, token: Token, sources: list[ResolvedActor]
    ) -> list[ResolvedActor]:
        """A named agreement's parties as whom an act on it is aimed at; not when two or more
        countries do it ("the US and Canada struck a NAFTA deal" is theirs, not with
        Mexico)."""
        if len({a.country for a in sources}) >= 2:
            return []
        return self.agreement_parties(token)

    def code(self, start: int, end: int) -> list[Candidate]:
        doc = self.actors.doc
        matches: dict[int, LexEntry] = {}
        for tok in doc[start:end]:
            if tok.ent_type_ in NAME_TYPES:
                continue  # "North Atlantic Treaty Organization" is no treaty
            if _connective_considering(tok):
                continue  # "..., considering Ryan's own proposals": "given", no one considers
            entry = self.lexicon.match(tok)
            if entry is None and _phone_call(tok):
                entry = _PHONE_CALL  # "Obama called the Kremlin after Putin's election"
            if entry is None and self.guess is not None:
                entry = self.guess(tok)
            if entry is not None:
                matches[tok.i] = entry
        for i, entry in list(matches.items()):
            if _yields_to_its_object(doc[i], entry, matches):
                carrier = self.lexicon.carrier(doc[i])
                if carrier is not None:
                    # "waging trade wars": the noun codes the act, the verb carries it
                    matches[i] = carrier
        consumed: set[int] = set()
        wrapped: dict[int, Token] = {}
        for i, entry in sorted(matches.items()):
            if entry.frame in WRAPPING_FRAMES:
                inner = self._embedded(doc[i], matches, start, end)
                if inner:
                    wrapped[i] = inner[0]
                    consumed.update(t.i for t in inner)
            elif entry.objects and entry.code:
                # an entry that names the act it is about ("threatened to attack", "vowed to
                # crush") is that one event: the infinitive is not a second, asserted one
                consumed.update(
                    c.i
                    for c in doc[i].children
                    if c.dep_ == "xcomp" and c.i in matches and words_of(c) & entry.objects
                )
                if entry.code[:2] in _UNDONE_ROOTS and doc[i].pos_ == "VERB":
                    # nor is a measure only threatened, proposed, asked for or promised, whoever
                    # would take it: "would propose new U.N. sanctions on North Korea"
                    consumed.update(
                        m.i
                        for h in object_heads(doc[i], entry.particle)
                        if h.i in matches and words_of(h) & entry.objects
                        for m in clauses.members(h)
                        if m.i in matches
                    )
        for i, entry in list(matches.items()):
            if (
                entry.frame == "intent"
                and entry.code
                and entry.code[:2] != "03"
                and i not in wrapped
                and (_to_infinitive(doc[i]) or not _view_shared(doc[i], entry))
            ):
                # a frame that sides with someone's view ("agreed with Britain that ...",
                # "agreed with Ms. Rice's assessment": 051) is an agreement to cooperate
                # otherwise ("Chile agreed with Peru"), and to do what its infinitive says when
                # the lexicon does not know the act ("agreed with Xi to tone down criticism")
                matches[i] = replace(entry, code="030")
        out: list[Candidate] = []
        for i, entry in sorted(matches.items()):
            if i in consumed or entry.frame in ("report", "light", "undergo"):
                continue
            if entry.code is None and not (entry.frame in WRAPPING_FRAMES and i in wrapped):
                continue  # a stop entry, or "plan to" with nothing planned
            if (
                self._is_argument_of_event(doc[i], matches)
                or (_is_framework(doc[i]) and not self._named_doer(doc[i], matches, start, end))
                or _is_transitive_display(doc[i], entry)
                or _is_decrease(doc[i])
                or _is_attributive(doc[i])
                or _named_agreement(doc[i], entry, matches)
                or _named_bond(doc[i], entry, matches)
                or _asks_for_comment(doc[i])
                or _asks_a_question(doc[i])
                or _pleads_in_court(doc[i])
                or _a_game_won(doc[i])
                or _pushes_toward(doc[i])
                or _names_a_thing(doc[i])
                or _a_danger(doc[i])
                or _said_not_done(doc[i], entry)
            ):
                continue
            cand = self._candidate(doc[i], entry, wrapped.get(i), matches, start, end)
            if cand is not None:
                out.append(cand)
        for cand in out:
            if not cand.targets and cand.sources and _named_sanctioner(cand.trigger):
                self._sanctioned(cand, out, start, end)
        # events told through speech ("said Y should ...", "warned ..."); imported here
        # because speech.py builds its candidates with this module's Candidate
        from newsgraph.extract.eventcoder.speech import speech_events

        return speech_events(self, out, matches, start, end)

    def _sanctioned(self, cand: Candidate, out: list[Candidate], start: int, end: int) -> None:
        """Whom sanctions named in passing are on: the one the participle after them names
        ("U.N. sanctions imposed to discourage Pyongyang"), else the one who defies or scoffs
        at them ("North Korea ... in defiance of U.N. sanctions", "Kim scoffed at the new
        U.N. sanctions")."""
        mine = {a.country for a in cand.sources}
        for child in cand.trigger.children:
            if child.dep_ != "acl":
                continue
            named = [
                a
                for t in child.subtree
                if start <= t.i < end and t.ent_type_ in ACTOR_ENT_TYPES
                for a in [self.actor(t)]
                if a is not None and a.country and a.country not in mine
            ]
            if named:
                cand.targets = unique(named)[:1]
                cand.fallbacks.append("target:sanctioned")
                return
        defied = False
        for up in cand.trigger.ancestors:
            owner = next((c for c in out if c.trigger.i == up.i and c is not cand), None)
            if owner is None:
                # "tested missiles in defiance of U.N. sanctions": the one who tested
                defied = defied or up.lemma_.lower() in _DEFIANCE
                continue
            # only a defiance or rejection of them tells who is under them: one who ships oil
            # "despite UN embargoes" or "in contravention of UN sanctions" may be a third party
            doers = [a for a in owner.sources if a.country and a.country not in mine]
            if (defied or owner.code[:2] == "12") and doers:
                cand.targets = unique(doers)
                cand.fallbacks.append("target:sanctioned")
            return

    @staticmethod
    def _is_argument_of_event(tok: Token, matches: dict[int, LexEntry]) -> bool:
        """A noun that names what another event is about is not an event of its own:
        "support for cooperation", "rejected the talks", "in a communique, they vowed"."""
        if tok.pos_ == "VERB" or _has_own_agent(tok):
            return False
        head = clauses.first_conjunct(tok)
        up = head.head
        if head.dep_ == "compound" and up.pos_ in ("NOUN", "PROPN"):
            # "U.S. tariff threats", "ceasefire talks", "sanctions relief": the word before
            # another event's noun says what that event is about
            above = matches.get(up.i)
            return above is not None and above.frame not in ("light", "undergo", "report")
        holder = container_of(head)
        if (
            holder is not None
            and holder.lemma_.lower() in CONTAINER_NOUNS
            and holder.dep_ in ("dobj", "pobj", "nsubjpass")
        ):
            # "sought a quick infusion of aid", "rejected a new round of talks": what the
            # container holds is the argument
            head, up = holder, holder.head
        if head.dep_ == "pobj" and up.dep_ == "prep":
            owner = up.head
            entry = matches.get(owner.i)
            if entry is None or entry.frame in ("light", "undergo"):
                return False
            if (
                owner.pos_ == "VERB"
                and entry.frame == "event"
                and entry.particle == up.lower_
                and words_of(head) & entry.objects
            ):
                # the object the entry names after its particle is what the act is about:
                # "warned of a nuclear strike", "threatened Y with sanctions", "withdrew from
                # the talks" make no strike, sanctions or talks of their own
                return True
            own = matches.get(tok.i)
            if (
                owner.pos_ == "VERB"
                and owner.lemma_.lower() == "invite"
                and up.lower_ in ("to", "for")
                and own is not None
                and (own.code or "")[:2] == "04"
            ):
                # "invited Modi to the G7 summit", "invited Iran for talks": the meeting is
                # what is offered (036), not one held
                return True
            if (
                owner.pos_ == "VERB"
                and own is not None
                and (own.code or "")[:2] == "04"
                and _said_in(up, matches)
            ):
                # "told Trump in a phone call", "said during talks": what was said was said
                # in a consultation that happened, with the one spoken to
                return False
            if owner.pos_ == "VERB" and _meeting_with_counterpart(tok, own):
                # "said during a visit to Beijing", "in a phone call with Abadi, Biden
                # praised ...": the visit or the call happened too, beside what was said
                return False
            if (
                owner.pos_ != "VERB"
                and up.lower_ in _CIRCUMSTANCE_PREPS
                and any(c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN") for c in tok.children)
            ):
                # "talks during North Korean officials' visit to Seoul", "sanctions after
                # Pyongyang's nuclear test": the time of the other told by a happening of its
                # own, whose doer is named
                return False
            # a noun trigger under another noun trigger, or an adverbial PP ("In a joint
            # communique ...") on a clause whose verb is itself an event
            return owner.pos_ != "VERB" or (
                up.dep_ == "prep" and up.lower_ in ("in", "during", "at")
            )
        if head.dep_ in ("dobj", "nsubjpass"):
            entry = matches.get(up.i)
            return entry is not None and entry.frame == "event" and up.pos_ == "VERB"
        return False

    # ------------------------------------------------------------------ frames
    def _embedded(
        self, frame_tok: Token, matches: dict[int, LexEntry], start: int, end: int
    ) -> list[Token]:
        """The event triggers in a wrapping frame's complement, the first one first."""
        entry = matches[frame_tok.i]
        deps = ("xcomp",) if entry.lemma in _OWN_ACT_FRAMES else ("xcomp", "ccomp", "acl")
        roots = [c for c in frame_tok.children if c.dep_ in deps]
        if entry.particle:
            roots += [
                c
                for c in frame_tok.children
                if c.dep_ == "advcl" and any(m.lower_ == entry.particle for m in c.children)
            ]
        roots += [c for c in frame_tok.children if c.dep_ == "dobj" and entry.frame != "intent"]
        # a gerund right after the frame, which the parser hangs on it as a clause: "ruled
        # out sending troops"
        last = max([frame_tok.i, *(c.i for c in frame_tok.children if c.dep_ == "prt")])
        roots += [
            c
            for c in frame_tok.children
            if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i == last + 1
        ]
        if entry.particle:
            prep = next((c for c in frame_tok.children if c.lower_ == entry.particle), None)
            if prep is not None:
                roots += [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
                if prep.dep_ != "prep":
                    # "looks forward to meeting": the preposition right after an adverb
                    # particle holds the act
                    roots += [
                        c
                        for p in frame_tok.children
                        if p.dep_ == "prep" and p.i == prep.i + 1
                        for c in p.children
                        if c.dep_ in ("pobj", "pcomp")
                    ]
        queue = deque(roots)
        seen: set[int] = set()
        found: list[Token] = []
        while queue:
            tok = queue.popleft()
            if tok.i in seen or not start <= tok.i < end:
                continue
            seen.add(tok.i)
            inner = matches.get(tok.i)
            if inner is not None and inner.frame == "event" and inner.code:
                found.append(tok)
            if inner is not None and inner.frame in ("report", *WRAPPING_FRAMES):
                continue
            if inner is None and tok.lemma_.lower() in _AVERTING:
                continue  # "wants to avoid a war": no war is wanted
            if inner is not None and inner.frame == "undergo" and entry.frame == "intent":
                # "pledged that his country would receive aid from the U.S.": an aid received
                # is no aid pledged
                continue
            if (
                inner is None
                and tok.lemma_.lower() in _PREPARING
                and frame_tok.lemma_.lower() in CAUSATIVE_ORDERS
            ):
                continue  # "ordered the Pentagon to prepare to attack": no attack ordered
            if tok.lemma_.lower() in _NOT_ASKED_PEOPLE:
                continue  # "pledged to punish violators of U.N. sanctions": none pledged
            if tok.lower_ == "without" or (
                tok.lower_ == "out" and any(c.lower_ == "of" for c in tok.children)
            ):
                continue  # "wants Pompeo out of talks", "a deal without sanctions": not wanted
            queue.extend(
                c
                for c in tok.children
                if c.dep_ not in ("advcl", "relcl", "punct")
                and not _circumstance(c)
                # a participle that describes a noun is no act asked or pledged ("calls for
                # the embassy to be moved to Jerusalem, a disputed city")
                and not (c.dep_ == "amod" and c.tag_ in ("VBN", "VBG"))
            )
        return found

    # -------------------------------------------------------------- candidates
    def _candidate(
        self,
        trigger: Token,
        entry: LexEntry,
        inner: Token | None,
        matches: dict[int, LexEntry],
        start: int,
        end: int,
    ) -> Candidate | None:
        inner_entry = matches.get(inner.i) if inner is not None else None
        ordered = False  # an act done by ordering it ("ordered the Treasury to sanction")
        if entry.frame in WRAPPING_FRAMES:
            inner_code = inner_entry.code if inner_entry is not None else None
            if inner is not None and (clauses.is_negated(inner) or inner.dep_ == "pobj"):
                inner_code = None  # "agreed sanctions should not be lifted", "agreed on a ban"
            frame = entry.frame
            if _asks_for_oneself(trigger, inner, frame):
                frame = "intent"  # "Kim had requested to meet him": his own wish to meet
            code, kept = frame_code(frame, inner_code)
            if (
                inner_code
                and entry.frame == "intent"
                and entry.lemma in _WISHES
                and inner is not None
                and inner.lemma_.lower() in _PERFORMATIVES
                and _says_it(trigger)
            ):
                # "I want to thank Rex for his service" thanks him: saying so is the act
                code, kept = inner_code, False
            if inner_code and entry.frame == "demand" and entry.lemma in CAUSATIVE_ORDERS:
                # one who can order the act does it by ordering: "the U.S. ordered the closure
                # of the consulate" is the closure (161), not a demand
                code, kept = inner_code, False
                ordered = True
            if inner_code is None and entry.code is not None and entry.code != code:
                code = entry.code
            rule = entry.pattern + (f" + {inner_entry.pattern}" if inner_entry is not None else "")
            if (
                inner_code is None
                and entry.frame == "intent"
                and (harm := _vows_harm(trigger)) is not None
            ):
                # "vowed to retaliate", "vowed to make America pay", "promised to apply more
                # pressure on the North": a pledge of harm is a threat
                code = "130"
                rule = f"{rule} + harm:{harm.lemma_.lower()}"
        else:
            code, kept = entry.code or "", False
            rule = entry.pattern
        anchor = trigger
        carrier: Token | None = None  # the support or undergo verb a noun trigger hangs on
        if trigger.pos_ != "VERB":
            gov = clauses.governing_verb(trigger)
            anchor = gov if gov is not None else trigger
            carrier = _carrier(trigger, matches, ("light", "undergo"))
        cand = Candidate(trigger, entry, code, anchor, rule=rule, embedded=inner)
        cand.undergone = (
            carrier is not None
            and matches[carrier.i].frame == "undergo"
            and _object_of(trigger, carrier)
        )
        if kept:
            cand.mode = "intended"
        ready = _readiness(anchor, trigger if trigger.pos_ == "NOUN" else None)
        if ready and entry.frame not in WRAPPING_FRAMES:
            # "is ready to impose sanctions" threatens them; "is ready to meet" is an intent
            frame = "threat" if code[:2] in _THREAT_ROOTS else "intent"
            new_code, kept = frame_code(frame, code)
            cand.code, cand.rule = new_code, f"{rule} + adj:{ready.lemma_.lower()}"
            if kept:
                cand.mode = "intended"
        self._arguments(cand, carrier, matches, start, end)
        mine = {a.country for a in cand.sources}
        if ordered and inner is not None and cand.targets and {
            a.country for a in cand.targets
        } <= mine:
            # "Trump ordered Lighthizer to investigate whether China ...": the one ordered is
            # the source's own hand; the act is aimed where the act says, or nowhere named
            cand.targets = self._inner_targets(inner, matches, cand.sources, start, end)
        if (
            cand.code[:2] == "12"
            and entry.particle in ("of", "from")
            and cand.targets
            and {a.country for a in cand.targets} <= mine
        ):
            # "pulled the U.S. out of the deal": the one taken out is the source's own
            cand.targets = []
        if (cand.code == "016" or cand.code[:2] == "12") and cand.sources and not cand.targets:
            cand.targets = self._answered(trigger, cand, start, end)
        if cand.code[:2] == "03" and trigger.pos_ == "NOUN" and cand.sources and not cand.targets:
            # "extended an invitation to resume trade talks with his Chinese counterparts", "an
            # offer of talks with Peru": the one invited or offered is the other side of the
            # act it names
            named = [
                o
                for c in trigger.children
                if c.dep_ == "prep" and c.lower_ in ("of", "for", "to")
                for o in c.children
                if o.dep_ in ("pobj", "pcomp") and _is_event_entry(matches.get(o.i))
            ]
            for act in [*self._embedded(trigger, matches, start, end), *named]:
                cand.targets = self._inner_targets(act, matches, cand.sources, start, end)
                if cand.targets:
                    break
        if cand.code in ("166", "0873"):
            # (a pullout or drawdown of troops too: "the pullout of U.S. troops from Iraq")
            self._withdrawn_from(cand, start, end)
        if _joint_drill(cand):
            # "the US and South Korea conducted military drills", "drills with Japan": they
            # train together (062), a show of force toward no one named (the guidelines)
            cand.code, cand.rule = "062", f"{cand.rule} + joint"
        if entry.frame in ("appeal", "demand") and not cand.targets:
            # the one asked is the subject of the clause asked for ("called for the U.S. to act")
            for clause in trigger.children:
                if clause.dep_ in ("advcl", "ccomp", "xcomp"):
                    if clause.dep_ == "advcl" and any(
                        m.dep_ == "mark" and m.lower_ != "for" for m in clause.children
                    ):
                        continue  # "demanded ... so the U.S. could start talks": a purpose
                    subjects = [
                        m for c in clause.children if c.dep_ == "nsubj" for m in clauses.members(c)
                    ]
                    codes = {a.code for a in cand.sources}
                    found = unique(self._resolve(subjects, start, end))
                    cand.targets = [a for a in found if a.code not in codes]
                    if cand.targets or subjects:
                        break  # the one asked, though maybe not one we can name
        if entry.particle and not cand.targets and trigger.pos_ == "VERB":
            # "called on the U.S. to lead", "calling for the United States to step up"
            heads = clauses.prep_objects(trigger, (entry.particle,))
            codes = {a.code for a in cand.sources}
            cand.targets = [
                a for a in unique(self._resolve(heads, start, end)) if a.code not in codes
            ]
        if (
            inner is not None
            and not cand.targets
            and entry.frame in ("appeal", "demand")
            and inner_entry is not None
            and inner_entry.code in _OWN_MEASURES
            and inner.dep_ in ("dobj", "pobj", "pcomp")
            and cand.sources
        ):
            # "Lavrov called for the expulsion of 35 U.S. diplomats", "called for lifting the
            # embargo of Cuba": no one asked is named, and the measure is one the speaker's own
            # government takes; the diplomats expelled or the country embargoed are not asked
            me = cand.sources[0]
            if me.country is not None and not me.country.startswith("IGO"):
                words = inner.doc[inner.left_edge.i : inner.right_edge.i + 1]
                cand.targets = [
                    ResolvedActor(words.text, words.start_char, words.end_char, me.country)
                ]
                cand.fallbacks.append("target:own-government")
        asked_unnamed = not ordered and _asked_unnamed(trigger, entry)
        if inner is not None and not cand.targets and not asked_unnamed:
            cand.targets = self._inner_targets(inner, matches, cand.sources, start, end)
            if not cand.targets and inner.pos_ == "NOUN" and start <= inner.i < end:
                # "refuses to accept Syria's denials": the one whose act is refused
                own = {a.country for a in cand.sources}
                cand.targets = [
                    a
                    for a in unique(self.actors.modifier_actors(inner))
                    if a.country not in own and not same_party(a, cand.sources)
                ]
        denying = {trigger} | ({carrier} if carrier else set())
        told = support_participle(trigger, matches) if trigger.pos_ == "NOUN" else None
        if not _said_of_happening(trigger, anchor, carrier) and not (
            # "sanctions imposed on Chinese firms by the United States": the participle
            # with its doer tells them, whatever the clause denies
            told is not None and clauses.agent_objects(told)
        ) and not _bearer_of_measure(trigger) and not _owned_by_another(trigger):
            # ("has not been fazed by sanctions": the sanctions are there all the same)
            denying.add(anchor)
        cand.negated = (
            any(clauses.is_negated(t) for t in denying)
            or _object_denied(trigger, cand.entry)
            or _called_off(trigger, cand.code)
        )
        if cand.mode == "asserted":
            cand.mode = clauses.mode_of(anchor, self.report_lemmas)
            if cand.mode not in ("asserted", "reported") and _already_there(trigger, cand.mode):
                # "a call to expel diplomats in response to new sanctions": the sanctions are
                # there whatever the call intends
                cand.mode = "asserted"
        if cand.mode in ("asserted", "reported") and trigger.pos_ == "NOUN":
            cand.mode = _noun_mode(trigger) or cand.mode
        if cand.code[:2] == "04":
            # "speaking to the BBC": an interview given, not a consultation with a party
            cand.targets = [a for a in cand.targets if not a.is_outlet]
            if cand.sources and all(a.is_outlet for a in cand.sources):
                # "Fox News' reporter spoke with Pentagon officials": an interview taken
                cand.sources, cand.targets = [], []
        return cand

    def _arguments(
        self,
        cand: Candidate,
        carrier: Token | None,
        matches: dict[int, LexEntry],
        start: int,
        end: int,
    ) -> None:
        trig = cand.trigger
        if trig.pos_ == "ADJ" or cand.entry.pos == "adj":
            self._adjective_arguments(cand, start, end)
            return
        src_heads: list[Token] = []
        tgt_heads: list[Token] = []
        if trig.pos_ == "VERB":
            undergoers = [
                m for c in trig.children if c.dep_ == "nsubjpass" for m in clauses.members(c)
            ]
            if _stance_passive(trig):
                # "the U.S. was committed to working with its partners": the one committed
                # commits
                src_heads = [h for h in undergoers if start <= h.i < end]
            elif clauses.is_passive(trig):
                src_heads = clauses.agent_objects(trig) or [
                    # "was arrested and charged by Iranian police": the by-phrase of the
                    # participle right after the conjunction names the doer of both (not
                    # "was sold off last year and eventually acquired by Rosneft")
                    a
                    for c in trig.children
                    if c.dep_ == "conj" and c.i == trig.i + 2 and c.tag_ == "VBN"
                    and clauses.is_passive(c)
                    for a in clauses.agent_objects(c)
                ]
                if not src_heads and cand.code[:2] in _AUTHORITY_ROOTS:
                    # "South Korean authorities announced the tanker was being held": the
                    # authorities that tell of a coercion no one is said to have done did it
                    src_heads = self._telling_authority(trig, start, end)
                if not src_heads and cand.code[:2] in ("15", "19"):
                    # "a ballistic missile launched from North Korea", "rockets fired from
                    # Gaza": where it was fired from fired it
                    src_heads = clauses.prep_objects(trig, ("from",))
                tgt_heads = undergoers
                said_of = trig
                if not tgt_heads and trig.dep_ == "conj":
                    # "Gulen, who lives in Pennsylvania and is blamed by Turkey's government",
                    # "Russia invaded Ukraine and was condemned by the U.N.": the one the
                    # first of the joined verbs is said of
                    said_of = clauses.first_conjunct(trig)
                    tgt_heads = [
                        m
                        for c in said_of.children
                        if c.dep_ in ("nsubj", "nsubjpass")
                        for m in clauses.members(c)
                    ]
                if said_of.dep_ == "relcl" and any(clauses.is_relative(h) for h in tgt_heads):
                    # "schoolgirls that were kidnapped": the one it was done to is the noun
                    tgt_heads = clauses.members(said_of.head)
                if not tgt_heads and trig.dep_ == "acl" and trig.tag_ == "VBN":
                    # "Japanese citizens abducted by North Korean agents": the one the
                    # participle is said of underwent it
                    tgt_heads = self._participle_patients(trig, cand.entry, start, end)
                if said_of is not trig:
                    tgt_heads = [h for h in tgt_heads if start <= h.i < end]
                if not tgt_heads and _passive_infinitive(said_of):
                    # "Peru agreed to be inspected by UN monitors", "gave up his weapons, only
                    # to be captured and killed by rebels": the one who was to undergo it
                    tgt_heads = [h for h in clauses.subject_heads(said_of) if start <= h.i < end]
            else:
                src_heads = [h for h in clauses.subject_heads(trig) if start <= h.i < end]
                src_heads = [a for h in src_heads for a in self._past_dateline(h)]
                # "the Iraq war had undermined him", "the Iran deal hurt exports": what a war
                # or a deal is named for does not act through it
                src_heads = [h for h in src_heads if not _named_for_a_place(h)]
                if not src_heads:
                    adj = clauses.adjacent_subject(trig, start)
                    if adj is not None:
                        src_heads = clauses.members(adj)
                        cand.fallbacks.append("subject:adjacent")
        else:
            own_words = cand.entry.modifiers if cand.entry is not None else ()
            src_heads = []
            for c in trig.children:
                if c.dep_ not in ("poss", "compound", "amod", "nmod", "nsubj"):
                    continue
                if c.lower_ in own_words and not any(
                    g.dep_ in ("poss", "compound", "amod", "nmod") for g in c.children
                ):
                    continue  # "a Twitter war": the entry's own word is no party (but "an
                    # American drone strike" hangs the doer on it)
                src_heads.append(c)
            # "U.S. and South Korean military drills", "Chilean and Bolivian warships": each
            # people coordinated before the noun
            src_heads += [
                m
                for c in list(src_heads)
                if c.dep_ in ("amod", "compound") and c.ent_type_ == "NORP"
                for m in clauses.members(c)[1:]
            ]
            if trig.lemma_.lower() in _PATIENT_NOUNS and not clauses.prep_objects(trig, ("of",)):
                # "Navalny's arrest by the police", "his release from Venezuela": the owner
                # undergoes it (with an of-phrase it acts: "Russia's expulsion of diplomats")
                tgt_heads = [m for c in src_heads if c.dep_ == "poss" for m in clauses.members(c)]
                src_heads = [c for c in src_heads if c.dep_ != "poss"]
            by_phrase = clauses.agent_objects(trig)
            agents = [m for a in by_phrase for m in clauses.members(a)]
            doers = {a.country for a in self._resolve(agents, start, end)} - {None}
            if (
                doers
                and not tgt_heads
                and not clauses.prep_objects(trig, ("of", "on", "against", "to", "with"))
            ):
                # "an influential Trump endorsement by Marine Le Pen", "the Iraq invasion by
                # the U.S.": the by-phrase does it, so another party named before the noun
                # undergoes it (not "the U.S. missile strike by the Navy")
                before_noun = [
                    c
                    for c in src_heads
                    if c.dep_ in ("compound", "poss", "nmod")
                    # ("Crimea's annexation by Russia": a place taken by force)
                    and (them := self._resolve([c], start, end) or self.attacked_place(c))
                    and not {a.country for a in them} & doers
                ]
                tgt_heads = [m for c in before_noun for m in clauses.members(c)]
                src_heads = [c for c in src_heads if c not in before_noun]
            src_heads += by_phrase
            # "the visit of Chinese President Xi Jinping to Moscow": the one who travels (but
            # "a tour of African nations" is of the places visited)
            src_heads += self._travellers(trig)
            if trig.lemma_.lower() in _ASKING_NOUNS:
                # "the demands of Hong Kong's demonstrators": theirs, not made of them
                src_heads += clauses.prep_objects(trig, ("of",))
                granted = _granted_by(trig)
                if granted is not None and granted.pos_ in ("VERB", "AUX") and not tgt_heads:
                    # "the Security Council will meet at the request of the United States":
                    # the one who does what was asked is asked
                    tgt_heads = [h for h in clauses.subject_heads(granted) if start <= h.i < end]
            if trig.lemma_.lower() in _OBJECTOR_NOUNS:
                objectors = [
                    m for o in clauses.prep_objects(trig, ("of",)) for m in clauses.members(o)
                ]
                if self._resolve(objectors, start, end):
                    src_heads += objectors
                    prep = trig.head
                    overriding: tuple[str, ...] = _OVERRIDING_PREPS
                    if trig.lemma_.lower() in _ANGER_NOUNS:
                        overriding += ("to",)  # "hosted them, much to the outrage of Egypt"
                    if (
                        trig.dep_ == "pobj"
                        and prep.lower_ in overriding
                        and prep.head.pos_ == "VERB"
                        and not tgt_heads
                    ):
                        # "the Army added four launchers over the objections of Russia and
                        # China": what they object to is the doing of the clause's subject
                        tgt_heads = [
                            h for h in clauses.subject_heads(prep.head) if start <= h.i < end
                        ]
            held_in = container_of(clauses.first_conjunct(trig)) or _announced_in(trig)
            if held_in is not None:
                # "a series of missile tests by Pyongyang": the parser hangs the by-phrase on
                # the container
                src_heads += clauses.agent_objects(held_in)
                if not self._resolve(src_heads, start, end):
                    # "a U.S. Treasury Department announcement of sanctions on 20 vessels",
                    # "Washington's latest round of sanctions": the owner of the container
                    # or of the announcement does it
                    src_heads += [
                        m
                        for c in held_in.children
                        if c.dep_ in ("poss", "compound", "amod", "nmod")
                        for m in clauses.members(c)
                    ]
            if trig.lemma_.lower() not in _TAKING_NOUNS:
                # "support from Europe" (but "the annexation of Crimea from Ukraine": taken
                # from Ukraine, a target; nor "shifted the war on terrorism from Iraq to
                # Afghanistan": a move from one place to another)
                src_heads += [
                    o
                    for o in clauses.prep_objects(trig, ("from",))
                    if not _from_to(o.head) and not _goods_origin(trig, cand.code)
                ]
            participle = support_participle(trig, matches)
            if participle is not None:
                # "sanctions imposed by the United Nations": the participle's agent does it
                src_heads += clauses.agent_objects(participle)
            clause = support_clause(trig, matches)
            if clause is not None:
                # "the tariffs that Trump imposed on Canada": the clause's subject does it
                src_heads += [
                    m
                    for c in clause.children
                    if c.dep_ == "nsubj"
                    for m in clauses.members(c)
                ]
                src_heads += [m for a in clauses.agent_objects(clause) for m in clauses.members(a)]
            if carrier is not None and matches[carrier.i].frame == "undergo":
                tgt_heads = clauses.subject_heads(carrier)
                # "received support from Europe", "faced sanctions by the EU": the giver
                # hangs on the carrier verb
                src_heads += clauses.prep_objects(carrier, ("from",))
                src_heads += clauses.agent_objects(carrier)
                if carrier.lemma_.lower() == "pay":
                    # "paying tariffs to the USA": the one paid imposes them
                    src_heads += clauses.prep_objects(carrier, ("to",))
                    src_heads += clauses.prep_objects(trig, ("to",))
                # "earned the backing of the United States": the of-phrase is the giver
                src_heads += clauses.prep_objects(trig, ("of",))
            elif not self._resolve(src_heads, start, end):
                verb = carrier or cand.anchor
                judged = clauses.judged_for_noun(clauses.first_conjunct(trig))
                if judged is not None:
                    # "accused Russia of the attack": the attack is Russia's, not the accuser's
                    src_heads = clauses.members(judged)
                elif self._borrows_subject(trig, carrier):
                    src_heads = [h for h in clauses.subject_heads(verb) if start <= h.i < end]
                    if not src_heads and clauses.first_conjunct(trig).dep_ == "nsubjpass":
                        # "the tariffs were imposed by Chile": the support verb's agent
                        src_heads = clauses.agent_objects(verb)
                    if not src_heads and verb.pos_ == "VERB":
                        adj = clauses.adjacent_subject(verb, start)
                        src_heads = clauses.members(adj) if adj is not None else []
                if (
                    trig.pos_ == "NOUN"
                    and trig.dep_ == "ROOT"
                    and not self._resolve(src_heads, start, end)
                ):
                    # "China has since added retaliatory duties on ...": the parser makes the
                    # noun the root and its tensed verb a modifier that keeps the subject
                    src_heads = [
                        m
                        for c in trig.children
                        if c.dep_ == "amod" and c.tag_ in ("VBD", "VBN")
                        for s in c.children
                        if s.dep_ == "nsubj" and start <= s.i < end
                        for m in clauses.members(s)
                    ]
        if trig.pos_ == "VERB" and trig.lemma_.lower() in _STATIONING_VERBS:
            # "the United States stations 28,500 troops in the South", "U.S. troops are
            # stationed in South Korea": who keeps troops where; the troops are no target
            held = [c for c in trig.children if c.dep_ in ("dobj", "nsubjpass")]
            if trig.dep_ == "acl":
                held.append(trig.head)  # "U.S. troops based in Japan"
            places = clauses.prep_objects(trig, _STATIONED_PREPS) + [
                p for h in held for p in clauses.prep_objects(h, _STATIONED_PREPS)
            ]
            if clauses.is_passive(trig) and not clauses.agent_objects(trig):
                src_heads = [m for h in held for m in clauses.members(h)]
            cand.sources = unique(self._resolve(src_heads, start, end))
            if not cand.sources and trig.dep_ == "acl" and trig.head.dep_ == "dobj":
                # "the U.S. has 28,500 troops based in South Korea": whose troops they are
                owner = [h for h in clauses.subject_heads(trig.head.head) if start <= h.i < end]
                cand.sources = unique(self._resolve(owner, start, end))
            places = [p for p in places if start <= p.i < end]
            found = self._resolve(places, start, end) or [
                a for p in places for a in self.attacked_place(p)
            ]
            cand.targets = self._other_parties(found, cand.sources)
            return
        between_heads = clauses.prep_objects(trig, ("between", "among"))
        between = unique(self._resolve(between_heads, start, end))
        if (
            trig.pos_ != "VERB"
            and not between_heads
            and clauses.first_conjunct(trig).dep_ in ("nsubj", "dobj")
        ):
            # only a pair's act told as happening ("the U.S.-China trade war began"), not one
            # named in passing ("ahead of the Trump-Kim summit", "obstacles to
            # Israeli-Palestinian reconciliation": on the dev gold 0 right of 8 such)
            paired = self._hyphen_pair(trig, start, end)
            if paired:
                # "the U.S.-China trade war", "India-Pakistan clashes", "the North Korea-U.S.
                # summit": between the two, each on the other
                cand.sources, cand.targets = paired, []
                cand.fallbacks.append("sides:hyphen-pair")
                return
        if len(between) < 2 and len(between_heads) == 1:
            # "a summit between the leaders of the United States and China", "talks among
            # representatives from Japan and Korea": the countries the one phrase names
            whose = unique(
                self._resolve(clauses.prep_objects(between_heads[0], ("of", "from")), start, end)
            )
            if len({a.country for a in whose}) >= 2:
                between = whose
        if (
            not between
            and any(is_pair_phrase(h, definite=True) for h in between_heads)
            and not self._resolve(src_heads, start, end)
        ):
            # "talks between the two countries": the pair named before (events.py)
            cand.pair_slot = "source"
            return
        if (
            trig.pos_ != "VERB"
            and cand.code[:2] == "04"
            and not between
            and any(c.dep_ == "poss" and c.lower_ == "their" for c in trig.children)
            and not self._resolve(clauses.prep_objects(trig, ("with",)), start, end)
        ):
            # "Obama and Medvedev established a rapport after their first meeting": the two
            # named before it in the sentence (events.py), with each other
            cand.pair_slot = "source"
            return
        if trig.pos_ != "VERB" and 2 <= len({a.country for a in between}) <= _MAX_PARTIES:
            # "an agreement between Egypt and Israel" is theirs, whoever tells of it (and "a
            # pact among Chile, Peru and Bolivia" is the three's)
            cand.sources, cand.targets = between, []
            return
        if trig.pos_ != "VERB" and trig.lemma_.lower() in _GROUPING_NOUNS:
            members = unique(self._resolve(clauses.prep_objects(trig, ("of",)), start, end))
            if len({a.country for a in members}) >= 2:
                # "an alliance of the US, India and Japan": its members, with each other
                cand.sources, cand.targets = members, []
                return
        cand.sources = unique(self._resolve(src_heads, start, end))
        if not cand.sources and trig.pos_ != "VERB" and cand.code[:2] in _JOINT_ROOTS:
            named = [
                a
                for h in clauses.prep_objects(trig, ("of", "for", "on")) + _under_what(trig)
                if start <= h.i < end
                for a in self.agreement_parties(h)
            ]
            if named:
                # "the renegotiation of NAFTA", "a signing ceremony for the USMCA": the
                # agreement's parties, with each other
                cand.sources, cand.targets = named, []
                cand.fallbacks.append("sides:agreement")
                return
        if not cand.sources and trig.pos_ == "VERB" and cand.code[:2] in _JOINT_ROOTS:
            joint = self._joint_object_sides(trig, cand.entry, start, end)
            if joint:
                # "the trade deal between Chile and Peru was signed", "officials signed the
                # Chile-Peru pact": the parties the agreement names, with each other
                cand.sources, cand.targets = joint, []
                cand.fallbacks.append("sides:object")
                return
        if not cand.sources and any(
            is_pair_phrase(h, definite=True)
            or (h.lower_ == "both" and h.dep_ == "nsubj")
            or any(is_pair_phrase(o) for o in clauses.prep_objects(h, ("from", "of")))
            for h in src_heads
        ):
            # before the role rule: "the two leaders" are a pair, not the clause's country,
            # and so are "negotiators from both countries" and a bare "both"
            cand.pair_slot = "source"
            if trig.pos_ == "VERB":
                # "the two countries have signed a trade protocol with the US": whom the pair
                # acts with (events.py keeps those of neither country of the pair)
                partners = clauses.prep_objects(trig, ("with",)) + [
                    w
                    for o in clauses.object_heads(trig)
                    for w in clauses.prep_objects(o, ("with",))
                ]
                cand.targets = unique(self._resolve(partners, start, end))
            return
        if (
            len({a.country for a in cand.sources}) < 2
            and trig.pos_ == "VERB"
            and trig.lemma_.lower() in _MEETING_VERBS
            and cand.code[:2] == "04"  # ("we are willing to talk": one side's intent)
            and not clauses.is_passive(trig)
            and plural_mention(src_heads)
            and not clauses.object_heads(trig)
            and not clauses.prep_objects(trig, ("with", "to"))
        ):
            # "since they first met", "before the two met", "the issues they discussed": a
            # meeting of a pair named before (events.py), when "they" stands for no group
            cand.sources = []
            cand.pair_slot = "source"
            return
        if not cand.sources:
            cand.sources = self._role_with_clause_country(src_heads, cand, start, end)
        if not cand.sources and trig.pos_ != "VERB" and cand.entry.objects:
            # "the launch of a North Korean missile": whose the weapon is, launches it
            cand.sources = unique(
                a
                for o in clauses.prep_objects(trig, ("of",))
                if o.lemma_.lower() in cand.entry.objects and start <= o.i < end
                for a in self.actors.modifier_actors(o)
            )
        if not cand.sources and 2 <= len({a.country for a in between}) <= _MAX_PARTIES:
            # "a treaty negotiated between Chile and Peru": the sides act on each other
            cand.sources, cand.targets = between, []
            return
        if not tgt_heads:
            cand.targets = self._targets_of(
                trig, matches, cand.sources, start, end, violent=cand.code[:2] in VIOLENT_ROOTS
            )
            if not cand.targets and trig.pos_ == "VERB":
                heads = clauses.object_heads(trig) + clauses.prep_objects(
                    trig, clauses.VERB_TARGET_PREPS
                )
                if any(is_pair_phrase(h, definite=True) for h in heads):
                    cand.pair_slot = "target"
        else:
            found = self._resolve(tgt_heads, start, end)
            if not found:
                # "the NAFTA deal was signed by Bush", "NAFTA is being renegotiated"
                mine = {a.country for a in cand.sources}
                found = [
                    a
                    for h in tgt_heads
                    if start <= h.i < end
                    for a in self._agreement_targets(h, cand.sources)
                    if a.country not in mine
                ]
            if not found and cand.code[:2] in _JUDGING_ROOTS and trig.pos_ == "VERB":
                # "Saudi Arabia's crackdown has been criticized", "the White House's
                # relationship with Riyadh was criticized": the owner of what is judged
                found = [a for h in tgt_heads for a in self.actors.modifier_actors(h)]
            if not found and cand.code[:2] in VIOLENT_ROOTS:
                # "Nigerian schoolgirls were kidnapped", "Kharkiv was shelled": the country in
                # the phrase (only for force: "Obama's chances are considered high" is no act
                # on the USA)
                found = [a for h in tgt_heads for a in self.attacked_place(h)]
                found = found or [a for h in tgt_heads for a in self.actors.modifier_actors(h)]
            if not found and trig.pos_ == "VERB" and cand.code[:2] in _GIVING_ROOTS:
                # "the messages were turned over to Congress", "aid was delivered to Syria":
                # what is given names no party; the one it is given to is the target
                found = self._resolve(clauses.prep_objects(trig, ("to",)), start, end)
            cand.targets = self._other_parties(found, cand.sources)

    def _joint_object_sides(
        self, verb: Token, entry: LexEntry, start: int, end: int
    ) -> list[ResolvedActor]:
        """The parties of the agreement or talks a verb's entry names as its object, when the
        object names two or more countries ("between Chile and Peru", "the Chile-Peru")."""
        objects = clauses.object_heads(verb) + [
            c for c in verb.children if c.dep_ == "nsubjpass"
        ]
        for obj in objects:
            # "NAFTA is being renegotiated", "signed the INF Treaty": a named agreement's
            # parties (data/event_agreements.tsv)
            parties = self.agreement_parties(obj) if start <= obj.i < end else []
            if parties:
                return parties
        if not entry.objects:
            return []
        for obj in objects:
            if obj.lemma_.lower() not in entry.objects or not start <= obj.i < end:
                continue
            sides = unique(self._resolve(clauses.prep_objects(obj, ("between", "among")), start, end))
            if 2 <= len({a.country for a in sides}) <= _MAX_PARTIES:
                return sides
            paired = self._hyphen_pair(obj, start, end)
            if paired:
                return paired
        return []

    def _hyphen_pair(self, trig: Token, start: int, end: int) -> list[ResolvedActor]:
        """The parties a noun event's modifiers join with a hyphen or dash ("U.S.-China",
        "India-Pakistan", "US-Japanese"), when they are two or more different countries."""
        doc = trig.doc
        found: list[ResolvedActor] = []
        for k in range(max(trig.left_edge.i, start) + 1, trig.i - 1):
            dash = doc[k]
            if dash.text not in ("-", "\u2013", "\u2014") or dash.whitespace_:
                continue
            if doc[k - 1].whitespace_ or doc[k + 1].head.i > trig.i:
                continue
            for side in (doc[k - 1], doc[k + 1]):
                actor = self.actor(side)
                if actor is not None and actor.country and all(
                    actor.country != a.country for a in found
                ):
                    found.append(actor)
        # (only the sides of a dash are ever found: two of them mean a dash was seen)
        return found if 2 <= len(found) <= _MAX_PARTIES else []

    def _adjective_arguments(self, cand: Candidate, start: int, end: int) -> None:
        """ "Jordan has been critical of the settlements", "lawmakers critical of the deal":
        the one the adjective is said of does it, to its preposition's object."""
        trig = cand.trigger
        said_of = [c for c in trig.children if c.dep_ == "nsubjpass"]
        if trig.dep_ == "amod":
            src_heads = clauses.members(trig.head)
        elif said_of:  # a participle read as a passive: "Japan is worried by the launches"
            src_heads = [m for c in said_of for m in clauses.members(c) if start <= m.i < end]
        else:
            src_heads = [h for h in clauses.subject_heads(trig.head) if start <= h.i < end]
        particle = cand.entry.particle
        tgt_heads = clauses.prep_objects(trig, (particle,)) if particle else []
        if particle == "by":
            tgt_heads += clauses.agent_objects(trig)
        cand.sources = unique(self._resolve(src_heads, start, end))
        # the one named, else the one whose deed it is: "critical of China's policy",
        # "concerned about the launch by North Korea"
        found = self._actors_in(tgt_heads, cand.entry, cand.sources, start, end, violent=False)
        cand.targets = [a for a in unique(found) if not same_party(a, cand.sources)]

    def _withdrawn_from(self, cand: Candidate, start: int, end: int) -> None:
        """ "withdrew its troops from Syria": the withdrawal is from Syria, not from the
        troops (the source's own forces are no target)."""
        trig = cand.trigger
        if trig.pos_ != "VERB":
            # "British withdrawal from the EU": the from-phrase is what is left, not a giver
            left = self._countries_after(trig, "from")
            if left and cand.sources:
                cand.targets = [a for a in cand.sources if a.country in left] + cand.targets
                cand.sources = [a for a in cand.sources if a.country not in left]
            if not cand.sources:
                # "the withdrawal of U.S. troops from Syria": the troops' country withdraws
                withdrawn = self._countries_after(trig, "of")
                cand.sources = [a for a in cand.targets if a.country in withdrawn]
                cand.targets = [a for a in cand.targets if a.country not in withdrawn]
            return
        own = {a.country for a in cand.sources}
        if cand.targets and not all(a.country in own for a in cand.targets):
            return
        out = any(c.lower_ == "out" for c in trig.children)
        heads = clauses.prep_objects(trig, ("from", "of") if out else ("from",))
        for obj in (c for c in trig.children if c.dep_ in ("dobj", "prt", "prep")):
            heads += clauses.prep_objects(obj, ("from", "of"))  # "pulled troops out of Syria"
            if obj.dep_ == "dobj" and obj.lemma_.lower() in _FORCES_NOUNS:
                # "withdraw half its troops in Afghanistan": where they are is what is left
                heads += clauses.prep_objects(obj, ("in",)) + clauses.prep_objects(trig, ("in",))
        places = [
            a
            for h in heads
            if start <= h.i < end
            for a in (self.actors_of(h) or self.attacked_place(h))
            if a.country not in own
        ]
        if places:
            cand.targets = unique(places)
        elif cand.targets and any(
            c.dep_ == "dobj" and c.lemma_.lower() in _FORCES_NOUNS for c in trig.children
        ):
            # "will withdraw its troops by the summer": one's own forces are no target
            cand.targets = []

    def _countries_after(self, token: Token, prep: str) -> set[str | None]:
        """The countries of the actors in `token`'s `prep` phrase ("withdrawal from the EU")."""
        return {a.country for h in clauses.prep_objects(token, (prep,)) for a in self.actors_of(h)}

    def _past_dateline(self, head: Token) -> list[Token]:
        """The parser sometimes makes the dateline the subject and the real one its
        apposition: "SEOUL (Reuters) - North Korea's newspaper accused ..."."""
        if not self.actors.in_dateline(head):
            return [head]
        return [
            c
            for c in head.children
            if c.dep_ == "appos" and c.ent_type_ != "ORG" and not self.actors.in_dateline(c)
        ]

    def _role_with_clause_country(
        self, heads: list[Token], cand: Candidate, start: int, end: int
    ) -> list[ResolvedActor]:
        """A bare role ("state firms") takes the country of the clause that tells of it:
        "China ... saw state firms pause purchases" -> CHNBUS."""
        for head in heads:
            if head.dep_ == "pobj":
                continue  # "a request by senators": the senators may be anybody's
            role = self.actors.role_only(head) if start <= head.i < end else None
            if role is None or head.lemma_.lower() in _OTHERS_ROLE_WORDS:
                continue
            if head.lemma_.lower() in _TOLD_BEFORE_WORDS and any(
                c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in head.children
            ):
                continue  # "claims the company denies": the firm told of before, anyone's
            verb: Token | None = cand.anchor if cand.anchor is not cand.trigger else head.head
            if clauses.marked_clause(cand.trigger, _CONDITION_MARKS):
                # the parser makes a noun the head of a condition: "willing to give up its
                # weapons if military threats subside" (not its own military's)
                continue
            for _ in range(3):
                if verb is None or verb.pos_ not in ("VERB", "AUX"):
                    break
                for subj in clauses.subject_heads(verb):
                    actor = self.actor(subj) if start <= subj.i < end else None
                    if actor is not None and actor.is_outlet:
                        continue  # "police fired tear gas, AFP reported": not France's police
                    if actor is not None and actor.country is not None:
                        cand.fallbacks.append("source:role-country")
                        span = head.doc[head.left_edge.i : head.i + 1]
                        code = (
                            actor.country + role
                            if not actor.country.startswith("IGO")
                            else actor.country
                        )
                        return [
                            ResolvedActor(
                                span.text, span.start_char, span.end_char, code, None, "role"
                            )
                        ]
                if clauses.marked_clause(verb, _OTHER_TIME_MARKS | _CONDITION_MARKS):
                    # "the EU imposed its ban after troops opened fire": a clause of another
                    # time tells of others' deeds, and so does a condition ("will talk if
                    # troops withdraw")
                    break
                if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
                    # "Peru will return a drone that its navy seized": the clause the noun
                    # stands in
                    verb = verb.head
                verb = verb.head if verb.head.i != verb.i else None
        return []

    def _telling_authority(self, verb: Token, start: int, end: int) -> list[Token]:
        """The subject of the saying whose clause `verb` is, when it is a state's office,
        police, forces or courts ("Turkish police said 12 suspects were detained")."""
        if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in _AUTHORITY_TELLING:
            return []
        subjects = [h for h in clauses.subject_heads(verb.head) if start <= h.i < end]
        actors = [self.actor(h) for h in subjects]
        if subjects and all(
            a is not None and (a.code or "")[3:6] in _AUTHORITY_ROLES for a in actors
        ):
            return subjects
        return []

    def _on_a_channel(self, head: Token) -> bool:
        """Is `head` an outlet named as where something was said ("on Fox News", "via
        CNN")?"""
        if head.dep_ != "pobj" or head.head.lower_ not in ("on", "via", "through"):
            return False
        actor = self.actor(head)
        return actor is not None and actor.is_outlet

    def _borrows_subject(self, noun: Token, carrier: Token | None) -> bool:
        """A noun event takes its clause's subject when a support verb carries it ("held
        talks") or it sits in an adverbial phrase ("during talks with", "in a communique")."""
        if carrier is not None:
            return True
        head = clauses.first_conjunct(noun)
        head = container_of(head) or head  # "passed a new round of sanctions"
        if head.dep_ == "attr" and head.head.lemma_ == "be":
            # "Britain has been a leading advocate of Turkish membership" (not "it was a
            # banned test": what "it" names is the deed, not its doer)
            return not any(
                c.dep_ in clauses.SUBJECT_DEPS and c.lower_ in ("it", "this", "that")
                for c in head.head.children
            )
        if _noun_readiness(head) is not None:
            return True  # "the U.S. remains open to talks with China": the talks are its own
        if (
            head.dep_ == "pobj"
            and head.head.dep_ == "prep"
            and head.head.lower_ in ("in", "at")
            and head.head.head.lemma_ == "be"
        ):
            return True  # "Japan is in talks with India", "has been at loggerheads with Russia"
        if _ahead_of(head) is not None:
            # "Ahead of a trip to Baghdad, Pompeo told reporters", "prior to talks with Abe":
            # a visit or talks with a named counterpart, the subject's own (not "ahead of the
            # attack on Iraq, Bush said")
            return _meeting_with_counterpart(noun, self.lexicon.match(noun))
        verb = head.head
        if head.dep_ == "dobj" and _taken_as(verb):
            return False  # "the Pentagon is taking the test seriously": another's test
        if head.dep_ == "dobj" and verb.lemma_.lower() in _ANNOUNCING_VERBS:
            return True  # "Chile announced a ceasefire", "declared a moratorium": its own
        if (
            head.dep_ == "dobj"
            and verb.pos_ == "VERB"
            and self.lexicon.match(verb) is None
            and verb.lemma_.lower() not in _OTHERS_ACT_VERBS
        ):
            # the object of a verb the lexicon does not know is mostly the subject's own act:
            # "the Council passed new sanctions", "Iran unveiled a deal"
            return True
        if not (head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.pos_ == "VERB"):
            return False
        if head.head.lower_ == "as":
            return False  # "condemned the launches as disguised tests": a name, not its act
        prep = head.head
        if prep.lower_ == "into" and prep.head.lemma_.lower() not in _ENTERING_VERBS:
            # "made arrests in their investigation into the attack": what is looked into
            return False
        if prep.lower_ in _TOPIC_PREPS and prep.head.lemma_.lower() in _TOPIC_VERBS:
            return False  # "was briefed on the latest test", "said of the drills": a topic
        if prep.lower_ == "from" and prep.head.lemma_.lower() in _SUFFERING_VERBS:
            return False  # "battled to recover from the attacks": what befell the subject
        if prep.lower_ in ("in", "during") and _harmed(prep.head):
            return False  # "POWs who died in the attack", "were wounded in the strike": victims
        if (
            prep.lower_ in ("to", "against", "for")
            and prep.head.lemma_.lower() in _RESPONSE_VERBS
            and _code_root(self.lexicon.match(noun)) in _FORCE_ROOTS
        ):
            # "how the U.S. responds to an attack": another's deed answered (but "Trump
            # responds to sanctions against Russia" may be his own side's)
            return False
        if not _in_adverbial_phrase(noun):
            return True
        # "X met Y after the attacks": not X's attacks. But a visit or talks with a named
        # counterpart in such a phrase are the subject's own: "will fly to Paris after a
        # visit to Spain", "spoke to reporters after talks with the premier".
        return _meeting_with_counterpart(noun, self.lexicon.match(noun))

    def _travellers(self, trig: Token) -> list[Token]:
        """The people a journey noun's of-phrase names ("the visit of Chinese President Xi
        Jinping", "the arrival of Defense Secretary Jim Mattis in South Korea"): they
        travel. Not places ("a tour of African nations", "a visit of the site")."""
        if trig.lemma_.lower() not in _TRAVEL_NOUNS:
            return []
        found = []
        for obj in clauses.prep_objects(trig, ("of",)):
            if obj.ent_type_ in ("GPE", "LOC", "FAC"):
                continue
            actor = self.actor(obj)
            if obj.ent_type_ == "PERSON" or (actor is not None and bool((actor.code or "")[3:])):
                found.append(obj)
        return found

    def _targets_of(
        self,
        trig: Token,
        matches: dict[int, LexEntry],
        sources: list[ResolvedActor],
        start: int,
        end: int,
        *,
        violent: bool = False,
    ) -> list[ResolvedActor]:
        # force aims at a place: "fired a missile over Japan's island", "shot at the border"
        preps = clauses.VERB_TARGET_PREPS + (_VIOLENT_PREPS if violent else ())
        if trig.lemma_.lower() == "blame":
            # "blamed two letters to Congress by James Comey": only what is blamed "on" one
            # names whom (`_blamed_on`, below; the parser may hang the object's own phrases
            # on the verb)
            preps = ()
        entry = matches.get(trig.i)
        if trig.pos_ == "VERB":
            heads = clauses.object_heads(trig)
            if (
                trig.dep_ == "relcl"
                and (entry is None or entry.code != "016")
                and any(h.tag_ in clauses.RELATIVE_TAGS for h in heads)
                # (not "an attack on oil facilities which Washington blames on Tehran": the
                # object of blame with an "on" phrase is the deed)
                and not (trig.lemma_.lower() == "blame" and _blamed_on(trig))
            ):
                # "a drone that the navy seized": what the relative clause hangs on (what is
                # denied is a claim, whose owner `_answered` finds)
                heads += clauses.members(trig.head)
            if not (heads and trig.lemma_.lower() in _RECEIVING_LEMMAS):
                # "invited Modi to the G7 summit", "welcomed Xi to Washington": whom, not where
                heads += clauses.prep_objects(trig, preps)
            if _code_root(entry) == "04":
                # "met at an undisclosed location with Moon": the parser hangs the with-phrase
                # on the place
                heads += [
                    w
                    for p in clauses.prep_objects(trig, ("at", "in", "on", "during"))
                    if self.actor(p) is None
                    for w in clauses.prep_objects(p, ("with",))
                ]
                partners = [
                    w
                    for h in [trig, *(h for h in heads if h.dep_ == "dobj")]
                    for w in clauses.prep_objects(h, ("with",))
                    if self.actor(w) is not None
                ]
                if partners:
                    # "discussed the Ukraine crisis with Putin" (the parser may hang the
                    # with-phrase on the object): the object is the topic
                    heads = [h for h in heads if h.dep_ != "dobj"]
                    heads += [w for w in partners if w not in heads]
            if trig.lemma_.lower() == "discuss":
                # "discussing Iraq, Daschle ...", "discussed North Korea": what is discussed is
                # the topic, never the one discussed with
                heads = [h for h in heads if h.dep_ != "dobj"]
            if trig.lemma_.lower() == "blame":
                # "blamed the election of Donald Trump on the head of the FBI": what is blamed
                # on someone is the deed, not a target (the parser may hang the "on" phrase
                # inside the object: "blamed her defeat in the US election on James Comey")
                blamed_on = _blamed_on(trig) or [
                    h for h in _blamed_on_misattached(trig) if self.actor(h) is not None
                ]
                if blamed_on:
                    heads = [h for h in heads if h.dep_ != "dobj"]
                    heads += [h for h in blamed_on if h not in heads]
                elif not clauses.is_passive(trig) and any(c.dep_ == "dobj" for c in trig.children):
                    # "blamed two letters to Congress by FBI director James Comey for her
                    # defeat": an active verb's by-phrase is its object's author, the one blamed
                    authors = [h for h in clauses.agent_objects(trig) if self.actor(h) is not None]
                    if authors:
                        heads = [h for h in heads if h.dep_ != "dobj"] + authors
            # "on the eve of Pompeo's visit", "on the sidelines of the summit": when, not whom
            heads = [
                h
                for h in heads
                if not _an_occasion(h) and not _set_off_with(h, trig) and not _fronted(h, trig)
            ]
            people = [
                h
                for h in heads
                if h.dep_ == "dobj" and h.lemma_.lower() in _PEOPLE_FROM and self.actor(h) is None
            ]
            if people and _code_root(entry) in _FORCE_ROOTS:
                # "detained dual nationals from France" (the parser may hang the from-phrase
                # on the verb): whose people they are; not "plan to invite journalists from
                # the U.S.": guests, no party
                heads += clauses.prep_objects(trig, ("from",))
                heads += [o for h in people for o in clauses.prep_objects(h, ("from",))]
            named = entry.objects if entry is not None else frozenset()
            if entry is not None and entry.particle is not None and named:
                # the thing the entry names after its particle is its object, as a direct
                # object is: "called for Maduro's resignation" (whose resignation)
                heads += [
                    o
                    for o in clauses.prep_objects(trig, (entry.particle,))
                    if o.lemma_.lower() in named and o not in heads
                ]
            mine = {s.country for s in sources}
            if any(
                h.dep_ == "dobj"
                and h.head.i == trig.i
                and (other := self.actor(h)) is not None
                and other.country not in mine
                for h in heads
            ):
                # "warned the West against appeasement of Russia": the one warned is named;
                # the against-phrase is what they are warned of
                against = {t.i for t in clauses.prep_objects(trig, ("against",))}
                heads = [h for h in heads if h.i not in against]
            if entry is not None and entry.particle != "on" and any(
                h.dep_ == "dobj"
                and h.head.i == trig.i
                and (other := self.actor(h)) is not None
                and not _one_of(other, sources)
                for h in heads
            ):
                # "criticised the Tory stance on Europe", "pressed China on North Korea" (the
                # parser hangs the on-phrase on the verb): the one acted on is named; the
                # on-phrase is what about
                about = {t.i for t in clauses.prep_objects(trig, ("on",))}
                heads = [h for h in heads if h.i not in about]
            direct = [
                a
                for h in heads
                if start <= h.i < end
                for a in self.actors_of(h) or self._agreement_targets(h, sources)
                # (the thing an entry names is one's own: "recalled its ambassador from Japan")
                if not (h.lemma_.lower() in named and a.country in mine)
            ]
            # targets named deeper, in the verb's complement: "deepen cooperation with Russia";
            # not past an actor the verb itself names: "called on Obama to retaliate against
            # Russia" asks Obama
            asking = entry is not None and (
                entry.frame in ("demand", "appeal") or (entry.code or "")[:2] in ("02", "10")
            )
            # "wants the sanctions on Peru lifted": the small clause's noun is the object
            done_to = clauses.small_clause_subject(trig)
            for child in () if direct else trig.children:
                is_object = child.dep_ == "dobj" or (done_to is not None and child.i == done_to.i)
                if (
                    is_object
                    and _code_root(entry) in _JUDGING_ROOTS
                    and child.lemma_.lower() in _AIMED_MEASURES
                ):
                    # "blocked new sanctions against North Korea that the U.S. pushed",
                    # "criticized the tariffs on Peru": those the measure is aimed at are not
                    # the ones refused or judged (its author or owner is, in `_actors_in`)
                    continue
                if (
                    is_object
                    and _code_root(entry) in _JUDGING_ROOTS
                    and any(
                        c.dep_ == "poss" and c.tag_ != "PRP$" and self.actor(c) is not None
                        for c in child.children
                    )
                ):
                    # "criticized the Obama administration's talks with Iran", "rejected
                    # China's deal with Russia": the owner is judged, not its partner
                    continue
                if (
                    is_object
                    and _code_root(entry) in _CLAIM_JUDGING_ROOTS
                    and child.lemma_.lower() in _CLAIM_NOUNS
                ):
                    # "backed up the allegations against Trudeau", "rejected the charges
                    # against China": whom a claim is against is not whom backing or refusing
                    # it is aimed at
                    continue
                if child.dep_ == "xcomp" or is_object:
                    heads += clauses.prep_objects(child, preps)
                    if (
                        child.dep_ == "xcomp"
                        and entry is not None
                        and entry.frame == "event"
                        and child.lemma_.lower() in named
                    ):
                        # "vowed to strike the U.S.": the act the entry names is aimed at
                        # its own object, a party (not "promised to eliminate the U.S. debt")
                        heads += [
                            c
                            for c in child.children
                            if c.dep_ == "dobj"
                            and (
                                c.pos_ in ("PROPN", "PRON")
                                or c.lower_ in self.actors.table.roles
                                or c.lemma_.lower() in self.actors.table.roles
                            )
                        ]
                    if asking and is_object:
                        # "demanded an apology from India", "sought help from China"
                        heads += clauses.prep_objects(child, ("from",))
                    if is_object and child.lemma_.lower() in named:
                        # the object the entry names, placed: "recalled its ambassador from
                        # Japan", "cut aid from the EU" (an agreement's "in" is where it is
                        # made: "signed a ceasefire agreement in Paris")
                        wheres = ("from",) if child.lemma_.lower() in _AGREEMENT_WORDS else (
                            "from", "in"
                        )
                        heads += clauses.prep_objects(child, wheres)
                    for conj in child.children:
                        if conj.dep_ == "conj":
                            heads += clauses.prep_objects(conj, clauses.VERB_TARGET_PREPS)
                            heads += [
                                d
                                for c in conj.children
                                if c.dep_ == "dobj"
                                for d in clauses.prep_objects(c, clauses.VERB_TARGET_PREPS)
                            ]
        else:
            preps = clauses.NOUN_TARGET_PREPS
            if _code_root(entry) == "04":
                # talks and meetings "on" something are about it: "a meeting on Palestinian
                # reform", "talks on Peruvian debt" (with whom is "with"); "for" someone names
                # the side led ("leading the talks for the Trump administration")
                preps = tuple(p for p in preps if p not in ("on", "for"))
            if trig.lemma_.lower() in _OF_SOURCE_NOUNS or self._travellers(trig):
                # (the of-phrase asks, objects or travels: a source)
                preps = tuple(p for p in preps if p != "of")
            if (entry.code if entry is not None else "") == "112":
                # blame "for" something names the deed ("put the blame for the death on the
                # prince": on whom it falls is the target)
                preps = tuple(p for p in preps if p != "for")
            heads = clauses.prep_objects(trig, preps)
            if entry is not None and entry.particle == "of" and entry.objects:
                # "transfers of oil to North Korea": the thing the entry names is no party
                # (but "a round of Palestinian-Israeli talks" names them)
                heads = [
                    h
                    for h in heads
                    if not (h.head.lower_ == "of" and h.lemma_.lower() in entry.objects)
                    or any(self.actor(t) is not None for t in h.subtree)
                ]
            if trig.lemma_.lower() in _TAKING_NOUNS:
                # "the annexation of Crimea from Ukraine" (the parser may hang the from-phrase
                # on what was taken)
                heads += clauses.prep_objects(trig, ("from",))
                for taken in clauses.prep_objects(trig, ("of",)):
                    heads += clauses.prep_objects(taken, ("from",))
            # a "noun" with a direct object is a verb the parser misread, mostly in a headline:
            # "Obama sanctions Russian officials over election hacking"
            heads += [c for c in trig.children if c.dep_ == "dobj"]
            particle = entry.particle if entry is not None else None
            if particle and particle not in clauses.NOUN_TARGET_PREPS:
                # the entry's own preposition names whom it is about: "concern over China's
                # moves", "investment in Russia"
                heads += clauses.prep_objects(trig, (particle,))
            if violent and _code_root(entry) == "15":
                # a show of force over a country is aimed at it: "the missile launch over
                # Japan" (not "the war over Kashmir": a cause)
                heads += clauses.prep_objects(trig, ("over",))
            clause = support_clause(trig, matches)
            if not heads and clause is not None:
                heads = clauses.prep_objects(clause, clauses.VERB_TARGET_PREPS)
            participle = support_participle(trig, matches)
            if not heads and participle is not None:
                # "sanctions imposed on North Korea", "an attack carried out against Syria"
                heads = clauses.prep_objects(participle, clauses.VERB_TARGET_PREPS)
                if not heads and _is_framework(trig):
                    # "Iran is under sanctions imposed by the UN": the one under them
                    holder = trig.head.head
                    heads = (
                        clauses.subject_heads(holder)
                        if holder.pos_ in ("VERB", "AUX")
                        else clauses.members(holder)
                    )
            # (or its passive: "sanctions were imposed on Peru by Chile")
            support = matches.get(trig.head.i) if trig.dep_ in ("dobj", "nsubjpass") else None
            if not heads and support is not None and support.frame == "light":
                # the parser hangs the phrase on the support verb: "impose sanctions on
                # Japan", "held talks with Seoul" (not on any verb: "keeping sanctions on X"
                # tells of old ones)
                heads = clauses.prep_objects(trig.head, clauses.VERB_TARGET_PREPS)
                if not heads and _code_root(entry) == "05":
                    # "voiced admiration for Putin", "expressed support for Kyiv": the one a
                    # good word is for
                    heads = clauses.prep_objects(trig.head, ("for",))
            if (
                not heads
                and _code_root(entry) == "09"
                and trig.dep_ == "dobj"
                and trig.head.lemma_.lower() not in _ENTERING_VERBS - {"launch"}
            ):
                # "spawned multiple investigations into Russian interference", "opened an
                # inquiry into Peru": the parser hangs what is looked into on the verb
                heads = clauses.prep_objects(trig.head, ("into",))
            if not heads and _code_root(entry) in _STRIKING_ROOTS:
                # "sanctions targeting Russian banks", "the sanctions, which target Russian oil",
                # "the new U.S. sanctions target Russian banks": whom the measure is aimed at
                heads = _struck_by(trig)
            if not heads and _code_root(entry) == "16":
                heads = _bearer_of_measure(trig)
            if not heads:
                carrier = _carrier(trig, matches)
                if carrier is not None:
                    # "gave India $10 million in aid", "offered Kyiv its support": the one given
                    heads = [c for c in carrier.children if c.dep_ == "dative"]
            prep = trig.head
            if (
                not heads
                and trig.dep_ == "pobj"
                and prep.lower_ == "with"
                and prep.head.i in matches
                and matches[prep.head.i].frame == "light"
            ):
                # "slapped North Korea with new sanctions": the support verb's object; "retaliated
                # with a tariff on U.S. sorghum": the phrase the parser hangs on the verb
                heads = [c for c in prep.head.children if c.dep_ == "dobj"] or [
                    o
                    for o in clauses.prep_objects(prep.head, clauses.VERB_TARGET_PREPS)
                    if o.head is not prep
                ]
            if trig.dep_ == "pobj" and _said_in(prep, matches):
                # "told Trump in a phone call": the one spoken to
                heads += [c for c in prep.head.children if c.dep_ in ("dobj", "dative")]
        # "with the U.S. goal of denuclearizing", "with the help of Russia": no counterpart;
        # "voiced his support on Fox News": where it was said
        heads = [h for h in heads if not _a_purpose(h) and not self._on_a_channel(h)]
        found = self._actors_in(heads, entry, sources, start, end, violent=violent)
        if not found and _code_root(entry) == "09":
            # "investigate whether Peru spied", "an inquiry into whether Peru spied": the one
            # whose deed is looked into
            found = self._actors_in(
                _inquired_into(trig), entry, sources, start, end, violent=False
            )
        if not found and trig.pos_ == "VERB":
            # a verb whose phrase names what it is about, not whom: "disapproved of Putin's
            # actions", "bristled at China's demands" - the one whose deed it is
            if entry is not None and entry.particle in _ABOUT_PREPS:
                heads = clauses.prep_objects(trig, (entry.particle,))
            elif entry is not None and (entry.code or "")[:2] in _ABOUT_ROOTS:
                heads = clauses.prep_objects(trig, _ABOUT_PREPS)
            else:
                heads = []
            found = self._actors_in(heads, entry, sources, start, end, violent=violent)
        if not found and trig.pos_ != "VERB" and _code_root(entry) == "04":
            # "wooed Netanyahu during failed talks", "raised the issue with Peru at a meeting":
            # talks the clause's doer holds in passing are with the one the clause names
            head = clauses.first_conjunct(trig)
            prep = head.head
            verb = prep.head
            hosts = (
                [(h, a) for h in clauses.subject_heads(verb) for a in self.actors_of(h)]
                if verb.pos_ == "VERB"
                else []
            )
            doers = {a.country for _, a in hosts}
            others = bool(sources) and bool(doers) and not doers & {a.country for a in sources}
            if (
                others
                and head.dep_ == "pobj"
                and prep.lower_ in _SETTING_PREPS
                and trig.lemma_.lower() in _TRAVEL_NOUNS
            ):
                # "During Netanyahu's visit, Trump praised Canada": another's visit is to the
                # one the clause tells of, its host (not to whom the host names)
                found = [a for h, a in hosts if start <= h.i < end]
            elif (
                not others
                and head.dep_ == "pobj"
                and prep.lower_ in _SETTING_PREPS
                and verb.pos_ == "VERB"
            ):
                # (and the participle it carries: "spent hours wooing Netanyahu during talks")
                verbs = [verb] + [
                    c for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.tag_ == "VBG"
                ]
                # (not the side one leads there: "will lead the Saudi delegation at the summit")
                objects = [
                    o
                    for v in verbs
                    if v.lemma_.lower() not in _SIDE_LEADING_LEMMAS
                    for o in clauses.object_heads(v)
                ]
                heads = objects + [
                    w
                    for x in [*verbs, *objects]
                    for w in clauses.prep_objects(x, ("with",))
                ]
                found = self._actors_in(heads, None, sources, start, end, violent=False)
        source_countries = {a.country for a in sources}
        if violent and not found and trig.pos_ != "VERB":
            # "two Turkish soldiers were killed in an attack by Kurdish militants", "no
            # Americans were harmed in the attack": those it struck
            found = self._actors_in(_struck_in(trig), None, sources, start, end, violent=True)
        if violent and not found and source_countries and not _hits_a_group(trig):
            # force used in another country is used against it: "Turkey's offensive in
            # northern Syria" (TUR > SYR); not at home: "Syrian troops fought in Raqqa"
            where = clauses.prep_objects(trig, _WHERE_PREPS)
            if trig.pos_ != "VERB" and trig.dep_ == "dobj":
                where += clauses.prep_objects(trig.head, _WHERE_PREPS)  # "launched an offensive in"
            for head in where:
                if start <= head.i < end:
                    found.extend(
                        a
                        for a in self.attacked_place(head) or self.actors_of(head)
                        if a.country and a.country not in source_countries
                    )
            if not found:
                # "struck military positions and research facilities linked to chemical
                # weapons in Damascus and Homs", "airstrikes against targets in Syria": the
                # places the struck things are in, when they are of one country
                struck = (
                    [o for o in trig.children if o.dep_ == "dobj"]
                    if trig.pos_ == "VERB"
                    else [
                        # (not a person, hit wherever they are: "the attack on Sergei
                        # Skripal in England"; nor an armed group's sites: "airstrikes
                        # against Islamic State strongholds in Libya")
                        o
                        for o in clauses.prep_objects(trig, ("on", "against"))
                        if o.ent_type_ != "PERSON" and not _owner_named(o)
                    ]
                )
                # a country named is where force lands only for force itself (18-20): "ordered
                # the departure of its staff from its missions in Iraq" coerces no Iraq
                countries = _code_root(entry) in ("18", "19", "20")
                placed = [
                    a
                    for o in struck
                    for t in o.subtree
                    if t.dep_ == "pobj" and t.head.lower_ in _WHERE_PREPS and start <= t.i < end
                    for m in clauses.members(t)
                    for a in self.attacked_place(m)
                    or (self.actors_of(m) if countries and m.ent_type_ == "GPE" else [])
                    if a.country and a.country not in source_countries
                ]
                if len({a.country for a in placed}) == 1:
                    found.extend(placed)
        return self._other_parties(found, sources)

    def _inner_targets(
        self,
        inner: Token,
        matches: dict[int, LexEntry],
        sources: list[ResolvedActor],
        start: int,
        end: int,
    ) -> list[ResolvedActor]:
        """The targets of the act a frame wraps ("urged Peru to attack Bolivia": Bolivia)."""
        entry = matches.get(inner.i)
        code = (entry.code if entry is not None else None) or ""
        return self._targets_of(
            inner, matches, sources, start, end, violent=code[:2] in VIOLENT_ROOTS
        )

    def _aimed_measure(self, head: Token, start: int, end: int) -> list[ResolvedActor]:
        """The ones a measure's phrase says it is aimed at: "sanctions on North Korea",
        "tariffs on Peruvian wine"."""
        return [
            a
            for obj in clauses.prep_objects(head, ("on", "against"))
            if start <= obj.i < end
            for a in self._named_in(obj, in_sentence=True)
        ]

    def _named_in(self, phrase: Token, *, in_sentence: bool) -> list[ResolvedActor]:
        """The party a phrase names ("North Korea"), else the ones its modifiers name
        ("Peruvian wine", "Nigerian schoolgirls"); only the latter outside the sentence."""
        if in_sentence and phrase.tag_ in ("NNS", "NNPS"):
            # "steel from countries like Canada and Mexico": the ones listed
            listed = self.actors_of(phrase)
            if len(listed) > 1:
                return listed
        actor = self.actor(phrase) if in_sentence else None
        return [actor] if actor is not None else self.actors.modifier_actors(phrase)

    def _other_parties(
        self, found: list[ResolvedActor], sources: list[ResolvedActor]
    ) -> list[ResolvedActor]:
        """The actors found that are not the sources. An armed group's victims at home are
        others though coded alike ("Boko Haram kidnapped Nigerian schoolgirls": NGA > NGA)."""
        armed = any(self.actors.is_armed_group(s) for s in sources)
        out: list[ResolvedActor] = []
        for a in unique(found):
            if not same_party(a, sources):
                out.append(a)
            elif armed and not _one_of(a, sources):
                out.append(replace(a, how="home"))
        return out

    def _actors_in(
        self,
        heads: list[Token],
        entry: LexEntry | None,
        sources: list[ResolvedActor],
        start: int,
        end: int,
        *,
        violent: bool,
    ) -> list[ResolvedActor]:
        """The parties a target phrase names: its head's actors, else those inside it."""
        source_countries = {a.country for a in sources}
        # an armed group's victims at home are its targets ("Boko Haram kidnapped Nigerian
        # schoolgirls": NGA > NGA)
        armed = any(self.actors.is_armed_group(s) for s in sources)
        found: list[ResolvedActor] = []
        for head in heads:
            if not start <= head.i < end:
                continue
            if _measure_done(head, entry):
                # "would propose new U.N. sanctions on North Korea", "threatened Peru with EU
                # sanctions": whom the measure is aimed at, not whose it would be
                aimed = self._aimed_measure(head, start, end)
                found.extend(a for a in aimed if a.country not in source_countries)
                continue
            paired = self._hyphen_pair(head, start, end) if head.pos_ == "NOUN" else []
            if paired:
                # "Britain signed a China-UK tourism deal": the other side of the pair;
                # "Chile criticized the Peru-Bolivia pact": both
                found.extend(a for a in paired if a.country not in source_countries)
                continue
            group = self.actors_of(head)
            if not group:
                # "vowed to terminate NAFTA": an agreement's parties
                group = [
                    a
                    for a in self._agreement_targets(head, sources)
                    if a.country not in source_countries
                ]
                if group:
                    found.extend(group)
                    continue
            if group and entry is not None and head.lemma_.lower() in entry.objects:
                # the thing the act is done with is one's own: "sent American troops into
                # Iraq" (the troops are the United States'; expelled diplomats are another's)
                group = [a for a in group if a.country not in source_countries]
                if not group:
                    continue
            if group:
                found.extend(group)
                continue
            if violent and self.attacked_place(head):
                found.extend(self.attacked_place(head))  # "shelled Kharkiv": Ukraine
                continue
            held = self._place_held(head) if violent else []
            if held:
                found.extend(held)  # "took control of the city of Kunduz": Afghanistan
                continue
            # "rejected China's claim", "closer China-Russia ties", "condemned the launch by
            # North Korea": the actors inside the phrase
            # "urged the North's allies": the allies are others than the North
            inside = (
                self.actors.modifier_actors(head)
                if head.lemma_.lower() not in RELATIONAL_NOUNS
                else []
            )
            own = {c.idx for c in head.children if c.dep_ == "poss" and c.tag_ == "PRP$"}
            if own and head.dep_ == "dobj" and not self._done_to(head):
                # "launched its latest missile", "offered her congratulations": the thing
                # one acts with is one's own, whoever the pronoun was resolved to
                inside = [a for a in inside if a.start not in own]
            # "tariffs on $50 billion in Chinese goods": an amount's goods are whose they are
            amount = head.ent_type_ in ("MONEY", "QUANTITY", "CARDINAL", "PERCENT")
            preps: tuple[str, ...] = ("by", "of", "in", "worth") if amount else ("by", "of")
            if any(
                c.dep_ == "poss" and c.tag_ != "PRP$" and self.actor(c) is not None
                for c in head.children
            ):
                # "criticized Obama's treatment of Netanyahu", "condemned Russia's annexation
                # of Crimea": the owner did it; the of-phrase names what it was done to
                preps = tuple(p for p in preps if p != "of")
            if head.lemma_.lower() in _TIED_PEOPLE:
                # "deal seriously with violators of U.N. sanctions", "urged critics of the
                # Kremlin": the of-phrase names what they do or whom they are bound to, not them
                preps = tuple(p for p in preps if p != "of")
            # (not "a judge of Mexican descent": where a family came from)
            objs = [
                o
                for o in clauses.prep_objects(head, preps)
                if o.lemma_.lower() not in ANCESTRY_NOUNS
            ]
            for goods in [head, *objs]:
                if goods.lemma_.lower() in _GOODS_NOUNS:
                    # "tariffs on imports from China", "on $50 billion in goods from China":
                    # whence the goods come
                    objs += clauses.prep_objects(goods, ("from",)) or _origin_on_the_verb(goods)
            for obj in objs:
                # "welcomed the release of Nigerian schoolgirls": the modifier country
                inside += self._named_in(obj, in_sentence=start <= obj.i < end)
            if _code_root(entry) in _JUDGING_ROOTS:
                # "blocked new sanctions against North Korea that the United States pushed",
                # "criticized the plan Peru put forward": whose the thing judged or refused
                # is, before whom it names
                inside = [
                    a
                    for rel in head.children
                    if rel.dep_ in ("relcl", "acl") and rel.pos_ == "VERB" and clauses.object_gap(rel)
                    for c in rel.children
                    if c.dep_ == "nsubj" and start <= c.i < end
                    for m in clauses.members(c)
                    for a in self.actors_of(m)
                ] or inside
            for inner in inside:
                if (
                    inner.country in source_countries
                    and _code_root(entry) == "16"
                    and head.lemma_.lower() in _TRIP_NOUNS
                ):
                    # "Washington canceled a visit by Secretary of State Mike Pompeo": one's own
                    # envoy's trip called off is aimed at whom he was to visit
                    continue
                if inner.country not in source_countries or armed or _rival_at_home(inner, sources):
                    found.append(inner)
        return found

    def _named_doer(self, noun: Token, matches: dict[int, LexEntry], start: int, end: int) -> bool:
        """Does a noun event name its doer through a support verb's participle ("under
        sanctions imposed by the United Nations": told here, not a framework in passing)?"""
        participle = support_participle(noun, matches)
        return participle is not None and bool(
            self._resolve(clauses.agent_objects(participle), start, end)
        )

    def _done_to(self, noun: Token) -> bool:
        """A noun that names a happening or what is done to someone ("refused her visit",
        "demanded his release"): its possessor is a party to it."""
        return noun.lemma_.lower() in _PATIENT_NOUNS or self.lexicon.match(noun) is not None

    def place_country(self, place: Token) -> str | None:
        """The country a place name stands for: a city's or region's below the country level,
        else the actor a named country or capital is ("in Peru", "in Lima": a capital stands
        for its state)."""
        country = self.place_countries.get(place.i)
        if country is None and place.ent_type_ == "GPE":
            named = self.actor(place)
            country = named.country if named is not None else None
        return country

    def _place_held(self, head: Token) -> list[ResolvedActor]:
        """The named place an of-phrase of the object leads to: "took control of the city of
        Kunduz", "seized control of Mosul" (force on the place is on its country)."""
        if head.lemma_.lower() not in _HELD_NOUNS:
            return []
        for obj in clauses.prep_objects(head, ("of",)):
            found = self.attacked_place(obj)
            if not found and obj.lemma_.lower() in _HELD_NOUNS:
                found = [
                    a for o in clauses.prep_objects(obj, ("of",)) for a in self.attacked_place(o)
                ]
            if found:
                return found
        return []

    def attacked_place(self, head: Token) -> list[ResolvedActor]:
        """A named place hit by force stands for its country; elsewhere a place is only where
        something happens ("talks in Geneva"). A date is no place ("in March")."""
        if head.ent_type_ in ("DATE", "TIME"):
            return []
        country = self.place_countries.get(head.i)
        if country is None:
            return []
        end = head.idx + len(head.text)
        return [ResolvedActor(head.text, head.idx, end, country, None, "place")]

    def _answered(self, verb: Token, cand: Candidate, start: int, end: int) -> list[ResolvedActor]:
        """Whom a denial or a rejection answers: the one whose claim, report, offer or
        invitation it is ("denied reports from American intelligence agencies", "denied
        Kremlin claims", "declined the invitation from France")."""
        heads: list[Token] = []
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if cand.entry.particle and cand.code[:2] == "12":
            # "pulled out of the deal with Iran", "withdrew from the treaty"
            prep = particle_of(verb, cand.entry.particle)
            objects += [c for c in prep.children if c.dep_ == "pobj"] if prep is not None else []
        if verb.dep_ == "relcl" and (not objects or objects[0].tag_ in clauses.RELATIVE_TAGS):
            # "accusations from American officials ..., something Moscow denies": what the
            # relative clause hangs on, or what that stands in apposition to
            said = verb.head
            if said.lemma_.lower() in ("something", "one", "charge", "claim", "allegation"):
                # the claim it stands for: the nearest claim noun before it
                before = [
                    t
                    for t in verb.doc[start : said.i]
                    if t.lemma_.lower() in _CLAIM_NOUNS and t.pos_ == "NOUN"
                ]
                said = before[-1] if before else said
            objects = [said]
        for obj in objects:
            if obj.lemma_.lower() in CONTAINER_NOUNS:
                obj = next(iter(contents(obj)), obj)  # "rejected a new round of talks"
            if cand.code == "016" and obj.lemma_.lower() not in _CLAIM_NOUNS:
                continue
            heads += [c for c in obj.children if c.dep_ in ("poss", "compound", "amod", "nmod")]
            # "declined the invitation from France"; "rejected talks with Seoul"
            preps = ("from", "by", "with") if cand.code[:2] == "12" else ("from", "by")
            heads += clauses.prep_objects(obj, preps)
        mine = {a.country for a in cand.sources}
        found = unique(self._resolve([m for h in heads for m in clauses.members(h)], start, end))
        return [a for a in found if a.country is not None and a.country not in mine]

    def _resolve(self, heads: list[Token], start: int, end: int) -> list[ResolvedActor]:
        out: list[ResolvedActor] = []
        for head in heads:
            if not start <= head.i < end:
                continue
            out.extend(self.actors_of(head))
        return out

    def _participle_patients(
        self, verb: Token, entry: LexEntry | None, start: int, end: int
    ) -> list[Token]:
        """The party a passive participle after a noun is said of ("citizens abducted by
        agents"): the noun when it names one, or the of-phrase right before the participle
        that the parser passed over ("the fate of Japanese citizens abducted by North Korean
        agents"). Nothing when no party is named ("sanctions imposed by the U.S. on Iran": the
        target is found as for any verb)."""
        noun = verb.head
        if noun.pos_ not in ("NOUN", "PROPN", "PRON") or noun.lemma_.lower() in _AGREEMENT_WORDS:
            return []  # (not "the Iran nuclear deal, brokered by the Obama administration")
        if entry is not None and noun.lemma_.lower() in entry.objects:
            return []  # "paramilitaries sent in by Tehran": the force sent is no target
        heads = clauses.members(noun)
        if not self._resolve(heads, start, end):
            heads = [
                o
                for o in clauses.prep_objects(noun, ("of",))
                if o.right_edge.i == verb.i - 1
            ]
        return heads if self._resolve(heads, start, end) else []


# prepositions of the occasion an act happens at ("during talks", "at a meeting")
_SETTING_PREPS = ("during", "at", "in")
# verbs of being at the head of one's own side: the one led is no counterpart
_SIDE_LEADING_LEMMAS = frozenset({"lead", "head", "accompany", "represent"})
# verbs of two meeting or talking, which a plural subject does with each other
_MEETING_VERBS = frozenset({"meet", "talk", "discuss", "confer", "negotiate"})


def _goods_origin(trig: Token, code: str) -> bool:
    """Does a "from" phrase on a measure aimed "on" something name where the goods come from
    ("imposed duties on Chinese goods as well as steel and aluminum from the European Union,
    Canada and Mexico": the parser hangs "from" on "duties"), not who imposes it?"""
    return code[:2] == "16" and bool(clauses.prep_objects(trig, ("on", "against")))


def _from_to(prep: Token) -> bool:
    """Is this "from" phrase followed by a "to" phrase ("from Iraq to Afghanistan"), hung on
    the same word or on the "from" itself?"""
    if any(c.dep_ == "prep" and c.lower_ == "to" for c in prep.children):
        return True
    after = prep.right_edge.i + 1
    doc = prep.doc
    return after < len(doc) and doc[after].lower_ == "to" and doc[after].dep_ == "prep"


# things named for the place or party they concern: "the Iraq war", "the Iran deal"
_TOPIC_NOUNS = frozenset({"war", "conflict", "crisis", "deal", "issue", "question", "problem"})


def _named_for_a_place(head: Token) -> bool:
    """A war, crisis or deal named by a country word before it, with no owner's possessive
    ("the Iraq war", "the Korean crisis"; not "Russia's war")."""
    return (
        head.pos_ == "NOUN"
        and head.lemma_.lower() in _TOPIC_NOUNS
        and not any(c.dep_ == "poss" for c in head.children)
        and any(
            c.dep_ in ("compound", "amod") and c.ent_type_ in ("GPE", "NORP") for c in head.children
        )
    )


def plural_mention(heads: list[Token]) -> bool:
    """A lone "they", "we" or "the two" (no noun): who they are is told before."""
    if len(heads) != 1:
        return False
    head = heads[0]
    return head.lower_ in ("they", "we") or (
        head.lower_ in ("two", "both") and head.pos_ in ("NUM", "DET", "PRON")
    )


def _entity_span(token: Token) -> Span:
    """The named entity `token` is part of, read from its IOB tags (spaCy rebuilds `doc.ents`
    on every access, and this is asked of every target that names no actor)."""
    doc = token.doc
    first = token.i
    while first > 0 and doc[first].ent_iob_ == "I":
        first -= 1
    last = token.i + 1
    while last < len(doc) and doc[last].ent_iob_ == "I":
        last += 1
    return doc[first:last]


# words that name an agreement, after the name that says which ("the NAFTA deal")
_AGREEMENT_WORDS = frozenset(
    {"agreement", "deal", "treaty", "pact", "accord", "accords", "declaration", "protocol"}
)
# nouns of what is done to someone: the possessor undergoes it ("his arrest", "her release")
_PATIENT_NOUNS = frozenset(
    {"arrest", "detention", "release", "expulsion", "deportation", "execution", "extradition"}
    | {"assassination", "abduction", "kidnapping", "imprisonment", "capture", "rescue"}
    | {"conviction", "indictment", "prosecution", "sentencing", "eviction", "jailing", "ouster"}
    | {"removal", "dismissal", "impeachment", "killing", "murder", "torture", "internment"}
)


# verbs of harm whose passive subject (or whose dying subject) an attack struck
_HARMED_VERBS = frozenset({"kill", "injure", "wound", "harm", "hurt", "die", "maim"})


def _struck_in(noun: Token) -> list[Token]:
    """The ones a clause of harm says a violent noun struck: the subject when the noun is
    where it happened ("two Turkish soldiers were killed in an attack", "no Americans were
    harmed in last night's strike", "three Israelis died in the bombing"), the object when the
    noun did it ("the airstrike killed two Syrian soldiers")."""
    head = clauses.first_conjunct(noun)
    harm = head.head
    if head.dep_ == "nsubj" and harm.pos_ == "VERB" and harm.lemma_.lower() in _HARMED_VERBS:
        return [c for c in harm.children if c.dep_ == "dobj"]  # "the strike killed two Syrians"
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ not in ("in", "during", "by") or prep.dep_ != "prep":
        return []
    verb = prep.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _HARMED_VERBS:
        return []
    deps = ("nsubj",) if verb.lemma_.lower() == "die" else ("nsubjpass",)
    return [c for c in verb.children if c.dep_ in deps]


def _blamed_on(verb: Token) -> list[Token]:
    """Whom `verb` blames something on: its "on" phrase, not a day ("On Sunday, he blamed
    his predecessor")."""
    return [
        o
        for o in clauses.prep_objects(verb, ("on", "upon"))
        if o.ent_type_ not in ("DATE", "TIME")
    ]


def _blamed_on_misattached(verb: Token) -> list[Token]:
    """ "blamed her defeat in the US election on James Comey": the parser hangs the "on" that
    names whom something is blamed on inside the object; the last "on" phrase of the object,
    when it ends the object (the caller keeps it when it names a party)."""
    for obj in verb.children:
        if obj.dep_ != "dobj" or obj.right_edge.i <= obj.i:
            continue
        ons = [
            t for t in obj.subtree if t.dep_ == "prep" and t.lower_ == "on" and t.i > obj.i
        ]
        if not ons:
            continue
        last = ons[-1]
        named = [o for o in last.children if o.dep_ == "pobj"]
        if named and last.right_edge.i == obj.right_edge.i:
            return named
    return []


# trips one makes to another
_TRIP_NOUNS = frozenset({"visit", "trip", "tour", "journey"})


def _rival_at_home(actor: ResolvedActor, sources: list[ResolvedActor]) -> bool:
    """A named party of the sources' own country, named as such, not one of them: "Democrats
    criticized Trump's decision" (USA > USA). A country's own adjective or pronoun ("Chinese
    firms", "its policy"), nor is the country itself ("China's foreign ministry criticized
    China's critics")."""
    if actor.entity is None:
        # "Senator Rubio criticized the Obama administration's talks": a body named by a
        # phrase beside a named doer
        return bool(sources) and all(
            _group_beside_a_named(actor, s) or _leaders_body_beside_a_group(actor, s)
            for s in sources
        )
    table = actor_table()
    name = actor.text.lower().removeprefix("the ").removesuffix("'s").removesuffix("’s")
    return (
        actor.entity is not None
        and name not in table.countries
        and name not in table.capitals
        and not actor.how.startswith("discourse")
        and all(actor.entity != s.entity for s in sources)
    )


def _is_event_entry(entry: LexEntry | None) -> bool:
    return entry is not None and entry.frame == "event" and bool(entry.code)


def _asked_unnamed(trigger: Token, entry: LexEntry) -> bool:
    """Does an appeal or demand name the one asked by a phrase no actor was read from
    ("called on the administration to call out Russia", "urged lawmakers to sanction
    Russia")? Then the one asked is the target, though unknown: not whom the act asked for
    is aimed at."""
    if entry.frame not in ("appeal", "demand") or trigger.pos_ != "VERB":
        return False
    asked = [c for c in trigger.children if c.dep_ in ("dobj", "dative")]
    if entry.particle == "on":
        asked += clauses.prep_objects(trigger, ("on",))
    return any(a.pos_ in ("NOUN", "PROPN") for a in asked)


def _one_of(actor: ResolvedActor, sources: list[ResolvedActor]) -> bool:
    """Is this actor one of the sources by entity or by words (not merely by code)?"""
    return any(
        (actor.entity is not None and actor.entity == s.entity)
        or (actor.start, actor.end) == (s.start, s.end)
        for s in sources
    )


def same_party(actor: ResolvedActor, sources: list[ResolvedActor]) -> bool:
    """Is this would-be target one of the sources: the same entity, the same words, or the
    same code with no entity to tell them apart ("Russia ... its")? Two entities of one
    country are two parties ("Boko Haram kidnapped Nigerian schoolgirls": NGA > NGA, "Trump
    praised Pompeo": USAGOV > USAGOV), and a state's own people are not the state ("China
    cracked down on dissent": events.py's `_victims_at_home`)."""
    if actor.how == "home":
        return False
    return _one_of(actor, sources) or any(
        actor.code == s.code
        and (actor.entity is None or s.entity is None)
        and not _named_beside_a_group(actor, s)
        and not _group_beside_a_named(actor, s)
        and not _leaders_body_beside_a_group(actor, s)
        for s in sources
    )


def _named_beside_a_group(actor: ResolvedActor, source: ResolvedActor) -> bool:
    """ "a group of former U.S. ambassadors urged President Trump": a named person or body
    acted on by people of its country named by a common noun is another party."""
    if actor.entity is None or source.entity is not None:
        return False
    words = source.text.lower().removeprefix("the ").strip()
    table = actor_table()
    return (
        words not in table.countries
        and words not in table.capitals
        and not source.how.startswith("discourse")
        and " " in words  # a phrase, not a pronoun or one word standing for the party
        and words.rsplit(" ", 1)[-1] not in _ONE_HOLDER_TITLES  # "the U.S. president" is Trump
    )


def _group_beside_a_named(actor: ResolvedActor, source: ResolvedActor) -> bool:
    """ "Senator Rubio criticized the Obama administration's talks": a body named by a
    phrase, acted on by a named person of its country, is another party (but "his
    administration", "the president" may be the doer's own)."""
    if actor.entity is not None or source.entity is None or actor.how.startswith("discourse"):
        return False
    code = actor.code or ""
    if len(code) <= 3 or code.startswith("IGO"):
        return False  # a body, by its role: not "American troops", "U.S. strategy"
    words = actor.text.lower().removeprefix("the ").strip()
    if any(w in _POSSESSIVE_PRONOUNS for w in words.split()):
        return False
    table = actor_table()
    return (
        words not in table.countries
        and words not in table.capitals
        and " " in words
        and words.rsplit(" ", 1)[-1] not in _ONE_HOLDER_TITLES
    )


def _leaders_body_beside_a_group(actor: ResolvedActor, source: ResolvedActor) -> bool:
    """ "U.S. industry pushed back against the Trump administration's tariffs": a government
    named after its leader, acted on by people of its country named by a common noun, is
    another party (not when the doer is a body of that government: "the White House
    defended the Trump administration's record")."""
    if actor.entity is not None or source.entity is not None:
        return False
    words = actor.text.removeprefix("the ").removeprefix("The ").split()
    if len(words) < 2 or words[-1].lower() not in _LEADERS_BODIES:
        return False
    table = actor_table()
    name = " ".join(words[:-1])
    if not name[:1].isupper() or name.lower() in table.countries or name.lower() in table.capitals:
        return False  # "the U.S. administration", "the Peruvian government": the country's
    doer = source.text.lower().split()
    return (
        len(doer) > 1
        and doer[-1] not in _BODY_WORDS  # (which holds the leaders' bodies too)
        and doer[-1] != "house"
        and name.lower() not in source.text.lower()
    )


_LEADERS_BODIES = frozenset({"administration", "government", "cabinet", "regime"})
_POSSESSIVE_PRONOUNS = frozenset({"his", "her", "its", "their", "our", "my", "your"})


# offices one person holds at a time: "the U.S. president" names the president, not a group
_ONE_HOLDER_TITLES = frozenset(
    {"president", "minister", "premier", "chancellor", "king", "queen", "leader", "pope"}
    | {"emperor", "monarch", "ayatollah", "taoiseach", "secretary-general"}
)
