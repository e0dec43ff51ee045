"""The contradictions a story lists: each disagreement once, and a bounded number of them.

Many outlets repeating one figure against one odd outlet is one disagreement, not one per
pair of sentences; and a story of hundreds of articles must stay readable.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from consilience.model import Contradiction

MAX_REPORTED = 50  # contradictions a reader can go through in one story
_QUOTED = re.compile(r'"([^"]+)"')  # the values an explanation quotes


def distinct(found: Sequence[Contradiction]) -> tuple[Contradiction, ...]:
    """Each disagreement once ("three boats" against "two boats", however many outlets say
    two), at most `MAX_REPORTED`: a story lists what is disputed, not every pair of sentences
    that dispute it, so a story of many articles stays readable."""
    seen: dict[tuple[str, ...], Contradiction] = {}
    for clash in found:
        values = sorted(value.lower() for value in compared(clash))
        seen.setdefault((clash.kind, *values) if len(values) == 2 else (clash.id,), clash)
    return tuple(seen.values())[:MAX_REPORTED]


def compared(clash: Contradiction) -> list[str]:
    """The values a contradiction's explanation quotes, one per side ("three boats", "two
    boats"); fewer or more when it quotes otherwise."""
    return _QUOTED.findall(clash.explanation)
