from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from consilience.cli import app
from consilience.store import Store
from local_http import Route, serve

runner = CliRunner()


def run_json(*args: str) -> tuple[int, dict[str, object]]:
    result = runner.invoke(app, ["ingest", *args, "--json"])
    return result.exit_code, json.loads(result.stdout)


def test_ingesting_the_seeds_twice_adds_five_then_nothing(seeds_dir: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "seeds.db")
    assert run_json(str(seeds_dir), "--db", db) == (0, {"added": 5, "duplicates": 0, "failed": []})
    assert run_json(str(seeds_dir), "--db", db) == (0, {"added": 0, "duplicates": 5, "failed": []})

    with Store(db) as store:
        sources = sorted(a.source for a in store.iter_articles())
    assert sources == sorted(p.stem for p in seeds_dir.glob("*.txt"))


def test_a_broken_file_fails_alone_and_the_exit_code_says_so(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("The dam was finished on Monday, engineers said.\n")
    (tmp_path / "broken.html").write_bytes(bytes(range(256)) * 10)
    code, summary = run_json(
        str(tmp_path), str(tmp_path / "missing.md"), "--db", str(tmp_path / "x.db")
    )
    assert code == 1
    assert summary["added"] == 1
    assert summary["failed"] == [
        {"path": str(tmp_path / "broken.html"), "error": "binary file, not text"},
        {"path": str(tmp_path / "missing.md"), "error": "no such file or folder"},
    ]


def test_without_json_a_short_summary_and_no_traceback(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("The dam was finished on Monday, engineers said.\n")
    result = runner.invoke(app, ["ingest", str(tmp_path / "a.txt"), "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 0
    assert "1 added, 0 already stored, 0 failed" in result.stdout


def test_a_database_that_cannot_be_opened_is_one_line_and_exit_code_1(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("The dam was finished on Monday, engineers said.\n")
    result = runner.invoke(app, ["ingest", str(tmp_path / "a.txt"), "--db", "/no/such/dir/x.db"])
    assert result.exit_code == 1
    assert "cannot open the database" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def test_urls_are_ingested_beside_paths_and_a_failing_url_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "local.txt").write_text("The dam was finished on Monday, engineers said.\n")
    page = "<html><body><article><p>The bridge reopened on Friday after repairs, the city said."
    with serve() as site:
        site.routes["/bridge"] = Route(f"{page}</p></article></body></html>".encode())
        urls = [site.url("/bridge"), site.url("/gone")]
        code, summary = run_json(*urls, str(tmp_path / "local.txt"), "--db", str(tmp_path / "c.db"))
    assert code == 1
    assert summary["added"] == 2
    assert summary["failed"] == [{"path": site.url("/gone"), "error": "the server answered 404"}]
