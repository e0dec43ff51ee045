"""Words outlets spell in several ways: "fire fighter"/"firefighter", "sea-wall"/"seawall".

A fact-checker reading several outlets wants such spellings seen as one. Two written
forms are one word when they differ only by a space or a hyphen between the same two
parts ("cease-fire", "ceasefire", "cease fire"), each part a word of its own (three
letters or more, not a stop word). A capitalised variant ("Water-front") is an alias of
the entity it spells; a lower-case word two articles or more write in two ways becomes
an entity of type TERM, with the phrase its forms open when they share the next
word ("seawall repairs").
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from consilience.crosscheck.acronyms import spelled_out
from consilience.model import AnnotatedArticle, Entity
from consilience.text import word_list
from consilience.text.names import clean_name, fold

TERM = "TERM"
MIN_PART = 3
MIN_WORD = 7
MIN_ARTICLES = 2  # a TERM is a word outlets spell apart, not one article's slip
_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)?")


@dataclass
class _Spellings:
    """The forms one word is written in across the story."""

    forms: Counter[str] = field(default_factory=Counter)
    articles: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    after: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))


def _part(word: str) -> bool:
    """A word that may be one part of a compound (not "any", "one"; not an adverb in -ly,
    which English never joins to the word it modifies: "heavily armed")."""
    lowered = word.lower()
    return (
        len(word) >= MIN_PART
        and lowered not in word_list("stop_words")
        and not lowered.endswith("ly")
    )


def _occurrences(text: str) -> list[tuple[str, str, str]]:
    """(key, written form, next word) for each word and each pair of words split by a space."""
    words = list(_WORD.finditer(text))
    found = []
    for i, match in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else None
        gap = text[match.end() : nxt.start()] if nxt else ""
        after = nxt[0] if nxt and gap == " " else ""
        parts = match[0].split("-")
        if (len(parts) == 2 and all(_part(p) for p in parts)) or len(match[0]) >= MIN_WORD:
            found.append((match[0].replace("-", "").lower(), match[0], after))
        if nxt and gap == " " and "-" not in match[0] + nxt[0] and _part(match[0]):
            later = words[i + 2][0] if i + 2 < len(words) else ""
            if _part(nxt[0]) and match[0][0].isupper() == nxt[0][0].isupper():
                found.append(((match[0] + nxt[0]).lower(), f"{match[0]} {nxt[0]}", later))
    return found


def _variants(articles: Sequence[AnnotatedArticle]) -> list[_Spellings]:
    """Words the story writes in two or more forms."""
    seen: dict[str, _Spellings] = defaultdict(_Spellings)
    for annotated in articles:
        for key, form, after in _occurrences(annotated.article.text):
            spellings = seen[key]
            spellings.forms[form] += 1
            spellings.articles[form].add(annotated.article.id)
            if after.islower() and _part(after):  # "torchlit march", not "torchlit and"
                spellings.after[form].add(after)
    varied = []
    for spellings in seen.values():
        if len({_shape(form) for form in spellings.forms}) > 1:
            varied.append(spellings)
    return varied


def _articles(spellings: _Spellings) -> set[str]:
    return set().union(*spellings.articles.values())


def _shape(form: str) -> str:
    """A form up to case: "Fire fighter" and "fire fighter" are one way to write it."""
    return form.lower()


def _term(spellings: _Spellings, make_id: Callable[[str, str], str]) -> Entity:
    """A TERM entity: the most used form, the others, and phrases all forms open."""
    forms: Counter[str] = Counter()
    after: dict[str, set[str]] = defaultdict(set)
    for form, count in spellings.forms.items():
        forms[_shape(form)] += count
        after[_shape(form)] |= spellings.after[form]
    name = min(forms, key=lambda f: (-forms[f], f))
    opened = Counter(w for words in after.values() for w in words)
    phrases = {f"{f} {w}" for f, words in after.items() for w in words if opened[w] > 1}
    articles = sorted(_articles(spellings))
    return Entity(
        id=make_id(TERM, name),
        name=name,
        type=TERM,
        aliases=tuple(sorted((set(forms) | phrases) - {name})),
        article_ids=tuple(articles),
        mentions=sum(forms.values()),
    )


def with_spellings(
    entities: Sequence[Entity],
    articles: Sequence[AnnotatedArticle],
    make_id: Callable[[str, str], str],
) -> list[Entity]:
    """The entities with the other spellings of their names, and a TERM per varied word."""
    by_key: dict[str, int] = {}
    for at, entity in enumerate(entities):
        for alias in (entity.name, *entity.aliases):
            by_key.setdefault(fold(clean_name(alias)), at)
    out = list(entities)
    for spellings in _variants(articles):
        key = fold(next(iter(spellings.forms)))
        named = by_key.get(key)
        if named is not None:
            extra = {f for f in spellings.forms if f[0].isupper()}
            entity = out[named]
            out[named] = replace(
                entity, aliases=tuple(sorted({*entity.aliases, *extra} - {entity.name}))
            )
        elif (
            any(f.islower() for f in spellings.forms) and len(_articles(spellings)) >= MIN_ARTICLES
        ):
            out.append(_term(spellings, make_id))
    return out


def with_expansions(
    entities: Sequence[Entity],
    articles: Sequence[AnnotatedArticle],
    make_id: Callable[[str, str], str],
) -> list[Entity]:
    """The entities with the acronyms the story spells out in lower case ("GPS", "global
    positioning system"): an alias of the entity named either way, else a TERM of its own."""
    out = list(entities)
    for acronym, phrase in spelled_out([a.article.text for a in articles]).items():
        forms = {acronym.lower(), phrase}
        at = next(
            (i for i, e in enumerate(out) if forms & {n.lower() for n in (e.name, *e.aliases)}),
            None,
        )
        if at is not None:
            entity = out[at]
            aliases = {*entity.aliases, acronym, phrase} - {entity.name}
            out[at] = replace(entity, aliases=tuple(sorted(aliases)))
            continue
        written = re.compile(rf"\b(?:{re.escape(acronym)}|{re.escape(phrase)})\b")
        found = {a.article.id: len(written.findall(a.article.text)) for a in articles}
        out.append(
            Entity(
                id=make_id(TERM, phrase),
                name=phrase,
                type=TERM,
                aliases=(acronym,),
                article_ids=tuple(sorted(k for k, n in found.items() if n)),
                mentions=sum(found.values()),
            )
        )
    return out
