"""Structured slots of a sentence: amounts with units and approximations, and ordinals.

Contradictions compare slots, never raw words, so "nearly five-hour" and "five-hour" are
read as overlapping ranges rather than different strings.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from consilience.text.numbers import CARDINALS, ORDINALS

# How each approximation widens a stated value: (low factor, high factor); None = unbounded.
_APPROX: dict[str, tuple[float, float | None]] = {
    "nearly": (0.8, 1.0), "almost": (0.8, 1.0), "about": (0.8, 1.2), "around": (0.8, 1.2),
    "roughly": (0.8, 1.2), "some": (0.8, 1.2), "approximately": (0.8, 1.2),
    "more than": (1.0, None), "over": (1.0, None), "at least": (1.0, None),
    "less than": (0.0, 1.0), "under": (0.0, 1.0), "up to": (0.0, 1.0), "at most": (0.0, 1.0),
}  # fmt: skip
TIME_UNITS = frozenset({"year", "month", "week", "day", "hour", "minute"})
# Units a bare (unhyphenated) number may count; other following words are not units.
_COUNTED = TIME_UNITS | frozenset(
    [
        "percent",
        "people",
        "person",
        "troop",
        "soldier",
        "civilian",
        "death",
        "casualty",
        "prisoner",
        "dollar",
        "euro",
        "pound",
        "kilometre",
        "kilometer",
        "mile",
        "km",
        "meter",
        "metre",
        "ton",
        "tonne",
        "territory",
        "region",
        "country",
        "village",
        "drone",
        "missile",
        "vote",
        "seat",
    ]
)
# Words ending in "s" that follow numbers without being what they count.
_NOT_PLURALS = frozenset(
    ["times", "percents", "whereas", "perhaps", "always", "towards", "besides"]
)
# Words that sit between a negation and its verb ("has not yet been formally agreed").
_BETWEEN = frozenset(
    ["be", "been", "being", "yet", "ever", "to", "have", "has", "had", "formally", "officially",
     "publicly", "immediately", "directly", "explicitly", "fully", "also", "only", "even",
     "going", "able", "about", "likely"]
)  # fmt: skip
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}

_NUM = r"\d+(?:[.,]\d+)*|" + "|".join(CARDINALS)
_APPROX_RE = "|".join(sorted(_APPROX, key=len, reverse=True))
_AMOUNT = re.compile(
    rf"(?:\b(?P<approx>{_APPROX_RE})\s+)?(?P<cur>[$€£])?\b(?P<num>{_NUM})\b"
    r"(?:\s+(?P<scale>thousand|million|billion|trillion))?(?P<sep>[\s-])?(?P<unit>%|[a-z]+)?",
    re.IGNORECASE,
)
_ORDINAL = re.compile(
    rf"\b(?P<ord>{'|'.join(ORDINALS)}|\d+(?:st|nd|rd|th))\s+(?P<unit>[a-z]+)", re.IGNORECASE
)


@dataclass(frozen=True)
class Amount:
    """A quantity a sentence states, as the closed range of values it allows.

    ``value`` is the number as written ("about 40" -> 40), ``low``/``high`` what it allows.
    """

    unit: str
    value: float
    low: float
    high: float
    text: str
    start: int
    end: int
    head: str | None = None


@dataclass(frozen=True)
class Ordinal:
    """An ordinal such as "fourth year" or "third meeting" (offsets within the sentence)."""

    value: int
    unit: str
    text: str
    start: int
    end: int


def _unit(word: str) -> str:
    """A unit in singular lower case ("hours" -> "hour")."""
    word = word.lower()
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


def _is_unit(word: str, sep: str | None, currency: str | None) -> bool:
    """Whether the word after a number is its unit ("five-hour", "80%", "24 hours", "$5 m").

    Besides known units, a plural noun counts what the number counts ("1,200 dockworkers").
    """
    if word == "%" or currency or sep == "-":
        return bool(word) or currency is not None
    return sep is not None and (_unit(word) in _COUNTED or _plural_noun(word))


def _plural_noun(word: str) -> bool:
    """A lower-case plural-looking word that is not a function word ("ships", not "was")."""
    lowered = word.lower()
    return (
        word.islower()
        and len(lowered) > 3
        and lowered.endswith("s")
        and not lowered.endswith(("ss", "us", "is"))
        and lowered not in _NOT_PLURALS
    )


def same_unit(a: str, b: str) -> bool:
    """Whether two units count the same thing: equal, or a compound of the other ("dockworker")."""
    return a == b or (min(len(a), len(b)) > 3 and (a.endswith(b) or b.endswith(a)))


def _number(token: str) -> float | None:
    """The value of a digit string or number word."""
    lowered = token.lower()
    if lowered in CARDINALS:
        return float(CARDINALS[lowered])
    try:
        return float(lowered.replace(",", ""))
    except ValueError:
        return None


def _range(value: float, approx: str | None) -> tuple[float, float]:
    """The closed range an approximation word allows around a value."""
    if approx is None:
        return value, value
    low, high = _APPROX[approx.lower()]
    return value * low, math.inf if high is None else value * high


def _head(sentence: str, end: int) -> str | None:
    """The noun a hyphenated amount modifies: "five-hour meeting" -> "meeting"."""
    match = re.match(r"\s+([a-z]+)", sentence[end:])
    return match.group(1).lower() if match else None


def _is_age(sentence: str, end: int) -> bool:
    """Whether an amount is a person's age ("the 37-year-old")."""
    return sentence[end : end + 4].lower() == "-old"


