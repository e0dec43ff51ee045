"""Cross-check one story: copies, entities, claims and contradictions, quotes, framing, brief.

Pure: everything it needs is in the annotated articles (embeddings included), so it
loads no model and runs the same in any process or Ray worker.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache

from threadpoolctl import ThreadpoolController

from consilience.crosscheck.attribution import attribution_contradictions, quote_contradictions
from consilience.crosscheck.brief import write_brief
from consilience.crosscheck.claims import build_claims
from consilience.crosscheck.context import in_context
from consilience.crosscheck.disputes import mark_disputed
from consilience.crosscheck.entities import EntityIndex, resolve_entities
from consilience.crosscheck.framing import compare_framing
from consilience.crosscheck.given_names import given_name_contradictions
from consilience.crosscheck.headline import story_headline
from consilience.crosscheck.independence import find_copies
from consilience.crosscheck.listing import distinct
from consilience.crosscheck.own import standing_claims
from consilience.crosscheck.periods import period_contradictions
from consilience.crosscheck.placement import placement_contradictions
from consilience.crosscheck.provenance import with_provenance
from consilience.crosscheck.quotes import group_quotes
from consilience.crosscheck.roles import title_contradictions
from consilience.model import AnnotatedArticle, Story

__all__ = ["EntityIndex", "crosscheck_story", "find_copies"]


def independent_sources(articles: Sequence[AnnotatedArticle], copies: Mapping[str, str]) -> int:
    """Distinct outlets behind the story once near-copies are counted with their original."""
    return len({annotated.article.id for annotated in articles} - set(copies))


def crosscheck_story(story_id: str, articles: Sequence[AnnotatedArticle]) -> Story:
    """Every finding about one story, from its annotated articles (in story order).

    BLAS runs on one thread meanwhile: a story's matrices are a few hundred rows, so a
    second thread only spins idle after each product, which cost a fifth of the stage's
    CPU time; the previous limit is restored afterwards.
    """
    with _thread_pools().limit(limits=1, user_api="blas"):
        return _findings(story_id, articles)


@cache
def _thread_pools() -> ThreadpoolController:
    """The process's thread pools, found once: looking them up costs more than a small
    story's products."""
    return ThreadpoolController()


def _findings(story_id: str, articles: Sequence[AnnotatedArticle]) -> Story:
    """``crosscheck_story``'s work."""
    # A lone article copies nothing; skipping it spares building an LSH index per story.
    copies = find_copies([a.article for a in articles]) if len(articles) > 1 else {}
    entities = resolve_entities(articles)
    quotes = group_quotes(articles, entities)
    found = [
        *title_contradictions(articles, entities),
        *given_name_contradictions(articles, entities),
        *period_contradictions(articles),
        *placement_contradictions(articles),
        *attribution_contradictions(articles, entities),
        *quote_contradictions(quotes, articles),
    ]
    claims, contradictions = build_claims(articles, entities, copies, found, quotes=quotes)
    claims = with_provenance(
        standing_claims(claims, articles, copies), [a.article for a in articles], copies
    )
    claims, shown = in_context(claims, distinct(contradictions), articles)
    return Story(
        id=story_id,
        title=story_headline(articles, claims),
        article_ids=tuple(a.article.id for a in articles),
        independent_source_count=independent_sources(articles, copies),
        claims=claims,
        contradictions=shown,
        quotes=quotes,
        entities=entities.entities,
        brief=mark_disputed(write_brief(claims, articles, copies, contradictions), claims, shown),
        framing=compare_framing(claims, articles),
        copies=tuple(
            (a.article.id, copies[a.article.id]) for a in articles if a.article.id in copies
        ),
    )
