"""The Ray Data engine: the same stage functions, run over partitions on a Ray cluster.

Annotation runs in a pool of actors that each load the models once; cross-checking runs
as stateless tasks, one batch of stories each. Objects travel as Python objects in Ray's
object store, so what comes back is exactly what the local engine would produce.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from consilience.crosscheck import crosscheck_story
from consilience.engines.base import StoryJob
from consilience.errors import ConsilienceError
from consilience.model import AnnotatedArticle, Article, Story
from consilience.nlp import annotate, shared_models

Batch = dict[str, Any]


class _Annotator:
    """A Ray Data actor: loads the models once, annotates batches of articles."""

    def __init__(self) -> None:
        self.models = shared_models()

    def __call__(self, batch: Batch) -> Batch:
        articles: list[Article] = list(batch["article"])
        return {"position": batch["position"], "annotated": annotate(articles, self.models)}


def _crosscheck_batch(batch: Batch) -> Batch:
    jobs: list[StoryJob] = list(batch["job"])
    stories = [crosscheck_story(job.story_id, job.articles) for job in jobs]
    return {"position": batch["position"], "story": stories}


class RayEngine:
    """Runs annotation and cross-checking as Ray Data transforms.

    ``address`` is that of an existing cluster (``ray://host:10001`` or ``auto``); None
    starts a local Ray instance with ``num_cpus`` CPUs.
    """

    def __init__(
        self, address: str | None = None, num_cpus: int | None = None, actors: int = 2
    ) -> None:
        try:
            import ray
        except ImportError as exc:
            raise ConsilienceError(
                "the Ray engine needs Ray: pip install 'consilience[ray]'"
            ) from exc
        self.ray = ray
        _quiet_ray_data(ray)
        if not ray.is_initialized():
            ray.init(
                address=address,
                num_cpus=None if address else num_cpus,
                include_dashboard=False,
                log_to_driver=False,
                configure_logging=False,
            )
        self.actors = actors

    def annotate(self, articles: Sequence[Article]) -> list[AnnotatedArticle]:
        if not articles:
            return []
        rows = [{"position": i, "article": a} for i, a in enumerate(articles)]
        dataset = self.ray.data.from_items(rows).map_batches(
            _Annotator,
            batch_size=16,
            batch_format="default",
            compute=self.ray.data.ActorPoolStrategy(size=self.actors),
        )
        return [row["annotated"] for row in _in_order(dataset.take_all())]

    def annotate_batches(
        self, batches: Iterable[Sequence[Article]]
    ) -> Iterator[list[AnnotatedArticle]]:
        """One batch at a time: each is already spread over the actors."""
        return (self.annotate(batch) for batch in batches)

    def crosscheck(self, jobs: Sequence[StoryJob]) -> list[Story]:
        if not jobs:
            return []
        rows = [{"position": i, "job": job} for i, job in enumerate(jobs)]
        dataset = self.ray.data.from_items(rows).map_batches(
            _crosscheck_batch, batch_size=4, batch_format="default"
        )
        return [row["story"] for row in _in_order(dataset.take_all())]


def _quiet_ray_data(ray: Any) -> None:
    """Our own progress bars speak for the pipeline; Ray Data's would interleave with them."""
    context = ray.data.DataContext.get_current()
    context.enable_progress_bars = False
    context.print_on_execution_start = False
    logging.getLogger("ray.data").setLevel(logging.WARNING)
    logging.getLogger("ray").setLevel(logging.WARNING)


def _in_order(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(rows, key=lambda row: int(row["position"]))
