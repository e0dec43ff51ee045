"""Quote extraction and speaker attribution within one parsed article.

Kinds: ``direct`` (a quoted sentence or clause), ``partial`` (a quoted fragment inside
the writer's sentence), ``block`` (the paragraph after an introduction ending in a colon,
"..., saying:", with no quotation marks) and ``indirect`` (the that-clause of a speech verb
whose speaker resolves to a name; precision first).

The cue of a quote is the speech verb its words hang from in the parse, else the nearest
speech cue in the sentences the quote touches, else a colon introduction just before it.
"“A,” he said. “B.”" gives two quotes; "B", with no cue of its own, takes the speaker of
the quote just before it in the same paragraph (the reader's reading of that layout). A
fragment inside the writer's own sentence does not: with no cue it is the writer's term.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from consilience.model import QuoteKind, QuoteMention, Sentence
from consilience.nlp.quotemarks import Quoted, quoted_spans
from consilience.nlp.speakers import Speaker, SpeakerResolver, cue_subject, is_cue

INDIRECT_LEMMAS = frozenset(
    [
        "say",
        "tell",
        "state",
        "add",
        "warn",
        "claim",
        "argue",
        "insist",
        "explain",
        "write",
        "tweet",
        "acknowledge",
        "announce",
        "assert",
        "declare",
        "admit",
        "confirm",
        "deny",
        "emphasize",
        "emphasise",
        "stress",
        "indicate",
        "predict",
        "promise",
        "vow",
        "testify",
        "concede",
        "allege",
        "contend",
        "maintain",
        "reiterate",
    ]
)
DIRECT_LEADS = frozenset(",:")
DASH_BYLINE = re.compile(r"[^\S\n]*[―—–-]{1,2}[^\S\n]*(?=[A-Z])")
MAX_NAME_WORDS = 5
TITLE_FUNCTION_WORDS = frozenset(
    ["a", "an", "and", "at", "for", "in", "of", "on", "or", "the", "to"]
)
MIN_INDIRECT_TOKENS = 3
# A quote ending its sentence may be attributed by a short next one ("he said.").
SHORT_ATTRIBUTION = 8
# ... or by a longer one that opens with its cue ("Trump said, looking out on the crowd.").
CUE_LEAD = 4
# At most this much text may follow a quote in its paragraph for the next to continue it.
SHORT_TAIL = 80
# An unattributed quoted fragment this short is a scare quote, not an utterance.
SCARE_QUOTE_WORDS = 3


@dataclass(frozen=True)
class _Article:
    """A parsed article and its text, kept once: spaCy rebuilds ``Doc.text`` on each access."""

    doc: Doc
    text: str


def extract_quotes(doc: Doc, sentences: Sequence[Sentence]) -> tuple[QuoteMention, ...]:
    """Every quotation in the article with its speaker (None when unknown)."""
    starts = [s.start for s in sentences]
    art = _Article(doc, doc.text)
    marked = [q for q in quoted_spans(art.text) if not _is_title(art, q)]
    resolver = SpeakerResolver(doc, [(q.mark_start, q.mark_end) for q in marked])
    found = _marked_quotes(art, marked, resolver, starts)
    found += _block_quotes(art, marked, resolver, starts)
    found += _indirect_quotes(art, found, resolver, starts)
    return tuple(sorted(found, key=lambda q: q.start))


def _marked_quotes(
    art: _Article, marked: list[Quoted], resolver: SpeakerResolver, starts: list[int]
) -> list[QuoteMention]:
    """Quotes in marks; a direct quote without a cue continues the previous one."""
    found: list[QuoteMention] = []
    for quote in marked:
        cue = _cue_for(art, quote, marked)
        speaker = (
            resolver.speaker_of_cue(cue)
            if cue is not None
            else _dash_byline(art, quote) or _narrated_speaker(art, quote, resolver)
        )
        kind = _kind(art, quote)
        if (
            cue is None
            and speaker is None
            and kind == "direct"
            and found
            and _continues(art.text, found[-1], quote)
        ):
            previous = found[-1]
            speaker = _speaker_from(previous)
            cue_text = previous.cue
        else:
            cue_text = _cue_text(cue)
        if speaker is None and kind == "partial" and _is_scare_quote(art, quote):
            continue
        found.append(_mention(art, quote, kind, speaker, cue_text, starts))
    return found


def _dash_byline(art: _Article, quote: Quoted) -> Speaker | None:
    """A name after a dash that ends the quote's paragraph: “…” ― Jane Doe.

    The layout of collected reactions and epigraphs; the name is the whole rest of the
    paragraph, every word capitalised, so a dash that goes on with prose names nobody.
    """
    match = DASH_BYLINE.match(art.text, quote.mark_end)
    if match is None:
        return None
    start = match.end()
    end = _paragraph_bounds(art.text, start)[1]
    name = art.text[start:end].strip().rstrip(".")
    words = name.split()
    if not 0 < len(words) <= MAX_NAME_WORDS or not all(w[0].isupper() for w in words):
        return None
    return Speaker(name, start, start + len(name))


def _narrated_speaker(art: _Article, quote: Quoted, resolver: SpeakerResolver) -> Speaker | None:
    """For a quote with no cue, the person the sentence just before it is about.

    "Sanders, on Sunday, identified bigotry as the issue. “Young people are sick of it.”"
    or an introduction ending in a colon ("Sanders made the following comment:"): news
    style lets the quote go on from the sentence that names its speaker.
    """
    if _kind(art, quote) != "direct":
        return None
    mark = art.doc.char_span(quote.mark_start, quote.mark_end, alignment_mode="expand")
    if mark is None or mark.start == 0:
        return None
    previous = art.doc[mark.start - 1]
    while previous.is_space and previous.i > 0:
        previous = art.doc[previous.i - 1]
    paragraph_start = _paragraph_bounds(art.text, quote.mark_start)[0]
    if previous.idx < paragraph_start and previous.text != ":":
        return None
    return resolver.person_subject(previous)


def _is_scare_quote(art: _Article, quote: Quoted) -> bool:
    """A short quoted term nobody is said to have said (a so-called “term”).

    It marks the writer's distance from a word, not someone's utterance: there is no
    wording to compare across outlets and no speaker to check.
    """
    return len(art.text[quote.start : quote.end].split()) <= SCARE_QUOTE_WORDS


def _cue_for(art: _Article, quote: Quoted, marked: list[Quoted]) -> Token | None:
    """The speech cue a quote is attributed by, or None."""
    inside = art.doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if inside is None:
        return None
    governing = _governing_cue(inside)
    paragraph = _paragraph_bounds(art.text, quote.mark_start)
    region = _region(art, quote)
    cues = [t for t in region if is_cue(t) and not _in_quotes(t, marked)]
    if governing is not None and paragraph[0] <= governing.idx < paragraph[1]:
        return _participle_between(governing, cues, quote) or governing
    if cues:
        return min(cues, key=lambda t: _distance(t, quote))
    return _colon_intro_cue(art, quote.mark_start) or _previous_sentence_cue(art, quote, marked)


def _participle_between(governing: Token, cues: list[Token], quote: Quoted) -> Token | None:
    """A speaking participle between the governing verb and the quote.

    "The spot concludes with footage of Trump saying, “…”": the parser may hang the quote
    on the main verb; the participle next to the quote is who speaks.
    """
    between = [t for t in cues if t.tag_ == "VBG" and governing.idx < t.idx < quote.mark_start]
    return between[-1] if between else None


def _previous_sentence_cue(art: _Article, quote: Quoted, marked: list[Quoted]) -> Token | None:
    """The last cue of the sentence before a quote that opens a sentence, same paragraph.

    "The vote was close, Schiff said. “…”": the quote goes on with the speaker just named.
    """
    if _kind(art, quote) != "direct":
        return None
    mark = art.doc.char_span(quote.mark_start, quote.mark_end, alignment_mode="expand")
    paragraph_start = _paragraph_bounds(art.text, quote.mark_start)[0]
    if mark is None or mark.start == 0 or art.doc[mark.start - 1].idx < paragraph_start:
        return None
    before = art.doc[mark.start - 1].sent
    cues = [
        t
        for t in art.doc[before.start : mark.start]
        if t.idx >= paragraph_start and is_cue(t) and not _in_quotes(t, marked)
    ]
    return cues[-1] if cues else None


def _governing_cue(inside: Span) -> Token | None:
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


def _region(art: _Article, quote: Quoted) -> list[Token]:
    """Tokens of the sentences a quote touches, within its paragraph."""
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
    paragraph = _paragraph_bounds(art.text, quote.mark_start)
    return [
        t
        for t in art.doc[sent_start:sent_end]
        if paragraph[0] <= t.idx < paragraph[1] and not (lo <= t.i < hi)
    ]


def _colon_intro_cue(art: _Article, position: int) -> Token | None:
    """A cue in the sentence just before ``position`` when that sentence ends in a colon."""
    before = art.text[:position].rstrip()
    if not before.endswith(":"):
        return None
    colon = art.doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
    if colon is None:
        return None
    cues = [t for t in colon[0].sent if is_cue(t) and t.i < colon.start]
    return cues[-1] if cues else None


def _block_quotes(
    art: _Article, marked: list[Quoted], resolver: SpeakerResolver, starts: list[int]
) -> list[QuoteMention]:
    """Paragraphs without marks that follow a speech introduction ending in a colon."""
    found: list[QuoteMention] = []
    text = art.text
    offset = 0
    for line in text.split("\n"):
        start = offset + len(line) - len(line.lstrip())
        end = offset + len(line.rstrip())
        offset += len(line) + 1
        if end - start < 2 or text[start] in "\"“„«‘'" or _overlaps(start, end, marked):
            continue
        cue = _colon_intro_cue(art, start)
        if cue is None:
            continue
        quote = Quoted(start, end, start, end)
        speaker = resolver.speaker_of_cue(cue)
        found.append(_mention(art, quote, "block", speaker, _cue_text(cue), starts))
    return found


def _indirect_quotes(
    art: _Article, quoted: list[QuoteMention], resolver: SpeakerResolver, starts: list[int]
) -> list[QuoteMention]:
    """That-clauses of speech verbs, kept only when the speaker resolves to a name."""
    found: list[QuoteMention] = []
    taken = [Quoted(q.start, q.end, q.start, q.end) for q in quoted]
    for token in art.doc:
        if token.lemma_.lower() not in INDIRECT_LEMMAS or token.pos_ != "VERB":
            continue
        clause = next((c for c in token.children if c.dep_ == "ccomp" and c.i > token.i), None)
        if clause is None:
            continue
        span = _clause_span(clause)
        if len(span) < MIN_INDIRECT_TOKENS or _overlaps(span.start_char, span.end_char, taken):
            continue
        subject = cue_subject(token)
        speaker = resolver.resolve(subject) if subject is not None else None
        if speaker is None:
            continue
        quote = Quoted(span.start_char, span.end_char, span.start_char, span.end_char)
        found.append(_mention(art, quote, "indirect", speaker, token.text, starts))
    return found


def _clause_span(clause: Token) -> Span:
    """The clause's words without its leading "that" and trailing punctuation."""
    doc = clause.doc
    first, last = clause.left_edge.i, clause.right_edge.i
    # Edges, not the subtree: walking each clause's subtree is quadratic in nested speech.
    while first <= last and (doc[first].dep_ == "mark" or doc[first].is_punct):
        first += 1
    while first <= last and doc[last].is_punct:
        last -= 1
    if first > last:
        return doc[clause.i : clause.i]
    return doc[first : last + 1]


