"""The report as one self-contained HTML file: inline CSS, no scripts, no network fetches.

Article text is untrusted, so the Jinja2 environment autoescapes everything and a
Content-Security-Policy forbids any load even if markup slipped through.
"""

from __future__ import annotations

from consilience.model import Report
from consilience.report.view import story_views, template_environment


def render_html(report: Report) -> str:
    """The whole report as one HTML document that opens offline in any browser."""
    template = template_environment("consilience.report").get_template("report.html.j2")
    return template.render(report=report, views=story_views(report))
