"""The learned layer of events.cameo: which words are events, and which pair did it to whom.

The rule coder (coder.py) finds events from the lexicon and the parse and abstains when
unsure. Two models fitted on the dev part of our gold (see learn.py and
`benchmarks/events_train.py`) sit on it:

- the trigger model reads every content word the lexicon does not know and proposes an event
  root for the ones it is sure of ("an insult to our democracy"); the coder then finds their
  arguments, mode and negation as for a lexicon word;
- the argument model scores each (source, target) pair of the parties named in the sentence
  for each event, and the event's confidence is that score: the coder's own pair is one of the
  features, so it is kept when it is good and replaced when the model knows better. Beside the
  sentence's parse it reads how much the article is about each party (its rank and share of
  the article's party mentions) and whether the sentence before names it. A pair the rules did
  not give is shown with the share of such pairs found right at its score (`EventModel.added`,
  read out of fold on dev), not with the score itself.

Features are plain strings (word, part of speech, dependency paths); the weights file is
`data/event_model.json`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsgraph.errors import UsageError
from newsgraph.extract.eventcoder.coder import NAME_TYPES
from newsgraph.extract.eventcoder.learn import LinearModel, Steps, step_value

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsgraph.extract.eventcoder.actors import ResolvedActor

ROOTS = tuple(f"{i:02d}" for i in range(1, 21))
TRIGGER_POS = ("VERB", "NOUN", "ADJ")
_SUBJECTS = ("nsubj", "nsubjpass", "agent", "csubj")
_MODIFIERS = ("poss", "compound", "amod", "dobj")
_NAMED = ("GPE", "NORP", "ORG", "PERSON")


@dataclass(frozen=True, slots=True)
class EventModel:
    triggers: LinearModel | None
    arguments: LinearModel | None
    trigger_threshold: float
    info: dict[str, Any]
    # the argument probability at which an event is worth emitting, tuned on the dev gold
    # out of fold (best F1); `confidence` maps it to 0.5, the default emit line
    cut: float = 0.5
    # below this argument probability the model overrules even a pair the rules are sure of
    # (0 = never), tuned on the dev gold out of fold
    veto: float = 0.0
    # how often a pair the rules did not give ("+model:pair") was right, by the confidence the
    # model gave it, read out of fold on the dev gold (benchmarks/events_train.py): such a
    # pair's confidence is that share, so the `event_min_confidence` line means the same for
    # the model's additions as for the rules' events; () leaves the confidence as it is
    added: Steps = ()
    # when set, every scored pair's (trigger offset, root, source, target, features,
    # probability) is appended here: how benchmarks/events_train.py collects training rows
    pair_sink: list[Any] | None = field(default=None, compare=False)

    def confidence(self, probability: float) -> float:
        """The argument model's probability, rescaled piecewise-linearly so that `cut` is 0.5:
        the `event_min_confidence` setting then means the same for the rules and the model."""
        cut = min(max(self.cut, 1e-6), 1 - 1e-6)
        if probability <= cut:
            return 0.5 * probability / cut
        return 0.5 + 0.5 * (probability - cut) / (1 - cut)

    def added_confidence(self, confidence: float) -> float:
        """The confidence of a pair the rules did not give: the share of such pairs found
        right out of fold at that confidence (`added`)."""
        if not self.added:
            return confidence
        return round(step_value(self.added, confidence), 2)

    def to_json(self) -> dict[str, Any]:
        return {
            "info": self.info,
            "cut": self.cut,
            "veto": self.veto,
            "added": [list(step) for step in self.added],
            "trigger_threshold": self.trigger_threshold,
            "triggers": self.triggers.to_json() if self.triggers else None,
            "arguments": self.arguments.to_json() if self.arguments else None,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> EventModel:
        return cls(
            triggers=LinearModel.from_json(data["triggers"]) if data.get("triggers") else None,
            arguments=LinearModel.from_json(data["arguments"]) if data.get("arguments") else None,
            trigger_threshold=float(data.get("trigger_threshold", 0.5)),
            info=dict(data.get("info", {})),
            cut=float(data.get("cut", 0.5)),
            veto=float(data.get("veto", 0.0)),
            added=tuple((float(x), float(y)) for x, y in data.get("added", ())),
        )


@lru_cache(maxsize=4)
def load_event_model(path: str | None = None) -> EventModel | None:
    """The built-in model (None when the package has none), or one from a file."""
    if path is None:
        ref = resources.files("newsgraph.extract") / "data" / "event_model.json"
        if not ref.is_file():
            return None
        text = ref.read_text(encoding="utf-8")
    else:
        text = Path(path).read_text(encoding="utf-8")
    return EventModel.from_json(json.loads(text))


def model_option(option: Any) -> EventModel | None:
    """The `event_model` option: absent or True -> the built-in model; False or "" -> none (the
    rules alone); a path -> that file; an EventModel -> itself (benchmarks fit models
    in-process)."""
    if isinstance(option, EventModel):
        return option
    if option is None or option is True:
        return load_event_model()
    if option is False or option == "" or str(option).lower() in ("off", "none", "rules"):
        return None
    try:
        return load_event_model(str(option))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise UsageError(
            f"event_model {option}: not a readable model file ({exc}); "
            "write one with `python -m benchmarks.events_train --write`, or use `rules`"
        ) from exc


# ----------------------------------------------------------------------------- triggers
def may_trigger(tok: Token) -> bool:
    """A content word the trigger model reads: a verb, noun or adjective, not a stop word,
    not part of a name (the lexicon's own words are matched before it is asked)."""
    return (
        tok.pos_ in TRIGGER_POS
        and not tok.is_stop
        and tok.is_alpha
        and tok.ent_type_ not in NAME_TYPES
    )


def trigger_features(tok: Token) -> dict[str, float]:
    """What the trigger model reads about one content word."""
    lemma = tok.lemma_.lower()
    head = tok.head
    f: dict[str, float] = {
        "bias": 1.0,
        f"lemma={lemma}": 1.0,
        f"lemma_pos={lemma}/{tok.pos_}": 1.0,
        f"pos={tok.pos_}": 1.0,
        f"dep={tok.dep_}": 1.0,
        f"suffix={lemma[-3:]}": 1.0,
        f"head={head.lemma_.lower()}/{tok.dep_}" if head.i != tok.i else "head=ROOT": 1.0,
    }
    for child in tok.children:
        if child.dep_ == "prep":
            f[f"prep={child.lower_}"] = 1.0
        elif child.dep_ in ("dobj", "attr", "pobj"):
            f[f"obj={child.lemma_.lower()}"] = 1.0
        elif child.dep_ == "neg":
            f["neg"] = 1.0
        if (child.dep_ in _SUBJECTS or child.dep_ in _MODIFIERS) and child.ent_type_ in _NAMED:
            f[f"named_{child.dep_}"] = 1.0
    return f


def trigger_roots(model: EventModel, tok: Token) -> dict[str, float]:
    if model.triggers is None:
        return {}
    return model.triggers.probabilities(trigger_features(tok))


# ---------------------------------------------------------------------------- arguments
@dataclass(frozen=True, slots=True)
class Mention:
    token: Token
    actor: ResolvedActor


@dataclass(frozen=True, slots=True)
class Party:
    """What the article says of one party beyond the sentence: its rank by mentions (0 = the
    most named), its share of all party mentions, whether the sentence before names it."""

    rank: int
    share: float
    in_previous: bool = False
    # the roots of the events the rules read before this sentence with the party as their
    # source, and as their target (an article retells its happenings: "the sanctions")
    roots_as_source: frozenset[str] = frozenset()
    roots_as_target: frozenset[str] = frozenset()

    def features(self) -> dict[str, float]:
        f = {f"art_rank={min(self.rank, 3)}": 1.0, "art_share": self.share}
        if self.in_previous:
            f["in_prev"] = 1.0
        return f


def _path(a: Token, b: Token) -> tuple[str, int]:
    """The dependency path from a to b: labels up to their common ancestor, then down."""
    up_a = [a, *a.ancestors]
    up_b = [b, *b.ancestors]
    ids_b = {t.i: n for n, t in enumerate(up_b)}
    for n, t in enumerate(up_a):
        if t.i in ids_b:
            up = up_a[:n]
            down = up_b[: ids_b[t.i]]
            break
    else:
        return "none", 99

    def label(t: Token) -> str:
        return f"{t.dep_}({t.lower_})" if t.dep_ in ("prep", "agent") else t.dep_

    return (
        "^".join(label(t) for t in up[:4]) + "|" + "v".join(label(t) for t in reversed(down[:4])),
        len(up) + len(down),
    )


def side_features(
    slot: str,
    country: str | None,
    trigger: Token,
    mentions: Sequence[Mention],
    rule_sides: set[str | None],
    other_sides: set[str | None],
    first_country: str | None,
    context: Mapping[str, Party] | None = None,
    root: str | None = None,
) -> dict[str, float]:
    f: dict[str, float] = {}
    if country is None:
        f["none"] = 1.0
        f["none&rule_none"] = float(None in rule_sides)
        return {f"{slot}:{k}": v for k, v in f.items() if v}
    f["is_rule"] = float(country in rule_sides)
    f["rule_none"] = float(None in rule_sides)
    f["is_rule_other"] = float(country in other_sides)
    f["first"] = float(country == first_country)
    if context is not None:
        party = context.get(country)
        f.update(party.features() if party is not None else {"art_unknown": 1.0})
        if party is not None and root is not None:
            same, other = (
                (party.roots_as_source, party.roots_as_target)
                if slot == "S"
                else (party.roots_as_target, party.roots_as_source)
            )
            f["told_same"] = float(root in same)
            f["told_other"] = float(root in other and root not in same)
    mine = [m for m in mentions if m.actor.country == country]
    if not mine:
        f["no_mention"] = 1.0
        return {f"{slot}:{k}": v for k, v in f.items() if v}
    best = min(mine, key=lambda m: (_path(m.token, trigger)[1], abs(m.token.i - trigger.i)))
    path, length = _path(best.token, trigger)
    up, _, down = path.partition("|")
    f[f"path={path}"] = 1.0
    first_up = up.split("^")[0]
    top = f"{(up.split('^')[-1] if up else '')}/{(down.split('v')[0] if down else '')}"
    f[f"first_up={first_up}"] = 1.0
    f[f"top={top}"] = 1.0
    if root is not None:
        # where a side stands depends on the kind of event: the subject of a "met" is one of
        # two parties, of an "attacked" the attacker
        f[f"first_up={first_up}&root={root}"] = 1.0
        f[f"top={top}&root={root}"] = 1.0
    f["dist"] = min(length, 10) / 10
    f["before"] = float(best.token.i < trigger.i)
    f["tokdist"] = min(abs(best.token.i - trigger.i), 30) / 30
    f["named"] = float(best.token.ent_type_ != "")
    f[f"how={best.actor.how[:12]}"] = 1.0
    f["mentions"] = min(len(mine), 4) / 4
    return {f"{slot}:{k}": v for k, v in f.items() if v}


def pair_features(
    trigger: Token,
    root: str,
    rule: str,
    mode: str,
    negated: bool,
    rule_dyads: set[tuple[str | None, str | None]],
    source: str | None,
    target: str | None,
    mentions: Sequence[Mention],
    sides: dict[tuple[str, str | None], dict[str, float]] | None = None,
    context: Mapping[str, Party] | None = None,
) -> dict[str, float]:
    """What the argument model reads about one (source, target) pair for one event. `sides`
    caches each side's features across the pairs of one event; `context` gives each party's
    features from beyond the sentence (its salience in the article, whether the sentence
    before names it: events._context)."""
    sources = {s for s, _ in rule_dyads}
    targets = {t for _, t in rule_dyads}
    first = mentions[0].actor.country if mentions else None
    cache = {} if sides is None else sides
    if ("S", source) not in cache:
        cache[("S", source)] = side_features(
            "S", source, trigger, mentions, sources, targets, first, context, root
        )
    if ("T", target) not in cache:
        cache[("T", target)] = side_features(
            "T", target, trigger, mentions, targets, sources, first, context, root
        )
    f: dict[str, float] = {"bias": 1.0}
    f.update(cache[("S", source)])
    f.update(cache[("T", target)])
    lemma = trigger.lemma_.lower()
    f[f"root={root}"] = 1.0
    f[f"rule={rule.split(' ')[0].split(':')[0]}"] = 1.0
    f[f"mode={mode}"] = 1.0
    f["negated"] = float(negated)
    f["same"] = float(source is not None and source == target)
    f["rule_pair"] = float((source, target) in rule_dyads)
    f[f"tnone&root={root}"] = float(target is None)
    f[f"snone&root={root}"] = float(source is None)
    f[f"tnone&lemma={lemma}"] = float(target is None)
    f[f"snone&lemma={lemma}"] = float(source is None)
    f["parties"] = min(len({m.actor.country for m in mentions}), 5) / 5
    if context is not None:
        # the two sides' standing in the article together (the story's two main parties, or
        # its main one and a passer-by), alone and by root
        ranks = f"ranks={_article_rank(context, source)}/{_article_rank(context, target)}"
        f[ranks] = 1.0
        f[f"{ranks}&root={root}"] = 1.0
    return {k: v for k, v in f.items() if v}


def _article_rank(context: Mapping[str, Party], country: str | None) -> str:
    """A party's rank in the article by mentions ("0" for the most named, "3" for the rest),
    "none" for an unknown side, "x" for one not counted."""
    if country is None:
        return "none"
    party = context.get(country)
    return "x" if party is None else str(min(party.rank, 3))


def candidate_pairs(
    rule_dyads: Iterable[tuple[str | None, str | None]], mentions: Sequence[Mention]
) -> list[tuple[str | None, str | None]]:
    """Every ordered pair of the parties in the sentence and the coder's own sides (a side
    may stay unknown, not both)."""
    sides: set[str | None] = {None}
    for s, t in rule_dyads:
        sides.update((s, t))
    sides.update(m.actor.country for m in mentions)
    ordered = sorted(sides, key=lambda c: c or "")
    return [(s, t) for s in ordered for t in ordered if s is not None or t is not None]
