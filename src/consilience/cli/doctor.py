"""`consilience doctor`: which models, versions and backends are in use."""

from __future__ import annotations

from rich.table import Table

from consilience.api import check_models
from consilience.cli.app import app, console, fail
from consilience.errors import ModelError


@app.command()
def doctor() -> None:
    """Check that every language model is installed and loads; print what is in use."""
    try:
        infos = check_models()
    except ModelError as error:
        raise fail(error) from error
    table = Table(title="consilience models (loaded offline from installed packages)")
    for column in ("role", "package", "version", "backend", "path"):
        table.add_column(column)
    for info in infos:
        table.add_row(info.role, info.package, info.version, info.backend, info.path)
    console.print(table)
    console.print(f"[green]ok[/green]: {len(infos)} models loaded")
