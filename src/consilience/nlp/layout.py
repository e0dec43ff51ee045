"""Where a quote sits in its article: paragraphs, sentence openings and the marks around it.

Shared by quote detection and speaker candidates, which both read the layout news uses
to say who speaks ("“…,” she said." after a paragraph break, an introduction ending in
a colon).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

from spacy.tokens import Doc, Token

from consilience.model import QuoteKind
from consilience.nlp.cues import is_cue
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

    @cached_property
    def cue_positions(self) -> list[int]:
        """Where the article's speech cues outside quotes are, found once: a look-up per
        quote stays linear when one sentence holds hundreds of quotes and cues."""
        return [t.i for t in self.doc if is_cue(t) and not self.quoted(t)]

    def cues_around(self, start: int, end: int, quote: tuple[int, int], count: int) -> list[Token]:
        """The ``count`` speech cues nearest before and after the ``quote``'s tokens, from
        token ``start`` up to ``end``."""
        positions = self.cue_positions
        first, last = bisect_left(positions, start), bisect_left(positions, end)
        before, after = bisect_left(positions, quote[0]), bisect_left(positions, quote[1])
        near = (
            positions[max(first, before - count) : before]
            + positions[after : min(last, after + count)]
        )
        return [self.doc[i] for i in near]

    def last_cue(self, start: int, end: int) -> Token | None:
        """The last speech cue from token ``start`` up to ``end``, if any."""
        positions = self.cue_positions
        at = bisect_left(positions, end) - 1
        return self.doc[positions[at]] if at >= 0 and positions[at] >= start else None


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
