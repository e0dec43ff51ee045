"""A real store filled by the real pipeline from small hand-written articles, shared per module."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from playwright.sync_api import Browser, sync_playwright
from web_fixtures import articles, xss_article

from consilience import analyze
from consilience.engines import LocalEngine
from consilience.model import Report
from consilience.nlp.models import Models
from consilience.store import Store
from consilience.web import create_app

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """Debian's headless Chromium, driven by Playwright."""
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing: install Debian's chromium to run browser tests")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def filled(
    tmp_path_factory: pytest.TempPathFactory, models: Models
) -> Iterator[tuple[Store, Report]]:
    path: Path = tmp_path_factory.mktemp("web") / "c.db"
    with Store(path) as store:
        inputs = [*articles(), xss_article()]
        report = analyze(inputs, store=store, engine=LocalEngine(models)).report
        yield store, report


@pytest.fixture(scope="module")
def app(filled: tuple[Store, Report], models: Models) -> FastAPI:
    return create_app(filled[0], engine=LocalEngine(models), max_upload_bytes=200_000)


@pytest.fixture(scope="module")
def client(app: FastAPI) -> TestClient:
    return TestClient(app)
