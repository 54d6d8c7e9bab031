"""The learned layer of events.cameo (eventcoder/learn.py, model.py): the linear models, their
file format, the confidence scale, and how the extractor uses a model, on hand-made weights."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from newsgraph.errors import UsageError
from newsgraph.extract.eventcoder.learn import LinearModel, fit
from newsgraph.extract.eventcoder.model import EventModel, candidate_pairs, model_option
from tests.test_events_model import analyse


def test_binary_model_is_a_logistic_regression() -> None:
    model = LinearModel(classes=("pair",), weights={"a": (2.0,)}, bias=(-1.0,))
    assert model.probabilities({})["pair"] == pytest.approx(0.2689, abs=1e-4)
    assert model.probabilities({"a": 1.0})["pair"] == pytest.approx(0.7311, abs=1e-4)
    assert model.probabilities({"unknown": 5.0}) == model.probabilities({})


def test_multiclass_probabilities_sum_to_one() -> None:
    model = LinearModel(classes=("11", "04"), weights={"w": (1.0, -1.0)}, bias=(0.0, 0.0))
    probs = model.probabilities({"w": 1.0})
    assert 0 < sum(probs.values()) < 1  # the rest is "none"
    assert probs["11"] > probs["04"]


def test_fit_learns_the_telling_feature_and_is_deterministic() -> None:
    rows: list[dict[str, float]] = []
    labels: list[str | None] = []
    for n in range(200):
        telling = n % 4 == 0
        rows.append({"bias": 1.0, "telling": float(telling), f"noise{n % 7}": 1.0})
        labels.append("pair" if telling else None)
    first = fit(rows, labels, ("pair",), l2=1.0)
    again = fit(rows, labels, ("pair",), l2=1.0)
    assert first == again
    assert first.weights["telling"][0] > 2.0
    assert first.probabilities({"bias": 1.0, "telling": 1.0})["pair"] > 0.8
    assert first.probabilities({"bias": 1.0})["pair"] < 0.2


def _gradient(
    model: LinearModel, rows: list[dict[str, float]], labels: list[str | None], l2: float
) -> list[float]:
    """The gradient of fit's objective (mean log loss + l2 / 2n * squared weights) at `model`."""
    n = len(rows)
    grad = {(name, k): l2 * w / n for name, ws in model.weights.items() for k, w in enumerate(ws)}
    bias = [0.0] * len(model.classes)
    for feats, label in zip(rows, labels, strict=True):
        probs = model.probabilities(feats)
        for k, c in enumerate(model.classes):
            err = (probs[c] - (1.0 if label == c else 0.0)) / n
            bias[k] += err
            for name, value in feats.items():
                grad[(name, k)] += err * value
    return [*grad.values(), *bias]


@pytest.mark.parametrize("classes", [("pair",), ("11", "04")])
def test_fit_reaches_the_optimum(classes: tuple[str, ...]) -> None:
    """The fit is the minimum of a convex loss, where its gradient vanishes, not wherever a
    fixed number of steps happened to stop."""
    rows: list[dict[str, float]] = []
    labels: list[str | None] = []
    for n in range(300):
        # "a" all but decides the label: the optimum's weights are large, far from the start
        rows.append({"a": float(n % 3 == 0), "b": float(n % 5 == 0), f"c{n % 4}": 0.5})
        labels.append(classes[n % len(classes)] if (n % 3 == 0) != (n % 97 == 0) else None)
    model = fit(rows, labels, classes, l2=0.05)
    assert max(abs(g) for g in _gradient(model, rows, labels, 0.05)) < 1e-5


def test_fit_of_no_rows_is_all_zero() -> None:
    model = fit([], [], ("pair",))
    assert model.bias == (0.0,) and not model.weights


def test_model_file_round_trip() -> None:
    model = EventModel(
        triggers=LinearModel(("11",), {"lemma=insult": (1.5,)}, (-2.0,)),
        arguments=LinearModel(("pair",), {"S:is_rule": (2.0,)}, (-1.0,)),
        trigger_threshold=0.6,
        info={"articles": 3},
        cut=0.3,
        veto=0.08,
    )
    again = EventModel.from_json(json.loads(json.dumps(model.to_json())))
    assert again == model


def test_confidence_maps_the_cut_to_one_half() -> None:
    model = EventModel(None, None, 0.5, {}, cut=0.25)
    assert model.confidence(0.25) == pytest.approx(0.5)
    assert model.confidence(0.0) == 0.0 and model.confidence(1.0) == pytest.approx(1.0)
    values = [model.confidence(p / 20) for p in range(21)]
    assert values == sorted(values)


def test_candidate_pairs_never_leave_both_sides_unknown() -> None:
    pairs = candidate_pairs({("USA", None)}, [])
    assert set(pairs) == {("USA", None), (None, "USA"), ("USA", "USA")}


