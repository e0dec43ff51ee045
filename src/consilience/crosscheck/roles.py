"""Titles and roles outlets give the same person, compared for rank ("mayor" vs "deputy mayor").

A role is read from the words right before a name ("said Deputy Mayor Helena Varga") or
from an apposition after it ("Varga, the town's mayor,"). Two outlets contradict each
other when they give one person the same office at different ranks and neither outlet
uses the other's form itself. Different offices are not compared: people hold several.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations

from consilience.crosscheck.contradictions import contradiction
from consilience.crosscheck.entities import EntityIndex
from consilience.crosscheck.evidence import sentence_evidence
from consilience.crosscheck.titles import TEMPORARY, title_after, title_before
from consilience.model import AnnotatedArticle, Contradiction, Evidence


@dataclass(frozen=True)
class Role:
    """One title an article gives a person: the office and its rank modifiers."""

    office: str
    ranks: frozenset[str]
    text: str
    evidence: Evidence

    @property
    def form(self) -> tuple[str, frozenset[str]]:
        return self.office, self.ranks


def _roles(annotated: AnnotatedArticle, entities: EntityIndex) -> dict[str, list[Role]]:
    """Person entity id -> every title this article gives that person."""
    text = annotated.article.text
    people = {e.id for e in entities.entities if e.type == "PERSON"}
    found: dict[str, list[Role]] = {}
    for mention in annotated.mentions:
        entity = entities.entity_id_at(annotated.article.id, mention.start)
        evidence = sentence_evidence(annotated, mention.start)
        if entity not in people or evidence is None:
            continue
        for title in (title_before(text, mention.start), title_after(text, mention.end)):
            if title is not None:
                found.setdefault(entity, []).append(Role(*title, evidence))
    return found


def _clash(left: Sequence[Role], right: Sequence[Role]) -> tuple[Role, Role] | None:
    """Two articles' titles of one person: one office, different ranks, no shared form."""
    forms_left, forms_right = {r.form for r in left}, {r.form for r in right}
    for a in left:
        for b in right:
            different = a.office == b.office and a.ranks - TEMPORARY != b.ranks - TEMPORARY
            if different and a.form not in forms_right and b.form not in forms_left:
                return a, b
    return None


def title_contradictions(
    articles: Sequence[AnnotatedArticle], entities: EntityIndex
) -> list[Contradiction]:
    """Every person whose office two outlets give at different ranks."""
    names = {e.id: e.name for e in entities.entities}
    per_article = [(a, _roles(a, entities)) for a in articles]
    found = []
    for (one, roles_one), (two, roles_two) in combinations(per_article, 2):
        for entity in sorted(roles_one.keys() & roles_two.keys()):
            pair = _clash(roles_one[entity], roles_two[entity])
            if pair is None:
                continue
            a, b = pair
            what = (
                f'{one.article.source} calls {names[entity]} "{a.text}"; '
                f'{two.article.source} calls {names[entity]} "{b.text}".'
            )
            found.append(contradiction("title", a.evidence, b.evidence, what))
    return found
