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
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from typing import Any

from consilience.crosscheck.alignment import lemma
from consilience.crosscheck.claims import _claim_id, _single
from consilience.crosscheck.independence import outlet_keys
from consilience.crosscheck.words import details, stems
from consilience.model import AnnotatedArticle, Claim, ClaimStatus, Evidence

FEATURES = (
    "covered",  # rarity-weighted share of the less covered side's words the other has
    "acted",  # the same for the words other than names and numbers: what was done
)
Rarity = Mapping[str, float]


def rarity(sentences: Iterable[str]) -> dict[str, float]:
    """Each content word's (and its lemma's) inverse frequency among a story's sentences,
    smoothed as scikit-learn's: a word every sentence uses still weighs 1, so in a story of
    a few sentences on one fact that fact's words count."""
    counts: Counter[str] = Counter()
    total = 0
    for sentence in sentences:
        own = stems(sentence)
        counts.update(own | _actions(own))
        total += 1
    return {word: 1.0 + math.log((1 + total) / (1 + n)) for word, n in counts.items()}


def _weight(words: frozenset[str], rare: Rarity, top: float) -> float:
    """Total rarity of some words; a word the story never used counts as its rarest."""
    return sum(rare.get(w, top) for w in words)


def _covered(a: frozenset[str], b: frozenset[str], rare: Rarity, top: float) -> list[float]:
    """Rarity-weighted share of each side's words the other has (1.0 for no words)."""
    mass = _weight(a & b, rare, top)
    return [mass / w if (w := _weight(own, rare, top)) else 1.0 for own in (a, b)]


def pair_features(a: str, b: str, rare: Rarity) -> tuple[float, ...]:
    """``FEATURES`` of two supports of one claim from different outlets."""
    top = max(rare.values(), default=1.0) or 1.0
    own_a, own_b = stems(a), stems(b)
    acted_a, acted_b = _actions(own_a - details(a)), _actions(own_b - details(b))
    return (min(_covered(own_a, own_b, rare, top)), min(_covered(acted_a, acted_b, rare, top)))


def _actions(words: frozenset[str]) -> frozenset[str]:
    """Words cut to a rough lemma, so "survived" and "survive" are one action."""
    return frozenset(lemma(w) for w in words)


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


def stated_claims(
    claims: Sequence[Claim],
    articles: Sequence[AnnotatedArticle],
    copies: Mapping[str, str],
    model: StatingModel | None = None,
) -> list[Claim]:
    """Claims several outlets support keeping only the supports that state them.

    The support least likely to state the same fact as any other outlet's support leaves
    first, then the rest are checked again, until every one left passes or one outlet
    remains; each support that left is a one-outlet claim of its own, and the claim's
    status and independent support are counted again from what stays (claims stay ordered
    by independent support, most first).
    """
    model = model or default_stating_model()
    outlets = outlet_keys([a.article for a in articles], copies)
    rare = rarity(s.text for a in articles for s in a.sentences)
    result: list[Claim] = []
    strays: list[Evidence] = []
    for claim in claims:
        if claim.independent_support < 2:
            result.append(claim)
            continue
        support, gone = _stating(claim.support, outlets, rare, model)
        strays.extend(gone)
        result.append(_recounted(claim, support, outlets) if gone else claim)
    return sorted([*result, *(_single(e) for e in strays)], key=lambda c: -c.independent_support)


def _stating(
    support: Sequence[Evidence], outlets: Mapping[str, str], rare: Rarity, model: StatingModel
) -> tuple[list[Evidence], list[Evidence]]:
    """(supports that stay, supports that left): the least stating leaves while under ``keep``."""
    staying = list(support)
    gone: list[Evidence] = []

    def best(e: Evidence) -> float:
        own = outlets[e.article_id]
        return max(
            (
                model.probability(pair_features(e.text, o.text, rare))
                for o in staying
                if outlets[o.article_id] != own
            ),
            default=0.0,
        )

    while len({outlets[e.article_id] for e in staying}) >= 2:
        worst = min(staying, key=best)
        if best(worst) >= model.keep:
            break
        staying.remove(worst)
        gone.append(worst)
    return staying, gone


def _recounted(claim: Claim, support: Sequence[Evidence], outlets: Mapping[str, str]) -> Claim:
    """A claim with fewer supports: worded by its own sentence if it stayed, else by the
    support nearest that wording; contested only while the wording the clash hit stays."""
    kept = any(e.text == claim.text for e in support)
    text = claim.text if kept else max(support, key=lambda e: e.score or 0.0).text
    independent = len({outlets[e.article_id] for e in support})
    status: ClaimStatus = (
        "contested"
        if claim.status == "contested" and kept
        else "corroborated"
        if independent >= 2
        else "single_source"
    )
    return replace(
        claim,
        id=_claim_id(support),
        text=text,
        status=status,
        support=tuple(support),
        independent_support=independent,
    )
