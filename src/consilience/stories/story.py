"""What the clusterer keeps of a story, and the pair features of an article against it."""

from __future__ import annotations

from collections import Counter, deque
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date

import numpy as np

from consilience.model import Vector
from consilience.nlp.embed import DIMENSIONS
from consilience.stories.features import (
    ArticleTerms,
    DocumentFrequencies,
    Terms,
    name_coverage,
    tfidf_cosine,
    tfidf_norm,
    tfidf_unit,
    unit_dot,
)
from consilience.stories.lead import LeadTally, overlap


@dataclass
class Story:
    """What a story keeps of its members: summed term weights, embedding sum, recency.

    ``recent`` holds the unit tf-idf body vectors of the latest members (idf as when each
    joined), for the best-link feature that keeps chained coverage of one event together.
    ``years`` counts the members' latest mentioned years, ``months`` the months of the
    calendar days they name, ``leads`` the names, figures and weekdays of their leads.
    """

    id: str
    key: int
    members: list[str]
    recent: deque[Terms]
    body: Terms = field(default_factory=dict)
    title: Terms = field(default_factory=dict)
    entities: Terms = field(default_factory=dict)
    numbers: Terms = field(default_factory=dict)
    years: Counter[int] = field(default_factory=Counter)
    months: Counter[int] = field(default_factory=Counter)
    leads: LeadTally = field(default_factory=LeadTally)
    vector_sum: Vector = field(default_factory=lambda: np.zeros(DIMENSIONS, dtype=np.float32))
    absorbed: int = 0
    last_arrival: int = 0
    last_day: date | None = None
    _norms: dict[int, tuple[int, float]] = field(default_factory=dict, repr=False, compare=False)
    """id of a term bag -> (documents counted, its tf-idf norm then): an arrival is scored
    against the same stories again and again while neither changes."""

    def absorb(self, terms: ArticleTerms, arrival: int, vocabularies: Vocabularies) -> None:
        """Fold one member's statistics into the story."""
        for mine, theirs in (
            (self.body, terms.body),
            (self.title, terms.title),
            (self.entities, terms.entities),
            (self.numbers, terms.numbers),
        ):
            for term, weight in theirs.items():
                mine[term] = mine.get(term, 0.0) + weight
        self._norms.clear()
        self.vector_sum = self.vector_sum + terms.vector
        self.recent.append(tfidf_unit(terms.body, vocabularies.body))
        if terms.year is not None:
            self.years[terms.year] += 1
        self.months.update(terms.months)
        self.leads.add(terms.lead)
        self.absorbed += 1
        self.last_arrival = max(self.last_arrival, arrival)
        if terms.day is not None and (self.last_day is None or terms.day > self.last_day):
            self.last_day = terms.day

    def release(self) -> None:
        """Forget the term statistics of a retired story: it is never scored again, and a
        long stream must not keep every past story's vocabulary in memory."""
        self.body, self.title, self.entities, self.numbers = {}, {}, {}, {}
        self._norms.clear()
        self.recent.clear()

    def cosine(self, terms: Terms, bag: Terms, frequencies: DocumentFrequencies) -> float:
        """``tfidf_cosine`` of an article's terms and one of the story's bags (``bag``)."""
        known = self._norms.get(id(bag))
        if known is None or known[0] != frequencies.documents:
            known = self._norms[id(bag)] = (frequencies.documents, tfidf_norm(bag, frequencies))
        return tfidf_cosine(terms, bag, frequencies, known[1], frequencies.weighed(terms)[0])

    def centroid(self) -> Vector:
        """The unit direction of the members' embeddings."""
        norm = float(np.linalg.norm(self.vector_sum))
        return self.vector_sum / norm if norm > 0 else self.vector_sum


@dataclass
class Vocabularies:
    """Running document frequencies of body words, title words (both over a general-news
    background), entities and numbers."""

    body: DocumentFrequencies = field(default_factory=DocumentFrequencies.over_news)
    title: DocumentFrequencies = field(default_factory=DocumentFrequencies.over_news)
    entities: DocumentFrequencies = field(default_factory=DocumentFrequencies)
    numbers: DocumentFrequencies = field(default_factory=DocumentFrequencies)

    def add(self, terms: ArticleTerms) -> None:
        self.body.add(terms.body)
        self.title.add(terms.title)
        self.entities.add(terms.entities)
        self.numbers.add(terms.numbers)


def pair_features(
    terms: ArticleTerms, story: Story, vocabularies: Vocabularies
) -> tuple[float, ...]:
    """Similarities between an article and a story, in ``settings.FEATURES`` order."""
    unit_body = vocabularies.body.weighed(terms.body)[1]
    return (
        float(np.dot(terms.vector, story.centroid())),
        story.cosine(terms.body, story.body, vocabularies.body),
        story.cosine(terms.title, story.title, vocabularies.title),
        story.cosine(terms.entities, story.entities, vocabularies.entities),
        max((unit_dot(unit_body, member) for member in story.recent), default=0.0),
        agreement({terms.year} if terms.year is not None else set(), story.years),
        story.cosine(terms.numbers, story.numbers, vocabularies.numbers),
        agreement(terms.months, story.months),
        name_coverage(terms.entities, story.entities),
        overlap(terms.lead.names, story.leads.names),
        overlap(terms.lead.figures, story.leads.figures),
        agreement(terms.lead.weekdays, story.leads.weekdays),
        freshness(vocabularies.body.documents),
    )


def freshness(documents: int) -> float:
    """1 for the first article seen, falling towards 0 as the running statistics fill.

    Document frequencies over a handful of articles make every shared word look common, so
    the tf-idf similarities of a small batch (one story analysed alone) run low; the pair
    model learns how much less evidence it needs then.
    """
    return 1.0 / max(documents, 1)


def agreement(values: Collection[int], counts: Counter[int]) -> float:
    """+1 when the story's dates (years, months) all are among the article's, -1 when none is.

    0 when the article or the story names none: silence is no evidence.
    """
    total = counts.total()
    if not values or total == 0:
        return 0.0
    return 2.0 * sum(counts[v] for v in values) / total - 1.0
