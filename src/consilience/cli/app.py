"""The Typer application and the error boundary every command shares."""

from __future__ import annotations

import sys

import typer
from rich.console import Console

from consilience.errors import ConsilienceError

app = typer.Typer(
    name="consilience",
    help="Cross-check the news: what independent outlets agree on, and where they differ.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
console = Console(stderr=True)


@app.callback()
def _group() -> None:
    """Cross-check the news: what independent outlets agree on, and where they differ."""


def fail(error: ConsilienceError) -> typer.Exit:
    """Print a user error as one line and return the exit to raise."""
    console.print(f"[red]error:[/red] {error}", highlight=False, soft_wrap=True)
    return typer.Exit(1)


def main() -> None:
    """Entry point: run the app, turning user errors into one line and exit code 1."""
    try:
        app()
    except ConsilienceError as error:
        console.print(f"[red]error:[/red] {error}", highlight=False, soft_wrap=True)
        sys.exit(1)
