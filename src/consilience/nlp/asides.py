"""Asides of a sentence: phrases a writer hangs on a fact, which another outlet may not give.

"Some papers -- including two weeklies -- ran the story", "a 40 million (35 million
pound) loan", "the minister, a former banker, resigned", "retired on Monday to a farm
near the coast": the fact is stated without the aside, and the aside is often what one
outlet alone adds. An aside is a stretch in brackets, between a pair of dashes (or after a
last one), a phrase set off by commas that describes a name (an apposition, a relative
clause or an adjective after its noun), or a phrase a stating verb takes after its object
or another phrase that says where, when, how or why (a preposition, an adverbial clause or
noun). The cross-check cuts a supporting sentence at these spans (``crosscheck/trim.py``);
a quote is the speaker's words, so no aside is taken from inside quotation marks.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from consilience.nlp.quotemarks import quoted_spans

_DASHES = frozenset({"--", "—", "–"})
_TRAILING = frozenset({"prep", "advcl", "npadvmod"})  # what a verb takes after it, by the way
# A description of a name between commas: an apposition, a relative clause or participle,
# or an adjective after its noun ("two women, between 30 and 40 years old,").
_SET_OFF = frozenset({"appos", "relcl", "acl", "amod"})
_VERBS = frozenset({"VERB", "AUX"})
_LINKING = frozenset({"prt", "neg", "advmod", "aux", "auxpass"})  # part of the verb itself
_STATING = frozenset({"ROOT", "conj", "ccomp", "parataxis"})  # verbs stating the facts
_FULL_STOPS = frozenset({".", "!", "?"})


def aside_spans(
    sentence: Span, start: int, end: int, quoted: set[int]
) -> tuple[tuple[int, int], ...]:
    """Character spans (within ``start``..``end``) of the sentence's asides, in order
    (``quoted``: its tokens inside quotation marks, ``quoted_tokens``)."""
    marked = {*_bracketed(sentence), *_dashed(sentence)}
    verbs = [t.i for t in sentence if t.pos_ in _VERBS]  # read once for every phrase
    tokens = marked | {
        (a, b)
        for a, b in (*_set_off(sentence), *_trailing(sentence))
        if not any(a <= i < b for i in quoted)
        and not any(_crosses((a, b), m) for m in marked)
        and _leaves_verb(verbs, a, b)
    }
    doc = sentence.doc
    spans = {
        (max(doc[a].idx, start), min(doc[b - 1].idx + len(doc[b - 1].text), end))
        for a, b in tokens
        if sentence.start <= a < b <= sentence.end
    }
    return tuple(sorted((a, b) for a, b in spans if a < b and (a, b) != (start, end)))


def _leaves_verb(verbs: list[int], a: int, b: int) -> bool:
    """Whether the sentence, whose verbs are at token indices ``verbs``, keeps one without
    the phrase from token ``a`` to ``b``: a misparse may take the predicate for a
    description ("The envoy, 68, met the president")."""
    return any(not a <= i < b for i in verbs)


def _crosses(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether two ranges overlap with neither inside the other (a misparse across brackets)."""
    return a[0] < b[0] < a[1] < b[1] or b[0] < a[0] < b[1] < a[1]


def quoted_tokens(sentence: Span) -> set[int]:
    """Token indices inside quotation marks."""
    inside = set()
    for quote in quoted_spans(sentence.text):
        for token in sentence:
            if quote.mark_start <= token.idx - sentence.start_char < quote.mark_end:
                inside.add(token.i)
    return inside


def _bracketed(sentence: Span) -> Iterator[tuple[int, int]]:
    """Token ranges of outermost brackets, the brackets included."""
    opened: int | None = None
    for token in sentence:
        if token.text == "(" and opened is None:
            opened = token.i
        elif token.text == ")" and opened is not None:
            yield opened, token.i + 1
            opened = None


def _dash_marks(sentence: Span) -> list[tuple[int, int]]:
    """Token ranges of dashes: a long dash, or two hyphens with a space between ("- -"); a
    lone hyphen is no dash (extracted text spaces out "110 - billion")."""
    marks = []
    tokens = list(sentence)
    k = 0
    while k < len(tokens):
        token = tokens[k]
        if token.text in _DASHES:
            marks.append((token.i, token.i + 1))
        elif token.text == "-" and k + 1 < len(tokens) and tokens[k + 1].text == "-":
            marks.append((token.i, token.i + 2))
            k += 1
        k += 1
    return marks


def _dashed(sentence: Span) -> Iterator[tuple[int, int]]:
    """Token ranges between a pair of dashes (the dashes included), and after a last one."""
    marks = _dash_marks(sentence)
    for (a, _), (_, b) in zip(marks[::2], marks[1::2], strict=False):
        yield a, b
    if len(marks) % 2:
        yield marks[-1][0], _body_end(sentence)


def _body_end(sentence: Span) -> int:
    """The end of a sentence without its full stop."""
    last = sentence.end
    while last > sentence.start and (
        sentence.doc[last - 1].text in _FULL_STOPS or sentence.doc[last - 1].is_space
    ):
        last -= 1
    return last


def _set_off(sentence: Span) -> Iterator[tuple[int, int]]:
    """Descriptions set off by commas (", a former banker,"), the commas included."""
    doc = sentence.doc
    for token in sentence:
        if token.dep_ not in _SET_OFF or token.head.i > token.i:
            continue
        opening = token.left_edge.i - 1
        closing = token.right_edge.i + 1
        if opening < sentence.start or doc[opening].text != ",":
            continue
        if closing < sentence.end and doc[closing].text == ",":
            yield opening, closing + 1
        elif closing >= _body_end(sentence):
            yield opening, closing


def _trailing(sentence: Span) -> Iterator[tuple[int, int]]:
    """Phrases a verb takes after it that say where, when, how or why it happened."""
    for token in sentence:
        if token.dep_ in _TRAILING and _after_verb(token):
            yield token.left_edge.i, token.right_edge.i + 1


def _after_verb(token: Token) -> bool:
    """Whether a token hangs on a verb before it that states a fact of the sentence, not
    on a participle or subordinate verb, whose phrase is all one aside ("a bomb hurled at
    the bank killed ...", where the parse may give the participle the rest of the
    sentence; "..., formalized through an agreement"), and comes after something the verb
    takes: right after the verb it completes it ("applied to the bureau", "relied on
    sources"), where after an object or another phrase it adds to it ("sank the boat
    off the coast", "retired on Monday to a farm")."""
    verb = token.head
    if verb.pos_ not in _VERBS or verb.dep_ not in _STATING or token.left_edge.i <= verb.i:
        return False
    between = token.doc[verb.i + 1 : token.left_edge.i]
    return any(not t.is_punct and t.dep_ not in _LINKING for t in between)
