"""The summary every command ends with: readable when piped, long reports cut short."""

from __future__ import annotations

from rich.console import Console

from consilience.cli.progress import story_summary
from consilience.model import ArticleRecord, Claim, Evidence, Report, Story


def _story(number: int, title: str) -> Story:
    said = Evidence("a1", "About 2,000 dock workers walked out on Monday.", 0, 46)
    echoed = Evidence("a2", "Some 2,000 dockers stopped work on Monday.", 0, 42)
    return Story(
        id=f"story-{number}",
        title=title,
        article_ids=("a1", "a2"),
        independent_source_count=2,
        claims=(
            Claim("c1", said.text, "corroborated", (said, echoed), (), 2),
            Claim("c2", "A ship was diverted.", "single_source", (said,), (), 1),
        ),
        contradictions=(),
        quotes=(),
        entities=(),
        brief=(),
    )


def _render(report: Report, width: int = 80) -> str:
    console = Console(width=width, record=True, color_system=None)
    console.print(story_summary(report, rows=2))
    return console.export_text()


ARTICLES = (
    ArticleRecord("a1", "Harbor Ledger", "Strike", None, None, "en", None),
    ArticleRecord("a2", "Bayside Observer", "Walkout", None, None, "en", None),
)


def test_each_story_keeps_its_counts_and_a_readable_title_in_a_narrow_terminal() -> None:
    title = "Dock workers walk out over a pay freeze at the port of Bayside " * 2
    text = _render(Report("2026-03-03T12:00:00+00:00", ARTICLES, (_story(1, title),)), width=60)
    lines = text.splitlines()
    assert lines[0] == "1 story from 2 articles"
    assert lines[1].startswith(" 1. 2 articles, 2 sources: Dock workers walk out")
    assert lines[1].endswith("…") and len(lines[1]) <= 60
    counts = " ".join(" ".join(lines[2:]).split())
    assert counts == "1 agreed · 1 one outlet · 0 contested · 0 conflicts · 0 altered quotes"


def test_a_long_report_lists_the_first_stories_and_says_how_many_more() -> None:
    stories = tuple(_story(n, f"Event number {n}") for n in range(1, 6))
    text = _render(Report("2026-03-03T12:00:00+00:00", ARTICLES, stories))
    assert text.startswith("5 stories from 2 articles")
    assert "Event number 2" in text and "Event number 3" not in text
    assert "... and 3 more in the report" in text
