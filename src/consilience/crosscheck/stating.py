"""Whether a supporting sentence states its claim, or only sits next to it on the topic.

Alignment groups sentences whose wording is alike, and in one story every sentence names
the same people and places: "The mayor opened the bridge in Brindlemoor" and "Critics in
Brindlemoor say the mayor ignored parking complaints" share the story's names but no fact.
What makes two outlets' sentences state one fact is what they share that the rest of the
story does not: each word counts by how rare it is among the story's sentences (its
inverse sentence frequency), and each of two supports must have enough of its weight, and
of its action words' weight, in common with the other. A logistic regression over these
shares, fitted on ECB+ claims (supports sharing an annotated event,
``bench/stating_fit.py``), gives the probability; the weights and the threshold are data
(``stating_model.json``), not code.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache
from importlib import resources
from typing import Any

import numpy as np

from consilience.crosscheck.alignment import incidence, lemma
from consilience.crosscheck.claimed import recounted, single_claim
from consilience.crosscheck.independence import outlet_keys
from consilience.crosscheck.margins import measured
from consilience.crosscheck.words import details, stems
from consilience.model import AnnotatedArticle, Claim, Evidence

FEATURES = (
    "covered",  # rarity-weighted share of the less covered side's words the other has
    "acted",  # the same for the words other than names and numbers: what was done
)


@dataclass(frozen=True)
class Rarity:
    """How many of a story's sentences use each content word (and its lemma)."""

    counts: Mapping[str, int]
    sentences: int
    # Weights of whole sentences' word sets already summed: a story's clauses are compared
    # with every related clause of other outlets, each pair weighing both sides again.
    _held: dict[frozenset[str], float] = field(default_factory=dict, compare=False, repr=False)

    def weight(self, words: frozenset[str]) -> float:
        """Total inverse sentence frequency of some words, smoothed as scikit-learn's: a word
        every sentence uses still weighs 1, so in a story of a few sentences on one fact
        that fact's words count, and a word the story never used weighs most. Summed
        exactly (``fsum``): a set's words come in hash order, which changes from run to
        run, and a plain sum in another order may differ in its last bit, enough to flip a
        share at its threshold."""
        terms, unseen = self._terms
        return math.fsum(terms.get(w, unseen) for w in words)

    def held(self, words: frozenset[str]) -> float:
        """``weight`` of one side's own words, summed once per story for each set."""
        if (known := self._held.get(words)) is None:
            known = self._held[words] = self.weight(words)
        return known

    @cached_property
    def _terms(self) -> tuple[dict[str, float], float]:
        """Each counted word's weight and that of a word the story never used, worked out
        once: supports are compared pair by pair, so every word is weighed many times."""
        total = self.sentences + 1
        weights = {w: 1.0 + math.log(total / (1 + count)) for w, count in self.counts.items()}
        return weights, 1.0 + math.log(total / 1)


def rarity(sentences: Iterable[str]) -> Rarity:
    """The story's word counts over its sentences."""
    counts: Counter[str] = Counter()
    total = 0
    for sentence in sentences:
        counts.update(set().union(*_read(sentence)))
        total += 1
    return Rarity(counts, total)


