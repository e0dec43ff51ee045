"""`consilience ingest`: read files and folders into the store."""

from __future__ import annotations

import json
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

from consilience.api import IngestSummary, Store, store_inputs
from consilience.cli.app import app, console, fail
from consilience.errors import StoreError


@app.command("ingest")
def ingest_command(
    paths: Annotated[
        list[str], typer.Argument(help="Files, folders, or http(s) URLs of pages and feeds.")
    ],
    db: Annotated[str | None, typer.Option(help="SQLite file or database URL.")] = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print one JSON object instead of a summary.")
    ] = False,
) -> None:
    """Store articles from text, Markdown, HTML, RSS/Atom, JSONL and WARC files and URLs."""
    try:
        with Store(db) as store:
            summary = _ingest(paths, store, quiet=as_json)
    except StoreError as error:
        raise fail(error) from error
    if as_json:
        typer.echo(json.dumps(summary_dict(summary)))
    else:
        _print_summary(summary)
    if summary.failed:
        raise typer.Exit(1)


def _ingest(paths: list[str], store: Store, *, quiet: bool) -> IngestSummary:
    if quiet:
        return store_inputs(paths, store)
    with Progress(
        TextColumn("Reading inputs"), BarColumn(), MofNCompleteColumn(), console=console
    ) as progress:
        task = progress.add_task("ingest", total=None)
        return store_inputs(
            paths,
            store,
            on_progress=lambda done, total: progress.update(task, completed=done, total=total),
        )


def summary_dict(summary: IngestSummary) -> dict[str, object]:
    """The `--json` output: counts, and each failure's path and problem."""
    return {
        "added": len(summary.added),
        "duplicates": len(summary.duplicates),
        "failed": [{"path": e.path, "error": e.problem} for e in summary.failed],
    }


def _print_summary(summary: IngestSummary) -> None:
    for error in summary.failed:
        console.print(
            f"[red]failed:[/red] {error.path}: {error.problem}", highlight=False, soft_wrap=True
        )
    typer.echo(
        f"{len(summary.added)} added, {len(summary.duplicates)} already stored, "
        f"{len(summary.failed)} failed"
    )
