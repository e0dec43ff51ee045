"""One fact shown once: claims holding the same outlets' sentences that state each other merge.

Each stage before builds claims from its own units (whole sentences, clauses, parts lent to
another claim), so one fact can end up as two claims worded differently ("two women and a
man died in the fire" / "three people, a man and two women, were killed") that hold the
same outlets' sentences: the reader sees the fact listed twice, each time with part of its
support. Two claims several outlets support merge when most of the sentences of the one
with fewer are also the other's (``SHARED``), their wordings state each other (the stating
model at its ``keep``) and one of them names nobody and nothing the other does not (it may
name less: "the judge resigned" / "the judge resigned in Brindlemoor"), so two facts about
different people told in the same sentences stay apart. A claim of headlines (most of its
supports open their articles with no full stop) states in brief what the lead of the same
articles tells, never in the same sentences: it merges into a claim of prose most of its
articles support, on the same two tests of wording. The claim more outlets support (then
the one listed first) keeps its wording and takes the other's supports.
Each claim is compared only with the ``NEIGHBOURS`` claims sharing the most of its
articles, so a story of hundreds of articles stays cheap. Claims worded in the same words
(case and punctuation aside) are one claim before that: the same sentence reached by two
stages, a sentence an article repeats, or copies of one wire story would otherwise be
listed again as one-outlet claims beside the claim they support.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

import numpy as np

from consilience.crosscheck.alignment import incidence
from consilience.crosscheck.claimed import recounted
from consilience.crosscheck.context import sentence_finder
from consilience.crosscheck.quotes import words_of
from consilience.crosscheck.standalone import END
from consilience.crosscheck.stating import Stating, pair_features
from consilience.crosscheck.words import names
from consilience.model import AnnotatedArticle, Claim, Evidence, Sentence

SHARED = 0.8  # share of the smaller claim's sentences the other claim also holds
NEIGHBOURS = 8  # claims sharing the most articles that a claim is compared with
NAMES_APART = 0  # names the wording naming fewer the other lacks may give

Sentences = frozenset[tuple[str, int]]  # (article id, sentence start) of a claim's supports


def one_fact(
    claims: Sequence[Claim],
    articles: Sequence[AnnotatedArticle],
    outlets: Mapping[str, str],
    stating: Stating,
) -> list[Claim]:
    """The claims with each fact's claims merged into the one more outlets support."""
    claims = _same_words(claims, outlets)
    sentence_of = sentence_finder(articles)
    found = [[(e, sentence_of(e)) for e in c.support] for c in claims]
    held = [frozenset(_place(e, s) for e, s in pairs) for pairs in found]
    headed = [2 * sum(_headline(e, s) for e, s in pairs) > len(pairs) for pairs in found]
    into: dict[int, int] = {}
    for a, b in _candidates(claims, held):
        if a in into or b in into or b in into.values():
            continue
        if _one_fact(
            claims[a], claims[b], _same_sentences(held[a], held[b], headed[a], headed[b]), stating
        ):
            into[b] = a
    taken: dict[int, list[Evidence]] = {}
    for b, a in into.items():
        taken.setdefault(a, []).extend(claims[b].support)
    return [
        _merged(claim, taken[k], outlets) if k in taken else claim
        for k, claim in enumerate(claims)
        if k not in into
    ]


def _place(evidence: Evidence, sentence: Sentence | None) -> tuple[str, int]:
    """Where a support sits: its article and the start of its sentence."""
    return evidence.article_id, evidence.start if sentence is None else sentence.start


def _headline(evidence: Evidence, sentence: Sentence | None) -> bool:
    """Whether a support is its article's headline: its first sentence, with no full stop."""
    return sentence is not None and sentence.index == 0 and not END.search(evidence.text)