def test_model_option() -> None:
    assert model_option(False) is None
    assert model_option("rules") is None
    model = EventModel(None, None, 0.5, {})
    assert model_option(model) is model


def test_an_unreadable_model_file_is_a_usage_error(tmp_path: Path) -> None:
    bad = tmp_path / "model.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(UsageError, match="event_model"):
        model_option(str(bad))


def _options(model: Any) -> dict[str, Any]:
    return {"event_model": model}


def test_the_argument_model_picks_the_pair(nlp: Any) -> None:
    """Hand-made weights that favour the coder's own pair: for "Japan criticized China" it
    stands, with the higher of the rules' and the model's confidence."""
    text = "Japan criticized China on Monday."
    rules, _ = analyse(nlp, text, options=_options(False))
    assert {(e.source.actor_code[:3], e.target.actor_code[:3]) for e in rules if e.source and e.target} == {
        ("JPN", "CHN")
    }
    arguments = LinearModel(
        ("pair",), {"rule_pair": (4.0,), "T:none": (-4.0,), "S:none": (-4.0,)}, (-2.0,)
    )
    model = EventModel(None, arguments, 0.5, {}, cut=0.5)
    events, _ = analyse(nlp, text, options=_options(model))
    kept = [e for e in events if e.confidence >= 0.5]
    assert [(e.source.actor_code[:3], e.target.actor_code[:3]) for e in kept if e.source and e.target] == [
        ("JPN", "CHN")
    ]
    rule_confidence = max(e.confidence for e in rules)
    expected = max(rule_confidence, round(model.confidence(1 / (1 + 2.718281828**-2)), 2))
    assert kept[0].confidence == pytest.approx(expected)


def test_a_pair_the_coder_missed_is_marked(nlp: Any) -> None:
    """Weights that like any pair with a named source and target: a pair the rules did not
    give comes out with "+model:pair" in its rule."""
    arguments = LinearModel(("pair",), {"S:named": (3.0,), "T:named": (3.0,)}, (-4.0,))
    model = EventModel(None, arguments, 0.5, {}, cut=0.5)
    # (not criticism or an appeal, whose other parties are topics beside a pair the parse names)
    events, _ = analyse(nlp, "Japan rejected the move, and China was angry.", options=_options(model))
    assert any("+model:pair" in e.rule for e in events)


def test_a_learned_trigger_becomes_an_event(nlp: Any) -> None:
    """A trigger model sure that "barb" is disapproval (11) makes it an event the coder argues
    like a lexicon word (a word the lexicon does not know)."""
    triggers = LinearModel(
        tuple(f"{i:02d}" for i in range(1, 21)),
        {"lemma=barb": tuple(8.0 if i == 11 else 0.0 for i in range(1, 21))},
        tuple(-4.0 for _ in range(20)),
    )
    model = EventModel(triggers, None, 0.5, {})
    text = "The Russian president's barb to Ukraine angered Kyiv."
    events, _ = analyse(nlp, text, options=_options(model))
    learned = [e for e in events if "+model:trigger" in e.rule]
    assert learned and learned[0].root_code == "11" and learned[0].trigger.text == "barb"
    assert learned[0].source is not None and learned[0].target is not None


def test_the_model_never_drops_what_the_rules_are_sure_of(nlp: Any) -> None:
    """A model that believes in no pair at all, with no veto: the rules' confident events
    still come out."""
    text = "Japan criticized China on Monday. Egypt and Jordan pledged to expand trade."
    rules, _ = analyse(nlp, text, options=_options(False))
    arguments = LinearModel(("pair",), {}, (-10.0,))
    events, _ = analyse(nlp, text, options=_options(EventModel(None, arguments, 0.5, {})))

    def key(e: Any) -> tuple[Any, ...]:
        return (e.trigger.start, e.code, e.source and e.source.actor_code, e.target and e.target.actor_code)

    assert rules and {key(e) for e in rules} <= {key(e) for e in events}


def test_the_article_ranks_of_the_two_sides_are_features(nlp: Any) -> None:
    """Weights that believe only in a pair of the article's most named party (rank 0) doing
    something to its second (rank 1): in the last sentence the rules' pair is Japan -> China,
    and the model adds China -> Japan, China being named first of the two, as often."""
    text = "China threatened Japan. China also warned Japan. Japan threatened China."
    arguments = LinearModel(("pair",), {"ranks=0/1": (8.0,)}, (-4.0,))
    model = EventModel(None, arguments, 0.5, {}, cut=0.5)
    events, _ = analyse(nlp, text, options=_options(model))
    last = text.rindex("Japan threatened")
    pairs = {
        (e.source.actor_code[:3], e.target.actor_code[:3], "+model:pair" in e.rule)
        for e in events
        if e.trigger.start >= last and e.source and e.target
    }
    assert ("CHN", "JPN", True) in pairs
    assert ("JPN", "CHN", False) in pairs  # the rules' own pair stands


