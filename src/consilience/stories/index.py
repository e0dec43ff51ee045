"""An approximate nearest-neighbour index over the centroids of active stories.

Each arriving article is scored against only the few stories whose centroid is nearest to
its embedding, so the cost per article does not grow with the number of stories.
"""

from __future__ import annotations

import hnswlib
import numpy as np

from consilience.model import Vector

INITIAL_CAPACITY = 1024


class CentroidIndex:
    """HNSW (inner product on unit vectors) keyed by story number; deterministic for one order."""

    def __init__(self, dimensions: int, m: int, ef: int, seed: int) -> None:
        self._index = hnswlib.Index(space="ip", dim=dimensions)
        self._index.init_index(
            max_elements=INITIAL_CAPACITY, M=m, ef_construction=ef, random_seed=seed
        )
        self._index.set_num_threads(1)
        self._ef = ef
        self._active: set[int] = set()

    def __len__(self) -> int:
        return len(self._active)

    def active(self) -> list[int]:
        """The active story keys, in ascending order."""
        return sorted(self._active)

    def upsert(self, key: int, centroid: Vector) -> None:
        """Add a story's centroid, or move it after the story grew."""
        if key >= self._index.get_max_elements():
            self._index.resize_index(max(key + 1, 2 * self._index.get_max_elements()))
        self._index.add_items(centroid.reshape(1, -1), np.array([key]), num_threads=1)
        self._active.add(key)

    def remove(self, key: int) -> None:
        """Retire a story: it is never returned again."""
        if key in self._active:
            self._index.mark_deleted(key)
            self._active.discard(key)

    def nearest(self, vector: Vector, k: int) -> list[int]:
        """Up to ``k`` active story keys, nearest first."""
        k = min(k, len(self._active))
        if k == 0:
            return []
        self._index.set_ef(max(self._ef, k))
        try:
            labels, _ = self._index.knn_query(vector.reshape(1, -1), k=k, num_threads=1)
        except RuntimeError:
            # hnswlib cannot always reach k items of a sparse graph; scan exactly then.
            return self._exact(vector, k)
        return [int(label) for label in labels[0]]

    def _exact(self, vector: Vector, k: int) -> list[int]:
        """The ``k`` active keys nearest ``vector`` by an exact scan, nearest first."""
        keys = self.active()
        centroids = np.asarray(self._index.get_items(keys), dtype=np.float32)
        order = np.argsort(-(centroids @ vector), kind="stable")[:k]
        return [keys[int(i)] for i in order]
