"""`consilience analyze` and `consilience demo` as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from consilience.cli import app
from consilience.report import validate_report

runner = CliRunner()


def test_analyze_seeds_writes_a_valid_json_report(seeds_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    result = runner.invoke(
        app, ["analyze", str(seeds_dir), "--db", str(tmp_path / "c.db"), "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    report = json.loads(out.read_text())
    validate_report(report)
    assert len(report["stories"]) == 1
    assert "1 story from 5 articles" in result.output


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
