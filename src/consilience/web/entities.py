"""An entity across stories: its spellings, stories and quotes as each outlet rendered them."""

from __future__ import annotations

from dataclasses import dataclass

from consilience.api import EntityRecord, Store
from consilience.model import Fidelity

MAX_STORIES = 50
"""Quotes are gathered from the newest stories naming the entity, at most this many."""


@dataclass(frozen=True)
class Rendering:
    """One outlet's wording of a quote, and how faithful it is to the canonical words."""

    article_id: str
    outlet: str
    text: str
    fidelity: Fidelity


@dataclass(frozen=True)
class EntityQuote:
    """Something the entity said, in one story, with every outlet's rendering."""

    story_id: str
    story_title: str
    canonical: str
    renderings: tuple[Rendering, ...]


@dataclass(frozen=True)
class EntityView:
    """What the entity page shows."""

    entity: EntityRecord
    quotes: tuple[EntityQuote, ...]


def entity_view(store: Store, entity_id: str) -> EntityView | None:
    """The entity's page, or None when no stored story names it."""
    entity = store.find_entity(entity_id)
    if entity is None:
        return None
    quotes: list[EntityQuote] = []
    for row in entity.stories[:MAX_STORIES]:
        story = store.load_story(row.id)
        said = [q for q in story.quotes if q.speaker_entity_id == entity_id] if story else []
        if not said:
            continue
        ids = {v.article_id for q in said for v in q.variants}
        outlets = {a.id: a.source for a in store.iter_articles(ids)}
        quotes.extend(
            EntityQuote(
                row.id,
                row.title,
                quote.canonical,
                tuple(
                    Rendering(v.article_id, outlets.get(v.article_id, "?"), v.text, v.fidelity)
                    for v in quote.variants
                ),
            )
            for quote in said
        )
    return EntityView(entity, tuple(quotes))
