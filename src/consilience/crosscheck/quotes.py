"""Renderings of one utterance across outlets, graded. PLACEHOLDER until issue 5."""

from __future__ import annotations

from collections.abc import Sequence

from consilience.crosscheck.entities import EntityIndex
from consilience.model import AnnotatedArticle, Quote


def group_quotes(articles: Sequence[AnnotatedArticle], entities: EntityIndex) -> tuple[Quote, ...]:
    """Group every article's quotes into utterances with a canonical wording and fidelity."""
    return ()
