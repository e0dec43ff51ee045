"""One entry point for every format, and golden renderings of the small fixture report."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from consilience.errors import ReportError
from consilience.model import Report
from consilience.report import RENDERERS, render

GOLDEN = Path(__file__).parent / "golden"


@pytest.mark.parametrize("fmt", ["json", "md", "html"])
def test_rendering_matches_golden_file(report: Report, fmt: str) -> None:
    """Set UPDATE_GOLDEN=1 to rewrite the files after an intended change; review the diff."""
    path = GOLDEN / f"strike.{fmt}"
    text = render(report, fmt)  # type: ignore[arg-type]
    if os.environ.get("UPDATE_GOLDEN"):
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8")


def test_registry_lists_every_format() -> None:
    assert set(RENDERERS) == {"json", "md", "html"}


def test_unknown_format_is_a_user_error(report: Report) -> None:
    with pytest.raises(ReportError, match="unknown report format 'pdf'"):
        render(report, "pdf")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("fmt", "says"),
    [
        ("json", '"stories": []'),
        ("md", "0 stories from 0 articles"),
        ("html", "0 stories from 0 articles"),
    ],
)
def test_empty_report_says_it_is_empty_in_every_format(fmt: str, says: str) -> None:
    empty = Report("2026-03-03T12:00:00+00:00", (), ())
    assert says in render(empty, fmt)  # type: ignore[arg-type]
