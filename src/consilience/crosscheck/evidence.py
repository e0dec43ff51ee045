"""Evidence spans: the sentence of an article that holds a finding, and pairs of findings
from different articles."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from itertools import combinations, product
from typing import Protocol, TypeVar

from consilience.model import AnnotatedArticle, Evidence


def sentence_evidence(annotated: AnnotatedArticle, offset: int) -> Evidence | None:
    """The sentence around a character offset, as evidence (None outside every sentence)."""
    sentences = annotated.sentences
    at = bisect_right([s.start for s in sentences], offset) - 1
    if at < 0 or offset >= sentences[at].end:
        return None
    sentence = sentences[at]
    return Evidence(annotated.article.id, sentence.text, sentence.start, sentence.end)


class _Found(Protocol):
    @property
    def evidence(self) -> Evidence: ...


F = TypeVar("F", bound=_Found)


def across_articles(groups: Iterable[Sequence[F]]) -> Iterator[tuple[F, F]]:
    """Every pair of findings of one group from two different articles, without visiting
    the pairs inside one article (a long article must not cost a pair per two sentences)."""
    for group in groups:
        by_article: dict[str, list[F]] = {}
        for found in group:
            by_article.setdefault(found.evidence.article_id, []).append(found)
        for left, right in combinations(by_article.values(), 2):
            yield from product(left, right)
