"""Articles from URLs: a feed's entries, or one page's main text.

A feed entry carrying only a summary has its linked page fetched and its main text
extracted; the entry's title, date and credited origin win over the page's, and the
page's site name is the source (each linked outlet is itself, not the feed).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Container, Iterator, Mapping
from urllib.parse import urlsplit

from consilience.errors import InputError
from consilience.ingest.decode import decode
from consilience.ingest.feed import feed_articles
from consilience.ingest.fetch import Fetched, Fetcher
from consilience.ingest.html import html_article, meta_charset
from consilience.model import Article

FEED_TYPES = ("rss", "atom", "application/xml", "text/xml", "rdf")
FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:rdf)[\s>]", re.I)


def is_url(value: object) -> bool:
    """Whether an input names an http(s) URL rather than a path."""
    return isinstance(value, str) and urlsplit(value).scheme.lower() in {"http", "https"}


Found = tuple[str, Article | InputError]
"""An article (or why one could not be read) and the URL it was read from."""


def read_url(url: str, fetcher: Fetcher, known_links: Container[str] = ()) -> Iterator[Found]:
    """The articles at a URL (a feed's entries or one page), or an InputError naming it."""
    try:
        fetched = fetcher.get(url)
        yield from read_fetched(fetched, fetcher, known_links)
    except InputError as error:
        yield url, error


def read_fetched(
    fetched: Fetched, fetcher: Fetcher, known_links: Container[str] = ()
) -> Iterator[Found]:
    """The articles of a fetched response: every new feed entry, or the page's article.

    An entry read from its linked page is paired with the link (its page may redirect or
    name another canonical URL), so a later round knows the entry by the feed's link.
    """
    if not is_feed(fetched):
        yield fetched.url, _page(fetched, {})
        return
    links: dict[str, str] = {}

    def linked_page(link: str, entry: Mapping[str, str | None]) -> Article:
        if not is_url(link):
            raise InputError(link, "the entry links to no http(s) page")
        article = _page(fetcher.get(link), entry)
        links[article.id] = link
        return article

    host = urlsplit(fetched.url).hostname or fetched.url
    for item in feed_articles(fetched.url, fetched.content, host, linked_page, known_links):
        where = links.get(item.id) if isinstance(item, Article) else None
        yield where or fetched.url, item


def is_feed(fetched: Fetched) -> bool:
    """Whether a response is a feed: by its Content-Type, else by its root element."""
    kind = fetched.content_type.split(";")[0].strip().lower()
    if any(name in kind for name in FEED_TYPES):
        return True
    return "html" not in kind and FEED_ROOT.search(fetched.content[:4096]) is not None


def _page(fetched: Fetched, entry: Mapping[str, str | None]) -> Article:
    """A page's article; its canonical URL when it names one, else the URL fetched."""
    declared = fetched.charset or meta_charset(fetched.content)
    html = decode(fetched.content, fetched.url, declared)
    host = urlsplit(fetched.url).hostname or fetched.url
    article = html_article(fetched.url, html, fallback_source=host, overrides=dict(entry))
    return article if article.url else dataclasses.replace(article, url=fetched.url)
