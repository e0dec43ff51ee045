"""RSS and Atom feeds: one article per entry, from its content or else its summary."""

from __future__ import annotations

import calendar
import time
from collections.abc import Iterator
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


def read_feed(path: Path) -> Iterator[Article | InputError]:
    """Every entry of a feed; an entry without text is reported, the others still read."""
    data = read_bytes(path)
    decode(data, str(path))
    parsed = feedparser.parse(data)
    if not parsed.entries:
        problem = "no entries in the feed" if parsed.get("version") else "not an RSS or Atom feed"
        raise InputError(str(path), problem)
    feed = parsed.get("feed", {})
    source = feed.get("title") or source_name(path)
    for number, entry in enumerate(parsed.entries, 1):
        try:
            yield _entry_article(f"{path}#{number}", entry, source, feed.get("language"))
        except InputError as error:
            yield error


def _entry_article(where: str, entry: Any, source: str, language: str | None) -> Article:
    html = _entry_html(entry)
    return make_article(
        where,
        source=source,
        title=fragment_text(entry.get("title") or "") or None,
        url=entry.get("link"),
        published=_entry_date(entry),
        language=language,
        text=body(paragraphs(fragment_text(html))),
    )


def _entry_html(entry: Any) -> str:
    """The entry's fullest text: HTML content when present, else the summary."""
    contents = entry.get("content") or []
    for content in contents:
        if content.get("value", "").strip():
            return str(content["value"])
    return str(entry.get("summary") or "")


def _entry_date(entry: Any) -> str | None:
    for key in ("published_parsed", "updated_parsed"):
        parsed: time.struct_time | None = entry.get(key)
        if parsed:
            return time.strftime("%Y-%m-%dT%H:%M:%S+00:00", time.gmtime(calendar.timegm(parsed)))
    return entry.get("published") or entry.get("updated") or None
