"""Name recognition: the base model's OntoNotes entities combined with newsgraph's CoNLL NER
(doc.spans["conll"], see nlp/pipeline.py), news-convention rules and document-level
consistency. Produces typed name mentions; extract/entities.py groups them into entities.

Why combine: the CoNLL-trained NER finds PER/ORG/LOC spans much better on news (dev F1
measured in benchmarks/ner_conll.py), the base model knows the finer OntoNotes types
(GPE vs LOC vs FAC, NORP, EVENT, LAW, PRODUCT). A CoNLL span keeps its boundaries and takes
its OntoNotes type from the base model where the two agree, from the lexicons otherwise.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from newsgraph.extract import actors

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

CONLL_SPANS = "conll"
# OntoNotes labels kept as entity types (the rest: dates, numbers, are other extractors' job)
KEEP = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "LAW", "PRODUCT"})
# Which OntoNotes labels agree with which CoNLL label
COMPATIBLE = {
    "PER": {"PERSON"},
    "ORG": {"ORG"},
    "LOC": {"GPE", "LOC", "FAC"},
    "MISC": {"NORP", "EVENT", "LAW", "PRODUCT"},
}
TO_CONLL = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}
# Capitalised function words that open a sentence and that the CoNLL NER may take into the
# name after them ("Despite Chile's suggestion" -> "Despite Chile")
LEADING_WORDS = frozenset(
    {"despite", "after", "before", "following", "with", "without", "in", "on", "at", "as"}
    | {"during", "amid", "under", "for", "from", "since", "until", "while", "when", "if"}
    | {"although", "though", "unlike", "like", "against"}
)
# Lower-case particles inside personal names ("Mohammed bin Salman", "Ursula von der Leyen");
# the CoNLL NER, trained on 1996 news, often keeps only the words after them
NAME_PARTICLES = frozenset(
    {"bin", "ibn", "bint", "al", "el", "abu", "van", "von", "der", "den", "de", "da", "di"}
    | {"du", "dos", "das", "del", "la", "le"}
)
# Words a copy-paste from a news page leaves on a line of their own; never names.
PAGE_WORDS = frozenset({"tags", "topics", "related", "advertisement", "share", "read more"})


@dataclass(frozen=True, slots=True)
class Name:
    """A typed name mention: tokens [start, end) of the doc."""

    start: int
    end: int
    label: str  # an OntoNotes type from KEEP
    rule: str  # "ner:conll", "ner:ontonotes", "ner:both", "consistency", ...


DEFAULTS: dict[str, Any] = {
    # base-model names of these types are kept where the CoNLL NER found nothing: full
    # PERSON names (recent names the 1996 data lacks, "Xi Jinping"). CoNLL dev F1 of the
    # choices is printed by benchmarks/ner_conll.py --options; adding GPE cost 0.005 on LOC,
    # ORG 0.04 on ORG.
    "ontonotes_fill": ("PERSON",),
    # add unlabelled repeats of a recognised name ("doc-level consistency"): +0.007 PER
    "propagate": True,
    # re-type every repeat of a name to its majority type: -0.003 F1 on CoNLL dev (sports
    # pages use "Milan" for the city and the club), so off by default
    "vote": False,
    # a mention only the CoNLL NER typed takes the type both models agree on elsewhere in
    # the article ("Xi" typed LOC where "Xi Jinping" is a PERSON)
    "agree": True,
    # country names and capitals of the lexicons that neither model labelled become GPEs
    # ("Kyiv rejected the plan.")
    "gazetteer": True,
}


def own_options(options: Mapping[str, Any] | None) -> dict[str, Any]:
    """The "entities.*" keys of ctx.options, without the prefix ("entities.vote" -> "vote")."""
    prefix = "entities."
    return {k[len(prefix) :]: v for k, v in (options or {}).items() if k.startswith(prefix)}


def recognize(doc: Doc, options: Mapping[str, Any] | None = None) -> list[Name]:
    """Typed name mentions of `doc`, in text order, not overlapping."""
    opts = {**DEFAULTS, **own_options(options)}
    onto = [e for e in doc.ents if e.label_ in KEEP]
    conll = [_trim_lead(c) for c in doc.spans[CONLL_SPANS]] if CONLL_SPANS in doc.spans else []
    if not conll and CONLL_SPANS not in doc.spans:
        plain = [Name(e.start, e.end, e.label_, "ner:ontonotes") for e in onto]
        return _finish(doc, plain, opts)
    by_start: dict[int, list[Span]] = defaultdict(list)
    for e in onto:
        for i in range(e.start, e.end):
            by_start[i].append(e)
    names: list[Name] = []
    taken: set[int] = set()
    for c in conll:
        overlapping = {id(e): e for i in range(c.start, c.end) for e in by_start.get(i, [])}
        exact = next(
            (e for e in overlapping.values() if e.start == c.start and e.end == c.end), None
        )
        inner = sorted(
            (e for e in overlapping.values() if c.start <= e.start and e.end <= c.end),
            key=lambda e: e.start,
        )
        if len(inner) >= 2 and any(t.pos_ == "CCONJ" or t.is_punct for t in c):
            # "Rosneft and Lukoil" as one CoNLL span: the base model's split is right
            for e in inner:
                label = e.label_
                if c.label_ != "MISC" and label not in COMPATIBLE[c.label_]:
                    label = _onto_type(c.label_, e.text, None)
                names.append(Name(e.start, e.end, label, "ner:split"))
            taken.update(range(c.start, c.end))
            continue
        if c.label_ == "MISC":
            # the base model knows these types better; a MISC the CoNLL NER alone finds
            # is kept only when it is a nationality word ("Chinese" -> NORP)
            if exact is not None and exact.label_ in COMPATIBLE["MISC"]:
                names.append(Name(c.start, c.end, exact.label_, "ner:both"))
            elif not overlapping and actors.is_demonym(c.text):
                names.append(Name(c.start, c.end, "NORP", "ner:conll"))
            else:
                continue
        elif exact is not None and exact.label_ in COMPATIBLE[c.label_]:
            names.append(Name(c.start, c.end, exact.label_, "ner:both"))
        elif (whole := _particle_name(c, overlapping.values())) is not None:
            start = whole.start
            while whole.end - start > 2 and doc[start].lower_ in _RANK_WORDS:
                start += 1  # "[Prince] Mohammed bin Salman": the name after the rank
            names.append(Name(start, whole.end, "PERSON", "ner:both"))
            taken.update(range(whole.start, whole.end))
        else:
            hint = next(
                (e.label_ for e in overlapping.values() if e.label_ in COMPATIBLE[c.label_]),
                None,
            )
            names.append(Name(c.start, c.end, _onto_type(c.label_, c.text, hint), "ner:conll"))
        taken.update(range(c.start, c.end))
    for e in onto:
        if any(i in taken for i in range(e.start, e.end)):
            continue
        label = e.label_
        if label in {"PERSON", "GPE", "LOC"} and actors.country_of(e.text) is not None:
            label = "GPE"  # a country or capital of the lexicons ("Kyiv" typed PERSON)
        elif label == "ORG" and actors.organisation(e.text) is not None:
            pass  # the base model's ORGs cost 0.04 F1 alone; a known organisation is kept
        elif label in TO_CONLL and label != "FAC":
            if label not in opts["ontonotes_fill"]:
                continue
            # alone, the base model's single words and capitalised runs are mostly wrong
            # (on CoNLL dev: "naira", "Extras", "CLUB FINED"); full names are kept
            if label == "PERSON" and not (len(e) >= 2 and all(t.is_title for t in e)):
                continue
        names.append(Name(e.start, e.end, label, "ner:ontonotes"))
        taken.update(range(e.start, e.end))
    names.sort(key=lambda n: n.start)
    return _finish(doc, names, opts)


def _particle_name(conll: Span, onto: Iterable[Span]) -> Span | None:
    """The base model's PERSON span around a CoNLL PER span that lost the words before a name
    particle ("Mohammed bin Salman" found as "Salman"), or that took a capitalised title
    before the name and lost the words after it ("Prince Mohammed" in "Crown Prince
    Mohammed bin Salman"): the whole name, or None."""
    if conll.label_ != "PER":
        return None
    for e in onto:
        if e.label_ != "PERSON":
            continue
        titled = (
            conll.start < e.start < conll.end < e.end
            and all(t.is_title for t in conll[: e.start - conll.start])
        )
        if not titled and not (e.start <= conll.start and conll.end <= e.end):
            continue
        extra = [t for t in e if not (conll.start <= t.i < conll.end)]
        if (
            extra
            and any(t.text in NAME_PARTICLES for t in extra)
            and all(t.text in NAME_PARTICLES or t.is_title for t in extra)
        ):
            return e
    return None


def _trim_lead(span: Span) -> Span:
    """A CoNLL span without the sentence-opening function word it took in ("Despite Chile")."""
    from spacy.tokens import Span

    first = span[0]
    if len(span) > 1 and first.is_sent_start and first.lower_ in LEADING_WORDS:
        return Span(span.doc, span.start + 1, span.end, label=span.label_)
    return span


def _onto_type(conll_label: str, text: str, hint: str | None) -> str:
    if conll_label == "PER":
        return "PERSON"
    if conll_label == "ORG":
        return "ORG"
    if hint is not None:
        return hint
    if actors.country_of(text) is not None:
        return "GPE"
    return "LOC"


def _finish(doc: Doc, names: list[Name], opts: Mapping[str, Any]) -> list[Name]:
    names = [
        _whole_outlet(
            doc,
            _whole_country(
                doc,
                _capital_not_person(doc, _hyphenated_given_name(doc, _without_possessive(doc, n))),
            ),
        )
        for n in names
    ]
    # "Kim Jong-Un": the recognizer's own name for the syllable ("Un") is inside the person's
    names = [n for n in names if not any(_inside(n, o) for o in names)]
    # two pieces of one country's name made whole are one name
    whole: dict[tuple[int, int], Name] = {}
    for n in names:
        whole.setdefault((n.start, n.end), n)
    names = list(whole.values())
    names = [
        n
        for n in names
        if not _is_page_word(doc, n) and not any(t.is_space for t in doc[n.start : n.end])
    ]
    names = _joined_by_particle(doc, names)
    if opts["propagate"]:
        names = _recase_caps(doc, names)
    if opts["gazetteer"]:
        names = _gazetteer(doc, names)
    if opts["agree"]:
        names = _agree(doc, names)
    if opts["propagate"]:
        names = _propagate(doc, names)
    if opts["vote"]:
        names = _vote(doc, names)
    return [_honorific_person(doc, n) for n in names]


def _whole_country(doc: Doc, name: Name) -> Name:
    """A country's official name the recognizer cut short: "the Democratic People's
    [Republic of Korea]" is North Korea, not the South ("Republic of Korea"), and "the
    [Islamic Republic] of Pakistan" is not Iran. The longest known country name that ends
    (or starts) with the mention and names another country than it becomes the name."""
    if name.label not in ("GPE", "ORG", "LOC"):
        return name
    own = actors.country_of(doc[name.start : name.end].text)
    for k in (4, 3, 2, 1):
        start = name.start - k
        if start < 0 or any(
            t.lower_ == "the"
            or (t.is_lower and t.lower_ not in ("'s", "’s"))
            or (t.is_punct and t.text not in ("'", "’"))
            for t in doc[start : name.start]
        ):
            continue
        longer = actors.country_of(doc[start : name.end].text)
        if longer is not None and longer != own:
            return Name(start, name.end, "GPE", name.rule)
    if name.end < len(doc) and doc[name.end].lower_ == "of":
        for k in (3, 2):
            end = min(name.end + k, len(doc))
            longer = actors.country_of(doc[name.start : end].text)
            if longer is not None and longer != own:
                return Name(name.start, end, "GPE", name.rule)
    return name


# Capitalised words of rank a recogniser takes into a name before it ("Prince Mohammed bin
# Salman", "Sheikh Tamim bin Hamad"): the name is what follows them.
_RANK_WORDS = frozenset({"prince", "princess", "sheikh", "sheik", "crown", "emir", "king", "queen"})


def _joined_by_particle(doc: Doc, names: list[Name]) -> list[Name]:
    """Two person names with only name particles between them are one name, without the
    words of rank before it: "[Prince Mohammed] bin [Salman]" is "Mohammed bin Salman"."""
    out: list[Name] = []
    for n in names:
        last = out[-1] if out else None
        between = doc[last.end : n.start] if last is not None else None
        if (
            last is not None
            and between is not None
            and last.label == n.label == "PERSON"
            and len(between) > 0
            and all(t.lower_ in NAME_PARTICLES for t in between)
        ):
            start = last.start
            while n.start - start > 1 and doc[start].lower_ in _RANK_WORDS:
                start += 1
            out[-1] = Name(start, n.end, "PERSON", last.rule)
            continue
        out.append(n)
    return out


def _whole_outlet(doc: Doc, name: Name) -> Name:
    """A news outlet named after a country, of which the recognizer kept the country: "USA
    TODAY" (a byline), "Voice of America", "Radio Free Asia" are the outlet, not the country.
    The longest listed outlet (actors' organisations, role MED) made of the mention and up to
    two capitalised words after it or three before it (with "of") becomes the name."""
    if name.label not in ("GPE", "LOC", "NORP"):
        return name

    def capitalised(t: Token) -> bool:
        return t.is_alpha and (t.is_title or t.is_upper)

    for before in (3, 2, 1, 0):
        start = name.start - before
        if start < 0 or not all(
            capitalised(t) or (t.lower_ == "of" and t.i > start) for t in doc[start : name.start]
        ):
            continue
        for after in (2, 1, 0):
            end = name.end + after
            if (before, after) == (0, 0) or end > len(doc):
                continue
            if not all(capitalised(t) for t in doc[name.end : end]):
                continue
            outlet = actors.organisation(doc[start:end].text)
            if outlet is not None and outlet.role == "MED":
                return Name(start, end, "ORG", name.rule)
    return name


def _inside(n: Name, o: Name) -> bool:
    """Is `n` a shorter name within `o`?"""
    return o.start <= n.start and n.end <= o.end and o.end - o.start > n.end - n.start


def _honorific_person(doc: Doc, name: Name) -> Name:
    """ "Mr Clarke's new proposals": a name after "Mr", "Mrs", "Ms" or "Dr" is a person's,
    whatever type the recognizer gave it (it made "Clarke" an organisation there)."""
    if name.label == "PERSON" or name.start == 0:
        return name
    before = doc[name.start - 1].lower_.rstrip(".")
    if before in actors.HONORIFICS and doc[name.start - 1].is_title:
        return Name(name.start, name.end, "PERSON", "honorific:person")
    return name


def _gazetteer(doc: Doc, names: list[Name]) -> list[Name]:
    covered = {i for n in names for i in range(n.start, n.end)}
    added: list[Name] = []
    i = 0
    while i < len(doc):
        if i in covered or not doc[i].is_title:
            i += 1
            continue
        for width in (3, 2, 1):
            span = doc[i : i + width]
            if len(span) < width or any(j in covered for j in range(i, i + width)):
                continue
            if not all(t.is_title or t.is_punct for t in span):
                continue
            text = span.text
            if actors.country_of(text) is not None and not actors.is_demonym(text):
                added.append(Name(i, i + width, "GPE", "gazetteer"))
                i += width - 1
                break
        i += 1
    return sorted([*names, *added], key=lambda n: n.start) if added else names


# Lower-case words that follow a name and a hyphen as a compound, not as the end of a given
# name: "Trump-era", "Saudi-led", "Kremlin-backed".
_COMPOUND_TAILS = frozenset(
    {"era", "led", "run", "born", "based", "backed", "style", "like", "made", "type", "owned"}
    | {"wing", "ish", "esque", "linked", "allied", "aligned", "friendly", "free", "bound"}
)


def _hyphenated_given_name(doc: Doc, name: Name) -> Name:
    """A given name written with a hyphen ends the name: "Kim Jong-un", "Ban Ki-moon", "Tsai
    Ing-wen". Both NER models stop at the hyphen ("Kim Jong", "Ban Ki"), which loses the
    person and their table entry. The name takes the hyphen and the lower-case syllable
    glued to it when its last word is a short capitalised syllable ("Kim Jong-Un", written
    with a capital, too, for a person); "Trump-era" is no name."""
    end = name.end
    if name.label not in ("PERSON", "ORG") or end - name.start < 2 or end + 1 >= len(doc):
        return name
    last, dash, tail = doc[end - 1], doc[end], doc[end + 1]
    glued = not last.whitespace_ and not dash.whitespace_
    if not (
        glued
        and dash.text == "-"
        and last.is_title
        and last.is_alpha
        and len(last) <= 5
        and tail.is_alpha
        and (tail.is_lower or (tail.is_title and len(tail) <= 4 and name.label == "PERSON"))
        and len(tail) <= 5
        and tail.lower_ not in _COMPOUND_TAILS
    ):
        return name
    if name.label == "ORG" and name.rule == "ner:both":
        return name
    # "Moon Jae-in" typed ORG by the CoNLL model alone is a person
    return Name(name.start, end + 2, "PERSON", name.rule)


# The possessive ending as the tokenizer splits it off ("Comey" + "’s").
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})


