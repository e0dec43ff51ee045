"""The annotation stage around the models: sentences, mentions, quote embeddings.

Hand-built spaCy docs and the bag-of-words fake embedder: no model is loaded here.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence

import numpy as np
import pytest
import spacy
from spacy.tokens import Doc

from consilience.model import Article, QuoteMention, Sentence, Vector
from consilience.nlp.annotate import (
    annotate,
    annotate_batches,
    encode_once,
    entity_mentions,
    quote_pieces,
    quote_texts,
    quote_vectors,
    split_sentences,
)
from consilience.nlp.models import Models
from fakes import HashEmbedder


class CountingEmbedder(HashEmbedder):
    """The fake, remembering every text it was asked to embed."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def encode(self, texts: Sequence[str]) -> Vector:
        self.seen.extend(texts)
        return super().encode(texts)


def quote(text: str) -> QuoteMention:
    return QuoteMention(0, len(text), text, "direct", "Ana Ruiz", None, None, "said", 0)


def test_sentences_are_also_cut_at_line_breaks() -> None:
    blank = spacy.blank("en")
    blank.add_pipe("sentencizer")
    doc = blank("Strike ends\nDock workers went back on Monday. Ships sailed.")
    found = split_sentences(doc)
    assert [s.text for s in found] == [
        "Strike ends",
        "Dock workers went back on Monday.",
        "Ships sailed.",
    ]
    assert doc.text[found[1].start : found[1].end] == found[1].text


def test_false_breaks_inside_a_line_are_mended() -> None:
    pieces = [
        ["The", "fund", "holds", "£", "25", "."],
        ["7bn", "."],
        ['"'],
        ["We", "are", "pleased", "."],
        ['"'],
        ["Dr", "."],
        ["Ortega", "agreed"],
        ["and", "left", "."],
    ]
    words = [w for piece in pieces for w in piece]
    starts = [i == 0 for piece in pieces for i in range(len(piece))]
    following = [*words[1:], ""]
    spaces = [w != "£" and n != "." for w, n in zip(words, following, strict=True)]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces, sent_starts=starts)
    assert [s.text for s in split_sentences(doc)] == [
        "The fund holds £25. 7bn.",
        '" We are pleased. "',
        "Dr. Ortega agreed and left.",
    ]


def test_mentions_keep_the_labels_cross_checking_uses_and_their_sentence() -> None:
    words = ["Ana", "Ruiz", "spoke", "on", "Monday", ".", "Oslo", "agreed", "."]
    ents = ["B-PERSON", "I-PERSON", "O", "O", "B-DATE", "O", "B-GPE", "O", "O"]
    doc = Doc(spacy.blank("en").vocab, words=words, ents=ents)
    oslo = doc.text.index("Oslo")
    sentences = [Sentence(0, 0, oslo - 1, doc.text[: oslo - 1]), Sentence(1, oslo, 99, "")]
    found = entity_mentions(doc, sentences)
    assert [(m.text, m.label, m.sentence) for m in found] == [
        ("Ana Ruiz", "PERSON", 0),
        ("Oslo", "GPE", 1),
    ]


def test_a_quote_is_embedded_whole_and_by_sentence() -> None:
    assert quote_pieces("We won. We go back Monday.") == [
        "We won. We go back Monday.",
        "We won.",
        "We go back Monday.",
    ]


def test_quote_vectors_align_with_quotes_and_embed_each_text_once() -> None:
    embedder = CountingEmbedder()
    same = "We won. We go back Monday."
    quotes = [[quote(same)], [quote(same), quote("Fine.")], []]
    vectors = quote_vectors(quotes, encode_once(quote_texts(quotes), embedder))
    assert [[len(v) for v in article] for article in vectors] == [[3], [3, 2], []]
    assert sorted(embedder.seen) == sorted({same, "We won.", "We go back Monday.", "Fine."})
    assert np.array_equal(vectors[0][0], vectors[1][0])


