"""Reading articles from files: text, Markdown, HTML, RSS/Atom, JSONL and WARC.

`read_inputs` turns paths into Articles (and an InputError per unreadable input);
`ingest` stores them, a batch per transaction, and says what was new.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from consilience.errors import InputError
from consilience.ingest.files import expand
from consilience.ingest.registry import FORMATS, READERS, read_file
from consilience.model import Article

BATCH_SIZE = 200

ProgressCallback = Callable[[int, int], None]
"""Called as ``on_progress(files_done, files_total)``."""


class Added(Protocol):
    """Which offered articles a store took as new and which it already held."""

    @property
    def added(self) -> Sequence[str]: ...

    @property
    def duplicates(self) -> Sequence[str]: ...


class ArticleStore(Protocol):
    """Where ingest puts articles (the `Store`, a later stage ingest must not import)."""

    def add_articles(
        self, articles: Sequence[Article], batch_size: int, origins: Mapping[str, str]
    ) -> Added: ...


@dataclass(frozen=True)
class IngestSummary:
    """What one ingest stored, already held, and could not read."""

    added: tuple[str, ...]
    duplicates: tuple[str, ...]
    failed: tuple[InputError, ...]


def read_inputs(paths: Sequence[str | Path]) -> Iterator[Article | InputError]:
    """Every article in the files and folders named, in a deterministic order."""
    for item in expand(paths, FORMATS):
        if isinstance(item, InputError):
            yield item
        else:
            yield from read_file(item)


def ingest(
    paths: Sequence[str | Path],
    store: ArticleStore,
    on_progress: ProgressCallback | None = None,
    batch_size: int = BATCH_SIZE,
) -> IngestSummary:
    """Read the inputs and store what is new, one transaction per batch of articles."""
    files = list(expand(paths, FORMATS))
    added: list[str] = []
    duplicates: list[str] = []
    failed: list[InputError] = []
    pending: dict[str, Article] = {}
    origins: dict[str, str] = {}

    def flush() -> None:
        result = store.add_articles(list(pending.values()), batch_size, origins)
        added.extend(result.added)
        duplicates.extend(result.duplicates)
        pending.clear()
        origins.clear()

    for done, item in enumerate(files, 1):
        for found in [item] if isinstance(item, InputError) else read_file(item):
            if isinstance(found, InputError):
                failed.append(found)
            elif found.id in pending:
                duplicates.append(found.id)
            else:
                pending[found.id] = found
                origins[found.id] = str(item)
                if len(pending) >= batch_size:
                    flush()
        if on_progress:
            on_progress(done, len(files))
    flush()
    return IngestSummary(tuple(added), tuple(duplicates), tuple(failed))


__all__ = ["FORMATS", "READERS", "IngestSummary", "ingest", "read_inputs"]
