"""Near-copies (syndication, light rewrites). PLACEHOLDER until issue 4."""

from __future__ import annotations

from collections.abc import Sequence

from consilience.model import Article


def find_copies(articles: Sequence[Article]) -> dict[str, str]:
    """Map each near-copy's article id to the id of the article it copies."""
    return {}
