"""Small linear models fitted on our event gold: readable weights, no ML framework.

Two models sit on top of the rule coder (see `model.py` for their features):

- a *trigger* model: for a content word, the probability that it expresses an event of each
  CAMEO root (a multinomial logistic regression over root classes and "none");
- an *argument* model: for an event the coder found and one (source, target) pair of the
  parties in its sentence, the probability that the pair is the event's dyad (a binary
  logistic regression).

Both are fitted to the optimum of their L2-penalised log loss (L-BFGS on sparse feature rows);
the loss is convex, so a fit is deterministic and moves little when the rows change little.
Weights are stored as JSON: feature name -> weight (per class), so a reader can see what a
model learned.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

Features = Mapping[str, float]


@dataclass(frozen=True, slots=True)
class LinearModel:
    """Class scores are bias + sum of weight * feature value; probabilities by softmax against a
    reference class "none" of score 0 (the logistic function when there is one class)."""

    classes: tuple[str, ...]
    weights: Mapping[str, tuple[float, ...]]  # feature -> one weight per class
    bias: tuple[float, ...]

    def scores(self, features: Features) -> list[float]:
        out = list(self.bias)
        for name, value in features.items():
            row = self.weights.get(name)
            if row is not None:
                for k, w in enumerate(row):
                    out[k] += w * value
        return out

    def probabilities(self, features: Features) -> dict[str, float]:
        """Each class's probability; the rest (1 - their sum) is the reference class, "none",
        whose score is 0."""
        scores = self.scores(features)
        if len(self.classes) == 1:
            return {self.classes[0]: _sigmoid(scores[0])}
        top = max(0.0, *scores)
        exp = [math.exp(s - top) for s in scores]
        total = sum(exp) + math.exp(-top)
        return {c: e / total for c, e in zip(self.classes, exp, strict=True)}

    def to_json(self) -> dict[str, Any]:
        return {
            "classes": list(self.classes),
            "bias": [round(b, 6) for b in self.bias],
            "weights": {
                k: [round(w, 6) for w in v]
                for k, v in sorted(self.weights.items())
                if any(abs(w) >= 1e-4 for w in v)
            },
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> LinearModel:
        return cls(
            classes=tuple(data["classes"]),
            weights={k: tuple(float(w) for w in v) for k, v in data["weights"].items()},
            bias=tuple(float(b) for b in data["bias"]),
        )


def _segments(ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Start offsets of the runs of equal values in sorted `ids`, and each run's value."""
    if not len(ids):
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    starts = np.flatnonzero(np.r_[True, ids[1:] != ids[:-1]])
    return starts, ids[starts]


