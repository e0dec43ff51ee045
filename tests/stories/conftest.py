"""Small synthetic annotated articles: a topic direction plus noise, and a few words."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pytest

from consilience.model import AnnotatedArticle, Article, Mention, Sentence, Vector
from consilience.nlp.embed import DIMENSIONS

Make = Callable[..., AnnotatedArticle]


def _direction(topic: int, noise: int) -> Vector:
    base = np.random.default_rng(topic).normal(size=DIMENSIONS)
    jitter = np.random.default_rng(1000 + noise).normal(size=DIMENSIONS) * 0.3
    vector = base / np.linalg.norm(base) + jitter / np.sqrt(DIMENSIONS)
    unit: Vector = (vector / np.linalg.norm(vector)).astype(np.float32)
    return unit


@pytest.fixture
def make() -> Make:
    """Build an annotated article about ``topic`` (same topic: nearby vectors)."""

    def build(
        article_id: str,
        topic: int,
        text: str,
        entities: tuple[str, ...] = (),
        published: str | None = None,
    ) -> AnnotatedArticle:
        article = Article(article_id, article_id, None, None, published, "en", text)
        sentence = Sentence(0, 0, len(text), text)
        mentions = tuple(Mention(e, "ORG", 0, len(e), 0) for e in entities)
        vector = _direction(topic, sum(map(ord, article_id)))
        return AnnotatedArticle(article, (sentence,), mentions, (), vector[None, :], vector)

    return build
