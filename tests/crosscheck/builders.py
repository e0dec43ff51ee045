"""Small builders the cross-check tests share: a statement from one invented sentence,
and an annotated article whose named mentions are given by hand."""

from __future__ import annotations

import re

import numpy as np

from consilience.crosscheck.contradictions import Statement
from consilience.crosscheck.entities import EntityIndex
from consilience.model import AnnotatedArticle, Article, Entity, Evidence, Mention, Sentence


def ev(
    article: str, text: str, outlet: str | None = None, published: str | None = None
) -> Statement:
    """One sentence of one article as a statement the contradiction checks compare."""
    source = Article(article, outlet or article, None, None, published, "en", text)
    return Statement.of(Evidence(article, text, 0, len(text)), source)


def annotated(
    article_id: str, text: str, labels: dict[str, str], source: str = ""
) -> AnnotatedArticle:
    """An article whose every occurrence of a name in ``labels`` is a mention (longest first)."""
    mentions: list[Mention] = []
    for name, label in sorted(labels.items(), key=lambda item: -len(item[0])):
        for match in re.finditer(re.escape(name), text):
            if not any(m.start < match.end() and match.start() < m.end for m in mentions):
                mentions.append(Mention(name, label, match.start(), match.end(), 0))
    mentions.sort(key=lambda m: m.start)
    article = Article(article_id, source or article_id, None, None, None, "en", text)
    empty = np.zeros((0, 384), np.float32)
    return AnnotatedArticle(article, (), tuple(mentions), (), empty, np.zeros(384, np.float32))


def entity_of(index: EntityIndex, name: str) -> Entity:
    """The entity a name resolves to (the test fails when there is none)."""
    found = index.find(name)
    assert found is not None, f"{name} resolves to no entity"
    return found


def article(article_id: str, *sentences: str) -> AnnotatedArticle:
    """An article whose sentences are given, one per line (no models needed)."""
    text, spans = "", []
    for index, sentence in enumerate(sentences):
        spans.append(Sentence(index, len(text), len(text) + len(sentence), sentence, ()))
        text += sentence + "\n"
    source = Article(article_id, f"Outlet {article_id}", None, None, None, "en", text)
    embeddings = np.zeros((len(spans), 384), np.float32)
    return AnnotatedArticle(source, tuple(spans), (), (), embeddings, np.zeros(384, np.float32))
