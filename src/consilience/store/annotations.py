"""Annotation cache rows: an article's annotations as JSON beside float32 embedding bytes."""

from __future__ import annotations

import json
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
from consilience.store.serialize import from_jsonable, to_jsonable


def annotation_row(item: AnnotatedArticle, pipeline_version: str) -> dict[str, Any]:
    """The sentence rows, then each quote's rows, in one blob; ``quote_rows`` cuts them."""
    blocks = [item.embeddings, *item.quote_vectors]
    embeddings = np.ascontiguousarray(np.concatenate(blocks), dtype=np.float32)
    data = {
        "sentences": to_jsonable(item.sentences),
        "mentions": to_jsonable(item.mentions),
        "quotes": to_jsonable(item.quotes),
        "framing": to_jsonable(item.framing),
        "quote_rows": [len(rows) for rows in item.quote_vectors],
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
    """The annotations stored for an article, embeddings split back into their blocks."""
    data = json.loads(row.data)
    rows = np.frombuffer(row.embeddings, dtype=np.float32).reshape(-1, row.dim)
    cuts = np.cumsum([len(data["sentences"]), *data.get("quote_rows", ())])
    embeddings, *quote_vectors = np.split(rows, cuts)[:-1]
    return AnnotatedArticle(
        article=article,
        sentences=from_jsonable(tuple[Sentence, ...], data["sentences"]),
        mentions=from_jsonable(tuple[Mention, ...], data["mentions"]),
        quotes=from_jsonable(tuple[QuoteMention, ...], data["quotes"]),
        embeddings=embeddings.copy(),
        vector=np.frombuffer(row.vector, dtype=np.float32).copy(),
        framing=from_jsonable(tuple[FramingMention, ...], data["framing"]),
        quote_vectors=tuple(v.copy() for v in quote_vectors),
    )
