"""Clusterer settings and the small pair model that scores article-story similarity.

The weights live in ``pair_model.json`` (fitted by ``bench/stories_eval.py --fit``), so
they are data that can be refitted, not numbers scattered through the code.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

FEATURES = (
    "embedding", "body", "title", "entities", "body_link", "year", "numbers", "months", "names",
    "lead_names", "lead_figures", "lead_weekdays", "fresh",
)  # fmt: skip


@dataclass(frozen=True)
class PairModel:
    """Logistic regression over pair features, plus a time-gap penalty when both dates exist.

    ``time_weight`` is not fitted (the tuning corpus has no dates); it is a prior that makes
    articles a week apart need much stronger textual evidence. ``merge_threshold`` is the
    mean member probability at which ``StoryClusterer.settle`` moves a batch's story into
    another in a long feed (1 or more: never); ``merges`` lowers it for a small batch.
    ``split_bar`` is the seam strength below which ``settle`` parts a batch's story in two
    (``stories.split``; 0: never).
    """

    weights: tuple[float, ...]
    bias: float
    threshold: float
    merge_threshold: float
    merge_fresh_weight: float
    time_weight: float
    time_scale_days: float
    split_bar: float = 0.0

    def probability(self, features: tuple[float, ...], gap_days: float | None) -> float:
        """The probability that the article reports the story's event."""
        z = self.bias + sum(w * f for w, f in zip(self.weights, features, strict=True))
        if gap_days is not None:
            z += self.time_weight * min(gap_days / self.time_scale_days, 1.0)
        return 1.0 / (1.0 + math.exp(-z))

    def merges(self, mean_probability: float, fresh: float) -> bool:
        """Whether a batch's story moves where its members' mean probability is this.

        The bar is ``merge_threshold`` in a long feed and falls, by ``merge_fresh_weight``
        in log-odds per unit of ``fresh``, in a small batch: cold statistics score even
        one event's articles low against each other.
        """
        if self.merge_threshold >= 1.0 or mean_probability <= 0.0:
            return False
        if mean_probability >= 1.0:
            return True
        bar = math.log(self.merge_threshold / (1.0 - self.merge_threshold))
        odds = math.log(mean_probability / (1.0 - mean_probability))
        return odds + self.merge_fresh_weight * fresh >= bar

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PairModel:
        """Read the JSON form written by the evaluation script."""
        weights = data["weights"]
        return cls(
            weights=tuple(float(weights[name]) for name in FEATURES),
            bias=float(data["bias"]),
            threshold=float(data["threshold"]),
            merge_threshold=float(data["merge_threshold"]),
            merge_fresh_weight=float(data["merge_fresh_weight"]),
            time_weight=float(data["time_weight"]),
            time_scale_days=float(data["time_scale_days"]),
            split_bar=float(data.get("split_bar", 0.0)),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON form, with weights named by feature."""
        return {
            "weights": dict(zip(FEATURES, self.weights, strict=True)),
            "bias": self.bias,
            "threshold": self.threshold,
            "merge_threshold": self.merge_threshold,
            "merge_fresh_weight": self.merge_fresh_weight,
            "time_weight": self.time_weight,
            "time_scale_days": self.time_scale_days,
            "split_bar": self.split_bar,
        }


def default_pair_model() -> PairModel:
    """The pair model shipped with the package."""
    text = resources.files("consilience.stories").joinpath("pair_model.json").read_text()
    return PairModel.from_dict(json.loads(text))


@dataclass(frozen=True)
class ClusterSettings:
    """How many candidate stories to score and when a story stops accepting articles.

    A story is retired from the index when no article joined it within the last
    ``retire_after_articles`` arrivals; a dated article never joins a story whose latest
    dated member is more than ``retire_after_days`` days from its own date.
    """

    candidates: int = 10
    link_members: int = 32
    retire_after_articles: int = 5000
    retire_after_days: float = 7.0
    model: PairModel = field(default_factory=default_pair_model)
    hnsw_m: int = 16
    hnsw_ef: int = 64
    seed: int = 7
