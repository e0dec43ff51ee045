"""Evidence that is only part of a sentence carries the whole sentence as its context.

The cross-check cuts supporting sentences to the clauses that state a claim and off their
asides, and a part left over may be a one-outlet claim: "and fired ahead of it" or "55 miles
north of the city" cannot be judged alone. Each such span of a claim or contradiction gets
its sentence (``Evidence.context``), which the report, Markdown and web page show it in.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import replace

from consilience.model import AnnotatedArticle, Claim, Context, Contradiction, Evidence, Sentence


def in_context(
    claims: Sequence[Claim],
    contradictions: Sequence[Contradiction],
    articles: Sequence[AnnotatedArticle],
) -> tuple[tuple[Claim, ...], tuple[Contradiction, ...]]:
    """The claims and contradictions, each span shorter than its sentence given the sentence."""
    placed = _placer(articles)
    return tuple(
        replace(
            c,
            support=tuple(placed(e) for e in c.support),
            contradicted_by=tuple(placed(e) for e in c.contradicted_by),
        )
        for c in claims
    ), tuple(replace(c, a=placed(c.a), b=placed(c.b)) for c in contradictions)


def sentence_finder(
    articles: Sequence[AnnotatedArticle],
) -> Callable[[Evidence], Sentence | None]:
    """The sentence a span starts in, None when it starts outside every sentence."""
    sentences = {a.article.id: a.sentences for a in articles}
    starts = {key: [s.start for s in found] for key, found in sentences.items()}

    def sentence_of(evidence: Evidence) -> Sentence | None:
        found = sentences.get(evidence.article_id, ())
        at = bisect_right(starts.get(evidence.article_id, []), evidence.start) - 1
        return found[at] if at >= 0 and evidence.start < found[at].end else None

    return sentence_of


def _placer(articles: Sequence[AnnotatedArticle]) -> Callable[[Evidence], Evidence]:
    """Evidence with its sentence as context when it is only part of that sentence."""
    sentence_of = sentence_finder(articles)

    def placed(evidence: Evidence) -> Evidence:
        sentence = sentence_of(evidence)
        if sentence is None or (evidence.start <= sentence.start and sentence.end <= evidence.end):
            return evidence
        return replace(evidence, context=Context(sentence.text, sentence.start, sentence.end))

    return placed
