"""Grouping articles into stories as they stream in (issue 7)."""

from consilience.stories.clusterer import StoryClusterer, cluster
from consilience.stories.settings import ClusterSettings, PairModel

__all__ = ["ClusterSettings", "PairModel", "StoryClusterer", "cluster"]
