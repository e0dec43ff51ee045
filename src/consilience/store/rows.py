"""Article table rows and back: the wire agency in ``wire_origin``, the input in ``origin``."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from sqlalchemy import Row

from consilience.model import (
    Article,
)
from consilience.store import schema

ARTICLE_COLUMNS = (
    schema.articles.c.id,
    schema.articles.c.source,
    schema.articles.c.title,
    schema.articles.c.url,
    schema.articles.c.published,
    schema.articles.c.language,
    schema.articles.c.text,
    schema.articles.c.wire_origin,
)


def article_from_row(row: Row[*tuple[Any, ...]]) -> Article:
    return Article(
        id=row.id,
        source=row.source,
        title=row.title,
        url=row.url,
        published=row.published,
        language=row.language,
        text=row.text,
        origin=row.wire_origin,
    )


def article_row(article: Article, read_from: str | None) -> dict[str, Any]:
    """The table row: the wire agency goes to ``wire_origin``, where it was read to ``origin``."""
    return {**asdict(article), "wire_origin": article.origin, "origin": read_from}
