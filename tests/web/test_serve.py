"""`consilience serve`: registered, localhost by default, and a bad database is one clear line."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from consilience.cli import app


def test_serve_binds_localhost_by_default() -> None:
    result = CliRunner().invoke(app, ["serve", "--help"])
    assert result.exit_code == 0
    assert "127.0.0.1" in result.output


def test_serve_with_an_unopenable_database_fails_cleanly(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "missing" / "c.db")])
    assert result.exit_code == 1
    assert "cannot open the database" in result.output