def _without_possessive(doc: Doc, name: Name) -> Name:
    """A name without the possessive ending the recognizer sometimes takes into it: "Mr.
    Comey’s testimony" names Comey, not "Comey’s" (which matches no table and joins no other
    mention of him)."""
    if name.end - name.start >= 2 and doc[name.end - 1].lower_ in _POSSESSIVE:
        return Name(name.start, name.end - 1, name.label, name.rule)
    return name


def _capital_not_person(doc: Doc, name: Name) -> Name:
    """A capital city is no person ("Kyiv would respond" typed PERSON by both models)."""
    if name.label == "PERSON" and actors.capital_of(doc[name.start : name.end].text):
        return Name(name.start, name.end, "GPE", "gazetteer:capital")
    return name


def _is_page_word(doc: Doc, name: Name) -> bool:
    """ "Tags" alone on the last line of a copy-pasted page is not an organisation."""
    span = doc[name.start : name.end]
    if span.text.lower() not in PAGE_WORDS:
        return False
    before = doc.text[: span.start_char].rstrip(" \t")
    after = doc.text[span.end_char :].lstrip(" \t")
    return (not before or before.endswith("\n")) and (not after or after.startswith("\n"))


def _key(doc: Doc, name: Name) -> str:
    return " ".join(t.text for t in doc[name.start : name.end]).lower()


