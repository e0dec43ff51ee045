"""Where a quote's speaker is read from: the cues and layouts news uses around quotes.

The speech verb the quoted words hang from, the cues of the sentences the quote touches,
an introduction ending in a colon, the cue of the sentence before, a name after a dash
closing the quote, the person the sentence before is about, and whether a quote goes on
from the one before. Each is one reading; `consilience.nlp.candidates` turns them into
evidence for the ranker.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from consilience.nlp.cues import TIME_LABELS, entity_of, is_cue, proper_span
from consilience.nlp.layout import Article, paragraph_bounds, quote_paragraphs
from consilience.nlp.quotemarks import Quoted
from consilience.nlp.speakers import Speaker, SpeakerResolver
from consilience.text.sentences import runs_on

DASH_BYLINE = re.compile(r"[^\S\n]*[―—–-]{1,2}[^\S\n]*(?=[A-Z])")
MAX_NAME_WORDS = 5
# A quote ending its sentence may be attributed by a short next one ("he said.").
SHORT_ATTRIBUTION = 8
# ... or by a longer one that opens with its cue ("Trump said, looking out on the crowd.").
CUE_LEAD = 4
# At most this much text may follow a quote in its paragraph for the next to continue it.
SHORT_TAIL = 80
# The nearest cues each side of a quote that it weighs (PolNeAR's training split never
# has more than 7 in all): a sentence of hundreds of quotes and cues stays linear.
MAX_CUES = 8
# The end of one sentence and the start of another, inside a run of text.
SENTENCE_BREAK = re.compile(r"[.?!]\s+\S")


def dash_byline(art: Article, quote: Quoted) -> Speaker | None:
    """A name after a dash that ends the quote's paragraph: “…” ― Jane Doe.

    The layout of collected reactions and epigraphs; the name is the whole rest of the
    paragraph, every word capitalised, so a dash that goes on with prose names nobody.
    """
    match = DASH_BYLINE.match(art.text, quote.mark_end)
    if match is None:
        return None
    start = match.end()
    end = paragraph_bounds(art.text, start)[1]
    name = art.text[start:end].strip().rstrip(".")
    words = name.split()
    if not 0 < len(words) <= MAX_NAME_WORDS or not all(w[0].isupper() for w in words):
        return None
    return Speaker(name, start, start + len(name))


def speaker_label(art: Article, quote: Quoted, resolver: SpeakerResolver) -> Speaker | None:
    """A name alone before a colon that opens the quote's paragraph: "Lee: “…”".

    The layout of transcripts and dialogue; every word of the label is capitalised.
    """
    start = paragraph_bounds(art.text, quote.mark_start)[0]
    label = art.text[start : quote.mark_start].strip()
    words = label[:-1].split()
    if not label.endswith(":") or not 0 < len(words) <= MAX_NAME_WORDS:
        return None
    if not all(w[0].isupper() for w in words):
        return None
    begin = art.text.index(words[0], start)
    span = art.doc.char_span(begin, begin + len(label) - 1, alignment_mode="contract")
    return resolver.named(span) if span is not None and len(span) else None


def name_before_colon(art: Article, quote: Quoted, resolver: SpeakerResolver) -> Speaker | None:
    """A name ending right before the colon that introduces a quote inside its paragraph:
    "Fares keep falling - Harbour Weekly: “…”", "… surprised pollster Ana Ruiz: “…”".

    Round-ups and newsletters credit a source this way, with no speech verb.
    """
    end = quote.mark_start  # the end of the text before the quote, whitespace aside
    while end > 0 and art.text[end - 1].isspace():
        end -= 1
    if not art.text.endswith(":", 0, end):
        return None
    colon = art.doc.char_span(end - 1, end, alignment_mode="expand")
    if colon is None or colon.start == 0:
        return None
    last = art.doc[colon.start - 1]
    paragraph_start = paragraph_bounds(art.text, quote.mark_start)[0]
    if last.idx < paragraph_start or last.pos_ != "PROPN" or last.ent_type_ in TIME_LABELS:
        return None
    entity = entity_of(last)
    return resolver.named(entity if entity is not None else proper_span(last))


def token_before(art: Article, quote: Quoted) -> Token | None:
    """The last word before the quote's opening mark, when it is in the same paragraph
    or is a colon ending the paragraph before."""
    mark = art.doc.char_span(quote.mark_start, quote.mark_end, alignment_mode="expand")
    if mark is None or mark.start == 0:
        return None
    previous = _word_before(mark)
    paragraph_start = paragraph_bounds(art.text, quote.mark_start)[0]
    if previous.idx < paragraph_start and previous.text != ":":
        return None
    return previous


def narrated_speaker(art: Article, quote: Quoted, resolver: SpeakerResolver) -> Speaker | None:
    """For a direct quote, the person the sentence just before it is about.

    "Sanders, on Sunday, identified bigotry as the issue. “Young people are sick of it.”"
    or an introduction ending in a colon ("Sanders made the following comment:"): news
    style lets the quote go on from the sentence that names its speaker.
    """
    previous = token_before(art, quote)
    return resolver.person_subject(previous) if previous is not None else None


def previous_sentence_cue(art: Article, quote: Quoted) -> Token | None:
    """The last cue of the sentence before a quote that opens a sentence, same paragraph.

    "The vote was close, Schiff said. “…”": the quote goes on with the speaker just named.
    """
    previous = token_before(art, quote)
    paragraph_start = paragraph_bounds(art.text, quote.mark_start)[0]
    if previous is None:
        return closing_cue_before(art, quote)
    if previous.idx < paragraph_start:
        return None
    cue = art.last_cue(previous.sent.start, previous.i + 1)
    return cue if cue is not None and cue.idx >= paragraph_start else None


def closing_cue_before(art: Article, quote: Quoted) -> Token | None:
    """The cue ending a paragraph of narration before a quote that opens its own: "...,
    the ministry said.\n\n“…”" (text set one sentence a line splits what was one paragraph)."""
    mark = _opening_mark(art, quote)
    if mark is None:
        return None
    words = [t for t in art.doc[max(mark.start - 2 * CUE_LEAD, 0) : mark.start] if t.is_alpha]
    cues = [t for t in words[-CUE_LEAD:] if is_cue(t) and not art.quoted(t)]
    return cues[-1] if cues and not _quotes_in_paragraph(art, cues[-1]) else None


