"""One-outlet claims that state a claim of other outlets are adopted as its support.

A claim keeps one sentence per article and only sentences every pair of which aligns, so an
outlet's sentence on a fact several outlets state can be left on its own: its article
already supports the claim with another sentence, or it aligns with some of the claim's
sentences but not with all. A one-outlet claim is adopted by a claim of other outlets when
its sentence aligns with one of that claim's supporting sentences (as likely as ``link``),
its wording states that support's (``stating``, at least ``SURE``) and the claim's wording
(as likely as the stating model keeps a support), neither gives a number the other lacks,
and it gives no detail (name, number, day) that no other outlet gives, so nothing only one
outlet says is ever shown as corroborated this way. Only a whole sentence is adopted: a
part cut off its sentence (``trim``) was cut because the other outlets do not state it.
Candidates are read off its sentence's row of the alignment matrix: no other matrix is built.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from functools import lru_cache

import numpy as np

from consilience.crosscheck.claimed import with_support
from consilience.crosscheck.recruit import checkable, common_details
from consilience.crosscheck.stating import Stating, pair_features
from consilience.crosscheck.words import FUNCTION, details, is_number
from consilience.model import Claim, Evidence, Vector
from consilience.text.numbers import CARDINALS

SURE = 0.9  # stating probability at which a one-outlet wording states a support's
# "One" opening a text, or after its first word ("and one"), and the words around it
_ONE = re.compile(r"^(\W*(?:([A-Za-z]+)\s+)?)[Oo]ne\b(?=\s+([A-Za-z']+))")


def adopt(
    claims: Sequence[Claim],
    units: Sequence[Evidence],
    probability: Vector,
    outlets: Mapping[str, str],
    link: float,
    stating: Stating,
) -> list[Claim]:
    """The claims, each one-outlet claim that states a claim of other outlets moved into it
    (the likeliest such claim; an outlet joins a claim once), ordered by independent support
    as before."""
    unit_of = locator(units)
    holding: dict[int, list[tuple[int, Evidence]]] = {}  # unit -> (claim, its support there)
    told: dict[int, set[str]] = {}  # claim -> the outlets supporting it
    for k, claim in enumerate(claims):
        if claim.independent_support >= 2:
            told[k] = {outlets[e.article_id] for e in claim.support}
            for evidence in claim.support:
                if (u := unit_of(evidence)) is not None:
                    holding.setdefault(u, []).append((k, evidence))
    common = common_details(claims, outlets)
    joined: dict[int, list[Evidence]] = {}  # claim -> the supports it adopts, scored
    gone: set[int] = set()
    for k, claim in enumerate(claims):
        lone = claim.support[0]
        u = unit_of(lone)
        if claim.status != "single_source" or u is None or checkable(lone.text) - common:
            continue
        if (lone.start, lone.end) != (units[u].start, units[u].end):
            continue
        outlet = outlets[lone.article_id]
        best: tuple[float, int] | None = None
        for v in np.flatnonzero(probability[u] >= link).tolist():
            for j, support in holding.get(v, ()):
                if outlet in told[j]:
                    continue
                likely = states(lone.text, support.text, stating)
                if likely < SURE or (best is not None and likely <= best[0]):
                    continue
                if states(lone.text, claims[j].text, stating) >= stating[1].keep:
                    best = (likely, j)
        if best is not None:
            # near-copies of the sentence in the outlet's other articles go with it
            moved = (replace(e, score=round(best[0], 3)) for e in claim.support)
            joined.setdefault(best[1], []).extend(moved)
            told[best[1]].add(outlet)
            gone.add(k)
    kept = [
        with_support(c, joined.get(k, ()), outlets) for k, c in enumerate(claims) if k not in gone
    ]
    return sorted(kept, key=lambda c: -c.independent_support)


def locator(units: Sequence[Evidence]) -> Callable[[Evidence], int | None]:
    """Finds the claim unit (sentence) a span lies in, by article and offset."""
    starts: dict[str, list[tuple[int, int, int]]] = {}
    for u, unit in enumerate(units):
        starts.setdefault(unit.article_id, []).append((unit.start, unit.end, u))
    for spans in starts.values():
        spans.sort()

    def unit_of(evidence: Evidence) -> int | None:
        spans = starts.get(evidence.article_id, [])
        at = bisect_right(spans, (evidence.start, float("inf"), 0)) - 1
        if at >= 0 and spans[at][0] <= evidence.start and evidence.end <= spans[at][1]:
            return spans[at][2]
        return None

    return unit_of


@lru_cache(maxsize=16384)
def _numbers(text: str) -> frozenset[str]:
    """The counts a text gives, without a "one" that opens it (after a function word at
    most) before a function word: "One was charged", "and one of them was hurt" speak of one
    of those named before, and give no number of their own. A count written in words is
    its value: "three people" and "3 dead" give one count."""
    alone = _ONE.sub(lambda m: m[1] if _only_function(m[2], m[3]) else m[0], text)
    return frozenset(str(CARDINALS.get(w, w)) for w in details(alone) if is_number(w))


def _only_function(*words: str | None) -> bool:
    """Whether each word given is a function word (a missing one is)."""
    return all(w is None or w.lower() in FUNCTION for w in words)


def states(lone: str, support: str, stating: Stating) -> float:
    """How likely a one-outlet wording states a support's fact, 0 when either gives a number
    the other does not (outlets disagree on numbers; one outlet's figure is its own)."""
    if _numbers(lone) != _numbers(support):
        return 0.0
    rare, model = stating
    return model.probability(pair_features(lone, support, rare))
