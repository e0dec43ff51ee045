"""Several processes writing one store at once: every article once, no lock or key error."""

from __future__ import annotations

import json
import multiprocessing
import threading
from functools import partial
from multiprocessing.queues import Queue
from multiprocessing.synchronize import Event
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from consilience.ingest import ingest
from consilience.model import Story
from consilience.store import Store, schema
from consilience.store.store import database_url

ARTICLES = 300
STORY = Story("s1", "A story", (), 0, (), (), (), (), ())


def _jsonl(path: Path) -> Path:
    lines = (
        json.dumps({"source": f"Outlet {n % 7}", "text": f"Article number {n} says a thing."})
        for n in range(ARTICLES)
    )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _ingest(url: str, source: Path, start: Event, answers: Queue[tuple[int, int]]) -> None:
    start.wait()
    with Store(url) as store:
        summary = ingest([source], store, batch_size=50)
    answers.put((len(summary.added), len(summary.duplicates)))


def test_two_ingest_processes_store_each_article_once(store_url: str, tmp_path: Path) -> None:
    source = _jsonl(tmp_path / "many.jsonl")
    context = multiprocessing.get_context("fork")
    start = context.Event()
    answers: Queue[tuple[int, int]] = context.Queue()
    runs = [context.Process(target=_ingest, args=(store_url, source, start, answers)) for _ in "ab"]
    for run in runs:
        run.start()
    start.set()
    counts = [answers.get(timeout=120) for _ in runs]
    for run in runs:
        run.join(timeout=30)
        assert run.exitcode == 0
    added, duplicates = (sum(column) for column in zip(*counts, strict=True))
    assert (added, duplicates) == (ARTICLES, ARTICLES)
    with Store(store_url) as store:
        assert store.article_count() == ARTICLES
        assert len({a.id for a in store.iter_articles()}) == ARTICLES


def test_two_writers_of_one_story_leave_one_consistent_answer(store_url: str) -> None:
    ids = [f"a{n}" for n in range(200)]
    errors: list[BaseException] = []

    def write(story_id: str) -> None:
        try:
            with Store(store_url) as store:
                for _ in range(10):
                    store.save_assignments(dict.fromkeys(ids, story_id))
                    store.save_story(STORY, "1")
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=write, args=(name,)) for name in ("s1", "s2")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with Store(store_url) as store:
        assignments = store.load_assignments()
        assert sorted(assignments) == sorted(ids)
        assert len(set(assignments.values())) == 1
        assert [s.id for s in store.list_stories()] == ["s1"]


def test_a_migration_another_process_applied_meanwhile_is_not_run_again(
    store_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store(store_url):
        pass  # this "other process" brought the store up to date
    ran: list[int] = []
    redo = tuple(partial(ran.append, n) for n in range(len(schema.MIGRATIONS)))
    monkeypatch.setattr(schema, "MIGRATIONS", redo)
    engine = create_engine(database_url(store_url))
    try:
        schema.apply_migrations(engine, after=0)  # as if it had read version 0 before
    finally:
        engine.dispose()
    assert ran == []
