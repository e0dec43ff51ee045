"""Calendar words: month and weekday names, a pattern for a month as news writes it, and
the parts of months news dates happenings with ("early December", "November-end")."""

from __future__ import annotations

import re
from dataclasses import dataclass

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


@dataclass(frozen=True)
class Period:
    """The days of one month a phrase places a happening in: "early December" (1-10),
    "November 19" (19-19), "in May 2005" (1-31, of 2005). Offsets within the sentence."""

    text: str
    start: int
    end: int
    month: int
    first: int
    last: int
    year: int | None

    @property
    def exact(self) -> bool:
        """Whether the phrase names one day rather than a stretch of days."""
        return self.first == self.last

    def apart(self, other: Period) -> bool:
        """Whether two periods share no day (a year counts only when both give one)."""
        if self.year is not None and other.year is not None and self.year != other.year:
            return True
        return self.month != other.month or self.last < other.first or other.last < self.first


def _parts() -> dict[str, tuple[int, int]]:
    """Each part-of-month word -> the first and last day it covers (``period_words``)."""
    return {w: (int(a), int(b)) for w, a, b in (e.split() for e in word_sequence("period_words"))}


_PART = "(?:" + "|".join(_parts()) + ")"
_YEAR = r"(?:,?\s+(?P<year>(?:19|20)\d\d))?"
_PERIOD = re.compile(
    rf"\b(?:(?:the\s+)?(?P<part>{_PART})(?:\s+of\s+|\s*-\s*|\s+)(?P<month>{MONTH_NAME})\.?"
    rf"|(?P<month_first>{MONTH_NAME})\.?\s*-\s*(?P<part_after>{_PART})"
    rf"|(?P<day_month>{MONTH_NAME})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b"
    rf"|(?P<day_first>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month_after>{MONTH_NAME})"
    rf"|in\s+(?P<whole>{MONTH_NAME})\.?(?!\s*-)){_YEAR}\b",
    re.IGNORECASE,
)


def period_mentions(sentence: str) -> list[Period]:
    """Every part of a month, day of a month or whole month ("in May") a sentence names.

    Month names count only capitalised: "may" and "march" are verbs too.
    """
    found = []
    for match in _PERIOD.finditer(sentence):
        named = next(g for g in ("month", "month_first", "day_month", "month_after", "whole")
                     if match[g])  # fmt: skip
        if not match[named][0].isupper():
            continue
        part = match["part"] or match["part_after"]
        day = match["day"] or match["day_first"]
        first, last = _parts()[part.lower()] if part else (int(day), int(day)) if day else (1, 31)
        year = int(match["year"]) if match["year"] else None
        text = match[0][3:] if match["whole"] else match[0]
        start = match.end() - len(text)
        found.append(
            Period(text, start, match.end(), month_number(match[named]), first, last, year)
        )
    return found