def test_a_quote_without_a_named_speaker_is_not_embedded() -> None:
    embedder = CountingEmbedder()
    unnamed = QuoteMention(0, 10, "Never again.", "direct", None, None, None, "said", 0)
    quotes = [[unnamed, quote("We won.")]]
    vectors = quote_vectors(quotes, encode_once(quote_texts(quotes), embedder))
    assert [v.shape for v in vectors[0]] == [(0, 384), (2, 384)]
    assert "Never again." not in embedder.seen


def test_annotate_gives_one_row_per_sentence_and_a_unit_article_vector() -> None:
    blank = spacy.blank("en")
    blank.add_pipe("sentencizer")
    text = "Dock workers went back on Monday. Ships sailed at dusk."
    article = Article("a", "Ledger", None, None, None, "en", text)
    (annotated,) = annotate([article], Models(spacy=blank, embedder=HashEmbedder()))
    assert annotated.embeddings.shape == (2, 384)
    assert abs(float(np.linalg.norm(annotated.vector)) - 1.0) < 1e-5
    assert len(annotated.quote_vectors) == len(annotated.quotes)


def test_sentences_from_a_given_text_are_those_from_the_doc_text() -> None:
    blank = spacy.blank("en")
    blank.add_pipe("sentencizer")
    text = "Strike ends\nDock workers went back on Monday. Ships sailed."
    doc = blank(text)
    assert split_sentences(doc, text) == split_sentences(doc)


class GatedEmbedder(HashEmbedder):
    """The fake, which holds the first batch's embedding until the next batch is parsed
    (or a second has passed), and notes whether it waited in vain."""

    def __init__(self, parsed_next: threading.Event) -> None:
        self.parsed_next = parsed_next
        self.waited_in_vain = False
        self.calls = 0

    def encode(self, texts: Sequence[str]) -> Vector:
        self.calls += 1
        if self.calls == 1:
            self.waited_in_vain = not self.parsed_next.wait(timeout=1.0)
        return super().encode(texts)


def _newsroom(embedder: HashEmbedder, parsed_next: threading.Event | None = None) -> Models:
    """A sentencizer pipeline whose tokenizer sets ``parsed_next`` on the word "Ferries"."""
    blank = spacy.blank("en")
    blank.add_pipe("sentencizer")
    tokenize = blank.tokenizer

    def noting(text: str) -> Doc:
        if parsed_next is not None and text.startswith("Ferries"):
            parsed_next.set()
        return tokenize(text)

    blank.tokenizer = noting
    return Models(spacy=blank, embedder=embedder)


BATCHES = [
    [Article("a", "Ledger", None, None, None, "en", "Dockers struck on Monday. Ships waited.")],
    [Article("b", "Herald", None, None, None, "en", "Ferries stopped at noon.")],
    [Article("c", "Post", None, None, None, "en", "Trains ran late. Buses ran.")],
]


def test_batches_are_annotated_in_order_as_one_at_a_time() -> None:
    models = _newsroom(HashEmbedder())
    together = [annotated for batch in annotate_batches(BATCHES, models) for annotated in batch]
    alone = [annotate(batch, models)[0] for batch in BATCHES]
    assert [a.article.id for a in together] == ["a", "b", "c"]
    for mine, theirs in zip(together, alone, strict=True):
        assert mine.sentences == theirs.sentences
        assert np.array_equal(mine.embeddings, theirs.embeddings)


def test_the_next_batch_is_parsed_while_one_is_embedded() -> None:
    parsed_next = threading.Event()
    embedder = GatedEmbedder(parsed_next)
    done = list(annotate_batches(BATCHES, _newsroom(embedder, parsed_next)))
    assert [len(batch) for batch in done] == [1, 1, 1]
    assert not embedder.waited_in_vain


def test_an_embedding_error_reaches_the_caller() -> None:
    class Broken(HashEmbedder):
        def encode(self, texts: Sequence[str]) -> Vector:
            raise RuntimeError("encoder gone")

    batches = annotate_batches(BATCHES, _newsroom(Broken()))
    with pytest.raises(RuntimeError, match="encoder gone"):
        next(batches)
