"""The in-process engine: the stage functions called directly, models loaded once."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from consilience.crosscheck import crosscheck_story
from consilience.engines.base import StoryJob
from consilience.model import AnnotatedArticle, Article, Story
from consilience.nlp import Models, annotate, annotate_batches


class LocalEngine:
    """Runs every stage in this process."""

    def __init__(self, models: Models) -> None:
        self.models = models

    def annotate(self, articles: Sequence[Article]) -> list[AnnotatedArticle]:
        return annotate(articles, self.models)

    def annotate_batches(
        self, batches: Iterable[Sequence[Article]]
    ) -> Iterator[list[AnnotatedArticle]]:
        return annotate_batches(batches, self.models)

    def crosscheck(self, jobs: Sequence[StoryJob]) -> list[Story]:
        return [crosscheck_story(job.story_id, job.articles) for job in jobs]
