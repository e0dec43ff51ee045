"""Polling sources over real HTTP (127.0.0.1) and folders: only what is new is read."""

from __future__ import annotations

from pathlib import Path

import pytest

from consilience.errors import InputError
from consilience.ingest import Fetcher, FetchSettings
from consilience.store import Store
from consilience.watch import poll
from local_http import LocalSite, Route, cluttered_page, item, rss

FAST = FetchSettings(timeout=0.5, retries=0)
TEXT = "The harbour authority said on Tuesday that the new pier would open next spring."


def test_an_unchanged_feed_is_not_read_again(site: LocalSite, store: Store) -> None:
    site.routes["/feed"] = Route(
        rss([item(site.url("/a"), "Pier", "s", content=f"<p>{TEXT}</p>")]),
        content_type="application/rss+xml",
        headers={"ETag": '"v1"'},
    )
    with Fetcher(FAST) as fetcher:
        assert len(poll(site.url("/feed"), store, fetcher).added) == 1
        again = poll(site.url("/feed"), store, fetcher)
    assert again.added == again.duplicates == ()
    assert store.fetch_state(site.url("/feed")) == ('"v1"', None)


def test_a_grown_summary_feed_fetches_only_the_new_pages(site: LocalSite, store: Store) -> None:
    page = cluttered_page("Harbour Gazette", "Pier", [TEXT])
    site.routes["/a"] = Route(page)
    site.routes["/b"] = Route(cluttered_page("Quay News", "Pier", [TEXT + " Ferries wait."]))
    site.routes["/feed"] = Route(rss([item(site.url("/a"), "Pier", "s")]), content_type="text/xml")
    with Fetcher(FAST) as fetcher:
        poll(site.url("/feed"), store, fetcher)
        site.routes["/feed"] = Route(
            rss([item(site.url("/b"), "Ferries", "s"), item(site.url("/a"), "Pier", "s")]),
            content_type="text/xml",
        )
        grown = poll(site.url("/feed"), store, fetcher)
    assert len(grown.added) == 1
    assert site.hits == ["/feed", "/a", "/feed", "/b"]


def test_a_folder_reads_only_new_or_changed_files(tmp_path: Path, store: Store) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "one.txt").write_text(TEXT)
    with Fetcher(FAST) as fetcher:
        assert len(poll(str(folder), store, fetcher).added) == 1
        (folder / "two.txt").write_text("The ferry company hired forty new sailors this week.")
        second = poll(str(folder), store, fetcher)
    assert len(second.added) == 1 and second.duplicates == ()


def test_a_source_that_is_neither_url_nor_folder_is_an_error(store: Store) -> None:
    with Fetcher(FAST) as fetcher, pytest.raises(InputError, match="not an http"):
        poll("ftp://example.org/feed", store, fetcher)


def test_an_entry_whose_page_failed_is_retried_next_round(site: LocalSite, store: Store) -> None:
    site.routes["/feed"] = Route(
        rss([item(site.url("/a"), "Pier", "s")]), content_type="text/xml", headers={"ETag": "v1"}
    )
    site.routes["/a"] = Route(b"busy", 404, "text/plain")
    with Fetcher(FAST) as fetcher:
        assert poll(site.url("/feed"), store, fetcher).failed
        site.routes["/a"] = Route(cluttered_page("Harbour Gazette", "Pier", [TEXT]))
        assert len(poll(site.url("/feed"), store, fetcher).added) == 1


def test_an_entry_whose_link_redirects_is_not_fetched_again(site: LocalSite, store: Store) -> None:
    site.routes["/go/a"] = Route(status=302, headers={"Location": "/a"})
    site.routes["/a"] = Route(cluttered_page("Harbour Gazette", "Pier", [TEXT]))
    site.routes["/feed"] = Route(
        rss([item(site.url("/go/a"), "Pier", "s")]), content_type="text/xml"
    )
    with Fetcher(FAST) as fetcher:
        assert len(poll(site.url("/feed"), store, fetcher).added) == 1
        site.hits.clear()
        again = poll(site.url("/feed"), store, fetcher)
    assert again.added == again.duplicates == ()
    assert site.hits == ["/feed"]
