"""The stage sequence: ingest -> store -> nlp -> stories -> crosscheck -> report.

`analyze()` is what the CLI, the web app and the REST API all call (through `api`). It streams:
articles are annotated in batches (annotations are cached in the store by pipeline
version), fed to the streaming story clusterer in publication order, and stories are
cross-checked a chunk at a time from their own articles, so memory holds one batch and
one chunk of stories, never the corpus. The engine decides where the per-article and
per-story stages run; story assignment is the one sequential step.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

from consilience.engines import Engine, LocalEngine, StoryJob
from consilience.errors import InputError
from consilience.ingest import ingest
from consilience.model import AnnotatedArticle, Article, ArticleRecord, Report, Story
from consilience.nlp import shared_models
from consilience.store import Store
from consilience.stories import ClusterSettings, StoryClusterer

PIPELINE_VERSION = "27"  # bump when annotations change, so stored ones are redone
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
) -> Analysis:
    """Ingest the inputs (or use what the store holds) and cross-check every story.

    Returns the report and the inputs that could not be read (the rest is analysed).
    """
    hook = progress or _quiet
    active = store if store is not None else Store(db)
    try:
        stages = Stages(active, engine or LocalEngine(shared_models()), hook)
        ids, failed = stages.take_inputs(inputs)
        stages.warm(ids)
        with active.stories_lock():
            members = stages.assign_stories(ids)
            stories, records = stages.crosscheck(members)
        return Analysis(assemble_report(stories, records), failed)
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

        The resumed stories learn from the inputs already stored and from the latest
        arrivals, the members of every story still active, so a new article can join a
        story analysed earlier. Returns story id -> all its article ids, for the stories
        ``ids`` touch.
        """
        wanted = list(ids) if ids is not None else self.store.article_ids()
        previous = self.store.load_assignments()
        recent = list(previous)[-ClusterSettings().retire_after_articles :]
        known = [i for i in dict.fromkeys([*recent, *wanted]) if i in previous]
        clusterer = StoryClusterer.resume(previous, self.annotated(known))
        new = [i for i in wanted if i not in previous]
        for annotated in self.annotated(new):
            clusterer.add(annotated)
        clusterer.settle()
        assignments = clusterer.assignments()
        self.store.save_assignments({i: assignments[i] for i in new})
        members = clusterer.stories()
        touched = dict.fromkeys(assignments[i] for i in wanted)
        return {story: members[story] for story in touched}

    def warm(self, ids: list[str] | None) -> None:
        """Annotate what the cache lacks, before taking the stories lock: the slow part
        runs alongside other analyses, only assignment and cross-check take turns."""
        missing = self.store.missing_annotations(ids, PIPELINE_VERSION)
        batches = (
            list(self.store.iter_articles(missing[first : first + ANNOTATE_BATCH]))
            for first in range(0, len(missing), ANNOTATE_BATCH)
        )
        done = 0
        for fresh in self.engine.annotate_batches(batches):
            self.store.save_annotations(fresh, PIPELINE_VERSION)
            done += len(fresh)
            self.hook("annotate", done, len(missing))

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
        """The batch annotated, in its order: cached annotations decoded, missing ones made."""
        cached = self.store.annotations_of(batch, PIPELINE_VERSION)
        missing = [a for a in batch if a.id not in cached]
        if missing:
            fresh = self.engine.annotate(missing)
            self.store.save_annotations(fresh, PIPELINE_VERSION)
            cached.update({item.article.id: item for item in fresh})
        return [cached[a.id] for a in batch]

    def crosscheck(
        self, members: Mapping[str, Sequence[str]]
    ) -> tuple[list[Story], dict[str, ArticleRecord]]:
        """Cross-check and store the stories a chunk at a time; also return their articles.

        Each chunk's articles are read and decoded once, for the jobs and the report both.
        """
        stories: list[Story] = []
        records: dict[str, ArticleRecord] = {}
        items = list(members.items())
        for first in range(0, len(items), CROSSCHECK_CHUNK):
            chunk = items[first : first + CROSSCHECK_CHUNK]
            articles = list(self.store.iter_articles(i for _, ids in chunk for i in ids))
            by_id = {a.article.id: a for a in self._annotate(articles)}
            records.update((a.id, _record(a)) for a in articles)
            jobs = [StoryJob(sid, tuple(by_id[i] for i in ids)) for sid, ids in chunk]
            for story in self.engine.crosscheck(jobs):
                self.store.save_story(story, PIPELINE_VERSION)
                stories.append(story)
            self.hook("crosscheck", len(stories), len(items))
        return stories, records

    def _progress(self, stage: str) -> Callable[[int, int], None]:
        return lambda done, total: self.hook(stage, done, total)


def build_report(store: Store, stories: Sequence[Story]) -> Report:
    """The report of some stored stories: their articles (with near-copy links) and findings."""
    ids = [i for story in stories for i in story.article_ids]
    return assemble_report(stories, {a.id: _record(a) for a in store.iter_articles(ids)})


def assemble_report(stories: Sequence[Story], records: Mapping[str, ArticleRecord]) -> Report:
    """The report of stories whose article records are at hand; copy links from the stories.

    Stories come largest first, then by id, so the same input gives the same report.
    """
    ordered = sorted(stories, key=lambda s: (-len(s.article_ids), s.id))
    copies = {copy: original for story in ordered for copy, original in story.copies}
    return Report(
        generated_at=datetime.now(UTC).isoformat(timespec="seconds"),
        articles=tuple(
            replace(records[i], copy_of=copies.get(i)) for s in ordered for i in s.article_ids
        ),
        stories=tuple(ordered),
    )


def _record(article: Article) -> ArticleRecord:
    return ArticleRecord(
        id=article.id,
        source=article.source,
        title=article.title,
        url=article.url,
        published=article.published,
        language=article.language,
        copy_of=None,
        origin=article.origin,
    )


def _quiet(stage: str, done: int, total: int) -> None:
    """The default progress hook: say nothing."""
