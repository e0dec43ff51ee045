"""A claim's stable id, the claim one outlet alone makes, and a claim given other support."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import replace

from consilience.model import Claim, ClaimStatus, Evidence


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


def recounted(claim: Claim, support: Sequence[Evidence], outlets: Mapping[str, str]) -> Claim:
    """A claim with other supports (fewer, or another claim's too): worded by its own
    sentence if it stayed, else by the support nearest that wording; contested only while
    the wording the clash hit stays."""
    kept = any(e.text == claim.text for e in support)
    text = claim.text if kept else max(support, key=lambda e: e.score or 0.0).text
    independent = len({outlets[e.article_id] for e in support})
    status: ClaimStatus = (
        "contested"
        if claim.status == "contested" and kept
        else "corroborated"
        if independent >= 2
        else "single_source"
    )
    return replace(
        claim,
        id=claim_id(support),
        text=text,
        status=status,
        support=tuple(support),
        independent_support=independent,
    )
