"""Every interface builds the same report from the store: near-copy links included."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from fastapi.testclient import TestClient
from typer.testing import CliRunner

from consilience import Store
from consilience.cli import app
from consilience.web import create_app


def near_copy(text: str) -> str:
    """A syndicated rewrite: the same body with its opening words changed."""
    first, rest = text.split(" ", 1)
    return f"{first} (syndicated) {rest.replace(' said ', ' stated ', 1)}"


def test_cli_and_api_give_the_same_copy_links(seeds_dir: Path, tmp_path: Path) -> None:
    inputs = tmp_path / "inputs"
    shutil.copytree(seeds_dir, inputs)
    original = next(iter(sorted(inputs.glob("002_*.txt"))))
    (inputs / "900_wire_copy.txt").write_text(near_copy(original.read_text()), encoding="utf-8")
    out, db = tmp_path / "report.json", tmp_path / "c.db"

    result = CliRunner().invoke(app, ["analyze", str(inputs), "--db", str(db), "-o", str(out)])

    assert result.exit_code == 0, result.output
    cli = json.loads(out.read_text())
    cli_links = {a["id"]: a["copy_of"] for a in cli["articles"]}
    with Store(db) as store:
        client = TestClient(create_app(store))
        api_links = {
            a["id"]: a["copy_of"]
            for story in cli["stories"]
            for a in client.get(f"/api/stories/{story['id']}").json()["articles"]
        }
    assert api_links == cli_links
    assert sum(link is not None for link in api_links.values()) == 1
