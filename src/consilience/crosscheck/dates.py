"""Dates a sentence states, resolved against its article's publication date.

"On Tuesday" in an article published on Thursday 13 August is 11 August; "August 11" in
another outlet's article is the same day, so the two agree. Phrases are found with a
small pattern and resolved by dateparser, which knows weekdays, month names and
relative words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache

import dateparser

from consilience.text import word_list
from consilience.text.dates import DAY_MONTH, MONTH_DAY, MONTHS, WEEKDAYS

_WEEKDAY = "(?:" + "|".join(WEEKDAYS) + ")"
_DATE = re.compile(
    rf"\b(?:(?P<lead>last|next|this|on|until|by|since|from|before|after)\s+)?(?P<phrase>{_WEEKDAY}"
    rf"|{MONTH_DAY}(?:,?\s+\d{{4}})?"
    rf"|{DAY_MONTH}(?:\s+\d{{4}})?"
    r"|yesterday|today|tomorrow)\b",
    re.IGNORECASE,
)
# Words that put a weekday in the future ("talks are due to begin on Thursday").
_FUTURE = re.compile(
    r"\b(?:will|would|shall|due to|scheduled|expected to|plans? to|set to|next|until|tomorrow)\b",
    re.IGNORECASE,
)
_DEICTIC = frozenset({"yesterday", "today", "tomorrow"})
_RELATIVE = re.compile(rf"^(?:{_WEEKDAY}|yesterday|today|tomorrow)$", re.IGNORECASE)


@dataclass(frozen=True)
class DateMention:
    """A date phrase of a sentence (offsets within the sentence)."""

    text: str
    start: int
    end: int
    relative: bool  # a weekday or "yesterday": needs the publication date to mean a day
    in_prose: bool  # led by "on", "since", "last" ...: an event's day, not a dateline


def date_mentions(sentence: str) -> list[DateMention]:
    """Every weekday, day-and-month or relative day a sentence names."""
    return [
        DateMention(
            match["phrase"],
            match.start("phrase"),
            match.end("phrase"),
            _RELATIVE.match(match["phrase"]) is not None,
            match["lead"] is not None or match["phrase"].lower() in _DEICTIC,
        )
        for match in _DATE.finditer(sentence)
        if not _is_may_verb(match["phrase"], sentence, match.start("phrase"))
    ]


def _is_may_verb(phrase: str, sentence: str, start: int) -> bool:
    """ "may 5" is a month only when capitalised: "may" alone is a verb."""
    return phrase[:3].lower() == "may" and not sentence[start].isupper()


@lru_cache(maxsize=4096)
def day_name(text: str) -> tuple[int, int] | str | None:
    """What a date phrase names whatever the year: a weekday ("friday") or (month, day).

    One happening has one weekday and one calendar day in every outlet, so two outlets
    naming different ones for it disagree even when neither gives a year.
    """
    lowered = text.lower()
    if re.fullmatch(_WEEKDAY, lowered):
        return lowered
    if _RELATIVE.match(text):
        return None
    parsed = dateparser.parse(text, languages=["en"], settings={"PREFER_DAY_OF_MONTH": "first"})
    return (parsed.month, parsed.day) if parsed is not None else None


def parse_published(published: str | None) -> date | None:
    """An article's publication day from its stored ISO timestamp."""
    if not published:
        return None
    try:
        return datetime.fromisoformat(published.replace("Z", "+00:00")).date()
    except ValueError:
        return None


def resolve(mention: DateMention, sentence: str, published: date | None) -> date | None:
    """The day a mention means: weekdays count back from publication unless the verb looks ahead.

    Without a publication date only phrases that give their year mean a day.
    """
    if published is None and not re.search(r"\d{4}", mention.text):
        return None
    if published is not None and mention.text.lower() == published.strftime("%A").lower():
        return published
    return _parsed(mention.text, published, "future" if _FUTURE.search(sentence) else "past")


@lru_cache(maxsize=4096)
def _parsed(phrase: str, published: date | None, prefer: str) -> date | None:
    """dateparser's day for a phrase, once per publication day and tense: a story's
    articles of one day name "Tuesday" again and again."""
    base = datetime.combine(published or date(1970, 1, 1), datetime.min.time())
    parsed = dateparser.parse(
        phrase, languages=["en"], settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": prefer}
    )
    return parsed.date() if parsed is not None else None


# "last month", "earlier this week", "two years ago", "in (early) May", "in 2005": another time.
_ANOTHER_TIME = re.compile(
    r"(?i:\b(?:last|previous|earlier|past) (?:week|month|year|decade|season)s?\b"
    r"|\bearlier this (?:week|month|year|season)\b|\bago\b)"
    rf"|\b[Ii]n (?:(?:early|mid|late)[\s-])?"
    rf"(?:{'|'.join(m.capitalize() for m in MONTHS)}|(?:19|20)\d\d)\b"
)


def set_apart(text: str) -> bool:
    """Whether a text dates what it tells to another time ("last month", "in May", "years
    ago"): a figure or a circumstance in it is likely of an earlier happening."""
    return _ANOTHER_TIME.search(text) is not None


_STAMP_WORDS = 3  # words beside a date that may stamp it ("Posted at", "Updated on")


def is_dateline(sentence: str, mention: DateMention) -> bool:
    """Whether a date stamps the report, not a happening: in brackets ("said on Monday (3
    May)"), after a colon closing a headline ("Line reopened: 9 May"), or beside a stamping
    word ("3 May 2031 Posted at 08:40", ``data/dateline_words``). Two
    outlets stamping different days tell of no different day of the event."""
    before, after = sentence[: mention.start].rstrip(), sentence[mention.end :].strip()
    if before.endswith("(") and after.startswith(")"):
        return True
    if before.endswith(":") and not after.strip(" .,"):
        return True
    beside = re.findall(r"[a-z]+", before[-30:].lower())[-_STAMP_WORDS:]
    beside += re.findall(r"[a-z]+", after[:30].lower())[:_STAMP_WORDS]
    return not word_list("dateline_words").isdisjoint(beside)
