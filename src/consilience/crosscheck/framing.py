"""How outlets word shared claims differently. PLACEHOLDER until issue 5."""

from __future__ import annotations

from collections.abc import Sequence

from consilience.model import AnnotatedArticle, Claim, Framing


def compare_framing(
    claims: Sequence[Claim], articles: Sequence[AnnotatedArticle]
) -> tuple[Framing, ...]:
    """Loaded words, hedges and attributions per outlet for claims several outlets share."""
    return ()
