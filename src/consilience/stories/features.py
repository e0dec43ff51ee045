"""Pair features between an article and a story, with running (streaming) statistics.

TF-IDF uses document frequencies counted as articles arrive, so an article is compared
with what has been seen so far and never needs the whole corpus (Miranda et al. 2018).
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cache, lru_cache
from importlib import resources

import numpy as np

from consilience.model import AnnotatedArticle, Vector
from consilience.stories.lead import Lead, lead_of
from consilience.text import word_list
from consilience.text.dates import DAY_OF_MONTH, month_number
from consilience.text.names import clean_name, name_tokens

TOKEN = re.compile(r"\w[\w'-]*\w|\w")
YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")
NUMBER = re.compile(r"(?<![\w.])\d[\d,]*(?:\.\d+)?(?!\w)")
Terms = dict[str, float]
BACKGROUND_WEIGHT = 100.0
"""How many articles the general-news background counts as: enough to tell an event's own
words from everyday ones in a small batch, few enough that a long feed's own statistics
soon outweigh it (the weight was compared on ECB+: 840 full articles cost the long-feed
grouping more than it gained)."""


def tokens(text: str) -> list[str]:
    """Lower-cased word and number tokens without stop words (years and tolls tell events apart)."""
    words = (t.lower() for t in TOKEN.findall(text))
    return [w for w in words if len(w) > 1 and w not in word_list("stop_words")]


def sublinear(counts: Mapping[str, int]) -> Terms:
    """1 + log(tf): repeated words matter, but not linearly."""
    return {term: 1.0 + math.log(n) for term, n in counts.items()}


def latest_year(text: str) -> int | None:
    """The latest year the text mentions: usually the year of the news it reports.

    Two events of the same kind (two earthquakes) often lie years apart, and reports name
    their year ("May 3, 2013") while older years appear only as background.
    """
    years = [int(y) for y in YEAR.findall(text)]
    return max(years, default=None)


def numbers(text: str) -> Counter[str]:
    """The numbers a text states, other than years: tolls, magnitudes, scores, sums.

    Two events of one kind are told in the same words but rarely with the same figures.
    Thousands separators are dropped so "1,100" and "1100" agree.
    """
    found = (n.replace(",", "") for n in NUMBER.findall(text))
    return Counter(n for n in found if not YEAR.fullmatch(n))


def months(text: str) -> frozenset[int]:
    """The months (1-12) of the calendar days a text names ("March 4", "14 Dec.").

    Only a month with a day counts: "May" alone is too often the verb.
    """
    names = [found.group(1) or found.group(2) for found in DAY_OF_MONTH.finditer(text)]
    return frozenset(month_number(name) for name in names)


def entity_key(text: str) -> str:
    """A normalised entity string: labels are noisy, so only the surface form counts.

    Spellings fold together (St./Saint, accents, possessives) as in entity resolution.
    """
    return " ".join(name_tokens(clean_name(text)))


def headline(annotated: AnnotatedArticle) -> str:
    """The title, or the first sentence when the article has none."""
    if annotated.article.title:
        return annotated.article.title
    return annotated.sentences[0].text if annotated.sentences else ""


def publication_day(annotated: AnnotatedArticle) -> date | None:
    """The publication day from the ISO date, when there is one that parses."""
    published = annotated.article.published
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


@dataclass(frozen=True)
class ArticleTerms:
    """What the clusterer keeps of one article: sublinear term weights, entities, dates."""

    body: Terms
    title: Terms
    entities: Terms
    numbers: Terms
    vector: Vector
    day: date | None
    year: int | None
    months: frozenset[int]
    lead: Lead

    @classmethod
    def of(cls, annotated: AnnotatedArticle) -> ArticleTerms:
        """Extract the bag-of-words, title words, entity keys, embedding and date."""
        entities = Counter(entity_key(m.text) for m in annotated.mentions)
        entities.pop("", None)
        return cls(
            body=sublinear(Counter(tokens(annotated.article.text))),
            title=sublinear(Counter(tokens(headline(annotated)))),
            entities=sublinear(entities),
            numbers=sublinear(numbers(annotated.article.text)),
            vector=annotated.vector.astype(np.float32),
            day=publication_day(annotated),
            year=latest_year(annotated.article.text),
            months=months(annotated.article.text),
            lead=lead_of(annotated),
        )


@dataclass(frozen=True)
class Background:
    """Document frequencies of words in general news, counted once offline.

    A batch of one event's articles makes the event's own words look common (every
    article has them), so cold running statistics alone cannot tell "riot" from "said".
    """

    documents: float = 0.0
    counts: Mapping[str, float] = field(default_factory=dict)


@cache
def news_background() -> Background:
    """The shipped background (``background_frequencies.json``, see its ``source``), scaled
    to ``BACKGROUND_WEIGHT`` articles."""
    path = resources.files("consilience.stories").joinpath("background_frequencies.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    scale = BACKGROUND_WEIGHT / int(data["documents"])
    return Background(BACKGROUND_WEIGHT, {t: n * scale for t, n in data["counts"].items()})


@dataclass
class DocumentFrequencies:
    """Running document frequencies of one vocabulary (body or title words, entities, numbers),
    optionally on top of a fixed background."""

    documents: int = 0
    counts: Counter[str] = field(default_factory=Counter)
    background: Background = field(default_factory=Background)
    _idf: dict[str, float] = field(default_factory=dict, init=False, repr=False, compare=False)
    """Each term's idf under the current counts (cleared by ``add``): a pair of stories is
    scored over the same few thousand terms again and again between two arrivals."""
    _weighed: dict[int, tuple[Terms, float, Terms]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    """id of an arrival's bag -> (the bag, its tf-idf norm, its unit vector) under the current
    counts (cleared by ``add``): an arrival is scored against every candidate story."""

    @classmethod
    def over_news(cls) -> DocumentFrequencies:
        """Running frequencies of words, added to the general-news background."""
        return cls(background=news_background())

    def add(self, terms: Iterable[str]) -> None:
        """Count one more document containing ``terms``."""
        self.documents += 1
        self.counts.update(terms)
        self._idf.clear()
        self._weighed.clear()

    def idf(self, term: str) -> float:
        """Smoothed inverse document frequency, as scikit-learn's TfidfVectorizer."""
        known = self._idf.get(term)
        return self.idfs((term,))[0] if known is None else known

    def idfs(self, terms: Collection[str]) -> list[float]:
        """``idf`` of each term of a bag, in its order: norms ask for thousands of terms at
        once, and one call with the counts at hand costs less than one per term."""
        known = self._idf
        missing = [term for term in terms if term not in known]
        if missing:
            total = 1 + self.documents + self.background.documents
            counts, background = self.counts, self.background.counts
            for term in missing:
                rarity = total / (1 + counts[term] + background.get(term, 0))
                known[term] = math.log(rarity) + 1.0
        return [known[term] for term in terms]

    def weighed(self, terms: Terms) -> tuple[float, Terms]:
        """``tfidf_norm`` and ``tfidf_unit`` of a bag that stays unchanged until the next
        ``add`` (an article's), remembered till then; the bag is kept so its id is not reused."""
        known = self._weighed.get(id(terms))
        if known is None or known[0] is not terms:
            known = self._weighed[id(terms)] = (
                terms,
                tfidf_norm(terms, self),
                tfidf_unit(terms, self),
            )
        return known[1], known[2]