@lru_cache(maxsize=4096)
def _read(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """A text's content words (the unit a margin is measured in read as one word), and its
    other words than names and numbers cut to a rough lemma, so "survived" and "survive"
    are one action."""
    own = measured(stems(text), text)
    return own, frozenset(lemma(w) for w in own - details(text))


def _covered(a: frozenset[str], b: frozenset[str], rare: Rarity) -> float:
    """Rarity-weighted share of the less covered side's words the other has (1.0 for none)."""
    mass, held_a, held_b = rare.weight(a & b), rare.held(a), rare.held(b)
    return min(mass / held_a if held_a else 1.0, mass / held_b if held_b else 1.0)


def pair_features(a: str, b: str, rare: Rarity) -> tuple[float, ...]:
    """``FEATURES`` of two supports of one claim from different outlets."""
    (own_a, acted_a), (own_b, acted_b) = _read(a), _read(b)
    return (_covered(own_a, own_b, rare), _covered(acted_a, acted_b, rare))


@dataclass(frozen=True)
class StatingModel:
    """Logistic weights over ``FEATURES``; a support stays when ``probability >= keep``."""

    weights: tuple[float, ...]
    bias: float
    keep: float

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> StatingModel:
        """Read the JSON form written by the training script."""
        weights = data["weights"]
        return cls(tuple(float(weights[n]) for n in FEATURES), float(data["bias"]), data["keep"])

    def to_dict(self) -> dict[str, Any]:
        """The JSON form, with weights named by feature."""
        return {
            "weights": dict(zip(FEATURES, self.weights, strict=True)),
            "bias": self.bias,
            "keep": self.keep,
        }

    def probability(self, features: tuple[float, ...]) -> float:
        """The probability that two supports state the same fact."""
        z = self.bias + sum(w * f for w, f in zip(self.weights, features, strict=True))
        return 1.0 / (1.0 + math.exp(-z))


@cache
def default_stating_model() -> StatingModel:
    """The model shipped with the package (read once; it is immutable)."""
    text = resources.files("consilience.crosscheck").joinpath("stating_model.json").read_text()
    return StatingModel.from_dict(json.loads(text))


Stating = tuple[Rarity, StatingModel]  # a story's word rarity and the stating model


def stating_of(articles: Sequence[AnnotatedArticle]) -> Stating:
    """What the stating model needs to read a story: its rarity, and the shipped model."""
    return rarity(s.text for a in articles for s in a.sentences), default_stating_model()


def stated_claims(
    claims: Sequence[Claim],
    articles: Sequence[AnnotatedArticle],
    copies: Mapping[str, str],
    stating: Stating | None = None,
) -> list[Claim]:
    """Claims several outlets support keeping only the supports that state them.

    The support least likely to state the same fact as any other outlet's support leaves
    first, then the rest are checked again, until every one left passes or one outlet
    remains; each support that left is a one-outlet claim of its own, and the claim's
    status and independent support are counted again from what stays (claims stay ordered
    by independent support, most first). ``stating``: the story's rarity and the model,
    when the caller has read them already.
    """
    rare, model = stating or stating_of(articles)
    outlets = outlet_keys([a.article for a in articles], copies)
    result: list[Claim] = []
    strays: list[Evidence] = []
    for claim in claims:
        if claim.independent_support < 2:
            result.append(claim)
            continue
        support, gone = _stating(claim.support, outlets, rare, model)
        strays.extend(gone)
        result.append(recounted(claim, support, outlets) if gone else claim)
    return sorted(
        [*result, *(single_claim(e) for e in strays)], key=lambda c: -c.independent_support
    )


def _stating(
    support: Sequence[Evidence], outlets: Mapping[str, str], rare: Rarity, model: StatingModel
) -> tuple[list[Evidence], list[Evidence]]:
    """(supports that stay, supports that left): the least stating leaves while under ``keep``."""
    owner = [outlets[e.article_id] for e in support]
    likely = _likely([e.text for e in support], rare, model)
    other = np.array([[a != b for b in owner] for a in owner], dtype=bool)
    likely = np.where(other, likely, 0.0)
    staying = np.ones(len(support), dtype=bool)
    while len({owner[i] for i in np.flatnonzero(staying)}) >= 2:
        best = np.where(staying, likely[:, staying].max(axis=1), np.inf)
        worst = int(np.argmin(best))
        if best[worst] >= model.keep:
            break
        staying[worst] = False
    return [e for i, e in enumerate(support) if staying[i]], [
        e for i, e in enumerate(support) if not staying[i]
    ]


def _likely(texts: Sequence[str], rare: Rarity, model: StatingModel) -> np.ndarray:
    """``model.probability`` of ``pair_features`` for every pair of texts, as one matrix
    (a claim of a large story can hold hundreds of supports: pairs one by one were slow)."""
    read = [_read(t) for t in texts]
    features = [_covered_matrix([r[k] for r in read], rare) for k in range(len(FEATURES))]
    z = model.bias + sum(w * f for w, f in zip(model.weights, features, strict=True))
    result: np.ndarray = 1.0 / (1.0 + np.exp(-z))
    return result


def _covered_matrix(sets: Sequence[frozenset[str]], rare: Rarity) -> np.ndarray:
    """``_covered`` of every pair of word sets: shared weight over each side's own weight."""
    if not any(sets):
        return np.ones((len(sets), len(sets)))
    found, vocabulary = incidence(sets, np.float64)
    holds = found.toarray()
    weights = np.array([rare.weight(frozenset({w})) for w in vocabulary])
    mass = (holds * weights) @ holds.T
    own = np.diag(mass).copy()
    share = np.divide(mass, own[:, None], out=np.ones_like(mass), where=own[:, None] > 0)
    result: np.ndarray = np.minimum(share, share.T)
    return result
