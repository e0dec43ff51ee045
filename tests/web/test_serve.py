"""`consilience serve`: registered, localhost by default, and a bad database is one clear line."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from consilience.cli import app
from consilience.cli.serve import WORKER_SETTINGS, worker_app


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


def test_a_worker_serves_the_store_and_access_its_parent_was_given(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    access = {"token": None, "private": False, "read_only": True}
    settings = {"db": str(tmp_path / "c.db"), "budget": 5.0, "access": access}
    monkeypatch.setenv(WORKER_SETTINGS, json.dumps(settings))
    client = TestClient(worker_app())
    assert client.get("/api/stories").json() == []
    refused = client.post("/api/articles", json=[{"source": "Quay Daily", "text": "Cranes."}])
    assert refused.status_code == 403


@pytest.mark.slow
def test_serve_with_two_workers_answers(tmp_path: Path) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    command = [str(Path(sys.executable).parent / "consilience"), "serve", "--workers", "2"]
    server = subprocess.Popen(
        [*command, "--db", str(tmp_path / "c.db"), "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        answers: list[int] = []
        for _ in range(240):
            try:
                answers.append(httpx.get(f"http://127.0.0.1:{port}/api/stories").status_code)
                break
            except httpx.TransportError:
                time.sleep(0.5)
        assert answers == [200]
    finally:
        server.terminate()
        _, log = server.communicate(timeout=60)
    assert log.count(b"Started server process") == 2
    assert b"died" not in log
