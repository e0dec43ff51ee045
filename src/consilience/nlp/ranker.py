"""Choose a quote's speaker among its candidates with a model learned from news.

The model is a logistic regression over the candidates' evidence (`nlp/candidates.py`),
trained by ``bench/train_speakers.py`` on the PolNeAR training split and shipped as a
small JSON file of weights (``consilience/data/speaker_model.json``, with its training
data's checksum and its scores). The best candidate speaks when the model gives it at
least the file's threshold; otherwise the quote has no speaker, never a guess.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from consilience.nlp.candidates import Candidate

# How each piece of evidence reads in the explanation of a choice.
EVIDENCE = {
    "governing": "subject of the speech verb the quote hangs from",
    "participle": "subject of the speaking participle before the quote",
    "verb_subject": "subject of the verb the quoted words hang from",
    "clause_subject": "subject of the clause the quoted words are in",
    "nearest_cue": "subject of the nearest speech cue",
    "other_cue": "subject of a speech cue in the quote's sentence",
    "colon_cue": "introduces the quote, ending in a colon",
    "previous_cue": "speaks in the sentence before",
    "dash_byline": "named after a dash closing the quote",
    "narrated": "the sentence before is about them",
    "continues": "speaker of the quote this one goes on from",
    "goes_on": "the speaker quoted last, whose quote this one goes on",
    "chain": "speaker of the first cue found",
    "running": "the speaker quoted last",
    "cue_adjacent": "named next to the speech cue",
    "via_pronoun": "a pronoun of the cue refers to them",
    "near_same_sentence": "named in the quote's sentence",
    "near_speaks": "speaks nearby",
    "near_subject": "subject of a sentence nearby",
    "near_after": "named right after the quote",
    "closest": "the closest name",
}
REASONS = 2
# Readings of the sentence's structure: when one holds it leads the explanation, as it
# says where the speaker stands, whatever the learned weight of a vaguer nearness.
STRUCTURAL = frozenset({"governing", "participle", "verb_subject", "colon_cue", "dash_byline"})
# A name no reading proposes, only near the quote, speaks only when more likely than not.
UNREAD_THRESHOLD = 0.5


@dataclass(frozen=True)
class SpeakerModel:
    """Weights of a logistic regression over named features, and its decision threshold."""

    weights: Mapping[str, float]
    bias: float
    threshold: float

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> SpeakerModel:
        weights = {str(f): float(w) for f, w in data["weights"].items()}
        return cls(weights, float(data["bias"]), float(data["threshold"]))

    def probability(self, features: Mapping[str, float]) -> float:
        """The model's probability that a candidate with these features is the speaker."""
        z = self.bias + sum(self.weights.get(f, 0.0) * v for f, v in features.items())
        return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))

    def choose(self, candidates: Sequence[Candidate]) -> Candidate | None:
        """The most probable candidate the model believes enough, if any (`pick`)."""
        scores = [self.probability(c.features) for c in candidates]
        return pick(candidates, scores, self.threshold)

    def reason(self, candidate: Candidate) -> str:
        """Why a candidate was chosen: the evidence that weighed most for it, a structural
        reading first."""
        weighed = sorted(
            (
                (f in STRUCTURAL, self.weights.get(f, 0.0) * v, f)
                for f, v in candidate.features.items()
                if f in EVIDENCE and self.weights.get(f, 0.0) * v > 0
            ),
            reverse=True,
        )
        said = [EVIDENCE[f] for _, _, f in weighed[:REASONS]]
        if candidate.cue and weighed and weighed[0][2] not in ("closest", "near_same_sentence"):
            said[0] += f" “{candidate.cue}”"
        return "; ".join(said) or "the only name near the quote"


def pick(
    candidates: Sequence[Candidate], scores: Sequence[float], threshold: float
) -> Candidate | None:
    """The best-scored candidate a model believes enough, if any; shared by the shipped
    model and the learners `bench/speaker_learners.py` compares, so all decide alike.

    The learned threshold holds for candidates some reading proposes; a name that is
    merely near the quote must be more likely than not, and never speaks a fragment
    of the writer's sentence (that is the writer's term). A near name that falls
    short leaves the choice to the next candidate, as the same name read apart
    ("― Jo Lee" beside Jo Lee of a dash byline) would otherwise silence the quote.
    """
    scored = [(score, -i, c) for i, (score, c) in enumerate(zip(scores, candidates, strict=True))]
    for score, _, best in sorted(scored, key=lambda s: (s[0], s[1]), reverse=True):
        if best.read:
            return best if score >= threshold else None
        partial = best.features.get("partial", 0.0) > 0
        if not partial and score >= max(threshold, UNREAD_THRESHOLD):
            return best
    return None


@cache
def speaker_model() -> SpeakerModel:
    """The shipped model, read once per process."""
    path = resources.files("consilience").joinpath("data", "speaker_model.json")
    return SpeakerModel.from_json(json.loads(path.read_text("utf-8")))
