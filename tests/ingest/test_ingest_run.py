from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from consilience.ingest import ingest, read_inputs
from consilience.model import Article
from consilience.store import Store

CLI = "from consilience.cli import main; main()"


def write_articles(folder: Path, count: int) -> None:
    folder.mkdir()
    for i in range(count):
        sentences = " ".join(
            f"Sentence {j} of report {i} says the count was {i * j}." for j in range(30)
        )
        (folder / f"report_{i:05}.txt").write_text(f"Report number {i}\n\n{sentences}\n")


def test_ingest_stores_new_articles_and_reports_duplicates_and_failures(tmp_path: Path) -> None:
    write_articles(tmp_path / "in", 3)
    (tmp_path / "in" / "broken.txt").write_bytes(b"\xff\xfe\x00\x00" + bytes(range(256)) * 8)
    calls: list[tuple[int, int]] = []
    with Store(tmp_path / "s.db") as store:
        first = ingest([tmp_path / "in"], store, on_progress=lambda d, t: calls.append((d, t)))
        again = ingest([tmp_path / "in"], store)
        assert store.article_count() == 3
    assert (len(first.added), len(first.duplicates)) == (3, 0)
    assert (len(again.added), len(again.duplicates)) == (0, 3)
    assert [e.path for e in first.failed] == [str(tmp_path / "in" / "broken.txt")]
    assert calls[-1] == (4, 4)


def count_articles(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=1) as conn:
            return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.Error:
        return 0


def test_a_killed_ingest_leaves_whole_articles_and_a_rerun_completes_it(tmp_path: Path) -> None:
    total = 1000
    write_articles(tmp_path / "in", total)
    db = tmp_path / "kill.db"
    command = [sys.executable, "-c", CLI, "ingest", str(tmp_path / "in"), "--db", str(db), "--json"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while count_articles(db) == 0 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    expected = {a.id: a for a in read_inputs([tmp_path / "in"]) if isinstance(a, Article)}
    with Store(db) as store:
        stored = list(store.iter_articles())
        assert 0 < len(stored) < total, "the kill must land mid-ingest"
        assert all(article == expected[article.id] for article in stored)
        summary = ingest([tmp_path / "in"], store)
        assert len(summary.added) == total - len(stored)
        assert len(summary.duplicates) == len(stored)
        assert store.article_count() == total
