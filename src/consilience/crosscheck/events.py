"""What happened to the things a number counts or a date dates: the verb beside it.

"12 people were injured" and "18 people had been injured" count one thing (people,
injured); "died on Friday" and "died Thursday" date one happening. Outlets word a fact
differently, but the verb next to the number or the day is what says which fact it is,
so contradictions compare numbers and days only when that verb agrees.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

from consilience.text import word_list
from consilience.text.numbers import CARDINALS

# Words between a counted noun and its verb: "12 people were reportedly injured".
_AUXILIARIES = frozenset(
    ["was", "were", "is", "are", "be", "been", "being", "had", "has", "have", "who", "that",
     "which", "reportedly", "also", "all", "still", "later", "then", "allegedly", "apparently"]
)  # fmt: skip
_WORD = re.compile(r"[A-Za-z]+")
AFTER_WORDS = 4  # how far after a date a sentence-initial date's verb may be


def is_verb_form(word: str) -> bool:
    """A past or present participle ("injured", "firing") or a known irregular past ("took")."""
    lowered = word.lower()
    if not word.islower() or lowered in word_list("reporting_verbs"):
        return False
    regular = (lowered.endswith("ed") and len(lowered) > 3) or (
        lowered.endswith("ing") and len(lowered) > 5
    )
    return regular or lowered in _irregular()


@cache
def _irregular() -> dict[str, str]:
    """Each form of an irregular verb -> its base form ("sank", "sunk" -> "sink")."""
    forms: dict[str, str] = {}
    for line in word_list("irregular_verbs"):
        base, *rest = line.split()
        forms.update(dict.fromkeys(rest, base))
    return forms


def event_key(word: str) -> str:
    """One key for the forms of a verb: "injured", "injuring" -> "injur"; "sank" -> "sink"."""
    lowered = word.lower()
    if lowered in _irregular():
        return _irregular()[lowered]
    for suffix in ("ing", "ed"):
        if lowered.endswith(suffix) and len(lowered) - len(suffix) >= 3:
            return lowered[: -len(suffix)]
    return lowered


def verb_after(text: str, end: int) -> str | None:
    """The verb right after a counted noun, past auxiliaries: "people (were) injured"."""
    clause = re.split(r"[,;:.()]", text[end : end + 60], maxsplit=1)[0]
    for word in _WORD.findall(clause):
        if word.lower() in _AUXILIARIES:
            continue
        return event_key(word) if is_verb_form(word) else None
    return None


def verb_before(text: str, start: int) -> str | None:
    """The verb right before a number or a day: "injuring 12", "died on Friday"."""
    words = [w for w in _WORD.findall(text[max(0, start - 40) : start]) if w.lower() != "on"]
    return event_key(words[-1]) if words and is_verb_form(words[-1]) else None


def verb_near(text: str, start: int, end: int) -> str | None:
    """The verb a date phrase dates: just before it, else among the next few words."""
    before = verb_before(text, start)
    if before is not None:
        return before
    for word in _WORD.findall(text[end:])[:AFTER_WORDS]:
        if is_verb_form(word):
            return event_key(word)
    return None


LIST_ITEMS = 6  # list items a count may stand after and still take the list's verb
_ITEM_WORDS = 6  # words of one list item: a longer stretch is a clause, not an item


def list_verb(text: str, start: int) -> str | None:
    """The verb of the list a count is an item of: in "recovered seven rifles, launchers,
    three boats", "three boats" were recovered too. The count must follow a comma (or ", and")
    and the verb stand right before the list's first count ("recovered seven")."""
    parts = text[max(0, start - 200) : start].split(",")
    if len(parts) < 2 or parts[-1].strip() not in ("", "and"):
        return None
    for part in reversed(parts[:-1][-LIST_ITEMS:]):
        words = _WORD.findall(part)
        for word, after in pairwise(words):
            if is_verb_form(word) and _counts(after):
                return event_key(word)
        if len(words) > _ITEM_WORDS:
            return None
    return None


def _counts(word: str) -> bool:
    """A word that opens a count: "a", "an", a number word or digits."""
    lowered = word.lower()
    return lowered in ("a", "an") or lowered in CARDINALS or lowered.isdigit()
