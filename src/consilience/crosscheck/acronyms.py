"""Acronyms and the names they abbreviate: "WHO" is the World Health Organization.

An acronym is linked to a longer name of the story when its letters are that name's
initials (skipping "of", "and"; an acronym inside the name gives all its letters: "EU
Fisheries and Ports Office" -> EUFPO), or when an article pairs them in brackets: "the
Ports Office (EUFPO)".
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence

from consilience.model import AnnotatedArticle
from consilience.text.names import fold

Name = tuple[str, ...]
CONNECTORS = frozenset({"of", "and", "for", "the", "de", "on", "in", "&"})
_BRACKETED = re.compile(r"\s*\(\s*(?:the\s+)?([A-Z][A-Za-z.&-]{1,11})\s*\)")


def initials(surface: str) -> set[str]:
    """The acronyms a written name may have: every word's initial, or without connectors."""
    words = [w for w in re.split(r"[\s\-]+", surface) if fold(w)]
    letters = [
        fold(w) if w.replace(".", "").isupper() and len(fold(w)) > 1 else fold(w)[0] for w in words
    ]
    return {
        "".join(letters),
        "".join(x for x, w in zip(letters, words, strict=True) if w.lower() not in CONNECTORS),
    }


def is_acronym(surfaces: Sequence[str]) -> bool:
    """Whether a one-word name is written in capitals somewhere ("EU", "U.N.")."""
    return any(s.replace(".", "").isupper() for s in surfaces)


def bracketed(
    articles: Sequence[AnnotatedArticle], name_at: Mapping[tuple[str, int], Name]
) -> Iterator[tuple[Name, Name]]:
    """(name, acronym) pairs an article writes as "Name (ACRONYM)" with the same first letter."""
    for annotated in articles:
        text = annotated.article.text
        for mention in annotated.mentions:
            match = _BRACKETED.match(text, mention.end)
            name = name_at.get((annotated.article.id, mention.start))
            acronym = name_at.get((annotated.article.id, match.start(1))) if match else None
            if name and acronym and len(acronym) == 1 and name[0][0] == acronym[0][0]:
                yield name, acronym
