"""One canonical entity per real-world person, organisation or place in a story.

PLACEHOLDER resolution (exact surface form) until issue 5 lands; the EntityIndex
interface is what the rest of crosscheck relies on.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from consilience.model import AnnotatedArticle, Entity


@dataclass(frozen=True)
class EntityIndex:
    """The story's entities and which mention belongs to which."""

    entities: tuple[Entity, ...]
    mention_entity: Mapping[tuple[str, int], str]  # (article_id, mention start) -> entity id

    def entity_id_at(self, article_id: str, start: int) -> str | None:
        """The entity of the mention starting at ``start`` in an article, if any."""
        return self.mention_entity.get((article_id, start))

    def entity_ids_in(self, article_id: str, start: int, end: int) -> frozenset[str]:
        """Entities mentioned inside a span of an article (for aligning claims)."""
        return frozenset(
            entity
            for (aid, offset), entity in self.mention_entity.items()
            if aid == article_id and start <= offset < end
        )

    def find(self, name: str) -> Entity | None:
        """The entity a name (e.g. a speaker) refers to, by canonical name or alias."""
        folded = name.casefold()
        for entity in self.entities:
            if entity.name.casefold() == folded or folded in (a.casefold() for a in entity.aliases):
                return entity
        return None


def resolve_entities(articles: Sequence[AnnotatedArticle]) -> EntityIndex:
    """Group the story's entity mentions into entities."""
    groups: dict[tuple[str, str], list[tuple[str, int]]] = defaultdict(list)
    for annotated in articles:
        for mention in annotated.mentions:
            groups[(mention.text, mention.label)].append((annotated.article.id, mention.start))
    entities = []
    mention_entity: dict[tuple[str, int], str] = {}
    for (text, label), places in sorted(groups.items()):
        entity_id = "e_" + hashlib.sha1(f"{label}:{text}".encode()).hexdigest()[:12]
        entities.append(
            Entity(entity_id, text, label, (), tuple(sorted({a for a, _ in places})), len(places))
        )
        mention_entity.update({place: entity_id for place in places})
    return EntityIndex(tuple(entities), mention_entity)
