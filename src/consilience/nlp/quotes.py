"""Quote extraction within one parsed article; the speaker is chosen by the ranker.

Kinds: ``direct`` (a quoted sentence or clause), ``partial`` (a quoted fragment inside
the writer's sentence), ``block`` (the paragraph after an introduction ending in a colon,
"..., saying:", with no quotation marks) and ``indirect`` (the that-clause of a speech verb
whose speaker resolves to a name; precision first).

Each quote in marks gets candidate speakers with their evidence (`nlp/candidates.py`);
the learned model (`nlp/ranker.py`) picks one or none and says why. A short fragment
inside the writer's own sentence that nobody is said to have said is the writer's term.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from consilience.model import QuoteKind, QuoteMention, Sentence
from consilience.nlp.candidates import Site, sites
from consilience.nlp.cues import cue_subject, is_cue, is_negated, is_speech_verb
from consilience.nlp.layout import Article, quote_kind
from consilience.nlp.quotemarks import Quoted, quoted_spans
from consilience.nlp.ranker import SpeakerModel, speaker_model
from consilience.nlp.readings import colon_intro_cue, cue_text
from consilience.nlp.speakers import Speaker, SpeakerResolver

TITLE_FUNCTION_WORDS = frozenset(
    ["a", "an", "and", "at", "for", "in", "of", "on", "or", "the", "to"]
)
MIN_INDIRECT_TOKENS = 3
# An unattributed quoted fragment this short is a scare quote, not an utterance.
SCARE_QUOTE_WORDS = 3
# A paragraph of speech opened by a dash instead of a quotation mark ("— We will win, ...").
DASH_OPENING = re.compile(r"[^\S\n]*(?:--|[—–―])[^\S\n]*(?=\w)")
# Marks that end the spoken words before the words naming the speaker.
SPEECH_ENDS = frozenset({",", "!", "?", "—", "–", "--"})
# At most this many words name the speaker between the spoken words and the cue.
DASH_SPEAKER_WORDS = 5


def extract_quotes(
    doc: Doc,
    sentences: Sequence[Sentence],
    model: SpeakerModel | None = None,
    text: str | None = None,
) -> tuple[QuoteMention, ...]:
    """Every quotation in the article with its speaker (None when unknown).

    ``model`` chooses speakers (the shipped one by default; training scores others);
    ``text`` is ``doc.text`` when the caller has it (spaCy rebuilds it on each read).
    """
    starts = [s.start for s in sentences]
    art, resolver = prepare(doc, text)
    chooser = model or speaker_model()
    found = _marked_quotes(art, sites(art, art.marked, resolver), chooser, starts)
    found += _block_quotes(art, resolver, starts)
    found += _dash_quotes(art, resolver, starts)
    found += _indirect_quotes(art, found, resolver, starts)
    return tuple(sorted(found, key=lambda q: q.start))


def prepare(doc: Doc, text: str | None = None) -> tuple[Article, SpeakerResolver]:
    """The article with its quotes in marks (titles left out) and its speaker resolver
    (``text`` as in `extract_quotes`)."""
    text = doc.text if text is None else text
    marked = [q for q in quoted_spans(text) if not _is_title(text, q) or _after_cue(doc, q)]
    resolver = SpeakerResolver(doc, [(q.mark_start, q.mark_end) for q in marked], text)
    return Article.of(doc, text, marked), resolver


def _marked_quotes(
    art: Article, found: list[Site], model: SpeakerModel, starts: list[int]
) -> list[QuoteMention]:
    """Quotes in marks with the speaker the model chooses among their candidates."""
    quotes: list[QuoteMention] = []
    for place in found:
        best = model.choose(place.candidates)
        kind: QuoteKind = "direct" if place.kind == "direct" else "partial"
        if not place.cued and kind == "partial" and _is_scare_quote(art, place.quote):
            continue
        speaker = best.speaker if best is not None else None
        cue = (best.cue if best is not None else None) or place.cue
        reason = model.reason(best) if best is not None else None
        quotes.append(_mention(art, place.quote, kind, speaker, cue, starts, reason))
    return quotes


def _is_scare_quote(art: Article, quote: Quoted) -> bool:
    """A short quoted term (the caller checks that no speech cue goes with it).

    It marks the writer's distance from a word, not someone's utterance: there is no
    wording to compare across outlets and no speaker to check.
    """
    return len(art.text[quote.start : quote.end].split()) <= SCARE_QUOTE_WORDS


def _block_quotes(art: Article, resolver: SpeakerResolver, starts: list[int]) -> list[QuoteMention]:
    """Paragraphs without paired marks that follow a speech introduction ending in a colon
    (a mark opening the paragraph that nothing closes is left out of the quote)."""
    found: list[QuoteMention] = []
    text = art.text
    offset = 0
    for line in text.split("\n"):
        begin, offset = offset, offset + len(line) + 1
        start = begin + len(line) - len(line.lstrip(" \t\"“„«‘'"))
        end = begin + len(line.rstrip())
        if end - start < 2 or _overlaps(begin, end, art.marked):
            continue
        cue = colon_intro_cue(art, begin)
        if cue is None:
            continue
        quote = Quoted(start, end, start, end)
        where = "in the introduction ending in a colon"
        found.append(_cued(art, quote, "block", cue, resolver, starts, where))
    return found


def _cued(
    art: Article,
    quote: Quoted,
    kind: QuoteKind,
    cue: Token,
    resolver: SpeakerResolver,
    starts: list[int],
    where: str,
) -> QuoteMention:
    """A quote whose speaker is the subject of one speech cue, saying where the cue was."""
    speaker = resolver.speaker_of_cue(cue)
    reason = f"subject of “{cue_text(cue)}” {where}"
    return _mention(art, quote, kind, speaker, cue_text(cue), starts, reason if speaker else None)


def _dash_quotes(art: Article, resolver: SpeakerResolver, starts: list[int]) -> list[QuoteMention]:
    """Speech opened by a dash at the start of a paragraph: "— We will win, he said."

    Dialogue in much translated and wire news marks speech with a dash, not quotation
    marks. The spoken words end at a comma, "!", "?" or dash followed closely by a speech
    cue; a dash opening a list item or a heading has no such cue and is left alone.
    """
    found: list[QuoteMention] = []
    offset = 0
    for line in art.text.split("\n"):
        begin, offset = offset, offset + len(line) + 1
        match = DASH_OPENING.match(line)
        if match is None or _overlaps(begin, begin + len(line), art.marked):
            continue
        words = art.doc.char_span(begin + match.end(), begin + len(line), alignment_mode="expand")
        split = _speech_end(words) if words is not None else None
        if split is None or words is None:
            continue
        end, cue = split
        quote = Quoted(words.start_char, end, words.start_char, end)
        found.append(
            _cued(art, quote, "direct", cue, resolver, starts, "after speech opened by a dash")
        )
    return found


def _speech_end(words: Span) -> tuple[int, Token] | None:
    """Where the spoken words of a dash paragraph end, and the cue that follows them."""
    for token in words:
        if token.text not in SPEECH_ENDS or token.i == words.start:
            continue
        after = words.doc[token.i + 1 : min(token.i + 2 + DASH_SPEAKER_WORDS, words.end)]
        cue = next((t for t in after if is_cue(t)), None)
        if cue is not None and all(not t.is_punct for t in after if t.i < cue.i):
            end = token.idx + (len(token.text) if token.text in "!?" else 0)
            return end, cue
    return None


def _indirect_quotes(
    art: Article, quoted: list[QuoteMention], resolver: SpeakerResolver, starts: list[int]
) -> list[QuoteMention]:
    """That-clauses of speech verbs, kept only when the speaker resolves to a name.

    A quoted term inside the clause ("said it seized a “ghost ship”") leaves it
    indirect speech: only a direct or block quote takes the words.
    """
    found: list[QuoteMention] = []
    taken = [Quoted(q.start, q.end, q.start, q.end) for q in quoted if q.kind != "partial"]
    for token in art.doc:
        if token.pos_ != "VERB" or not is_speech_verb(token.lemma_) or is_negated(token):
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
        reason = f"subject of the speech verb “{token.text}”"
        found.append(_mention(art, quote, "indirect", speaker, token.text, starts, reason))
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


def _is_title(text: str, quote: Quoted) -> bool:
    """A quoted name or title inside a sentence ("60 Minutes", "Fox and Friends").

    Title case: every word capitalised but the short function words between the first
    and the last.
    """
    words = text[quote.start : quote.end].split()
    if not 0 < len(words) <= 4 or not all(_title_word(w) for w in (words[0], words[-1])):
        return False
    inner = all(_title_word(w) or w in TITLE_FUNCTION_WORDS for w in words[1:-1])
    return inner and quote_kind(text, quote) == "partial"


def _after_cue(doc: Doc, quote: Quoted) -> bool:
    """Whether the quote follows a speech cue ("chanting “Dump Trump”"): words, not a title."""
    mark = doc.char_span(quote.mark_start, quote.mark_end, alignment_mode="expand")
    if mark is None or mark.start == 0:
        return False
    before = doc[mark.start - 1]
    if before.is_punct and before.i > 0:
        before = doc[before.i - 1]
    return is_cue(before)


def _title_word(word: str) -> bool:
    return word[0].isupper() or word[0].isdigit()


def _mention(
    art: Article,
    quote: Quoted,
    kind: QuoteKind,
    speaker: Speaker | None,
    cue: str | None,
    starts: list[int],
    reason: str | None,
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
        speaker_reason=reason,
    )


def _overlaps(start: int, end: int, spans: Sequence[Quoted]) -> bool:
    return any(q.mark_start < end and start < q.mark_end for q in spans)