def test_salience_and_the_sentence_before() -> None:
    from types import SimpleNamespace

    from newsgraph.extract.events import _context, _salience

    def mention(i: int, country: str) -> Any:
        return SimpleNamespace(token=SimpleNamespace(i=i), actor=SimpleNamespace(country=country))

    mentions = [mention(0, "USA"), mention(3, "CAN"), mention(9, "USA"), mention(12, "MEX")]
    salience = _salience(mentions)
    assert salience["USA"].features() == {"art_rank=0": 1.0, "art_share": 0.5}
    assert salience["CAN"].features()["art_rank=1"] == 1.0
    assert salience["MEX"].features()["art_rank=2"] == 1.0
    context = _context(salience, mentions, [m.token.i for m in mentions], 8, 12)
    assert context["USA"].features()["in_prev"] == 1.0  # token 9 is in the sentence before (8-11)
    assert "in_prev" not in context["CAN"].features()
    assert "in_prev" not in context["MEX"].features()
    assert _salience([]) == {}


def test_a_veto_overrules_the_rules_pair(nlp: Any) -> None:
    """A model all but sure the rules' pair is wrong (probability under its veto) drops it;
    the same probability above the veto leaves the rules' confidence standing."""
    text = "Japan criticized China on Monday."
    arguments = LinearModel(("pair",), {}, (-3.0,))  # p = 0.047 for every pair

    def kept(veto: float) -> set[tuple[str, str]]:
        model = EventModel(None, arguments, 0.5, {}, cut=0.5, veto=veto)
        events, _ = analyse(nlp, text, options=_options(model))
        return {
            (e.source.actor_code[:3], e.target.actor_code[:3])
            for e in events
            if e.confidence >= 0.5 and e.source and e.target
        }

    assert kept(0.0) == kept(0.04) == {("JPN", "CHN")}
    assert kept(0.08) == set()


def test_what_the_article_told_of_a_party_is_a_feature() -> None:
    """A party that was the target of an earlier event of the same root is known to the model
    as such on that side ("told_same"), and on the other side as "told_other"."""
    from types import SimpleNamespace

    from newsgraph.extract.eventcoder.model import Party, side_features
    from newsgraph.extract.events import _context, _salience

    def mention(i: int, country: str) -> Any:
        return SimpleNamespace(token=SimpleNamespace(i=i), actor=SimpleNamespace(country=country))

    mentions = [mention(0, "PER"), mention(3, "CHL"), mention(9, "BOL")]
    told = {"CHL": (set(), {"16"}), "PER": ({"16", "11"}, set())}
    context = _context(_salience(mentions), mentions, [0, 3, 9], 0, 8, told)
    assert context["CHL"].roots_as_target == frozenset({"16"})
    assert context["PER"].roots_as_source == frozenset({"16", "11"})
    assert context["BOL"].roots_as_source == frozenset()
    chile = Party(1, 0.3, roots_as_target=frozenset({"16"}))
    trigger: Any = SimpleNamespace(i=5)
    as_target = side_features("T", "CHL", trigger, [], set(), set(), None, {"CHL": chile}, "16")
    as_source = side_features("S", "CHL", trigger, [], set(), set(), None, {"CHL": chile}, "16")
    other_root = side_features("T", "CHL", trigger, [], set(), set(), None, {"CHL": chile}, "04")
    assert as_target["T:told_same"] == 1.0 and "T:told_other" not in as_target
    assert as_source["S:told_other"] == 1.0 and "S:told_same" not in as_source
    assert "T:told_same" not in other_root and "T:told_other" not in other_root


def test_the_model_sees_the_article_s_earlier_events(nlp: Any) -> None:
    """The sanctions told again in the second sentence: the model reads that Chile was the
    target of sanctions before (the rules' event of the first sentence)."""
    text = "Peru imposed sanctions on Chile on Monday. Bolivia said the sanctions on Chile hurt trade."
    sink: list[Any] = []
    arguments = LinearModel(("pair",), {}, (0.0,))
    model = EventModel(None, arguments, 0.5, {}, cut=0.5, pair_sink=sink)
    analyse(nlp, text, options=_options(model))
    second = text.index("Bolivia")
    features = [f for at, root, s, t, f, _ in sink if root == "16" and t == "CHL"]
    assert any("T:told_same" in f for at, root, s, t, f, _ in sink if at > second and t == "CHL")
    assert not any("T:told_same" in f for at, root, s, t, f, _ in sink if at < second)
    assert features
