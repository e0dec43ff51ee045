"""Facts a sentence states in passing, inside a noun phrase about something else.

"A guard charged with the theft has been suspended" is about the suspension, yet states
that a guard was charged with the theft; "the mill, which closed in May," states a fact of
its own too. Another outlet may state such a fact as its whole sentence ("The guard was
charged with the theft"), so the cross-check may lend the noun phrase to that claim
(``crosscheck/facets.py``). A noun phrase states one when a participle (``acl``) or a
relative clause (``relcl``) describes its noun; the phrase runs from the noun's first word
to the description's last. An apposition ("the mill, a listed building,") only names what
a thing is, which claims mention rather than state; an infinitive ("plans to build a road")
states no fact; a quote is the speaker's words: none of these is taken.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

_DESCRIBING = frozenset({"acl", "relcl"})
_NOUNS = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
_PARTICIPLES = frozenset({"VBN", "VBG"})  # "charged with", "living in": no infinitive


def passing_spans(
    sentence: Span, start: int, end: int, quoted: set[int]
) -> tuple[tuple[int, int], ...]:
    """Character spans (within ``start``..``end``, short of all of it) of the sentence's
    noun phrases that state a fact in passing, in order (``quoted``: its tokens inside
    quotation marks)."""
    doc = sentence.doc
    spans = set()
    for token in sentence:
        if not _describes(token):
            continue
        a, b = token.head.left_edge.i, token.right_edge.i + 1
        if sentence.start <= a and b <= sentence.end and not any(a <= i < b for i in quoted):
            spans.add((max(doc[a].idx, start), min(doc[b - 1].idx + len(doc[b - 1].text), end)))
    return tuple(sorted((a, b) for a, b in spans if a < b and (a, b) != (start, end)))


def _describes(token: Token) -> bool:
    """Whether a token describes a noun before it with a fact: a participle or a relative
    clause."""
    if token.dep_ not in _DESCRIBING or token.head.pos_ not in _NOUNS or token.head.i > token.i:
        return False
    return token.dep_ == "relcl" or token.tag_ in _PARTICIPLES
