"""The stage sequence: ingest -> store -> nlp -> stories -> crosscheck -> report.

`analyze()` is what the CLI, the web app and the REST API all call. It streams:
articles are annotated in batches (annotations are cached in the store by pipeline
version), fed to the streaming story clusterer in publication order, and stories are
cross-checked a chunk at a time from their own articles, so memory holds one batch and
one chunk of stories, never the corpus. The engine decides where the per-article and
per-story stages run; story assignment is the one sequential step.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from consilience.crosscheck import find_copies
from consilience.engines import Engine, LocalEngine, StoryJob
from consilience.errors import InputError
from consilience.ingest import ingest
from consilience.model import AnnotatedArticle, Article, ArticleRecord, Report, Story
from consilience.nlp import shared_models
from consilience.store import Store
from consilience.stories import StoryClusterer

PIPELINE_VERSION = "3"  # bump when annotations change, so stored ones are redone
ANNOTATE_BATCH = 64
CROSSCHECK_CHUNK = 32

Input = str | Path | Article
ProgressHook = Callable[[str, int, int], None]
"""Called as ``hook(stage, done, total)`` while a stage runs."""


@dataclass(frozen=True)
class Analysis:
    """A report and the inputs that could not be read on the way."""

    report: Report
    failed: tuple[InputError, ...] = field(default=())


def analyze(
    inputs: Sequence[Input] = (),
    *,
    store: Store | None = None,
    db: str | Path | None = None,
    engine: Engine | None = None,
    progress: ProgressHook | None = None,
) -> Report:
    """Ingest the inputs (or use what the store holds) and cross-check every story."""
    return run(inputs, store=store, db=db, engine=engine, progress=progress).report


def run(
    inputs: Sequence[Input] = (),
    *,
    store: Store | None = None,
    db: str | Path | None = None,
    engine: Engine | None = None,
    progress: ProgressHook | None = None,
) -> Analysis:
    """Like `analyze`, also returning the inputs that failed to read."""
    hook = progress or _quiet
    active = store if store is not None else Store(db)
    try:
        stages = Stages(active, engine or LocalEngine(shared_models()), hook)
        ids, failed = stages.take_inputs(inputs)
        stages.warm(ids)
        with active.stories_lock():
            members = stages.assign_stories(ids)
            stories, copies = stages.crosscheck(members)
        return Analysis(build_report(active, stories, copies), failed)
    finally:
        if store is None:
            active.close()


def group_stories(
    inputs: Sequence[Input] = (),
    *,
    store: Store,
    engine: Engine | None = None,
    progress: ProgressHook | None = None,
) -> tuple[dict[str, list[str]], tuple[InputError, ...]]:
    """Ingest the inputs and assign them to stories, without cross-checking.

    Returns story id -> article ids (every member, also earlier ones) for the stories
    the inputs touch (all stories when there are no inputs), and the failed inputs.
    """
    stages = Stages(store, engine or LocalEngine(shared_models()), progress or _quiet)
    ids, failed = stages.take_inputs(inputs)
    stages.warm(ids)
    with store.stories_lock():
        return stages.assign_stories(ids), failed


@dataclass(frozen=True)
class Stages:
    """The pipeline's stages bound to one store, engine and progress hook."""

    store: Store
    engine: Engine
    hook: ProgressHook

    def take_inputs(
        self, inputs: Sequence[Input]
    ) -> tuple[list[str] | None, tuple[InputError, ...]]:
        """Store the inputs; return the ids to analyse (None: the whole store) and failures."""
        if not inputs:
            return None, ()
        paths = [item for item in inputs if not isinstance(item, Article)]
        articles = [item for item in inputs if isinstance(item, Article)]
        ids: list[str] = []
        failed: tuple[InputError, ...] = ()
        if paths:
            summary = ingest(paths, self.store, on_progress=self._progress("ingest"))
            ids.extend(summary.added + summary.duplicates)
            failed = summary.failed
        if articles:
            result = self.store.add_articles(articles)
            ids.extend(result.added + result.duplicates)
        return list(dict.fromkeys(ids)), failed

    def assign_stories(self, ids: list[str] | None) -> dict[str, list[str]]:
        """Stream new articles into the clusterer, resumed from stored assignments.

        Returns story id -> all its article ids, for the stories ``ids`` touch.
        """
        wanted = list(ids) if ids is not None else [a.id for a in self.store.iter_articles()]
        previous = self.store.load_assignments()
        known = [i for i in wanted if i in previous]
        clusterer = StoryClusterer.resume(previous, self.annotated(known))
        new = [i for i in wanted if i not in previous]
        for annotated in self.annotated(new):
            clusterer.add(annotated)
        assignments = clusterer.assignments()
        self.store.save_assignments({i: assignments[i] for i in new})
        members = clusterer.stories()
        touched = dict.fromkeys(assignments[i] for i in wanted)
        return {story: members[story] for story in touched}

    def warm(self, ids: list[str] | None) -> None:
        """Annotate what the cache lacks, before taking the stories lock: the slow part
        runs alongside other analyses, only assignment and cross-check take turns."""
        wanted = [a.id for a in self.store.iter_articles(ids)]
        for first in range(0, len(wanted), ANNOTATE_BATCH):
            batch = wanted[first : first + ANNOTATE_BATCH]
            missing = self.store.missing_annotations(batch, PIPELINE_VERSION)
            if missing:
                self._annotate(list(self.store.iter_articles(missing)))
            self.hook("annotate", first + len(batch), len(wanted))

    def annotated(self, ids: Sequence[str]) -> Iterator[AnnotatedArticle]:
        """Annotations in publication order, from the cache or the engine, a batch at a time."""
        done = 0
        batch: list[Article] = []
        for article in self.store.iter_articles(ids):
            batch.append(article)
            if len(batch) == ANNOTATE_BATCH:
                yield from self._annotate(batch)
                done += len(batch)
                self.hook("annotate", done, len(ids))
                batch = []
        if batch:
            yield from self._annotate(batch)
            self.hook("annotate", done + len(batch), len(ids))

    def _annotate(self, batch: Sequence[Article]) -> list[AnnotatedArticle]:
        cached = self.store.load_annotations([a.id for a in batch], PIPELINE_VERSION)
        missing = [a for a in batch if a.id not in cached]
        if missing:
            fresh = self.engine.annotate(missing)
            self.store.save_annotations(fresh, PIPELINE_VERSION)
            cached.update({item.article.id: item for item in fresh})
        return [cached[a.id] for a in batch]

    def crosscheck(
        self, members: Mapping[str, Sequence[str]]
    ) -> tuple[list[Story], dict[str, str]]:
        """Cross-check the stories a chunk at a time; also return near-copy links."""
        stories: list[Story] = []
        copies: dict[str, str] = {}
        items = list(members.items())
        for first in range(0, len(items), CROSSCHECK_CHUNK):
            jobs = [self._job(sid, ids) for sid, ids in items[first : first + CROSSCHECK_CHUNK]]
            for job, story in zip(jobs, self.engine.crosscheck(jobs), strict=True):
                self.store.save_story(story, PIPELINE_VERSION)
                stories.append(story)
                copies.update(job.copies)
            self.hook("crosscheck", len(stories), len(items))
        return stories, copies

    def _job(self, story_id: str, article_ids: Sequence[str]) -> StoryJob:
        by_id = {
            a.article.id: a for a in self._annotate(list(self.store.iter_articles(article_ids)))
        }
        articles = tuple(by_id[i] for i in article_ids)
        # A lone article copies nothing; skipping it spares building an LSH index per story.
        copies = find_copies([a.article for a in articles]) if len(articles) > 1 else {}
        return StoryJob(story_id, articles, copies)

    def _progress(self, stage: str) -> Callable[[int, int], None]:
        return lambda done, total: self.hook(stage, done, total)


def build_report(store: Store, stories: Sequence[Story], copies: Mapping[str, str]) -> Report:
    """The report of some stories: their articles (with near-copy links) and findings.

    Stories come largest first, then by id, so the same input gives the same report.
    """
    ordered = sorted(stories, key=lambda s: (-len(s.article_ids), s.id))
    ids = [i for story in ordered for i in story.article_ids]
    articles = {a.id: a for a in store.iter_articles(ids)}
    return Report(
        generated_at=datetime.now(UTC).isoformat(timespec="seconds"),
        articles=tuple(_record(articles[i], copies.get(i)) for i in ids),
        stories=tuple(ordered),
    )


def _record(article: Article, copy_of: str | None) -> ArticleRecord:
    return ArticleRecord(
        id=article.id,
        source=article.source,
        title=article.title,
        url=article.url,
        published=article.published,
        language=article.language,
        copy_of=copy_of,
    )


def _quiet(stage: str, done: int, total: int) -> None:
    """The default progress hook: say nothing."""
