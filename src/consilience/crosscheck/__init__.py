"""Cross-check one story: entities, claims and contradictions, quotes, framing, brief."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence

from consilience.crosscheck.attribution import attribution_contradictions, quote_contradictions
from consilience.crosscheck.brief import write_brief
from consilience.crosscheck.claims import build_claims
from consilience.crosscheck.entities import EntityIndex, resolve_entities
from consilience.crosscheck.framing import compare_framing
from consilience.crosscheck.independence import find_copies
from consilience.crosscheck.provenance import with_provenance
from consilience.crosscheck.quotes import group_quotes
from consilience.crosscheck.roles import title_contradictions
from consilience.model import AnnotatedArticle, Story

__all__ = ["EntityIndex", "crosscheck_story", "find_copies", "story_id_for"]


def story_id_for(article_ids: Sequence[str]) -> str:
    """A stable story id: a hash of the story's first article id."""
    return "s_" + hashlib.sha1(article_ids[0].encode()).hexdigest()[:12]


def story_title(articles: Sequence[AnnotatedArticle]) -> str:
    """The title of the earliest article that has one, else its first sentence."""
    for annotated in articles:
        if annotated.article.title:
            return annotated.article.title
    first = articles[0]
    return first.sentences[0].text if first.sentences else first.article.source


def independent_sources(articles: Sequence[AnnotatedArticle], copies: Mapping[str, str]) -> int:
    """Distinct outlets behind the story once near-copies are counted with their original."""
    return len({annotated.article.id for annotated in articles} - set(copies))


def crosscheck_story(
    story_id: str, articles: Sequence[AnnotatedArticle], copies: Mapping[str, str]
) -> Story:
    """Every finding about one story, from its annotated articles (in story order)."""
    entities = resolve_entities(articles)
    quotes = group_quotes(articles, entities)
    found = [
        *title_contradictions(articles, entities),
        *attribution_contradictions(articles, entities),
        *quote_contradictions(quotes, articles),
    ]
    claims, contradictions = build_claims(articles, entities, copies, found)
    claims = with_provenance(claims, [a.article for a in articles], copies)
    return Story(
        id=story_id,
        title=story_title(articles),
        article_ids=tuple(a.article.id for a in articles),
        independent_source_count=independent_sources(articles, copies),
        claims=claims,
        contradictions=contradictions,
        quotes=quotes,
        entities=entities.entities,
        brief=write_brief(claims, articles, copies),
        framing=compare_framing(claims, articles),
    )
