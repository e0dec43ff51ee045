"""Who did (not) do what: the words around a negated verb, to tell one denial from another.

"The union has not accepted the offer" denies "The union has accepted the offer" only when
the subject before the verb and the object after it are shared.
"""

from __future__ import annotations

import re

from consilience.crosscheck.slots import stem

_OBJECT_WORDS = 6  # words after a negated verb that name what was (not) done
_SUBJECT_WORDS = 4  # words before a (negated) verb that name who acted
_FUNCTION_WORDS = frozenset(
    stem(w)
    for w in ["a", "an", "the", "to", "of", "in", "on", "at", "for", "with", "by", "and", "or",
              "it", "its", "his", "her", "their", "our", "that", "this", "be", "was", "were",
              "is", "are", "has", "have", "had", "did", "does", "do", "will", "would", "could",
              "should", "may", "might", "can", "who", "which", "not", "never", "also", "now"]
)  # fmt: skip


def subject_before(stems: tuple[str, ...], at: int) -> frozenset[str]:
    """Content stems just before a position: who did (not) do it."""
    return frozenset(w for w in stems[max(0, at - _SUBJECT_WORDS) : at] if w not in _FUNCTION_WORDS)


def negated_at(stems: tuple[str, ...], verb: str) -> int:
    """Where the negation of a verb starts ("did not agree" -> the index of "not")."""
    for at, word in enumerate(stems):
        if word in ("not", "never") and verb in stems[at + 1 : at + 5]:
            return at
    return 0


def object_after(stems: tuple[str, ...], verb: str) -> frozenset[str]:
    """Content stems just after a verb: what was (not) agreed, confirmed, signed."""
    if verb not in stems:
        return frozenset()
    at = stems.index(verb)
    return frozenset(w for w in stems[at + 1 : at + 1 + _OBJECT_WORDS] if w not in _FUNCTION_WORDS)


def words_from(text: str, verb: str, before: int) -> str:
    """A few words around a verb, for an explanation: "agreed on Tuesday evening to return"."""
    words = text.split()
    stems = [stem(re.sub(r"[^a-z]", "", w.lower())) for w in words]
    at = stems.index(verb) if verb in stems else 0
    return " ".join(words[max(0, at - before) : at + _OBJECT_WORDS]).strip(",;:")
