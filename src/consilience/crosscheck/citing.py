"""Which outlets a brief sentence may cite: those whose own sentence states it.

A claim groups sentences of several outlets on one fact, yet each may give it with other
details: "died at 12:45 p.m. at his home" and "died at his home on Thursday" share the
death, not the time. A reader who follows a citation must find what the brief sentence
says, so an outlet is cited only when one of its supporting sentences gives every count,
ordinal, day and month of the brief sentence, every name in it (a name may be shortened,
"Calif." for "California"), and at least ``ECHOED`` of its other words: the action and
what it acts on.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from consilience.crosscheck.alignment import lemma
from consilience.crosscheck.quantities import group
from consilience.crosscheck.words import covered_share, details, stems
from consilience.model import Claim
from consilience.text.dates import MONTHS, WEEKDAYS
from consilience.text.numbers import CARDINALS, ORDINALS

ECHOED = 0.5  # share of a sentence's content words another sentence must also write
_CALENDAR = frozenset(MONTHS) | frozenset(WEEKDAYS)
_TOKEN = re.compile(r"[A-Za-z]+|\d+")
_SHORT_NAME = 4  # letters a shortened name keeps ("Calif" of "California")


def citations(claim: Claim, order: Mapping[str, int], text: str = "") -> tuple[str, ...]:
    """The distinct articles supporting a claim, in story order; with the brief's ``text``,
    only those with a supporting sentence that ``states`` it."""
    cited = {e.article_id for e in claim.support if not text or states(text, e.text)}
    return tuple(sorted(cited, key=lambda i: (order.get(i, len(order)), i)))


def states(text: str, support: str) -> bool:
    """Whether a supporting sentence states what a brief sentence says (module docstring)."""
    said, given = _facts(text), _facts(support)
    return (
        said[0] <= given[0]
        and said[1] <= given[1]
        and all(_named(name, given[2]) for name in said[2])
        and covered_share(text, _acted(support), of=_acted) >= ECHOED
    )


def _facts(text: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(counts and ordinals, days and months, other names) a sentence gives.

    "One" is no count here: news writes "a man" as often as "one man".
    """
    counts = set()
    for token in _TOKEN.findall(text):
        low = token.lower()
        if token.isdigit() or low in CARDINALS:
            value = int(token) if token.isdigit() else CARDINALS[low]
            counts.update({str(value)} if value != 1 else set())
        elif low in ORDINALS:
            counts.add(f"#{ORDINALS[low]}")
    calendar = {w.lower() for w in re.findall(r"\b[A-Z][a-z]+\b", text)} & _CALENDAR
    named = details(text) - _CALENDAR - CARDINALS.keys() - ORDINALS.keys()
    return frozenset(counts), frozenset(calendar), frozenset(n for n in named if not n.isdigit())


def _acted(text: str) -> frozenset[str]:
    """A sentence's words other than names and numbers: the action and what it acts on, in
    any tense ("survived", "survive"), a listed word by its group ("killed", "died": dead)."""
    return frozenset(_action(w) for w in stems(text) - details(text))


def _action(word: str) -> str:
    grouped = group(word) or word
    return grouped if grouped != word else lemma(word)


def _named(name: str, names: frozenset[str]) -> bool:
    """Whether a name is among others, whole or shortened ("calif" and "california")."""
    return name in names or (
        len(name) >= _SHORT_NAME
        and any(len(n) >= _SHORT_NAME and (n.startswith(name) or name.startswith(n)) for n in names)
    )
