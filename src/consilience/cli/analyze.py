"""`consilience analyze` and `consilience demo`: ingest, cross-check, write the report."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from consilience import api
from consilience.api import Analysis, EngineName, make_engine
from consilience.cli.app import app, console, fail
from consilience.cli.progress import stage_progress, story_summary
from consilience.demo import corpus_path
from consilience.errors import ConsilienceError
from consilience.report import render


class Format(StrEnum):
    """Report formats `analyze` can write."""

    json = "json"
    md = "md"
    html = "html"


class EngineChoice(StrEnum):
    """Where the per-article and per-story stages run."""

    local = "local"
    ray = "ray"


SUFFIX_FORMATS = {".json": Format.json, ".md": Format.md, ".html": Format.html}


@app.command()
def analyze(
    paths: Annotated[
        list[str] | None, typer.Argument(help="Files, folders, or http(s) URLs of pages and feeds.")
    ] = None,
    db: Annotated[str | None, typer.Option(help="SQLite file or database URL.")] = None,
    fmt: Annotated[
        Format | None, typer.Option("--format", help="json, md or html (default: from -o).")
    ] = None,
    output: Annotated[Path | None, typer.Option("-o", "--output", help="Write here.")] = None,
    engine: Annotated[
        EngineChoice, typer.Option(help="Run the stages here (local) or on Ray Data (ray).")
    ] = EngineChoice.local,
    ray_address: Annotated[
        str | None, typer.Option(help="Address of an existing Ray cluster (default: local).")
    ] = None,
) -> None:
    """Group articles into stories and cross-check each one; without PATHs, the whole store."""
    chosen = fmt or SUFFIX_FORMATS.get(output.suffix if output else "", Format.json)
    analysis = _run(list(paths or []), db, engine.value, ray_address)
    text = render(analysis.report, chosen.value)
    if output:
        output.write_text(text, encoding="utf-8")
        console.print(f"wrote {output}")
    else:
        typer.echo(text)
    _finish(analysis)


@app.command()
def demo(
    out: Annotated[Path, typer.Option(help="Folder for the reports and the demo store.")] = Path(
        "demo-output"
    ),
) -> None:
    """Analyse the bundled, fictional demo corpus; write JSON, Markdown and HTML reports."""
    out.mkdir(parents=True, exist_ok=True)
    store_file = out / "demo.db"
    for stale in out.glob("demo.db*"):
        stale.unlink()
    analysis = _run([str(corpus_path())], str(store_file))
    for fmt in Format:
        target = out / f"report.{fmt.value}"
        target.write_text(render(analysis.report, fmt.value), encoding="utf-8")
    console.print(f"reports: {', '.join(str(out / f'report.{f.value}') for f in Format)}")
    _finish(analysis)


def _run(
    paths: list[str], db: str | None, engine: EngineName = "local", address: str | None = None
) -> Analysis:
    try:
        with stage_progress() as hook:
            chosen = make_engine(engine, ray_address=address)
            return api.analyze(paths, db=db, engine=chosen, progress=hook)
    except ConsilienceError as error:
        raise fail(error) from error


def _finish(analysis: Analysis) -> None:
    """The closing summary; exit code 1 when an input could not be read."""
    console.print(story_summary(analysis.report))
    for error in analysis.failed:
        console.print(f"[red]failed:[/red] {error}", highlight=False, soft_wrap=True)
    if analysis.failed:
        raise typer.Exit(1)
