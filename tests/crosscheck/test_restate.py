"""A claim holds every sentence of an outlet that states it, and no outlet's own detail."""

from __future__ import annotations

import numpy as np

from consilience.crosscheck.restate import RESTATES, restate
from consilience.model import Evidence

LEAD_A = ("a", "Floodwaters forced 300 families from their homes in Carrow on Monday.")
LEAD_B = ("b", "About 300 families left their homes in Carrow as the river rose on Monday.")
AGAIN_A = ("a", "The rising river drove the 300 families out of Carrow.")
DETAIL_A = ("a", "Mayor Ilse Brandt said the 300 families would be housed in Carrow schools.")
OTHER_C = ("c", "The river drove 300 families from their homes in Carrow.")
OUTLETS = {"a": "a", "b": "b", "c": "c"}


def _units(*texts: tuple[str, str]) -> list[Evidence]:
    return [Evidence(article, text, 10 * k, 10 * k + 9) for k, (article, text) in enumerate(texts)]


def _probability(size: int, pairs: dict[tuple[int, int], float]) -> np.ndarray:
    probability = np.zeros((size, size), dtype=np.float32)
    for (i, j), value in pairs.items():
        probability[i, j] = probability[j, i] = value
    return probability


def test_an_outlets_second_sentence_stating_the_claim_joins_it() -> None:
    units = _units(LEAD_A, LEAD_B, AGAIN_A)
    probability = _probability(3, {(0, 1): 0.9, (1, 2): RESTATES + 0.1, (0, 2): 0.5})
    groups, lent = restate([[0, 1], [2]], units, probability, OUTLETS)
    # The restatement is no one-outlet claim of its own any more: outlet a has two sentences.
    assert groups == [[0, 1, 2]] and lent == [[]]


def test_a_restatement_giving_its_outlets_own_detail_stays_its_own_claim() -> None:
    units = _units(LEAD_A, LEAD_B, DETAIL_A)
    probability = _probability(3, {(0, 1): 0.9, (1, 2): 0.9})
    groups, lent = restate([[0, 1], [2]], units, probability, OUTLETS)
    assert groups == [[0, 1], [2]] and lent == [[], []]


def test_a_sentence_unlikely_to_state_the_claim_stays_apart() -> None:
    units = _units(LEAD_A, LEAD_B, AGAIN_A)
    probability = _probability(3, {(0, 1): 0.9, (1, 2): RESTATES - 0.1})
    assert restate([[0, 1], [2]], units, probability, OUTLETS) == ([[0, 1], [2]], [[], []])


def test_only_an_outlet_the_claim_holds_restates_it() -> None:
    # Outlet c is not in the claim: whether it states it is alignment's call, not a restatement.
    units = _units(LEAD_A, LEAD_B, OTHER_C)
    probability = _probability(3, {(0, 1): 0.9, (0, 2): 0.9, (1, 2): 0.9})
    assert restate([[0, 1], [2]], units, probability, OUTLETS) == ([[0, 1], [2]], [[], []])


def test_a_sentence_of_a_claim_of_its_own_lends_support_only_to_one_it_states_better() -> None:
    # The second sentence of outlet a already shares a claim with outlet c: it also supports
    # the lead's claim when it states that one better, and stays where it is either way.
    units = _units(LEAD_A, LEAD_B, AGAIN_A, OTHER_C)
    groups = [[0, 1], [2, 3]]
    better = _probability(4, {(0, 1): 0.9, (1, 2): 0.9, (2, 3): 0.7, (0, 3): 0.4})
    assert restate(groups, units, better, OUTLETS) == ([[0, 1], [2, 3]], [[2], []])
    worse = _probability(4, {(0, 1): 0.9, (1, 2): 0.7, (2, 3): 0.9, (0, 3): 0.4})
    assert restate(groups, units, worse, OUTLETS) == ([[0, 1], [2, 3]], [[], []])
