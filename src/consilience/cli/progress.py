"""Rich progress bars for long work, and the per-story summary every command ends with."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from rich.console import Group
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn
from rich.text import Text

from consilience.api import ProgressHook
from consilience.cli.app import console
from consilience.model import Report, Story

SUMMARY_ROWS = 20  # stories listed at the end of a command; the report holds them all

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


def story_summary(report: Report, rows: int = SUMMARY_ROWS) -> Group:
    """Two short lines per story, largest first as the report orders them.

    Lines rather than a table: piped or in a narrow terminal, a nine-column table squeezes
    titles to a few letters, while a line keeps the title and ends it with an ellipsis.
    ``sources`` counts independent outlets (near-copies once); ``agreed`` claims are
    corroborated by two or more of them.
    """
    count, articles = len(report.stories), len(report.articles)
    lines: list[Text] = [
        Text(f"{_plural(count, 'story', 'stories')} from {_plural(articles, 'article')}", "bold")
    ]
    for number, story in enumerate(report.stories[:rows], start=1):
        lines += [_title_line(number, story), _counts_line(story)]
    if count > rows:
        lines.append(Text(f"... and {count - rows} more in the report", "dim"))
    return Group(*lines)


def _title_line(number: int, story: Story) -> Text:
    """ " 1. 22 articles, 21 sources: Title", cut with an ellipsis at the line's end."""
    size = (
        f"{_plural(len(story.article_ids), 'article')}, "
        f"{_plural(story.independent_source_count, 'source')}"
    )
    line = Text(f"{number:>2}. {size}: ", "bold")
    line.append(story.title)
    line.no_wrap, line.overflow = True, "ellipsis"
    return line


def _counts_line(story: Story) -> Text:
    """How much of the story is agreed, single-source, contested, in conflict, misquoted."""
    statuses = [claim.status for claim in story.claims]
    altered = sum(
        1 for quote in story.quotes if any(v.fidelity == "altered" for v in quote.variants)
    )
    counts = (
        f"{statuses.count('corroborated')} agreed",
        f"{statuses.count('single_source')} one outlet",
        f"{statuses.count('contested')} contested",
        f"{_plural(len(story.contradictions), 'conflict')}",
        f"{altered} altered {'quote' if altered == 1 else 'quotes'}",
    )
    return Text("    " + " · ".join(counts), "dim")


def _plural(count: int, one: str, many: str | None = None) -> str:
    """ "1 story", "2 stories": the count and the noun in agreement."""
    return f"{count} {one if count == 1 else many or one + 's'}"
