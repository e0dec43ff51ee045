"""Calendar words: month and weekday names, a pattern for a month as news writes it, and
the parts of months news dates happenings with ("early December", "November-end")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from consilience.text.lexicon import word_sequence

MONTHS: tuple[str, ...] = word_sequence("months")
"""January first: ``MONTHS.index(name) + 1`` is the month's number."""
WEEKDAYS: tuple[str, ...] = word_sequence("weekdays")
MONTH_NAME = "(?:" + "|".join(f"{m[:3]}(?:{m[3:]})?" for m in MONTHS) + "|sept)"
"""A month in full or abbreviated to three letters ("Dec", "Sept" too); match case-free."""


_DAY = r"\d{1,2}(?:st|nd|rd|th)?(?!\d)"
MONTH_DAY = rf"({MONTH_NAME})\b\.?\s+{_DAY}"
"""A calendar day written month first ("Dec. 6", "December 6th"); group 1 is the month."""
DAY_MONTH = rf"{_DAY}\s+(?:of\s+)?({MONTH_NAME})\b\.?"
"""A calendar day written day first ("6 December", "6th of Dec."); group 1 is the month."""
DAY_OF_MONTH = re.compile(rf"\b{MONTH_DAY}|\b{DAY_MONTH}", re.IGNORECASE)
"""Either way of writing a calendar day; the month is group 1 or group 2."""

_ABBREVIATIONS = tuple(m[:3] for m in MONTHS)


def month_number(name: str) -> int:
    """The number (1-12) of a month name or abbreviation that `MONTH_NAME` matched."""
    return _ABBREVIATIONS.index(name[:3].lower()) + 1


def spelled_months(text: str) -> str:
    """A text with the month of each calendar day written in full ("Dec. 6" -> "December.
    6", "6 Sept" -> "6 September"), in the case it was written: news agencies abbreviate
    months beside a day and others do not, and the two write one date."""
    return DAY_OF_MONTH.sub(_spelled, text)


def _spelled(found: re.Match[str]) -> str:
    """A calendar day `DAY_OF_MONTH` found, its month written in full."""
    group = 1 if found.group(1) else 2
    name = found.group(group)
    full = MONTHS[month_number(name) - 1]
    full = full.capitalize() if name[:1].isupper() else full
    start, end = found.span(group)
    whole = found.group(0)
    return whole[: start - found.start()] + full + whole[end - found.start() :]


@dataclass(frozen=True)
class Period:
    """The stretch of days a phrase places a happening in, as (month, day) bounds: "early
    December" (1-10 December), "November 19", "in May 2005", "mid-2005" (May to August)."""

    text: str
    start: int  # offsets within the sentence
    end: int
    first: tuple[int, int]
    last: tuple[int, int]
    year: int | None

    @property
    def exact(self) -> bool:
        """Whether the phrase names one day rather than a stretch of days."""
        return self.first == self.last

    def apart(self, other: Period) -> bool:
        """Whether two periods share no day (a year counts only when both give one)."""
        if self.year is not None and other.year is not None and self.year != other.year:
            return True
        return self.last < other.first or other.last < self.first


@cache
def _parts() -> dict[str, tuple[int, int, int, int]]:
    """Each part-of-month word -> the days of a month and the months of a year it covers."""
    return {
        word: (int(a), int(b), int(c), int(d))
        for word, a, b, c, d in (e.split() for e in word_sequence("period_words"))
    }


_PART = "(?:" + "|".join(_parts()) + ")"
_LINK = r"(?:\s+of\s+|\s*-\s*|\s+)"  # "end of", "mid-", "early "
_YEAR = r"(?:,?\s+(?P<year>(?:19|20)\d\d))?"
_PERIOD = re.compile(
    rf"\b(?:(?:the\s+)?(?P<part>{_PART}){_LINK}(?P<month>{MONTH_NAME})\.?"
    rf"|(?P<month_first>{MONTH_NAME})\.?\s*-\s*(?P<part_after>{_PART})"
    rf"|(?P<day_month>{MONTH_NAME})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b"
    rf"|(?P<day_first>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month_after>{MONTH_NAME})"
    rf"|in\s+(?P<whole>{MONTH_NAME})\.?(?!\s*-)"
    rf"|(?:the\s+)?(?P<year_part>{_PART}){_LINK}(?P<part_year>(?:19|20)\d\d)"
    rf"|in\s+(?P<lone_year>(?:19|20)\d\d)(?!\s*-)){_YEAR}\b",
    re.IGNORECASE,
)
_MONTH_GROUPS = ("month", "month_first", "day_month", "month_after", "whole")


def _bounds(match: re.Match[str]) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The (month, day) bounds a period match covers; None for a lower-case month ("may")."""
    if match["year_part"]:
        _, _, first, last = _parts()[match["year_part"].lower()]
        return (first, 1), (last, 31)
    if match["lone_year"]:
        return (1, 1), (12, 31)
    named = next(match[g] for g in _MONTH_GROUPS if match[g])
    if not named[0].isupper():
        return None
    month = month_number(named)
    part, day = match["part"] or match["part_after"], match["day"] or match["day_first"]
    first, last = _parts()[part.lower()][:2] if part else (int(day),) * 2 if day else (1, 31)
    return (month, first), (month, last)


def period_mentions(sentence: str) -> list[Period]:
    """Every part of a month or year, day or whole month a sentence names.

    Month names count only capitalised: "may" and "march" are verbs too.
    """
    found = []
    for match in _PERIOD.finditer(sentence):
        bounds = _bounds(match)
        if bounds is not None:
            year = match["year"] or match["part_year"] or match["lone_year"]
            text = match[0]
            found.append(
                Period(text, match.start(), match.end(), *bounds, int(year) if year else None)
            )
    return found
