"""Clauses two outlets word alike make a claim, when one of them stood alone.

News packs several facts into one sentence, and alignment compares whole sentences: "but
her coalition holds only a two-vote lead on the council" sits in a sentence about the
mayor's budget, "which has a two-vote lead on the council" in one about a poll, and neither
sentence aligns with the other as a whole, so the one outlet's clause is left a one-outlet
claim. A clause of a one-outlet claim and another outlet's clause state one
fact when their wordings state each other nearly surely (``stating``, at least ``CLOSE``),
give the same numbers and no detail no other outlet gives, and their sentences are related
(alignment at least ``RELATED``, which also bounds the clauses compared). Such clauses make a
claim of their own; a clause of a claim several outlets support stays in it too (it is lent),
and a one-outlet claim keeps its other clauses as one-outlet claims.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

import numpy as np

from consilience.crosscheck.adopt import locator, states
from consilience.crosscheck.claimed import claim_id, single_claim
from consilience.crosscheck.recruit import checkable, common_details
from consilience.crosscheck.stating import Stating
from consilience.model import Claim, Evidence, Vector

CLOSE = 0.95  # stating probability at which two clauses word one fact
RELATED = 0.5  # alignment of two sentences at which their clauses are compared
Piece = tuple[str, int, int]  # a clause: article, start, end
Pair = tuple[float, Evidence, Evidence]  # how likely two clauses word one fact, and both


def twin_claims(
    claims: Sequence[Claim],
    units: Sequence[Evidence],
    clauses: Callable[[int], Sequence[Evidence]],
    probability: Vector,
    outlets: Mapping[str, str],
    stating: Stating,
) -> list[Claim]:
    """The claims with the clauses of one-outlet claims that another outlet words alike made
    claims of their own (``clauses``: a unit's clauses, itself when it has none)."""
    pairs, copies = _pairs(claims, units, clauses, probability, outlets, stating)
    groups = [
        [*group, *(c for e in group for c in copies.get(_key(e), ()))]
        for group in _grouped(pairs, outlets, stating)
    ]
    taken = {_key(e) for group in groups for e in group}
    unit_of = locator(units)
    result = [kept for claim in claims for kept in _rest(claim, taken, clauses, unit_of)]
    result.extend(_claim(group, outlets) for group in groups)
    return sorted(result, key=lambda c: -c.independent_support)


def _pairs(
    claims: Sequence[Claim],
    units: Sequence[Evidence],
    clauses: Callable[[int], Sequence[Evidence]],
    probability: Vector,
    outlets: Mapping[str, str],
    stating: Stating,
) -> tuple[list[Pair], dict[Piece, list[Evidence]]]:
    """Each clause of a one-outlet claim with each clause of another outlet's related sentence
    it words alike, and the same clause in the claim's near-copies."""
    unit_of = locator(units)
    common = common_details(claims, outlets)
    pairs: list[Pair] = []
    copies: dict[Piece, list[Evidence]] = {}
    apart: dict[Piece, bool] = {}  # whether a clause gives a detail no other outlet gives

    def alone(piece: Evidence) -> bool:
        if (key := _key(piece)) not in apart:
            apart[key] = bool(checkable(piece.text) - common)
        return apart[key]

    for claim in claims:
        if claim.status != "single_source":
            continue
        lone, *others = (_own(e, clauses, unit_of) for e in claim.support)
        u = unit_of(claim.support[0])
        for p in lone:
            copies[_key(p)] = [q for other in others for q in other if q.text == p.text]
        shared = [p for p in lone if not alone(p)]
        for v in np.flatnonzero(probability[u] >= RELATED).tolist() if shared else ():
            if outlets[units[v].article_id] == outlets[claim.support[0].article_id]:
                continue
            for q in (q for q in clauses(v) if not alone(q)):
                for p in shared:
                    likely = states(p.text, q.text, stating)
                    if likely >= CLOSE:
                        pairs.append((likely, p, q))
    return pairs, copies


def _own(
    evidence: Evidence,
    clauses: Callable[[int], Sequence[Evidence]],
    unit_of: Callable[[Evidence], int | None],
) -> list[Evidence]:
    """The clauses of a one-outlet claim's sentence (or clause) that lie in it, itself when
    it has none; none when it is no claim unit (a quote)."""
    u = unit_of(evidence)
    if u is None:
        return []
    inside = [p for p in clauses(u) if evidence.start <= p.start and p.end <= evidence.end]
    return inside or [evidence]


def _key(evidence: Evidence) -> Piece:
    return evidence.article_id, evidence.start, evidence.end


def _grouped(
    pairs: list[Pair], outlets: Mapping[str, str], stating: Stating
) -> list[list[Evidence]]:
    """Groups of clauses, likeliest pairs first: a clause joins a group when its outlet is
    not in it yet and it words alike every clause already there."""
    groups: list[list[Evidence]] = []
    home: dict[Piece, int] = {}
    for _, p, q in sorted(pairs, key=lambda pair: -pair[0]):
        at_p, at_q = home.get(_key(p)), home.get(_key(q))
        if at_p is not None and at_q is not None:
            continue
        if at_p is None and at_q is None:
            home[_key(p)] = home[_key(q)] = len(groups)
            groups.append([p, q])
            continue
        at, new = (at_p, q) if at_p is not None else (at_q, p)
        assert at is not None
        group = groups[at]
        if outlets[new.article_id] not in {outlets[e.article_id] for e in group} and all(
            states(new.text, e.text, stating) >= CLOSE for e in group
        ):
            group.append(new)
            home[_key(new)] = at
    return groups


def _rest(
    claim: Claim,
    taken: set[Piece],
    clauses: Callable[[int], Sequence[Evidence]],
    unit_of: Callable[[Evidence], int | None],
) -> list[Claim]:
    """A claim as it stays: a one-outlet claim without the clauses that made a twin claim
    (its other clauses one-outlet claims, near-copies of a clause in one claim); any other
    claim as it was."""
    if claim.status != "single_source":
        return [claim]
    pieces = [p for e in claim.support for p in _own(e, clauses, unit_of)]
    if not any(_key(p) in taken for p in pieces):
        return [claim]
    same: dict[str, list[Evidence]] = {}
    for p in pieces:
        if _key(p) not in taken:
            same.setdefault(p.text, []).append(p)
    return [
        replace(single_claim(group[0]), id=claim_id(group), support=_scored(group))
        for group in same.values()
    ]


def _claim(group: Sequence[Evidence], outlets: Mapping[str, str]) -> Claim:
    """A claim of clauses several outlets word alike, worded by the first that opens a
    sentence (a clause continuing one, "and ...", does not read alone)."""
    wording = next((e for e in group if e.text[:1].isupper()), group[0])
    return Claim(
        id=claim_id(group),
        text=wording.text,
        status="corroborated",
        support=tuple(group),
        contradicted_by=(),
        independent_support=len({outlets[e.article_id] for e in group}),
    )


def _scored(support: Sequence[Evidence]) -> tuple[Evidence, ...]:
    """One-outlet supports as ``single_claim`` scores them: each states the claim."""
    return tuple(replace(e, score=1.0) for e in support)
