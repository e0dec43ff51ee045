"""Sums of money that outlets may give in different currencies ("$3 million", "300 million
euros"): compared through the range of exchange rates a currency has had, and only when both
sums are for the same thing ("flood damage is an estimated $3 million", "300 million
euros of damage"), so that no exchange rate of the period makes them one sum.
"""

from __future__ import annotations

import re
from functools import cache

from consilience.crosscheck.dates import set_apart
from consilience.crosscheck.quantities import singular
from consilience.crosscheck.slots import Amount
from consilience.text.lexicon import word_list, word_sequence


@cache
def _rates() -> dict[str, tuple[str, float, float]]:
    """Each listed currency word or symbol -> its currency and range of US dollar values."""
    found: dict[str, tuple[str, float, float]] = {}
    for line in word_sequence("currencies"):
        name, low, high, *forms = line.split()
        for form in forms:
            found[form] = (name, float(low), float(high))
    return found


# The sum is the value of a noun stated before it ("damage is an estimated $3 million") ...
_LINK = r"(?:is|was|are|were|been|totall?ed|reached|estimated|put|valued|at|to|came|stood)"
_BEFORE = re.compile(rf"\b([a-z]+)\s+(?:{_LINK}\s+)+$")
# ... or after it ("$3 million in damage", "300 million euros ($330 million) of damage").
_AFTER = re.compile(r"(?:\s*\([^)]{1,40}\))?\s+(?:worth\s+)?(?:of|in)\s+([a-z]+)\b")


def currency(sentence: str, amount: Amount) -> tuple[str, float, float] | None:
    """A sum's currency and US dollar range per unit; None when not listed ("HK$" is not the
    US dollar: a letter before the symbol makes it another currency)."""
    rate = _rates().get(amount.unit.lower())
    if rate is None or (amount.start and sentence[amount.start - 1].isalpha()):
        return None
    return rate


def paid_for(sentence: str, amount: Amount) -> str | None:
    """The noun a sum of money is the value of: "flood damage is $3 million" -> "damage"."""
    for found in (_AFTER.match(sentence, amount.end), _BEFORE.search(sentence[: amount.start])):
        if found and found[1] not in word_list("stop_words"):
            return singular(found[1])
    return None


def far_apart(a: str, left: Amount, b: str, right: Amount) -> str | None:
    """Why two sums for the same thing cannot be one sum, or None when some exchange rate of
    the period (or the sums' own approximations) lets them agree."""
    rate_a, rate_b = currency(a, left), currency(b, right)
    if rate_a is None or rate_b is None or set_apart(a) or set_apart(b):
        return None
    noun = paid_for(a, left)
    if noun is None or noun != paid_for(b, right):
        return None
    (name_a, low_a, high_a), (name_b, low_b, high_b) = rate_a, rate_b
    if left.high * high_a >= right.low * low_b and right.high * high_b >= left.low * low_a:
        return None
    if name_a == name_b:
        return f"Both are sums for the {noun}, far apart."
    rate = f"{name_a}-{name_b} exchange rate"
    return f"Both are sums for the {noun}; no {rate} since 1999 makes them one."
