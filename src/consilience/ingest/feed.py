"""RSS and Atom feeds: one article per entry, from its content or else its summary.

A feed read over HTTP can also fetch the page an entry links to when the entry carries
only a summary: `feed_articles` takes a page reader for that.
"""

from __future__ import annotations

import calendar
import time
from collections.abc import Callable, Container, Iterator, Mapping
from pathlib import Path
from typing import Any

import feedparser

from consilience.errors import InputError
from consilience.ingest.article import make_article
from consilience.ingest.clean import body, paragraphs
from consilience.ingest.decode import decode
from consilience.ingest.files import read_bytes, source_name
from consilience.ingest.html import fragment_text
from consilience.model import Article

PageReader = Callable[[str, Mapping[str, str | None]], Article]
"""Reads the page at a link into an Article; the mapping is the entry's metadata to keep."""


def read_feed(path: Path) -> Iterator[Article | InputError]:
    """Every entry of a feed file; an entry without text is reported, the others still read."""
    yield from feed_articles(str(path), read_bytes(path), source_name(path))


def feed_articles(
    where: str,
    data: bytes,
    fallback_source: str,
    pages: PageReader | None = None,
    known_links: Container[str] = (),
) -> Iterator[Article | InputError]:
    """Every entry of a feed's bytes, except those whose link is in ``known_links``.

    With ``pages``, an entry carrying only a summary is read from the page it links to.
    """
    decode(data, where)
    parsed = feedparser.parse(data)
    if not parsed.entries:
        problem = "no entries in the feed" if parsed.get("version") else "not an RSS or Atom feed"
        raise InputError(where, problem)
    feed = parsed.get("feed", {})
    source = feed.get("title") or fallback_source
    for number, entry in enumerate(parsed.entries, 1):
        link = entry.get("link")
        if link and link in known_links:
            continue
        try:
            if pages is not None and link and not _entry_content(entry):
                yield pages(link, _entry_metadata(entry, feed.get("language")))
            else:
                yield _entry_article(f"{where}#{number}", entry, source, feed.get("language"))
        except InputError as error:
            yield error


def _entry_metadata(entry: Any, language: str | None) -> dict[str, str | None]:
    """What an entry says about the article, to win over what its page says."""
    return {
        "title": fragment_text(entry.get("title") or "") or None,
        "published": _entry_date(entry),
        "language": language,
        "origin": _entry_origin(entry),
    }


def _entry_article(where: str, entry: Any, source: str, language: str | None) -> Article:
    raw = fragment_text(_entry_content(entry) or _entry_summary(entry))
    return make_article(
        where,
        source=source,
        url=entry.get("link"),
        text=body(paragraphs(raw)),
        raw=raw,
        **_entry_metadata(entry, language),
    )


def _entry_content(entry: Any) -> str:
    """The entry's full HTML content, or "" when it carries only a summary."""
    for content in entry.get("content") or []:
        if content.get("value", "").strip():
            return str(content["value"])
    return ""


def _entry_summary(entry: Any) -> str:
    return str(entry.get("summary") or "")


def _entry_origin(entry: Any) -> str | None:
    """The RSS ``<source>`` an entry credits (where its copy comes from), if any."""
    origin = entry.get("source") or {}
    title = origin.get("title") if hasattr(origin, "get") else None
    return str(title) if title else None


def _entry_date(entry: Any) -> str | None:
    for key in ("published_parsed", "updated_parsed"):
        parsed: time.struct_time | None = entry.get(key)
        if parsed:
            return time.strftime("%Y-%m-%dT%H:%M:%S+00:00", time.gmtime(calendar.timegm(parsed)))
    return entry.get("published") or entry.get("updated") or None
