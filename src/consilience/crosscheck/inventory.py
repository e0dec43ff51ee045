"""Lists of things found or seized, and the counts they give each item.

"seven rifles, RPG launchers, three boats and grenades" and "seven rifles, three machine
guns and a grenade launcher" list one haul: an item one outlet gives as "a launcher" (one)
and another as "launchers" (unnumbered, several) or "two launchers" is counted two ways.
Only the items of a list are read, never a noun in running prose, and two lists are one
haul only when they share another item.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from consilience.crosscheck.quantities import singular
from consilience.text import word_list
from consilience.text.numbers import CARDINALS

MIN_ITEMS = 3  # items a sentence lists before it is read as a list of things
MAX_WORDS = 4  # words of one item after its count: "seven AK-47 assault rifles"
_SEGMENT = re.compile(r"[,;:]|\b(?:and|or|with|along with|as well as|including|plus)\b")
_TOKEN = re.compile(r"[A-Za-z0-9][\w-]*")
_ONE = frozenset({"a", "an", "one", "single"})


@dataclass(frozen=True)
class Item:
    """One item of a list: its head noun (singular), the count given (None: an unnumbered
    plural such as "launchers"), and its words as written."""

    head: str
    count: int | None
    text: str


def _head(token: str) -> str | None:
    """The head noun of an item's last word in singular ("grenade-launcher" -> "launcher",
    "AK-47s" -> "ak-47"), None when it is a capitalised word (a name)."""
    if any(c.isdigit() for c in token):
        return token.lower().removesuffix("s")
    last = token.rsplit("-", 1)[-1]
    return singular(last) if last.isalpha() and last.islower() else None


def _plural(token: str) -> bool:
    """Whether a word is a plural noun form ("launchers", "AK-47s", not "glass" or "bus")."""
    last = token.rsplit("-", 1)[-1]
    if any(c.isdigit() for c in last):
        return last.endswith("s")
    return last.endswith("s") and not last.endswith(("ss", "us", "is")) and len(last) > 3


def _modifier(token: str) -> bool:
    """A word inside an item before its noun: "assault", "RPG", "AK-47", "rocket-propelled"."""
    lowered = token.lower()
    if lowered in word_list("stop_words") or lowered in word_list("determiners"):
        return False
    return token.islower() or token.isupper() or "-" in token or any(c.isdigit() for c in token)


def _item(segment: str) -> Item | None:
    """The item a list segment names, counted ("three boats", "a launcher") or not
    ("RPG launchers"); None for a clause or a phrase with a preposition."""
    tokens = _TOKEN.findall(segment)
    if not tokens or _head(tokens[-1]) is None:
        return None
    for at in range(len(tokens) - 2, max(-1, len(tokens) - MAX_WORDS - 3), -1):
        word = tokens[at].lower()
        if word in _ONE or word in CARDINALS or word.isdigit():
            count = 1 if word in _ONE else CARDINALS.get(word) or int(word)
            inside = tokens[at + 1 : -1]
            if (count == 1) == _plural(tokens[-1]) or not all(map(_modifier, inside)):
                return None
            return Item(_head(tokens[-1]) or "", count, " ".join(tokens[at:]))
        if not _modifier(tokens[at]):
            return None
    if len(tokens) > MAX_WORDS or not _plural(tokens[-1]) or not all(map(_modifier, tokens)):
        return None
    return Item(_head(tokens[-1]) or "", None, " ".join(tokens))


def items(sentence: str) -> tuple[Item, ...]:
    """The items of a list of things the sentence gives, or nothing when it lists fewer
    than `MIN_ITEMS`."""
    found = [item for part in _SEGMENT.split(sentence) if (item := _item(part))]
    return tuple(found) if len(found) >= MIN_ITEMS else ()


def _marks(listed: tuple[Item, ...]) -> set[str | int]:
    """What two lists of one haul share: item heads and counts of several ("seven")."""
    return {i.head for i in listed} | {i.count for i in listed if i.count and i.count > 1}


def miscounted(left: tuple[Item, ...], right: tuple[Item, ...]) -> tuple[Item, Item] | None:
    """An item one list gives as one and the other as several, when the lists share another
    item or another count of several (so that they list one haul)."""
    shared = _marks(left) & _marks(right)
    for one, many in ((left, right), (right, left)):
        for single in (i for i in one if i.count == 1):
            for plural in (i for i in many if i.head == single.head and i.count != 1):
                if shared - {single.head}:
                    return (single, plural) if one is left else (plural, single)
    return None
