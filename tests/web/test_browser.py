"""End to end in headless Chromium: the seeds' story as a reader sees it, and hostile markup."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from newsroom import serve
from playwright.sync_api import Browser, Page
from web_fixtures import TEXTS, xss_article

from consilience import analyze
from consilience.engines import LocalEngine
from consilience.nlp.models import Models
from consilience.store import Store
from consilience.web import create_app

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def base_url(
    seeds_dir: Path, tmp_path_factory: pytest.TempPathFactory, models: Models
) -> Iterator[str]:
    """The app over the seeds (and one hostile article) served by uvicorn in a thread."""
    engine = LocalEngine(models)
    with Store(tmp_path_factory.mktemp("browser") / "c.db") as store:
        analyze([str(seeds_dir)], store=store, engine=engine)
        analyze([xss_article()], store=store, engine=engine)
        with serve(create_app(store, engine=engine)) as url:
            yield url


def _open_story(page: Page, base_url: str) -> None:
    page.goto(base_url + "/")
    page.locator("table.stories a").first.click()
    page.wait_for_selector("h2#claims")


def _screenshots(tmp_path: Path) -> Path:
    """Where the story page's screenshots go: the README's only when asked (`make screenshots`).

    A test run must leave a checkout as it found it.
    """
    folder = Path(os.environ.get("CONSILIENCE_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def test_story_shows_contested_claim_and_altered_quote(
    browser: Browser, base_url: str, tmp_path: Path
) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    _open_story(page, base_url)
    assert page.locator(".card.contested").count() >= 1
    assert page.locator("tr.altered mark").count() >= 1
    shots = _screenshots(tmp_path)
    page.screenshot(path=str(shots / "story-desktop.png"), full_page=False)
    phone = browser.new_page(viewport={"width": 390, "height": 844})
    _open_story(phone, base_url)
    phone.screenshot(path=str(shots / "story-phone.png"), full_page=False)
    assert (shots / "story-desktop.png").stat().st_size > 0


def test_pasted_articles_become_a_story(browser: Browser, base_url: str) -> None:
    page = browser.new_page()
    page.goto(base_url + "/analyze")
    pasted = "\n---\n".join(
        f"{source}\n{title}\n{text}" for source, (title, text) in list(TEXTS.items())[:2]
    )
    page.fill("#pasted", pasted)
    page.click("button[type=submit]")
    page.wait_for_selector("h2#claims", timeout=60_000)
    assert "/stories/" in page.url
    assert page.locator("ol.sources li").count() >= 2


def test_hostile_markup_renders_as_text_and_never_runs(browser: Browser, base_url: str) -> None:
    page = browser.new_page()
    # The hostile article may have joined another story, whose headline then leads.
    page.goto(base_url + "/?outlet=Evil+Outlet")
    page.locator("table.stories a").first.click()
    page.locator("ol.sources a", has_text="Evil Outlet").first.click()
    assert "<script>" in page.locator("h1").inner_text()
    assert "<script>" in page.locator("article.text").inner_text()
    assert page.evaluate("() => window.pwned === undefined")


def test_claim_matrix_filter_keeps_only_number_and_date_disputes(
    browser: Browser, base_url: str
) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    _open_story(page, base_url)
    matrix = page.locator("table#claim-matrix")
    rows = matrix.locator("tbody tr")
    total, disputed = rows.count(), matrix.locator("tbody tr.disputed").count()
    assert total == page.locator("section[aria-labelledby=claims] .card").count()
    assert 1 <= disputed < total
    assert matrix.locator("td.contradicts").first.inner_text().startswith("✗ contradicts")
    page.check("#only-disputed")
    assert sum(rows.nth(i).is_visible() for i in range(total)) == disputed
    page.uncheck("#only-disputed")
    assert sum(rows.nth(i).is_visible() for i in range(total)) == total


def test_claim_matrix_is_plain_html_without_javascript(browser: Browser, base_url: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    _open_story(page, base_url)
    assert page.locator("table#claim-matrix td.states").count() >= 1
    page.check("#only-disputed")
    assert page.locator("table#claim-matrix tr.undisputed").first.is_hidden()
    context.close()


def test_a_part_of_a_sentence_is_shown_in_its_sentence(browser: Browser, base_url: str) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    _open_story(page, base_url)
    shown = page.locator("section[aria-labelledby=claims] .in-sentence").first
    part = shown.locator("strong.part").inner_text()
    sentence = shown.inner_text()
    assert part and part in sentence and len(sentence) > len(part) + 2
