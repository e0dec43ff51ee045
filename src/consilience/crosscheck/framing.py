"""How outlets word shared claims differently: loaded words, hedges and attributions.

For each claim at least two outlets make, every outlet's supporting sentence is
parsed and matched against small documented word lists (``data/framing_terms.json``:
single words by lemma, phrases by their words); attributions are reporting verbs
with their subject ("Witkoff said") or "according to ...". Only the terms that not
every outlet uses for that claim are reported: the differences are the framing.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Literal

from spacy.tokens import Doc, Span, Token

from consilience.model import AnnotatedArticle, Claim, Evidence, Framing, FramingTerm
from consilience.nlp import shared_models

TermKind = Literal["loaded", "hedge", "attribution"]
MIN_OUTLETS = 2


@dataclass(frozen=True)
class WordLists:
    """Single-word lemmas and multi-word phrases per kind."""

    lemmas: Mapping[str, TermKind]
    phrases: tuple[tuple[re.Pattern[str], TermKind], ...]
    attribution_verbs: frozenset[str]


@cache
def word_lists() -> WordLists:
    """The shipped framing word lists."""
    path = resources.files("consilience").joinpath("data", "framing_terms.json")
    data = json.loads(path.read_text("utf-8"))
    lemmas: dict[str, TermKind] = {}
    phrases: list[tuple[re.Pattern[str], TermKind]] = []
    kinds: tuple[TermKind, ...] = ("loaded", "hedge")
    for kind in kinds:
        for entry in data[kind]:
            if re.fullmatch(r"[a-z]+", entry):
                lemmas[entry] = kind
            else:
                words = r"[\s-]+".join(re.escape(w) for w in re.split(r"[\s-]+", entry))
                phrases.append((re.compile(rf"\b{words}\b", re.IGNORECASE), kind))
    return WordLists(lemmas, tuple(phrases), frozenset(data["attribution_verbs"]))


@dataclass(frozen=True)
class _Found:
    key: str
    term: str
    kind: TermKind
    start: int
    end: int


def _lexical_terms(sentence: Span, lists: WordLists, offset: int) -> Iterator[_Found]:
    """Listed phrases first, then listed single words by lemma outside those phrases."""
    text = sentence.text.replace("’", "'")
    phrase_spans: list[tuple[int, int]] = []
    for pattern, kind in lists.phrases:
        for match in pattern.finditer(text):
            phrase_spans.append(match.span())
            term = sentence.text[match.start() : match.end()]
            key = " ".join(re.split(r"[\s-]+", term.casefold().replace("’", "'")))
            yield _Found(key, term, kind, offset + match.start(), offset + match.end())
    for token in sentence:
        local = token.idx - sentence.start_char
        if any(a <= local < b for a, b in phrase_spans):
            continue
        word_kind = lists.lemmas.get(token.lemma_.casefold()) or lists.lemmas.get(token.lower_)
        if word_kind:
            start = offset + local
            yield _Found(token.lemma_.casefold(), token.text, word_kind, start, start + len(token))


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _attributions(sentence: Span, lists: WordLists, offset: int) -> Iterator[_Found]:
    """Reporting verbs with their subject ("Witkoff said") and "according to <source>"."""
    for token in sentence:
        subject = _subject(token) if token.pos_ == "VERB" else None
        if subject is None or token.lemma_.casefold() not in lists.attribution_verbs:
            continue
        words = sentence.doc[subject.left_edge.i : subject.right_edge.i + 1]
        first = min(words.start_char, token.idx) - sentence.start_char
        last = max(words.end_char, token.idx + len(token)) - sentence.start_char
        term = f"{words.text} {token.text}"
        key = f"{subject.lemma_.casefold()} {token.lemma_.casefold()}"
        yield _Found(key, term, "attribution", offset + first, offset + last)
    for token in sentence[:-1]:
        source = _according_to(token)
        if source is not None:
            first = token.idx - sentence.start_char
            last = source.right_edge.idx + len(source.right_edge) - sentence.start_char
            term = sentence.text[first:last]
            key = " ".join(term.casefold().split())
            yield _Found(key, term, "attribution", offset + first, offset + last)


def _according_to(token: Token) -> Token | None:
    """The source named in "according to <source>", read from the parse."""
    if token.lower_ != "according" or token.nbor().lower_ != "to":
        return None
    return next((c for c in token.nbor().children if c.dep_ == "pobj"), None)


def _terms_in(doc: Doc, evidence: Evidence, annotated: AnnotatedArticle) -> list[_Found]:
    """Every framing term in one parsed piece of evidence, outside its quotations.

    Words inside quotation marks are the speaker's, not the outlet's framing.
    """
    lists = word_lists()
    found: list[_Found] = []
    for sentence in doc.sents:
        found.extend(_lexical_terms(sentence, lists, evidence.start))
        found.extend(_attributions(sentence, lists, evidence.start))
    quoted = [(q.start, q.end) for q in annotated.quotes if q.kind != "indirect"]
    return [f for f in found if not any(a <= f.start < b for a, b in quoted)]


Parsed = dict[tuple[str, int, int], list[_Found]]


def _claim_framing(
    claim: Claim, by_id: Mapping[str, AnnotatedArticle], parsed: Parsed
) -> Framing | None:
    """The terms of one claim that not every supporting outlet uses."""
    per_article: dict[str, list[_Found]] = {}
    for evidence in claim.support:
        key = (evidence.article_id, evidence.start, evidence.end)
        if key in parsed:
            per_article.setdefault(evidence.article_id, []).extend(parsed[key])
    keys = [{(f.kind, f.key) for f in found} for found in per_article.values()]
    shared = set.intersection(*keys)
    terms = tuple(
        FramingTerm(aid, by_id[aid].article.source, f.term, f.kind, f.start, f.end)
        for aid, found in per_article.items()
        for f in sorted(found, key=lambda f: f.start)
        if (f.kind, f.key) not in shared
    )
    return Framing(claim.id, terms) if terms else None


def compare_framing(
    claims: Sequence[Claim], articles: Sequence[AnnotatedArticle]
) -> tuple[Framing, ...]:
    """Loaded words, hedges and attributions per outlet for claims several outlets share."""
    by_id = {a.article.id: a for a in articles}
    shared = [claim for claim in claims if _outlets(claim, by_id) >= MIN_OUTLETS]
    parsed = _parse_evidence(shared, by_id)
    framings = (_claim_framing(claim, by_id, parsed) for claim in shared)
    return tuple(f for f in framings if f is not None)


def _outlets(claim: Claim, by_id: Mapping[str, AnnotatedArticle]) -> int:
    """How many distinct outlets support a claim (only those can frame it differently)."""
    return len({by_id[e.article_id].article.source for e in claim.support if e.article_id in by_id})


def _parse_evidence(claims: Sequence[Claim], by_id: Mapping[str, AnnotatedArticle]) -> Parsed:
    """Framing terms of every evidence span of the claims, parsed in one batch."""
    spans = {
        (e.article_id, e.start, e.end): e
        for claim in claims
        for e in claim.support
        if e.article_id in by_id
    }
    texts = (by_id[aid].article.text[start:end] for aid, start, end in spans)
    # Framing needs lemmas and the parse, not entities.
    docs = shared_models().spacy.pipe(texts, batch_size=64, disable=["ner"])
    return {
        key: _terms_in(doc, evidence, by_id[key[0]])
        for (key, evidence), doc in zip(spans.items(), docs, strict=True)
    }
