"""Topic tags: the article's subjects, topics and themes, each scored with its evidence.

The taxonomy (extract/data/taxonomy.tsv) is modelled on IPTC Media Topics: its 17 top-level
subjects (``economy``, ``politics``, ``conflict``, ...), second-level topics that matter for
world news (``politics/international-relations/sanctions``, ``economy/energy``, ...) and finer
GDELT-style themes (``theme/china-taiwan``). Each label lists its cues: words and phrases,
CAMEO event codes and CAMEO actor roles. Files in ``ctx.options["lexicons"]`` with the same
header add labels or cues.

A tag's score (0..1) combines, per label:

- words: each distinct cue term found in the title (counted twice) or the text adds
  ``(1 + ln(count))``, times 1.5 for a two-word phrase, 2 for three words; the sum is
  weighted by depth (a second-level topic's terms count 1.5, a third level's 2: narrow
  labels list few, telling terms) and damped by length (``/ sqrt(1 + words / 400)``);
- events: each event whose CAMEO code starts with one of the label's codes adds its
  confidence; entities whose actor role is one of the label's roles add 0.5 each;

and ``lexical = 1 - exp(-raw / 3)``. A learned part then mixes in: multinomial naive Bayes
models over words (models/tags/, trained by training/tags/train.py on train splits only)
give probabilities p for the subjects and for the economy topics, and
``score = 1 - (1 - lexical) * (1 - 0.9 * p)``, where a topic's p is first scaled by how much
the article is about its subject. Finally a parent keeps at least 0.95 of its best child's
score. Evidence lists the terms (with counts), events, entities and model words behind each.
Bilateral relations (``relations/China–Russia``) come from events whose source and target
are different countries, or failing those from the two most mentioned countries.
"""

from __future__ import annotations

import csv
import functools
import importlib.resources
import math
import os
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsgraph.errors import ExtractorError
from newsgraph.extract.registry import Context, extractor
from newsgraph.records import Entity, Event, Place, Tag

NAME, VERSION = "tags.taxonomy", "1"
KEY = f"{NAME}@{VERSION}"
HEADER = ("label", "parent", "name", "definition", "terms", "events", "roles")
RELATIONS_PARENT = "politics/international-relations"

# Set by hand and checked on the BBC dev part (training/tags/README.md). MODEL_WEIGHT was
# swept there (model temperature 40): 0.6 -> top-1 0.939, 0.8 -> 0.956, 0.95 -> 0.976; 0.9
# keeps a subject the model alone suggests a little below certainty.
TITLE_WEIGHT = 2
LENGTH_SCALE = 400.0
LEXICAL_SCALE = 3.0
ROLE_WEIGHT = 0.5
# A narrower label lists fewer, more telling terms: each counts more (per level below a subject).
DEPTH_BONUS = 0.5
PHRASE_BONUS = 0.5
PARENT_SHARE = 0.95
MODEL_WEIGHT = 0.9
DEFAULT_MIN_SCORE = 0.2
DEFAULT_MAX_TAGS = 20

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


def words(text: str) -> list[str]:
    """Lower-case word tokens; hyphens split words ("one-China" -> one, china), "'s" goes."""
    out = []
    for m in _WORD.finditer(text.lower()):
        w = m.group()
        if w.endswith(("'s", "’s")):
            w = w[:-2]
        out.append(w)
    return out


# --------------------------------------------------------------------------- the taxonomy


@dataclass(frozen=True, slots=True)
class Topic:
    label: str
    parent: str
    name: str
    definition: str
    terms: tuple[str, ...] = ()
    events: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class _Phrase:
    term: str  # as written in the taxonomy
    rest: tuple[str, ...]  # tokens after the first
    prefix: bool  # the last token may have any ending


@dataclass(frozen=True, slots=True)
class Taxonomy:
    topics: Mapping[str, Topic]
    # first token (exact) -> phrases; first token prefix (single-token terms) -> phrases
    exact: Mapping[str, tuple[tuple[_Phrase, tuple[str, ...]], ...]] = field(default_factory=dict)
    prefixes: Mapping[str, tuple[tuple[_Phrase, tuple[str, ...]], ...]] = field(
        default_factory=dict
    )

    def match(self, tokens: Sequence[str]) -> Iterator[tuple[str, str]]:
        """(label, term) for every cue term found in `tokens`."""
        for i, tok in enumerate(tokens):
            found = list(self.exact.get(tok, ()))
            for k in range(3, len(tok) + 1):
                found.extend(self.prefixes.get(tok[:k], ()))
            for phrase, labels in found:
                if phrase.rest and not _rest_matches(phrase, tokens, i + 1):
                    continue
                for label in labels:
                    yield label, phrase.term