def _sigmoid(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    z = math.exp(x)
    return z / (1.0 + z)


def fit(
    rows: Sequence[Features],
    labels: Sequence[str | None],
    classes: Sequence[str],
    *,
    l2: float = 1.0,
    iterations: int = 1000,
    tolerance: float = 1e-7,
) -> LinearModel:
    """Fit weights for `classes`; a label of None (or one class only, as "not") is the
    reference class with score 0. One class gives a binary logistic regression.

    The weights minimise the mean log loss plus l2 / 2n times their squared sum (the bias is
    not penalised), found by L-BFGS to the optimum: the loss is convex, so the fit is the one
    point where its gradient vanishes, whatever the order of the rows, and a small change in the
    rows moves the weights little. It stops when no gradient component exceeds `tolerance` or
    after `iterations` steps."""
    vocab: dict[str, int] = {}
    row_idx: list[int] = []
    col_idx: list[int] = []
    values: list[float] = []
    for r, feats in enumerate(rows):
        for name, value in feats.items():
            if value:
                row_idx.append(r)
                col_idx.append(vocab.setdefault(name, len(vocab)))
                values.append(float(value))
    n, v, k = len(rows), len(vocab), len(classes)
    names = sorted(vocab, key=vocab.__getitem__)
    if n == 0:
        return LinearModel(tuple(classes), {name: (0.0,) * k for name in names}, (0.0,) * k)
    index = {c: i for i, c in enumerate(classes)}
    target = np.zeros((n, k + 1))  # the last column is the reference class ("none")
    for r, label in enumerate(labels):
        target[r, index[label] if label is not None else k] = 1.0
    rows_a = np.asarray(row_idx, dtype=np.int64)
    cols_a = np.asarray(col_idx, dtype=np.int64)
    vals_a = np.asarray(values, dtype=np.float64)[:, None]
    # sums of nonzero contributions by row (rows come sorted) and by column (sorted once)
    row_starts, row_ids = _segments(rows_a)
    by_col = np.argsort(cols_a, kind="stable")
    col_starts, col_ids = _segments(cols_a[by_col])

    def loss_and_gradient(theta: np.ndarray) -> tuple[float, np.ndarray]:
        weights = theta[: v * k].reshape(v, k)
        bias = theta[v * k :]
        logits = np.zeros((n, k + 1))
        if len(rows_a):
            logits[row_ids, :k] = np.add.reduceat(vals_a * weights[cols_a], row_starts, axis=0)
        logits[:, :k] += bias
        logits -= logits.max(axis=1, keepdims=True)
        log_norm = np.log(np.exp(logits).sum(axis=1, keepdims=True))
        log_prob = logits - log_norm
        loss = -float((target * log_prob).sum()) / n + l2 * float((weights * weights).sum()) / (2 * n)
        err = (np.exp(log_prob) - target)[:, :k] / n
        grad_w = l2 * weights / n
        if len(rows_a):
            parts = (vals_a * err[rows_a])[by_col]
            grad_w[col_ids] += np.add.reduceat(parts, col_starts, axis=0)
        return loss, np.concatenate([grad_w.ravel(), err.sum(axis=0)])

    theta = _lbfgs(loss_and_gradient, np.zeros(v * k + k), iterations, tolerance)
    weights = theta[: v * k].reshape(v, k)
    bias = theta[v * k :]
    return LinearModel(
        classes=tuple(classes),
        weights={name: tuple(float(w) for w in weights[i]) for i, name in enumerate(names)},
        bias=tuple(float(b) for b in bias),
    )


def _lbfgs(
    func: Callable[[np.ndarray], tuple[float, np.ndarray]],
    theta: np.ndarray,
    iterations: int,
    tolerance: float,
    memory: int = 10,
) -> np.ndarray:
    """Minimise a smooth convex `func` (returning value and gradient) from `theta` by limited-
    memory BFGS with a backtracking (Armijo) line search."""
    value, grad = func(theta)
    steps: list[tuple[np.ndarray, np.ndarray, float]] = []  # (s, y, 1 / y.s)
    for _ in range(iterations):
        if not grad.size or float(np.max(np.abs(grad))) <= tolerance:
            break
        # two-loop recursion: direction = -H grad
        q = grad.copy()
        alphas = []
        for s, y, rho in reversed(steps):
            a = rho * float(s @ q)
            alphas.append(a)
            q -= a * y
        if steps:
            s, y, _ = steps[-1]
            q *= float(s @ y) / float(y @ y)
        else:
            q /= max(1.0, float(np.linalg.norm(grad)))
        for (s, y, rho), a in zip(steps, reversed(alphas), strict=True):
            q += (a - rho * float(y @ q)) * s
        direction = -q
        slope = float(grad @ direction)
        if slope >= 0:  # not a descent direction: start the memory afresh
            steps.clear()
            direction = -grad
            slope = -float(grad @ grad)
        step = 1.0
        while True:
            candidate = theta + step * direction
            new_value, new_grad = func(candidate)
            if new_value <= value + 1e-4 * step * slope or step < 1e-12:
                break
            step *= 0.5
        if step < 1e-12:
            break
        s_k, y_k = candidate - theta, new_grad - grad
        ys = float(y_k @ s_k)
        if ys > 1e-12:
            steps.append((s_k, y_k, 1.0 / ys))
            if len(steps) > memory:
                steps.pop(0)
        theta, value, grad = candidate, new_value, new_grad
    return theta


# ------------------------------------------------------------------------- calibration
Steps = tuple[tuple[float, float], ...]


def isotonic_steps(points: Sequence[tuple[float, bool]], *, min_count: int = 25) -> Steps:
    """What share of the items scored at least x were right, as a step function of the score
    that never falls: ((x, share), ...) by rising x, each step read from `min_count` items or
    more. The items are sorted by score and taken `min_count` at a time (ties kept together,
    the last few joining the group before), and neighbouring groups are pooled wherever the
    share would fall (pool-adjacent-violators); each step starts at its lowest score."""
    ordered = sorted((float(x), bool(y)) for x, y in points)
    groups: list[list[float]] = []  # [lowest score, items right, items]
    n = 0
    while n < len(ordered):
        end = min(n + max(min_count, 1), len(ordered))
        while end < len(ordered) and ordered[end][0] == ordered[end - 1][0]:
            end += 1
        part = ordered[n:end]
        right = float(sum(y for _, y in part))
        if groups and len(part) < min_count:
            groups[-1][1] += right
            groups[-1][2] += len(part)
        else:
            groups.append([part[0][0], right, float(len(part))])
        n = end
    pooled: list[list[float]] = []
    for group in groups:
        pooled.append(list(group))
        while len(pooled) > 1 and pooled[-2][1] / pooled[-2][2] >= pooled[-1][1] / pooled[-1][2]:
            last = pooled.pop()
            pooled[-1][1] += last[1]
            pooled[-1][2] += last[2]
    return tuple((x, right / count) for x, right, count in pooled)


def step_value(steps: Steps, x: float) -> float:
    """The value of a step function at x (its first step's below the first start)."""
    value = steps[0][1]
    for start, share in steps:
        if x < start:
            break
        value = share
    return value
