"""An analysis in another process while this one stores and analyses articles on the same
store (SQLite and PostgreSQL): every article once, assigned once, and every stored story
holds exactly its members."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from consilience.engines import LocalEngine
from consilience.ingest import read_inputs
from consilience.model import Article
from consilience.nlp.models import Models
from consilience.pipeline import analyze
from consilience.store import Store
from pg_server import fresh_postgres_database

CLI = str(Path(sys.executable).parent / "consilience")


@pytest.mark.slow
@pytest.mark.parametrize(
    "backend", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def test_api_writes_while_analyze_runs_leave_consistent_stories(
    shared_dir: Path, tmp_path: Path, models: Models, backend: str, request: pytest.FixtureRequest
) -> None:
    lines = (shared_dir / "data" / "ecbplus_dev.jsonl").read_text("utf-8").splitlines()[:24]
    (tmp_path / "cli.jsonl").write_text("\n".join(lines[::2]) + "\n", "utf-8")
    (tmp_path / "api.jsonl").write_text("\n".join(lines[1::2]) + "\n", "utf-8")
    posted = [a for a in read_inputs([tmp_path / "api.jsonl"]) if isinstance(a, Article)]
    read = read_inputs([tmp_path / "cli.jsonl", tmp_path / "api.jsonl"])
    expected = {a.id for a in read if isinstance(a, Article)}
    db = (
        str(tmp_path / "c.db")
        if backend == "sqlite"
        else fresh_postgres_database(request.getfixturevalue("postgres_url"))
    )
    command = [CLI, "analyze", str(tmp_path / "cli.jsonl"), "--db", db, "-o", "/dev/null"]
    other = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    with Store(db) as store:
        for first in range(0, len(posted), 3):
            analyze(posted[first : first + 3], store=store, engine=LocalEngine(models))
        _, errors = other.communicate(timeout=900)
        assert other.returncode == 0, errors.decode()
        assert b"locked" not in errors
        ids = [a.id for a in store.iter_articles()]
        assignments = store.load_assignments()
        stories = store.list_stories()
    assert len(ids) == len(set(ids))
    assert set(ids) == expected
    assert sorted(assignments) == sorted(ids)
    for story in stories:
        members = {a for a, s in assignments.items() if s == story.id}
        assert set(story.article_ids) == members, json.dumps(story.id)
    assert {s.id for s in stories} == set(assignments.values())
