"""Facts a sentence states in passing, inside a noun phrase about something else.

"A guard charged with the theft has been suspended" is about the suspension, yet states
that a guard was charged with the theft; "the mill, which closed in May," and "two
drivers, one of them a trainee," state facts of their own too. Another outlet may state
such a fact as its whole sentence ("The guard was charged with the theft"), so the
cross-check may lend the noun phrase to that claim (``crosscheck/facets.py``). A noun
phrase states one when a participle (``acl``), a relative clause (``relcl``) or an
apposition (``appos``) describes its noun; the phrase runs from the noun's first word
to the description's last. Infinitives ("plans to build a road") state no fact, and a
quote is the speaker's words, so neither is taken.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

_DESCRIBING = frozenset({"acl", "relcl", "appos"})
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
    """Whether a token describes a noun before it with a fact: a participle, a relative
    clause or an apposition that is itself a noun."""
    if token.dep_ not in _DESCRIBING or token.head.pos_ not in _NOUNS or token.head.i > token.i:
        return False
    if token.dep_ == "acl":
        return token.tag_ in _PARTICIPLES
    return token.dep_ == "relcl" or token.pos_ in _NOUNS
