"""Quote extraction and speaker attribution within one parsed article.

PLACEHOLDER: being written (issue 5). Returns no quotes until then.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from consilience.model import QuoteMention, Sentence


def extract_quotes(doc: Doc, sentences: Sequence[Sentence]) -> tuple[QuoteMention, ...]:
    """Every quotation in the article with its speaker (None when unknown)."""
    return ()
