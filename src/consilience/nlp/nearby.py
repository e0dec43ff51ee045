"""Names near a quote and the evidence each gives of being its speaker.

People and organisations named from three sentences before a quote to the sentence after
it are candidates; where each stands to the quote and to its speech cues (next to one,
addressed by one) is evidence the ranker weighs.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from spacy.tokens import Span, Token

from consilience.nlp.cues import INVERTING_LEMMAS, OBJECT_DEPS, is_subject, speaks
from consilience.nlp.layout import Article, quote_paragraphs
from consilience.nlp.quotemarks import Quoted
from consilience.nlp.speakers import ORGANISATION_LABELS, Speaker, SpeakerResolver

# How many words may part a name from the cue it is next to (before it, after it).
CUE_BEFORE = 2
CUE_AFTER = 3
# Sentences before a quote whose names are candidates.
WINDOW_BEFORE = 3
# The nearest names each side of a quote that it weighs (PolNeAR's training split never
# has more than 23 in all): a sentence of hundreds of quotes and names stays linear.
MAX_NAMES = 24

Range = tuple[int, int]  # first and last token position, inclusive


@dataclass(frozen=True)
class CueSpots:
    """Where a quote's cues are (token positions, in order), whether one's subject brings
    in someone unnamed ("said one aide"), and whom they address ("told Lee")."""

    at: list[int]
    unnamed: bool
    addressed: list[Range]


def cue_spots(cues: Sequence[Token], unnamed: bool) -> CueSpots:
    """The spots of the cues; ``unnamed`` whether a subject of one brings in someone new."""
    addressed = [_phrase(o) for cue in cues for o in _addressees(cue)]
    return CueSpots(sorted(c.i for c in cues), unnamed, addressed)


def _addressees(cue: Token) -> list[Token]:
    """Whom a cue is said to: its object ("told Lee", but not "said Lee", inverted) and
    what follows its "to" ("said to Lee"; "according to Lee" names the speaker)."""
    objects = [c for c in cue.children if c.dep_ in OBJECT_DEPS]
    if cue.lemma_.lower() in INVERTING_LEMMAS:
        objects = []
    if cue.lower_ != "according":
        to = [c for c in cue.children if c.dep_ == "prep" and c.lower_ == "to"]
        objects += [g for t in to for g in t.children if g.dep_ == "pobj"]
    return objects


def _phrase(head: Token) -> Range:
    return head.left_edge.i, head.right_edge.i


def _inside(position: int, ranges: Sequence[Range]) -> bool:
    return any(first <= position <= last for first, last in ranges)


def nearby(art: Article, quote: Quoted, resolver: SpeakerResolver) -> list[tuple[Span, Speaker]]:
    """Named people and organisations outside quotes from three sentences before the quote
    to the sentence after it, with the speaker each names."""
    doc = art.doc
    mark = doc.char_span(quote.mark_start, quote.mark_end, alignment_mode="expand")
    if mark is None:
        return []
    first = doc[mark.start].sent
    for _ in range(WINDOW_BEFORE):
        if first.start == 0:
            break
        first = doc[first.start - 1].sent
    last = doc[max(mark.end - 1, mark.start)].sent
    end = doc[last.end].sent.end if last.end < len(doc) else last.end
    before = reversed(resolver.mentions_between(first.start, mark.start))
    after = resolver.mentions_between(mark.end, end)
    found = []
    for span in [*_names(art, before), *_names(art, after)]:
        speaker = resolver.named(span)
        if speaker is not None:
            found.append((span, speaker))
    return sorted(found, key=lambda m: m[0].start)


def _names(art: Article, mentions: Iterable[Span]) -> list[Span]:
    """The first MAX_NAMES mentions, walking away from a quote, that are not quoted."""
    found: list[Span] = []
    for span in mentions:
        if len(found) == MAX_NAMES:
            break
        if span.label_ != "NORP" and not art.quoted(span.root):
            found.append(span)
    return found


def add_mention(
    features: dict[str, float], art: Article, quote: Quoted, span: Span, spots: CueSpots
) -> None:
    """Evidence from one mention of a candidate near the quote (the strongest kept).

    A name right next to a speech cue ("Jo Lee, said:", "tweeted aide Jo Lee") speaks
    for it even where the parser attached it elsewhere; one the cue addresses ("told
    Lee") does not.
    """
    gap = span_distance(span, quote)
    same_sentence = span.start_char >= art.text.rfind(".", 0, quote.mark_start) and (
        span.start_char < quote.mark_end + 120
    )
    paragraph = quote_paragraphs(art.text, quote)
    found = {
        "near": 1.0,
        "near_gap": 1.0 - min(math.log1p(gap) / 8.0, 1.0),
        "near_after": float(span.start_char >= quote.mark_end and gap < 60),
        "near_same_paragraph": float(paragraph[0] <= span.start_char < paragraph[1]),
        "near_same_sentence": float(same_sentence),
        "near_speaks": float(speaks(span.root)),
        "near_subject": float(is_subject(span.root)),
        "near_organisation": float(span.label_ in ORGANISATION_LABELS),
        "cue_adjacent": float(_adjacent(span, spots.at)),
        "addressed": float(_inside(span.root.i, spots.addressed)),
    }
    for name, value in found.items():
        features[name] = max(features.get(name, 0.0), value)


def _adjacent(span: Span, cue_at: list[int]) -> bool:
    """The name ends at most two words before a cue or starts at most three after one.

    ``cue_at`` are the cues' token positions in order: a look-up, not a scan, so a
    sentence of hundreds of quotes and cues stays linear in them.
    """
    return _any_in(cue_at, span.end, span.end + CUE_BEFORE) or _any_in(
        cue_at, span.start - CUE_AFTER, span.start
    )


def _any_in(ordered: list[int], low: int, high: int) -> bool:
    """Whether some position of the ordered list lies in [low, high)."""
    at = bisect_left(ordered, low)
    return at < len(ordered) and ordered[at] < high


def span_distance(span: Span, quote: Quoted) -> int:
    if span.start_char >= quote.mark_end:
        return span.start_char - quote.mark_end
    return max(quote.mark_start - span.end_char, 0)
