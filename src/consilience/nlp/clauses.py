"""Clauses of a sentence: the separate facts a long news sentence packs together.

News packs several facts into one sentence ("18 people were injured and 12 arrested, police
said"); one outlet may state one of them and another outlet the other. The dependency parse
cuts a sentence into contiguous pieces, each a claim unit of its own: coordinated clauses
with their own verb ("and sank nearly 30"), a contrasting or timing clause after a comma
(", while ..."), a trailing reporting clause (", the bureau said", ", said the newspaper"),
and asides set off by commas that carry a name or a number (", the deputy head of the agency,").
A piece too short to state anything stays with its neighbour, and no cut falls inside
quotation marks or brackets: a quote is the speaker's words, kept whole.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from spacy.tokens import Span, Token

from consilience.nlp.quotemarks import quoted_spans
from consilience.text import word_list

MIN_WORDS = 5  # a piece with fewer words states nothing alone
_WORD = re.compile(r"[A-Za-z]+")
_LINKED = frozenset({"conj", "advcl", "parataxis"})  # a clause joined to an earlier one
_ASIDES = frozenset({"appos", "relcl"})
_VERBS = frozenset({"VERB", "AUX"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_FULL_STOPS = frozenset({".", "!", "?"})
_SEPARATORS = frozenset({",", ";"})
_AUXILIARIES = frozenset({"aux", "auxpass", "neg"})
_NAME_PARTS = frozenset({"det", "compound", "amod", "poss", "case", "nmod"})
_NAMING = frozenset({"PROPN", "NUM"})  # words by which a phrase names or counts something
_STATING = frozenset({"ROOT", "conj"})  # verbs stating a sentence's facts
_RELATIVES = frozenset({"WDT", "WP"})  # "that", "which", "who" opening a relative clause
_DANGLING = frozenset({",", ";", ":", "-", "--", "—", "–"})


def clause_spans(sentence: Span, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """Character spans of the sentence's clauses (within ``start``..``end``), or ``()`` when
    it is one clause."""
    text = sentence.text  # spaCy joins its tokens anew on every access
    if len(_WORD.findall(text)) < 2 * MIN_WORDS or not _ends(sentence):
        return ()
    inside = _enclosed(sentence, text)
    cuts = sorted({i for i in _cuts(sentence) if sentence.start < i < sentence.end} - inside)
    bounds = [sentence.start, *cuts, sentence.end]
    pieces = _merged([(a, b) for a, b in pairwise(bounds) if a < b], sentence)
    if len(pieces) < 2:
        return ()
    return tuple(_chars(sentence, a, b, start, end) for a, b in pieces)


def _ends(sentence: Span) -> bool:
    """Whether the sentence ends as prose does (a headline, which has no full stop, is
    one statement however many commas it has)."""
    return any(t.text in _FULL_STOPS for t in sentence[-2:])


def _cuts(sentence: Span) -> Iterator[int]:
    """Token indices where a new clause starts."""
    doc = sentence.doc
    for token in sentence:
        if token.text == ";":
            yield token.i + 1
        if token.dep_ in _LINKED and token.head.i < token.left_edge.i and _clausal(token):
            yield from _linked_cut(token)
        if token.pos_ in _VERBS:
            yield from _reporting_cut(token)
        if token.dep_ == "relcl" and _closing_description(token):
            yield token.left_edge.i
        if (
            token.dep_ in _ASIDES
            and _aside(token)
            and _has_verb(doc[sentence.start : token.i])
            and not _parts_subject(token)
        ):
            yield token.left_edge.i
            closing = token.right_edge.i + 1
            if closing < sentence.end and doc[closing].text == ",":
                yield closing + 1


def _clausal(token: Token) -> bool:
    """Whether a linked token heads a clause: a verb under a verb, or a verb in its subtree
    ("and 12 [were] arrested" parses as a conjoined number)."""
    return token.head.pos_ in _VERBS and any(t.pos_ in _VERBS for t in token.subtree)


def _linked_cut(clause: Token) -> Iterator[int]:
    """Before "and"/"but" that joins a clause, or after a comma when the clause has its own
    subject and opens with no subordinator, or with one that states a fact of its own."""
    doc = clause.doc
    first = clause.left_edge
    before = doc[first.i - 1]
    if before.dep_ == "cc":
        yield before.i
    elif before.text in _SEPARATORS and any(c.dep_ in _SUBJECTS for c in clause.children):
        mark = first.dep_ == "mark" and first.head == clause
        if not mark or first.lower_ in word_list("clause_marks"):
            yield _report_start(clause)


def _report_start(clause: Token) -> int:
    """Where a clause after a comma starts: at its first word, but a report ("..., Thursday,
    the paper reported") starts at its subject, for a bare time noun before it dates what is
    reported (the parse often hangs it on the reporting verb)."""
    first = clause.left_edge.i
    subject = next(c for c in clause.children if c.dep_ in _SUBJECTS)
    start = subject.left_edge.i
    lead = clause.doc[first:start]
    dating = all(
        t.is_punct or any(a.dep_ == "npadvmod" and a.head == clause for a in (t, *t.ancestors))
        for t in lead
    )
    reports = clause.lower_ in word_list("reporting_verbs")
    return start if reports and first < start and lead[-1].text == "," and dating else first


def _reporting_cut(verb: Token) -> Iterator[int]:
    """A trailing reporting clause (", the bureau said" or ", said the bureau") after the
    clause it reports, set off by a comma."""
    doc = verb.doc
    reported = [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i]
    if not reported:
        return
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS and c.i < verb.i]
    first = subjects[0].left_edge.i if subjects else verb.i
    if first > reported[-1].right_edge.i and doc[first - 1].text == ",":
        yield first


def _aside(token: Token) -> bool:
    """An aside set off by commas (or ending the sentence) that names or counts something."""
    doc = token.doc
    opening = token.left_edge.i - 1
    closing = token.right_edge.i + 1
    if opening < 0 or doc[opening].text != ",":
        return False
    closed = closing >= len(doc) or doc[closing].text == "," or _final(doc[closing])
    words = len(_WORD.findall(doc[token.left_edge.i : closing].text))
    return closed and words >= MIN_WORDS and _names_or_counts(token)


def _closing_description(clause: Token) -> bool:
    """A relative clause with no comma before it that ends its sentence and states a fact of
    its own about the object of the sentence's verb ("... shook the government that has a
    one-seat majority in Parliament"): its relative word is its subject, and it names or
    counts something. A description set off by a comma is an aside (``_aside``); one of a
    noun after a preposition ("charged after a fire that gutted the Main Street mill")
    tells which thing is meant, so it stays with its noun."""
    doc = clause.doc
    first, closing = clause.left_edge, clause.right_edge.i + 1
    return (
        clause.head.dep_ == "dobj"
        and clause.head.head.dep_ in _STATING
        and first.head == clause
        and first.dep_ in _SUBJECTS
        and first.tag_ in _RELATIVES
        and doc[first.i - 1].text not in _SEPARATORS
        and closing < len(doc)
        and _final(doc[closing])
        and _names_or_counts(clause)
    )


def _names_or_counts(token: Token) -> bool:
    """Whether a phrase (a token's subtree) names or counts something: a fact of its own."""
    return any(t.pos_ in _NAMING for t in token.subtree)


def _final(token: Token) -> bool:
    """Whether a token ends its sentence, a full stop before a line break included (the
    parse keeps the break in the sentence, after the stop)."""
    rest = token.doc[token.i + 1 : token.sent.end]
    return bool(token.is_sent_end) or (token.text in _FULL_STOPS and all(t.is_space for t in rest))


def _parts_subject(aside: Token) -> bool:
    """Whether an aside follows a subject whose verb comes after it ("said Brandt, an old
    loyalist, was bitter"): cut off there, the subject is parted from what it states."""
    return aside.head.dep_ in _SUBJECTS and aside.head.head.i > aside.i


def _has_verb(tokens: Span) -> bool:
    """Whether a stretch has a verb: an aside between a subject and its verb is not cut off,
    or the subject would be parted from what it states."""
    return any(t.pos_ in _VERBS for t in tokens)


def _enclosed(sentence: Span, text: str) -> set[int]:
    """Token indices strictly inside quotation marks or brackets (no cut falls there);
    ``text`` is the sentence's. Its tokens are read once for both."""
    tokens = [(t.i, t.idx - sentence.start_char, t.text) for t in sentence]
    inside = {
        i
        for quote in quoted_spans(text)
        for i, offset, _ in tokens
        if quote.mark_start < offset < quote.mark_end
    }
    depth = 0
    for i, _, word in tokens:
        depth = max(depth - (word == ")"), 0)
        if depth:
            inside.add(i)
        depth += word == "("
    return inside


def _words(sentence: Span, a: int, b: int) -> int:
    return len(_WORD.findall(sentence.doc[a:b].text))


def _bare(sentence: Span, a: int, b: int) -> bool:
    """Whether a piece only says who said it ("the International Harbour Council said")."""
    tokens = [t for t in sentence.doc[a:b] if not t.is_punct]
    for verb in tokens:
        if verb.pos_ != "VERB":
            continue
        said = {verb.i} | {c.i for c in verb.children if c.dep_ in _AUXILIARIES}
        for subject in (c for c in verb.children if c.dep_ in _SUBJECTS):
            said |= {subject.i}
            said |= {t.i for c in subject.children if c.dep_ in _NAME_PARTS for t in c.subtree}
        if all(t.i in said for t in tokens):
            return True
    return False


def _merged(pieces: list[tuple[int, int]], sentence: Span) -> list[tuple[int, int]]:
    """Pieces that state nothing alone joined to a neighbour: a bare attribution to the
    clause it reports, then one too short to the shorter neighbour."""
    k = 1
    while k < len(pieces):
        if _bare(sentence, *pieces[k]):
            pieces[k - 1 : k + 1] = [(pieces[k - 1][0], pieces[k][1])]
        else:
            k += 1
    while len(pieces) > 1:
        short = [k for k, (a, b) in enumerate(pieces) if _words(sentence, a, b) < MIN_WORDS]
        if not short:
            break
        k = short[0]
        neighbours = [n for n in (k - 1, k + 1) if 0 <= n < len(pieces)]
        other = min(neighbours, key=lambda n: _words(sentence, *pieces[n]))
        low, high = sorted((k, other))
        pieces[low : high + 1] = [(pieces[low][0], pieces[high][1])]
    return pieces


def _chars(sentence: Span, a: int, b: int, start: int, end: int) -> tuple[int, int]:
    """A token range as characters, without a dangling separator or line break, inside the
    sentence."""
    doc = sentence.doc
    while b - 1 > a and (doc[b - 1].text in _DANGLING or doc[b - 1].is_space):
        b -= 1
    last = doc[b - 1]
    return max(doc[a].idx, start), min(last.idx + len(last.text), end)
