"""Which outlets a brief sentence may cite: those whose own sentence states it.

A claim groups sentences of several outlets on one fact, yet each may give it with other
details: "died at 12:45 p.m. at his home" and "died at his home on Thursday" share the
death, not the time. A reader who follows a citation must find what the brief sentence
says, so an outlet is cited only when one of its supporting sentences gives every count,
ordinal, day and month of the brief sentence, every name in it (a name may be shortened,
"Calif." for "California"), and at least ``ECHOED`` of its other words: the action and
what it acts on. A supporting sentence that leans on its article ("He was 95.", a clause
"and that two advisers ...") says it with the article's text before it, so its names and
words may come from that ``context`` too; its counts, days and months may not.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Mapping, Sequence

from consilience.crosscheck.alignment import lemma
from consilience.crosscheck.quantities import group
from consilience.crosscheck.words import FUNCTION, covered_share, details, stem, stems
from consilience.model import AnnotatedArticle, Claim, Evidence
from consilience.text import word_list
from consilience.text.dates import MONTHS, WEEKDAYS
from consilience.text.numbers import CARDINALS, ORDINALS

ECHOED = 0.5  # share of a sentence's content words another sentence must also write
_CALENDAR = frozenset(MONTHS) | frozenset(WEEKDAYS)
_TOKEN = re.compile(r"[A-Za-z]+|\d+")
_PARTS = re.compile(r"\b(\w+)\s+[a-z]+\s+and\s+(\w+)\s+[a-z]+\b", re.IGNORECASE)
_SHORT_NAME = 4  # letters a shortened name keeps ("Calif" of "California")
_RUN = re.compile(r"\b[A-Z][A-Za-z'’.-]*(?:\s+[A-Z][A-Za-z'’.-]*)*")
_POSSESSIVE = re.compile(r"['’]s\b")
_OFFICES = word_list("role_nouns")
_REPORTING = word_list("reporting_verbs")  # every form
_SPEECH = word_list("speech_verbs")  # base forms
_SAYING = re.compile(r"\b([a-z]+)\s+(?=that\b|[\"“‘']|(?:it|him|her|them|a|an|the)\s+[\"“‘'])")
# Every form of an irregular verb by its base form ("met", "meeting": meet).
_BASE_FORMS = {
    form: line.split()[0] for line in word_list("irregular_verbs") for form in line.split()
}
# Capitalised words that name nothing: function words opening a sentence, days, months, numbers.
_NOT_NAME = FUNCTION | _CALENDAR | CARDINALS.keys() | ORDINALS.keys()
# A sentence whose subject is a pronoun names it in the sentence before.
_LEANING = re.compile(r"^\W*(?:he|she|it|they|his|her|its|their)\b", re.I)
# Per article, each sentence's start and the text naming its subject, in article order.
Contexts = Mapping[str, Sequence[tuple[int, str]]]


def contexts(articles: Sequence[AnnotatedArticle]) -> dict[str, list[tuple[int, str]]]:
    """For every sentence of the articles: the sentence itself, after the one before it when
    it leans on that one."""
    found: dict[str, list[tuple[int, str]]] = {}
    for annotated in articles:
        before, own = "", found.setdefault(annotated.article.id, [])
        for sentence in annotated.sentences:
            text = sentence.text
            own.append((sentence.start, f"{before} {text}" if _LEANING.match(text) else text))
            before = text
    return found


def context_of(evidence: Evidence, known: Contexts) -> str:
    """The text naming a supporting span's subject: the sentence holding it (a clause is
    found by its start), or the span alone when the articles are not at hand."""
    own = known.get(evidence.article_id, ())
    k = bisect_right(own, evidence.start, key=lambda pair: pair[0])
    found = own[k - 1][1] if k else ""
    return found if evidence.text in found else f"{found} {evidence.text}".strip()


def citations(
    claim: Claim, order: Mapping[str, int], text: str = "", known: Contexts | None = None
) -> tuple[str, ...]:
    """The distinct articles supporting a claim, in story order; with the brief's ``text``,
    only those with a supporting sentence that ``states`` it (``known``: ``contexts``)."""
    cited = {
        e.article_id
        for e in claim.support
        if not text or states(text, e.text, context_of(e, known or {}))
    }
    return tuple(sorted(cited, key=lambda i: (order.get(i, len(order)), i)))


def states(text: str, support: str, context: str = "", share: float = ECHOED) -> bool:
    """Whether a supporting sentence states what a brief sentence says (module docstring);
    ``context`` is the article's text naming the sentence's subject, ``share`` how much of
    its other words the supporting sentence must write."""
    said, given = _facts(text), _facts(support)
    named = f"{support} {context}"
    names = _facts(named)[2] | stems(named)  # "Special Envoy" is named by "special envoy"
    return (
        said[0] <= given[0] | _totals(support)
        and said[1] <= given[1]
        and all(_named(name, names) for name in said[2])
        and covered_share(text, _actions(stems(named)), of=_acted) >= share
    )


def _totals(text: str) -> frozenset[str]:
    """Counts a sentence gives as their parts: "two women and a man" are three."""
    found = set()
    for match in _PARTS.finditer(text):
        first, second = (_count(match.group(k)) for k in (1, 2))
        if first and second:
            found.add(str(first + second))
    return frozenset(found)


def _count(word: str) -> int:
    low = word.lower()
    return int(low) if low.isdigit() else 1 if low in {"a", "an"} else CARDINALS.get(low, 0)


def _facts(text: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(counts and ordinals, days and months, the names it must give) of a sentence.

    "One" is no count here: news writes "a man" as often as "one man".
    """
    counts = set()
    for token in _TOKEN.findall(text):
        low = token.lower()
        if token.isdigit() or low in CARDINALS:
            value = int(token) if token.isdigit() else CARDINALS[low]
            counts.update({str(value)} if value != 1 else set())
        elif low in ORDINALS:
            counts.add(f"#{ORDINALS[low]}")
    calendar = {w.lower() for w in re.findall(r"\b[A-Z][a-z]+\b", text)} & _CALENDAR
    heads = frozenset(run[-1] for run, needed in _names(text) if needed)
    return frozenset(counts), frozenset(calendar), heads


