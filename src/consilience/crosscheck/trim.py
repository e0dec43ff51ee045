"""Supporting spans cut at their asides to the part other outlets of the claim state.

A clause that states a shared fact may carry a phrase only its outlet gives: "... retired on
Monday to a farm near the coast", "a 40 million (35 million pound) loan", "Some
papers -- including two weeklies -- ran the story". The annotation marks such
phrases (``Sentence.asides``); cut there, a span is pieces, and the support keeps the run
of pieces between its outlet's own asides (``_own``) that the claim's other outlets echo
most. Whatever is cut off is left over (``narrow.left_over``): it joins a claim that states
it, or is a one-outlet claim of its own when it states something, so an aside is never
shown as corroborated for sharing a sentence with a shared fact.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from operator import attrgetter

from consilience.crosscheck.alignment import lemma
from consilience.crosscheck.narrow import ECHOED, Clauses, span_index, tidy
from consilience.crosscheck.words import details, stems
from consilience.model import AnnotatedArticle, Evidence

MIN_WORDS = 5  # a span with fewer words states nothing (clauses.py cuts none so short)
OWN_WORDS = 2  # words the others lack that make a piece without a name or number a detail
_WORD = re.compile(r"[A-Za-z]+")
_GLUED = re.compile(r"(?<=\d)(?=[A-Za-z])|(?<=[A-Za-z])(?=\d)")  # "110bn", "euro110"


def aside_index(articles: Iterable[AnnotatedArticle]) -> Clauses:
    """(article id, sentence start) -> the sentence's aside spans, for sentences with some."""
    return span_index(articles, attrgetter("asides"))


def trim(
    sentences: Sequence[Evidence],
    support: Sequence[Evidence],
    asides: Clauses,
    texts: Mapping[str, str],
    outlets: Mapping[str, str],
) -> tuple[Evidence, ...]:
    """Each span of ``support`` (cut from the sentence at the same place in ``sentences``)
    cut to the part between its outlet's own asides that the claim's other outlets state,
    unless fewer than ``MIN_WORDS`` words would be left."""
    result = []
    said: dict[str, frozenset[str]] | None = None
    for sentence, evidence in zip(sentences, support, strict=True):
        spans = _outermost(asides.get((sentence.article_id, sentence.start), ()))
        bounds = sorted(
            {evidence.start, evidence.end}
            | {x for span in spans for x in span if evidence.start < x < evidence.end}
        )
        if len(bounds) < 3:
            result.append(evidence)
            continue
        said = said if said is not None else _said(support, outlets)
        own = outlets[evidence.article_id]
        others = Counter(w for outlet, words in said.items() if outlet != own for w in words)
        text = texts[evidence.article_id]
        pieces = [
            _Piece(text[a:b], a, b, not any(x <= a and b <= y for x, y in spans))
            for a, b in pairwise(bounds)
        ]
        start, end = tidy(text, *_run(pieces, others))
        if len(_WORD.findall(text[start:end])) < MIN_WORDS:  # too little left to state it
            result.append(evidence)
            continue
        result.append(Evidence(evidence.article_id, text[start:end], start, end, evidence.score))
    return tuple(result)


def _outermost(spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The asides inside no other: a phrase in an aside is judged with all of it."""
    return [
        (a, b)
        for a, b in spans
        if not any(x <= a and b <= y and (x, y) != (a, b) for x, y in spans)
    ]


@dataclass(frozen=True)
class _Piece:
    text: str
    start: int
    end: int
    spine: bool  # no part of an aside: the sentence's own statement


def _said(support: Sequence[Evidence], outlets: Mapping[str, str]) -> dict[str, frozenset[str]]:
    """Each outlet's words in the claim (its details among them), read once per claim."""
    said: dict[str, frozenset[str]] = {}
    for e in support:
        outlet = outlets[e.article_id]
        said[outlet] = said.get(outlet, frozenset()) | lemmas(e.text) | details(e.text)
    return said


def _run(pieces: Sequence[_Piece], others: Counter[str]) -> tuple[int, int]:
    """Start and end of the run of pieces between the outlet's own asides (``_barrier``)
    that the others echo most (each word by how many of them use it). When the others echo
    nothing of the sentence's own statement, only an aside states the claim ("The ship, a
    trawler called Aurora, had nets aboard" for a claim naming the trawler), and the
    statement's own pieces are cut off too."""
    spoken = any(p.spine and _echo(p.text, others) for p in pieces)
    runs: list[list[int]] = [[]]
    for k, piece in enumerate(pieces):
        if (spoken and piece.spine) or not _barrier(pieces, k, others):
            runs[-1].append(k)
        else:
            runs.append([])
    found = [run for run in runs if run]
    if not found:
        return pieces[0].start, pieces[-1].end
    best = max(found, key=lambda run: sum(_echo(pieces[k].text, others) for k in run))
    return pieces[best[0]].start, pieces[best[-1]].end


def _echo(text: str, others: Counter[str]) -> int:
    """How often the others use a piece's words and details."""
    return sum(others[w] for w in lemmas(text)) + sum(others[w] for w in details(text))


def _barrier(pieces: Sequence[_Piece], k: int, others: Counter[str]) -> bool:
    """Whether a piece is cut off as its outlet's own, unless it is a description between
    commas inside the statement ("Four people, two of them children, were hurt"), which
    cannot be cut out without parting the subject from what it says; the space between two
    asides ("two women, aged 30, working for ...") is none of the statement."""
    if not _own(pieces[k].text, others):
        return False
    around = [pieces[n] for n in (k - 1, k + 1) if 0 <= n < len(pieces)]
    inside = len(around) == 2 and all(p.spine and p.text.strip() for p in around)
    return not (pieces[k].text.startswith(",") and inside)


def _own(text: str, others: Counter[str]) -> bool:
    """Whether a piece says something of its own: the others use under half its words and
    under half the names and numbers it gives (a title they also cite keeps its aside), or,
    when it gives none, words enough ("in self-defence" alone is no detail, and cut off it
    would state nothing)."""
    seen = frozenset(others)
    words = lemmas(text)
    if not words or len(words & seen) >= ECHOED * len(words):
        return False
    named = details(text)
    if named:
        return len(named & seen) < ECHOED * len(named)
    return len(_WORD.findall(text)) >= MIN_WORDS and len(words - seen) >= OWN_WORDS


@lru_cache(maxsize=4096)
def lemmas(text: str) -> frozenset[str]:
    """Content words cut to a rough lemma, so "fired" and "firing" are one word; a number
    glued to its scale or currency ("110bn", "euro110") is read apart from it, so it meets
    the bare number another outlet writes."""
    return frozenset(lemma(w) for w in stems(_GLUED.sub(" ", text)))
