"""What an article's lead says happened: who and where, how many, on which weekday.

A reader tells two look-alike events apart (two arrests of one team's players, two
earthquakes on one island) by the lead: the names in it, its main figures, the day it
gives. Later paragraphs recall earlier events, so only the first sentences count.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from typing import TypeVar

from consilience.model import AnnotatedArticle
from consilience.text import word_list
from consilience.text.dates import DAY_MONTH, MONTH_DAY, WEEKDAYS
from consilience.text.names import clean_name, name_tokens
from consilience.text.numbers import CARDINALS

LEAD_SENTENCES = 3
"""The headline, a dateline and the first sentence of the story in most news pages."""

_CLOCK_OR_DATE = re.compile(
    rf"\b\d{{1,2}}\s*[:/]\s*\d{{1,2}}(?:\s*/\s*\d{{2,4}})?"  # 11:30, 12/16/08
    rf"|\b{MONTH_DAY}|\b{DAY_MONTH}"  # Feb. 4, 4th of February
    r"|\b(?:19|20)\d\d\b",  # years are the `year` feature's
    re.IGNORECASE,
)
_FIGURE = re.compile(r"(?<![\w.])\d[\d,]*(?:\.\d+)?(?!\w)|\b[a-z]+\b", re.IGNORECASE)
Value = TypeVar("Value")
_WEEKDAY = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b", re.IGNORECASE)


@dataclass(frozen=True)
class Lead:
    """The name tokens, figures and weekdays (0 = Monday) of an article's first sentences."""

    names: frozenset[str]
    figures: frozenset[str]
    weekdays: frozenset[int]


def lead_of(annotated: AnnotatedArticle) -> Lead:
    """The lead of an annotated article: its first `LEAD_SENTENCES` sentences."""
    sentences = annotated.sentences[:LEAD_SENTENCES]
    text = " ".join(s.text for s in sentences)
    names = (
        token
        for m in annotated.mentions
        if m.sentence < LEAD_SENTENCES
        for token in name_tokens(clean_name(m.text))
    )
    return Lead(
        names=frozenset(t for t in names if len(t) > 1 and t not in word_list("stop_words")),
        figures=figures(text),
        weekdays=frozenset(WEEKDAYS.index(w.lower()) for w in _WEEKDAY.findall(text)),
    )


def figures(text: str) -> frozenset[str]:
    """The counts, sums and magnitudes a text states, in digits or small number words
    ("five hurt" = "5 hurt"), leaving out clock times, calendar days and years."""
    found = set()
    for match in _FIGURE.finditer(_CLOCK_OR_DATE.sub(" ", text)):
        word = match[0].lower()
        if word[0].isdigit():
            found.add(word.replace(",", ""))
        elif word in CARDINALS:
            found.add(str(CARDINALS[word]))
    return frozenset(found)


@dataclass
class LeadTally:
    """The leads of a story's members: how many members name each token, figure, weekday."""

    names: Counter[str] = field(default_factory=Counter)
    figures: Counter[str] = field(default_factory=Counter)
    weekdays: Counter[int] = field(default_factory=Counter)

    def add(self, lead: Lead) -> None:
        """Count one more member's lead."""
        self.names.update(lead.names)
        self.figures.update(lead.figures)
        self.weekdays.update(lead.weekdays)


def overlap(values: Collection[Value], tally: Mapping[Value, int]) -> float:
    """+1 when every one of the article's lead values is in the story's leads, -1 when none is.

    0 when the article's lead or the story's leads give none: silence is no evidence.
    """
    if not values or not tally:
        return 0.0
    return 2.0 * sum(1 for v in values if v in tally) / len(values) - 1.0
