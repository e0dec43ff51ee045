"""SIGKILL `consilience analyze` at several moments, run it again: the same report as one run."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from itertools import islice
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, func, select

from consilience.store import schema

CLI = str(Path(sys.executable).parent / "consilience")
Moment = Callable[[dict[str, int]], bool]
"""When to kill, given the row counts of the store's tables."""

KILL_POINTS: dict[str, Moment] = {
    "ingesting": lambda rows: rows["articles"] > 0,
    "annotating": lambda rows: rows["annotations"] > 0,
    "cross-checking": lambda rows: rows["stories"] > 0,
}


def _subset(source: Path, target: Path, count: int) -> Path:
    with source.open(encoding="utf-8") as lines:
        target.write_text("".join(islice(lines, count)), "utf-8")
    return target


def _command(articles: Path, db: Path, report: Path) -> list[str]:
    return [CLI, "analyze", str(articles), "--db", str(db), "-o", str(report)]


def _rows(db: Path) -> dict[str, int]:
    """Row counts, read the way another process would; zeros before the tables exist."""
    tables = {
        "articles": schema.articles,
        "annotations": schema.annotation_cache,
        "stories": schema.stories,
    }
    engine = create_engine(f"sqlite:///{db}", connect_args={"timeout": 1})
    try:
        with engine.connect() as conn:
            return {
                name: int(conn.execute(select(func.count()).select_from(t)).scalar_one())
                for name, t in tables.items()
            }
    except Exception:  # the file or its tables are not there yet
        return dict.fromkeys(tables, 0)
    finally:
        engine.dispose()


def _killed_at(command: list[str], db: Path, moment: Moment, limit: float) -> int:
    """Start the command and SIGKILL it when ``moment`` holds; its exit code."""
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + limit
    while process.poll() is None and time.monotonic() < deadline:
        if moment(_rows(db)):
            process.send_signal(signal.SIGKILL)
            break
        time.sleep(0.05)
    return process.wait(timeout=limit)


def _report(path: Path) -> dict[str, Any]:
    report: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    report.pop("generated_at")
    return report


def _crash_and_resume(articles: Path, folder: Path, points: dict[str, Moment]) -> int:
    """Kill a run at each point in turn on one store; the resumed report equals a clean run's.

    Returns how many runs were really killed (not finished before the moment came).
    """
    clean = subprocess.run(
        _command(articles, folder / "clean.db", folder / "clean.json"), capture_output=True
    )
    assert clean.returncode == 0, clean.stderr.decode()
    db, resumed = folder / "crashed.db", folder / "resumed.json"
    kills = 0
    for moment in points.values():
        code = _killed_at(_command(articles, db, resumed), db, moment, limit=3600)
        kills += code == -signal.SIGKILL
    final = subprocess.run(_command(articles, db, resumed), capture_output=True)
    assert final.returncode == 0, final.stderr.decode()
    assert _report(resumed) == _report(folder / "clean.json")
    return kills


def test_killed_analysis_resumes_to_the_same_report(shared_dir: Path, tmp_path: Path) -> None:
    articles = _subset(shared_dir / "data" / "ecbplus_dev.jsonl", tmp_path / "some.jsonl", 24)
    points = {"annotating": KILL_POINTS["annotating"]}
    assert _crash_and_resume(articles, tmp_path, points) == len(points)


@pytest.mark.slow
def test_killed_ecb_dev_analysis_resumes_to_the_same_report(
    shared_dir: Path, tmp_path: Path
) -> None:
    articles = shared_dir / "data" / "ecbplus_dev.jsonl"
    assert _crash_and_resume(articles, tmp_path, KILL_POINTS) >= 2


def test_ctrl_c_while_annotating_stops_soon_keeps_finished_batches_and_prints_no_traceback(
    shared_dir: Path, tmp_path: Path
) -> None:
    """The encoder runs in a second thread beside the parser: an interrupt must still end
    the run within a batch's time, and keep what was annotated."""
    articles = _subset(shared_dir / "data" / "ecbplus_dev.jsonl", tmp_path / "some.jsonl", 140)
    db = tmp_path / "interrupted.db"
    command = _command(articles, db, tmp_path / "report.json")
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 600
    while process.poll() is None and time.monotonic() < deadline:
        if _rows(db)["annotations"] > 0:
            process.send_signal(signal.SIGINT)
            break
        time.sleep(0.05)
    _, stderr = process.communicate(timeout=60)
    annotated = _rows(db)["annotations"]
    assert process.returncode != 0
    assert "Traceback" not in stderr.decode()
    assert 0 < annotated < 140
