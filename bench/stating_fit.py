"""Fit and measure the check that a claim's supports state it, on ECB+ claims.

Usage: python bench/stating_fit.py /work/shared/data/ecbplus_dev.jsonl --cache ANNOTATED.pkl
       [--claims CLAIMS.pkl] [--fit]

Each ECB+ event's articles are built into claims as ``consilience analyze`` would (alignment
and clause narrowing, before this check). Two supports of one claim from different articles,
both holding annotated event mentions, are a positive pair when they share an event chain
(``ecbplus_dev_mentions.jsonl``). A logistic regression over ``stating.FEATURES`` is fitted on
odd topics and applied to even ones and vice versa (topic-grouped two-fold cross-validation).
For a grid of thresholds it prints, per support, how many supports sharing no event with any
other article's support (wrong) and how many sharing one (right) the check would take out of
their claims, and how many wrong ones go for a given number of right ones (``BUDGETS``: the
shipped model is read the same way, so a refit compares with it whatever its probability
scale). ``--claims`` caches the built claims (the slow part). ``--fit`` fits on all topics and
writes the model into the package with the threshold ``KEEP``.
Deterministic: no sampling anywhere.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
from collections import defaultdict
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

from consilience.crosscheck.claims import build_claims
from consilience.crosscheck.entities import resolve_entities
from consilience.crosscheck.stating import (
    FEATURES,
    Rarity,
    StatingModel,
    default_stating_model,
    pair_features,
    rarity,
)
from consilience.model import AnnotatedArticle

SHARED = Path(__file__).resolve().parents[2] / "shared"
MODEL_FILE = (
    Path(__file__).resolve().parent.parent / "src/consilience/crosscheck/stating_model.json"
)
KEEPS = [0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.93, 0.95]
KEEP = 0.8  # when fitted, held out: 12 of 71 wrong supports left for 32 of 1136 right ones
BUDGETS = [10, 20, 30, 45, 70, 100]  # right supports taken out, to compare feature sets at
Labelled = list[tuple[AnnotatedArticle, str, int]]
# per claim: (article id, text, event chains) of each support
Support = tuple[str, str, frozenset[str]]
Built = list[tuple[int, Rarity, list[list[Support]]]]


def mention_chains(path: Path) -> dict[str, list[tuple[int, str]]]:
    """Article id -> (start, chain) of each annotated event mention ('' for a singleton)."""
    found: dict[str, list[tuple[int, str]]] = {}
    for line in path.open(encoding="utf-8"):
        row = json.loads(line)
        found[row["id"]] = [(m["start"], m["chain"] or "") for m in row["events"]]
    return found


def build(data: Labelled, chains: dict[str, list[tuple[int, str]]]) -> Built:
    """Per gold event: its topic, its words' rarity, and its multi-article claims' supports."""
    events: dict[str, list[tuple[AnnotatedArticle, int]]] = defaultdict(list)
    for annotated, event, topic in data:
        events[event].append((annotated, topic))
    built: Built = []
    for event in sorted(events):
        group = [a for a, _ in events[event]]
        if len(group) < 2:
            continue
        claims, _ = build_claims(group, resolve_entities(group), {}, checked=False)
        rare = rarity(s.text for a in group for s in a.sentences)
        found = []
        for claim in claims:
            if len({e.article_id for e in claim.support}) < 2:
                continue
            found.append(
                [
                    (
                        e.article_id,
                        e.text,
                        frozenset(
                            c for s, c in chains.get(e.article_id, []) if e.start <= s < e.end
                        ),
                    )
                    for e in claim.support
                ]
            )
        built.append((events[event][0][1], rare, found))
    return built


def pairs(built: Built) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Features, labels and topics of every labelled cross-article support pair."""
    xs, ys, topics = [], [], []
    for topic, rare, claims in built:
        for support in claims:
            for k, (a_id, a_text, a_chains) in enumerate(support):
                for b_id, b_text, b_chains in support[k + 1 :]:
                    if a_id == b_id or not a_chains or not b_chains:
                        continue
                    xs.append(pair_features(a_text, b_text, rare))
                    ys.append(int(bool((a_chains & b_chains) - {""})))
                    topics.append(topic)
    return np.array(xs), np.array(ys), np.array(topics)


