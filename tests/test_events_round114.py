"""Round 114 (events issue 4, events.cameo@245): a pair the argument model adds to the rules'
events ("+model:pair") is worth what such pairs were found worth. Its confidence is the share
of the model's added pairs found right at that confidence out of fold on the dev gold
(`EventModel.added`, a step function that never falls, `learn.isotonic_steps`), so the
`event_min_confidence` line means the same for the model's additions as for the rules'
events. Hand-built points and hand-made weights; sentences written for these tests."""

from __future__ import annotations

import json
from typing import Any

import pytest

from newsgraph.extract.eventcoder.learn import LinearModel, isotonic_steps, step_value
from newsgraph.extract.eventcoder.model import EventModel
from tests.test_events_model import analyse
from tests.test_events_round12 import dyads, rules


def _points(shares: list[float], per: int) -> list[tuple[float, bool]]:
    """`per` items at each score 0.0, 0.1, ...; the given share of each right."""
    out = []
    for n, share in enumerate(shares):
        right = round(share * per)
        out += [(n / 10, k < right) for k in range(per)]
    return out


def test_steps_read_the_share_right_by_score() -> None:
    steps = isotonic_steps(_points([0.0, 0.2, 0.4, 0.8], 30), min_count=25)
    assert [x for x, _ in steps] == [0.0, 0.1, 0.2, 0.3]
    assert [share for _, share in steps] == pytest.approx([0.0, 0.2, 0.4, 0.8])


def test_steps_never_fall() -> None:
    # a dip at 0.2 is pooled with the score before it
    steps = isotonic_steps(_points([0.1, 0.5, 0.3, 0.9], 30), min_count=25)
    shares = [share for _, share in steps]
    assert shares == sorted(shares)
    assert steps[1] == (0.1, pytest.approx(0.4))  # 0.5 and 0.3 pooled
    assert len(steps) == 3


def test_each_step_is_read_from_enough_items() -> None:
    # 10 items a score: no step from fewer than 25
    points = _points([0.0, 1.0, 0.0, 1.0, 0.0, 1.0, 1.0, 1.0, 1.0, 1.0], 10)
    steps = isotonic_steps(points, min_count=25)
    bounds = [x for x, _ in steps[1:]] + [2.0]
    for (start, _), end in zip(steps, bounds, strict=True):
        assert sum(1 for x, _ in points if start <= x < end) >= 25


def test_tied_scores_stay_in_one_step() -> None:
    points = [(0.5, n % 2 == 0) for n in range(40)] + [(0.6, True)] * 30
    steps = isotonic_steps(points, min_count=25)
    assert steps == ((0.5, pytest.approx(0.5)), (0.6, 1.0))


def test_no_points_no_steps() -> None:
    assert isotonic_steps([], min_count=25) == ()


def test_step_value() -> None:
    steps = ((0.2, 0.1), (0.5, 0.4), (0.8, 0.9))
    assert step_value(steps, 0.0) == 0.1  # below the first start: the first step's
    assert step_value(steps, 0.2) == 0.1
    assert step_value(steps, 0.79) == 0.4
    assert step_value(steps, 1.0) == 0.9


def test_the_calibration_is_in_the_model_file() -> None:
    model = EventModel(None, None, 0.5, {}, cut=0.3, added=((0.0, 0.05), (0.5, 0.36)))
    data = json.loads(json.dumps(model.to_json()))
    assert data["added"] == [[0.0, 0.05], [0.5, 0.36]]
    assert EventModel.from_json(data) == model


def test_a_model_file_without_one_leaves_the_confidence() -> None:
    # model files written before the calibration read as before
    model = EventModel.from_json({"cut": 0.35})
    assert model.added == () and model.added_confidence(0.62) == 0.62


def test_the_added_confidence_is_the_step_rounded() -> None:
    model = EventModel(None, None, 0.5, {}, added=((0.0, 0.0412), (0.5, 0.3571)))
    assert model.added_confidence(0.3) == 0.04
    assert model.added_confidence(0.9) == 0.36


