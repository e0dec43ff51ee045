"""Run the language models over articles: sentences, entity mentions, quotes, embeddings.

Every embedding a later stage compares (sentences, and each quote with its sentences)
is computed here, so stories and cross-check never load a model.

This is the per-article stage: it needs nothing but the article, so an engine may run
it over partitions in parallel. Everything later works on its plain-data output.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from itertools import islice

import numpy as np
from spacy.tokens import Doc

from consilience.model import (
    AnnotatedArticle,
    Article,
    FramingMention,
    Mention,
    QuoteMention,
    Sentence,
    Vector,
)
from consilience.nlp.asides import aside_spans, quoted_tokens
from consilience.nlp.clauses import clause_spans
from consilience.nlp.embed import DIMENSIONS, Embedder
from consilience.nlp.framing import framing_mentions
from consilience.nlp.models import Models
from consilience.nlp.passing import passing_spans
from consilience.nlp.quotes import extract_quotes
from consilience.nlp.verbs import stating_verbs
from consilience.text.sentences import ends_sentence, marks_only, runs_on

ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "WORK_OF_ART"})
QUOTE_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
OPENING_MARKS = "“‘«„"


def split_sentences(doc: Doc, text: str | None = None) -> list[Sentence]:
    """spaCy's sentences, also cut at line breaks (headlines and paragraphs never merge),
    each with its clauses, asides, stating verbs and facts stated in passing; a false break
    inside a line is mended (see `sentence_spans`). ``text`` is ``doc.text`` when the caller
    has it (spaCy rebuilds it on every access)."""
    text = doc.text if text is None else text
    found: list[Sentence] = []
    for start, end in sentence_spans(doc, text):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            found.append(Sentence(len(found), start, end, text[start:end]))
            continue
        clauses = clause_spans(span, start, end)
        quoted = quoted_tokens(span)  # read once: asides and verbs both skip quoted words
        asides = aside_spans(span, start, end, quoted)
        verbs = stating_verbs(span, start, end, quoted)
        passing = passing_spans(span, start, end, quoted)
        found.append(
            Sentence(len(found), start, end, text[start:end], clauses, asides, verbs, passing)
        )
    return found


def sentence_spans(doc: Doc, text: str) -> list[tuple[int, int]]:
    """Start and end of each sentence: spaCy's, cut at line breaks, then within a line a
    piece joined to the one before when that does not end like a sentence or the piece
    carries it on (lower case, after "Dr." or "25."), and a piece of bare quotation marks
    given to the sentence it closes or opens. ``text`` is ``doc.text``."""
    pieces: list[tuple[int, int]] = []
    for sent in doc.sents:
        start = sent.start_char
        for line in text[sent.start_char : sent.end_char].split("\n"):
            stripped = line.strip()
            if stripped:
                offset = start + line.index(stripped)
                pieces.append((offset, offset + len(stripped)))
            start += len(line) + 1
    return _mend(text, pieces)


def _mend(text: str, pieces: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The pieces with false breaks inside a line undone (see `sentence_spans`)."""
    spans: list[tuple[int, int]] = []
    held: tuple[int, int] | None = None  # bare opening marks, waiting for their sentence
    for start, end in pieces:
        if held is not None and "\n" in text[held[1] : start]:
            spans.append(held)
        elif held is not None:
            start = held[0]
        held = None
        same_line = bool(spans) and "\n" not in text[spans[-1][1] : start]
        before = text[spans[-1][0] : spans[-1][1]] if same_line else ""
        piece = text[start:end]
        if marks_only(piece) and _opens(piece, before):
            held = (start, end)
        elif before and (marks_only(piece) or not ends_sentence(before) or runs_on(before, piece)):
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    if held is not None:
        spans.append(held)
    return spans


def _opens(marks: str, before: str) -> bool:
    """Whether bare quotation marks open a quote: curly opening marks do; a straight double
    mark does unless the text before it on its line has one left open."""
    mark = marks.strip()[0]
    if mark in OPENING_MARKS:
        return True
    return mark == '"' and before.count(mark) % 2 == 0


def sentence_at(sentences: Sequence[Sentence], offset: int) -> int:
    """Index of the sentence holding a character offset (the nearest one before it)."""
    index = 0
    for sentence in sentences:
        if sentence.start > offset:
            break
        index = sentence.index
    return index


def entity_mentions(doc: Doc, sentences: Sequence[Sentence]) -> tuple[Mention, ...]:
    """Named-entity mentions of the kinds cross-checking cares about."""
    return tuple(
        Mention(
            ent.text,
            ent.label_,
            ent.start_char,
            ent.end_char,
            sentence_at(sentences, ent.start_char),
        )
        for ent in doc.ents
        if ent.label_ in ENTITY_LABELS
    )


def quote_pieces(text: str) -> list[str]:
    """A quote's whole text, then its sentences: a short rendering may match one sentence."""
    return [text, *(s for s in QUOTE_SENTENCE_END.split(text.strip()) if s)]


def embedded_pieces(quote: QuoteMention) -> list[str]:
    """The pieces of a quote that are embedded: none when no speaker is named.

    The cross-check compares renderings by meaning only when both name a speaker, so
    embedding the others' pieces would cost model time (about a sixth of it) for nothing.
    """
    return quote_pieces(quote.text) if quote.speaker else []


