"""Rich progress bars for long work, and the per-story summary every command ends with."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn
from rich.table import Table

from consilience.api import ProgressHook
from consilience.cli.app import console
from consilience.model import Report

STAGE_LABELS = {
    "fetch": "Polling sources",
    "ingest": "Reading inputs",
    "annotate": "Language models",
    "crosscheck": "Cross-checking stories",
}


@contextmanager
def stage_progress() -> Iterator[ProgressHook]:
    """A progress hook that shows one bar per pipeline stage on stderr."""
    bars: dict[str, TaskID] = {}
    with Progress(
        TextColumn("{task.description:<24}"),
        BarColumn(),
        MofNCompleteColumn(),
        console=console,
        transient=False,
    ) as progress:

        def hook(stage: str, done: int, total: int) -> None:
            if stage not in bars:
                bars[stage] = progress.add_task(STAGE_LABELS.get(stage, stage), total=total)
            progress.update(bars[stage], completed=done, total=total)

        yield hook


def story_table(report: Report) -> Table:
    """One row per story: how much is corroborated, single-source, contested.

    ``sources`` counts independent outlets (near-copies once); ``agreed`` claims are
    corroborated by two or more of them.
    """
    count = len(report.stories)
    table = Table(
        title=f"{count} {'story' if count == 1 else 'stories'} from {len(report.articles)} articles"
    )
    table.add_column("story", ratio=1)
    for column in ("articles", "sources", "agreed", "one outlet", "contested", "conflicts"):
        table.add_column(column, justify="right")
    table.add_column("altered quotes", justify="right")
    for story in report.stories:
        statuses = [claim.status for claim in story.claims]
        altered = sum(
            1 for quote in story.quotes if any(v.fidelity == "altered" for v in quote.variants)
        )
        table.add_row(
            story.title[:60],
            str(len(story.article_ids)),
            str(story.independent_source_count),
            str(statuses.count("corroborated")),
            str(statuses.count("single_source")),
            str(statuses.count("contested")),
            str(len(story.contradictions)),
            str(altered),
        )
    return table
