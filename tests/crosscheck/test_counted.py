"""A count with an aside saying who some of the counted were states a fact of its own."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
from builders import article

from consilience.crosscheck.claimed import single_claim
from consilience.crosscheck.counted import counted_spans, with_counted
from consilience.crosscheck.stating import stating_of
from consilience.crosscheck.twins import twin_claims
from consilience.model import AnnotatedArticle, Claim, Evidence

HURT = "Two guests, one of them a child, were hurt when a balcony gave way at the Larkspur hotel."
BLAZE = "The blaze that injured two guests (one a child) was started by a heater, firemen said."
OTHERS = ["The hotel reopened its restaurant on Monday.", "The road was shut for hours."]


def _spans(sentence: str, *asides: str) -> list[str]:
    """The counted spans of one sentence whose asides are given as their texts."""
    found = counted_spans(
        sentence, 0, [(sentence.index(a), sentence.index(a) + len(a)) for a in asides]
    )
    return [sentence[a:b] for a, b in found]


def test_a_count_and_the_aside_on_who_was_counted_are_one_span() -> None:
    assert _spans(HURT, ", one of them a child,") == ["Two guests, one of them a child"]
    assert _spans(BLAZE, "(one a child)") == ["two guests (one a child)"]


def test_an_aside_opening_with_no_count_is_no_counted_span() -> None:
    assert _spans(BLAZE, ", firemen said") == []


def test_an_aside_on_no_count_is_no_counted_span() -> None:
    sentence = "The guests, one of them a child, were hurt at the Larkspur hotel."
    assert _spans(sentence, ", one of them a child,") == []


def _with_asides(article_id: str, sentence: str, aside: str, other: str) -> AnnotatedArticle:
    """An invented article whose first sentence has ``aside`` as its aside."""
    made = article(article_id, sentence, other)
    first, *rest = made.sentences
    start = first.start + sentence.index(aside)
    return replace(made, sentences=(replace(first, asides=((start, start + len(aside)),)), *rest))


def _claims(counted: bool) -> list[Claim]:
    """Twin claims of two one-outlet sentences that each give the count in passing."""
    articles = [
        _with_asides("a1", HURT, ", one of them a child,", OTHERS[0]),
        _with_asides("a2", BLAZE, "(one a child)", OTHERS[1]),
    ]
    units = [Evidence(a.article.id, s.text, s.start, s.end) for a in articles for s in a.sentences]
    probability = np.zeros((len(units), len(units)), np.float32)
    probability[0, 2] = probability[2, 0] = 0.6
    claims = [single_claim(u) for u in units]
    whole = lambda u: [units[u]]  # noqa: E731
    pieces = with_counted(whole, articles, units) if counted else whole
    outlets = {"a1": "a1", "a2": "a2"}
    return twin_claims(claims, units, pieces, probability, outlets, stating_of(articles))


def test_two_outlets_giving_who_was_counted_in_passing_corroborate_it() -> None:
    twin = _claims(counted=True)[0]
    assert twin.status == "corroborated"
    assert {e.text for e in twin.support} == {
        "Two guests, one of them a child",
        "two guests (one a child)",
    }


def test_without_the_counted_spans_their_sentences_stay_apart() -> None:
    assert all(c.status == "single_source" for c in _claims(counted=False))


def test_a_number_spaced_apart_is_no_count_with_an_aside() -> None:
    sentence = "The quake killed 212 people and injured more than 1, 300 in the valley."
    assert _spans(sentence, ", 300 in the valley") == []
