"""The verbs by which a sentence states something of its own.

A part cut off a sentence ("according to a statement from the ministry", "on a freighter
off the coast", "the agency said") states nothing alone unless it holds a finite verb (or a
participle standing for one) of the writer's: a verb inside quotation marks is the
speaker's (the quote is listed as such), and a reporting verb ("said", "told", from the
package's one speech-verb list) only says who said it, unless it reports something outside
the quotation marks ("called for firms to act") or acts on an object ("denied the report";
the neutral reporting verbs of the framing lists only name a source: "told reporters").
The cross-check keeps a part left over as a claim when it holds one (``crosscheck/own.py``).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from consilience.nlp.cues import is_speech_verb
from consilience.nlp.framing import word_lists

_VERBS = frozenset({"VERB", "AUX"})
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def stating_verbs(
    sentence: Span, start: int, end: int, quoted: set[int]
) -> tuple[tuple[int, int], ...]:
    """Character spans (within ``start``..``end``) of the sentence's finite verbs that state
    something of its own (``quoted``: its tokens inside quotation marks, ``quoted_tokens``)."""
    return tuple(
        (token.idx, token.idx + len(token))
        for token in sentence
        if start <= token.idx < end
        and token.i not in quoted
        and _finite(token)
        and _states(token, quoted)
    )


def _finite(token: Token) -> bool:
    """A finite verb, or a participle standing for one ("Four killed in clashes", "18
    were hurt and 12 arrested")."""
    if token.pos_ not in _VERBS:
        return False
    if token.tag_ in _FINITE_TAGS or token.morph.to_dict().get("VerbForm") == "Fin":
        return True
    if token.tag_ != "VBN":
        return False
    elided = token.dep_ == "acl" and _conjunct(token.head)  # "and 12 arrested": "12" conjoined
    return token.dep_ == "ROOT" or _conjunct(token) or elided


def _conjunct(token: Token) -> bool:
    """A conjunct of a verb ("were hurt and [12] arrested")."""
    return token.dep_ == "conj" and token.head.pos_ in _VERBS


def _states(verb: Token, quoted: set[int]) -> bool:
    """A reporting verb states something when what it reports is outside the quotation marks
    (a clause: "the agency reports [he died at home]"; a verb it governs: "called for firms
    to act"), or it acts on an object beyond naming a source ("denied the report"; the
    neutral reporting verbs of the framing lists, "told reporters", only name one)."""
    if not is_speech_verb(verb.lemma_):
        return True
    reported = (c for c in verb.children if c.dep_ == "ccomp")
    if any(t.i not in quoted for t in (*reported, *_governed(verb))):
        return True
    neutral = verb.lemma_.lower() in word_lists().attribution_verbs
    return not neutral and any(child.dep_ == "dobj" for child in verb.children)


def _governed(verb: Token) -> Iterator[Token]:
    """The non-finite verbs under a verb, not looking below a finite one (or one with a
    finite auxiliary: "had been hurt")."""
    for child in verb.children:
        if child.pos_ in _VERBS and any(_finite(t) for t in (child, *child.children)):
            continue
        if child.pos_ in _VERBS:
            yield child
        yield from _governed(child)
