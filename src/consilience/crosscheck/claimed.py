"""A claim's stable id, the claim one outlet alone makes, and a claim given more support."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import replace

from consilience.model import Claim, Evidence


def claim_id(support: Sequence[Evidence]) -> str:
    """A stable id from where the claim's sentences are."""
    keys = sorted(f"{e.article_id}:{e.start}:{e.end}" for e in support)
    return "c_" + hashlib.sha1("|".join(keys).encode()).hexdigest()[:12]


def single_claim(evidence: Evidence) -> Claim:
    """A claim only its own outlet makes."""
    return Claim(
        id=claim_id([evidence]),
        text=evidence.text,
        status="single_source",
        support=(replace(evidence, score=1.0),),
        contradicted_by=(),
        independent_support=1,
    )


def with_support(claim: Claim, extra: Sequence[Evidence], outlets: Mapping[str, str]) -> Claim:
    """A claim with more support, its id and outlets recounted; two outlets make a
    one-outlet claim corroborated."""
    if not extra:
        return claim
    support = (*claim.support, *extra)
    return replace(
        claim,
        id=claim_id(support),
        support=support,
        independent_support=len({outlets[e.article_id] for e in support}),
    )
