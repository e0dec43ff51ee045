"""Streaming story clustering: each arriving article joins the best story or starts one."""

from __future__ import annotations

from collections import Counter, deque
from collections.abc import Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date

import numpy as np

from consilience.model import AnnotatedArticle, Vector
from consilience.nlp.embed import DIMENSIONS
from consilience.stories.features import (
    ArticleTerms,
    DocumentFrequencies,
    Terms,
    name_coverage,
    tfidf_cosine,
    tfidf_unit,
    unit_dot,
)
from consilience.stories.index import CentroidIndex
from consilience.stories.lead import LeadTally, overlap
from consilience.stories.settings import ClusterSettings
from consilience.text.ids import story_id_for

MAX_WIDENING = 64
"""At most this many times ``candidates`` stories are searched for eligible ones."""


@dataclass
class _Story:
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

    def absorb(self, terms: ArticleTerms, arrival: int, vocabularies: _Vocabularies) -> None:
        """Fold one member's statistics into the story."""
        for mine, theirs in (
            (self.body, terms.body),
            (self.title, terms.title),
            (self.entities, terms.entities),
            (self.numbers, terms.numbers),
        ):
            for term, weight in theirs.items():
                mine[term] = mine.get(term, 0.0) + weight
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
        self.recent.clear()

    def centroid(self) -> Vector:
        """The unit direction of the members' embeddings."""
        norm = float(np.linalg.norm(self.vector_sum))
        return self.vector_sum / norm if norm > 0 else self.vector_sum


@dataclass
class _Vocabularies:
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


