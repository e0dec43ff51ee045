"""Structured slots of a sentence: amounts with units and approximations, and ordinals.

Contradictions compare slots, never raw words, so "nearly five-hour" and "five-hour" are
read as overlapping ranges rather than different strings.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from consilience.crosscheck.events import is_verb_form, list_verb, verb_after, verb_before
from consilience.crosscheck.margins import is_margin
from consilience.crosscheck.quantities import (
    GENERIC,
    denied,
    happening_after,
    in_fraction,
    in_name,
    in_range,
    is_age,
    is_listed,
    is_moment,
    is_people_of,
    is_subset,
    is_whole,
    owner_before,
    taken_from,
    toll_before,
    written_apart,
)
from consilience.text import word_list
from consilience.text.numbers import CARDINALS, ORDINALS

# How each approximation widens a stated value: (low factor, high factor); None = unbounded.
# "about 40" keeps the figure's leading digits (36 to 44): outlets round, they do not halve.
_APPROX: dict[str, tuple[float, float | None]] = {
    "nearly": (0.8, 1.0), "almost": (0.8, 1.0), "about": (0.9, 1.1), "around": (0.9, 1.1),
    "roughly": (0.9, 1.1), "some": (0.9, 1.1), "approximately": (0.9, 1.1),
    "an estimated": (0.9, 1.1), "estimated": (0.9, 1.1), "approximate": (0.9, 1.1),
    "more than": (1.0, None), "over": (1.0, None), "at least": (1.0, None),
    "less than": (0.0, 1.0), "under": (0.0, 1.0), "up to": (0.0, 1.0), "at most": (0.0, 1.0),
    "within": (0.0, 1.0), "as many as": (0.0, 1.0), "as much as": (0.0, 1.0),
}  # fmt: skip
# A lower bound on a count of people or things ("at least 70 injured", "more than 200
# arrested") is a running tally: news writes it for the figure counted so far, so it allows
# what "about" allows above it; a clash with it is shown with a note that later reporting
# may explain it. Durations keep an open end ("more than three years" of a war).
LOWER_BOUND_SPAN = 1.2
TIME_UNITS = frozenset({"decade", "year", "month", "week", "day", "hour", "minute"})
# Units that measure rather than count, and the most generic counted nouns: a bare number of
# these ("20 billion euros", "five people") says too little to be compared across sentences.
MEASURES = frozenset(
    ["percent", "dollar", "euro", "pound", "yen", "yuan", "rupee", "kilometre", "kilometer",
     "mile", "km", "meter", "metre", "foot", "feet", "ton", "tonne", "kilogram", "kg",
     "people", "person", "time"]
)  # fmt: skip
# Words ending in "s" that follow numbers without being what they count.
_NOT_PLURALS = frozenset(
    ["times", "percents", "whereas", "perhaps", "always", "towards", "besides"]
)
# Words after "and" that start another phrase, not a second counted noun ("and nearly 300").
# Bounds that exclude the value itself: "more than 300" clashes with "nearly 300".
_ABOVE = frozenset({"more than", "over"})
_NOT_NOUNS = word_list("determiners") | {approx.split()[0] for approx in _APPROX}
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}

# Digits as written, also as tokenised copy spaces them: "20, 000", "5. 4 per cent".
# "thirty-four", "thirty four": a tens word and a ones word make one number.
_TENS_ONES = (
    f"(?:{'|'.join(w for w, v in CARDINALS.items() if v in range(20, 100, 10))})[\\s-]"
    f"(?:{'|'.join(w for w, v in CARDINALS.items() if 1 <= v <= 9)})"
)
_NUM = (
    _TENS_ONES
    + r"|\d{1,3}(?:,\s\d{3})+(?!\d)|\d+\.\s\d+(?=\s?(?:%|per\s?cent|percent))|\d+(?:[.,]\d+)*|"
    + "|".join(CARDINALS)
)
_APPROX_RE = "|".join(sorted(_APPROX, key=len, reverse=True))
_AMOUNT = re.compile(
    rf"(?:\b(?P<approx>{_APPROX_RE})\s+)?(?:a\s+(?=dozen|hundred\b))?(?P<cur>[$€£])?\b(?P<num>{_NUM})\b"
    r"(?:(?:\s+|-)(?P<scale>thousand|million|billion|trillion))?(?P<sep>[\s-])?"
    r"(?P<unit>%|per\s?cent\b|[a-z]+)?",
    re.IGNORECASE,
)
_NO_PARTS: tuple[float, ...] = ()
_WORD = re.compile(r"[A-Za-z0-9][\w-]*")
MODIFIERS = 2  # words that may stand between a number and its noun: "13 fully loaded magazines"
# A list item just before a count ("seven AK-47s, " before "three other rifles").
_PART = re.compile(rf"\b(?P<num>{_NUM})\b[^,;:.]{{1,40}}(?:,|\band)\s*$", re.IGNORECASE)
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
    above: bool = False  # "more than" a count: ``low`` itself is excluded
    parts: tuple[float, ...] = ()  # the list items a sum adds up ("seven X, three other X")
    owner: str | None = None  # the name nearest before it: "Lund scored 20 points"
    partial: bool = False  # of a figure not given whole: "two other clubs", "30 to 40"


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


@cache
def _counted_units() -> frozenset[str]:
    """Units a bare number may count: the units of time and ``data/counted_units``, joined
    once rather than for every number read."""
    return TIME_UNITS | word_list("counted_units")


def _is_unit(word: str, sep: str | None, currency: str | None) -> bool:
    """Whether the word after a number is its unit ("five-hour", "80%", "24 hours", "$5 m").

    Besides known units, a plural noun counts what the number counts ("1,200 dockworkers").
    """
    if _unit(word) == "%" or currency or sep == "-":
        return bool(word) or currency is not None
    return sep is not None and (
        _unit(word) in _counted_units()
        or _plural_noun(word)
        or (word.islower() and is_listed(word))
        or is_people_of(word)
    )


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
    if "+" in a + b:  # "passenger+crew" is neither the passengers nor the crew alone
        return a == b
    return a == b or (min(len(a), len(b)) > 3 and (a.endswith(b) or b.endswith(a)))


def _number(token: str) -> float | None:
    """The value of a digit string or number word."""
    lowered = token.lower()
    if lowered in CARDINALS:
        return float(CARDINALS[lowered])
    if re.fullmatch(_TENS_ONES, lowered):
        return float(sum(CARDINALS[word] for word in re.split(r"[\s-]", lowered)))
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
    if match is None or match[1] in _NOT_NOUNS or _number(match[1]) is not None:
        return unit
    return f"{unit}+{_unit(match[1])}"


def _is_conversion(sentence: str, start: int) -> bool:
    """Whether an amount converts the one before it: "euro90 billion ($116 billion)".

    A conversion depends on the rate and the currency, so it is not the outlet's figure.
    """
    return re.search(r"\d[\s\w.-]{0,20}\(\s*$", sentence[max(0, start - 30) : start]) is not None


def amounts(sentence: str) -> list[Amount]:
    """Every amount with a unit in a sentence; bare numbers and years are skipped."""
    found = []
    for match in _AMOUNT.finditer(sentence):
        value = _number(match["num"])
        counted = _counted_by(sentence, match)
        if value is None or counted is None:
            continue
        unit, end, other, event, tally = counted
        if re.fullmatch(r"(1[89]|20)\d\d", match["num"]) or is_age(sentence, match.end()):
            continue
        skip = in_fraction(sentence, match.start(), match.end("num")) or is_moment(sentence, end)
        if skip or _is_conversion(sentence, match.start()) or in_name(sentence, match.start()):
            continue
        value *= _SCALES.get((match["scale"] or "").lower(), 1.0)
        start, parts = match.start(), _NO_PARTS
        if other:  # "seven AK-47s, three other rifles": ten rifles in all
            start, parts = _with_part(sentence, start, value)
            value = sum(parts) if parts else value
        # A list's last item, or a bare number ("killed 40 and wounded 55"), is not joined to
        # what follows: "two other rifles and ammunition".
        alone = bool(parts) or event is not None
        unit = match["cur"] or (_unit(unit) if alone else _joined(sentence, end, _unit(unit)))
        said = "more than" if _plus(match) else match["approx"]
        low, high = _range(value, said, unit)
        # "five-hour meeting", "$5-billion deal": the amount modifies the noun after it.
        scaled = match["scale"] and sentence[match.start("scale") - 1] == "-"
        hyphenated = (match["sep"] == "-" and not _plus(match)) or bool(scaled)
        head = _head(sentence, end) if hyphenated else None
        if is_margin(head) and not match["cur"]:  # "one-seat majority": the majority's size
            unit = str(head)
        if not is_whole(sentence, start):  # "two of the three victims died": two died
            event = event or happening_after(sentence, end) or verb_after(sentence, end)
        event = event or verb_before(sentence, start) or list_verb(sentence, start)
        approx = " ".join((said or "").lower().split())
        partial = (other and not parts) or in_range(sentence, match.start(), match.end("num"))
        partial = partial or (_is_lower_bound(approx) and denied(sentence, start))
        partial = partial or is_subset(sentence, start)
        found.append(
            Amount(
                unit, value, low, high, sentence[start:end], start, end, head, event,
                bound=tally or _is_lower_bound(approx), above=approx in _ABOVE and _counted(unit),
                parts=parts, owner=owner_before(sentence, start), partial=partial,
            )
        )  # fmt: skip
    return found


def _counted_by(
    sentence: str, match: re.Match[str]
) -> tuple[str, int, bool, str | None, bool] | None:
    """What a number counts: its unit, the end of its phrase, whether "other" marks it as a
    list's rest; for a bare number after "killed" or "the death toll rose to", that happening
    (counting people) and whether it is a running total."""
    unit = match["unit"] or ""
    if _plus(match):  # "three-plus seasons" counts seasons
        noun = _noun_after(sentence, match.end())
        return None if noun is None else (noun[0], noun[1], False, None, False)
    if match["cur"]:  # "$5 million of": the sum ends at its number, whatever word follows
        return unit, match.end("scale" if match["scale"] else "num"), False, None, False
    if _is_unit(unit, match["sep"], match["cur"]):
        if _spaced(match) and unit.isalpha() and _unit(unit) not in TIME_UNITS | MEASURES:
            return (*_compound(sentence, unit, match.end()), False, None, False)
        return unit, match.end(), False, None, False
    noun = _noun_after(sentence, match.start("unit")) if _spaced(match) else None
    if noun is not None:
        return (*noun, None, False)
    end = match.end("scale" if match["scale"] else "num")
    toll = None if match["cur"] else toll_before(sentence, match.start(), end)
    if toll is None:
        return None
    return taken_from(sentence, end) or GENERIC, end, False, toll[0], toll[1]


def _plus(match: re.Match[str]) -> bool:
    """Whether a number is written "<number>-plus": "three-plus seasons" is more than three."""
    return match["sep"] == "-" and (match["unit"] or "").lower() == "plus"


def _spaced(match: re.Match[str]) -> bool:
    """Whether a number is followed by a space and a word, not a currency or a hyphen."""
    return match["sep"] is not None and match["sep"].isspace() and bool(match["unit"])


def _is_lower_bound(approx: str) -> bool:
    """Whether an approximation only bounds from below ("at least", "more than")."""
    return approx in _APPROX and _APPROX[approx][1] is None


def overlap(left: Amount, right: Amount) -> bool:
    """Whether two amounts allow a common value. "More than 300" and "nearly 300" do not;
    "over 2.5 million" and a plain "2.5 million" do, the plain figure being rounded."""
    low, high = max(left.low, right.low), min(left.high, right.high)
    if low != high:
        return low < high
    return not any(
        side.above and side.low == low and other.low != other.high
        for side, other in ((left, right), (right, left))
    )


def _is_modifier(word: str) -> bool:
    """A word between a number and what it counts: "foreign", "other", "AK-47", not "the"."""
    lowered = word.lower()
    if lowered in word_list("stop_words") and lowered != "other":
        return False
    return word.islower() or any(c.isdigit() for c in word) or word.isupper()


def _noun_after(sentence: str, start: int) -> tuple[str, int, bool] | None:
    """The noun a number counts past up to `MODIFIERS` words ("14 foreign vessels"), its end,
    and whether "other" marks it as the rest of a list ("three other rifles")."""
    other, last = False, start
    for word in list(_WORD.finditer(sentence, start, start + 80))[: MODIFIERS + 1]:
        if sentence[last : word.start()].strip():
            return None  # punctuation: the number's phrase has ended
        # A participle modifies ("hunting rifles") but is not what is counted ("one man died").
        if _is_noun(word[0]):
            return (*_compound(sentence, word[0], word.end()), other)
        if not _is_modifier(word[0]):
            return None
        other, last = other or word[0].lower() == "other", word.end()
    return None


def _is_noun(word: str) -> bool:
    """A word that names what is counted; a participle only modifies ("hunting rifles")."""
    return not is_verb_form(word) and _is_unit(word, " ", None)


def _compound(sentence: str, noun: str, end: int) -> tuple[str, int]:
    """The counted noun of a run of nouns and the run's end: "mortar shells" counts shells,
    "crew members" the crew (the listed noun, when the last one is not listed)."""
    if (apart := written_apart(sentence, noun, end)) is not None:
        return apart  # "one battery powered camera drone" counts drones
    nouns = [noun]
    while (match := re.match(r" ([A-Za-z]+)", sentence[end:])) and _is_noun(match[1]):
        nouns.append(match[1])
        end += match.end()
    listed = [n for n in nouns if is_listed(n)]
    return (nouns[-1] if is_listed(nouns[-1]) or not listed else listed[-1]), end


def _with_part(sentence: str, start: int, value: float) -> tuple[int, tuple[float, ...]]:
    """The start of a count with the list item just before it, and the values of both."""
    part = _PART.search(sentence, max(0, start - 50), start)
    number = _number(part["num"]) if part else None
    if part is None or number is None:
        return start, ()
    return part.start(), (number, value)


def _counted(unit: str) -> bool:
    """A unit that counts things or people, not a time, a share or a sum of money."""
    return unit.isalpha() and unit not in TIME_UNITS


@lru_cache(maxsize=4096)
def numbers(sentence: str) -> frozenset[float]:
    """Every number a sentence writes, in digits or words ("3 employees", "Three people"); a
    decimal is one number, also as tokenised copy spaces it ("magnitude 5.2", "3. 6")."""
    tokens = re.findall(rf"\b(?:\d+(?:\.\s?\d+)?|{'|'.join(CARDINALS)})\b", sentence, re.I)
    return frozenset(v for v in map(_number, tokens) if v is not None)


def ordinals(sentence: str) -> list[Ordinal]:
    """Every ordinal followed by a noun: "its fourth year", "the third meeting"."""
    found = []
    for match in _ORDINAL.finditer(sentence):
        token = match["ord"].lower()
        value = ORDINALS.get(token) or int(re.sub(r"\D", "", token))
        found.append(Ordinal(value, _unit(match["unit"]), match[0], match.start(), match.end()))
    return found
