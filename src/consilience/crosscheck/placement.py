"""One place put in two others by different outlets ("the port of Lyon in Peru" against
"Lyon in France").

A sentence places a place when it goes "at/to/for/near <Place> in/on <Where>". Two outlets
contradict each other when they place one place differently and the gazetteer knows one
of them wrong: no city or country of that name lies in the country it names. Where the
gazetteer does not know, no contradiction. Quoted sentences count too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from consilience.crosscheck.evidence import across_articles
from consilience.crosscheck.gazetteer import misplaced
from consilience.crosscheck.statement import contradiction
from consilience.model import AnnotatedArticle, Contradiction, Evidence
from consilience.text import word_list

_NAME = r"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*"
_PLACED = re.compile(
    rf"\b(?:at|to|for|near)\s+(?P<place>{_NAME})\s+(?P<where>(?:in|on)\s+"
    rf"(?:the\s+)?(?:[a-z]+\s+of\s+)?{_NAME}(?:\s+of\s+{_NAME})?)"
)


@dataclass(frozen=True)
class Placed:
    """A place a sentence puts somewhere: "Lyon" "in Peru"."""

    evidence: Evidence
    source: str
    place: str
    where: str

    @property
    def container(self) -> str:
        """The name of where the place is put, without "in the" ("Peru")."""
        return re.sub(r"^(?:in|on)\s+(?:the\s+)?", "", self.where)

    @property
    def wrong(self) -> bool:
        """Whether the gazetteer knows the place is not in the country named."""
        return misplaced(self.place, self.container)


def placed(annotated: AnnotatedArticle) -> Iterator[Placed]:
    """Every place an article's sentences put in another (not in a month: "in June")."""
    calendar = word_list("months") | word_list("weekdays")
    for sentence in annotated.sentences:
        for match in _PLACED.finditer(sentence.text):
            if match["where"].split()[-1].lower() in calendar:
                continue
            evidence = Evidence(annotated.article.id, sentence.text, sentence.start, sentence.end)
            yield Placed(evidence, annotated.article.source, match["place"], match["where"])


def placement_contradictions(articles: Sequence[AnnotatedArticle]) -> list[Contradiction]:
    """Every pair of articles that put one place in two others, one of them wrongly."""
    by_place: dict[str, list[Placed]] = {}
    for annotated in articles:
        for found in placed(annotated):
            by_place.setdefault(found.place.lower(), []).append(found)
    clashes = []
    for a, b in across_articles(by_place.values()):
        if a.container.lower() != b.container.lower() and (a.wrong or b.wrong):
            what = f'{a.source} places {a.place} "{a.where}"; {b.source} "{b.where}".'
            clashes.append(contradiction("other", a.evidence, b.evidence, what))
    return clashes
