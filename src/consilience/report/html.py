"""The report as one self-contained HTML file: inline CSS, no scripts, no network fetches.

Article text is untrusted, so the Jinja2 environment autoescapes everything and a
Content-Security-Policy forbids any load even if markup slipped through.
"""

from __future__ import annotations

from functools import cache

from jinja2 import Environment, PackageLoader, StrictUndefined

from consilience.model import Report
from consilience.report.view import (
    FIDELITY_LABELS,
    STATUS_LABELS,
    STATUS_ORDER,
    altered_variants,
    is_flagged,
    story_views,
    word_diff,
)


@cache
def _environment() -> Environment:
    """The template environment, built once; templates are read-only package data."""
    env = Environment(
        loader=PackageLoader("consilience.report", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(
        status_order=STATUS_ORDER,
        status_labels=STATUS_LABELS,
        fidelity_labels=FIDELITY_LABELS,
        altered_variants=altered_variants,
        is_flagged=is_flagged,
        word_diff=word_diff,
    )
    return env


def render_html(report: Report) -> str:
    """The whole report as one HTML document that opens offline in any browser."""
    template = _environment().get_template("report.html.j2")
    return template.render(report=report, views=story_views(report))
