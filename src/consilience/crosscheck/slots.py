"""Structured slots of a sentence: amounts with units and approximations, and ordinals.

Contradictions compare slots, never raw words, so "nearly five-hour" and "five-hour" are
read as overlapping ranges rather than different strings.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from consilience.crosscheck.events import verb_after, verb_before
from consilience.text import word_list
from consilience.text.numbers import CARDINALS, ORDINALS

# How each approximation widens a stated value: (low factor, high factor); None = unbounded.
_APPROX: dict[str, tuple[float, float | None]] = {
    "nearly": (0.8, 1.0), "almost": (0.8, 1.0), "about": (0.8, 1.2), "around": (0.8, 1.2),
    "roughly": (0.8, 1.2), "some": (0.8, 1.2), "approximately": (0.8, 1.2),
    "an estimated": (0.8, 1.2), "estimated": (0.8, 1.2), "approximate": (0.8, 1.2),
    "more than": (1.0, None), "over": (1.0, None), "at least": (1.0, None),
    "less than": (0.0, 1.0), "under": (0.0, 1.0), "up to": (0.0, 1.0), "at most": (0.0, 1.0),
    "within": (0.0, 1.0), "as many as": (0.0, 1.0), "as much as": (0.0, 1.0),
}  # fmt: skip
# A lower bound on a count of people or things ("at least 70 injured", "more than 200
# arrested") is a running tally: news writes it for figures near the bound, so it allows up
# to this factor above. Durations keep an open end ("more than three years" of a war).
LOWER_BOUND_SPAN = 1.5
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
# Units that measure rather than count, and the most generic counted nouns: a bare number of
# these ("30 billion euros", "five people") says too little to be compared across sentences.
MEASURES = frozenset(
    ["percent", "dollar", "euro", "pound", "yen", "yuan", "rupee", "kilometre", "kilometer",
     "mile", "km", "meter", "metre", "foot", "feet", "ton", "tonne", "kilogram", "kg",
     "people", "person", "time"]
)  # fmt: skip
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

# Digits as written, also as tokenised copy spaces them: "20, 000", "5. 4 per cent".
_NUM = (
    r"\d{1,3}(?:,\s\d{3})+(?!\d)|\d+\.\s\d+(?=\s?(?:%|per\s?cent|percent))|\d+(?:[.,]\d+)*|"
    + "|".join(CARDINALS)
)
_APPROX_RE = "|".join(sorted(_APPROX, key=len, reverse=True))
_AMOUNT = re.compile(
    rf"(?:\b(?P<approx>{_APPROX_RE})\s+)?(?P<cur>[$€£])?\b(?P<num>{_NUM})\b"
    r"(?:\s+(?P<scale>thousand|million|billion|trillion))?(?P<sep>[\s-])?"
    r"(?P<unit>%|per\s?cent\b|[a-z]+)?",
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
    event: str | None = None  # what happened to what it counts: "12 people (were) injured"
    bound: bool = False  # a lower bound ("at least", "more than"): perhaps a running tally


@dataclass(frozen=True)
class Ordinal:
    """An ordinal such as "fourth year" or "third meeting" (offsets within the sentence)."""

    value: int
    unit: str
    text: str
    start: int
    end: int


def _unit(word: str) -> str:
    """A unit in singular lower case ("hours" -> "hour"; "per cent" -> "%")."""
    word = word.lower()
    if re.fullmatch(r"per\s?cent|percent", word):
        return "%"
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


def _is_unit(word: str, sep: str | None, currency: str | None) -> bool:
    """Whether the word after a number is its unit ("five-hour", "80%", "24 hours", "$5 m").

    Besides known units, a plural noun counts what the number counts ("1,200 dockworkers").
    """
    if _unit(word) == "%" or currency or sep == "-":
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
        return float(re.sub(r"[,\s]", "", lowered))
    except ValueError:
        return None


def _range(value: float, approx: str | None, unit: str) -> tuple[float, float]:
    """The closed range an approximation word allows around a value."""
    if approx is None:
        return value, value
    low, high = _APPROX[" ".join(approx.lower().split())]
    if high is None and unit not in TIME_UNITS and unit != "%":
        high = LOWER_BOUND_SPAN
    return value * low, math.inf if high is None else value * high


def _head(sentence: str, end: int) -> str | None:
    """The noun a hyphenated amount modifies: "five-hour meeting" -> "meeting"."""
    match = re.match(r"\s+([a-z]+)", sentence[end:])
    return match.group(1).lower() if match else None


def _joined(sentence: str, end: int, unit: str) -> str:
    """The unit of a count of two coordinated nouns: "420 passengers and crew" counts
    "passenger+crew", not the passengers alone ("246 passengers and most of its crew" does)."""
    match = re.match(r"\s+(?:and|&)\s+([a-z]+)\b", sentence[end:])
    if match is None or match[1] in word_list("determiners") or _number(match[1]) is not None:
        return unit
    return f"{unit}+{_unit(match[1])}"


def _is_conversion(sentence: str, start: int) -> bool:
    """Whether an amount converts the one before it: "euro110 billion ($141 billion)".

    A conversion depends on the rate and the currency, so it is not the outlet's figure.
    """
    return re.search(r"\d[\s\w.-]{0,20}\(\s*$", sentence[max(0, start - 30) : start]) is not None


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
        if _is_conversion(sentence, match.start()):
            continue
        value *= _SCALES.get((match["scale"] or "").lower(), 1.0)
        unit = match["cur"] or _joined(sentence, match.end(), _unit(unit))
        low, high = _range(value, match["approx"], unit)
        hyphenated = match["sep"] == "-"
        head = _head(sentence, match.end()) if hyphenated else None
        event = verb_after(sentence, match.end()) or verb_before(sentence, match.start())
        bound = high == math.inf or high > value * 1.2
        found.append(
            Amount(unit, value, low, high, match[0], match.start(), match.end(), head, event, bound)
        )
    return found


def numbers(sentence: str) -> frozenset[float]:
    """Every number a sentence writes, in digits or words ("3 employees", "Three people")."""
    tokens = re.findall(rf"\b(?:\d+|{'|'.join(CARDINALS)})\b", sentence, re.IGNORECASE)
    return frozenset(v for v in map(_number, tokens) if v is not None)


def ordinals(sentence: str) -> list[Ordinal]:
    """Every ordinal followed by a noun: "its fourth year", "the third meeting"."""
    found = []
    for match in _ORDINAL.finditer(sentence):
        token = match["ord"].lower()
        value = ORDINALS.get(token) or int(re.sub(r"\D", "", token))
        found.append(Ordinal(value, _unit(match["unit"]), match[0], match.start(), match.end()))
    return found


_DIRECTION = re.compile(
    r"\b(?P<dir>(?:north|south)(?:-?(?:east|west))?|east|west)(?:ward)?\s+of\s+"
    r"(?P<place>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*)"
)
_OPPOSITE = {"north": "south", "south": "north", "east": "west", "west": "east"}


@dataclass(frozen=True)
class Bearing:
    """Where a sentence puts something relative to a named place: "west of Aden"."""

    direction: frozenset[str]  # compass components: {"north", "east"} for "north-east"
    place: str
    text: str


def bearings(sentence: str) -> list[Bearing]:
    """Every "<direction> of <Place>" a sentence states."""
    return [
        Bearing(frozenset(re.findall(r"north|south|east|west", m["dir"])), m["place"], m[0])
        for m in _DIRECTION.finditer(sentence)
    ]


def opposite(a: Bearing, b: Bearing) -> bool:
    """Whether two bearings from one place point opposite ways on some axis."""
    return a.place == b.place and any(_OPPOSITE[d] in b.direction for d in a.direction)


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
