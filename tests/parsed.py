"""Spans a parse-reading function finds in the first sentence of a text, for tests of the
readings that take a sentence, its bounds and its quoted tokens."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span

from consilience.nlp.asides import quoted_tokens
from consilience.nlp.models import Models

Finder = Callable[[Span, int, int, set[int]], tuple[tuple[int, int], ...]]


def first_sentence_spans(models: Models, text: str, finder: Finder) -> list[str]:
    """The texts of the spans ``finder`` reads off the first sentence of ``text``."""
    sentence = next(iter(models.spacy(text).sents))
    found = finder(sentence, sentence.start_char, sentence.end_char, quoted_tokens(sentence))
    return [text[a:b] for a, b in found]