def _kind(art: _Article, quote: Quoted) -> QuoteKind:
    """Direct when the quote opens its sentence or follows "said,"/":", else partial."""
    text = art.text
    lead = text[: quote.mark_start].rstrip(" \t\u00a0")
    if not lead or lead[-1] in "\n.?!" or lead[-1] in '”"’':
        return "direct"
    first = text[quote.start]
    if lead[-1] in DIRECT_LEADS and first.isupper():
        return "direct"
    return "partial"


def _is_title(art: _Article, quote: Quoted) -> bool:
    """A quoted name or title inside a sentence ("60 Minutes", "Fox and Friends").

    Title case: every word capitalised but the short function words between the first
    and the last.
    """
    words = art.text[quote.start : quote.end].split()
    if not 0 < len(words) <= 4 or not all(_title_word(w) for w in (words[0], words[-1])):
        return False
    inner = all(_title_word(w) or w in TITLE_FUNCTION_WORDS for w in words[1:-1])
    return inner and _kind(art, quote) == "partial"


def _title_word(word: str) -> bool:
    return word[0].isupper() or word[0].isdigit()


def _mention(
    art: _Article,
    quote: Quoted,
    kind: QuoteKind,
    speaker: Speaker | None,
    cue: str | None,
    starts: list[int],
) -> QuoteMention:
    return QuoteMention(
        start=quote.start,
        end=quote.end,
        text=art.text[quote.start : quote.end],
        kind=kind,
        speaker=speaker.name if speaker else None,
        speaker_start=speaker.start if speaker else None,
        speaker_end=speaker.end if speaker else None,
        cue=cue,
        sentence=max(bisect_right(starts, quote.start) - 1, 0),
    )


