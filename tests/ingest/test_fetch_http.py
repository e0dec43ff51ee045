"""Ingest over real HTTP from a server on 127.0.0.1 (never the internet)."""

from __future__ import annotations

import tracemalloc
import zlib

from consilience.ingest import Fetcher, FetchSettings, ingest
from consilience.ingest.fetch import user_agent
from consilience.store import Store
from local_http import LocalSite, Route, cluttered_page, item, rss

FAST = FetchSettings(timeout=0.5, max_bytes=200_000, max_redirects=3, retries=1, backoff=0.01)
PARAGRAPHS = [
    "The harbour authority of Portville said on Tuesday that the new pier would open next "
    "spring after two years of construction work.",
    "Ferries will double their crossings in the summer, the authority's director told "
    "reporters at the site.",
]


def test_full_text_feed(site: LocalSite, store: Store) -> None:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    site.routes["/feed"] = Route(
        rss([item(site.url("/a"), "Pier opens", "Short.", content=body)], "Portville Post"),
        content_type="application/rss+xml",
    )
    summary = ingest([site.url("/feed")], store, fetcher=Fetcher(FAST))
    assert len(summary.added) == 1 and not summary.failed
    article = store.get_article(summary.added[0])
    assert article is not None
    assert article.source == "Portville Post"
    assert "Ferries will double" in article.text
    assert site.hits == ["/feed"]  # a full-text entry needs no page fetch


def test_summary_only_feed_fetches_the_linked_pages_main_text(
    site: LocalSite, store: Store
) -> None:
    site.routes["/feed"] = Route(
        rss([item(site.url("/pier"), "Pier to open in spring", "The pier opens.")]),
        content_type="text/xml",
    )
    site.routes["/pier"] = Route(
        cluttered_page("Harbour Gazette", "Pier to open in spring", PARAGRAPHS, "2026-03-03")
    )
    summary = ingest([site.url("/feed")], store, fetcher=Fetcher(FAST))
    assert not summary.failed
    article = store.get_article(summary.added[0])
    assert article is not None
    assert article.source == "Harbour Gazette"
    assert article.title == "Pier to open in spring"
    assert article.url == site.url("/pier")
    assert article.published == "2026-03-03"
    assert "Ferries will double" in article.text
    for clutter in ("cookies", "ADVERTISEMENT", "Section 3", "Celebrity chef", "newsletter"):
        assert clutter not in article.text


def test_a_page_url_is_one_article(site: LocalSite, store: Store) -> None:
    site.routes["/pier"] = Route(cluttered_page("Harbour Gazette", "Pier", PARAGRAPHS))
    summary = ingest([site.url("/pier")], store, fetcher=Fetcher(FAST))
    assert len(summary.added) == 1


def test_failing_sources_are_reported_and_the_others_stored(site: LocalSite, store: Store) -> None:
    site.routes["/ok"] = Route(cluttered_page("Harbour Gazette", "Pier", PARAGRAPHS))
    site.routes["/broken"] = Route(b"oops", 500, "text/plain")
    site.routes["/slow"] = Route(cluttered_page("Slow Times", "Pier", PARAGRAPHS), delay=2.0)
    urls = [site.url("/broken"), site.url("/slow"), site.url("/ok")]
    summary = ingest(urls, store, fetcher=Fetcher(FAST))
    assert len(summary.added) == 1
    problems = {error.path: error.problem for error in summary.failed}
    assert problems[site.url("/broken")] == "the server answered 500"
    assert problems[site.url("/slow")].startswith("timed out")
    assert site.hits.count("/broken") == 2  # retried once


def test_a_response_over_the_size_cap_is_refused(site: LocalSite, store: Store) -> None:
    site.routes["/huge"] = Route(b"<p>" + b"word " * 100_000 + b"</p>")
    summary = ingest([site.url("/huge")], store, fetcher=Fetcher(FAST))
    assert not summary.added
    assert "over the" in summary.failed[0].problem


def _gzip_bomb(inflated: int) -> bytes:
    """``inflated`` bytes of one page, gzip-compressed (about a thousandth the size)."""
    packer = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    parts = [packer.compress(b"<html><body><p>")]
    parts += [packer.compress(b" " * 2**20) for _ in range(inflated // 2**20)]
    return b"".join([*parts, packer.flush()])


def test_a_gzip_bomb_is_cut_off_at_the_cap_without_inflating_it(
    site: LocalSite, store: Store
) -> None:
    site.routes["/bomb"] = Route(_gzip_bomb(64 * 2**20), headers={"Content-Encoding": "gzip"})
    tracemalloc.start()
    try:
        summary = ingest([site.url("/bomb")], store, fetcher=Fetcher(FAST))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert [(e.path, e.problem) for e in summary.failed] == [
        (site.url("/bomb"), "response is over the 0.190735 MB limit")
    ]
    assert peak < 8 * 2**20  # 64 MB inflated in one go before


def test_a_gzipped_page_is_read_and_a_corrupt_one_reported(site: LocalSite, store: Store) -> None:
    page = cluttered_page("Portville Post", "Pier to open", PARAGRAPHS)
    site.routes["/zipped"] = Route(
        zlib.compress(page, wbits=31), headers={"Content-Encoding": "gzip"}
    )
    site.routes["/corrupt"] = Route(b"not gzip at all", headers={"Content-Encoding": "gzip"})
    summary = ingest([site.url("/zipped"), site.url("/corrupt")], store, fetcher=Fetcher(FAST))
    assert len(summary.added) == 1
    assert summary.failed[0].path == site.url("/corrupt")
    assert summary.failed[0].problem.startswith("cannot decompress the gzip body")


def test_a_redirect_loop_is_refused(site: LocalSite, store: Store) -> None:
    site.routes["/a"] = Route(status=302, headers={"Location": "/b"})
    site.routes["/b"] = Route(status=302, headers={"Location": "/a"})
    summary = ingest([site.url("/a")], store, fetcher=Fetcher(FAST))
    assert summary.failed[0].problem == "more than 3 redirects (a redirect loop?)"


def test_requests_say_who_is_fetching() -> None:
    assert user_agent().startswith("consilience/")


def test_an_entry_linking_to_a_non_http_page_is_reported(site: LocalSite, store: Store) -> None:
    site.routes["/feed"] = Route(
        rss([item("file:///etc/passwd", "Local", "s")]), content_type="application/rss+xml"
    )
    summary = ingest([site.url("/feed")], store, fetcher=Fetcher(FAST))
    assert [e.problem for e in summary.failed] == ["the entry links to no http(s) page"]


def test_a_server_dripping_bytes_is_cut_off(site: LocalSite, store: Store) -> None:
    site.routes["/drip"] = Route(cluttered_page("Slow Times", "Pier", PARAGRAPHS), drip=0.1)
    settings = FetchSettings(timeout=1.0, deadline=0.5, retries=0)
    summary = ingest([site.url("/drip")], store, fetcher=Fetcher(settings))
    assert summary.failed[0].problem == "no complete answer within 0.5 s"