def quote_texts(quotes: Iterable[Sequence[QuoteMention]]) -> list[str]:
    """Every piece embedded for the quotes: each named speaker's quote and its sentences."""
    return [piece for group in quotes for q in group for piece in embedded_pieces(q)]


def encode_once(texts: Iterable[str], embedder: Embedder) -> dict[str, Vector]:
    """Each distinct text's embedding, all in one call so the encoder batches them by length."""
    unique = sorted(set(texts))
    return dict(zip(unique, embedder.encode(unique), strict=True)) if unique else {}


def quote_vectors(
    quotes: Sequence[Sequence[QuoteMention]], rows: Mapping[str, Vector]
) -> list[tuple[Vector, ...]]:
    """Per article, one array per quote: the rows of its embedded pieces (``encode_once``)."""
    return [
        tuple(_stacked([rows[p] for p in embedded_pieces(q)]) for q in group) for group in quotes
    ]


def _stacked(vectors: Sequence[Vector]) -> Vector:
    """The vectors as the rows of one array; an empty one (0 rows) when there are none."""
    return np.stack(vectors) if vectors else np.zeros((0, DIMENSIONS), dtype=np.float32)


@dataclass(frozen=True)
class Parsed:
    """A batch after spaCy and the rules over its parses, before the embedder: plain data
    (no spaCy docs), so the embedder may run it in another thread."""

    articles: Sequence[Article]
    sentences: list[list[Sentence]]
    mentions: list[tuple[Mention, ...]]
    quotes: list[tuple[QuoteMention, ...]]
    framing: list[tuple[FramingMention, ...]]


def parse(articles: Sequence[Article], models: Models, batch_size: int = 16) -> Parsed:
    """Parse a batch and read its sentences, entity mentions, quotes and framing terms."""
    docs = list(models.spacy.pipe((a.text for a in articles), batch_size=batch_size))
    # spaCy keeps every character, so each doc's text is its article's.
    sentences = [split_sentences(doc, a.text) for doc, a in zip(docs, articles, strict=True)]
    return Parsed(
        articles,
        sentences,
        [entity_mentions(doc, found) for doc, found in zip(docs, sentences, strict=True)],
        [
            extract_quotes(doc, found, text=a.text)
            for doc, found, a in zip(docs, sentences, articles, strict=True)
        ],
        [framing_mentions(doc) for doc in docs],
    )


def embed(parsed: Parsed, embedder: Embedder) -> list[AnnotatedArticle]:
    """The parsed batch's annotations: the embeddings of all its sentences in one call."""
    texts = [s.text for sentences in parsed.sentences for s in sentences]
    # Sentences and quote pieces in one call: a text both hold is embedded once.
    encoded = encode_once([*texts, *quote_texts(parsed.quotes)], embedder)
    vectors = _stacked([encoded[t] for t in texts])
    quoted = quote_vectors(parsed.quotes, encoded)
    annotated: list[AnnotatedArticle] = []
    row = 0
    for article, sentences, mentions, found, framing, rendered in zip(
        parsed.articles,
        parsed.sentences,
        parsed.mentions,
        parsed.quotes,
        parsed.framing,
        quoted,
        strict=True,
    ):
        rows = vectors[row : row + len(sentences)]
        row += len(sentences)
        annotated.append(
            AnnotatedArticle(
                article=article,
                sentences=tuple(sentences),
                mentions=mentions,
                quotes=found,
                embeddings=rows,
                vector=_mean_direction(rows),
                framing=framing,
                quote_vectors=rendered,
            )
        )
    return annotated


def annotate(
    articles: Sequence[Article], models: Models, batch_size: int = 16
) -> list[AnnotatedArticle]:
    """Annotate a batch of articles; the embeddings of all their sentences go in one call."""
    return embed(parse(articles, models, batch_size), models.embedder)


def annotate_batches(
    batches: Iterable[Sequence[Article]], models: Models
) -> Iterator[list[AnnotatedArticle]]:
    """Each batch annotated, in order, as `annotate` would; while one batch is embedded in
    a second thread the next is parsed. onnxruntime releases the GIL and spaCy keeps one
    core busy, so on two cores annotation alone takes about an eighth less time, a whole
    analysis (bench/throughput.py) about a twentieth less.
    """
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="consilience-embed") as pool:
        pending: Future[list[AnnotatedArticle]] | None = None
        for batch in batches:
            parsed = parse(batch, models)
            if pending is not None:
                yield pending.result()
            pending = pool.submit(embed, parsed, models.embedder)
        if pending is not None:
            yield pending.result()


def annotate_stream(
    articles: Iterable[Article], models: Models, batch_size: int = 32
) -> Iterator[AnnotatedArticle]:
    """Annotate an arbitrarily long stream in batches, holding two batches in memory."""
    stream = iter(articles)
    batches = iter(lambda: list(islice(stream, batch_size)), [])
    for annotated in annotate_batches(batches, models):
        yield from annotated


def _mean_direction(rows: Vector) -> Vector:
    """The normalised mean of sentence vectors (zeros for an article with no sentence)."""
    if len(rows) == 0:
        return np.zeros(DIMENSIONS, dtype=np.float32)
    mean = rows.mean(axis=0)
    norm = float(np.linalg.norm(mean))
    direction: Vector = (mean / norm if norm > 0 else mean).astype(np.float32)
    return direction
