"""The neutral, cited summary. PLACEHOLDER until issue 4."""

from __future__ import annotations

from collections.abc import Sequence

from consilience.model import AnnotatedArticle, BriefSentence, Claim


def write_brief(
    claims: Sequence[Claim], articles: Sequence[AnnotatedArticle]
) -> tuple[BriefSentence, ...]:
    """A short summary from corroborated claims only; every sentence cites its articles."""
    return ()
