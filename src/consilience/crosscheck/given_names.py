"""One person given two first names by different outlets ("Peter Vandermolen" in one, "Anton
Vandermolen" in several others, for the chairman someone hoped to succeed).

Two people may share a surname, so names alone never clash: one outlet alone must use its
form, at least `AGREEING` other outlets the other form, no article both, and the two
sentences must say nearly the same thing (embeddings at least `SAME_FACT` alike) without
giving the two names different offices. Relatives ("his grandson Ivo Lund", "Per Lund,
his grandson") stay apart.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from consilience.crosscheck.entities import EntityIndex
from consilience.crosscheck.names import given_names_clash, surname
from consilience.crosscheck.statement import contradiction
from consilience.crosscheck.titles import title_before
from consilience.model import AnnotatedArticle, Contradiction, Entity, Evidence
from consilience.text import word_list
from consilience.text.names import clean_name, name_tokens

AGREEING = 2  # outlets that must agree on the other form of the name
SAME_FACT = 0.5  # sentence-embedding cosine from which two sentences tell one fact

_WORDS = re.compile(r"(?<![\w'.-])[a-z]{3,}\b")  # a lower-case word: not part of a name
# (article index, sentence index, the name as written there, its offset in the article)
_Place = tuple[int, int, str, int]


def _places(articles: Sequence[AnnotatedArticle], entities: EntityIndex) -> dict[str, list[_Place]]:
    """Entity id -> every sentence that names it, with the name as written."""
    found: dict[str, list[_Place]] = {}
    for at, annotated in enumerate(articles):
        for mention in annotated.mentions:
            entity = entities.entity_id_at(annotated.article.id, mention.start)
            if entity is not None and mention.sentence < len(annotated.sentences):
                place = (at, mention.sentence, mention.text, mention.start)
                found.setdefault(entity, []).append(place)
    return found


def _forms(entity: Entity) -> list[tuple[str, ...]]:
    """The folded full names an entity is written with: capitalised words only (not a
    mislabelled "Berg staggered Lund"), a lone surname left out."""
    written = (n for n in (entity.name, *entity.aliases) if _WORDS.search(n) is None)
    forms = (name_tokens(clean_name(n)) for n in written)
    return [f for f in forms if len(f) > 1]


def _family(places: Sequence[_Place], articles: Sequence[AnnotatedArticle]) -> bool:
    """Whether a sentence naming someone names a relative ("his brother", "wife, Ana Lund"):
    then relatives sharing the surname are in the story."""
    kin = word_list("kin_nouns") | word_list("spouse_nouns")
    return any(
        not kin.isdisjoint(w.lower() for w in re.findall(r"[A-Za-z]+", sentence.text))
        for at, row, _, _ in places
        for sentence in (articles[at].sentences[row],)
    )


def _surname(entity: Entity) -> str:
    """The folded last word of an entity's name, a generation ("Jr.") left out."""
    return surname(_forms(entity)[0])


def _clash(lone: Entity, agreed: Entity) -> bool:
    """Whether every full form of one entity clashes with every full form of the other."""
    left, right = _forms(lone), _forms(agreed)
    return bool(left and right) and all(given_names_clash(a, b) for a in left for b in right)


def _unit(vector: np.ndarray) -> np.ndarray:
    return vector / (np.linalg.norm(vector) or 1.0)


def _office(place: _Place, articles: Sequence[AnnotatedArticle]) -> str | None:
    """The office a title right before the name gives ("Governor Ana Lund": governor)."""
    title = title_before(articles[place[0]].article.text, place[3])
    return title[0] if title is not None else None


def _closest(
    lone: Sequence[_Place], agreed: Sequence[_Place], articles: Sequence[AnnotatedArticle]
) -> tuple[_Place, _Place] | None:
    """The two sentences, one naming each form, that say most nearly the same thing."""
    best, pair = SAME_FACT, None
    for left in lone:
        x = _unit(articles[left[0]].embeddings[left[1]])
        for right in agreed:
            offices = {_office(left, articles), _office(right, articles)} - {None}
            if len(offices) > 1:
                continue  # "Governor Ana Lund" and "Mayor Eva Lund" are two people
            similarity = float(x @ _unit(articles[right[0]].embeddings[right[1]]))
            if similarity >= best:
                best, pair = similarity, (left, right)
    return pair


def _evidence(articles: Sequence[AnnotatedArticle], place: _Place) -> Evidence:
    sentence = articles[place[0]].sentences[place[1]]
    return Evidence(articles[place[0]].article.id, sentence.text, sentence.start, sentence.end)


def given_name_contradictions(
    articles: Sequence[AnnotatedArticle], entities: EntityIndex
) -> list[Contradiction]:
    """Every person one outlet gives a first name that the agreeing others never use."""
    people = [e for e in entities.entities if e.type == "PERSON" and _forms(e)]
    by_surname: dict[str, list[Entity]] = {}
    for person in people:
        by_surname.setdefault(_surname(person), []).append(person)
    places = _places(articles, entities)
    found = []
    for lone in people:
        if len(set(lone.article_ids)) != 1:
            continue
        for agreed in by_surname.get(_surname(lone), []):
            apart = not set(lone.article_ids) & set(agreed.article_ids)
            if len(set(agreed.article_ids)) < AGREEING or not apart or not _clash(lone, agreed):
                continue
            if _family(places.get(lone.id, []) + places.get(agreed.id, []), articles):
                continue
            pair = _closest(places.get(lone.id, []), places.get(agreed.id, []), articles)
            if pair is None:
                continue
            left, right = pair
            what = (
                f'{articles[left[0]].article.source} names "{left[2]}"; '
                f"{articles[right[0]].article.source} and {len(set(agreed.article_ids)) - 1} "
                f'other outlet(s) name "{right[2]}".'
            )
            found.append(
                contradiction("other", _evidence(articles, left), _evidence(articles, right), what)
            )
    return found
