"""Descriptions that stand for a name in parallel sentences of two outlets.

One outlet writes "a road-safety watchdog later said the bus was a hired coach",
another "the Transport Council later said that the bus ... was a hired tourist coach":
the same report, told with a description in one and a name in the other. A description
is linked to a name when both are the subject of the same reporting verb and what follows
the verb shares several content words; the entity builder keeps it only when one entity
is so described.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from consilience.crosscheck.names import nation_of
from consilience.model import AnnotatedArticle
from consilience.text import word_list
from consilience.text.names import name_tokens

Name = tuple[str, ...]
MIN_SHARED = 4  # content words the two reports must share after the verb
REPORT_WORDS = 25  # words after the verb that make up the report
_DESCRIPTION = r"\b(?:[Aa]n?|[Tt]he)\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)"
_WORD = re.compile(r"[A-Za-z][\w'-]*")


@dataclass(frozen=True)
class _Report:
    """A subject (a name or a description) reporting something, in one article."""

    article_id: str
    verb: str
    words: frozenset[str]


@cache
def _verbs() -> str:
    return "|".join(sorted(word_list("reporting_verbs"), key=len, reverse=True))


def _content(text: str) -> frozenset[str]:
    """The content words of what a subject reported: the rest of its line, cut short."""
    words = [w.lower() for w in _WORD.findall(text.split("\n", 1)[0])][:REPORT_WORDS]
    return frozenset(w for w in words if len(w) > 2 and w not in word_list("stop_words"))


def _adverb(word: str) -> bool:
    """A word that may stand between a subject and its verb ("later said", "also said")."""
    return word.endswith("ly") or word in word_list("stop_words") or word == "later"


def _singular_noun(word: str) -> bool:
    """A head noun that may stand for one organisation ("watchdog"), not a plural ("the
    rules said") or a function word."""
    return word not in word_list("stop_words") and (not word.endswith("s") or word.endswith("ss"))


def _named(
    annotated: AnnotatedArticle, name_at: Mapping[tuple[str, int], Name]
) -> Iterator[tuple[Name, _Report]]:
    """Each name an article writes as the subject of a reporting verb, and its report."""
    text, article_id = annotated.article.text, annotated.article.id
    for mention in annotated.mentions:
        name = name_at.get((article_id, mention.start))
        verb = re.match(rf"\s+(?:[a-z]+\s+)?({_verbs()})\b", text[mention.end : mention.end + 40])
        if name and verb:
            yield name, _Report(article_id, verb[1], _content(text[mention.end + verb.end() :]))


def _described(annotated: AnnotatedArticle) -> Iterator[tuple[str, _Report]]:
    """Each description ("an anti-piracy watchdog") an article makes a reporting verb's
    subject, and its report."""
    text, article_id = annotated.article.text, annotated.article.id
    for match in re.finditer(rf"{_DESCRIPTION}\s+(?:(\w+)\s+)?({_verbs()})\b", text):
        words = match[1].split()
        if len(words) > 1 and _adverb(words[-1]):
            words = words[:-1]  # the greedy match took the adverb: "an official later said"
        if (match[2] and not _adverb(match[2])) or not _singular_noun(words[-1]):
            continue
        yield " ".join(words), _Report(article_id, match[3], _content(text[match.end() :]))


def stand_ins(
    articles: Sequence[AnnotatedArticle],
    name_at: Mapping[tuple[str, int], Name],
    people: set[Name],
) -> list[tuple[Name, str]]:
    """(name, description) for each report two outlets tell, one naming its source, one
    describing it. People are left to their titles (crosscheck/titles.py); a description
    that is itself a name of the story ("the navy") or a nationality names nothing more."""
    known = set(name_at.values())
    named = [
        (name, report)
        for annotated in articles
        for name, report in _named(annotated, name_at)
        if name not in people and not (len(name) == 1 and nation_of(name[0]))
    ]
    found = []
    for annotated in articles:
        for description, described in _described(annotated):
            if name_tokens(description) in known:
                continue
            for name, report in named:
                same = report.verb == described.verb and report.article_id != described.article_id
                if same and len(report.words & described.words) >= MIN_SHARED:
                    found.append((name, description))
    return found
