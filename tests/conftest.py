"""Shared fixtures: the shared folder beside the repo, the seeds, and the loaded models."""

from __future__ import annotations

from pathlib import Path

import pytest

from consilience.nlp.models import Models, shared_models

pytest_plugins = ["pg_server"]

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


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
