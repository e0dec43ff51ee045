"""`consilience watch`: poll feeds, pages and folders; write an alert a line as stories change."""

from __future__ import annotations

import json
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager, nullcontext
from pathlib import Path
from typing import Annotated, TextIO

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

from consilience.api import Fetcher, Round, Store, Watcher, run_rounds
from consilience.cli.app import app, console, fail
from consilience.cli.progress import STAGE_LABELS
from consilience.errors import StoreError


@app.command("watch")
def watch_command(
    sources: Annotated[list[str], typer.Argument(help="Feed or page URLs, or folders.")],
    db: Annotated[str | None, typer.Option(help="SQLite file or database URL.")] = None,
    interval: Annotated[float, typer.Option(min=1, help="Seconds between rounds.")] = 300.0,
    once: Annotated[bool, typer.Option("--once", help="Run one round and exit (cron).")] = False,
    alerts: Annotated[
        Path | None, typer.Option(help="Append alerts (JSON lines) here; default stdout.")
    ] = None,
) -> None:
    """Watch sources; alert on new stories, contradictions, corroborations, quote variants."""
    stop = threading.Event()
    rounds = added = raised = failed = 0
    try:
        with ExitStack() as stack:
            stack.enter_context(_stopped_by_signals(stop))
            store = stack.enter_context(Store(db))
            out = stack.enter_context(_alert_file(alerts))
            watcher = Watcher(sources, store, stack.enter_context(Fetcher()))
            for done in _rounds(watcher, interval, stop, once):
                _report(done, out)
                rounds, added = rounds + 1, added + len(done.added)
                raised, failed = raised + len(done.alerts), len(done.failed)
    except StoreError as error:
        raise fail(error) from error
    except KeyboardInterrupt:
        console.print("stopped")
    console.print(
        f"{rounds} round{'s' if rounds != 1 else ''}: "
        f"{added} article{'s' if added != 1 else ''} added, "
        f"{raised} alert{'s' if raised != 1 else ''}",
        highlight=False,
    )
    if once and failed:
        raise typer.Exit(1)  # cron: say that a source failed


def _rounds(
    watcher: Watcher, interval: float, stop: threading.Event, once: bool
) -> Iterator[Round]:
    """The rounds, with the current stage's progress shown on a terminal; one with ``once``."""
    with Progress(
        TextColumn("{task.description:<24}"),
        BarColumn(),
        MofNCompleteColumn(),
        console=console,
        transient=True,
    ) as progress:
        bar = progress.add_task("Polling sources", total=None)

        def hook(stage: str, done: int, total: int) -> None:
            label = STAGE_LABELS.get(stage, stage)
            progress.update(bar, description=label, completed=done, total=total)

        for number, done in enumerate(run_rounds(watcher, interval, stop, hook), 1):
            yield done
            if once or stop.is_set():
                return
            progress.console.print(f"round {number} done; next in {interval:g} s (Ctrl-C stops)")


def _report(done: Round, out: TextIO) -> None:
    for alert in done.alerts:
        out.write(json.dumps(alert.to_json(), ensure_ascii=False) + "\n")
    out.flush()
    for error in done.failed:
        console.print(
            f"[red]failed:[/red] {error.path}: {error.problem}", highlight=False, soft_wrap=True
        )


@contextmanager
def _alert_file(path: Path | None) -> Iterator[TextIO]:
    if path is None:
        with nullcontext(sys.stdout) as out:
            yield out
        return
    try:
        handle = path.open("a", encoding="utf-8")
    except OSError as error:
        console.print(f"[red]error:[/red] {path}: cannot write alerts ({error.strerror})")
        raise typer.Exit(1) from error
    with handle:
        yield handle


@contextmanager
def _stopped_by_signals(stop: threading.Event) -> Iterator[None]:
    """SIGTERM ends the watch after the current round, as Ctrl-C does at once."""
    previous = signal.signal(signal.SIGTERM, lambda _signum, _frame: stop.set())
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
