"""How outlets word shared claims differently: loaded words, hedges and attributions.

For each claim at least two outlets make, the framing terms annotation found in every
outlet's supporting sentences (``nlp.framing``) are set side by side. Only the terms that
not every outlet uses for that claim are reported: the differences are the framing.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from consilience.model import (
    AnnotatedArticle,
    Claim,
    Evidence,
    Framing,
    FramingMention,
    FramingTerm,
)

MIN_OUTLETS = 2


def _terms_in(evidence: Evidence, annotated: AnnotatedArticle) -> list[FramingMention]:
    """The article's framing terms inside one piece of evidence, outside its quotations.

    Words inside quotation marks are the speaker's, not the outlet's framing.
    """
    quoted = [(q.start, q.end) for q in annotated.quotes if q.kind != "indirect"]
    return [
        f
        for f in annotated.framing
        if evidence.start <= f.start
        and f.end <= evidence.end
        and not any(a <= f.start < b for a, b in quoted)
    ]


def _claim_framing(claim: Claim, by_id: Mapping[str, AnnotatedArticle]) -> Framing | None:
    """The terms of one claim that not every supporting outlet uses."""
    per_article: dict[str, list[FramingMention]] = {}
    for evidence in claim.support:
        if evidence.article_id in by_id:
            found = _terms_in(evidence, by_id[evidence.article_id])
            per_article.setdefault(evidence.article_id, []).extend(found)
    keys = [{(f.kind, f.key) for f in found} for found in per_article.values()]
    shared = set.intersection(*keys)
    terms = tuple(
        FramingTerm(aid, by_id[aid].article.source, f.term, f.kind, f.start, f.end)
        for aid, found in per_article.items()
        for f in sorted(found, key=lambda f: f.start)
        if (f.kind, f.key) not in shared
    )
    return Framing(claim.id, terms) if terms else None


def compare_framing(
    claims: Sequence[Claim], articles: Sequence[AnnotatedArticle]
) -> tuple[Framing, ...]:
    """Loaded words, hedges and attributions per outlet for claims several outlets share."""
    by_id = {a.article.id: a for a in articles}
    shared = [claim for claim in claims if _outlets(claim, by_id) >= MIN_OUTLETS]
    framings = (_claim_framing(claim, by_id) for claim in shared)
    return tuple(f for f in framings if f is not None)


def _outlets(claim: Claim, by_id: Mapping[str, AnnotatedArticle]) -> int:
    """How many distinct outlets support a claim (only those can frame it differently)."""
    return len({by_id[e.article_id].article.source for e in claim.support if e.article_id in by_id})
