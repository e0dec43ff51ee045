"""A part of a sentence that supports one claim also supports another claim it states.

News packs several facts into one sentence ("The council passed the budget, and the new
library will open in the spring"), and a sentence supports one claim: the claim about the
budget holds it, and the claim two other outlets word "The library opens in the spring"
misses an outlet that states it. A part of such a sentence (a clause, a run of it between
the phrases hung on it: ``Sentence.clauses`` and ``Sentence.asides``, or a noun phrase that
states a fact in passing, "a guard charged with the theft": ``Sentence.passing``, lent only
to a claim whose wording's verbs it holds, ``acting``) also supports a claim of other
outlets when it states that claim nearly surely (``stating`` at least ``CLOSE`` against one
of its supports and ``SURE`` against its wording), gives the same numbers, uses mostly words
the claim's supports use (``COVERED``) and gives no detail (name, number, day) they do not,
so nothing only its outlet says is shown as corroborated; a noun phrase whose description
opens with the claim's first deed ("the guard, who was charged with stealing the paintings,"
for "A guard was charged with the theft") states what the claim says was done however else
it is worded, and needs only to name what the claim's articles name somewhere, give its
numbers and state it as surely as a support must. Only that part is lent: the sentence
keeps its claim, and may then support two claims, each with the part that states it.
Candidates are the sentences related to a claim's supports on the rows of the alignment
matrix: no other matrix is built.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import replace
from functools import cache
from itertools import chain, combinations
from operator import attrgetter

import numpy as np

from consilience.crosscheck.acting import deeds, described, opening
from consilience.crosscheck.adopt import SURE, locator, states
from consilience.crosscheck.claimed import with_support
from consilience.crosscheck.narrow import Clauses, clause_index, span_index, tidy
from consilience.crosscheck.recruit import COVERED, checkable
from consilience.crosscheck.stating import Stating
from consilience.crosscheck.trim import MIN_WORDS, aside_index
from consilience.crosscheck.twins import CLOSE, RELATED
from consilience.crosscheck.words import covered_share, stems_of
from consilience.model import AnnotatedArticle, Claim, Evidence, Vector

_WORD = re.compile(r"[A-Za-z]+")


def parts(unit: Evidence, clauses: Clauses, asides: Clauses, text: str) -> list[Evidence]:
    """The parts of a sentence that may state a fact of their own: each run of the pieces
    its clauses and asides cut it into, short of the whole sentence (whole sentences are
    ``adopt``'s), with ``MIN_WORDS`` words at least."""
    key = (unit.article_id, unit.start)
    cuts = {x for span in (*clauses.get(key, ()), *asides.get(key, ())) for x in span}
    bounds = sorted({unit.start, unit.end} | {x for x in cuts if unit.start < x < unit.end})
    return _spans(unit, combinations(bounds, 2), text)


def _spans(unit: Evidence, spans: Iterable[tuple[int, int]], text: str) -> list[Evidence]:
    """Some spans of a unit, tidied, each once, short of the whole unit and with
    ``MIN_WORDS`` words at least."""
    found: dict[tuple[int, int], Evidence] = {}
    for a, b in spans:
        low, high = tidy(text, a, b)
        if (a, b) != (unit.start, unit.end) and len(_WORD.findall(text[low:high])) >= MIN_WORDS:
            found[(low, high)] = Evidence(unit.article_id, text[low:high], low, high)
    return list(found.values())


def _part_finder(
    articles: Sequence[AnnotatedArticle], units: Sequence[Evidence]
) -> Callable[[int], tuple[list[Evidence], list[Evidence]]]:
    """A unit's ``parts`` and its noun phrases stating a fact in passing, by its index, each
    unit read once."""
    clauses, asides = clause_index(articles), aside_index(articles)
    passing = span_index(articles, attrgetter("passing"))
    texts = {a.article.id: a.article.text for a in articles}

    @cache
    def parts_of(u: int) -> tuple[list[Evidence], list[Evidence]]:
        unit, text = units[u], texts[units[u].article_id]
        in_passing = passing.get((unit.article_id, unit.start), ())
        return parts(unit, clauses, asides, text), _spans(unit, in_passing, text)

    return parts_of


def lend_parts(
    claims: Sequence[Claim],
    articles: Sequence[AnnotatedArticle],
    units: Sequence[Evidence],
    probability: Vector,
    outlets: Mapping[str, str],
    stating: Stating,
) -> list[Claim]:
    """The claims, each claim several outlets support joined by the likeliest part of each
    other outlet's related sentence that states it (see the module docstring; a clause or a
    run of one before a noun phrase, which names less of what was done); a part is lent to
    one claim at most, the one it states likeliest."""
    unit_of, parts_of = locator(units), _part_finder(articles, units)
    acts, named = deeds(articles), _article_details(articles)
    best: dict[tuple[str, int, int], tuple[float, int]] = {}  # part -> (likelihood, claim)
    found: dict[tuple[str, int, int], Evidence] = {}
    phrases: set[tuple[str, int, int]] = set()  # the parts that are noun phrases only
    for k, claim in enumerate(claims):
        if claim.independent_support < 2 or claim.status == "contested":
            continue
        told = {outlets[e.article_id] for e in claim.support}
        rows = [u for e in claim.support if (u := unit_of(e)) is not None]
        related = (
            v for v in _related(rows, probability) if outlets[units[v].article_id] not in told
        )
        done = acts(next((e for e in claim.support if e.text == claim.text), claim.support[0]))
        candidates, opened = _candidates(map(parts_of, related), done, phrases)
        known = frozenset().union(*(named[e.article_id] for e in claim.support))
        for likely, part in chain(
            _stating(claim, candidates, stating), _told(claim, opened, known, stating)
        ):
            key = (part.article_id, part.start, part.end)
            if likely > best.get(key, (0.0, -1))[0]:
                best[key], found[key] = (likely, k), part
    lent: dict[int, dict[str, tuple[tuple[bool, float], Evidence]]] = {}
    for key, (likely, k) in best.items():
        outlet, rank = outlets[key[0]], (key not in phrases, likely)
        if rank > lent.setdefault(k, {}).get(outlet, ((False, 0.0), found[key]))[0]:
            lent[k][outlet] = (rank, found[key])
    return [
        with_support(
            claim,
            [replace(e, score=round(r[1], 3)) for r, e in lent.get(k, {}).values()],
            outlets,
        )
        for k, claim in enumerate(claims)
    ]


def _candidates(
    found: Iterable[tuple[list[Evidence], list[Evidence]]],
    done: tuple[str, ...],
    phrases: set[tuple[str, int, int]],
) -> tuple[list[Evidence], list[Evidence]]:
    """The parts of some sentences (each its runs and its noun phrases stated in passing)
    that may state a claim whose wording does ``done``: every run, and each noun phrase
    whose description does any of it, which is also noted in ``phrases``; and apart, the
    noun phrases whose description opens with the wording's first deed (``opening``)."""
    candidates: list[Evidence] = []
    opened: list[Evidence] = []
    for runs, stated in found:
        candidates += runs
        for p in stated:
            if set(done) & described(p.text) and p not in runs:
                candidates.append(p)
                phrases.add((p.article_id, p.start, p.end))
                if opening(p.text) == done[0]:
                    opened.append(p)
    return candidates, opened


def _article_details(articles: Sequence[AnnotatedArticle]) -> dict[str, frozenset[str]]:
    """Each article's details and counted figures (``checkable``), over all its sentences."""
    return {
        a.article.id: frozenset().union(*(checkable(s.text) for s in a.sentences)) for a in articles
    }


def _told(
    claim: Claim, opened: Iterable[Evidence], known: frozenset[str], stating: Stating
) -> Iterator[tuple[float, Evidence]]:
    """The noun phrases stating a claim in passing, with how likely: each opens with the
    claim's first deed (``_candidates``), so it states what the claim says was done; names
    someone or something, and only what the claim's articles name somewhere (``known``), so
    it is about the same people, not a look-alike; gives the numbers of the claim's wording
    (``states`` is above 0); and states one of its supports as surely as a support must
    state its claim to stay (the stating model's ``keep``). Its wording may differ more than
    ``_stating`` allows ("A guard charged with stealing the Smith paintings" states "A
    guard was charged with the theft")."""
    for part in opened:
        named = checkable(part.text)
        if not named or not named <= known or states(part.text, claim.text, stating) == 0:
            continue
        if (likely := _likeliest(claim, part, stating)) >= stating[1].keep:
            yield likely, part


def _likeliest(claim: Claim, part: Evidence, stating: Stating) -> float:
    """How likely a part states the likeliest of a claim's supports."""
    return max(states(part.text, e.text, stating) for e in claim.support)


def _related(rows: Iterable[int], probability: Vector) -> list[int]:
    """The units related (``RELATED``) to any of some units, each once."""
    rows = list(rows)
    if not rows:
        return []
    return np.flatnonzero((probability[rows] >= RELATED).any(axis=0)).tolist()


def _stating(
    claim: Claim, candidates: Sequence[Evidence], stating: Stating
) -> Iterator[tuple[float, Evidence]]:
    """The candidate parts that state a claim, with how likely: each uses mostly words the
    claim's supports use and no detail they lack, states the claim's wording at least
    ``SURE`` and one of its supports at least ``CLOSE``."""
    if not candidates:
        return
    known = frozenset().union(*(checkable(e.text) for e in claim.support))
    said = stems_of(e.text for e in claim.support)
    for part in candidates:
        if not checkable(part.text) <= known or covered_share(part.text, said) < COVERED:
            continue
        if states(part.text, claim.text, stating) < SURE:
            continue
        if (likely := _likeliest(claim, part, stating)) >= CLOSE:
            yield likely, part
