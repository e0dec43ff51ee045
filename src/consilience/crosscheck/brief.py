"""The neutral, cited summary: representative source sentences of corroborated claims only.

Nothing is generated: each brief sentence is an outlet's own sentence that at least two
independent outlets support, so no single-source claim is ever stated as fact. Sentences
that are mostly someone's quoted words are left to the quotes section: outlets may word
a quote differently, and a brief states facts, not one outlet's rendering of a remark.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rapidfuzz import fuzz

from consilience.model import AnnotatedArticle, BriefSentence, Claim
from consilience.nlp.quotemarks import quoted_spans

MAX_SENTENCES = 8
MOSTLY_QUOTED = 0.5  # share of a sentence's characters inside quotation marks
# A sentence leaning on its article's context ("He said", "this information", or one that
# introduces a block quote with "stating:") means nothing out of it, and a brief lifts
# sentences out of their articles.
CONTEXT_BOUND = re.compile(
    r"^(?:he|she|it|they|this|that|these|those)\b|\b(?:this|these|those)\s+[a-z]+|:$",
    re.IGNORECASE,
)
REDUNDANT = 75  # token-set similarity (0-100) at which two sentences say the same thing


def _citations(claim: Claim, order: dict[str, int]) -> tuple[str, ...]:
    """The distinct articles supporting a claim, in story order."""
    return tuple(sorted({e.article_id for e in claim.support}, key=lambda i: order.get(i, 0)))


def _first_seen(claim: Claim, order: dict[str, int]) -> tuple[int, int]:
    """Where a claim first appears in the story (article order, then offset)."""
    return min((order.get(e.article_id, 0), e.start) for e in claim.support)


def _mostly_quoted(text: str) -> bool:
    """True when most of a sentence is inside quotation marks."""
    quoted = sum(q.mark_end - q.mark_start for q in quoted_spans(text))
    return quoted >= MOSTLY_QUOTED * max(len(text), 1)


def write_brief(
    claims: Sequence[Claim], articles: Sequence[AnnotatedArticle]
) -> tuple[BriefSentence, ...]:
    """A short summary from corroborated claims only; every sentence cites its articles."""
    order = {annotated.article.id: k for k, annotated in enumerate(articles)}
    eligible = [
        claim
        for claim in claims
        if claim.status == "corroborated"
        and len(_citations(claim, order)) >= 2
        and not _mostly_quoted(claim.text)
        and not CONTEXT_BOUND.search(claim.text.strip())
    ]
    eligible.sort(key=lambda c: (-c.independent_support, _first_seen(c, order)))
    chosen: list[Claim] = []
    for claim in eligible:
        if all(fuzz.token_set_ratio(claim.text, c.text) < REDUNDANT for c in chosen):
            chosen.append(claim)
        if len(chosen) == MAX_SENTENCES:
            break
    return tuple(
        BriefSentence(text=c.text.strip(), citations=_citations(c, order), claim_ids=(c.id,))
        for c in chosen
    )