def regression(x: np.ndarray, y: np.ndarray) -> StatingModel:
    fitted = LogisticRegression(C=1.0, max_iter=3000).fit(x, y)
    return StatingModel(tuple(float(w) for w in fitted.coef_[0]), float(fitted.intercept_[0]), 0)


def best_scores(built: Built, models: dict[int, StatingModel]) -> tuple[np.ndarray, np.ndarray]:
    """(best probability of each wrong support, of each right support), sorted.

    A support is right when it shares an event chain with another article's support of its
    claim, wrong when it has annotated events and shares none; its best probability is the
    highest with any other article's support (it is dropped when that is under ``keep``).
    """
    found: tuple[list[float], list[float]] = ([], [])
    for topic, rare, claims in built:
        model = models[topic % 2]
        for support in claims:
            for a_id, a_text, a_chains in support:
                others = [s for s in support if s[0] != a_id]
                labelled = [c for _, _, c in others if c]
                if not a_chains or not labelled:
                    continue
                right = any((a_chains & c) - {""} for c in labelled)
                best = max(model.probability(pair_features(a_text, t, rare)) for _, t, _ in others)
                found[int(right)].append(best)
    return np.sort(found[0]), np.sort(found[1])


def dropped(wrong: np.ndarray, right: np.ndarray, keep: float) -> str:
    """How many wrong and right supports a threshold takes out of their claims."""
    return (
        f"wrong supports out {int((wrong < keep).sum())}/{len(wrong)}, "
        f"right supports out {int((right < keep).sum())}/{len(right)}"
    )


def budgets(wrong: np.ndarray, right: np.ndarray) -> str:
    """Wrong supports out when a given number of right ones go (the threshold that takes
    them out in brackets): feature sets compare here whatever their probability scale."""
    cuts = [(n, float(right[n])) for n in BUDGETS if n < len(right)]
    return ", ".join(f"{n}: {int((wrong < keep).sum())} (<{keep:.3f})" for n, keep in cuts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--cache", type=Path, required=True, help="annotated articles (pickle)")
    parser.add_argument("--mentions", type=Path, default=SHARED / "data/ecbplus_dev_mentions.jsonl")
    parser.add_argument("--claims", type=Path, help="cache of the built claims (pickle)")
    parser.add_argument("--fit", action="store_true", help="fit on all topics and save the model")
    args = parser.parse_args()
    if args.claims and args.claims.exists():
        with args.claims.open("rb") as handle:
            built: Built = pickle.load(handle)
    else:
        with args.cache.open("rb") as handle:
            data: Labelled = pickle.load(handle)
        built = build(data, mention_chains(args.mentions))
        if args.claims:
            with args.claims.open("wb") as handle:
                pickle.dump(built, handle)
    x, y, topics = pairs(built)
    print(f"pairs: {len(y)} ({int(y.sum())} sharing an event)")
    folds = {held: regression(x[topics % 2 != held], y[topics % 2 != held]) for held in (0, 1)}
    wrong, right = best_scores(built, folds)
    for keep in KEEPS:
        print(f"keep {keep:.2f}: {dropped(wrong, right, keep)} (held-out topics)")
    print("right supports out: wrong supports out (held-out topics)", budgets(wrong, right))
    shipped = default_stating_model()
    wrong, right = best_scores(built, {0: shipped, 1: shipped})
    print(f"shipped model: {dropped(wrong, right, shipped.keep)} (in-sample)")
    print("shipped model, right supports out: wrong supports out", budgets(wrong, right))
    if args.fit:
        fitted = regression(x, y)
        model = StatingModel(fitted.weights, fitted.bias, KEEP)
        training = {
            "data": args.mentions.name,
            "sha256": hashlib.sha256(args.mentions.read_bytes()).hexdigest(),
            "features": list(FEATURES),
        }
        text = json.dumps({**model.to_dict(), "training": training}, indent=2)
        MODEL_FILE.write_text(text + "\n")
        print("stating model:", json.dumps(model.to_dict()))


if __name__ == "__main__":
    main()
