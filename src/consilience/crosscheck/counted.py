"""A count with an aside saying who some of the counted were states a fact of its own.

"Three people, one of them a nurse, were hurt in the crash" is about the crash, yet says
that one of those hurt was a nurse; another outlet gives it inside a sentence about
something else ("the fire that injured two guests (one a child)"). Neither sentence, nor
any clause of it, states that fact alone, so the count and its aside together are a piece
of the sentence that ``twins`` compares with other outlets' pieces: an aside (``Sentence
.asides``) that opens with a count ("one of them", "two") and follows a counted noun
("three people", "4 workers") within ``GAP`` words; a number just before it is none ("1,
400" is a number spaced apart).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache

from consilience.crosscheck.narrow import tidy
from consilience.crosscheck.trim import aside_index
from consilience.crosscheck.words import is_number
from consilience.model import AnnotatedArticle, Evidence

GAP = 2  # words between a count and the aside on what it counts, its noun included
_OPENING = re.compile(r"[\s,;:(\[\u2013\u2014-]*([A-Za-z]+|\d+)\b")
_WORD = re.compile(r"[A-Za-z]+|\d[\d,.]*")


def counted_spans(
    text: str, sentence: int, asides: Sequence[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Spans of an article's ``text`` from a count to the end of an aside describing some of
    what it counts ("three workers (one a pregnant woman)"), tidied; ``sentence`` is where
    the asides' sentence starts."""
    spans = []
    for start, end in asides:
        opening = _OPENING.match(text, start, end)
        if opening is None or not is_number(opening[1]):
            continue
        before = list(_WORD.finditer(text, sentence, start))[-(GAP + 1) :]
        count = next((w for w in before[:-1] if is_number(w[0])), None)
        if count is not None and not is_number(before[-1][0]):
            spans.append(tidy(text, count.start(), end))
    return spans


def with_counted(
    pieces: Callable[[int], list[Evidence]],
    articles: Sequence[AnnotatedArticle],
    units: Sequence[Evidence],
) -> Callable[[int], list[Evidence]]:
    """A unit's pieces (``pieces``) and its counts with an aside on what they count, by
    its index, each unit read once."""
    asides = aside_index(articles)
    texts = {a.article.id: a.article.text for a in articles}

    @cache
    def found(u: int) -> list[Evidence]:
        unit, text = units[u], texts[units[u].article_id]
        spans = counted_spans(text, unit.start, asides.get((unit.article_id, unit.start), ()))
        return [*pieces(u), *(Evidence(unit.article_id, text[a:b], a, b) for a, b in spans)]

    return found
