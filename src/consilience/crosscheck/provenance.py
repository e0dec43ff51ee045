"""Provenance of claims: which outlet published each first, and who carried whose text."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence

from consilience.model import Article, Carried, CarriedHow, Claim, Provenance


def with_provenance(
    claims: Sequence[Claim], articles: Sequence[Article], copies: Mapping[str, str]
) -> tuple[Claim, ...]:
    """The claims, each with its provenance among the articles that state it."""
    by_id = {article.id: article for article in articles}
    return tuple(
        dataclasses.replace(claim, provenance=provenance(claim, by_id, copies)) for claim in claims
    )


def provenance(
    claim: Claim, articles: Mapping[str, Article], copies: Mapping[str, str]
) -> Provenance:
    """The earliest dated supporting article, and each supporting copy with what it copies."""
    ids = list(dict.fromkeys(e.article_id for e in claim.support if e.article_id in articles))
    dated = [articles[i] for i in ids if articles[i].published]
    first = min(dated, key=lambda a: (a.published or "", ids.index(a.id)), default=None)
    carried = tuple(
        Carried(i, copies[i], _how(articles[i], articles.get(copies[i])))
        for i in ids
        if i in copies
    )
    return Provenance(first.id if first else None, first.published if first else None, carried)


def _how(copy: Article, original: Article | None) -> CarriedHow:
    """Same agency credited: carried as wire copy; otherwise the text itself was copied."""
    same = original is not None and copy.origin is not None and copy.origin == original.origin
    return "same_origin" if same else "near_copy"
