"""Whether a sentence can stand in a brief, lifted out of its article.

An outlet's sentence leans on what its article said before ("He said", "this information",
"A Post editor dubbed him", "One was charged"), may be someone's words rather than the
reporter's, or a headline; none of these tells a reader anything on its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from consilience.crosscheck.events import is_verb_form
from consilience.crosscheck.words import FUNCTION
from consilience.model import AnnotatedArticle, Evidence
from consilience.nlp.quotemarks import quoted_spans
from consilience.text import word_list
from consilience.text.numbers import CARDINALS

MOSTLY_QUOTED = 0.5  # share of a sentence's characters inside quotation marks
# A sentence leaning on its article's context ("He said", "this information", "But ...", a
# subject pronoun after an opening phrase, "After the talks, he said", an aside in brackets,
# or one that introduces a block quote with "stating:") means nothing out of it, and a
# brief lifts sentences out of their articles.
CONTEXT_BOUND = re.compile(
    r"^(?:he|she|it|they|his|her|its|their|this|that|these|those|and|but|so)\b|^\("
    r"|^[^,\"“]{1,80},\s+(?:he|she|they)\b|\b(?:this|these|those)\s+[a-z]+|:$",
    re.IGNORECASE,
)


def _any_of(phrases: Iterable[str]) -> str:
    """A regular expression matching any of some phrases, spaced as they may be."""
    return "|".join(r"\s+".join(map(re.escape, p.split())) for p in sorted(phrases))


# Openings that stand for what the article named before: "Another", "The other" always
# (anaphoric_openers.txt); "One", "Both", "The two" (pronoun_openers.txt, "the" and a number
# word) when used as a pronoun, which the words after them tell (``_as_pronoun``).
_ANAPHORIC = re.compile(rf"^(?:{_any_of(word_list('anaphoric_openers'))})\b", re.I)
_PRONOUN = re.compile(
    rf"^(?:{_any_of(word_list('pronoun_openers'))}|the\s+(?:{_any_of(CARDINALS)}))\b", re.I
)
_NEXT = re.compile(r"[\w'’-]+|[^\w\s]")
_OF_THEM = re.compile(r"^of\s+(?:them|us|those|these|whom|which)\b", re.I)
_AUXILIARIES = word_list("auxiliaries")
_REPORTING = word_list("reporting_verbs")
# Not a reporter's own prose: a link, or a speaker's first person outside quotation marks
# (a quote split across sentences), or a headline in title case.
_LINK = re.compile(r"https?\s*:|www\s*\.|\b(?:com|org|net)\s*/", re.IGNORECASE)
_FIRST_PERSON = re.compile(r"\bI\b|\b(?:[Ww]e|my|our|us|me)\b")
QUOTE_MARK = re.compile(r"[\"“”«»„]")
HEADLINE = 0.75  # share of capitalised words from which a sentence is a headline
# Pronouns standing for someone other than the sentence's subject; "he" and "himself" mostly
# mean the subject ("The former director, who said he ..."), and an opening "He" is
# CONTEXT_BOUND.
_PERSONAL = re.compile(r"\b(?:him|his|her|hers)\b", re.IGNORECASE)
_CAPITALISED = re.compile(r"\b[A-Z][a-z]")
END = re.compile(r"[.!?]+[\"'”’)]*$")


# Three words or more in capitals in a row ("A FIRE - BOMB attack", "THREE PEOPLE HAVE DIED"):
# a shouted lead or a banner, where one word in capitals is an acronym.
_SHOUTED = re.compile(r"\b[A-Z]+\b(?:[\s\-–—,:]+[A-Z]+\b){2,}")


def shouted(text: str) -> bool:
    """Whether a text shouts: a run of words in capitals, which reads as a banner."""
    return _SHOUTED.search(text) is not None


def opens_sentence(text: str) -> bool:
    """Whether a text opens as a sentence does: with a capital or a figure."""
    return text[:1].isupper() or text[:1].isdigit()


def balanced_quotes(text: str) -> bool:
    """Whether a text holds its quotation marks in pairs: an odd one is the head or tail of
    a quotation running past it."""
    return len(QUOTE_MARK.findall(text)) % 2 == 0


def _is_prose(text: str) -> bool:
    """Whether a sentence is the outlet's own complete prose, fit to quote in a brief.

    An odd number of quotation marks means the sentence is part of a longer quotation.
    """
    unquoted = text
    for q in reversed(quoted_spans(text)):
        unquoted = unquoted[: q.mark_start] + unquoted[q.mark_end :]
    words = re.findall(r"[A-Za-z][\w'’-]*", text)
    capitalised = sum(w[0].isupper() for w in words)
    return not (
        _LINK.search(text)
        or _FIRST_PERSON.search(unquoted)
        or not balanced_quotes(text)
        or (len(words) >= 5 and capitalised >= HEADLINE * len(words))
    )


def _mostly_quoted(text: str) -> bool:
    """True when most of a sentence is inside quotation marks."""
    quoted = sum(q.mark_end - q.mark_start for q in quoted_spans(text))
    return quoted >= MOSTLY_QUOTED * max(len(text), 1)


def quotable(text: str) -> bool:
    """Whether a sentence can stand in a brief: the outlet's own prose, a whole sentence (not
    a clause continuing one, nor a headline without a full stop), not mostly quoted words,
    and not leaning on its article's context."""
    text = text.strip()
    whole = opens_sentence(text) and END.search(text) is not None
    return whole and not (
        _mostly_quoted(text)
        or CONTEXT_BOUND.search(text)
        or _leans_back(text)
        or not _is_prose(text)
    )