def _speaker_from(quote: QuoteMention) -> Speaker | None:
    if quote.speaker is None or quote.speaker_start is None or quote.speaker_end is None:
        return None
    return Speaker(quote.speaker, quote.speaker_start, quote.speaker_end)


def _cue_text(cue: Token | None) -> str | None:
    if cue is None:
        return None
    return "according to" if cue.lower_ == "according" else cue.text


def _in_quotes(token: Token, marked: list[Quoted]) -> bool:
    return any(q.mark_start <= token.idx < q.mark_end for q in marked)


def _overlaps(start: int, end: int, spans: list[Quoted]) -> bool:
    return any(q.mark_start < end and start < q.mark_end for q in spans)


def _distance(token: Token, quote: Quoted) -> int:
    if token.idx >= quote.mark_end:
        return token.idx - quote.mark_end
    return max(quote.mark_start - token.idx, 0)


def _continues(text: str, previous: QuoteMention, quote: Quoted) -> bool:
    """Same paragraph, or the next paragraph opening with a quote after a short tail."""
    between = text[previous.end : quote.mark_start]
    if "\n" not in between:
        return True
    tail, _, lead = between.strip(" ").partition("\n")
    return len(tail) < SHORT_TAIL and not lead.strip()


def _paragraph_bounds(text: str, position: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    return start, len(text) if end < 0 else end
