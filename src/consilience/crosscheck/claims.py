"""Claims across outlets and the contradictions between them. PLACEHOLDER until issue 4."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from consilience.crosscheck.entities import EntityIndex
from consilience.model import AnnotatedArticle, Claim, Contradiction


def build_claims(
    articles: Sequence[AnnotatedArticle], entities: EntityIndex, copies: Mapping[str, str]
) -> tuple[tuple[Claim, ...], tuple[Contradiction, ...]]:
    """Align claim units across articles into claims with status, and find contradictions."""
    return (), ()
