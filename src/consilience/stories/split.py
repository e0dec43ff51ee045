"""Taking apart a story that holds two look-alike events.

Two events of one kind (two earthquakes on one island, two arrests of one team's players)
share most of their words. The first report of the second event can clear the join bar
against the first event's story, and the merged story then draws in the rest of the second
event's coverage. Each event's articles still agree more among themselves than across: the
same figures, names and year in the lead. So once a batch is settled, each of its stories is
cut in two along the weakest seam of its article-to-article probabilities (a spectral
bisection), and the halves part when the seam is weak against both halves' cohesion.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

MIN_HALF = 2
"""The fewest articles either half may hold: a single odd article is no second event."""

Pairwise = Callable[[int, int], float]


def affinities(size: int, probability: Pairwise) -> np.ndarray:
    """The symmetric matrix of pair probabilities (the mean of both directions), zero diagonal."""
    matrix = np.zeros((size, size))
    for i in range(size):
        for j in range(size):
            if i != j:
                matrix[i, j] = probability(i, j)
    return (matrix + matrix.T) / 2.0


def bisect(matrix: np.ndarray) -> np.ndarray | None:
    """The two-way cut of least normalised cut along the Fiedler vector (a boolean mask of
    one side), both sides at least ``MIN_HALF``; None when the story is too small."""
    size = len(matrix)
    if size < 2 * MIN_HALF:
        return None
    degree = np.maximum(matrix.sum(axis=1), 1e-9)
    scale = 1.0 / np.sqrt(degree)
    laplacian = np.eye(size) - scale[:, None] * matrix * scale[None, :]
    _, vectors = np.linalg.eigh(laplacian)
    order = np.argsort(vectors[:, 1] * scale, kind="stable")
    total = degree.sum()
    best, best_cut = None, np.inf
    for cut in range(MIN_HALF, size - MIN_HALF + 1):
        side = np.zeros(size, dtype=bool)
        side[order[:cut]] = True
        across = matrix[side][:, ~side].sum()
        volume = degree[side].sum()
        normalised = across / volume + across / (total - volume)
        if normalised < best_cut:
            best, best_cut = side, normalised
    return best


def seam(matrix: np.ndarray, side: np.ndarray) -> float:
    """How the halves hold together across the cut against within: the mean probability
    across, over the mean probability within (pairs of either half)."""
    across = matrix[side][:, ~side].mean()
    within = [matrix[half][:, half] for half in (side, ~side)]
    pairs = sum(len(block) * (len(block) - 1) for block in within)
    inside = sum(block.sum() for block in within) / pairs
    return float(across / inside) if inside > 0 else 1.0


def partition(size: int, probability: Pairwise, bar: float) -> list[list[int]]:
    """The indexes ``range(size)`` in groups: halved again and again while the weakest seam's
    strength (``seam``) stays below ``bar``; one group when it never does.

    ``probability(i, j)`` is the chance that item ``i`` reports the event of item ``j``.
    """
    if bar <= 0.0 or size < 2 * MIN_HALF:
        return [list(range(size))]
    matrix = affinities(size, probability)
    groups: list[list[int]] = []
    pending = [list(range(size))]
    while pending:
        group = pending.pop()
        sub = matrix[np.ix_(group, group)]
        side = bisect(sub)
        if side is None or seam(sub, side) >= bar:
            groups.append(group)
            continue
        pending.append([g for g, s in zip(group, side, strict=True) if not s])
        pending.append([g for g, s in zip(group, side, strict=True) if s])
    return sorted(groups)
