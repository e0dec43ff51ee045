"""Compare learners for the speaker ranker: training-split cross-validation, then dev.

    python bench/speaker_learners.py ../shared/data/polnear_train.jsonl \\
        --dev ../shared/data/polnear_dev.jsonl --cache-dir /work/cache/speakers

A linear model over the candidates' evidence cannot say "recency matters for pronouns,
not for names". This measures whether a learner that can (products of each feature with
the quote's context, each feature relative to the quote's other candidates, boosted trees)
chooses better speakers before anything is shipped. Each learner is fitted on the training
split (candidates and labels of `bench/train_speakers.py`, parsed-doc caches it writes) and
decides as the ranker does (`consilience.nlp.ranker.pick`) at the threshold best in 5-fold
cross-validation by article; dev is scored with the learner fitted on all of train, like
for like with train_speakers' "ranker accuracy on dev quotes". Accuracy is printed overall
and by kind of gold source (`bench/speakers_gap.py`). Deterministic (fixed random state).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.linear_model import LogisticRegression

from consilience.nlp.ranker import pick
from quotes_eval import speaker_right
from speakers_gap import kind_of, load
from train_speakers import FOLDS, THRESHOLDS, Example

# Features that describe the quote rather than the candidate: their products with the
# others let a linear model weigh evidence differently by kind of quote and cue.
CONTEXT = ("antecedent", "pronoun_cue", "partial", "has_cue", "continued", "person", "via_pronoun")
KINDS = ("name", "pronoun", "unnamed")


def others_best(base: np.ndarray) -> np.ndarray:
    """Per candidate row, each feature's largest value among the quote's other candidates."""
    if len(base) < 2:
        return np.zeros_like(base)
    return np.array([np.delete(base, i, axis=0).max(axis=0) for i in range(len(base))])


def encode(data: Sequence[Example], names: list[str], encoding: str) -> np.ndarray:
    """One row per candidate: the plain features, plus the encoding's derived ones."""
    blocks = []
    for example in data:
        rows = [[c.features.get(n, 0.0) for n in names] for c in example.candidates]
        base = np.array(rows, dtype=float).reshape(-1, len(names))
        parts = [base]
        if encoding == "context":
            parts += [base * base[:, [names.index(g)]] for g in CONTEXT if g in names]
        elif encoding == "relative":
            parts.append(base - others_best(base))
        blocks.append(np.hstack(parts))
    return np.vstack(blocks)


class Blend:
    """The mean probability of a logistic regression and boosted trees."""

    def __init__(self) -> None:
        self.parts = [logistic(0.1)(), trees()]

    def fit(self, x: np.ndarray, y: np.ndarray) -> Blend:
        for part in self.parts:
            part.fit(x, y)
        return self

    def predict_proba(self, x: np.ndarray) -> Any:
        return sum(part.predict_proba(x) for part in self.parts) / len(self.parts)


def logistic(strength: float) -> Callable[[], Any]:
    return lambda: LogisticRegression(C=strength, max_iter=5000, solver="lbfgs")


def trees() -> HistGradientBoostingClassifier:
    return HistGradientBoostingClassifier(
        max_iter=200, max_leaf_nodes=15, learning_rate=0.05, early_stopping=False, random_state=0
    )


LEARNERS: dict[str, tuple[str, Callable[[], Any]]] = {
    "logistic (shipped)": ("plain", logistic(0.1)),
    "logistic x context": ("context", logistic(1.0)),
    "logistic + relative": ("relative", logistic(0.1)),
    "boosted trees": ("plain", trees),
    "boosted trees + relative": ("relative", trees),
    "blend + relative": ("relative", Blend),
}


def right(data: Sequence[Example], scores: np.ndarray, threshold: float) -> np.ndarray:
    """Per quote, whether the ranker's choice from these candidate scores is the gold one."""
    out, at = [], 0
    for example in data:
        n = len(example.candidates)
        best = pick(example.candidates, list(scores[at : at + n]), threshold)
        at += n
        out.append(speaker_right(best.speaker.name if best else None, example.gold))
    return np.array(out, dtype=bool)


def by_kind(data: Sequence[Example], hits: np.ndarray) -> str:
    kinds = np.array([kind_of(e) for e in data])
    return " ".join(f"{k} {hits[kinds == k].mean():.3f}" for k in KINDS if (kinds == k).any())


def compare(train: list[Example], dev: list[Example], label: str) -> None:
    """Train CV and dev accuracy of one learner, overall and by kind of gold source."""
    encoding, make = LEARNERS[label]
    names = sorted({n for e in train for c in e.candidates for n in c.features})
    x, x_dev = encode(train, names, encoding), encode(dev, names, encoding)
    y = np.array([yes for e in train for yes in e.labels])
    fold_of = np.array([e.article % FOLDS for e in train for _ in e.candidates])
    held = np.zeros(len(y))
    for fold in range(FOLDS):
        fitted = make().fit(x[fold_of != fold], y[fold_of != fold])
        held[fold_of == fold] = fitted.predict_proba(x[fold_of == fold])[:, 1]
    cv = {t: right(train, held, t) for t in THRESHOLDS}
    threshold = max(THRESHOLDS, key=lambda t: (cv[t].mean(), -t))
    on_dev = right(dev, make().fit(x, y).predict_proba(x_dev)[:, 1], threshold)
    held_right = cv[threshold]
    print(
        f"{label:26s} CV {held_right.mean():.4f} (t {threshold:.2f}; {by_kind(train, held_right)})"
        f"  dev {on_dev.mean():.4f} ({on_dev.sum()}/{len(on_dev)}; {by_kind(dev, on_dev)})",
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--dev", type=Path, required=True)
    parser.add_argument("--cache-dir", type=Path, default=Path("/tmp"))
    parser.add_argument("--learner", choices=sorted(LEARNERS), action="append")
    args = parser.parse_args()
    train = load(args.data, args.cache_dir / f"{args.data.stem}.spacy")
    dev = load(args.dev, args.cache_dir / f"{args.dev.stem}.spacy")
    print(f"{len(train)} train quotes, {len(dev)} dev quotes")
    for label in args.learner or LEARNERS:
        compare(train, dev, label)


if __name__ == "__main__":
    main()
