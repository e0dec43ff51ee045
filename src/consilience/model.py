"""The one data model that flows through every stage.

ingest -> Article; nlp -> AnnotatedArticle; stories -> story membership;
crosscheck -> Claim, Contradiction, Quote, Entity, BriefSentence; report -> Report.
Every object is a frozen dataclass so stages cannot change each other's output.
Offsets (``start``/``end``) are always character offsets into ``Article.text``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

import numpy as np
import numpy.typing as npt

Vector = npt.NDArray[np.float32]

ClaimStatus = Literal["corroborated", "single_source", "contested"]
ContradictionKind = Literal[
    "number", "date", "duration", "title", "quote", "negation", "attribution", "other"
]
Fidelity = Literal["verbatim", "minor_edit", "altered", "paraphrase"]
QuoteKind = Literal["direct", "partial", "block", "indirect"]
FramingKind = Literal["loaded", "hedge", "attribution"]
CarriedHow = Literal["near_copy", "same_origin"]


@dataclass(frozen=True)
class Article:
    """One news article as ingested; ``id`` is a stable hash of content and outlet.

    ``origin`` is the wire agency the article credits ("AP"), when it credits one:
    articles of one agency are one independent source however each outlet edited them.
    """

    id: str
    source: str
    title: str | None
    url: str | None
    published: str | None
    language: str | None
    text: str
    origin: str | None = None


@dataclass(frozen=True)
class Sentence:
    """A sentence of an article's text (a claim unit candidate).

    ``clauses`` are the character spans of the separate facts a long sentence states, each
    a claim unit of its own; empty when the sentence is one clause. ``asides`` are the
    spans of phrases hung on its facts (brackets, dashes, descriptions, trailing adjuncts),
    which a supporting sentence may be cut at. ``verbs`` are the spans of the finite verbs
    by which it states something of its own (none inside quotation marks, no bare "said"),
    so a part cut off it that holds none is no claim; None when the sentence was not parsed.
    ``passing`` are the spans of its noun phrases that state a fact in passing ("a guard
    charged with the theft"), which may support a claim of their own.
    """

    index: int
    start: int
    end: int
    text: str
    clauses: tuple[tuple[int, int], ...] = ()
    asides: tuple[tuple[int, int], ...] = ()
    verbs: tuple[tuple[int, int], ...] | None = None
    passing: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class Mention:
    """A named-entity mention as the NER model labelled it (labels are not trusted alone)."""

    text: str
    label: str
    start: int
    end: int
    sentence: int


@dataclass(frozen=True)
class QuoteMention:
    """Words an article attributes to someone, found in one article.

    ``text`` is the quoted words without quotation marks; ``speaker`` is the fullest
    name the article gives that speaker (``None`` when unknown, never a guess).
    ``kind`` is ``indirect`` for reported speech without quotation marks.
    ``speaker_reason`` says why that speaker was chosen (the evidence that weighed most).
    """

    start: int
    end: int
    text: str
    kind: QuoteKind
    speaker: str | None
    speaker_start: int | None
    speaker_end: int | None
    cue: str | None
    sentence: int
    speaker_reason: str | None = None


@dataclass(frozen=True)
class FramingMention:
    """A loaded word, hedge or attribution an article uses, as the parse found it.

    ``key`` is its normalised form (lemmas), so two outlets' uses of one term compare equal.
    """

    key: str
    term: str
    kind: FramingKind
    start: int
    end: int


@dataclass(frozen=True, eq=False)
class AnnotatedArticle:
    """An article with everything the language models found in it.

    ``embeddings`` has one L2-normalised row per sentence; ``vector`` is the
    normalised mean of the rows (the article's position for story clustering).
    ``quote_vectors`` has one array per quote (rows: its whole text, then each of its
    sentences; none for a quote with no named speaker, which is never compared by
    meaning), so the cross-check compares reworded quotes without loading a model.
    """

    article: Article
    sentences: tuple[Sentence, ...]
    mentions: tuple[Mention, ...]
    quotes: tuple[QuoteMention, ...]
    embeddings: Vector
    vector: Vector
    framing: tuple[FramingMention, ...] = ()
    quote_vectors: tuple[Vector, ...] = ()


@dataclass(frozen=True)
class Context:
    """The whole sentence around a piece of evidence that is only part of it."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Evidence:
    """A span of one article that supports or contradicts something.

    ``context`` is its sentence when the span is only part of one (a reader cannot judge a
    fragment alone); it takes no part in comparing two pieces of evidence.
    """

    article_id: str
    text: str
    start: int
    end: int
    score: float | None = None
    context: Context | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Carried:
    """An article that carries another's text: a near-copy, or copy of one wire agency."""

    article_id: str
    from_article_id: str
    how: CarriedHow


@dataclass(frozen=True)
class Provenance:
    """Where a claim comes from: the article that published it first, and who carried whom.

    ``first_article_id`` is None when no supporting article has a publication time.
    """

    first_article_id: str | None
    first_published: str | None
    carried: tuple[Carried, ...] = ()


@dataclass(frozen=True)
class Claim:
    """One statement and every outlet's sentence that makes it."""

    id: str
    text: str
    status: ClaimStatus
    support: tuple[Evidence, ...]
    contradicted_by: tuple[Evidence, ...]
    independent_support: int
    provenance: Provenance | None = None


@dataclass(frozen=True)
class Contradiction:
    """Two pieces of evidence that cannot both be true, with a one-sentence reason.

    ``may_be_timing``: the figures may differ only because of when each was reported (a
    running tally such as "at least 70", or articles of different days).
    """

    id: str
    kind: ContradictionKind
    a: Evidence
    b: Evidence
    explanation: str
    may_be_timing: bool = False


@dataclass(frozen=True)
class QuoteVariant:
    """One article's rendering of an utterance, graded against the canonical wording.

    ``speaker_reason`` says why this article's words were given to their speaker.
    """

    article_id: str
    text: str
    start: int
    end: int
    fidelity: Fidelity
    similarity: float | None = None
    speaker_reason: str | None = None


@dataclass(frozen=True)
class Quote:
    """One utterance as rendered by every article that reports it."""

    id: str
    speaker: str | None
    speaker_entity_id: str | None
    canonical: str
    variants: tuple[QuoteVariant, ...]


@dataclass(frozen=True)
class Entity:
    """One real-world person, organisation or place across all its spellings."""

    id: str
    name: str
    type: str
    aliases: tuple[str, ...]
    article_ids: tuple[str, ...]
    mentions: int


@dataclass(frozen=True)
class BriefSentence:
    """A sentence of the neutral summary, citing articles and the claims it rests on.

    ``disputed_by``: ids of the story's contradictions in which an outlet gives another
    figure or day than the sentence states (a settled majority's version is stated, and the
    reader is shown it is disputed).
    """

    text: str
    citations: tuple[str, ...]
    claim_ids: tuple[str, ...]
    disputed_by: tuple[str, ...] = ()


@dataclass(frozen=True)
class FramingTerm:
    """A loaded word, hedge or attribution one outlet uses for a shared claim."""

    article_id: str
    source: str
    term: str
    kind: FramingKind
    start: int
    end: int


@dataclass(frozen=True)
class Framing:
    """How outlets word one shared claim differently, side by side."""

    claim_id: str
    terms: tuple[FramingTerm, ...]


@dataclass(frozen=True)
class ArticleRecord:
    """An article as the report lists it: metadata plus near-copy link."""

    id: str
    source: str
    title: str | None
    url: str | None
    published: str | None
    language: str | None
    copy_of: str | None
    origin: str | None = None


@dataclass(frozen=True)
class Story:
    """The cross-check of one story: every finding about one event.

    ``copies`` pairs each near-copy's article id with the id of the earliest article it
    copies, in story order; kept on the story so every interface reports the same links.
    """

    id: str
    title: str
    article_ids: tuple[str, ...]
    independent_source_count: int
    claims: tuple[Claim, ...]
    contradictions: tuple[Contradiction, ...]
    quotes: tuple[Quote, ...]
    entities: tuple[Entity, ...]
    brief: tuple[BriefSentence, ...]
    framing: tuple[Framing, ...] = ()
    copies: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Report:
    """A whole analysis: what ``consilience analyze`` returns and renders."""

    generated_at: str
    articles: tuple[ArticleRecord, ...]
    stories: tuple[Story, ...]
    schema_version: str = "1"
