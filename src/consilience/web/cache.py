"""Rendered pages and reports kept in memory, keyed by the digest of the story they show.

Building a story's page or report, or an article's page with its claims highlighted,
decodes the story, reads its articles and renders them: milliseconds each time, for an
answer that only changes when the story is cross-checked again. The key holds the story's
digest, so a re-checked story is rendered afresh and the stale entry ages out. One cache
per app; the byte bound keeps memory flat.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable

MAX_BYTES = 64 * 2**20
"""Rendered bytes kept: a few hundred story pages."""

Key = tuple[str, str, str]
"""(what was rendered, its id, the digest of the story it shows or "" for none)."""


class RenderCache:
    """A least-recently-used map from a key to rendered bytes, at most ``max_bytes`` in all.

    Routes run on a thread pool, so the map is guarded by a lock; rendering runs outside it.
    """

    def __init__(self, max_bytes: int = MAX_BYTES) -> None:
        self.max_bytes = max_bytes
        self._items: OrderedDict[Key, bytes] = OrderedDict()
        self._size = 0
        self._lock = threading.Lock()

    def get(self, key: Key, make: Callable[[], bytes]) -> bytes:
        """The bytes kept under ``key``, or ``make()``'s, kept when they fit."""
        with self._lock:
            found = self._items.get(key)
            if found is not None:
                self._items.move_to_end(key)
                return found
        made = make()
        if len(made) <= self.max_bytes:
            self._keep(key, made)
        return made

    def _keep(self, key: Key, value: bytes) -> None:
        with self._lock:
            self._size += len(value) - len(self._items.pop(key, b""))
            self._items[key] = value
            while self._size > self.max_bytes:
                _, dropped = self._items.popitem(last=False)
                self._size -= len(dropped)
