"""Content words of a sentence, and how much of a sentence other outlets also say."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache

from consilience.text import word_list
from consilience.text.dates import spelled_months
from consilience.text.numbers import CARDINALS, ORDINALS

_STOP = word_list("overlap_stop_words")


def words(text: str) -> frozenset[str]:
    """Content words, lower case, for lexical overlap."""
    return frozenset(in_order(text))


def in_order(text: str) -> tuple[str, ...]:
    """Content words, lower case, in the order a text gives them (what is said first)."""
    return tuple(w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in _STOP)


# Words a detail does not hang on: spaCy's English stop words and attribution verbs, but not
# numerals, ordinals or negations, which are exactly the details outlets disagree on.
FUNCTION = frozenset(
    w
    for w in word_list("spacy_stop_words") | {"according", "stated", "told", "despite", "amid"}
    if w not in CARDINALS
    and w not in ORDINALS
    and w not in {"no", "not", "never", "none", "nobody", "nothing", "last"}
)


_TOKEN = re.compile(r"[A-Za-z]+|\d+")
# Sentences remembered by ``stems`` and ``details``: cross-checking a story reads each of its
# sentences' words dozens of times (coverage, stating, recruiting, trimming).
_SENTENCES = 1 << 14


@lru_cache(maxsize=_SENTENCES)
def stems(text: str) -> frozenset[str]:
    """Content words with a plural or possessive ending cut ("hours" and "hour" agree), a
    month beside a day in full ("Dec. 6" and "December 6" agree)."""
    return frozenset(
        stem(w)
        for w in words(spelled_months(text))
        if w not in FUNCTION and (len(w) > 1 or w.isdigit())
    )


def stem(word: str) -> str:
    """A word without its plural or possessive ending."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def stems_of(texts: Iterable[str]) -> frozenset[str]:
    """Every content-word stem of some texts."""
    return frozenset().union(*(stems(t) for t in texts))


@lru_cache(maxsize=_SENTENCES)
def details(text: str) -> frozenset[str]:
    """The checkable details of a sentence, as stems: numbers, names, days and months.

    These are what a corroborated sentence may carry that only its own outlet gives ("since
    February", "the Republican president"); its other words vary with each outlet's style.
    A month beside a day counts in full ("Dec. 6" is "December 6").
    """
    tokens = _TOKEN.findall(spelled_months(text))
    counted = frozenset(
        stem(token.lower())
        for k, token in enumerate(tokens)
        if is_number(token) or (k and token.lower() in ORDINALS)
    )
    return counted | names(text)


@lru_cache(maxsize=_SENTENCES)
def names(text: str) -> frozenset[str]:
    """The names among a sentence's ``details``, as stems: capitalised words past its first
    that are no count or ordinal (what tells two facts about different people apart)."""
    tokens = _TOKEN.findall(spelled_months(text))
    return frozenset(
        stem(token.lower())
        for k, token in enumerate(tokens)
        if k and _name(token) and not is_number(token) and token.lower() not in ORDINALS
    )


def _name(token: str) -> bool:
    return token[0].isupper() and token.lower() not in FUNCTION


def is_number(token: str) -> bool:
    """A count, a detail even opening a sentence ("Sixteen crew ..."), where any other word
    is capitalised whatever it is ("First, ..." is no ordinal detail)."""
    return token[0].isdigit() or token.lower() in CARDINALS


def covered_share(
    text: str, seen: frozenset[str], of: Callable[[str], frozenset[str]] = stems
) -> float:
    """Share of a sentence's content words (or ``details``) other outlets also use (``seen``).

    A sentence every word of which another outlet also writes states nothing only its own
    outlet says; an uncovered word is a detail to check before stating it as corroborated.
    A sentence with nothing to check is wholly covered.
    """
    own = of(text)
    return len(own & seen) / len(own) if own else 1.0


_FIGURE = re.compile(
    r"(?<![\d.,:])(\d{1,3}(?:, ?\d{3})+|\d+(?:\.\d+)?)(?![\d:]|, ?\d{3}(?!\d))"
    r"(?:\s*-?\s*(billion|bn|million|thousand)\b)?(?:[\s-]*([A-Za-z]+))?",
    re.I,
)
_SCALE = {"billion": 1e9, "bn": 1e9, "million": 1e6, "thousand": 1e3}


def figures(text: str) -> frozenset[tuple[float, str]]:
    """The numbers a text writes in digits, each with what it counts (the word after it,
    the scale standing for it): "20,000 people" and "20, 000 people" are one figure,
    "40bn" and "40 billion" another, "23 lorries" and "23 October" two; a clock time
    ("12:45") is none."""
    return frozenset((value, unit) for value, unit, _, _ in figure_spans(text))


def figure_spans(text: str) -> list[tuple[float, str, int, int]]:
    """``figures`` in text order, each with where its number (and scale) starts and ends."""
    found = []
    for match in _FIGURE.finditer(text):
        scale = (match[2] or "").lower()
        value = float(match[1].replace(",", "").replace(" ", "")) * _SCALE.get(scale, 1)
        unit = "" if scale else stem((match[3] or "").lower())
        found.append((value, unit, match.start(), match.end(2 if scale else 1)))
    return found
