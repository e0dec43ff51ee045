"""What an engine does: run the per-article and per-story stages over many inputs.

The stage functions are the same everywhere (`nlp.annotate`, `crosscheck_story`); an
engine only decides where they run: in this process, or over partitions on Ray Data.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Protocol

from consilience.model import AnnotatedArticle, Article, Story


@dataclass(frozen=True, eq=False)
class StoryJob:
    """Everything needed to cross-check one story, independent of the store."""

    story_id: str
    articles: tuple[AnnotatedArticle, ...]


class Engine(Protocol):
    """Runs the parallel stages; story assignment stays a sequential step outside it."""

    def annotate(self, articles: Sequence[Article]) -> list[AnnotatedArticle]:
        """Annotate articles, returned in the order given."""
        ...

    def annotate_batches(
        self, batches: Iterable[Sequence[Article]]
    ) -> Iterator[list[AnnotatedArticle]]:
        """Annotate batches, each returned as soon as it is done, in the order given."""
        ...

    def crosscheck(self, jobs: Sequence[StoryJob]) -> list[Story]:
        """Cross-check stories, returned in the order given."""
        ...
