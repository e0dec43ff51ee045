"""`consilience stories`: which articles report the same event."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from consilience.api import Store, group_stories
from consilience.cli.app import app, console, fail
from consilience.cli.progress import stage_progress
from consilience.errors import ConsilienceError


@app.command()
def stories(
    paths: Annotated[list[Path] | None, typer.Argument(help="Files or folders to read.")] = None,
    db: Annotated[str | None, typer.Option(help="SQLite file or database URL.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Group articles into stories (streaming) and list each story's articles."""
    try:
        with Store(db) as store, stage_progress() as hook:
            members, failed = group_stories(
                [str(p) for p in paths or []], store=store, progress=hook
            )
            articles = {
                a.id: a for a in store.iter_articles(i for ids in members.values() for i in ids)
            }
    except ConsilienceError as error:
        raise fail(error) from error
    listing = {
        story: [{"id": i, "source": articles[i].source, "title": articles[i].title} for i in ids]
        for story, ids in members.items()
    }
    if as_json:
        typer.echo(json.dumps({"stories": listing, "failed": [str(e) for e in failed]}, indent=2))
    else:
        table = Table(title=f"{len(listing)} stories")
        table.add_column("story")
        table.add_column("articles")
        for story, rows in listing.items():
            table.add_row(story, "\n".join(f"{r['source']}: {r['title'] or ''}" for r in rows))
        console.print(table)
    for problem in failed:
        console.print(f"[red]failed:[/red] {problem}", highlight=False, soft_wrap=True)
    if failed:
        raise typer.Exit(1)
