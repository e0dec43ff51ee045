"""Calendar words: month and weekday names, and a pattern for a month as news writes it."""

from __future__ import annotations

from consilience.text.lexicon import word_sequence

MONTHS: tuple[str, ...] = word_sequence("months")
"""January first: ``MONTHS.index(name) + 1`` is the month's number."""
WEEKDAYS: tuple[str, ...] = word_sequence("weekdays")
MONTH_NAME = "(?:" + "|".join(f"{m[:3]}(?:{m[3:]})?" for m in MONTHS) + "|sept)"
"""A month in full or abbreviated to three letters ("Dec", "Sept" too); match case-free."""


_ABBREVIATIONS = tuple(m[:3] for m in MONTHS)


def month_number(name: str) -> int:
    """The number (1-12) of a month name or abbreviation that `MONTH_NAME` matched."""
    return _ABBREVIATIONS.index(name[:3].lower()) + 1
