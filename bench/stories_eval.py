"""Story clustering on ECB+: BCubed precision, recall and F1 over the `event` label.

Usage: python bench/stories_eval.py /work/shared/data/ecbplus_dev.jsonl
    [--fit | --fit-weights | --fit-split] [--cache FILE]

Streams the articles in file order and in a shuffled order (fixed seed), and each topic and
each event alone into a fresh clusterer (as when one batch is analysed alone: cold statistics),
and reports a two-fold cross-validation split by topic (fit and tune on one half, score the
other).
``--fit`` refits the pair model on the whole file and writes it into the package;
``--fit-weights`` refits only the logistic weights and the join threshold, keeping the shipped
``fresh`` weight and second-pass settings (a fifth of the streams: for a changed text or
feature, where the weights move most); ``--fit-split`` picks only the second pass's
``split_bar`` (and reports it cross-validated by topic).
"""

from __future__ import annotations

import argparse
import json
import pickle
import random
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

from consilience.ingest.clean import body, paragraphs
from consilience.model import AnnotatedArticle, Article
from consilience.nlp import annotate, shared_models
from consilience.stories import ClusterSettings, StoryClusterer
from consilience.stories.settings import FEATURES, default_pair_model

MODEL_FILE = Path(__file__).resolve().parent.parent / "src/consilience/stories/pair_model.json"
THRESHOLDS = [round(t, 3) for t in np.arange(0.05, 0.45, 0.05)]
FRESH_WEIGHTS = [0.0, 2.0, 3.0, 4.0, 6.0]
NEVER_MERGE = 1.1
MERGE_THRESHOLDS = [0.4, 0.5, 0.6]
MERGE_FRESH_WEIGHTS = [0.0, 6.0, 12.0]
SPLIT_BARS = [0.0, 0.2, 0.25, 0.3, 0.35]
Labelled = list[tuple[AnnotatedArticle, str, int]]


def load(path: Path, cache: Path | None) -> Labelled:
    """Annotated articles with their event and topic, from the pickle cache when present."""
    if cache and cache.exists():
        with cache.open("rb") as handle:
            data: Labelled = pickle.load(handle)
        return data
    rows = [json.loads(line) for line in path.open(encoding="utf-8")]
    # The text as `consilience analyze` stores it: ingest drops the page's own web address
    # and page chrome before annotation, so the headline feature never reads a URL.
    articles = [
        Article(r["id"], r["source"], None, None, None, "en", body(paragraphs(r["text"])))
        for r in rows
    ]
    annotated = annotate(articles, shared_models())
    data = [(a, str(r["event"]), int(r["topic"])) for a, r in zip(annotated, rows, strict=True)]
    if cache:
        with cache.open("wb") as handle:
            pickle.dump(data, handle)
    return data


def bcubed(predicted: dict[str, str], gold: dict[str, str]) -> tuple[float, float, float]:
    """BCubed precision, recall and F1 of a predicted clustering against gold labels."""
    by_pred: dict[str, set[str]] = defaultdict(set)
    by_gold: dict[str, set[str]] = defaultdict(set)
    for item, cluster in predicted.items():
        by_pred[cluster].add(item)
    for item, label in gold.items():
        by_gold[label].add(item)
    precision = recall = 0.0
    for item in gold:
        shared = len(by_pred[predicted[item]] & by_gold[gold[item]])
        precision += shared / len(by_pred[predicted[item]])
        recall += shared / len(by_gold[gold[item]])
    p, r = precision / len(gold), recall / len(gold)
    return p, r, 2 * p * r / (p + r)


def stream(data: Labelled, settings: ClusterSettings) -> tuple[tuple[float, float, float], float]:
    """BCubed scores and articles/s of the clustering step alone."""
    clusterer = StoryClusterer(settings)
    start = time.perf_counter()
    for annotated, _, _ in data:
        clusterer.add(annotated)
    clusterer.settle()
    elapsed = time.perf_counter() - start
    gold = {a.article.id: event for a, event, _ in data}
    return bcubed(clusterer.assignments(), gold), len(data) / elapsed