def previous_paragraph_cue(art: Article, quote: Quoted) -> Token | None:
    """The last cue of the last sentence of the paragraph before a quote that opens its
    own: "Lee said the plan had failed before.\n\n“It will fail again.”" A quote after a
    paraphrase goes on with the speaker it paraphrased."""
    mark = _opening_mark(art, quote)
    if mark is None or mark.start == 0:
        return None
    last = _word_before(mark)
    cue = art.last_cue(last.sent.start, last.i + 1)
    if cue is None or cue.idx < paragraph_bounds(art.text, last.idx)[0]:
        return None
    return None if _quotes_in_paragraph(art, cue) else cue


def _word_before(mark: Span) -> Token:
    """The last token before a mark (not at the document's start) that is not whitespace,
    or the document's first token."""
    previous = mark.doc[mark.start - 1]
    while previous.is_space and previous.i > 0:
        previous = mark.doc[previous.i - 1]
    return previous


def _opening_mark(art: Article, quote: Quoted) -> Span | None:
    """The opening mark of a quote that opens its paragraph, or None."""
    paragraph_start = paragraph_bounds(art.text, quote.mark_start)[0]
    if art.text[paragraph_start : quote.mark_start].strip():
        return None
    return art.doc.char_span(quote.mark_start, quote.mark_end, alignment_mode="expand")


def _quotes_in_paragraph(art: Article, token: Token) -> bool:
    """Whether the token's paragraph holds a quote: it has its own speaker, and the next
    quote goes on from that one."""
    start, end = paragraph_bounds(art.text, token.idx)
    return any(start <= q.mark_start < end for q in art.marked)


def governing_cue(inside: Span) -> Token | None:
    """A speech verb outside the quote that the quoted words hang from.

    The caller keeps it only within the quote's paragraph: the parser sometimes joins a
    quote to a verb of the paragraph before, across a line break.
    """
    token = inside.root
    for _ in range(4):
        if token.head is token:
            return None
        token = token.head
        if not (inside.start <= token.i < inside.end) and is_cue(token):
            return token
    return None


def governing_verb(inside: Span) -> Token | None:
    """The verb outside the quote that the quoted words hang from, speech verb or not.

    Who "called the plan “a folly”" or "supports “fair pay”" is who the words are
    ascribed to, though no speech verb says so.
    """
    token = inside.root
    for _ in range(4):
        if token.head is token:
            return None
        token = token.head
        if not (inside.start <= token.i < inside.end) and token.pos_ in ("VERB", "AUX"):
            return token
    return None


def region_cues(art: Article, quote: Quoted) -> list[Token]:
    """The speech cues nearest the quote (MAX_CUES each side) in the sentences it touches,
    within its paragraph."""
    first = art.doc.char_span(quote.mark_start, quote.mark_end, alignment_mode="expand")
    if first is None:
        return []
    lo, hi = first.start, first.end
    sent_start = art.doc[lo].sent.start
    sent_end = art.doc[max(hi - 1, lo)].sent.end
    if sent_end < len(art.doc) and art.doc[sent_end - 1].idx < quote.mark_end:
        following = art.doc[sent_end].sent
        if len(following) <= SHORT_ATTRIBUTION or any(is_cue(t) for t in following[:CUE_LEAD]):
            sent_end = following.end
    paragraph = quote_paragraphs(art.text, quote)
    near = art.cues_around(sent_start, sent_end, (lo, hi), MAX_CUES)
    return [t for t in near if paragraph[0] <= t.idx < paragraph[1]]


def colon_intro_cue(art: Article, position: int) -> Token | None:
    """A cue in the sentence just before ``position`` when that sentence ends in a colon."""
    before = art.text[:position].rstrip()
    if not before.endswith(":"):
        return None
    colon = art.doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
    if colon is None:
        return None
    paragraph_start = paragraph_bounds(art.text, colon.start_char)[0]
    cue = art.last_cue(colon[0].sent.start, colon.start)
    return cue if cue is not None and cue.idx >= paragraph_start else None


def cue_text(cue: Token) -> str:
    """How a cue is shown: its word, or "according to"."""
    return "according to" if cue.lower_ == "according" else cue.text


def continues_from(text: str, previous: Quoted, quote: Quoted) -> bool:
    """Same paragraph, or the next paragraph opening with a quote after a short tail or
    after no more than the rest of the quote's own sentence (",” said Jo Lee, who ...")."""
    between = text[previous.end : quote.mark_start]
    if "\n" not in between:
        return True
    tail, _, lead = between.strip(" ").partition("\n")
    return (len(tail) < SHORT_TAIL or _one_sentence(tail.rstrip())) and not lead.strip()


def _one_sentence(text: str) -> bool:
    """Whether no full stop inside the text ends a sentence: the one after a title or an
    initial ("said Dr. Ana Ruiz", "J. Lee") does not."""
    return not any(
        not runs_on(text[: m.start() + 1], text[m.end() - 1 :])
        for m in SENTENCE_BREAK.finditer(text)
    )
