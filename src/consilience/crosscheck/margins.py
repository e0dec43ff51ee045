"""A margin between two sides, whatever unit a writer measures it in.

"A one-seat majority", "a narrow one-person majority" and "a one-vote majority" state one
fact: the count before a margin noun (``data/margin_nouns``) is the margin's size, and the
word between them is only the unit one writer picks. So the count is read as counting the
margin itself (``slots``), and the unit word as one word, the same in every outlet, when
supports are compared word by word (``stating``).
"""

from __future__ import annotations

import re
from functools import cache

from consilience.crosscheck.words import stem
from consilience.text import word_list
from consilience.text.numbers import CARDINALS

MEASURE = "margin#unit"  # the one word every margin's unit reads as (no word of any text)


def is_margin(noun: str | None) -> bool:
    """Whether a noun names how far one side is ahead of another ("majority", "lead")."""
    return noun is not None and noun.lower() in word_list("margin_nouns")


@cache
def _measured() -> re.Pattern[str]:
    """A count joined by a hyphen to a unit before a margin noun: "one-seat majority"."""
    counts = "|".join(sorted(CARDINALS, key=len, reverse=True))
    margins = "|".join(sorted(word_list("margin_nouns")))
    return re.compile(rf"\b(?:\d+|{counts})-([a-z]+)\s+(?:{margins})\b", re.IGNORECASE)


def margin_units(text: str) -> frozenset[str]:
    """The words a text measures a margin in, as ``stems`` reads them ("seat" of "a one-seat
    majority", and of "a two-seats lead")."""
    return frozenset(stem(m[1].lower()) for m in _measured().finditer(text))


def measured(words: frozenset[str], text: str) -> frozenset[str]:
    """A text's content words with each unit it measures a margin in read as ``MEASURE``:
    "one-person" and "one-seat" before "majority" say the same."""
    units = margin_units(text)
    return words - units | {MEASURE} if units else words
