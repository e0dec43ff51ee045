"""Downloads of one story: its claims x outlets table as CSV, its report in each format."""

from __future__ import annotations

import csv
import io

from consilience.model import Report

FIXED_COLUMNS = ("claim_id", "status", "independent_support", "claim")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""A cell starting so would run as a formula in a spreadsheet: it is quoted with ``'``."""


def claims_csv(report: Report) -> str:
    """One row per claim, one column per outlet: ``supports``, ``contradicts`` or empty."""
    sources = {a.id: a.source for a in report.articles}
    outlets = list(dict.fromkeys(sources.values()))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([_cell(name) for name in (*FIXED_COLUMNS, *outlets)])
    for story in report.stories:
        for claim in story.claims:
            cells = dict.fromkeys(outlets, "")
            for mark, evidence in (
                ("supports", claim.support),
                ("contradicts", claim.contradicted_by),
            ):
                cells.update(
                    (sources[e.article_id], mark) for e in evidence if e.article_id in sources
                )
            row = [claim.id, claim.status, str(claim.independent_support), claim.text]
            writer.writerow([_cell(value) for value in (*row, *(cells[o] for o in outlets))])
    return out.getvalue()


def _cell(value: str) -> str:
    return "'" + value if value.startswith(FORMULA_STARTS) else value
