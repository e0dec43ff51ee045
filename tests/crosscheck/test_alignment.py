from __future__ import annotations

import numpy as np

from consilience.crosscheck.alignment import (
    FEATURES,
    AlignModel,
    UnitFacts,
    align,
    default_align_model,
    lemma,
)
from consilience.crosscheck.claims import _central, group_units
from consilience.model import Evidence


def facts(text: str, rank: int = 0, entities: frozenset[str] = frozenset()) -> UnitFacts:
    return UnitFacts.of(text, rank, entities, frozenset())


def test_lemma_cuts_inflections_but_keeps_short_words() -> None:
    assert [lemma(w) for w in ("raided", "raids", "raiding", "is", "bus")] == [
        "raid",
        "raid",
        "raid",
        "is",
        "bus",
    ]


def test_a_sentence_splits_into_details_and_what_happened() -> None:
    unit = facts("Rangers arrested 12 poachers near Lake Moro on Friday.")
    assert {"lake", "moro", "12", "friday"} <= unit.details
    assert {"arrest", "poacher"} <= unit.rest


def test_a_rewording_of_the_same_fact_outscores_a_neighbour_on_the_topic() -> None:
    units = [
        facts("Rangers arrested 12 poachers near Lake Moro on Friday.", 0, frozenset({"moro"})),
        facts(
            "On Friday, 12 poachers were arrested by rangers at Lake Moro.", 0, frozenset({"moro"})
        ),
        facts("The lake is home to a small herd of rare antelope.", 1),
    ]
    same = np.ones((3, 4), dtype=np.float32) / 2  # one embedding: wording alone must decide
    probability, related = align(units, same, default_align_model())
    assert probability[0, 1] > probability[0, 2] and probability[0, 1] > probability[1, 2]
    assert (probability == probability.T).all() and probability[0, 0] == 0.0
    assert related[0, 1] > related[0, 2]


def test_a_claim_does_not_chain_from_one_fact_to_its_neighbour() -> None:
    units = [(Evidence(a, f"sentence {a}", 0, 10), k) for k, a in enumerate("xyz")]
    probability = np.array([[0, 0.9, 0.1], [0.9, 0, 0.9], [0.1, 0.9, 0]], dtype=np.float32)
    model = AlignModel((0.0,) * len(FEATURES), 0.0, link=0.8, keep=0.5)
    groups = group_units(units, probability, model)
    assert sorted(map(len, groups)) == [1, 2]
    loose = AlignModel((0.0,) * len(FEATURES), 0.0, link=0.8, keep=0.05)
    assert group_units(units, probability, loose) == [[0, 1, 2]]


def test_the_shipped_model_names_every_feature() -> None:
    model = default_align_model()
    assert len(model.weights) == len(FEATURES) and 0 < model.keep <= model.link < 1
    assert AlignModel.from_dict(model.to_dict()) == model


def test_an_outlet_supports_a_claim_once() -> None:
    units = [(Evidence(a, f"sentence {k}", k, k + 1), k) for k, a in enumerate("xxy")]
    probability = np.full((3, 3), 0.9, dtype=np.float32)
    np.fill_diagonal(probability, 0.0)
    model = AlignModel((0.0,) * len(FEATURES), 0.0, link=0.8, keep=0.5)
    assert sorted(map(len, group_units(units, probability, model))) == [1, 2]


def test_a_claim_is_worded_by_the_sentence_whose_details_the_others_state() -> None:
    texts = [  # each has one word of its own; only the first one's is a detail (a day)
        "Rangers freed the trapped whale near Cape Lorn on Friday.",
        "Rangers freed the trapped whale near Cape Lorn after hours.",
        "Rangers freed the trapped whale near Cape Lorn at dawn.",
    ]
    units = [
        (Evidence(a, t, 0, len(t)), k) for k, (a, t) in enumerate(zip("xyz", texts, strict=True))
    ]
    scores = np.full((3, 3), 0.9, dtype=np.float32)
    wording = _central([0, 1, 2], units, scores, {"x": "x", "y": "y", "z": "z"}, ())
    assert wording != 0