def amounts(sentence: str) -> list[Amount]:
    """Every amount with a unit in a sentence; bare numbers and years are skipped."""
    found = []
    for match in _AMOUNT.finditer(sentence):
        value = _number(match["num"])
        unit = match["unit"] or ""
        if value is None or not _is_unit(unit, match["sep"], match["cur"]):
            continue
        if re.fullmatch(r"(1[89]|20)\d\d", match["num"]) or _is_age(sentence, match.end()):
            continue
        value *= _SCALES.get((match["scale"] or "").lower(), 1.0)
        unit = match["cur"] or _unit(unit)
        low, high = _range(value, match["approx"])
        hyphenated = match["sep"] == "-"
        head = _head(sentence, match.end()) if hyphenated else None
        found.append(Amount(unit, value, low, high, match[0], match.start(), match.end(), head))
    return found


def ordinals(sentence: str) -> list[Ordinal]:
    """Every ordinal followed by a noun: "its fourth year", "the third meeting"."""
    found = []
    for match in _ORDINAL.finditer(sentence):
        token = match["ord"].lower()
        value = ORDINALS.get(token) or int(re.sub(r"\D", "", token))
        found.append(Ordinal(value, _unit(match["unit"]), match[0], match.start(), match.end()))
    return found


def stem(word: str) -> str:
    """A crude stem that makes "agreed", "agrees" and "agree" one word."""
    for suffix in ("ing", "ed", "es", "s", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


_UNNEGATABLE = frozenset(
    stem(w)
    for w in ["say", "said", "tell", "told", "comment", "know", "knew", "known", "respond",
              "reply", "specify", "disclose", "elaborate", "give", "provide", "want", "expect",
              "clear", "immediately", "a", "an", "the", "only", "just", "all", "so", "as",
              # function words: "not in his DNA", "not his" negate no action
              "in", "on", "at", "for", "from", "with", "by", "of", "his", "her", "their", "its",
              "my", "our", "your", "this", "that", "there", "here", "enough", "more", "less",
              "much", "many", "least", "until", "yet", "necessarily", "sure", "certain"]
)  # fmt: skip


def negated_verbs(sentence: str) -> list[str]:
    """Stems of the verbs a sentence negates: "did not agree" -> agre, "never met" -> met.

    Verbs of saying and knowing are left out: "did not say when" denies nothing reported.
    """
    words = re.findall(r"[a-z]+", sentence.lower().replace("n't", " not"))
    found = []
    for at, word in enumerate(words):
        if word not in ("not", "never"):
            continue
        rest = [w for w in words[at + 1 : at + 5] if w not in _BETWEEN]
        if rest and stem(rest[0]) not in _UNNEGATABLE:
            found.append(stem(rest[0]))
    return found