def alone(data: Labelled, settings: ClusterSettings, key: int) -> tuple[float, float, float]:
    """BCubed scores pooled over groups (``key`` 2: topics, 1: events) each streamed alone
    into a fresh clusterer, as when one batch is analysed into a new store: one event's
    articles must form one story, a topic's two look-alike events must not."""
    groups: dict[object, Labelled] = defaultdict(list)
    for item in data:
        groups[item[key]].append(item)
    predicted: dict[str, str] = {}
    for name, members in groups.items():
        clusterer = StoryClusterer(settings)
        for annotated, _, _ in members:
            clusterer.add(annotated)
        clusterer.settle()
        predicted.update({a: f"{name}/{s}" for a, s in clusterer.assignments().items()})
    return bcubed(predicted, {a.article.id: event for a, event, _ in data})


def pairs(data: Labelled, settings: ClusterSettings) -> tuple[np.ndarray, np.ndarray]:
    """Pair features of each article against its candidate stories, with gold membership,
    from the whole stream and from each topic streamed alone.

    The streams are teacher-forced (every article placed in its gold story) so the pairs
    look like the decisions the clusterer meets: warm statistics in a long feed, cold ones
    when a small batch (a topic's two look-alike events) is analysed into a new store.
    """
    topics: dict[int, Labelled] = defaultdict(list)
    for item in data:
        topics[item[2]].append(item)
    found = [stream_pairs(part, settings) for part in [data, *topics.values()]]
    return np.concatenate([x for x, _ in found]), np.concatenate([y for _, y in found])


def stream_pairs(data: Labelled, settings: ClusterSettings) -> tuple[np.ndarray, np.ndarray]:
    """The teacher-forced pairs of one stream into a fresh clusterer."""
    clusterer = StoryClusterer(settings)
    features: list[tuple[float, ...]] = []
    labels: list[int] = []
    for annotated, event, _ in data:
        for story in clusterer.candidates(annotated):
            features.append(clusterer.features(annotated, story))
            labels.append(int(story == event))
        clusterer.place(annotated, event)
    return np.array(features).reshape(-1, len(FEATURES)), np.array(labels)


def fit(data: Labelled, base: ClusterSettings, *, weights_only: bool = False) -> ClusterSettings:
    """Fit the logistic weights on pairs of the whole stream, pick the threshold with the
    best streaming F1 (``weights_only``: stop there, keeping ``base``'s other settings),
    then the weight of ``fresh`` (which only matters for the first articles of a store) with
    the best mean F1 of one event and of one topic analysed alone (both without the second
    pass), then the second pass's merge threshold and how much a cold batch lowers it
    (``merge_fresh_weight``) with the best mean F1 of the stream in file and in shuffled
    order, of one event alone and of one topic alone.
    """
    x, y = pairs(data, base)
    fresh = FEATURES.index("fresh")
    regression = LogisticRegression(C=10.0, max_iter=1000).fit(np.delete(x, fresh, axis=1), y)
    weights = [float(w) for w in regression.coef_[0]]
    weights.insert(fresh, base.model.weights[fresh] if weights_only else 0.0)
    model = replace(
        base.model,
        weights=tuple(weights),
        bias=float(regression.intercept_[0]),
        merge_threshold=base.model.merge_threshold if weights_only else NEVER_MERGE,
    )
    threshold = max(
        THRESHOLDS,
        key=lambda t: stream(data, replace(base, model=replace(model, threshold=t)))[0][2],
    )
    model = replace(model, threshold=threshold)
    if weights_only:
        return replace(base, model=model)

    def quality(weight: float) -> float:
        changed = list(model.weights)
        changed[fresh] = weight
        settings = replace(base, model=replace(model, weights=tuple(changed)))
        return (alone(data, settings, 1)[2] + alone(data, settings, 2)[2]) / 2

    weights[fresh] = max(FRESH_WEIGHTS, key=quality)
    model = replace(model, weights=tuple(weights))
    shuffled = list(data)
    random.Random(13).shuffle(shuffled)

    def merged(bar: tuple[float, float]) -> float:
        changed = replace(model, merge_threshold=bar[0], merge_fresh_weight=bar[1])
        settings = replace(base, model=changed)
        scores = [stream(part, settings)[0] for part in (data, shuffled)]
        scores += [alone(data, settings, 1), alone(data, settings, 2)]
        return sum(f for _, _, f in scores) / len(scores)

    grid = [(t, w) for t in MERGE_THRESHOLDS for w in MERGE_FRESH_WEIGHTS]
    grid.append((NEVER_MERGE, 0.0))
    threshold, weight = max(grid, key=merged)
    merging = replace(model, merge_threshold=threshold, merge_fresh_weight=weight)
    return fit_split(data, replace(base, model=merging))