_TEXT = "Japan rejected the move, and China was angry."
# weights that like any pair with a named source and target: the model adds pairs the rules
# did not give (test_events_learned.test_a_pair_the_coder_missed_is_marked)
_ARGUMENTS = LinearModel(("pair",), {"S:named": (3.0,), "T:named": (3.0,)}, (-4.0,))


def _events(nlp: Any, model: EventModel, threshold: float) -> list[Any]:
    events, _ = analyse(
        nlp, _TEXT, options={"event_model": model, "event_min_confidence": threshold}
    )
    return events


def test_an_added_pair_takes_its_calibrated_confidence(nlp: Any) -> None:
    plain = EventModel(None, _ARGUMENTS, 0.5, {}, cut=0.5)
    before = [e for e in _events(nlp, plain, 0.0) if "+model:pair" in e.rule]
    assert before and max(e.confidence for e in before) >= 0.5
    model = EventModel(None, _ARGUMENTS, 0.5, {}, cut=0.5, added=((0.0, 0.01), (0.5, 0.3)))
    after = [e for e in _events(nlp, model, 0.0) if "+model:pair" in e.rule]
    assert after
    assert {e.confidence for e in after} <= {0.01, 0.3}
    assert 0.3 in {e.confidence for e in after}


def test_added_pairs_right_a_third_of_the_time_are_not_emitted(nlp: Any) -> None:
    model = EventModel(None, _ARGUMENTS, 0.5, {}, cut=0.5, added=((0.0, 0.01), (0.5, 0.34)))
    assert not [e for e in _events(nlp, model, 0.5) if "+model:pair" in e.rule]
    # a user who wants them lowers the line
    assert [e for e in _events(nlp, model, 0.3) if "+model:pair" in e.rule]


def test_the_rules_own_events_keep_their_confidence(nlp: Any) -> None:
    # guard: the calibration is for the model's additions only
    plain = EventModel(None, _ARGUMENTS, 0.5, {}, cut=0.5)
    model = EventModel(None, _ARGUMENTS, 0.5, {}, cut=0.5, added=((0.0, 0.01),))

    def own(m: EventModel) -> set[tuple[str, str, float]]:
        return {
            (e.trigger.text, e.code, e.confidence)
            for e in _events(nlp, m, 0.0)
            if "+model:pair" not in e.rule
        }

    assert own(plain) and own(plain) == own(model)


# Second part (events.cameo@246), found by reading the system's events on corpus articles
# outside the gold.


def _one(nlp: Any, text: str, trigger: str) -> list[Any]:
    return [e for e in rules(nlp, text) if e.trigger.text == trigger]


def test_those_who_died_in_an_attack_did_not_make_it(nlp: Any) -> None:
    text = "She traced the families of twelve American sailors who died in the attack."
    assert dyads(rules(nlp, text), "attack") <= {(None, None, "19"), (None, None, "18")}


def test_those_wounded_in_a_bombing_are_its_victims(nlp: Any) -> None:
    text = "Syrian soldiers were wounded during the bombing by Israel."
    assert dyads(rules(nlp, text), "bombing") == {("ISR", "SYR", "18")}


def test_whether_they_will_be_able_to_agree_is_not_told(nlp: Any) -> None:
    text = (
        "Officials say it is not clear whether Japan and China will even be able to agree "
        "on the terms."
    )
    found = _one(nlp, text, "agree on")
    assert found and {e.mode for e in found} == {"hypothetical"}


def test_being_keen_or_eager_to_meet_is_an_intent(nlp: Any) -> None:
    assert dyads(rules(nlp, "Japan is keen to meet China."), "meet") == {("JPN", "CHN", "03")}
    assert dyads(rules(nlp, "Japan is eager to hold talks with China."), "talks") == {
        ("JPN", "CHN", "03")
    }


