"""Restatements: one fact is one claim, even when outlets state it more than once.

Grouping lets an article into a claim once, yet outlets state their core fact in the
headline and again in the lead, so one fact becomes parallel claims that each hold some of
the same outlets (headlines with headlines, leads with leads), and those can never group.
After grouping, two claims merge when they state the same fact:

- for most pairs of outlets, one in each claim, some pair of their sentences is likely to
  state the same thing by the pair model (``alignment``; the share is ``MERGES``, chosen
  by topic-grouped cross-validation in ``bench/align_fit.py``): an outlet states a fact
  once in its headline and once in its lead, and a claim must not absorb a neighbour on
  its topic;
- the sentences of the smaller claim state the larger one by the stating model
  (``stating``: enough of the rare words in common with another outlet's sentence; on
  average, a lone sentence itself), not only share its topic;
- the smaller claim's sentences give no detail (name, number, day) that no other outlet of
  the merged claim uses: a neighbouring fact names its own place, figure or day, and the
  detail would read as corroborated.

A merged claim holds several sentences of an outlet (``RESTATED`` at most, which also
bounds the work on a story of many outlets on one topic), each listed as its support;
independent support still counts outlets.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from consilience.crosscheck.recruit import checkable, content, said_twice
from consilience.model import Evidence, Vector

MERGES = 0.5  # share of two claims' pairs of outlets that must be likely for them to merge
RESTATED = 3  # sentences of one outlet a claim holds at most: headline, lead, one more
NEAREST = 5  # claims a claim is weighed against: those its sentences are likeliest with

Groups = list[list[int]]
Stating = Callable[[Sequence[str]], np.ndarray]  # texts -> pairwise stating probability


def merge_restated(
    groups: Sequence[Sequence[int]],
    units: Sequence[Evidence],
    probability: Vector,
    outlets: Mapping[str, str],
    keep: float,
    stating: tuple[Stating, float],
    merges: float = MERGES,
) -> Groups:
    """Groups with those that restate one another merged, likeliest first.

    ``keep``: the pair probability that counts a pair as likely (the model's grouping
    ``keep``); ``stating``: the stating model's pairwise probability and the one a sentence
    needs to state a claim; ``merges``: the share of pairs of outlets that must be likely.
    """
    number = {name: k for k, name in enumerate(sorted(set(outlets.values())))}
    outlet = np.array([number[outlets[u.article_id]] for u in units], dtype=int)
    members = {k: list(g) for k, g in enumerate(groups)}
    owner = np.zeros(len(units), dtype=int)
    for k, g in members.items():
        owner[g] = k
    merge = _Merge(units, probability, outlets, outlet, keep, stating, merges)
    heap: list[tuple[float, int, int]] = []
    for a in members:
        heap.extend(merge.candidates(a, members, owner))
    heapq.heapify(heap)
    while heap:
        _, a, b = heapq.heappop(heap)
        if a not in members or b not in members or merge.score(members[a], members[b]) is None:
            continue
        members[a] = sorted([*members[a], *members.pop(b)])
        owner[members[a]] = a
        for found in merge.candidates(a, members, owner):
            heapq.heappush(heap, found)
    return [members[k] for k in sorted(members)]


@dataclass(frozen=True)
class _Merge:
    """The evidence that two groups restate one fact, over one story's units."""

    units: Sequence[Evidence]
    probability: Vector
    outlets: Mapping[str, str]
    outlet: np.ndarray  # per unit, its outlet's number
    keep: float
    stating: tuple[Stating, float]
    merges: float

    def candidates(
        self, a: int, members: Mapping[int, list[int]], owner: np.ndarray
    ) -> list[tuple[float, int, int]]:
        """(-score, a, b) for the ``NEAREST`` groups ``b`` a sentence of ``a`` is likeliest
        with (as likely as ``keep``, another outlet's): a claim weighed against every
        other one would cost a story of many outlets on one topic quadratic time."""
        rows = members[a]
        likely = np.where(
            self.outlet[rows][:, None] != self.outlet[None, :], self.probability[rows], 0.0
        ).max(axis=0)
        likely[rows] = 0.0
        near: dict[int, float] = {}
        for j in np.flatnonzero(likely >= self.keep).tolist():
            near[int(owner[j])] = max(near.get(int(owner[j]), 0.0), float(likely[j]))
        found = []
        for b in sorted(near, key=lambda g: (-near[g], g))[:NEAREST]:
            score = self.score(members[a], members[b])
            if score is not None:
                found.append((-score, min(a, b), max(a, b)))
        return found

    def score(self, a: list[int], b: list[int]) -> float | None:
        """Mean probability over pairs of outlets of two groups that restate one fact,
        else None."""
        if np.bincount(self.outlet[[*a, *b]]).max() > RESTATED:
            return None
        likely = self._outlet_pairs(a, b)
        if likely.size == 0 or float((likely >= self.keep).mean()) < self.merges:
            return None
        small, large = sorted((a, b), key=len)
        if not self._states(small, large) or not self._own_details_shared(small, large):
            return None
        return float(likely.mean())

    def _outlet_pairs(self, a: list[int], b: list[int]) -> np.ndarray:
        """Per pair of different outlets, one in each group, the probability of their
        likeliest pair of sentences: an outlet states the fact when one of its sentences
        does (a headline, or the lead)."""
        rows, row = np.unique(self.outlet[a], return_inverse=True)
        cols, col = np.unique(self.outlet[b], return_inverse=True)
        best = np.full((len(rows), len(cols)), -1.0)
        np.maximum.at(best, (row[:, None], col[None, :]), self.probability[np.ix_(a, b)])
        result: np.ndarray = best[rows[:, None] != cols[None, :]]
        return result

    def _states(self, small: list[int], large: list[int]) -> bool:
        """Whether the sentences of ``small`` state the claim, on average, by the stating
        model with their likeliest sentence of another outlet in ``large`` (a lone
        sentence: itself)."""
        stating, needed = self.stating
        texts = [self.units[i].text for i in [*small, *large]]
        matrix = stating(texts)[: len(small), len(small) :]
        other = self.outlet[small][:, None] != self.outlet[large][None, :]
        return float(np.where(other, matrix, 0.0).max(axis=1).mean()) >= needed

    def _own_details_shared(self, small: list[int], large: list[int]) -> bool:
        """Whether the smaller claim's sentences give only details (names, numbers, days)
        that another outlet of the merged claim also uses (in any case: a headline
        capitalises every word): a claim on a neighbouring fact names its own place,
        figure or day."""
        common = said_twice([self.units[i] for i in [*small, *large]], self.outlets, content)
        return all(checkable(self.units[i].text) <= common for i in small)
