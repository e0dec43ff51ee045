"""Two claims that state one fact become one; a neighbouring fact on the topic stays apart."""

from __future__ import annotations

from functools import partial

import numpy as np

from consilience.crosscheck.restate import MERGES, Stating, merge_restated
from consilience.crosscheck.stating import default_stating_model, rarity, stating_matrix
from consilience.model import Evidence

KEEP = 0.7  # the pair probability counted as likely, as the shipped model's ``keep``
HEAD_A = ("a", "Floodwaters drive 300 families from homes in Carrow")
HEAD_B = ("b", "300 families flee homes as floodwaters hit Carrow")
LEAD_A = ("a", "Floodwaters forced 300 families from their homes in Carrow on Monday.")
LEAD_B = ("b", "About 300 families left their homes in Carrow as floodwaters rose on Monday.")
DETAIL_A = ("a", "Mayor Ilse Brandt said the 300 families would be housed in Carrow schools.")
# Same topic (the Carrow talks), different facts: what stalled them, what one side values,
# what it rejects.
STALLED_A = ("a", "Talks stalled on the union's refusal to accept an unconditional pause.")
STALLED_B = ("b", "Talks broke down earlier when the union refused an unconditional pause.")
VALUES_B = ("b", "The union added that it values the constructive dialogue with the town council.")
REJECTS_B = ("b", "The union has said it will not accept a frozen deal, fearing future strikes.")
OUTLETS = {"a": "a", "b": "b", "c": "c"}


def _units(*texts: tuple[str, str]) -> list[Evidence]:
    return [Evidence(article, text, 10 * k, 10 * k + 9) for k, (article, text) in enumerate(texts)]


def _probability(size: int, pairs: dict[tuple[int, int], float]) -> np.ndarray:
    probability = np.zeros((size, size), dtype=np.float32)
    for (i, j), value in pairs.items():
        probability[i, j] = probability[j, i] = value
    return probability


def _stating(units: list[Evidence]) -> tuple[Stating, float]:
    model = default_stating_model()
    return partial(stating_matrix, rare=rarity(u.text for u in units), model=model), model.keep


def _merged(groups: list[list[int]], units: list[Evidence], pairs: dict) -> list[list[int]]:
    probability = _probability(len(units), pairs)
    return merge_restated(groups, units, probability, OUTLETS, KEEP, _stating(units))


def test_a_headline_claim_and_a_lead_claim_of_one_fact_become_one() -> None:
    units = _units(HEAD_A, HEAD_B, LEAD_A, LEAD_B)
    pairs = {(0, 1): 0.9, (2, 3): 0.9, (0, 3): 0.8, (1, 2): 0.75}
    # Each outlet supports the merged claim with two sentences: headline and lead.
    assert _merged([[0, 1], [2, 3]], units, pairs) == [[0, 1, 2, 3]]


def test_claims_whose_outlets_mostly_do_not_state_each_other_stay_apart() -> None:
    units = _units(HEAD_A, HEAD_B, LEAD_A, LEAD_B)
    pairs = {(0, 1): 0.9, (2, 3): 0.9, (0, 3): 0.6, (1, 2): 0.5}
    assert _merged([[0, 1], [2, 3]], units, pairs) == [[0, 1], [2, 3]]


def test_a_sentence_on_the_topic_stating_another_fact_does_not_join() -> None:
    # Mirrors false corroborations seen on real news: a further sentence of outlet b on the
    # same talks is likely by the pair model, yet shares too little of the claim's rare words
    # to state it; another is as likely as the topic makes it (two thirds), not likely enough.
    units = _units(STALLED_A, STALLED_B, VALUES_B, REJECTS_B)
    pairs = {(0, 1): 0.9, (0, 2): 0.75, (1, 2): 0.75, (0, 3): 0.65, (1, 3): 0.5}
    assert _merged([[0, 1], [2], [3]], units, pairs) == [[0, 1], [2], [3]]


def test_a_restatement_giving_its_outlets_own_detail_stays_its_own_claim() -> None:
    units = _units(LEAD_A, LEAD_B, DETAIL_A)
    pairs = {(0, 1): 0.9, (1, 2): 0.9}
    assert _merged([[0, 1], [2]], units, pairs) == [[0, 1], [2]]


def test_a_lone_restatement_stating_the_claim_joins_it() -> None:
    units = _units(LEAD_A, LEAD_B, HEAD_A)
    pairs = {(0, 1): 0.9, (1, 2): 0.85, (0, 2): 0.9}
    assert _merged([[0, 1], [2]], units, pairs) == [[0, 1, 2]]


def test_the_merging_share_is_a_majority() -> None:
    assert 0.5 <= MERGES <= 1.0