def _rest_matches(phrase: _Phrase, tokens: Sequence[str], at: int) -> bool:
    if at + len(phrase.rest) > len(tokens):
        return False
    for j, want in enumerate(phrase.rest):
        got = tokens[at + j]
        last = j == len(phrase.rest) - 1
        if not (got == want or (last and phrase.prefix and got.startswith(want))):
            return False
    return True


def _split(cell: str) -> tuple[str, ...]:
    return tuple(c.strip() for c in cell.split("|") if c.strip())


def read_topics(text: str, origin: str) -> list[Topic]:
    """Rows of a taxonomy file (see the header comment of extract/data/taxonomy.tsv)."""
    rows = csv.reader(
        (ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")),
        delimiter="\t",
        quoting=csv.QUOTE_NONE,
    )
    header = next(rows, None)
    if header is None or tuple(header[: len(HEADER)]) != HEADER:
        raise ExtractorError(
            f"not a taxonomy file (header must be {' '.join(HEADER)})", input=origin
        )
    topics = []
    for row in rows:
        cells = [*row, *[""] * len(HEADER)][: len(HEADER)]
        label, parent, name, definition, terms, events, roles = (c.strip() for c in cells)
        if label:
            topics.append(
                Topic(label, parent, name, definition, _split(terms), _split(events), _split(roles))
            )
    return topics


def build_taxonomy(topics: Iterable[Topic]) -> Taxonomy:
    """Merge topics (a later row for a known label adds cues) and index their terms."""
    merged: dict[str, Topic] = {}
    for t in topics:
        old = merged.get(t.label)
        if old is None:
            merged[t.label] = t
            continue
        merged[t.label] = Topic(
            t.label,
            t.parent or old.parent,
            t.name or old.name,
            t.definition or old.definition,
            tuple(dict.fromkeys(old.terms + t.terms)),
            tuple(dict.fromkeys(old.events + t.events)),
            tuple(dict.fromkeys(old.roles + t.roles)),
        )
    exact: dict[str, dict[_Phrase, list[str]]] = defaultdict(dict)
    prefixes: dict[str, dict[_Phrase, list[str]]] = defaultdict(dict)
    for t in merged.values():
        for term in t.terms:
            star = term.endswith("*")
            toks = words(term.rstrip("*"))
            if not toks:
                continue
            # "one-china" and "one china" are one phrase: the first spelling names it
            phrase = _Phrase(term, tuple(toks[1:]), star)
            index = prefixes if star and len(toks) == 1 else exact
            same = [p for p in index[toks[0]] if (p.rest, p.prefix) == (phrase.rest, star)]
            phrase = same[0] if same else phrase
            labels = index[toks[0]].setdefault(phrase, [])
            if t.label not in labels:
                labels.append(t.label)
    return Taxonomy(
        topics=merged,
        exact={k: tuple((p, tuple(ls)) for p, ls in v.items()) for k, v in exact.items()},
        prefixes={k: tuple((p, tuple(ls)) for p, ls in v.items()) for k, v in prefixes.items()},
    )


@functools.lru_cache(maxsize=1)
def builtin_topics() -> tuple[Topic, ...]:
    res = importlib.resources.files("newsgraph.extract").joinpath("data/taxonomy.tsv")
    return tuple(read_topics(res.read_text(encoding="utf-8"), "extract/data/taxonomy.tsv"))


@functools.lru_cache(maxsize=16)
def _user_topics(path: str, mtime: float) -> tuple[Topic, ...]:
    return tuple(read_topics(Path(path).read_text(encoding="utf-8"), path))


def _is_taxonomy_file(path: Path) -> bool:
    # Other extractors' lexicons come in the same option: use only files with our header.
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip() and not line.startswith("#"):
                return tuple(line.rstrip("\n").split("\t")[: len(HEADER)]) == HEADER
    return False


def lexicon_paths(option: Any) -> tuple[Path, ...]:
    """`ctx.options["lexicons"]`: an os.pathsep-separated string or a sequence of paths."""
    if not option:
        return ()
    items = option.split(os.pathsep) if isinstance(option, str) else list(option)
    return tuple(Path(p) for p in items if str(p))


@functools.lru_cache(maxsize=16)
def _taxonomy(extra: tuple[tuple[str, float], ...]) -> Taxonomy:
    topics = list(builtin_topics())
    for path, mtime in extra:
        topics.extend(_user_topics(path, mtime))
    return build_taxonomy(topics)


def load_taxonomy(lexicons: Any = None) -> Taxonomy:
    """The built-in taxonomy, extended by the taxonomy files among `lexicons`."""
    extra = tuple(
        (str(p), p.stat().st_mtime)
        for p in lexicon_paths(lexicons)
        if p.is_file() and _is_taxonomy_file(p)
    )
    return _taxonomy(extra)


# --------------------------------------------------------------------------- learned part


@dataclass(frozen=True, slots=True)
class WordModel:
    """Multinomial naive Bayes over words, with a temperature: log-odds of a class are
    ``prior + temperature * mean over known words of log p(word | class)``, so long articles
    are not made more certain than short ones."""

    name: str
    classes: tuple[str, ...]
    priors: tuple[float, ...]
    temperature: float
    weights: Mapping[str, tuple[float, ...]]

    def predict(self, tokens: Sequence[str]) -> tuple[dict[str, float], dict[str, list[str]]]:
        """class -> probability, and class -> the known words that favour it most."""
        counts = Counter(t for t in tokens if t in self.weights)
        n = sum(counts.values())
        if n == 0:
            return {}, {}
        k = len(self.classes)
        loglik = [0.0] * k
        for w, c in counts.items():
            for j, lp in enumerate(self.weights[w]):
                loglik[j] += c * lp
        logits = [self.priors[j] + self.temperature * loglik[j] / n for j in range(k)]
        top = max(logits)
        exps = [math.exp(x - top) for x in logits]
        total = sum(exps)
        probs = {self.classes[j]: exps[j] / total for j in range(k)}
        reasons: dict[str, list[str]] = {}
        for j, cls in enumerate(self.classes):
            if probs[cls] < 0.05:  # too unlikely to be shown: skip the sort
                continue

            # a word favours a class by how far its log-probability there is above its mean
            def lift(w: str, j: int = j) -> float:
                ws = self.weights[w]
                return counts[w] * (ws[j] - sum(ws) / k)

            reasons[cls] = [w for w in sorted(counts, key=lift, reverse=True)[:5] if lift(w) > 0]
        return probs, reasons


def read_model(text: str, name: str) -> WordModel:
    classes: tuple[str, ...] = ()
    priors: tuple[float, ...] = ()
    temperature = 1.0
    weights: dict[str, tuple[float, ...]] = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        cells = line.split("\t")
        if cells[0] == "@classes":
            classes = tuple(cells[1:])
        elif cells[0] == "@priors":
            priors = tuple(float(x) for x in cells[1:])
        elif cells[0] == "@temperature":
            temperature = float(cells[1])
        else:
            weights[cells[0]] = tuple(float(x) for x in cells[1:])
    if not classes or len(priors) != len(classes):
        raise ExtractorError(f"tag model {name!r} has no @classes/@priors lines")
    return WordModel(name, classes, priors, temperature, weights)


@functools.lru_cache(maxsize=4)
def load_model(name: str) -> WordModel:
    """A model shipped in newsgraph/models/tags/NAME.tsv (see training/tags/train.py)."""
    res = importlib.resources.files("newsgraph").joinpath(f"models/tags/{name}.tsv")
    try:
        text = res.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ExtractorError(
            f"tag model {name!r} is missing from the installed package; reinstall newsgraph "
            "or rebuild it with training/tags/train.py (or set option tags_model=False)"
        ) from None
    return read_model(text, name)


MODELS = ("subjects", "economy")


# --------------------------------------------------------------------------- scoring


def _lexical(raw: float) -> float:
    return 1.0 - math.exp(-raw / LEXICAL_SCALE)


@functools.lru_cache(maxsize=4096)
def _phrase_weight(term: str) -> float:
    """A phrase of n words tells more than one word: 1 + PHRASE_BONUS * (n - 1)."""
    return 1.0 + PHRASE_BONUS * (len(words(term)) - 1)


def _term_evidence(counts: Counter[str]) -> str:
    parts = [f"{t}×{c}" if c > 1 else t for t, c in counts.most_common(8)]
    return "terms: " + ", ".join(parts)


def score_tags(
    taxonomy: Taxonomy,
    *,
    title: str | None,
    text: str,
    events: Sequence[Event] = (),
    entities: Sequence[Entity] = (),
    places: Sequence[Place] = (),
    models: Sequence[WordModel] = (),
) -> dict[str, tuple[float, list[str]]]:
    """label -> (score, evidence) for every label with any support."""
    body = words(text)
    head = words(title or "")
    term_counts: dict[str, Counter[str]] = defaultdict(Counter)
    for tokens, weight in ((body, 1), (head, TITLE_WEIGHT)):
        for label, term in taxonomy.match(tokens):
            term_counts[label][term] += weight
    damp = math.sqrt(1.0 + len(body) / LENGTH_SCALE)
    raw: dict[str, float] = defaultdict(float)
    evidence: dict[str, list[str]] = defaultdict(list)
    for label, counts in term_counts.items():
        depth_weight = 1.0 + DEPTH_BONUS * (_depth(taxonomy, label) - 1)
        found = sum(_phrase_weight(t) * (1.0 + math.log(c)) for t, c in counts.items())
        raw[label] += depth_weight * found / damp
        evidence[label].append(_term_evidence(counts))
    for topic in taxonomy.topics.values():
        if topic.events:
            fired = [ev for ev in events if ev.code.startswith(topic.events)]
            if fired:
                raw[topic.label] += sum(ev.confidence for ev in fired)
                shown = ", ".join(f"{ev.id} {ev.code} {ev.trigger.text!r}" for ev in fired[:5])
                evidence[topic.label].append(f"events: {shown}")
        if topic.roles:
            actors = [e for e in entities if e.actor is not None and _has_role(e, topic.roles)]
            if actors:
                raw[topic.label] += ROLE_WEIGHT * len(actors)
                shown = ", ".join(f"{e.name} ({e.actor.code})" for e in actors[:5] if e.actor)
                evidence[topic.label].append(f"entities: {shown}")
    scores = {label: _lexical(r) for label, r in raw.items() if label in taxonomy.topics}
    tokens = head * TITLE_WEIGHT + body
    predictions = [(model, *model.predict(tokens)) for model in models]
    subject_p = {c: p for _, probs, _ in predictions for c, p in probs.items() if "/" not in c}
    for model, probs, reasons in predictions:
        # topics below a subject count only as much as the article is about that subject
        for label, p in probs.items():
            gate = 1.0
            if "/" in label:
                subject = label.split("/", 1)[0]
                gate = max(scores.get(subject, 0.0), subject_p.get(subject, 0.0))
            if label not in taxonomy.topics or p * gate < 0.05:
                continue
            mixed = 1.0 - (1.0 - scores.get(label, 0.0)) * (1.0 - MODEL_WEIGHT * p * gate)
            scores[label] = mixed
            evidence[label].append(
                f"model {model.name}: p={p:.2f} ({', '.join(reasons.get(label, []))})"
            )
    _lift_parents(taxonomy, scores, evidence)
    result = {label: (s, evidence[label]) for label, s in scores.items()}
    result.update(relation_tags(events, entities, places))
    return result


def _has_role(entity: Entity, roles: Sequence[str]) -> bool:
    actor = entity.actor
    if actor is None:
        return False
    if actor.role in roles:
        return True
    code = actor.code or ""
    return any(code[i : i + 3] in roles for i in range(0, len(code), 3))


def _lift_parents(
    taxonomy: Taxonomy, scores: dict[str, float], evidence: dict[str, list[str]]
) -> None:
    """A parent scores at least PARENT_SHARE of its best child (deepest labels first)."""
    for label in sorted(scores, key=lambda lb: -_depth(taxonomy, lb)):
        parent = taxonomy.topics[label].parent if label in taxonomy.topics else ""
        while parent and parent in taxonomy.topics:
            lifted = scores[label] * PARENT_SHARE
            if lifted > scores.get(parent, 0.0):
                scores[parent] = lifted
                evidence[parent].append(f"child: {label}")
            label, parent = parent, taxonomy.topics[parent].parent


def _depth(taxonomy: Taxonomy, label: str) -> int:
    depth, seen = 0, set()
    while label in taxonomy.topics and label not in seen:
        seen.add(label)
        label = taxonomy.topics[label].parent
        depth += 1
    return depth


# --------------------------------------------------------------------------- relations


def relation_tags(
    events: Sequence[Event], entities: Sequence[Entity], places: Sequence[Place]
) -> dict[str, tuple[float, list[str]]]:
    """``relations/A–B`` for the country pairs the article is about."""
    names: dict[str, Counter[str]] = defaultdict(Counter)  # country key -> names used
    mentions: Counter[str] = Counter()
    for p in places:
        if p.country and p.feature == "country":
            names[p.country][p.name] += len(p.mentions)
        if p.country:
            mentions[p.country] += len(p.mentions)
    by_entity: dict[str, str] = {}
    for e in entities:
        country = e.actor.country if e.actor else None
        if country is None and e.type == "GPE" and not places:
            country = e.name  # no codes yet: the name stands for the country
        if country is None:
            continue
        by_entity[e.id] = country
        if e.type == "GPE":
            names[country][e.name] += len(e.mentions)
            if not places:
                mentions[country] += len(e.mentions)
    pairs: dict[tuple[str, str], list[str]] = defaultdict(list)
    for ev in events:
        a = _arg_country(ev.source, by_entity)
        b = _arg_country(ev.target, by_entity)
        if a and b and a != b:
            pairs[(min(a, b), max(a, b))].append(ev.id)
    out: dict[str, tuple[float, list[str]]] = {}

    def name(code: str) -> str:
        return names[code].most_common(1)[0][0] if names[code] else code

    for (a, b), ids in pairs.items():
        label = "relations/" + "–".join(sorted((name(a), name(b))))
        score = _lexical(1.5 * len(ids) + 0.1 * (mentions[a] + mentions[b]))
        out[label] = (score, [f"events between them: {', '.join(ids[:6])}"])
    if not out:
        top = [(c, n) for c, n in mentions.most_common(2) if n >= 2]
        if len(top) == 2 and top[1][1] * 4 >= top[0][1]:
            (a, na), (b, nb) = top
            label = "relations/" + "–".join(sorted((name(a), name(b))))
            score = min(0.6, _lexical(0.15 * (na + nb)))
            out[label] = (score, [f"most mentioned countries: {name(a)}×{na}, {name(b)}×{nb}"])
    return out


def _arg_country(arg: Any, by_entity: Mapping[str, str]) -> str | None:
    if arg is None:
        return None
    if arg.entity and arg.entity in by_entity:
        return by_entity[arg.entity]
    code = arg.actor_code or ""
    return code[:3] if len(code) >= 3 and code[:3].isalpha() else None


# --------------------------------------------------------------------------- the extractor


@extractor(NAME, version=VERSION, produces="tags", needs=("entities", "events", "places"))
def extract_tags(ctx: Context) -> tuple[Tag, ...]:
    """Topic tags from the taxonomy's terms, the events, actors and places, and word models."""
    opts = ctx.options
    taxonomy = load_taxonomy(opts.get("lexicons"))
    models = [load_model(m) for m in MODELS] if opts.get("tags_model", True) else []
    scored = score_tags(
        taxonomy,
        title=ctx.article.title,
        text=ctx.article.text,
        events=ctx.results.get("events", ()),
        entities=ctx.results.get("entities", ()),
        places=ctx.results.get("places", ()),
        models=models,
    )
    min_score = float(opts.get("tags_min_score", DEFAULT_MIN_SCORE))
    max_tags = int(opts.get("tags_max", DEFAULT_MAX_TAGS))
    ranked = sorted(scored.items(), key=lambda kv: (-kv[1][0], kv[0]))
    return tuple(
        Tag(label=label, score=round(score, 3), evidence=tuple(ev), extractor=KEY)
        for label, (score, ev) in ranked[:max_tags]
        if score >= min_score
    )
