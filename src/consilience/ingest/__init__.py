"""Reading articles from files and URLs: text, Markdown, HTML, RSS/Atom, JSONL and WARC.

`read_inputs` turns paths and http(s) URLs into Articles (and an InputError per
unreadable input); `ingest` stores them, a batch per transaction, and says what was new.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from consilience.errors import InputError
from consilience.ingest.fetch import Fetcher, FetchSettings
from consilience.ingest.files import expand
from consilience.ingest.registry import FORMATS, READERS, read_file
from consilience.ingest.urls import Found, is_url, read_url
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


def read_inputs(
    paths: Sequence[str | Path], fetcher: Fetcher | None = None
) -> Iterator[Article | InputError]:
    """Every article in the files, folders and URLs named, in a deterministic order."""
    items = _inputs(paths)
    with _client(fetcher, any(isinstance(item, str) for item in items)) as client:
        for item in items:
            yield from (found for _, found in _read(item, client))


def _inputs(paths: Sequence[str | Path]) -> list[Path | str | InputError]:
    """URLs as given, then every file the paths name."""
    urls: list[Path | str | InputError] = [p for p in paths if isinstance(p, str) and is_url(p)]
    return urls + list(expand([p for p in paths if not is_url(p)], FORMATS))


def _read(item: Path | str | InputError, fetcher: Fetcher | None) -> Iterator[Found]:
    """What an input holds, each with where it was read from (a file, a URL, an entry's link)."""
    if isinstance(item, InputError):
        yield item.path, item
    elif isinstance(item, str) and fetcher is not None:
        yield from read_url(item, fetcher)
    else:
        yield from ((str(item), found) for found in read_file(Path(item)))


@contextmanager
def _client(given: Fetcher | None, needed: bool) -> Iterator[Fetcher | None]:
    """The caller's fetcher (left open), else one for this call when there are URLs."""
    if given is not None or not needed:
        yield given
        return
    with Fetcher() as fetcher:
        yield fetcher


def ingest(
    paths: Sequence[str | Path],
    store: ArticleStore,
    on_progress: ProgressCallback | None = None,
    batch_size: int = BATCH_SIZE,
    fetcher: Fetcher | None = None,
) -> IngestSummary:
    """Read the inputs and store what is new, one transaction per batch of articles."""
    items = _inputs(paths)

    def found() -> Iterator[Found]:
        with _client(fetcher, any(isinstance(item, str) for item in items)) as client:
            for done, item in enumerate(items, 1):
                yield from _read(item, client)
                if on_progress:
                    on_progress(done, len(items))

    return store_found(found(), store, batch_size)


def store_found(
    found: Iterable[Found], store: ArticleStore, batch_size: int = BATCH_SIZE
) -> IngestSummary:
    """Store the articles read (each with the input it came from), a batch per transaction."""
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

    for where, item in found:
        if isinstance(item, InputError):
            failed.append(item)
        elif item.id in pending:
            duplicates.append(item.id)
        else:
            pending[item.id] = item
            origins[item.id] = where
            if len(pending) >= batch_size:
                flush()
    flush()
    return IngestSummary(tuple(added), tuple(duplicates), tuple(failed))


__all__ = [
    "FORMATS",
    "READERS",
    "FetchSettings",
    "Fetcher",
    "IngestSummary",
    "ingest",
    "read_inputs",
    "store_found",
]
