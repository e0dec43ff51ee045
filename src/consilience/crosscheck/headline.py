"""A story's title: the outlets' own headline that best represents it, else a short label.

The headline chosen is the most central of the members' titles: the one sharing the
most content words with all the others, so one outlet's odd angle does not name the
story. Without any headline the label is the story's best-corroborated claim, cut
to at most `MAX_WORDS` words at a clause boundary when one is near.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from consilience.crosscheck.words import stems
from consilience.model import AnnotatedArticle, Claim

MAX_WORDS = 12
MIN_CLAUSE_WORDS = 5
"""A clause shorter than this is too little to name a story, so the cut goes on."""
ELLIPSIS = "…"


def story_headline(articles: Sequence[AnnotatedArticle], claims: Sequence[Claim]) -> str:
    """The story's title (articles in story order, claims as cross-checked)."""
    titles = [
        a.article.title.strip() for a in articles if a.article.title and a.article.title.strip()
    ]
    if titles:
        return central_title(titles)
    return short_label(_label_source(articles, claims))


def central_title(titles: Sequence[str]) -> str:
    """The title with the most content-word overlap (Dice) with the others; ties: earliest."""
    words = [stems(title) for title in titles]

    def centrality(k: int) -> float:
        return sum(_dice(words[k], other) for j, other in enumerate(words) if j != k)

    return titles[max(range(len(titles)), key=lambda k: (centrality(k), -k))]


def _dice(a: frozenset[str], b: frozenset[str]) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a or b else 0.0


def _label_source(articles: Sequence[AnnotatedArticle], claims: Sequence[Claim]) -> str:
    """The best-corroborated claim, else the first sentence, else the outlet's name."""
    corroborated = [c for c in claims if c.status == "corroborated"]
    if corroborated or claims:
        return max(corroborated or claims, key=lambda c: c.independent_support).text
    first = articles[0]
    return first.sentences[0].text if first.sentences else first.article.source


def short_label(text: str) -> str:
    """At most `MAX_WORDS` words: the first clause when it is long enough, else a cut with …."""
    tokens = " ".join(text.split()).rstrip(".").split(" ")
    if len(tokens) <= MAX_WORDS:
        return " ".join(tokens)
    head = tokens[:MAX_WORDS]
    clause = [n + 1 for n, token in enumerate(head) if re.search(r"[,;:]$", token)]
    if clause and clause[-1] >= MIN_CLAUSE_WORDS:
        return " ".join(head[: clause[-1]]).rstrip(",;:")
    while len(head) > MIN_CLAUSE_WORDS and not stems(head[-1]):
        head.pop()
    return " ".join(head) + ELLIPSIS
