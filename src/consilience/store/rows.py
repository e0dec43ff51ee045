"""Table rows of model objects and back: articles and cached annotations."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

import numpy as np
from sqlalchemy import Row

from consilience.model import (
    AnnotatedArticle,
    Article,
    FramingMention,
    Mention,
    QuoteMention,
    Sentence,
)
from consilience.store import schema
from consilience.store.serialize import from_jsonable, to_jsonable

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


def annotation_row(item: AnnotatedArticle, pipeline_version: str) -> dict[str, Any]:
    embeddings = np.ascontiguousarray(item.embeddings, dtype=np.float32)
    data = {
        "sentences": to_jsonable(item.sentences),
        "mentions": to_jsonable(item.mentions),
        "quotes": to_jsonable(item.quotes),
        "framing": to_jsonable(item.framing),
    }
    return {
        "article_id": item.article.id,
        "pipeline_version": pipeline_version,
        "data": json.dumps(data, ensure_ascii=False, separators=(",", ":")),
        "dim": int(item.vector.shape[-1]),
        "embeddings": embeddings.tobytes(),
        "vector": np.ascontiguousarray(item.vector, dtype=np.float32).tobytes(),
    }


def annotated_from_row(article: Article, row: Row[*tuple[Any, ...]]) -> AnnotatedArticle:
    data = json.loads(row.data)
    embeddings = np.frombuffer(row.embeddings, dtype=np.float32).reshape(-1, row.dim)
    return AnnotatedArticle(
        article=article,
        sentences=from_jsonable(tuple[Sentence, ...], data["sentences"]),
        mentions=from_jsonable(tuple[Mention, ...], data["mentions"]),
        quotes=from_jsonable(tuple[QuoteMention, ...], data["quotes"]),
        embeddings=embeddings.copy(),
        vector=np.frombuffer(row.vector, dtype=np.float32).copy(),
        framing=from_jsonable(tuple[FramingMention, ...], data["framing"]),
    )