@lru_cache(maxsize=1 << 16)
def name_rarity(key: str) -> float:
    """How rare an entity key is in general news: the background idf of its rarest token.

    Running entity frequencies make the names every article of a small batch shares (the
    victim, the city) look common; against the fixed background they stay rare.
    """
    news = DocumentFrequencies.over_news()
    return max((news.idf(token) for token in key.split()), default=0.0)


def name_coverage(article: Terms, story: Terms) -> float:
    """The share of the article's entity weight, each name weighed by its rarity in general
    news, that the story also names: a follow-up names the same rare people and places."""
    total = shared = 0.0
    for key, weight in article.items():
        weighed = weight * name_rarity(key)
        total += weighed
        if key in story:
            shared += weighed
    return shared / total if total > 0 else 0.0


def tfidf_cosine(
    a: Terms,
    b: Terms,
    frequencies: DocumentFrequencies,
    b_norm: float | None = None,
    a_norm: float | None = None,
) -> float:
    """Cosine of two term-weight bags after idf weighting with the current statistics
    (``a_norm``, ``b_norm``: ``tfidf_norm`` of ``a`` and ``b``, when the caller keeps them)."""
    if not a or not b:
        return 0.0
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    dot = 0.0
    for term, weight in small.items():
        other = large.get(term)
        if other is not None:
            dot += weight * other * frequencies.idf(term) ** 2
    if dot == 0.0:
        return 0.0
    return dot / ((a_norm or tfidf_norm(a, frequencies)) * (b_norm or tfidf_norm(b, frequencies)))


def tfidf_unit(terms: Terms, frequencies: DocumentFrequencies) -> Terms:
    """The unit-length tf-idf vector of ``terms`` under the current statistics."""
    idfs = frequencies.idfs(terms)
    weighted = {t: w * i for (t, w), i in zip(terms.items(), idfs, strict=True)}
    norm = math.sqrt(sum(w * w for w in weighted.values()))
    return {t: w / norm for t, w in weighted.items()} if norm > 0 else weighted


def unit_dot(a: Terms, b: Terms) -> float:
    """Dot product of two sparse vectors (cosine when both are unit length)."""
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    return sum(w * large.get(t, 0.0) for t, w in small.items())


def tfidf_norm(terms: Terms, frequencies: DocumentFrequencies) -> float:
    """The length of ``terms`` after idf weighting with the current statistics."""
    idfs = frequencies.idfs(terms)
    return math.sqrt(sum((w * i) ** 2 for w, i in zip(terms.values(), idfs, strict=True)))
