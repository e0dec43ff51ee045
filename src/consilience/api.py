"""The public API: everything the CLI, the web app and Python callers use.

The interfaces parse their arguments, call these, and render what comes back; they
import nothing below this module but the data model, the errors and the renderers, so
the same input gives the same report whichever way it comes in.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from consilience.engines import Engine, EngineName, LocalEngine, make_engine
from consilience.ingest import Fetcher, IngestSummary, ProgressCallback
from consilience.ingest import ingest as _ingest
from consilience.ingest.article import make_article
from consilience.model import Report
from consilience.nlp.models import ModelInfo, describe_models, shared_models
from consilience.pipeline import (
    Analysis,
    Input,
    ProgressHook,
    analyze,
    build_report,
    group_stories,
)
from consilience.store import EntityRecord, Store, StoryPage, StoryQuery, StoryRow
from consilience.store.index import MAX_LIMIT, Sort
from consilience.watch import Alert, Round, Watcher, run_rounds

__all__ = [
    "MAX_LIMIT",
    "Alert",
    "Analysis",
    "Engine",
    "EngineName",
    "EntityRecord",
    "Fetcher",
    "IngestSummary",
    "Input",
    "LocalEngine",
    "ModelInfo",
    "ProgressHook",
    "Round",
    "Sort",
    "Store",
    "StoryPage",
    "StoryQuery",
    "StoryRow",
    "Watcher",
    "analyze",
    "build_report",
    "check_models",
    "group_stories",
    "make_article",
    "make_engine",
    "run_rounds",
    "store_inputs",
    "story_report",
]


def store_inputs(
    paths: Sequence[str | Path], store: Store, on_progress: ProgressCallback | None = None
) -> IngestSummary:
    """Read files and folders into the store without analysing them."""
    return _ingest(paths, store, on_progress=on_progress)


def story_report(store: Store, story_id: str) -> Report | None:
    """The report of one stored story (None when there is none): as `analyze` reported it."""
    story = store.load_story(story_id)
    return build_report(store, [story]) if story is not None else None


def check_models() -> list[ModelInfo]:
    """Which models are in use; loads them, so a broken package raises ModelError now."""
    infos = describe_models()
    shared_models()
    return infos
