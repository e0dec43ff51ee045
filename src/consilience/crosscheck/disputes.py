"""Which of a story's contradictions dispute what a brief sentence states.

The brief states the version a settled majority of outlets gives even when one outlet
differs ("at least four shops" against "two shops"); the reader must see that it is
disputed. A contradiction disputes a brief sentence when one of its sides is a sentence the
brief sentence rests on (the same happening) and the brief sentence writes that side's
compared words (its figure or day with what it counts or dates, or the statement another
outlet negates) and not the other side's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from consilience.crosscheck.events import is_verb_form
from consilience.crosscheck.listing import compared
from consilience.crosscheck.words import FUNCTION, stem
from consilience.model import BriefSentence, Claim, Contradiction, Evidence
from consilience.text.dates import MONTHS, WEEKDAYS
from consilience.text.numbers import CARDINALS, ORDINALS

# Kinds whose sides compare a figure, a day or a statement and its negation; a place or a
# title ("home" against "hospice") is a word the sentence may write about something else.
DISPUTABLE = frozenset({"number", "date", "duration", "negation"})
MAX_VALUES = 2  # other values of one figure that outlets may give in a dispute about it
_CALENDAR = frozenset(MONTHS) | frozenset(WEEKDAYS)
_TOKEN = re.compile(r"\d{1,3}(?:, ?\d{3})+|\d+(?:\.\d+)?|[A-Za-z]+")


def mark_disputed(
    brief: Sequence[BriefSentence], claims: Sequence[Claim], clashes: Sequence[Contradiction]
) -> tuple[BriefSentence, ...]:
    """The brief with each sentence's ``disputed_by``: the listed contradictions disputing it.

    Against more than ``MAX_VALUES`` other values, the outlets count different things ("23
    points" of one player against each other player's points), not one thing in dispute.
    """
    support = {claim.id: claim.support for claim in claims}
    marked = []
    for sentence in brief:
        rests_on = [e for i in sentence.claim_ids for e in support.get(i, ())]
        found = {c.id: other for c in clashes if (other := _other(c, sentence.text, rests_on))}
        disputed = tuple(found) if len(set(found.values())) <= MAX_VALUES else ()
        marked.append(replace(sentence, disputed_by=disputed))
    return tuple(marked)


def _other(clash: Contradiction, text: str, support: Sequence[Evidence]) -> str | None:
    """The other side's compared words when a contradiction disputes a sentence resting on
    ``support`` (one of its sides is a supporting sentence, and the sentence writes exactly
    one side's compared words); None when it does not."""
    sides = compared(clash)
    if clash.kind not in DISPUTABLE or len(sides) != 2:
        return None
    if not any(_overlap(side, e) for side in (clash.a, clash.b) for e in support):
        return None
    said = _terms(text)
    written = [_within(_compared(side), said) for side in sides]
    if sum(written) != 1 or (clash.kind == "negation" and not _acts(sides[written.index(True)])):
        return None
    return " ".join(_compared(sides[written.index(False)]))


def _acts(side: str) -> bool:
    """Whether a side of a negation states a deed ("agreed to return"), not a bare name
    ("Deep Throat") that any sentence about its bearer writes."""
    return any(is_verb_form(word) for word in side.split())


def _overlap(a: Evidence, b: Evidence) -> bool:
    return a.article_id == b.article_id and a.start < b.end and b.start < a.end


def _terms(text: str) -> tuple[str, ...]:
    """A text's content words in order, numbers as digits ("four shops": 4, shop)."""
    found = []
    for token in _TOKEN.findall(text):
        low = token.lower().replace(",", "").replace(" ", "")
        if low in CARDINALS:
            found.append(str(CARDINALS[low]))
        elif low in ORDINALS:
            found.append(f"#{ORDINALS[low]}")
        elif low not in FUNCTION:
            found.append(stem(low))
    return tuple(found)


def _compared(side: str) -> tuple[str, ...]:
    """A side's words from its figure or day on: "at least 70 people" and "nearly 70
    people" both give 70 people; a side with neither ("did not agree to return") whole."""
    terms = _terms(side)
    first = next((k for k, t in enumerate(terms) if t[-1].isdigit() or t in _CALENDAR), 0)
    return terms[first:]


def _within(part: tuple[str, ...], whole: tuple[str, ...]) -> bool:
    """Whether some words occur in a text's words, in a row."""
    return bool(part) and any(
        whole[k : k + len(part)] == part for k in range(len(whole) - len(part) + 1)
    )