def test_not_keen_or_not_willing_is_negated(nlp: Any) -> None:
    for text, trigger in (
        ("China is not keen to crack down on North Korea.", "crack down"),
        ("China does not seem ready to crack down on North Korea.", "crack down"),
        ("Japan is not willing to meet China.", "meet"),
    ):
        found = _one(nlp, text, trigger)
        assert found and all(e.negated for e in found), (text, found)


def test_ready_to_crack_down_is_not_negated(nlp: Any) -> None:
    # guard
    found = _one(nlp, "China seems ready to crack down on North Korea.", "crack down")
    assert found and not any(e.negated for e in found)


def test_a_crackdown_on_its_neighbor_is_not_at_home(nlp: Any) -> None:
    text = "China said it would crack down on its neighbor."
    assert ("CHN", "CHN", "17") not in dyads(rules(nlp, text), "crack down")
    # guard: people a state cracks down on are its own
    text = "China cracked down on protesters."
    assert dyads(rules(nlp, text), "cracked down") == {("CHN", "CHN", "17")}


def test_a_warning_offered_is_a_warning(nlp: Any) -> None:
    text = "Mattis offered a stark warning to North Korea after the meeting."
    found = rules(nlp, text)
    assert dyads(found, "warning") == {("USA", "PRK", "13")}
    assert not dyads(found, "offered")


def test_a_rebuke_offered_is_a_rebuke(nlp: Any) -> None:
    found = rules(nlp, "The minister offered a rebuke to North Korea.")
    assert {d[2] for d in dyads(found, "rebuke")} == {"11"}
    assert not dyads(found, "offered")


def test_stepping_down_is_aimed_at_no_one_named_beside_it(nlp: Any) -> None:
    text = (
        "British Prime Minister David Cameron steps down on Wednesday following a referendum "
        "to leave the European Union."
    )
    assert dyads(rules(nlp, text), "steps down") == {("GBR", None, "08")}


def test_backing_allegations_against_someone_is_not_aimed_at_them(nlp: Any) -> None:
    text = "The Canadian ethics commissioner backed up the allegations against Trudeau."
    assert not {d for d in dyads(rules(nlp, text), "backed") if d[1] == "CAN"}
    text = "Japan supported the accusations against China."
    assert not {d for d in dyads(rules(nlp, text), "supported") if d[1] == "CHN"}


def test_rejecting_a_claim_of_someone_is_aimed_at_them(nlp: Any) -> None:
    # guard: the claim's owner is the target
    assert dyads(rules(nlp, "Japan rejected China's claims."), "rejected") == {("JPN", "CHN", "12")}


# Third part (events.cameo@247).


def test_bad_news_for_someone_judges_no_one(nlp: Any) -> None:
    text = (
        '"The minister\'s statement comes as especially bad news for the tobacco firms", '
        "the China Daily newspaper said."
    )
    assert not dyads(rules(nlp, text), "bad")


def test_a_provocation_named_still_judges(nlp: Any) -> None:
    # guard
    text = '"Japan\'s statement is a dangerous provocation", the China Daily newspaper said.'
    assert dyads(rules(nlp, text), "provocation") == {("CHN", "JPN", "11")}


def test_what_an_act_is_done_despite_is_not_its_target(nlp: Any) -> None:
    text = (
        "Germany continued to support the jointly agreed communique despite Trump's decision "
        "to back away, a spokesman said."
    )
    assert not {d for d in dyads(rules(nlp, text), "support") if d[1] == "USA"}


def test_what_one_is_wanted_out_of_is_not_wanted(nlp: Any) -> None:
    # (events.cameo@246) the evidence names no talks wanted: the rule is the verb's alone
    found = _one(nlp, "North Korea wants Pompeo out of talks.", "wants")
    assert found and not any("noun:talk" in e.rule for e in found)
    found = _one(nlp, "Japan pledged to leave without talks with China.", "pledged")
    assert found and not any("noun:talk" in e.rule for e in found)