def _same_words(claims: Sequence[Claim], outlets: Mapping[str, str]) -> list[Claim]:
    """The claims, those worded in the same words merged into the first of them that a
    clash contests, else that most outlets support; a clash with one is with the words."""
    alike: dict[str, list[int]] = {}
    for k, claim in enumerate(claims):
        alike.setdefault(" ".join(words_of(claim.text)), []).append(k)
    keeper: dict[int, list[int]] = {}
    for group in alike.values():
        first = min(
            group,
            key=lambda k: (claims[k].status != "contested", -claims[k].independent_support, k),
        )
        keeper[first] = group
    result = []
    for k, group in sorted(keeper.items()):
        if len(group) == 1:
            result.append(claims[k])
            continue
        others = [e for j in group if j != k for e in claims[j].support]
        against = [e for j in group for e in claims[j].contradicted_by]
        merged = _merged(claims[k], others, outlets)
        result.append(replace(merged, contradicted_by=tuple(dict.fromkeys(against))))
    return result


def _candidates(claims: Sequence[Claim], held: Sequence[Sentences]) -> list[tuple[int, int]]:
    """Pairs (keeper, other) of multi-outlet claims worth comparing: each claim with the
    ``NEIGHBOURS`` claims sharing the most of its articles, then of its sentences (counted
    for all pairs at once, as sparse products), most shared sentences first."""
    several = [k for k, c in enumerate(claims) if c.independent_support >= 2]
    articles = [frozenset(article for article, _ in held[k]) for k in several]
    found, _ = incidence(articles)
    places, _ = incidence([frozenset(f"{a}@{s}" for a, s in held[k]) for k in several])
    # Most articles shared first, then most sentences, then the claim listed first: in one
    # story many claims share as many articles, and which are compared must not vary.
    weight = 1 + max((len(held[k]) for k in several), default=0)
    shared = (weight * (found @ found.T) + places @ places.T).tocsr()
    shared.setdiag(0)
    shared.eliminate_zeros()
    shared.sort_indices()
    pairs: set[tuple[int, int]] = set()
    for row, k in enumerate(several):
        start, end = shared.indptr[row], shared.indptr[row + 1]
        counts, columns = shared.data[start:end], shared.indices[start:end]
        for column in columns[np.argsort(-counts, kind="stable")[:NEIGHBOURS]]:
            pairs.add(_ordered(claims, k, several[column]))
    return sorted(pairs, key=lambda p: (-len(held[p[0]] & held[p[1]]), p))


def _ordered(claims: Sequence[Claim], k: int, j: int) -> tuple[int, int]:
    """(keeper, other): the claim more outlets support keeps its wording."""
    first = (-claims[k].independent_support, k) <= (-claims[j].independent_support, j)
    return (k, j) if first else (j, k)


def _same_sentences(held_a: Sentences, held_b: Sentences, headed_a: bool, headed_b: bool) -> bool:
    """Whether a claim (``held_a``) holds most of the sentences of another, or, when the
    other is a claim of headlines and it is not, most of the other's articles."""
    if headed_b and not headed_a:
        articles_a = {article for article, _ in held_a}
        articles_b = {article for article, _ in held_b}
        return len(articles_a & articles_b) >= SHARED * len(articles_b)
    return len(held_a & held_b) >= SHARED * min(len(held_a), len(held_b))


def _one_fact(a: Claim, b: Claim, shared: bool, stating: Stating) -> bool:
    """Whether two claims show one fact: the same sentences (``shared``), wordings stating
    each other, one naming no one the other does not. A contested claim stays as it is:
    its clash is with its wording."""
    if "contested" in (a.status, b.status) or not shared:
        return False
    own_a, own_b = names(a.text), names(b.text)
    if min(len(own_a - own_b), len(own_b - own_a)) > NAMES_APART:
        return False
    rare, model = stating
    return model.probability(pair_features(a.text, b.text, rare)) >= model.keep


def _merged(claim: Claim, extra: Sequence[Evidence], outlets: Mapping[str, str]) -> Claim:
    """A claim with the supports of the claims merged into it that it does not hold yet
    (a span overlapping one of its own is the same words)."""
    support = list(claim.support)
    spans: dict[str, list[tuple[int, int]]] = {}
    for own in support:
        spans.setdefault(own.article_id, []).append((own.start, own.end))
    for evidence in extra:
        taken = spans.setdefault(evidence.article_id, [])
        if not any(start < evidence.end and evidence.start < end for start, end in taken):
            support.append(evidence)
            taken.append((evidence.start, evidence.end))
    return recounted(claim, support, outlets)
