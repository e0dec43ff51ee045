"""What a sentence states, read off its dependency parse: the action, who does it, to what.

Outlets word one fact differently ("troops killed 40" / "40 were killed by soldiers"), and
neighbouring sentences on one topic share most of their words; the predicate and its
arguments tell them apart where vocabulary cannot. Kept compact (a few lemmas per sentence)
so the cross-check compares sentences without a parse.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from consilience.model import Gist

_VERBAL = frozenset({"VERB", "AUX"})
_NOMINAL = frozenset({"NOUN", "PROPN"})
# Clauses whose verb states the reported happening ("said the troops killed 40").
_CLAUSES = frozenset({"conj", "ccomp", "xcomp", "advcl"})
_SUBJECTS = frozenset({"nsubj", "csubj"})
_OBJECTS = frozenset({"dobj", "attr", "oprd", "dative", "acomp"})
MAX_PREDICATES = 4


def sentence_gist(span: Span) -> Gist:
    """The predicates of a sentence, their subjects' and objects' heads, and negation.

    A verbless headline ("Talks in Geneva") states its nominal root; a passive's agent
    ("by soldiers") is its subject and its grammatical subject is what is acted on.
    """
    predicates = list(_predicates(span.root))[:MAX_PREDICATES]
    subjects: list[str] = []
    objects: list[str] = []
    negated = False
    for predicate in predicates:
        for child in predicate.children:
            if child.dep_ in _SUBJECTS:
                subjects.extend(_argument(child))
            elif child.dep_ == "nsubjpass":
                objects.extend(_argument(child))
            elif child.dep_ == "agent":
                subjects.extend(a for g in child.children if g.dep_ == "pobj" for a in _argument(g))
            elif child.dep_ in _OBJECTS:
                objects.extend(_argument(child))
            elif child.dep_ == "prep":
                objects.extend(a for g in child.children if g.dep_ == "pobj" for a in _argument(g))
            negated = negated or child.dep_ == "neg"
    return Gist(
        predicates=tuple(dict.fromkeys(p.lemma_.lower() for p in predicates)),
        subjects=tuple(dict.fromkeys(subjects)),
        objects=tuple(dict.fromkeys(objects)),
        negated=negated,
    )


def _predicates(root: Token) -> Iterator[Token]:
    """The root when it is a verb or a noun, then the verbs of clauses it governs.

    A verb whose clause states its content ("officials said [troops fired]") only frames
    it: the reported action is the predicate, and whoever reported it is not its actor.
    """
    clauses = [c for c in root.children if c.dep_ in _CLAUSES and c.pos_ in _VERBAL]
    framing = any(c.dep_ == "ccomp" for c in clauses)
    if not framing and (root.pos_ in _VERBAL or root.pos_ in _NOMINAL):
        yield root
    for child in clauses:
        yield from _predicates(child)


def _argument(token: Token) -> Iterator[str]:
    """An argument's head: the whole name when it is inside a named entity, else its lemma.

    Pronouns are left out: "he" says nothing about who acted.
    """
    if token.pos_ == "PRON":
        return
    if token.ent_type_ and token.ent_iob_:
        for ent in token.doc.ents:
            if ent.start <= token.i < ent.end:
                yield ent.text.lower()
                return
    if token.pos_ in _NOMINAL or token.pos_ in {"ADJ", "NUM"}:
        yield token.lemma_.lower()
