"""Parting a story that holds two look-alike events: bisection, seam strength, partition."""

from __future__ import annotations

import numpy as np

from consilience.stories.split import affinities, bisect, partition, seam


def blocks(first: int, second: int, inside: float, across: float) -> np.ndarray:
    """Pair probabilities of two groups of articles: ``inside`` within a group, ``across``
    between them."""
    size = first + second
    matrix = np.full((size, size), across)
    matrix[:first, :first] = inside
    matrix[first:, first:] = inside
    np.fill_diagonal(matrix, 0.0)
    return matrix


def test_affinities_average_both_directions() -> None:
    table = {(0, 1): 0.9, (1, 0): 0.5}
    matrix = affinities(2, lambda i, j: table[i, j])
    assert matrix[0, 1] == matrix[1, 0] == 0.7
    assert matrix[0, 0] == 0.0


def test_bisect_cuts_along_the_weak_seam() -> None:
    side = bisect(blocks(3, 4, inside=0.9, across=0.3))
    assert side is not None
    assert len(set(side[:3])) == 1 and len(set(side[3:])) == 1 and side[0] != side[3]


def test_bisect_leaves_too_small_a_story_alone() -> None:
    assert bisect(blocks(2, 1, inside=0.9, across=0.1)) is None


def test_seam_is_the_across_probability_over_the_within_one() -> None:
    matrix = blocks(3, 3, inside=0.8, across=0.2)
    side = np.array([True, True, True, False, False, False])
    assert abs(seam(matrix, side) - 0.25) < 1e-9


def test_partition_parts_two_events_and_keeps_one_whole() -> None:
    two = blocks(4, 3, inside=0.9, across=0.2)
    assert partition(7, lambda i, j: two[i, j], bar=0.5) == [[0, 1, 2, 3], [4, 5, 6]]
    one = blocks(4, 3, inside=0.9, across=0.8)
    assert partition(7, lambda i, j: one[i, j], bar=0.5) == [list(range(7))]


def test_partition_never_parts_with_a_zero_bar() -> None:
    two = blocks(4, 3, inside=0.9, across=0.0)
    assert partition(7, lambda i, j: two[i, j], bar=0.0) == [list(range(7))]
