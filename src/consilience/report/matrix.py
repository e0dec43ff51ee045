"""The claims × outlets matrix, claim provenance and the independence line of a story page.

Each decision a reader sees (which outlet states, contradicts or is silent on a claim, and
who carried whose text) is made here; templates only lay it out.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from consilience.model import Claim, Contradiction, Evidence

if TYPE_CHECKING:  # view.py registers these helpers for the templates
    from consilience.report.view import Source, StoryView

CellState = Literal["states", "contradicts", "silent"]
DISPUTED_KINDS = frozenset({"number", "date", "duration"})
"""Contradictions the matrix filter keeps: numbers and dates in dispute."""
_QUOTED = re.compile(r'"([^"]+)"')


@dataclass(frozen=True)
class Cell:
    """One outlet on one claim; ``text`` is its sentence, or the value it gives instead."""

    state: CellState
    text: str = ""


@dataclass(frozen=True)
class MatrixRow:
    """One claim across every outlet of the story."""

    number: int
    claim: Claim
    cells: tuple[Cell, ...]
    disputed: bool


@dataclass(frozen=True)
class Matrix:
    """Rows of claims, columns of outlets (by name, several articles of one outlet merged)."""

    outlets: tuple[str, ...]
    rows: tuple[MatrixRow, ...]


def claim_matrix(view: StoryView) -> Matrix:
    """Which outlet states, contradicts (with its value) or is silent on each claim."""
    outlets = view.outlets()
    rows = []
    for number, claim in enumerate(view.story.claims, 1):
        clashes = _clashes(claim, view.story.contradictions)
        cells = tuple(_cell(view, claim, clashes, outlet) for outlet in outlets)
        disputed = any(clash.kind in DISPUTED_KINDS for clash, *_ in clashes)
        rows.append(MatrixRow(number, claim, cells, disputed))
    return Matrix(outlets, tuple(rows))


def _span(e: Evidence) -> tuple[str, int, int]:
    return (e.article_id, e.start, e.end)


def _clashes(
    claim: Claim, contradictions: tuple[Contradiction, ...]
) -> list[tuple[Contradiction, Evidence, Evidence, str]]:
    """Contradictions against the claim's sentences: (clash, its sentence, the other, value).

    The value is what the other sentence says instead, when the explanation quotes both.
    """
    own = {_span(e) for e in claim.support}
    found = []
    for clash in contradictions:
        values = _QUOTED.findall(clash.explanation)
        for mine, other, index in ((clash.a, clash.b, 1), (clash.b, clash.a, 0)):
            if _span(mine) in own and _span(other) != _span(mine):
                value = values[index] if len(values) == 2 else other.text
                found.append((clash, mine, other, value))
    return found


def _cell(
    view: StoryView,
    claim: Claim,
    clashes: list[tuple[Contradiction, Evidence, Evidence, str]],
    outlet: str,
) -> Cell:
    """Contradicting the claim's wording comes first; then stating it; then clashing with a
    detail of another outlet's supporting sentence."""

    def of_outlet(e: Evidence) -> bool:
        return view.source(e.article_id).record.source == outlet

    def contradicts(values: list[str]) -> Cell:
        return Cell("contradicts", "; ".join(dict.fromkeys(values)))

    wording = [_span(e) for e in claim.support if e.text == claim.text][:1]
    against = [v for _, mine, other, v in clashes if of_outlet(other) and _span(mine) in wording]
    if against:
        return contradicts(against)
    stated = [e.text for e in claim.support if of_outlet(e)]
    if stated:
        return Cell("states", stated[0])
    against = [v for _, _, other, v in clashes if of_outlet(other)]
    against += [e.text for e in claim.contradicted_by if of_outlet(e) and not against]
    return contradicts(against) if against else Cell("silent")


def independence_note(view: StoryView) -> str:
    """ "3 outlets, 2 independent sources: AP carried by 2" — why the count is what it is."""
    outlets = len(view.outlets())
    count = view.story.independent_source_count
    own = [s for s in view.sources if s.record.id in set(view.story.article_ids)]
    wires = Counter(s.record.origin for s in own if s.record.origin)
    reasons = [f"{origin} carried by {n}" for origin, n in sorted(wires.items()) if n > 1]
    copies = [c for c, o in view.copies() if not _same_origin(c, o)]
    if copies:
        reasons.append(f"{len(copies)} near-cop{'y' if len(copies) == 1 else 'ies'}")
    note = (
        f"{outlets} outlet{'s' if outlets != 1 else ''}, "
        f"{count} independent source{'s' if count != 1 else ''}"
    )
    return f"{note}: {'; '.join(reasons)}" if reasons else note


def _same_origin(copy: Source, original: Source) -> bool:
    return copy.record.origin is not None and copy.record.origin == original.record.origin


def carried_phrase(copy: Source, original: Source) -> str:
    """How a copy relates to what it copies, as in "[3] <phrase> [1]; counted once"."""
    if _same_origin(copy, original):
        return f"carries the same {copy.record.origin} copy as"
    return "is a near-copy of"


def provenance_lines(view: StoryView, claim: Claim) -> tuple[str, ...]:
    """Who published the claim first (when several did), and who carried whose text."""
    if claim.provenance is None:
        return ()
    lines = []
    first = claim.provenance.first_article_id
    if first is not None and len({e.article_id for e in claim.support}) > 1:
        when = claim.provenance.first_published
        lines.append(f"First published by {_name(view, first)} ({when}).")
    for carried in claim.provenance.carried:
        copy, original = view.source(carried.article_id), view.source(carried.from_article_id)
        why = f"both credit {copy.record.origin}" if carried.how == "same_origin" else "near-copy"
        lines.append(
            f"{_name(view, copy.record.id)} carries the text of "
            f"{_name(view, original.record.id)} ({why})."
        )
    return tuple(lines)


def _name(view: StoryView, article_id: str) -> str:
    source = view.source(article_id)
    return f"{source.record.source} [{source.number}]"
