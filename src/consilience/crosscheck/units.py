"""Claim units: the sentences of a story's articles that can state a fact, and one-outlet claims.

A sentence states something when it has words enough (not a heading, dateline or time stamp);
one mostly inside quoted speech is the speaker's words, a quote rather than the outlet's
claim, and becomes a one-outlet claim only when no other outlet carries that quote.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import replace

import numpy as np

from consilience.crosscheck.words import is_number
from consilience.model import AnnotatedArticle, Claim, Evidence, Quote, QuoteMention, Sentence
from consilience.nlp.quotemarks import quoted_spans

MIN_WORDS = 5
MIN_COUNTED = 2  # words besides its number that a short sentence needs to state a fact
_SHORT_FACT = re.compile(r"[A-Z][a-z]*\b[^:]*[a-z0-9]\.")
_TOKEN = re.compile(r"[A-Za-z]+|\d+")
MOSTLY_QUOTED = 0.5  # share of a sentence inside quoted speech that makes it a quote
_SPEECH = frozenset({"direct", "block"})  # quote kinds that are someone's own words


def split_units(
    articles: Sequence[AnnotatedArticle],
) -> tuple[list[tuple[Evidence, int]], list[Evidence]]:
    """Sentences long enough to state something, in one pass: the outlet's own words with
    their embedding row (claim units), and mostly quoted speech (a quote, not a claim)."""
    units: list[tuple[Evidence, int]] = []
    quoted: list[Evidence] = []
    offset = 0
    for annotated in articles:
        for row, sentence in enumerate(annotated.sentences):
            if not states_something(sentence.text):
                continue
            evidence = Evidence(annotated.article.id, sentence.text, sentence.start, sentence.end)
            if quoted_share(sentence, annotated.quotes) < MOSTLY_QUOTED:
                units.append((evidence, offset + row))
            else:
                quoted.append(evidence)
        offset += len(annotated.sentences)
    return units, quoted


def states_something(text: str) -> bool:
    """Whether a span has words enough to state a fact: five, or three in a sentence that
    gives a number ("She was 88."), not a heading, dateline or time stamp (those carry no
    full stop, or open with no capital word)."""
    words = len(re.findall(r"[A-Za-z]+", text))
    return words >= MIN_WORDS or (
        words >= MIN_COUNTED
        and _SHORT_FACT.fullmatch(text.strip()) is not None
        and any(is_number(token) for token in _TOKEN.findall(text))
    )


def claim_units(articles: Sequence[AnnotatedArticle]) -> list[tuple[Evidence, int]]:
    """Claim units with their embedding row (see ``split_units``)."""
    return split_units(articles)[0]


def lone_quote_claims(quoted: Sequence[Evidence], quotes: Sequence[Quote]) -> list[Claim]:
    """One-outlet claims for quoted sentences no other article carries.

    Quoted speech is left out of alignment (it is the speaker's, not the outlet's, words), but
    words only one article reports someone saying are still a detail only that outlet gives;
    a quote several articles carry (near-copies included) is shown with its quote group.
    """
    shared = [
        variant
        for quote in quotes
        if len({v.article_id for v in quote.variants}) >= 2
        for variant in quote.variants
    ]
    return [
        single_claim(sentence)
        for sentence in quoted
        if not any(
            v.article_id == sentence.article_id
            and v.start < sentence.end
            and v.end > sentence.start
            for v in shared
        )
    ]


def claim_id(support: Sequence[Evidence]) -> str:
    """A stable id from where the claim's sentences are."""
    keys = sorted(f"{e.article_id}:{e.start}:{e.end}" for e in support)
    return "c_" + hashlib.sha1("|".join(keys).encode()).hexdigest()[:12]


def quoted_share(sentence: Sentence, quotes: Sequence[QuoteMention]) -> float:
    """Share of a sentence's characters inside quotation marks or a quote the reader found
    (a block quote has no marks)."""
    inside = np.zeros(max(len(sentence.text), 1), dtype=bool)
    for quote in quotes:
        if quote.kind in _SPEECH and quote.start < sentence.end and quote.end > sentence.start:
            inside[max(quote.start - sentence.start, 0) : quote.end - sentence.start] = True
    for marked in quoted_spans(sentence.text):
        inside[marked.mark_start : marked.mark_end] = True
    return float(inside.mean())


def single_claim(evidence: Evidence) -> Claim:
    """A claim only its own outlet makes."""
    return Claim(
        id=claim_id([evidence]),
        text=evidence.text,
        status="single_source",
        support=(replace(evidence, score=1.0),),
        contradicted_by=(),
        independent_support=1,
    )
