"""crosscheck_story on its own: everything from the annotated articles, copies included."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from threadpoolctl import threadpool_info

from consilience import crosscheck
from consilience.crosscheck import EntityIndex, crosscheck_story
from consilience.model import AnnotatedArticle, Article
from consilience.nlp import annotate
from consilience.nlp.models import Models

BODY = (
    "The envoy met the president in the northern city on Friday for talks that lasted "
    "several hours and covered a ceasefire, prisoner exchanges and energy infrastructure, "
    "officials said on Monday."
)
OWN = (
    "Talks between the two delegations ended without agreement on Friday, a spokesman told "
    "reporters, adding that another round was planned for next month in the capital."
)


def test_the_story_carries_its_copies_and_counts_them_once(fake_models: Models) -> None:
    articles = [
        Article("a", "Wire", "Talks", None, "2025-04-14", "en", BODY),
        Article("b", "Paper", "Talks", None, "2025-04-15", "en", BODY + " Read more."),
        Article("c", "TV", "No deal", None, "2025-04-15", "en", OWN),
    ]
    story = crosscheck_story("s1", annotate(articles, fake_models))
    assert story.copies == (("b", "a"),)
    assert story.independent_source_count == 2
    assert story.article_ids == ("a", "b", "c")


def test_a_lone_article_copies_nothing(fake_models: Models) -> None:
    article = Article("a", "Wire", "Talks", None, None, "en", BODY)
    story = crosscheck_story("s1", annotate([article], fake_models))
    assert story.copies == () and story.independent_source_count == 1


def _blas_threads() -> list[int]:
    return [pool["num_threads"] for pool in threadpool_info() if pool["user_api"] == "blas"]


def test_a_story_is_checked_on_one_blas_thread_and_the_limit_is_restored(
    fake_models: Models, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[list[int]] = []
    resolve = crosscheck.resolve_entities

    def watched(articles: Sequence[AnnotatedArticle]) -> EntityIndex:
        seen.append(_blas_threads())
        return resolve(articles)

    monkeypatch.setattr(crosscheck, "resolve_entities", watched)
    before = _blas_threads()
    article = Article("a", "Wire", "Talks", None, None, "en", BODY)
    crosscheck_story("s1", annotate([article], fake_models))
    assert all(n == 1 for n in seen[0]) and _blas_threads() == before
