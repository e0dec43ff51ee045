"""Polling one watched source: a feed or page URL (conditional GET) or a folder (new files).

What a source last answered is kept in the store (HTTP ETag / Last-Modified, or a file's
size and modification time), so a round on an unchanged source reads nothing again.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from consilience.errors import InputError
from consilience.ingest import IngestSummary, store_found
from consilience.ingest.fetch import Fetcher
from consilience.ingest.files import expand
from consilience.ingest.registry import FORMATS, read_file
from consilience.ingest.urls import is_url, read_fetched
from consilience.model import Article
from consilience.store import Store

NOTHING = IngestSummary((), (), ())


class StoredLinks:
    """The links the store already holds an article for (a feed's old entries).

    An entry is known by its article's URL, or by the link its article was read from.
    """

    def __init__(self, store: Store) -> None:
        self._store = store

    def __contains__(self, link: object) -> bool:
        return isinstance(link, str) and bool(self._store.known_urls([link]))


def poll(source: str, store: Store, fetcher: Fetcher) -> IngestSummary:
    """Store what is new at a source; an InputError when the source itself cannot be read."""
    if is_url(source):
        return _poll_url(source, store, fetcher)
    path = Path(source).expanduser()
    if path.is_dir() or path.is_file():
        return _poll_files(path, store)
    raise InputError(source, "not an http(s) URL, a file or a folder")


def _poll_url(url: str, store: Store, fetcher: Fetcher) -> IngestSummary:
    etag, last_modified = store.fetch_state(url)
    fetched = fetcher.get(url, etag, last_modified)
    if fetched.status == 304:
        return NOTHING
    summary = store_found(read_fetched(fetched, fetcher, StoredLinks(store)), store)
    # An entry that failed (its page did not answer) is retried by a full request next round.
    if (fetched.etag or fetched.last_modified) and not summary.failed:
        store.save_fetch_state(url, fetched.etag, fetched.last_modified)
    return summary


def _poll_files(path: Path, store: Store) -> IngestSummary:
    """Read the files that are new or changed since the last round."""
    changed: list[tuple[Path, str]] = []
    for item in expand([path], FORMATS):
        if isinstance(item, InputError):
            raise item
        stat = item.stat()
        stamp = f"{stat.st_size}:{stat.st_mtime_ns}"
        if store.fetch_state(str(item))[0] != stamp:
            changed.append((item, stamp))

    def found() -> Iterator[tuple[str, Article | InputError]]:
        for item, _ in changed:
            yield from ((str(item), result) for result in read_file(item))

    summary = store_found(found(), store)
    for item, stamp in changed:
        store.save_fetch_state(str(item), stamp, None)
    return summary
