"""Who did (not) do what: the words around a negated verb, to tell one denial from another.

"The union has not accepted the offer" denies "The union has accepted the offer" only when
the subject before the verb and the object after it are shared.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from consilience.text import word_list

# Words that sit between a negation and its verb ("has not yet been formally agreed").
_BETWEEN = frozenset(
    ["be", "been", "being", "yet", "ever", "to", "have", "has", "had", "formally", "officially",
     "publicly", "immediately", "directly", "explicitly", "fully", "also", "only", "even",
     "going", "able", "about", "likely"]
)  # fmt: skip


def stem(word: str) -> str:
    """A crude stem that makes "agreed", "agrees" and "agree" one word."""
    for suffix in ("ing", "ed", "es", "s", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


_UNNEGATABLE = frozenset(
    stem(w)
    for w in ["say", "said", "tell", "told", "comment", "know", "knew", "known", "respond",
              "reply", "specify", "disclose", "elaborate", "give", "provide", "want", "expect",
              "clear", "immediately", "a", "an", "the", "only", "just", "all", "so", "as",
              # function words: "not in his DNA", "not his" negate no action
              "in", "on", "at", "for", "from", "with", "by", "of", "his", "her", "their", "its",
              "my", "our", "your", "this", "that", "there", "here", "enough", "more", "less",
              "much", "many", "least", "until", "yet", "necessarily", "sure", "certain"]
)  # fmt: skip


_DEFERRED_WORDS = 6  # words after a negation within which "until" makes it a delay

# "n't" as typed, curly, or spaced out by tokenised copy ("didn ’ t").
_CONTRACTION = re.compile(r"n\s?['’]\s?t\b")


_CLAUSE_MARKS = ",;:"  # marks after which a clause opens


def _tokens(sentence: str) -> list[str]:
    """A sentence's lower-case words and clause marks, "n't" in any spelling read as "not"."""
    return re.findall(r"[a-z]+|[,;:]", _CONTRACTION.sub(" not", sentence.lower()))


def lower_words(sentence: str) -> list[str]:
    """A sentence's lower-case words, "n't" in any spelling read as "not"."""
    return [t for t in _tokens(sentence) if t not in _CLAUSE_MARKS]


def negation_count(words: Sequence[str]) -> int:
    """How many negators (``data/negators``) words hold, "n't" in any spelling: "aren't"
    and "are not" agree, so a rendering that drops one is told from one that rewords."""
    negators = word_list("negators")
    return sum(w in negators or w.endswith(("n't", "n’t")) for w in words)


def negated_verbs(sentence: str) -> list[str]:
    """Stems of the verbs a sentence negates: "did not agree" -> agre, "never met" -> met.

    Verbs of saying and knowing are left out: "did not say when" denies nothing reported;
    nor is "not only repelled" a denial, nor "not reopened until Monday", a delay
    (``data/deferring_words``).
    """
    words = lower_words(sentence)
    deferring = word_list("deferring_words")
    found = []
    for at, word in enumerate(words):
        # "not only", "has not hired only two": more than that, no denial.
        if word not in ("not", "never") or "only" in words[at + 1 : at + 4]:
            continue
        if deferring.intersection(words[at + 1 : at + 1 + _DEFERRED_WORDS]):
            continue
        rest = [w for w in words[at + 1 : at + 5] if w not in _BETWEEN]
        if rest and stem(rest[0]) not in _UNNEGATABLE:
            found.append(stem(rest[0]))
    return found


_OBJECT_WORDS = 6  # words after a negated verb that name what was (not) done
_SUBJECT_WORDS = 4  # words before a (negated) verb that name who acted
_FUNCTION_WORDS = frozenset(
    stem(w)
    for w in ["a", "an", "the", "to", "of", "in", "on", "at", "for", "with", "by", "and", "or",
              "it", "its", "his", "her", "their", "our", "that", "this", "be", "was", "were",
              "is", "are", "has", "have", "had", "did", "does", "do", "will", "would", "could",
              "should", "may", "might", "can", "who", "which", "not", "never", "also", "now"]
)  # fmt: skip


def clause_starts(sentence: str) -> frozenset[int]:
    """Positions (in ``lower_words``) of the words right after a comma, semicolon or colon."""
    starts, count = set(), 0
    for token in _tokens(sentence):
        if token in _CLAUSE_MARKS:
            starts.add(count)
        else:
            count += 1
    return frozenset(starts)


def subject_before(
    stems: tuple[str, ...], at: int, starts: frozenset[int] = frozenset()
) -> frozenset[str]:
    """Content stems just before a position: who did (not) do it. A clause opening in
    between (``starts``) holds the subject when it names anyone: in "Unlike Ana and Eva,
    Lena is not signed" only Lena is not."""
    start = max(0, at - _SUBJECT_WORDS)
    opening = max((s for s in starts if start < s < at), default=start)
    own = frozenset(w for w in stems[opening:at] if w not in _FUNCTION_WORDS)
    return own or frozenset(w for w in stems[start:at] if w not in _FUNCTION_WORDS)


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


# Forms of "be" and "have" between a modal and its verb ("could have been"), as stems.
_PERFECT = frozenset(stem(w) for w in ["be", "been", "being", "have", "has", "had"])


_DENIED_WORDS = 4  # words before a verb within which a verb of denial governs it


@cache
def _denying() -> frozenset[str]:
    """The stems of the verbs of denial (``data/denying_words``), as ``asserted`` reads them."""
    return frozenset(stem(w) for w in word_list("denying_words"))


def asserted(stems: tuple[str, ...], at: int) -> bool:
    """Whether the verb at ``at`` is told as done, not as possible or intended: "might have
    signed", "in talks to sign" and "has yet to sign" say nothing was signed
    (``data/unasserting_words``), and "denied that he was" says he was not
    (``data/denying_words``)."""
    if _denying().intersection(stems[max(0, at - _DENIED_WORDS) : at]):
        return False
    before = at - 1
    while before >= 0 and stems[before] in _PERFECT:
        before -= 1
    return before < 0 or stems[before] not in word_list("unasserting_words")
