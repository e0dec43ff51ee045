"""Browsing in headless Chromium: search by another spelling, paging, and /docs offline."""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest
from newsroom import STORY_COUNT, fill, serve
from playwright.sync_api import Browser, Route

from consilience.store import Store
from consilience.web import create_app

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with Store(tmp_path_factory.mktemp("browse-ui") / "c.db") as store:
        fill(store)
        with serve(create_app(store)) as url:
            yield url


def test_search_finds_a_story_by_another_spelling_of_a_name(
    browser: Browser, base_url: str
) -> None:
    page = browser.new_page()
    page.goto(base_url + "/")
    page.fill("input[name=q]", "Qaddafi")
    page.click("form.search button[type=submit]")
    page.wait_for_url("**/?q=Qaddafi*")
    titles = page.locator("table.stories tbody a").all_inner_texts()
    assert titles == ["Gaddafi speaks in Sirte"]


def test_paging_walks_every_story_exactly_once(browser: Browser, base_url: str) -> None:
    page = browser.new_page()
    page.goto(base_url + "/?limit=5")
    seen: list[str] = []
    while True:
        seen.extend(
            link.get_attribute("href") or "" for link in page.locator("table.stories tbody a").all()
        )
        following = page.locator("nav.paging a[rel=next]")
        if not following.count():
            break
        following.click()
        page.wait_for_load_state()
    assert len(seen) == STORY_COUNT == len(set(seen))


def test_docs_render_their_operations_with_the_network_blocked(
    browser: Browser, base_url: str
) -> None:
    page = browser.new_page()
    outside: list[str] = []

    def local_only(route: Route) -> None:
        if urlsplit(route.request.url).hostname == "127.0.0.1":
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    page.route("**/*", local_only)
    page.goto(base_url + "/docs")
    page.wait_for_selector(".opblock-summary-path", timeout=20_000)
    paths = page.locator(".opblock-summary-path").all_inner_texts()
    assert {"/api/stories", "/api/entities/{entity_id}"} <= {p.strip() for p in paths}
    assert outside == []