def _leans_back(text: str) -> bool:
    """Whether a sentence opens with a word standing for what its article named before
    ("Another man was hurt", "One was charged with murder", "The two met in June"); "One
    man died" and "Both sides agreed" name what they count."""
    if _ANAPHORIC.match(text):
        return True
    opening = _PRONOUN.match(text)
    return opening is not None and _as_pronoun(text[opening.end() :].lstrip())


def _as_pronoun(rest: str) -> bool:
    """Whether the words after an opening "One" or "Both" make it a pronoun: a comma or the
    end, "of them", an auxiliary or a verb of saying ("One was", "Both said"), or a past
    verb with no noun after it ("One died in hospital", not "One injured man"). A word in
    -ing is left alone: it is as often a noun ("One evening that summer")."""
    first, second = ([*_NEXT.findall(rest), "", ""])[:2]
    low = first.lower()
    if not first or first in ",;:." or _OF_THEM.match(rest) or low in _AUXILIARIES | _REPORTING:
        return True
    past = is_verb_form(first) and not low.endswith("ing")
    return past and (not second[:1].isalnum() or second.lower() in FUNCTION)


def persons(articles: Sequence[AnnotatedArticle]) -> dict[str, list[int]]:
    """Where each article names a person (the starts of its PERSON mentions)."""
    return {a.article.id: [m.start for m in a.mentions if m.label == "PERSON"] for a in articles}


def unresolved(evidence: Evidence, people: Mapping[str, Sequence[int]]) -> bool:
    """Whether a sentence refers to someone by a pronoun before it names any person ("A
    Post editor dubbed him ..."): out of its article the reader cannot tell whom it means.
    Without the article's mentions, any capitalised word after the first stands for one."""
    text = evidence.text
    quoted = [(q.mark_start, q.mark_end) for q in quoted_spans(text)]
    pronoun = next(
        (m for m in _PERSONAL.finditer(text) if not any(a <= m.start() < b for a, b in quoted)),
        None,
    )
    if pronoun is None:
        return False
    if evidence.article_id not in people:
        return not _CAPITALISED.search(text, 1, pronoun.start())
    before = range(evidence.start, evidence.start + pronoun.start())
    return not any(start in before for start in people[evidence.article_id])
