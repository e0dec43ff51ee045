"""Evidence that is only part of a sentence carries its sentence, for claims and
contradictions alike; a whole sentence carries none."""

from __future__ import annotations

from builders import article

from consilience.crosscheck.context import in_context
from consilience.model import Claim, Context, Contradiction, Evidence

FIRST = "The dam held overnight."
SECOND = "Engineers opened two sluices, and the river fell by a metre."


def _span(text: str, part: str, offset: int) -> Evidence:
    start = offset + text.index(part)
    return Evidence("a1", part, start, start + len(part))


def test_a_part_of_a_sentence_gets_its_sentence_and_a_whole_sentence_none() -> None:
    annotated = article("a1", FIRST, SECOND)
    offset = len(FIRST) + 1
    part = _span(SECOND, "and the river fell by a metre.", offset)
    whole = _span(FIRST, FIRST, 0)
    claim = Claim("c1", part.text, "single_source", (part, whole), (), 1)
    clash = Contradiction("x1", "number", part, whole, "'a metre' vs nothing")
    (placed,), (shown,) = in_context([claim], [clash], [annotated])
    assert placed.support[0].context == Context(SECOND, offset, offset + len(SECOND))
    assert placed.support[1].context is None
    assert shown.a.context == Context(SECOND, offset, offset + len(SECOND))
    assert shown.b.context is None
    assert placed.support[0] == part  # the context takes no part in comparing evidence
