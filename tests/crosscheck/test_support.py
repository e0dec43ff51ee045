"""A unit lends its support to a second claim that states the same distinctive slot."""

from __future__ import annotations

import numpy as np

from consilience.crosscheck.contradictions import Statement, statements
from consilience.crosscheck.support import second_support
from consilience.model import Evidence

TEXTS = [
    ("a1", "Rescuers pulled 37 miners from the collapsed shaft on Tuesday."),
    ("a2", "Rescue teams brought 37 miners back to the surface."),
    ("a3", "The mine flooded overnight and rescuers freed 37 miners by noon."),
    ("a4", "The shaft flooded overnight after heavy rain, officials said."),
    ("a5", "One outlet alone reported that 37 miners were hurt."),
]
GROUPS = [[0, 1], [2, 3], [4]]
OUTLETS = {article: article for article, _ in TEXTS}


def _read() -> list[Statement]:
    return statements([Evidence(a, t, 0, len(t)) for a, t in TEXTS], {})


def _probability(value: float) -> np.ndarray:
    probability = np.full((len(TEXTS), len(TEXTS)), value, dtype=np.float32)
    np.fill_diagonal(probability, 0.0)
    return probability


def test_a_corroborated_unit_also_supports_the_claim_stating_its_count() -> None:
    lent = second_support(GROUPS, _read(), _probability(0.8), OUTLETS, link=0.7)
    # The flood sentence also says 37 miners were freed; the one-outlet "hurt" unit is
    # never lent (its detail would read as corroborated), and nothing is lent to a claim
    # whose count only one outlet states.
    assert lent == [[2], [], []]


def test_nothing_is_lent_to_a_claim_the_unit_does_not_align_with() -> None:
    assert second_support(GROUPS, _read(), _probability(0.5), OUTLETS, link=0.7) == [[], [], []]
