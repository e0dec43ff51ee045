"""Watch rounds: poll every source, analyse only the stories that changed, and alert.

A round stores what is new at each source, assigns the new articles to stories,
cross-checks just the stories they touched and compares each with what was stored
before. The language models load only in a round that has something new.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from consilience.engines import Engine, LocalEngine
from consilience.errors import InputError
from consilience.ingest.fetch import Fetcher
from consilience.nlp import shared_models
from consilience.pipeline import ProgressHook, Stages
from consilience.store import Store
from consilience.watch.alerts import Alert, story_alerts
from consilience.watch.sources import poll

"""At most this many stored articles (all of a desk-sized store; beyond it, any of them) have
their statistics restored each round, so new articles can join the stories they belong to."""


@dataclass(frozen=True)
class Round:
    """What one round stored, the alerts it raised, and what could not be read."""

    added: tuple[str, ...]
    alerts: tuple[Alert, ...]
    failed: tuple[InputError, ...]


class Watcher:
    """Runs rounds over a fixed list of sources against one store."""

    def __init__(
        self,
        sources: Sequence[str],
        store: Store,
        fetcher: Fetcher,
        make_engine: Callable[[], Engine] | None = None,
    ) -> None:
        self.sources = tuple(sources)
        self.store = store
        self.fetcher = fetcher
        self._make_engine = make_engine or (lambda: LocalEngine(shared_models()))

    def round(self, progress: ProgressHook | None = None) -> Round:
        """One round over every source; a failing source is reported and the others go on."""
        hook = progress or _quiet
        added: list[str] = []
        failed: list[InputError] = []
        for done, source in enumerate(self.sources, 1):
            try:
                summary = poll(source, self.store, self.fetcher)
            except InputError as error:
                failed.append(error)
            else:
                added.extend(summary.added)
                failed.extend(summary.failed)
            hook("fetch", done, len(self.sources))
        alerts = self._analyse(added, hook) if added else []
        return Round(tuple(added), tuple(alerts), tuple(failed))

    def _analyse(self, ids: list[str], hook: ProgressHook) -> list[Alert]:
        """Cross-check the stories the new articles joined; alert on what changed."""
        stages = Stages(self.store, self._make_engine(), hook)
        stages.warm(ids)
        with self.store.stories_lock():
            members = stages.assign_stories(ids)
            before = {story_id: self.store.load_story(story_id) for story_id in members}
            stories, _ = stages.crosscheck(members)
        at = datetime.now(UTC).isoformat(timespec="seconds")
        return [alert for story in stories for alert in story_alerts(before[story.id], story, at)]


def run_rounds(
    watcher: Watcher,
    interval: float,
    stop: threading.Event,
    progress: ProgressHook | None = None,
) -> Iterator[Round]:
    """Rounds every ``interval`` seconds until ``stop`` is set (checked between rounds)."""
    while not stop.is_set():
        yield watcher.round(progress)
        stop.wait(interval)


def _quiet(stage: str, done: int, total: int) -> None:
    """The default progress hook: say nothing."""