def _vote(doc: Doc, names: list[Name]) -> list[Name]:
    """One type per name string in a document: the majority (ties: the first seen)."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for n in names:
        votes[_key(doc, n)][n.label] += 2 if n.rule == "ner:both" else 1
    out = []
    for n in names:
        best = votes[_key(doc, n)].most_common(1)[0][0]
        # where both models agree on a mention, that mention keeps its type
        keep = best == n.label or n.rule == "ner:both"
        out.append(n if keep else Name(n.start, n.end, best, n.rule))
    return out


def _agree(doc: Doc, names: list[Name]) -> list[Name]:
    agreed = _known_names(doc, [n for n in names if n.rule in {"ner:both", "ner:split"}])
    out = []
    for n in names:
        label = agreed.get(tuple(t.text.lower() for t in doc[n.start : n.end]))
        if n.rule == "ner:conll" and label is not None and label != n.label:
            n = Name(n.start, n.end, label, "consistency:type")
        out.append(n)
    return out


def _known_names(doc: Doc, names: list[Name]) -> dict[tuple[str, ...], str]:
    """Lower-cased word tuples of the recognised PERSON/ORG/GPE/LOC names (and the surnames
    of full PERSON names) -> type."""
    known: dict[tuple[str, ...], str] = {}
    for n in names:
        if n.label not in TO_CONLL:
            continue
        words = tuple(t.text.lower() for t in doc[n.start : n.end])
        known.setdefault(words, n.label)
        if n.label == "PERSON" and n.end - n.start > 1:
            known.setdefault((words[-1],), "PERSON")
    return known


def _recase_caps(doc: Doc, names: list[Name]) -> list[Name]:
    """In ALL-CAPS text the NER runs names and words together ("PUTIN VISITS BEIJING" as one
    ORG). Such a span is replaced by the names it contains that the rest of the article
    writes in normal case; propagation then labels them."""
    cased = [n for n in names if not _all_caps(doc, n)]
    known = _known_names(doc, cased)
    out: list[Name] = []
    for n in names:
        if not _all_caps(doc, n):
            out.append(n)
            continue
        words = tuple(t.text.lower() for t in doc[n.start : n.end])
        if known.get(words, n.label) != n.label and n.rule != "ner:both":
            # "PUTIN" typed LOC in a headline is the Putin of the body
            out.append(Name(n.start, n.end, known[words], "consistency:caps"))
            continue
        if (
            n.end - n.start < 2
            or words in known
            or not any(
                words[i : i + k] in known
                for k in range(1, len(words))
                for i in range(len(words) - k + 1)
            )
        ):
            out.append(n)  # a name the article knows as a whole, or no better reading
    return out


def _all_caps(doc: Doc, n: Name) -> bool:
    return all(t.is_upper or not t.is_alpha for t in doc[n.start : n.end])


def _propagate(doc: Doc, names: list[Name]) -> list[Name]:
    """Label unlabelled repeats of a recognised name: exact token match, capitalised as a
    name (or the whole token in capitals, as in headlines). PERSON surnames repeat too:
    "Mishustin" after "Mikhail Mishustin" (coref joins them later)."""
    covered = {i for n in names for i in range(n.start, n.end)}
    known = _known_names(doc, names)
    if not known:
        return names
    longest = max(len(k) for k in known)
    added: list[Name] = []
    i = 0
    while i < len(doc):
        if i in covered or not _namelike(doc[i]):
            i += 1
            continue
        for width in range(min(longest, len(doc) - i), 0, -1):
            span = doc[i : i + width]
            words = tuple(t.text.lower() for t in span)
            label = known.get(words)
            if label is None or any(j in covered for j in range(i, i + width)):
                continue
            if not all(_namelike(t) or not t.is_alpha for t in span):
                continue
            added.append(Name(i, i + width, label, "consistency"))
            covered.update(range(i, i + width))
            i += width - 1
            break
        i += 1
    return sorted([*names, *added], key=lambda n: n.start)


def _namelike(token: Any) -> bool:
    return bool(token.is_title or (token.is_upper and len(token.text) > 1))
