"""Claims across outlets: align sentences of a story's articles and group them into claims.

Two units align when their embeddings and content words agree; groups are merged only when
every cross-article pair in them is at least loosely similar, so claims do not chain.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Collection, Mapping, Sequence
from itertools import combinations

import numpy as np
from rapidfuzz import fuzz, process

from consilience.crosscheck.contradictions import RELATED, Statement, compare, statements
from consilience.crosscheck.entities import EntityIndex
from consilience.crosscheck.independence import outlet_keys
from consilience.crosscheck.words import covered_share, stems, words
from consilience.model import AnnotatedArticle, Claim, ClaimStatus, Contradiction, Evidence, Vector

MIN_WORDS = 5
_PRONOUN = re.compile(
    r"\W*(?:he|she|it|they|this|these|that|those|his|her|their)\b|.*\b(?:he|she|they)\b", re.I
)
LINK = 0.60  # score at which two units of different articles state the same claim
KEEP = 0.45  # every cross-article pair inside one claim scores at least this
SCORE_DECIMALS = 4
DISTINCTIVE = 10.0  # amounts at least this large identify a fact by their value alone


def _units(articles: Sequence[AnnotatedArticle]) -> list[tuple[Evidence, int]]:
    """Claim units (sentences long enough to state something) with their embedding row."""
    units: list[tuple[Evidence, int]] = []
    offset = 0
    for annotated in articles:
        for row, sentence in enumerate(annotated.sentences):
            if len(re.findall(r"[A-Za-z]+", sentence.text)) >= MIN_WORDS:
                evidence = Evidence(
                    annotated.article.id, sentence.text, sentence.start, sentence.end
                )
                units.append((evidence, offset + row))
        offset += len(annotated.sentences)
    return units


def _slot_keys(statement: Statement) -> frozenset[tuple[str, float]]:
    """Ordinals and amounts a sentence states, for "same fact" evidence beyond wording."""
    keys = {("#", float(o.value)) for o in statement.ordinals}
    for amount in statement.amounts:
        # A large number is distinctive whatever it counts ("40 ships", "40 vessels").
        value = amount.value
        keys.add(("", value) if value >= DISTINCTIVE else (amount.unit, value))
    return frozenset(keys)


def _overlap(sets: Sequence[frozenset[str]]) -> Vector:
    """Pairwise Jaccard similarity of word sets, as one matrix product."""
    vocabulary = {w: k for k, w in enumerate(sorted(set().union(*sets)))}
    incidence = np.zeros((len(sets), max(len(vocabulary), 1)), dtype=np.float32)
    for row, members in enumerate(sets):
        incidence[row, [vocabulary[w] for w in members]] = 1.0
    shared = incidence @ incidence.T
    sizes = incidence.sum(axis=1)
    union = sizes[:, None] + sizes[None, :] - shared
    result: Vector = np.divide(shared, union, out=np.zeros_like(shared), where=union > 0)
    return result


def _any_shared(sets: Sequence[frozenset[object]]) -> Vector:
    """1.0 where two sets share a member, else 0.0."""
    result: Vector = (_overlap([frozenset(map(str, s)) for s in sets]) > 0).astype(np.float32)
    return result


def _scores(
    units: Sequence[tuple[Evidence, int]],
    read: Sequence[Statement],
    matrix: Vector,
    entities: EntityIndex,
) -> Vector:
    """Pairwise alignment scores: embedding cosine, content-word overlap, shared entities."""
    texts = [e.text for e, _ in units]
    ents = [entities.entity_ids_in(e.article_id, e.start, e.end) for e, _ in units]
    rows = [row for _, row in units]
    cosine = matrix[rows] @ matrix[rows].T
    fuzzy = process.cdist(texts, texts, scorer=fuzz.token_set_ratio, dtype=np.float32) / 100
    jaccard = _overlap([words(t) for t in texts])
    shared = 0.05 * _any_shared(ents) + 0.08 * _any_shared([_slot_keys(r) for r in read])
    combined = 0.6 * cosine + 0.2 * jaccard + 0.2 * fuzzy + shared
    # Symmetric and rounded: float noise between engines' batches must not break ties
    # (two copies of one sentence) differently.
    scores: Vector = np.round((combined + combined.T) / 2, SCORE_DECIMALS).astype(np.float32)
    np.fill_diagonal(scores, 0.0)
    return scores


def _group(units: Sequence[tuple[Evidence, int]], scores: Vector) -> list[list[int]]:
    """Groups of aligned units: strongest links first, merging only tight groups."""
    groups = {i: [i] for i in range(len(units))}
    owner = list(range(len(units)))
    pairs = sorted(
        ((float(scores[i, j]), i, j) for i, j in combinations(range(len(units)), 2)),
        reverse=True,
    )
    for score, i, j in pairs:
        if score < LINK:
            break
        a, b = owner[i], owner[j]
        if a == b or not _tight(groups[a], groups[b], units, scores):
            continue
        groups[a].extend(groups.pop(b))
        for member in groups[a]:
            owner[member] = a
    return [sorted(members) for members in groups.values()]


def _tight(
    left: list[int], right: list[int], units: Sequence[tuple[Evidence, int]], scores: Vector
) -> bool:
    """Whether every cross-article pair of the merged group is at least loosely similar."""
    for i in left:
        for j in right:
            same_article = units[i][0].article_id == units[j][0].article_id
            if not same_article and scores[i, j] < KEEP:
                return False
    return True


def _standalone_pronoun(text: str) -> bool:
    """Whether a sentence leans on an earlier one: opens with or has a subject pronoun."""
    return _PRONOUN.match(text) is not None


def _central(
    members: list[int],
    units: Sequence[tuple[Evidence, int]],
    scores: Vector,
    outlets: Mapping[str, str],
    hit: Collection[Evidence],
) -> int:
    """The unit that words a claim: the one whose words other outlets share most.

    A claim is worded by one outlet's sentence; the sentence other outlets' words cover best
    carries the fewest details only its own outlet gives, and among equals the most central
    one is taken. A sentence another outlet contradicts words the claim only when all do (the
    claim is then contested), and one opening with a pronoun ("He also said ...") cannot
    stand alone.
    """
    standalone = [i for i in members if not _standalone_pronoun(units[i][0].text)] or members
    candidates = [i for i in standalone if units[i][0] not in hit] or standalone

    outlet = {i: outlets[units[i][0].article_id] for i in members}
    stemmed = {i: stems(units[i][0].text) for i in members}

    def merit(i: int) -> float:
        others = frozenset().union(*(stemmed[j] for j in members if outlet[j] != outlet[i]))
        similarity = sum(float(scores[i, j]) for j in members if j != i) / len(members)
        return covered_share(units[i][0].text, others) + similarity

    return max(candidates, key=merit)


def _claim(
    members: list[int],
    units: Sequence[tuple[Evidence, int]],
    scores: Vector,
    clashes: Sequence[tuple[Evidence, Evidence]],
    outlets: Mapping[str, str],
) -> Claim:
    """A claim from its group: the most central sentence is its wording."""
    central = _central(members, units, scores, outlets, {own for own, _ in clashes})
    support = tuple(
        Evidence(e.article_id, e.text, e.start, e.end, round(float(scores[central, i]), 3))
        if i != central
        else Evidence(e.article_id, e.text, e.start, e.end, 1.0)
        for i in members
        for e in (units[i][0],)
    )
    keys = sorted(f"{e.article_id}:{e.start}:{e.end}" for e in support)
    # A clash about a side detail of one supporting sentence does not contest the claim itself;
    # it does when it hits the sentence that words the claim.
    contested = any(own == units[central][0] for own, _ in clashes)
    independent = len({outlets[units[i][0].article_id] for i in members})
    status: ClaimStatus = (
        "contested" if contested else "corroborated" if independent >= 2 else "single_source"
    )
    return Claim(
        id="c_" + hashlib.sha1("|".join(keys).encode()).hexdigest()[:12],
        text=units[central][0].text,
        status=status,
        support=support,
        # Each clashing sentence once; a clash inside the claim lists the side against its wording.
        contradicted_by=tuple(
            dict.fromkeys(other for _, other in clashes if other != units[central][0])
        ),
        independent_support=independent,
    )


def _contradictions(
    owner: Mapping[int, int], read: Sequence[Statement], scores: Vector
) -> list[tuple[Contradiction, int, int]]:
    """Slot clashes between units, with the groups of both sides."""
    found: list[tuple[Contradiction, int, int]] = []
    for i, j in combinations(range(len(read)), 2):
        aligned = owner[i] == owner[j]
        clash = compare(read[i], read[j], aligned=aligned, related=scores[i, j] >= RELATED)
        if clash is not None:
            found.append((clash, owner[i], owner[j]))
    return found


def _sides(
    clashes: Sequence[Contradiction],
    units: Sequence[tuple[Evidence, int]],
    owner: Mapping[int, int],
) -> list[tuple[Contradiction, int, int]]:
    """Story-level clashes (titles, attributions, quotes) with the groups of both sides."""
    where = {(e.article_id, e.start): owner[i] for i, (e, _) in enumerate(units)}
    return [
        (clash, where[key_a], where[key_b])
        for clash in clashes
        for key_a, key_b in [
            ((clash.a.article_id, clash.a.start), (clash.b.article_id, clash.b.start))
        ]
        if key_a in where and key_b in where
    ]


def build_claims(
    articles: Sequence[AnnotatedArticle],
    entities: EntityIndex,
    copies: Mapping[str, str],
    found: Sequence[Contradiction] = (),
) -> tuple[tuple[Claim, ...], tuple[Contradiction, ...]]:
    """Align claim units across articles into claims with status, and find contradictions.

    ``found`` are contradictions already found about whole sentences (titles, attributions,
    quotes); they contest the claims those sentences word, and are returned with the rest.
    """
    units = _units(articles)
    if not units:
        return (), tuple(found)
    matrix = np.vstack([a.embeddings for a in articles if len(a.sentences)])
    read = statements([e for e, _ in units], {a.article.id: a.article for a in articles})
    scores = _scores(units, read, matrix, entities)
    groups = _group(units, scores)
    owner = {i: g for g, members in enumerate(groups) for i in members}
    clashes = _contradictions(owner, read, scores)
    unique = {c.id: c for c in [*(c for c, _, _ in clashes), *found]}
    against: dict[int, list[tuple[Evidence, Evidence]]] = {}
    for clash, left, right in clashes + _sides(found, units, owner):
        against.setdefault(left, []).append((clash.a, clash.b))
        against.setdefault(right, []).append((clash.b, clash.a))
    outlets = outlet_keys([a.article for a in articles], copies)
    claims = [
        _claim(members, units, scores, against.get(g, []), outlets)
        for g, members in enumerate(groups)
    ]
    order = sorted(range(len(claims)), key=lambda k: (-claims[k].independent_support, groups[k][0]))
    return tuple(claims[k] for k in order), tuple(unique.values())
