"""Shared fixtures: the shared folder beside the repo, the seeds, and the models.

``models`` are the real ones (loaded once per test process, seconds); ``fake_models`` are
a blank spaCy pipeline that only splits sentences and a bag-of-words embedder, for tests
of what the pipeline does around the models (no parse, no entities, instant).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import spacy

from consilience.nlp.models import Models, shared_models
from consilience.store import Store
from fakes import HashEmbedder

pytest_plugins = ["pg_server", "local_http"]

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test that loads the real models, so `make test-fast` can leave them out."""
    for item in items:
        if "models" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.models)


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"the shared folder {SHARED} is absent (it holds data we may not ship)")
    return SHARED


@pytest.fixture(scope="session")
def seeds_dir(shared_dir: Path) -> Path:
    return shared_dir / "seeds"


@pytest.fixture(scope="session")
def models() -> Models:
    """The real models, loaded once per test process from their installed packages."""
    return shared_models()


@pytest.fixture(scope="session")
def fake_models() -> Models:
    """Stand-in models: sentences only, and word-overlap embeddings."""
    blank = spacy.blank("en")
    blank.add_pipe("sentencizer")
    return Models(spacy=blank, embedder=HashEmbedder())


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """A fresh SQLite store in the test's own folder (tests/store/ runs both backends)."""
    with Store(tmp_path / "c.db") as opened:
        yield opened