class StoryClusterer:
    """Groups a stream of annotated articles into stories, one decision per arrival.

    Deterministic for a given arrival order: the index is single-threaded with a fixed
    seed, and ties between candidate stories go to the older story.
    """

    def __init__(self, settings: ClusterSettings | None = None) -> None:
        self.settings = settings or ClusterSettings()
        self._stories: list[_Story] = []
        self._by_id: dict[str, _Story] = {}
        self._assignments: dict[str, str] = {}
        self._batch: dict[str, ArticleTerms] = {}
        self._vocabularies = _Vocabularies()
        self._index = CentroidIndex(
            DIMENSIONS, self.settings.hnsw_m, self.settings.hnsw_ef, self.settings.seed
        )

    @classmethod
    def resume(
        cls,
        previous: Mapping[str, str],
        annotated: Iterable[AnnotatedArticle],
        settings: ClusterSettings | None = None,
    ) -> StoryClusterer:
        """Rebuild story state from stored assignments without re-deciding them.

        ``previous`` is article id -> story id in arrival order; ``annotated`` supplies the
        members whose statistics should be restored (members left out still count as
        members, but do not shape their story's centroid or term weights).
        """
        clusterer = cls(settings)
        arrival = {article_id: n for n, article_id in enumerate(previous)}
        for article_id, story_id in previous.items():
            clusterer._member(article_id, story_id)
        for item in annotated:
            known = previous.get(item.article.id)
            if known is not None:
                clusterer._learn(item, clusterer._by_id[known], arrival[item.article.id])
        for story in clusterer._stories:
            if story.absorbed:
                clusterer._index.upsert(story.key, story.centroid())
        clusterer._retire()
        return clusterer

    def add(self, article: AnnotatedArticle) -> str:
        """Place one article; returns the id of the story it joined or started."""
        known = self._assignments.get(article.article.id)
        if known is not None:
            return known
        terms = ArticleTerms.of(article)
        best = self._best_story(terms)
        story_id = best.id if best else story_id_for([article.article.id])
        self._record(article.article.id, terms, story_id)
        self._batch[article.article.id] = terms
        return story_id

    def settle(self) -> dict[str, str]:
        """Second pass over the articles added since the last ``settle``; returns the moved
        article ids with their new story.

        One-pass decisions are made on what arrived before: an event's first articles, or a
        feature on its aftermath, may start a story of their own before the statistics know
        the event. Each story made only of this batch's articles, smallest first, joins the
        candidate story (an earlier batch's, or one of the batch's at least as large) where
        its members, scored with the whole batch's statistics, clear ``PairModel.merges``
        (fitted so that ECB+'s look-alike events stay apart). Stories that earlier batches
        stored are never moved.
        """
        batch, self._batch = self._batch, {}
        arrival: dict[str, int] = {}  # every article's place, built at the first move only
        moved: list[str] = []
        for story in self._movable(batch):
            target = self._merge_target(story, batch)
            if target is not None:
                arrival = arrival or {i: n for n, i in enumerate(self._assignments)}
                moved.extend(story.members)
                self._merge(story, target, [batch[m] for m in story.members], arrival)
        return {article_id: self._assignments[article_id] for article_id in moved}

    def place(self, article: AnnotatedArticle, story_id: str) -> None:
        """Record a known assignment (e.g. a human's), updating the story as ``add`` would."""
        self._record(article.article.id, ArticleTerms.of(article), story_id)

    def features(self, article: AnnotatedArticle, story_id: str) -> tuple[float, ...]:
        """The pair features of ``article`` against a story, as the pair model sees them."""
        return pair_features(ArticleTerms.of(article), self._by_id[story_id], self._vocabularies)

    def assignments(self) -> dict[str, str]:
        """Article id -> story id, in arrival order."""
        return dict(self._assignments)

    def stories(self) -> dict[str, list[str]]:
        """Story id -> article ids in arrival order, stories in order of their start."""
        return {story.id: list(story.members) for story in self._stories if story.members}

    def probability(self, article: AnnotatedArticle, story_id: str) -> float:
        """The pair model's probability that ``article`` belongs to the story (for inspection)."""
        return self._score(ArticleTerms.of(article), self._by_id[story_id])

    def candidates(self, article: AnnotatedArticle) -> list[str]:
        """The active stories the index proposes for ``article``, nearest first."""
        keys = self._index.nearest(article.vector, self.settings.candidates)
        return [self._stories[key].id for key in keys]

    def _best_story(self, terms: ArticleTerms) -> _Story | None:
        scored = sorted((-self._score(terms, self._stories[k]), k) for k in self._eligible(terms))
        if scored and -scored[0][0] >= self.settings.model.threshold:
            return self._stories[scored[0][1]]
        return None

    def _eligible(self, terms: ArticleTerms) -> list[int]:
        """The nearest active stories the article may join, up to ``candidates`` of them.

        Stories days away from the article's date are skipped and the search widened
        (a bounded number of times): in a long feed, last month's look-alike events would
        otherwise fill the candidate list and hide this week's story.
        """
        wanted = self.settings.candidates
        k = wanted
        while True:
            keys = self._index.nearest(terms.vector, k)
            eligible = [key for key in keys if not self._too_far(terms, self._stories[key])]
            if len(eligible) >= wanted or len(keys) < k or k >= wanted * MAX_WIDENING:
                return eligible[:wanted]
            k *= 4

    def _score(self, terms: ArticleTerms, story: _Story) -> float:
        features = pair_features(terms, story, self._vocabularies)
        gap = None
        if terms.day is not None and story.last_day is not None:
            gap = float(abs((terms.day - story.last_day).days))
        return self.settings.model.probability(features, gap)

    def _movable(self, batch: Mapping[str, ArticleTerms]) -> list[_Story]:
        """The stories made only of the batch's articles, smallest first."""
        movable = [s for s in self._stories if s.members and all(m in batch for m in s.members)]
        return sorted(movable, key=lambda s: len(s.members))

    def _targets(
        self, story: _Story, batch: Mapping[str, ArticleTerms]
    ) -> Iterator[tuple[_Story, float]]:
        """Candidate stories, with the mean probability of the members: any an earlier batch
        stored (they cannot move), and the batch's own ones at least as large."""
        members = [batch[m] for m in story.members]
        for key in self._index.nearest(story.centroid(), self.settings.candidates + 1):
            other = self._stories[key]
            smaller = len(other.members) < len(story.members)
            if other is story or (smaller and all(m in batch for m in other.members)):
                continue
            if not any(self._too_far(terms, other) for terms in members):
                yield other, sum(self._score(t, other) for t in members) / len(members)

    def _merge_target(self, story: _Story, batch: Mapping[str, ArticleTerms]) -> _Story | None:
        """The story ``story``'s members fit best on average, when that clears the bar."""
        fresh = freshness(self._vocabularies.body.documents)
        best, best_score = None, 0.0
        for other, score in self._targets(story, batch):
            if score > best_score and self.settings.model.merges(score, fresh):
                best, best_score = other, score
        return best

    def _merge(
        self, story: _Story, target: _Story, terms: list[ArticleTerms], arrival: dict[str, int]
    ) -> None:
        """Move all of ``story``'s members (their ``terms``) into ``target``, keeping the
        members in ``arrival`` order."""
        for article_id, member in zip(story.members, terms, strict=True):
            self._assignments[article_id] = target.id
            target.absorb(member, story.last_arrival, self._vocabularies)
        target.members = sorted([*target.members, *story.members], key=arrival.__getitem__)
        story.members = []
        story.release()
        self._index.remove(story.key)
        self._index.upsert(target.key, target.centroid())

    def _member(self, article_id: str, story_id: str) -> _Story:
        story = self._by_id.get(story_id)
        if story is None:
            recent = deque[Terms](maxlen=self.settings.link_members)
            story = _Story(id=story_id, key=len(self._stories), members=[], recent=recent)
            self._stories.append(story)
            self._by_id[story_id] = story
        story.members.append(article_id)
        self._assignments[article_id] = story_id
        return story

    def _record(self, article_id: str, terms: ArticleTerms, story_id: str) -> None:
        self._vocabularies.add(terms)
        story = self._member(article_id, story_id)
        story.absorb(terms, len(self._assignments) - 1, self._vocabularies)
        self._index.upsert(story.key, story.centroid())
        self._retire()

    def _learn(self, article: AnnotatedArticle, story: _Story, arrival: int) -> None:
        terms = ArticleTerms.of(article)
        self._vocabularies.add(terms)
        story.absorb(terms, arrival, self._vocabularies)

    def _retire(self) -> None:
        """Drop stories that stopped growing from the index (no member for many arrivals)."""
        now = len(self._assignments) - 1
        for key in self._index.active():
            story = self._stories[key]
            if now - story.last_arrival > self.settings.retire_after_articles:
                self._index.remove(story.key)
                story.release()

    def _too_far(self, terms: ArticleTerms, story: _Story) -> bool:
        """A dated article never joins a story whose news is days away from its own date.

        Judged per article rather than by retiring stories on the newest date seen, so an
        undated article (its time unknown) may still join a story that dated news left.
        """
        if terms.day is None or story.last_day is None:
            return False
        return abs((terms.day - story.last_day).days) > self.settings.retire_after_days


def pair_features(
    terms: ArticleTerms, story: _Story, vocabularies: _Vocabularies
) -> tuple[float, ...]:
    """Similarities between an article and a story, in ``settings.FEATURES`` order."""
    unit_body = tfidf_unit(terms.body, vocabularies.body)
    return (
        float(np.dot(terms.vector, story.centroid())),
        tfidf_cosine(terms.body, story.body, vocabularies.body),
        tfidf_cosine(terms.title, story.title, vocabularies.title),
        tfidf_cosine(terms.entities, story.entities, vocabularies.entities),
        max((unit_dot(unit_body, member) for member in story.recent), default=0.0),
        agreement({terms.year} if terms.year is not None else set(), story.years),
        tfidf_cosine(terms.numbers, story.numbers, vocabularies.numbers),
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


def cluster(
    annotated: Iterable[AnnotatedArticle], settings: ClusterSettings | None = None
) -> dict[str, list[str]]:
    """Cluster a batch in the given order, then settle it: story id -> article ids."""
    clusterer = StoryClusterer(settings)
    for item in annotated:
        clusterer.add(item)
    clusterer.settle()
    return clusterer.stories()
