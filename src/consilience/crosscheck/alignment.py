"""Whether two sentences of different outlets state the same thing: a learned pair model.

Outlets word one fact differently, so shared vocabulary alone misses most of them. A pair is
described by what each sentence states (its names, its numbers and days, its other content
words: the action and what it acts on) and by the sentence embedding, and a logistic
regression over these features, fitted on ECB+ cross-document event coreference by
``bench/align_fit.py``, gives the probability that both state the same happening. The
weights and the grouping thresholds are data (``align_model.json``), not code.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any

import numpy as np
from rapidfuzz import fuzz, process
from scipy import sparse

from consilience.crosscheck.words import details, stems, words
from consilience.model import Vector

FEATURES = (
    "cosine",  # embedding cosine
    "cosine_squared",  # lets the model reward near-paraphrases more than linearly
    "words",  # Jaccard of content words
    "fuzzy",  # token-set ratio: one sentence's words contained in the other's
    "entities",  # Jaccard of the resolved entities both mention
    "slots",  # both state the same amount or ordinal
    "details",  # Jaccard of names, numbers and days
    "rest",  # Jaccard of the other content words: the action and what it acts on
    "lead",  # how near both are to their articles' tops, where news states its event
)
SCORE_DECIMALS = 4


@dataclass(frozen=True)
class UnitFacts:
    """What one claim unit states, as the pair features compare it."""

    text: str
    rank: int  # its place among its article's claim units, 0 for the first
    entities: frozenset[str]
    slots: frozenset[tuple[str, float]]
    details: frozenset[str]
    rest: frozenset[str]

    @classmethod
    def of(
        cls, text: str, rank: int, entities: frozenset[str], slots: frozenset[tuple[str, float]]
    ) -> UnitFacts:
        """Split a sentence's content words into details (names, numbers, days) and the rest.

        The rest are cut to a rough lemma ("killed", "kills" and "kill" agree), so the same
        action in another tense still counts as the same action.
        """
        named = details(text)
        return cls(text, rank, entities, slots, named, frozenset(map(lemma, stems(text) - named)))


_INFLECTION = re.compile(r"(?:ing|ed|es|s)$")
_MIN_LEMMA = 4
# Words remembered by ``lemma``: a story's vocabulary is read again for every sentence,
# clause and support that holds it.
_WORDS = 1 << 15


@lru_cache(maxsize=_WORDS)
def lemma(word: str) -> str:
    """A word without an inflectional ending, when enough of it remains ("raided" -> "raid")."""
    cut = _INFLECTION.sub("", word)
    return cut if len(cut) >= _MIN_LEMMA else word


@dataclass(frozen=True)
class AlignModel:
    """Logistic weights over ``FEATURES`` and the two grouping thresholds.

    ``link``: the probability at which two units of different articles join one claim;
    ``keep``: every cross-article pair inside one claim has at least this probability, so
    claims do not chain from one fact to its neighbour.
    """

    weights: tuple[float, ...]
    bias: float
    link: float
    keep: float

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> AlignModel:
        """Read the JSON form written by the training script."""
        weights = data["weights"]
        return cls(
            weights=tuple(float(weights[name]) for name in FEATURES),
            bias=float(data["bias"]),
            link=float(data["link"]),
            keep=float(data["keep"]),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON form, with weights named by feature."""
        return {
            "weights": dict(zip(FEATURES, self.weights, strict=True)),
            "bias": self.bias,
            "link": self.link,
            "keep": self.keep,
        }


@cache
def default_align_model() -> AlignModel:
    """The alignment model shipped with the package (read once; it is immutable)."""
    text = resources.files("consilience.crosscheck").joinpath("align_model.json").read_text()
    return AlignModel.from_dict(json.loads(text))


