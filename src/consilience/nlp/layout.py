"""Where a quote sits in its article: paragraphs, sentence openings and the marks around it.

Shared by quote detection and speaker candidates, which both read the layout news uses
to say who speaks ("“…,” she said." after a paragraph break, an introduction ending in
a colon).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from consilience.model import QuoteKind
from consilience.nlp.quotemarks import TWO_APOSTROPHES, Quoted

DIRECT_LEADS = frozenset(",:")


@dataclass(frozen=True)
class Article:
    """A parsed article, its text (spaCy rebuilds ``Doc.text`` on each access) and its
    quoted spans in order, with their starts for fast "is this word quoted?" look-ups."""

    doc: Doc
    text: str
    marked: Sequence[Quoted]
    starts: Sequence[int]

    @classmethod
    def of(cls, doc: Doc, text: str, marked: Sequence[Quoted]) -> Article:
        ordered = sorted(marked, key=lambda q: q.mark_start)
        return cls(doc, text, ordered, [q.mark_start for q in ordered])

    def quoted(self, token: Token) -> bool:
        """Whether the token lies between a pair of quotation marks."""
        at = bisect_right(self.starts, token.idx) - 1
        return at >= 0 and token.idx < self.marked[at].mark_end


def paragraph_bounds(text: str, position: int) -> tuple[int, int]:
    """The start and end of the paragraph (line) holding ``position``."""
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    return start, len(text) if end < 0 else end


def quote_paragraphs(text: str, quote: Quoted) -> tuple[int, int]:
    """From the start of the paragraph the quote opens in to the end of the one it closes
    in: a quote set one sentence a line has its "he said" on its last line."""
    start = paragraph_bounds(text, quote.mark_start)[0]
    return start, paragraph_bounds(text, quote.mark_end - 1)[1]


def quote_kind(text: str, quote: Quoted) -> QuoteKind:
    """Direct when the quote opens its sentence or follows "said,"/":", else partial."""
    lead = text[: quote.mark_start].rstrip(" \t\u00a0")
    if not lead or lead[-1] in "\n.?!" or lead[-1] in '”"’' or lead.endswith(TWO_APOSTROPHES):
        return "direct"
    first = text[quote.start]
    if lead[-1] in DIRECT_LEADS and first.isupper():
        return "direct"
    return "partial"


def distance(token: Token, quote: Quoted) -> int:
    """Characters between a word and the quote's marks (0 inside them)."""
    if token.idx >= quote.mark_end:
        return token.idx - quote.mark_end
    return max(quote.mark_start - token.idx, 0)
