"""Toponym recognition: which spans of an article name places.

Toponyms come from the entities extractor (GPE/LOC/FAC mentions), from matching
capitalised spans against the gazetteer where NER missed them (gated: countries, states
and landmarks anywhere; towns only after a locative preposition, before a ", State"
qualifier, or when named elsewhere in the article), from county lists ("Cooke, Grayson
and Love counties") and from street and road patterns.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newsgraph.extract.geo.gazetteer import Candidate, Gazetteer, normalise
from newsgraph.records import Entity

if TYPE_CHECKING:
    from newsgraph.extract.registry import Context

_PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
# Entity types a gazetteer match may not override (person and organisation names).
_BLOCKING_TYPES = frozenset({"PERSON", "ORG", "NORP", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART"})
_LOCATIVE_PREPS = frozenset(
    {
        "in", "at", "from", "near", "to", "outside", "across", "into", "toward", "towards",
        "throughout", "around", "via", "through", "of", "between", "within", "inside", "visit",
        "visited", "visiting", "nearby", "downtown", "north", "south", "east", "west",
    }
)  # fmt: skip
# Prepositions strong enough to overrule NER calling a big city a person or organisation.
_STRICT_PREPS = frozenset({"in", "at", "near", "from", "to", "outside", "via"})
# Features that count as toponyms wherever a capitalised span matches them.
_STRONG_FEATURES = frozenset(
    {
        "country",
        "admin1",
        "admin2",
        "continent",
        "region",
        "sea",
        "landmark",
        "river",
        "lake",
        "mountains",
    }
)
_MAX_NGRAM = 6
STREET = re.compile(
    r"\b(?:(?:[A-Z][a-z]+|\d+(?:st|nd|rd|th))\.?\s){1,3}"
    r"(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Drive|Boulevard|Blvd\.|Lane|Ln\.|Parkway|Pkwy\.|"
    r"Highway|Hwy\.|Pike|Circle|Trail|Turnpike|Expressway|Freeway)(?![\w-])"
    r"|\b(?:Highway|Interstate|Route|County Road|State Road|State Route|U\.S\. Highway|U\.S\. Route)\s\d+[A-Z]?\b"
    r"|\b(?:I|US|SR|KY|W\.Va\.)[- ]\d+\b"
)


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    origin: str  # "ner", "gazetteer", "street", "dateline"
    qualifier_state: str | None = None
    qualifier_country: str | None = None
    # the country a place is said to be in: "the town of Palmyra in central Syria"
    within_country: str | None = None


def find_toponyms(
    ctx: Context, entities: Iterable[Entity], gaz: Gazetteer, *, demonyms: bool = False
) -> list[Mention]:
    """Toponym spans from NER, the gazetteer and street patterns; no overlaps, in order.

    With `demonyms`, adjectives of place ("Russian", "Israelis") count too, as LGL's
    annotators counted them."""
    text = ctx.article.text
    doc = ctx.doc
    taken = [False] * (len(text) + 1)
    blocked = [""] * (len(text) + 1)  # the entity type of a person/org/... name there
    found: list[Mention] = []

    def free(start: int, end: int) -> bool:
        return not any(taken[start:end])

    def take(m: Mention) -> None:
        for i in range(m.start, m.end):
            taken[i] = True
        found.append(m)

    # Street and road names first: "W.Va. 61" is a road, not West Virginia.
    for m in STREET.finditer(text):
        if free(m.start(), m.end()):
            take(Mention(m.start(), m.end(), "street"))

    ner_names: set[str] = set()
    blockers: dict[int, tuple[int, str]] = {}  # start -> (end, type) of person/org names
    for ent in entities:
        for sp in ent.mentions:
            if ent.type in _PLACE_TYPES:
                for start, end in _clean_ner_span(text, sp.start, sp.end, gaz):
                    norm = normalise(text[start:end])
                    if norm in gaz.stopwords and _qualifier_after(text, end, gaz) is None:
                        continue  # "Park", "Centre": NER's misreadings of common words
                    if end > start and free(start, end):
                        take(Mention(start, end, "ner"))
                        ner_names.add(normalise(text[start:end]))
            elif ent.type in _BLOCKING_TYPES:
                for i in range(sp.start, sp.end):
                    blocked[i] = ent.type
                head = sp.start + 4 if text[sp.start : sp.start + 4].lower() == "the " else sp.start
                blockers[head] = (sp.end, ent.type)

    for start, end in county_list_names(doc):
        if free(start, end):
            take(Mention(start, end, "county_list"))

    sent_starts = {s.start for s in doc.sents} if doc.has_annotation("SENT_START") else {0}
    # Tokens a name can start at: capitalised words and abbreviations ("Ga."), not "The".
    starts = [
        t.i
        for t in doc
        if t.text[:1].isupper() and (t.is_alpha or "." in t.text) and t.lower_ != "the"
    ]
    # Two passes: the second accepts every capitalised use of a name the first pass (or
    # NER) accepted, one sense per article: "Alexandria parents", "Dublin City Council".
    for second in (False, True):
        accepted = ner_names | {
            normalise(text[m.start : m.end]) for m in found if m.origin != "street"
        }
        ends = {m.end for m in found}
        resume = 0
        for i in starts:
            if i < resume:
                continue
            hit = _scan_at(doc, i, gaz, sent_starts, accepted, blocked, text, second, ends)
            if hit is not None and second and any(blocked[hit[0] : hit[1]]):
                hit = hit if _heads_name(hit, blockers) else None
            if hit is not None and free(*hit):
                take(Mention(hit[0], hit[1], "gazetteer"))
                ends.add(hit[1])
                resume = doc.char_span(hit[0], hit[1], alignment_mode="expand").end  # type: ignore[union-attr]
    if demonyms:
        for tok in doc:
            norm = normalise(tok.text)
            end = tok.idx + len(tok.text)
            if (
                tok.text[:1].isupper()
                and norm in gaz.demonyms
                and blocked[tok.idx] in ("", "NORP")
                and free(tok.idx, end)
            ):
                take(Mention(tok.idx, tok.idx + len(tok.text), "demonym"))
    found.sort(key=lambda m: m.start)
    return found


def _heads_name(hit: tuple[int, int], blockers: dict[int, tuple[int, str]]) -> bool:
    """A known toponym inside a person/organisation name counts only at its head
    ("Dublin City Council", not "United Russia"); a whole "person" that the article
    uses as a place elsewhere counts (the small model tags towns as people: LGL dev
    "Gainesville" x16). Names that are also common given/family names are stopnames."""
    if hit[0] not in blockers:
        return False
    end, label = blockers[hit[0]]
    return label != "PERSON" or end == hit[1]


def _scan_at(
    doc: object,
    i: int,
    gaz: Gazetteer,
    sent_starts: set[int],
    accepted: set[str],
    blocked: list[str],
    text: str,
    second: bool,
    place_ends: set[int],
) -> tuple[int, int] | None:
    """The longest gazetteer name starting at token `i` that may count as a toponym."""
    from spacy.tokens import Doc

    assert isinstance(doc, Doc)
    start = doc[i].idx
    for j in range(min(len(doc), i + _MAX_NGRAM), i, -1):
        last = doc[j - 1]
        if not last.text[:1].isupper() and not last.text.endswith("."):
            continue
        # Build the string first: most n-grams are not names (measured: making a Span
        # for each cost half of the extractor's time).
        norm = normalise(text[start : last.idx + len(last.text)])
        if norm not in gaz:
            continue
        span = doc[i:j]
        if second:
            if norm in accepted and norm not in gaz.stopnames:
                return span.start_char, span.end_char
            continue
        listed = _after_place(span, place_ends)
        if _accept(
            span, gaz.candidates(norm), i in sent_starts, accepted, blocked, text, gaz, listed
        ):
            return span.start_char, span.end_char
    return None


_COUNTY_WORDS = {"counties": " county", "parishes": " parish"}


def county_list_names(doc: object) -> list[tuple[int, int]]:
    """Names in "Cooke, Grayson and Love counties": each is a county without the word."""
    from spacy.tokens import Doc

    assert isinstance(doc, Doc)
    out: list[tuple[int, int]] = []
    for tok in doc:
        if tok.lower_ not in _COUNTY_WORDS:
            continue
        i = tok.i - 1
        while i >= 0:
            end = i
            while i >= 0 and doc[i].text[:1].isupper() and doc[i].is_alpha and end - i < 3:
                i -= 1
            if i == end:
                break
            out.append((doc[i + 1].idx, doc[end].idx + len(doc[end].text)))
            if i >= 1 and doc[i].lower_ in ("and", "or") and doc[i - 1].text == ",":
                i -= 2
            elif i >= 0 and (doc[i].text == "," or doc[i].lower_ in ("and", "or", "&")):
                i -= 1
            else:
                break
    return out


def _clean_ner_span(text: str, start: int, end: int, gaz: Gazetteer) -> list[tuple[int, int]]:
    """Trim "the"/possessive/punctuation; split "Columbus, Ohio" into its two toponyms."""
    s = text[start:end]
    if s.lower().startswith("the "):
        start += 4
    while end > start and text[end - 1] in ",;:'\u2019\"":
        end -= 1
    for suffix in ("'s", "\u2019s"):
        if text[start:end].endswith(suffix):
            end -= 2
    if text[end : end + 1] == "." and normalise(text[start : end + 1]) in gaz:
        end += 1  # "W.Va" + "." split by the tokenizer
    s = text[start:end]
    if not s or (not s[:1].isupper() and not s[:1].isdigit()):
        return []
    if "," in s:
        parts: list[tuple[int, int]] = []
        offset = start
        for piece in s.split(","):
            lead = len(piece) - len(piece.lstrip())
            p_start, p_end = offset + lead, offset + len(piece.rstrip())
            if p_end > p_start:
                parts.append((p_start, p_end))
            offset += len(piece) + 1
        if all(normalise(text[a:b]) in gaz for a, b in parts):
            return parts
    return [(start, end)]


def _accept(
    span: object,
    cands: list[Candidate],
    sentence_start: bool,
    ner_names: set[str],
    blocked: list[str],
    text: str,
    gaz: Gazetteer,
    listed: bool = False,
) -> bool:
    """May this gazetteer match count as a toponym? `listed`: it follows another place
    in a list ("Denver, Indianapolis, Louisville")."""
    from spacy.tokens import Span as SpacySpan

    assert isinstance(span, SpacySpan)
    start, end = span.start_char, span.end_char
    norm = normalise(span.text)
    if norm in gaz.stopnames:
        return _qualifier_after(text, end, gaz) is not None
    if len(norm) <= 2 and norm not in gaz.countries and norm not in gaz.us_states:
        return False  # "BA", "SA": initials, not towns
    strong = any(c.feature in _STRONG_FEATURES for c in cands)
    prev = span.doc[span.start - 1] if span.start > 0 else None
    population = max(c.population for c in cands)
    if any(blocked[start:end]):
        # NER called it a person or organisation. The small model often does so with
        # towns: the text overrules it when a qualifier follows ("Moorhead, Minn.") or
        # a locative preposition precedes a sizeable city ("from Paris to Lyon").
        whole = not (start > 0 and blocked[start - 1]) and not (end < len(blocked) and blocked[end])
        if whole and _qualifier_after(text, end, gaz) is not None:
            return True
        if whole and (listed or (prev is not None and prev.lower_ in _STRICT_PREPS)):
            # "in Lombard" tagged ORG; a "person" must be a big city ("to Lyon")
            floor = 100_000 if "PERSON" in blocked[start:end] else 10_000
            if population >= floor:
                return True
        # A state or country after "of" inside a name: "University of Georgia".
        if strong and prev is not None and prev.lower_ == "of" and blocked[start] == "ORG":
            return True
        # Otherwise only a toponym the article already uses as one, at the head of the
        # name ("Alexandria Police", "Georgia Power").
        if not (norm in ner_names or strong) or (start > 0 and blocked[start - 1]):
            return False
        return not (len(span) == 1 and span[0].ent_type_ == "PERSON" and not strong)
    if strong:
        return not (len(span) == 1 and span[0].is_stop)
    if norm in ner_names:
        return True
    if span.text.isupper() and _DASH_AFTER.match(text, end):
        return True  # a local paper's dateline: "TORRINGTON — The city council ..."
    if _qualifier_after(text, end, gaz) is not None:
        return True
    if listed or (prev is not None and prev.lower_ in _LOCATIVE_PREPS and not sentence_start):
        return population >= 10_000
    return False


def _after_place(span: object, place_ends: set[int]) -> bool:
    """The span follows a place in a list: "<place>, X", "<place> and X", "<place>, and X"."""
    from spacy.tokens import Span as SpacySpan

    assert isinstance(span, SpacySpan)
    doc, i = span.doc, span.start
    if i >= 2 and doc[i - 1].text in (",", "and", "or", "&"):
        before = doc[i - 2]
        if before.text == "," and doc[i - 1].text in ("and", "or") and i >= 3:
            before = doc[i - 3]
        return before.idx + len(before.text) in place_ends
    return False


_DASH_AFTER = re.compile(r"(?:,\s*[A-Z][A-Za-z.]*\.?)?\s*[\u2014\u2013-]\s")
_QUALIFIER = re.compile(r",\s*((?:[A-Z][A-Za-z]*\.?\s?){1,3})")


def _qualifier_after(text: str, end: int, gaz: Gazetteer) -> tuple[str | None, str | None] | None:
    """(state, country) named right after a toponym: "Alexandria, La.", "Paris, France"."""
    m = _QUALIFIER.match(text, end)
    if not m:
        return None
    for words in _leading_words(m.group(1)):
        norm = normalise(words)
        if norm in gaz.us_states or normalise(words.replace(" ", "")) in gaz.us_states:
            return gaz.us_states.get(norm) or gaz.us_states[normalise(words.replace(" ", ""))], None
        if norm in gaz.countries:
            return None, gaz.countries[norm]
    return None


def _leading_words(words: str) -> Iterator[str]:
    """The words, then the words less the last, down to the first ("New York City", "New
    York", "New"): the longest name that opens them wins."""
    words = words.strip()
    while words:
        yield words
        if " " not in words:
            break
        words = words.rsplit(" ", 1)[0]


# a US state's politics named around its name: "Kelly Loeffler, Republican of Georgia",
# "Georgia Gov. Brian Kemp", "Georgia Republicans", "the Georgia state Senate" (a state's
# name that is a country's too is then the state)
_STATE_POLITICS_BEFORE = re.compile(
    r"\b(?:Republican|Democrat|Democratic|Independent|[RDI])(?:\s+(?:Sen\.|Senator|Rep\.))?"
    r"\s+(?:of|from)\s+$|\b[RDI]-$"
)
_STATE_POLITICS_AFTER = re.compile(
    r"\s+(?:Gov\.|Governor|Lt\. Gov\.|Sen\.|Senator|Rep\.|Republicans?|Democrats?|GOP"
    r"|lawmakers|legislators|Legislature|General Assembly|Secretary of State"
    r"|state\s+(?:Sen\.|Rep\.|Senate|House|legislature|lawmakers|senator))(?![A-Za-z])"
)


def _state_politics(text: str, m: Mention, gaz: Gazetteer) -> str | None:
    """The US state a mention names when its words around it are that state's politics."""
    code = gaz.us_states.get(normalise(text[m.start : m.end]))
    if code is None:
        return None
    before = text[max(0, m.start - 40) : m.start]
    if _STATE_POLITICS_BEFORE.search(before) or _STATE_POLITICS_AFTER.match(text, m.end):
        return code
    return None


# "Palmyra in central Syria", "Kunduz in northern Afghanistan"
_WITHIN = re.compile(
    r"\s+in\s+(?:the\s+)?(?:(?:north|south|east|west|central|northern|southern|eastern|western"
    r"|north-?eastern|north-?western|south-?eastern|south-?western|rural|neighbou?ring)\s+)?"
    r"((?:[A-Z][A-Za-z]*\.?\s?){1,3})"
)


def _within_after(text: str, end: int, gaz: Gazetteer) -> str | None:
    """The country named by "in <country>" right after a toponym."""
    m = _WITHIN.match(text, end)
    if not m:
        return None
    for words in _leading_words(m.group(1)):
        norm = normalise(words.rstrip("."))
        if norm in gaz.countries:
            return gaz.countries[norm]
    return None


def qualify(text: str, mentions: list[Mention], gaz: Gazetteer) -> None:
    for m in mentions:
        q = _qualifier_after(text, m.end, gaz)
        if q is not None:
            m.qualifier_state, m.qualifier_country = q
        elif (state := _state_politics(text, m, gaz)) is not None:
            m.qualifier_state = state
        else:
            m.within_country = _within_after(text, m.end, gaz)
