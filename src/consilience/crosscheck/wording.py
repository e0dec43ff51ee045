"""The wording of a claim several outlets support: the support a reader can take alone.

A claim is shown by one of its supports, and the brief states that wording too. A clause
cut off its sentence ("which has a majority ...", "and fired ..."), the tail of a
quotation ('" said a shop manager ...') or a part with no verb of its own reads as nothing
alone; a support with a detail no other outlet gives (a name, a number, a day, a clause
trailing the fact) would show that detail as corroborated.
So a claim is worded by the support that reads as a sentence of its own, then, among
supports near the wording chosen so far (the most central one), by the one with the fewest
details of its own, then by that wording, then by the support nearest it. A contested
claim keeps its wording: the clash is with it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace

from consilience.crosscheck.brief import TRAILING
from consilience.crosscheck.context import sentence_finder
from consilience.crosscheck.own import outlets_writing
from consilience.crosscheck.standalone import (
    CONTEXT_BOUND,
    QUOTE_MARK,
    balanced_quotes,
    opens_sentence,
    shouted,
)
from consilience.crosscheck.trim import lemmas
from consilience.crosscheck.words import details
from consilience.model import AnnotatedArticle, Claim, Contradiction, Evidence, Sentence
from consilience.text import word_list

_FIRST_WORD = re.compile(r"[A-Za-z]+")
_RELATIVE = word_list("relative_words")
NEAR = 0.6  # similarity to the wording chosen so far of a support that may word the claim instead


def worded(
    claims: Sequence[Claim],
    articles: Sequence[AnnotatedArticle],
    outlets: Mapping[str, str],
    clashes: Iterable[Contradiction],
) -> list[Claim]:
    """The claims, each corroborated one worded by its best support (``outlets``: each
    article's outlet; a support that is a side of a clash does not word a claim)."""
    sentence_of = sentence_finder(articles)
    written = outlets_writing(articles, outlets, _told)
    sides: dict[str, list[tuple[int, int]]] = {}
    for clash in clashes:
        for side in (clash.a, clash.b):
            sides.setdefault(side.article_id, []).append((side.start, side.end))
    result = []
    for claim in claims:
        if claim.status != "corroborated":
            result.append(claim)
            continue
        free = [e for e in claim.support if e.text == claim.text or not _hit(e, sides)]
        free = free or list(claim.support)
        rank = _ranker(claim, outlets, written, sentence_of)
        result.append(replace(claim, text=max(free, key=rank).text))
    return result


def _ranker(
    claim: Claim,
    outlets: Mapping[str, str],
    written: Mapping[str, set[str]],
    sentence_of: Callable[[Evidence], Sentence | None],
) -> Callable[[Evidence], tuple[bool | int | float, ...]]:
    """How well a support words its claim, best highest: it reads alone; it is near the
    wording chosen so far (a claim may hold supports on neighbouring facts, which would
    not word it); it is in normal case, not shouted in capitals; it gives the fewest
    details no other outlet writes anywhere in the story (names, numbers, days, and any
    word of a clause trailing its fact, ``brief.TRAILING``: "..., formalized through a
    binding treaty"); it is the wording chosen so far; nearest it. Other words of its own
    are the outlet's style, not a detail."""

    def rank(e: Evidence) -> tuple[bool | int | float, ...]:
        hung = TRAILING.search(e.text)
        outlet = outlets[e.article_id]
        current = e.text == claim.text
        told = details(e.text) | (lemmas(hung[0]) if hung else frozenset())
        own = [w for w in told if written.get(w, set()) <= {outlet}]
        return (
            *reads_alone(e, sentence_of(e)),
            current or (e.score or 0.0) >= NEAR,
            not shouted(e.text),
            -len(own),
            current,
            e.score or 0.0,
        )

    return rank


def reads_alone(
    evidence: Evidence, sentence: Sentence | None
) -> tuple[bool, bool, bool, bool, bool]:
    """Whether a span reads as a sentence of its own, most telling test first: it opens like
    a sentence, holds no stray quotation mark (the tail or head of a quotation), holds a
    verb by which it states something (``Sentence.verbs``), opens with no relative word
    (a clause describing something named before it), and leans on no earlier sentence."""
    text = evidence.text.strip()
    opening = QUOTE_MARK.sub("", text).lstrip()
    first = _FIRST_WORD.match(opening)
    verbs = None if sentence is None else sentence.verbs
    return (
        opens_sentence(opening),
        balanced_quotes(text),
        verbs is None or any(evidence.start <= a and b <= evidence.end for a, b in verbs),
        first is None or first[0] not in _RELATIVE,
        CONTEXT_BOUND.search(text) is None,
    )


def _hit(evidence: Evidence, sides: Mapping[str, Sequence[tuple[int, int]]]) -> bool:
    """Whether a span overlaps a side of a clash (``sides``: each article's clashing spans)."""
    return any(
        a < evidence.end and evidence.start < b for a, b in sides.get(evidence.article_id, ())
    )


def _told(text: str) -> frozenset[str]:
    """A text's content words (as rough lemmas: "patrol" and "patrolling" agree) and details."""
    return lemmas(text) | details(text)
