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


def test_serve_private_without_a_token_is_one_clear_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app, ["serve", "--private", "--db", str(tmp_path / "c.db")], env={"CONSILIENCE_TOKEN": ""}
    )
    assert result.exit_code == 1
    assert "needs a token" in result.output


def test_serve_documents_the_token_option() -> None:
    result = CliRunner().invoke(app, ["serve", "--help"])
    assert "CONSILIENCE_TOKEN" in result.output
    assert "--private" in result.output
