"""Whether two amounts count one thing: the counted noun and what happened to it, as groups.

"40 dead", "killed 40" and "40 people died" count one quantity; "nearly 300 crewmen" and
"more than 300 crew members" too. The groups are data (``quantity_nouns``); a word outside
them is its own group, so "three boats" and "two boats" still count one thing.
"""

from __future__ import annotations

import re
from functools import cache

from consilience.crosscheck.events import event_key
from consilience.text.lexicon import word_sequence
from consilience.text.numbers import CARDINALS

GENERIC = "people"  # the group of nouns that count anyone ("people", "persons")
# Groups that say what happened rather than what is counted ("40 dead" counts people killed).
_HAPPENINGS = frozenset({"dead", "wounded", "arrested", "missing", "evacuated", "sheltering"})


@cache
def _groups() -> dict[str, str]:
    """Each listed form, its singular and its verb key -> the name of its group."""
    found: dict[str, str] = {}
    for line in word_sequence("quantity_nouns"):
        name, *forms = line.split()
        for form in forms:
            for key in (form, singular(form), event_key(form)):
                found.setdefault(key, name)
    return found


def singular(word: str) -> str:
    """A noun in singular lower case ("hours" -> "hour")."""
    word = word.lower()
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


def group(word: str | None) -> str | None:
    """The group a counted noun or an event key belongs to (itself when unlisted)."""
    if word is None:
        return None
    return _groups().get(word.lower(), word.lower())


def is_listed(word: str) -> bool:
    """Whether a word names a listed quantity ("crewmen", "dead"): it can be a count's unit."""
    return word.lower() in _groups()


def happening(unit: str, event: str | None) -> str | None:
    """What happened to what a count counts: its verb's group, or the unit's ("40 dead")."""
    if event is not None and group(event) in _HAPPENINGS:
        return group(event)
    named = group(unit)
    return named if named in _HAPPENINGS else group(event)


def casualty(unit: str, event: str | None) -> str | None:
    """The listed happening a count tells ("dead", "arrested"), None for any other verb."""
    named = happening(unit, event)
    return named if named in _HAPPENINGS else None


def thing(unit: str) -> str:
    """What a count counts, as a group; a happening word counts people ("40 dead")."""
    named = group(unit) or unit
    return GENERIC if named in _HAPPENINGS else named


def parts_follow(sentence: str, end: int) -> bool:
    """Whether a count is one part of a sum: "two policemen and a civilian" (killed)."""
    return _PART.match(sentence[end:]) is not None


_PART = re.compile(rf"\s*(?:,|and)\s+(?:a|an|\d+|{'|'.join(CARDINALS)})\b", re.IGNORECASE)