def incidence(
    sets: Sequence[frozenset[str]], dtype: type = np.float32
) -> tuple[sparse.csr_matrix, list[str]]:
    """One row per set, one column per word of their sorted vocabulary (at least one
    column), 1.0 where the set holds the word: pairwise set sizes as matrix products, sparse
    since each sentence holds a dozen of its story's thousands of words."""
    vocabulary = sorted(set().union(*sets))
    column = {w: k for k, w in enumerate(vocabulary)}
    # Sorted, so a row's entries (and products' ties) never follow a set's hash order.
    columns = [sorted(column[w] for w in members) for members in sets]
    starts = np.cumsum([0, *map(len, columns)])
    ones = np.ones(starts[-1], dtype=dtype)
    found = [k for row in columns for k in row]
    shape = (len(sets), max(len(vocabulary), 1))
    return sparse.csr_matrix((ones, found, starts), shape=shape), vocabulary


def jaccard(sets: Sequence[frozenset[str]]) -> Vector:
    """Pairwise Jaccard similarity of sets, the shared counts as one sparse matrix product."""
    holds, _ = incidence(sets)
    shared: Vector = (holds @ holds.T).toarray()
    sizes = np.diff(holds.indptr).astype(np.float32)
    union = sizes[:, None] + sizes[None, :] - shared
    result: Vector = np.divide(shared, union, out=np.zeros_like(shared), where=union > 0)
    return result


def pair_features(units: Sequence[UnitFacts], embeddings: Vector) -> Iterator[Vector]:
    """One n x n matrix per feature of ``FEATURES``, one at a time to bound memory."""
    texts = [u.text for u in units]
    cosine = np.clip(embeddings @ embeddings.T, -1.0, 1.0).astype(np.float32)
    yield cosine
    yield cosine * cosine
    yield jaccard([words(t) for t in texts])
    fuzzy = process.cdist(texts, texts, scorer=fuzz.token_set_ratio, dtype=np.float32)
    yield (fuzzy / 100).astype(np.float32)
    yield jaccard([u.entities for u in units])
    yield (jaccard([frozenset(map(str, u.slots)) for u in units]) > 0).astype(np.float32)
    yield jaccard([u.details for u in units])
    yield jaccard([u.rest for u in units])
    lead = np.array([1.0 / (1 + u.rank) for u in units], dtype=np.float32)
    yield np.minimum(lead[:, None], lead[None, :])


# How related two units are in wording, whatever the model says (the weights of the
# hand-set score this model replaced): contradictions compare compound amounts of related
# units, and a claim is worded by its most central unit.
_RELATEDNESS = {"cosine": 0.6, "words": 0.2, "fuzzy": 0.2}
_SHARED_BONUS = {"entities": 0.05, "slots": 0.08}


def align(
    units: Sequence[UnitFacts], embeddings: Vector, model: AlignModel
) -> tuple[Vector, Vector]:
    """Pairwise (probability of stating the same thing, relatedness) of claim units."""
    return combine(pair_features(units, embeddings), model)


def combine(features: Iterable[Vector], model: AlignModel) -> tuple[Vector, Vector]:
    """The model's probabilities and the relatedness from feature matrices (``FEATURES`` order).

    Both symmetric with a zero diagonal, and rounded: float noise between engines' batches
    must not break ties (two copies of one sentence) differently.
    """
    z: Vector | None = None
    related: Vector | None = None
    for name, weight, feature in zip(FEATURES, model.weights, features, strict=True):
        if z is None or related is None:
            z = np.full(feature.shape, model.bias, dtype=np.float32)
            related = np.zeros_like(z)
        z += np.float32(weight) * feature
        related += np.float32(_RELATEDNESS.get(name, 0.0)) * feature
        related += np.float32(_SHARED_BONUS.get(name, 0.0)) * (feature > 0)
    assert z is not None and related is not None  # FEATURES is not empty
    return _tidy((1.0 / (1.0 + np.exp(-z))).astype(np.float32)), _tidy(related)


def _tidy(matrix: Vector) -> Vector:
    tidy: Vector = np.round((matrix + matrix.T) / 2, SCORE_DECIMALS).astype(np.float32)
    np.fill_diagonal(tidy, 0.0)
    return tidy
