"""Acronyms and the names they abbreviate: "WHO" is the World Health Organization.

An acronym is linked to a longer name of the story when its letters are that name's
initials (skipping "of", "and"; an acronym inside the name gives all its letters: "EU
Fisheries and Ports Office" -> EUFPO), or when an article pairs them in brackets: "the
Ports Office (EUFPO)". A lower-case phrase the story spells out is linked too ("GPS",
"a global positioning system receiver") when it is the only phrase with those initials.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from itertools import pairwise

from consilience.model import AnnotatedArticle
from consilience.text import word_list
from consilience.text.names import fold

Name = tuple[str, ...]
CONNECTORS = frozenset({"of", "and", "for", "the", "de", "on", "in", "&"})
_INNER = CONNECTORS - {"and", "&"}  # inside a spelled-out phrase: "and" joins two things
MIN_SPELLED = 3  # letters from which an acronym is looked for spelled out in lower case
_CAPITALS = re.compile(rf"\b[A-Z]{{{MIN_SPELLED},6}}\b")
_LOWER_WORD = re.compile(r"(?<![\w-])[a-z]+(?![\w-])")
# Capitalised words (and connectors) right before an opening bracket: "Dock and Harbour
# Workers' Union (".
_EXPANDED = re.compile(
    r"(?<![\w'’])((?:[A-Z][\w'’-]*\s+(?:(?:of|and|for|the|de|&)\s+)?)*[A-Z][\w'’-]*)\s*\(\s*(?:the\s+)?$"
)
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


def expanded_before(
    articles: Sequence[AnnotatedArticle], name_at: Mapping[tuple[str, int], Name]
) -> Iterator[tuple[Name, str]]:
    """(acronym, name) where an article writes "The Dock Workers' Union (DWU)" and NER found
    the acronym but not the capitalised name before it, whose initials it must be."""
    for annotated in articles:
        text = annotated.article.text
        for mention in annotated.mentions:
            acronym = name_at.get((annotated.article.id, mention.start))
            before = _EXPANDED.search(text[max(0, mention.start - 80) : mention.start])
            name = re.sub(r"^The\s+", "", before[1]) if before else ""
            if acronym and len(acronym) == 1 and name and acronym[0] in initials(name):
                yield acronym, name


def spelled_out(texts: Sequence[str]) -> dict[str, str]:
    """Acronym -> the one lower-case phrase of the story whose initials it is and that the
    story writes beside a word it also writes beside the acronym ("a GPS receiver", "a
    global positioning system receiver"); an acronym two phrases could spell is left out."""
    by_start: dict[str, set[str]] = defaultdict(set)  # first two letters -> acronyms
    for text in texts:
        for match in _CAPITALS.finditer(text):
            by_start[match[0][:2].lower()].add(match[0])
    found: dict[str, set[str]] = defaultdict(set)
    for text in texts:
        words = list(_LOWER_WORD.finditer(text))
        for i, first in enumerate(words):
            after = [w[0] for w in words[i + 1 : i + 3]]
            starts = {first[0][0] + w[0] for w in after[:1]}
            if len(after) > 1 and after[0] in _INNER:
                starts.add(first[0][0] + after[1][0])
            for acronym in (a for start in starts for a in by_start.get(start, ())):
                phrase = _phrase(text, words[i : i + len(acronym) + 2], acronym)
                if phrase:
                    found[acronym].add(phrase)
    spelled = {a: phrases.pop() for a, phrases in found.items() if len(phrases) == 1}
    return {a: p for a, p in spelled.items() if _neighbours(texts, a) & _neighbours(texts, p)}


def _phrase(text: str, words: Sequence[re.Match[str]], acronym: str) -> str | None:
    """The shortest run of these words, one space apart, of content words but for
    connectors inside it, whose initials spell the acronym."""
    for end in range(len(acronym), len(words) + 1):
        run = words[:end]
        gaps = (text[a.end() : b.start()] for a, b in pairwise(run))
        if any(gap != " " for gap in gaps):
            return None
        inner = [w[0] for w in run[1:-1] if w[0] in _INNER]
        content = [w[0] for w in run if w[0] not in inner]
        if any(len(w) < MIN_SPELLED or w in word_list("common_english_words") for w in content):
            return None
        phrase = " ".join(w[0] for w in run)
        if acronym.lower() in initials(phrase):
            return phrase
    return None


def _neighbours(texts: Sequence[str], phrase: str) -> set[tuple[str, str]]:
    """The content words written right before or after a phrase, with their side."""
    written = re.compile(rf"\b{re.escape(phrase)}\b")
    out: set[tuple[str, str]] = set()
    for text in texts:
        for match in written.finditer(text):
            before = re.search(r"(\w+)\s+$", text[max(0, match.start() - 30) : match.start()])
            after = re.match(r"\s+(\w+)", text[match.end() : match.end() + 30])
            for side, word in (("before", before), ("after", after)):
                if word and word[1].lower() not in word_list("common_english_words"):
                    out.add((side, word[1].lower()))
    return out
