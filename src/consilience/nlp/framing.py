"""Framing terms an article uses: listed loaded words and hedges, and attributions.

Single words are matched by lemma and phrases by their words against small documented
lists (``data/framing_terms.json``); attributions are reporting verbs with their subject
("Adler said") or "according to ...". They are read while the article's parse exists, so
comparing outlets later needs no second parse.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources

from spacy.tokens import Doc, Span, Token

from consilience.model import FramingKind, FramingMention


@dataclass(frozen=True)
class WordLists:
    """Single-word lemmas and multi-word phrases per kind."""

    lemmas: Mapping[str, FramingKind]
    phrases: tuple[tuple[re.Pattern[str], FramingKind], ...]
    attribution_verbs: frozenset[str]
    attributive_hedges: frozenset[str]
    """Participles that hedge only before a noun they describe ("a reported fee")."""
    any_phrase: re.Pattern[str]
    """Matches where any phrase does: most sentences hold none, so one search spares the
    pattern-by-pattern pass."""


@cache
def word_lists() -> WordLists:
    """The shipped framing word lists."""
    path = resources.files("consilience").joinpath("data", "framing_terms.json")
    data = json.loads(path.read_text("utf-8"))
    lemmas: dict[str, FramingKind] = {}
    phrases: list[tuple[re.Pattern[str], FramingKind]] = []
    kinds: tuple[FramingKind, ...] = ("loaded", "hedge")
    for kind in kinds:
        for entry in data[kind]:
            if re.fullmatch(r"[a-z]+", entry):
                lemmas[entry] = kind
            else:
                words = r"[\s-]+".join(re.escape(w) for w in re.split(r"[\s-]+", entry))
                phrases.append((re.compile(rf"\b{words}\b", re.IGNORECASE), kind))
    any_phrase = re.compile("|".join(f"(?:{p.pattern})" for p, _ in phrases), re.IGNORECASE)
    return WordLists(
        lemmas,
        tuple(phrases),
        frozenset(data["attribution_verbs"]),
        frozenset(data["attributive_hedges"]),
        any_phrase,
    )


def _lexical_terms(sentence: Span, lists: WordLists) -> Iterator[FramingMention]:
    """Listed phrases first, then listed single words by lemma outside those phrases."""
    offset = sentence.start_char
    raw = sentence.text  # spaCy joins its tokens anew on every access
    text = raw.replace("’", "'")
    phrase_spans: list[tuple[int, int]] = []
    for pattern, kind in lists.phrases if lists.any_phrase.search(text) else ():
        for match in pattern.finditer(text):
            phrase_spans.append(match.span())
            term = raw[match.start() : match.end()]
            key = " ".join(re.split(r"[\s-]+", term.casefold().replace("’", "'")))
            yield FramingMention(key, term, kind, offset + match.start(), offset + match.end())
    for token in sentence:
        local = token.idx - sentence.start_char
        if any(a <= local < b for a, b in phrase_spans):
            continue
        key = token.lemma_.casefold()
        word_kind = lists.lemmas.get(key) or lists.lemmas.get(token.lower_)
        if token.lower_ in lists.attributive_hedges and token.dep_ == "amod":
            # "a reported fee" hedges; "police reported two arrests" does not
            key, word_kind = token.lower_, "hedge"
        if word_kind:
            start = offset + local
            yield FramingMention(key, token.text, word_kind, start, start + len(token))


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _attributions(sentence: Span, lists: WordLists) -> Iterator[FramingMention]:
    """Reporting verbs with their subject ("Adler said") and "according to <source>"."""
    offset = sentence.start_char
    for token in sentence:
        if token.pos_ != "VERB" or token.lemma_.casefold() not in lists.attribution_verbs:
            continue
        subject = _subject(token)  # after the cheap tests: it walks the verb's children
        if subject is None:
            continue
        words = sentence.doc[subject.left_edge.i : subject.right_edge.i + 1]
        first = min(words.start_char, token.idx) - sentence.start_char
        last = max(words.end_char, token.idx + len(token)) - sentence.start_char
        term = f"{words.text} {token.text}"
        key = f"{subject.lemma_.casefold()} {token.lemma_.casefold()}"
        yield FramingMention(key, term, "attribution", offset + first, offset + last)
    for token in sentence[:-1]:
        source = _according_to(token)
        if source is not None:
            first = token.idx - sentence.start_char
            last = source.right_edge.idx + len(source.right_edge) - sentence.start_char
            term = sentence.text[first:last]
            key = " ".join(term.casefold().split())
            yield FramingMention(key, term, "attribution", offset + first, offset + last)


def _according_to(token: Token) -> Token | None:
    """The source named in "according to <source>", read from the parse."""
    if token.lower_ != "according" or token.nbor().lower_ != "to":
        return None
    return next((c for c in token.nbor().children if c.dep_ == "pobj"), None)


def framing_mentions(doc: Doc) -> tuple[FramingMention, ...]:
    """Every listed term and attribution in a parsed article, with offsets into its text."""
    lists = word_lists()
    return tuple(
        found
        for sentence in doc.sents
        for found in (*_lexical_terms(sentence, lists), *_attributions(sentence, lists))
    )
