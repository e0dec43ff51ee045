"""What a claim says was done, so a fact stated in passing supports only a claim of it.

A noun phrase states a fact in passing ("a rule that had weakened the limits", ``Sentence
.passing``), and the claims of other outlets often name the same thing in the same words
while stating something else of it ("The court struck down the rule that weakened the
limits"). Such a phrase supports a claim only when its description (what follows the noun)
holds one of the verbs by which the claim's wording states something (``Sentence.verbs``,
function words aside, each cut to a rough lemma): "the guard charged with the theft" states
"The guard was charged ...", not "The guard was cleared ...". What is done first is the
main deed of each ("a guard charged with the theft" and "The guard was charged with the
theft and suspended"): ``deeds`` keeps their order, and ``opening`` is a description's first.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence
from itertools import islice, takewhile

from consilience.crosscheck.alignment import lemma
from consilience.crosscheck.words import FUNCTION, in_order
from consilience.model import AnnotatedArticle, Evidence


def acted(text: str) -> frozenset[str]:
    """A text's words other than function words, each cut to a rough lemma."""
    return frozenset(_lemmas(text))


def _lemmas(text: str) -> tuple[str, ...]:
    """``acted``'s words in the order the text gives them, each once."""
    return tuple(dict.fromkeys(lemma(w) for w in in_order(text) if w not in FUNCTION))


def _description(phrase: str) -> tuple[str, ...]:
    """The ``acted`` words of a noun phrase's description in order: those after the first
    word that is no function word (the noun described is no action, even where a headline's
    parse takes the same word for a verb)."""
    return _lemmas(" ".join([w for w in in_order(phrase) if w not in FUNCTION][1:]))


def described(phrase: str) -> frozenset[str]:
    """The ``acted`` words of a noun phrase's description."""
    return frozenset(_description(phrase))


def opening(phrase: str) -> str | None:
    """The first deed of a noun phrase's description ("charg" of "the guard, who was charged
    with the theft on Friday"), if it has any word."""
    return next(iter(_description(phrase)), None)


def deeds(articles: Sequence[AnnotatedArticle]) -> Callable[[Evidence], tuple[str, ...]]:
    """The ``acted`` words of the stating verbs inside a span of an article, in order."""
    verbs = {
        a.article.id: sorted(v for s in a.sentences for v in (s.verbs or ())) for a in articles
    }
    texts = {a.article.id: a.article.text for a in articles}

    def of(evidence: Evidence) -> tuple[str, ...]:
        spans, text = verbs.get(evidence.article_id, []), texts.get(evidence.article_id, "")
        inside = islice(spans, bisect_left(spans, (evidence.start, evidence.start)), None)
        within = takewhile(lambda v: v[1] <= evidence.end, inside)
        return _lemmas(" ".join(text[a:b] for a, b in within))

    return of