def fit_split(data: Labelled, base: ClusterSettings) -> ClusterSettings:
    """The ``split_bar`` with the best mean F1 of the stream in file and in shuffled order,
    of each event alone and of each topic alone: parting look-alike events must not tear
    one event's coverage apart."""
    shuffled = list(data)
    random.Random(13).shuffle(shuffled)

    def quality(bar: float) -> float:
        settings = replace(base, model=replace(base.model, split_bar=bar))
        scores = [stream(part, settings)[0] for part in (data, shuffled)]
        scores += [alone(data, settings, 1), alone(data, settings, 2)]
        print(f"  split_bar {bar}: " + " ".join(f"{f:.3f}" for _, _, f in scores))
        return sum(f for _, _, f in scores) / len(scores)

    return replace(base, model=replace(base.model, split_bar=max(SPLIT_BARS, key=quality)))


def cross_validate(
    data: Labelled,
    base: ClusterSettings,
    fitter: Callable[[Labelled, ClusterSettings], ClusterSettings],
) -> list[tuple[float, float, float]]:
    """Two folds split by topic parity: fit on one half, score the other (whole stream, and
    each topic alone)."""
    scores = []
    for held in (0, 1):
        train = [d for d in data if d[2] % 2 != held]
        test = [d for d in data if d[2] % 2 == held]
        fitted = fitter(train, base)
        print(f"fold {held}: split_bar {fitted.model.split_bar}")
        scores.extend([stream(test, fitted)[0], alone(test, fitted, 2)])
    return scores


def show(name: str, scores: Sequence[float], rate: float | None = None) -> None:
    p, r, f = scores
    extra = f"  {rate:.0f} articles/s" if rate else ""
    print(f"{name:28s} P={p:.3f} R={r:.3f} F1={f:.3f}{extra}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--cache", type=Path, default=Path("/tmp/consilience_ecbplus.pkl"))
    parser.add_argument("--fit", action="store_true", help="refit and save the pair model")
    parser.add_argument(
        "--fit-weights", action="store_true", help="refit and save the weights and threshold only"
    )
    parser.add_argument("--fit-split", action="store_true", help="pick and save split_bar only")
    args = parser.parse_args()
    data = load(args.data, args.cache)
    settings = ClusterSettings(model=default_pair_model())
    if args.fit_split:
        settings = fit_split(data, settings)
    elif args.fit or args.fit_weights:
        settings = fit(data, settings, weights_only=args.fit_weights)
    if args.fit or args.fit_weights or args.fit_split:
        MODEL_FILE.write_text(json.dumps(settings.model.to_dict(), indent=2) + "\n")
        print("pair model:", json.dumps(settings.model.to_dict()))
    scores, rate = stream(data, settings)
    show("file order", scores, rate)
    shuffled = list(data)
    random.Random(13).shuffle(shuffled)
    show("shuffled (seed 13)", stream(shuffled, settings)[0])
    show("each topic alone", alone(data, settings, 2))
    show("each event alone", alone(data, settings, 1))
    folds = cross_validate(data, settings, fit_split if args.fit_split else fit)
    for n, fold in enumerate(folds[::2]):
        show(f"cross-validated fold {n}", fold)
    show("cross-validated mean", [float(np.mean(col)) for col in zip(*folds[::2], strict=True)])
    by_topic = [float(np.mean(c)) for c in zip(*folds[1::2], strict=True)]
    show("cross-validated, topic alone", by_topic)


if __name__ == "__main__":
    main()
