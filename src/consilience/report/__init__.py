"""Reports: the JSON contract and its Markdown and self-contained HTML renderings."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Literal

from consilience.errors import ReportError
from consilience.model import Report
from consilience.report.build import render_json, report_from_dict, report_to_dict
from consilience.report.html import render_html
from consilience.report.markdown import render_markdown
from consilience.report.schema import load_schema, validate_report

Format = Literal["json", "md", "html"]

RENDERERS: Mapping[str, Callable[[Report], str]] = MappingProxyType(
    {"json": render_json, "md": render_markdown, "html": render_html}
)


def render(report: Report, fmt: Format) -> str:
    """The report in one of the formats of ``RENDERERS``."""
    renderer = RENDERERS.get(fmt)
    if renderer is None:
        raise ReportError(f"unknown report format {fmt!r}; choose one of {', '.join(RENDERERS)}")
    return renderer(report)


__all__ = [
    "RENDERERS",
    "Format",
    "load_schema",
    "render",
    "render_html",
    "render_json",
    "render_markdown",
    "report_from_dict",
    "report_to_dict",
    "validate_report",
]
