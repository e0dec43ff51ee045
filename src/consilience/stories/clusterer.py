"""Streaming story clustering: each arriving article joins the best story or starts one."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from functools import cache

from consilience.model import AnnotatedArticle
from consilience.nlp.embed import DIMENSIONS
from consilience.stories.features import ArticleTerms, Terms
from consilience.stories.index import CentroidIndex
from consilience.stories.settings import ClusterSettings
from consilience.stories.split import partition
from consilience.stories.story import Story, Vocabularies, freshness, pair_features
from consilience.text.ids import story_id_for

MAX_WIDENING = 64
"""At most this many times ``candidates`` stories are searched for eligible ones."""


class StoryClusterer:
    """Groups a stream of annotated articles into stories, one decision per arrival.

    Deterministic for a given arrival order: the index is single-threaded with a fixed
    seed, and ties between candidate stories go to the older story.
    """

    def __init__(self, settings: ClusterSettings | None = None) -> None:
        self.settings = settings or ClusterSettings()
        self._stories: list[Story] = []
        self._by_id: dict[str, Story] = {}
        self._assignments: dict[str, str] = {}
        self._batch: dict[str, ArticleTerms] = {}
        self._vocabularies = Vocabularies()
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
        (fitted so that ECB+'s look-alike events stay apart). Then each such story is parted
        where it holds two look-alike events (``_split``). Stories that earlier batches
        stored are never moved or parted: once reported, a story only grows.
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
        for story in self._movable(batch):
            moved.extend(self._split(story, [batch[m] for m in story.members]))
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

    def _best_story(self, terms: ArticleTerms) -> Story | None:
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

    def _score(self, terms: ArticleTerms, story: Story) -> float:
        features = pair_features(terms, story, self._vocabularies)
        gap = None
        if terms.day is not None and story.last_day is not None:
            gap = float(abs((terms.day - story.last_day).days))
        return self.settings.model.probability(features, gap)

    def _movable(self, batch: Mapping[str, ArticleTerms]) -> list[Story]:
        """The stories made only of the batch's articles, smallest first."""
        movable = [s for s in self._stories if s.members and all(m in batch for m in s.members)]
        return sorted(movable, key=lambda s: len(s.members))

    def _targets(
        self, story: Story, batch: Mapping[str, ArticleTerms]
    ) -> Iterator[tuple[Story, float]]:
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

    def _merge_target(self, story: Story, batch: Mapping[str, ArticleTerms]) -> Story | None:
        """The story ``story``'s members fit best on average, when that clears the bar."""
        fresh = freshness(self._vocabularies.body.documents)
        best, best_score = None, 0.0
        for other, score in self._targets(story, batch):
            if score > best_score and self.settings.model.merges(score, fresh):
                best, best_score = other, score
        return best

    def _merge(
        self, story: Story, target: Story, terms: list[ArticleTerms], arrival: dict[str, int]
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

    def _split(self, story: Story, terms: list[ArticleTerms]) -> list[str]:
        """Part a story's look-alike events (``split.partition`` over its members' pair
        probabilities); returns the ids of the members that left. The group with the first
        member keeps the story; each other starts one named after its first member."""
        alone = cache(lambda j: self._single(terms[j]))  # built only if partition scores
        groups = partition(
            len(terms),
            lambda i, j: self._score(terms[i], alone(j)),
            self.settings.model.split_bar,
        )
        if len(groups) == 1:
            return []
        members, arrived = story.members, story.last_arrival
        self._restart(story.id)
        moved: list[str] = []
        for group in groups:
            ids = [members[i] for i in group]
            story_id = story.id if group[0] == 0 else story_id_for(ids[:1])
            if story_id != story.id:
                moved.extend(ids)
                self._restart(story_id)
            for i in group:
                part = self._member(members[i], story_id)
                part.absorb(terms[i], arrived, self._vocabularies)
            self._index.upsert(part.key, part.centroid())
        return moved

    def _single(self, terms: ArticleTerms) -> Story:
        """A one-article story outside the index, to score articles against each other."""
        story = Story(id="", key=-1, members=[""], recent=deque(maxlen=1))
        story.absorb(terms, 0, self._vocabularies)
        return story

    def _restart(self, story_id: str) -> Story:
        """A new, empty story under ``story_id``, in place of one of that id (emptied by a
        merge or being split) so no member statistics carry over."""
        old = self._by_id.get(story_id)
        key = old.key if old else len(self._stories)
        recent = deque[Terms](maxlen=self.settings.link_members)
        story = Story(id=story_id, key=key, members=[], recent=recent)
        if old:
            self._stories[key] = story
        else:
            self._stories.append(story)
        self._by_id[story_id] = story
        return story

    def _member(self, article_id: str, story_id: str) -> Story:
        story = self._by_id.get(story_id) or self._restart(story_id)
        story.members.append(article_id)
        self._assignments[article_id] = story_id
        return story

    def _record(self, article_id: str, terms: ArticleTerms, story_id: str) -> None:
        self._vocabularies.add(terms)
        story = self._member(article_id, story_id)
        story.absorb(terms, len(self._assignments) - 1, self._vocabularies)
        self._index.upsert(story.key, story.centroid())
        self._retire()

    def _learn(self, article: AnnotatedArticle, story: Story, arrival: int) -> None:
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

    def _too_far(self, terms: ArticleTerms, story: Story) -> bool:
        """A dated article never joins a story whose news is days away from its own date.

        Judged per article rather than by retiring stories on the newest date seen, so an
        undated article (its time unknown) may still join a story that dated news left.
        """
        if terms.day is None or story.last_day is None:
            return False
        return abs((terms.day - story.last_day).days) > self.settings.retire_after_days


def cluster(
    annotated: Iterable[AnnotatedArticle], settings: ClusterSettings | None = None
) -> dict[str, list[str]]:
    """Cluster a batch in the given order, then settle it: story id -> article ids."""
    clusterer = StoryClusterer(settings)
    for item in annotated:
        clusterer.add(item)
    clusterer.settle()
    return clusterer.stories()
