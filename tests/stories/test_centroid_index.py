"""The centroid index: nearest active stories first, retired ones never."""

from __future__ import annotations

import numpy as np

from consilience.stories.index import CentroidIndex


def test_asking_for_every_story_returns_all_active_nearest_first() -> None:
    rng = np.random.default_rng(0)
    centroids = rng.normal(size=(40, 8)).astype(np.float32)
    centroids /= np.linalg.norm(centroids, axis=1, keepdims=True)
    index = CentroidIndex(8, m=4, ef=4, seed=0)
    for key, centroid in enumerate(centroids):
        index.upsert(key, centroid)
    index.remove(3)
    found = index.nearest(centroids[5], 100)
    assert sorted(found) == [k for k in range(40) if k != 3]
    assert found[0] == 5
