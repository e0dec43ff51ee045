"""`consilience analyze` and `consilience demo` as a user runs them."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from fastapi.testclient import TestClient
from typer.testing import CliRunner

from consilience import Store
from consilience.cli import app
from consilience.report import validate_report
from consilience.web import create_app

runner = CliRunner()


def near_copy(text: str) -> str:
    """A syndicated rewrite: the same body with its opening words changed."""
    first, rest = text.split(" ", 1)
    return f"{first} (syndicated) {rest.replace(' said ', ' stated ', 1)}"


def test_analyze_seeds_writes_the_report_the_api_serves(seeds_dir: Path, tmp_path: Path) -> None:
    """Seeds plus a near-copy of one: the CLI's copy links are the ones /api/stories gives."""
    inputs = tmp_path / "inputs"
    shutil.copytree(seeds_dir, inputs)
    original = next(iter(sorted(inputs.glob("002_*.txt"))))
    (inputs / "900_wire_copy.txt").write_text(near_copy(original.read_text()), encoding="utf-8")
    out, db = tmp_path / "report.json", tmp_path / "c.db"

    result = runner.invoke(app, ["analyze", str(inputs), "--db", str(db), "-o", str(out)])

    assert result.exit_code == 0, result.output
    assert "1 story from 6 articles" in result.output
    report = json.loads(out.read_text())
    validate_report(report)
    cli_links = {a["id"]: a["copy_of"] for a in report["articles"]}
    with Store(db) as store:
        client = TestClient(create_app(store))
        served = client.get(f"/api/stories/{report['stories'][0]['id']}").json()
    assert {a["id"]: a["copy_of"] for a in served["articles"]} == cli_links
    assert sum(link is not None for link in cli_links.values()) == 1


def test_analyze_missing_path_is_one_clear_line(tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["analyze", str(tmp_path / "nope.txt"), "--db", str(tmp_path / "c.db")]
    )
    assert result.exit_code == 1
    assert "nope.txt" in result.output
    assert "Traceback" not in result.output


def test_demo_writes_all_three_reports(tmp_path: Path) -> None:
    result = runner.invoke(app, ["demo", "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    for suffix in ("json", "md", "html"):
        assert (tmp_path / f"report.{suffix}").stat().st_size > 0
    validate_report(json.loads((tmp_path / "report.json").read_text()))
