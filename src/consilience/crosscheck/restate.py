"""Restatements: a claim holds every sentence of an outlet that states it, not only one.

Grouping lets an article into a claim once, yet real articles state their core fact in the
lead and again in the body, often in other words, and a fact-checker lists each such
sentence as that outlet's support. After grouping, a sentence of an outlet a claim of
several outlets already holds also supports that claim when it is likely enough, on
average, to state the same thing as the claim's members from the other outlets
(``RESTATES``, chosen by topic-grouped cross-validation in ``bench/align_fit.py``) and
gives no detail (name, number, day) only its own outlet gives: such a detail would then
read as corroborated. Independent support still counts outlets, not sentences.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

from consilience.crosscheck.recruit import checkable, said_twice
from consilience.model import Evidence, Vector

RESTATES = 0.6  # mean pair probability to a claim's other outlets' members that restates it

Groups = list[list[int]]


def restate(
    groups: Sequence[Sequence[int]],
    units: Sequence[Evidence],
    probability: Vector,
    outlets: Mapping[str, str],
    restates: float = RESTATES,
) -> tuple[Groups, Groups]:
    """(groups, per group the units of other groups that also support it).

    A unit alone in its group moves into the claim it restates (it is no one-outlet claim
    of its own); a unit of a claim of its own lends it support. Units are weighed against
    the groups as grouping left them, so no claim grows from another restatement.
    """
    outlet = [outlets[u.article_id] for u in units]
    shared = [k for k, g in enumerate(groups) if len({outlet[i] for i in g}) >= 2]
    home = {i: k for k, g in enumerate(groups) for i in g}
    lent: Groups = [[] for _ in groups]
    if shared:
        common = said_twice(units, outlets, checkable)
        likely, best = _likeliest(groups, shared, probability, outlet)
        for u, (p, k) in enumerate(zip(likely.tolist(), best.tolist(), strict=True)):
            if shared[k] != home[u] and p >= restates and checkable(units[u].text) <= common:
                lent[shared[k]].append(u)
    moved = {u for found in lent for u in found if len(groups[home[u]]) == 1}
    kept = [k for k, g in enumerate(groups) if not (len(g) == 1 and g[0] in moved)]
    return (
        [sorted([*groups[k], *(u for u in lent[k] if u in moved)]) for k in kept],
        [[u for u in lent[k] if u not in moved] for k in kept],
    )


def _likeliest(
    groups: Sequence[Sequence[int]],
    shared: Sequence[int],
    probability: Vector,
    outlet: Sequence[str],
) -> tuple[Vector, np.ndarray]:
    """Per unit, its highest mean probability to the other outlets' members of a group of
    ``shared`` that holds its outlet (its own group included: a unit that states its own
    claim best restates no other), and that group's place in ``shared``."""
    count = len(outlet)
    own = np.array(outlet, dtype=object)
    best: Vector = np.zeros(count, dtype=np.float32)
    where: np.ndarray = np.zeros(count, dtype=int)
    for place, k in enumerate(shared):
        members = list(groups[k])
        theirs = np.array([outlet[m] for m in members], dtype=object)
        others = own[:, None] != theirs[None, :]
        total = (probability[:, members] * others).sum(axis=1)
        mean = np.divide(total, others.sum(axis=1), out=np.zeros_like(best), where=others.any(1))
        mean[~np.isin(own, theirs)] = 0.0
        better = mean > best
        best[better], where[better] = mean[better], place
    return best, where