def _names(text: str) -> list[tuple[tuple[str, ...], bool]]:
    """The names of a sentence, each as its words' stems (runs of capitalised words), and
    whether a sentence stating it must give it.

    A run's last word is the name ("Harlow" of "J. Dana Harlow", "Varga" of "Mayor
    Ilona Varga"); news drops the words before it once the reader knows whom it means.
    One qualifying an office ("the Republican president") describes a person another outlet
    names instead, so it need not be given. The sentence's first word is a name only when a
    capitalised word follows it ("Dana Harlow was 81", not "Police said").
    """
    runs = []
    for match in _RUN.finditer(text):
        tokens = _TOKEN.findall(_POSSESSIVE.sub("", match.group(0)))
        if match.start() == 0 and text[:1].isupper():
            tokens = tokens[1:] if len(tokens) == 1 or tokens[0].lower() in _NOT_NAME else tokens
        run = tuple(stem(t.lower()) for t in tokens if t.lower() not in _NOT_NAME)
        after = _TOKEN.match(text[match.end() :].lstrip())
        office = after is not None and stem(after.group(0)) in _OFFICES
        runs.extend([(run, not office)] if run else [])
    return runs


def _acted(text: str) -> frozenset[str]:
    """A sentence's words other than names and numbers: the action and what it acts on, in
    any tense ("survived", "survive"), a listed word by its group ("killed", "died": dead).
    A verb of saying before "that" or a quotation ("added that", "called it “...”") only
    attributes what follows."""
    named = {word for run, _ in _names(text) for word in run}
    saying = {w for w in _SAYING.findall(text) if w in _REPORTING or lemma(w) in _SPEECH}
    return _actions(stems(text) - details(text) - named - saying - _opening(text))


def _opening(text: str) -> frozenset[str]:
    """A sentence's capitalised first word, which may be a name or not ("Ilsen said",
    "Police said"): neither a name it must give nor its action."""
    first = _TOKEN.match(text)
    return frozenset({stem(first.group(0).lower())} if first and text[:1].isupper() else ())


def _actions(words: frozenset[str]) -> frozenset[str]:
    """The words' actions; an office ("envoy") is no action: it describes a named person."""
    return frozenset(_action(w) for w in words - _OFFICES)


def _action(word: str) -> str:
    grouped = group(word) or word
    return grouped if grouped != word else _BASE_FORMS.get(word) or lemma(word)


def _named(name: str, names: frozenset[str]) -> bool:
    """Whether a name is among others, whole or shortened ("calif" and "california")."""
    return name in names or (
        len(name) >= _SHORT_NAME
        and any(len(n) >= _SHORT_NAME and (n.startswith(name) or name.startswith(n)) for n in names)
    )
